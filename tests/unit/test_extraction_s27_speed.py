"""Session 27 (speed): a pattern tried only where one of its opening words stands finds what the plain scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.extraction.pattern_windows import gated_finditer, start_words


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


def test_start_words_read_alternations_optional_parts_and_zero_width_openers() -> None:
    assert start_words(re.compile(r"\b(?:(?:co-)?led|headed)[ ]by[ ]")) == ("co-led by ", "headed by ", "led by ")
    assert start_words(re.compile(r"(?<![\w])(?:Korvia|Dorvane)\b")) == ("dorvane", "korvia")
    assert start_words(re.compile(r"[ ](?:backed|funded)[ ]by")) == (" backed by", " funded by")
    assert start_words(re.compile(r"(?:the[ ])?(?:contract|order)s?")) == (
        "contract",
        "order",
        "the contract",
        "the order",
    )


def test_no_start_words_when_a_match_may_open_on_anything_or_on_a_short_word() -> None:
    assert start_words(re.compile(r"[A-Z]\w+[ ]led")) is None  # opens on any capital
    assert start_words(re.compile(r"(?:the[ ])?[A-Z]\w+")) is None  # the optional article may be absent
    assert start_words(re.compile(r"\b(?:a|an)\w*")) is None  # "a" stands everywhere: no gain
    assert start_words(re.compile(r"(?:led|headed)+[ ]by")) == ("headed", "led")  # a repeat ends the words


_PIECES = [
    "led by ", "Led By ", "co-led by ", "headed by ", "the ", "The ", "contract", "contracts ", "Korvia", "KORVIA",
    "backed by ", " ", ", ", ". ", "; ", "\n", "é", "K", "\u212a", "\u017f", "\u0130", "order ", "orders", "Dorvane",
    "x",
]  # fmt: skip
_SOURCES = [
    (r"\b(?:(?:co-)?led|headed)[ ]by[ ](?:the[ ])?\w+", 0),
    (r"(?:the[ ])?(?:contract|order)s?\b", re.IGNORECASE),
    (r"(?<![\w])(?:dorvane|backed[ ]by)", re.IGNORECASE),
    (r"[ ](?:backed|led)[ ]by[ ]|contracts?", 0),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.integers(0, 30), st.integers(0, 30))
def test_scan_at_start_words_equals_plain_scan(pieces: list[str], first: int, second: int) -> None:
    text = "".join(pieces)
    pos, endpos = sorted((min(first, len(text)), min(second, len(text))))
    for source, flags in _SOURCES:
        pattern = re.compile(source, flags)
        assert start_words(pattern) is not None
        assert _spans(gated_finditer(pattern, text)) == _spans(pattern.finditer(text))
        assert _spans(gated_finditer(pattern, text, None, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))
