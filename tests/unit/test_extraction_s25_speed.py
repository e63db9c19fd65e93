"""Session 25 (speed): the word gate read from a pattern gives the same matches as the plain scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.extraction import investor_names, mentions, quantities
from streams.extraction.pattern_windows import gated_finditer, required_words
from streams.extraction.text import fold_case


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


def test_required_words_reads_literals_alternations_and_class_cases() -> None:
    assert required_words(re.compile(r"[Ll]a[ ]famille[ ][A-Z]+|[Tt]he[ ][A-Z]+[ ]family")) == (
        " family",
        "la famille ",
    )
    assert required_words(re.compile(r"\b(?:(?:co-)?led|headed)[ ]by[ ]")) is not None


def test_no_gate_when_a_branch_requires_nothing_or_words_are_short() -> None:
    assert required_words(re.compile(r"Korvia|[A-Z]+")) is None  # one branch is any capitals
    assert required_words(re.compile(r"(?:Korvia)?[A-Z]{2}")) is None  # an optional group requires nothing
    assert required_words(re.compile(r"by|at")) is None  # too short to be worth a gate


def test_ignorecase_keeps_only_safe_letters() -> None:
    # "s", "k" and "i" also match non-ASCII letters under IGNORECASE: they cut the run
    assert required_words(re.compile(r"dorvane[ ]stake", re.IGNORECASE)) == ("dorvane ",)


_TEXTS = [
    "Korvia raised $40 million in a round led by Dorvane Capital and Brelmont, with participation from Tessaline.",
    "La famille Brelmont détient 20 % de Korvia. The Dorvane family sold its stake.",
    "Dorvane, Brelmont and Tessaline also participated in the round.",
    "KORVIA LED BY DORVANE: the headline shouts.",
    "Nothing here names a deal at all, only weather in Lyon.",
    "Les investisseurs historiques, notamment Dorvane, ont suivi la levée de 5 millions d'euros de Korvia.",
]
_PATTERNS = [
    investor_names._OPENER,
    investor_names._JOINING_TAIL,
    mentions._FAMILY,
    mentions._ROUND_OF,
    mentions._ROUND_LEADER_TAIL,
    mentions._IN_REGION,
    quantities._THE_BILLION,
]


def test_gated_scan_equals_plain_scan_on_sentences() -> None:
    for pattern in _PATTERNS:
        for text in _TEXTS:
            for haystack in (text, fold_case(text)):
                expected = _spans(pattern.finditer(haystack))
                assert _spans(gated_finditer(pattern, haystack)) == expected
                assert _spans(gated_finditer(pattern, haystack, fold_case(haystack))) == expected


_PIECES = [
    "led by ", "Led By ", "la famille ", "La Famille ", "the ", "The ", " family", "Korvia", "KORVIA", "é", "É",
    "investors including ", " ", ", ", ". ", "de ", "K", "\u212a", "\u017f", "\u0130", "co-led by ", "dans le ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_gated_scan_equals_plain_scan_on_generated_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    for source, flags in (
        (r"[Ll]ed[ ]by[ ](?:the[ ])?[A-Z]\w+", 0),
        (r"(?:la[ ]famille|the)[ ]\w+(?:[ ]family)?", re.IGNORECASE),
        (r"korvia|co-led[ ]by", re.IGNORECASE),
        (r"\bdans[ ]le[ ]|investors[ ]including", 0),
    ):
        pattern = re.compile(source, flags)
        assert _spans(gated_finditer(pattern, text)) == _spans(pattern.finditer(text))
