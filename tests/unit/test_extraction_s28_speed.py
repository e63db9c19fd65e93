"""Session 28 (speed): a look-back pattern searched only where the window ends on a closing word finds what the plain
search finds."""

from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from streams import extraction
from streams.extraction.closing_words import closing_words, search_back


def test_closing_words_read_alternations_optional_parts_and_classes() -> None:
    assert closing_words(re.compile(r"\b(?:of|de)[ ]?$")) == ("de", "de ", "of", "of ")
    assert closing_words(re.compile(r"(?<![\w])of[ ]\n?$")) == ("of ", "of \n")
    assert closing_words(re.compile(r"\b(?:[Ww]ill|[Ss]hall)[ ]$")) == ("shall ", "will ")
    assert closing_words(re.compile(r"(?:led|backed)[ ]by(?:[ ]the)?[ ]$")) == (
        "backed by ",
        "backed by the ",
        "led by ",
        "led by the ",
    )


def test_no_closing_words_without_a_final_dollar_or_with_a_short_or_open_ending() -> None:
    assert closing_words(re.compile(r"\bof[ ]")) is None  # not read back: a match may end anywhere
    assert closing_words(re.compile(r"\bof[ ]$", re.MULTILINE)) is None  # "$" before any line break
    assert closing_words(re.compile(r"\b(?:its|their)[ ](?:[a-z\-]{1,15}[ ]){0,2}$")) is None  # ends on any word
    assert closing_words(re.compile(r"(?:of|de)?[ ]$")) is None  # " " alone: a window before a name ends on it


_PIECES = [
    "customers of ", "Customers Of ", "suppliers de ", "of", " of", "de ", "will ", "Will ", "shall", " ", ", ", ". ",
    "\n", "é", "K", "\u212a", "\u017f", "\u0130", "led by ", "backed by the ", "the ", "x",
]  # fmt: skip
_SOURCES = [
    (r"\b(?:customers?|suppliers?)[ ](?:of|de)[ ]?$", 0),
    (r"\b(?:[Ww]ill|[Ss]hall)[ ]$", 0),
    (r"(?:led|backed)[ ]by(?:[ ]the)?[ ]$", re.IGNORECASE),
    (r"(?<![\w])of[ ]\n?$", 0),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.integers(-3, 40), st.integers(-3, 40))
def test_search_back_equals_plain_search(pieces: list[str], first: int, second: int) -> None:
    text = "".join(pieces)
    for source, flags in _SOURCES:
        pattern = re.compile(source, flags)
        assert closing_words(pattern) is not None
        for pos, endpos in ((first, second), (second, first), (0, len(text)), (first, len(text) + 5)):
            expected = pattern.search(text, pos, endpos)
            found = search_back(pattern, text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span())
        whole, plain = search_back(pattern, text), pattern.search(text)
        assert (whole and whole.span()) == (plain and plain.span())


def _extraction_patterns() -> list[re.Pattern[str]]:
    patterns: dict[int, re.Pattern[str]] = {}
    for module in pkgutil.iter_modules(extraction.__path__):
        for value in vars(importlib.import_module(f"streams.extraction.{module.name}")).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                patterns[id(value)] = value
    return list(patterns.values())


def test_search_back_equals_plain_search_for_every_look_back_pattern_of_the_readers() -> None:
    """Every pattern of the package with closing words, searched back from the ends of sample phrases."""
    texts = [
        "Among the largest customers of Novellus are A and B. X said it plans to buy Y\n",
        "la société a indiqué qu'elle prévoit de racheter le groupe, selon le PDG du fournisseur de la SNCF ",
        "The deal, which was announced on Monday, is expected to close. It will be led by the former CEO of ",
        "İstanbul-based company has no plans to sell its stake in the \u212aelvin unit to its rival. ",
    ]
    checked = 0
    for pattern in _extraction_patterns():
        if closing_words(pattern) is None:
            continue
        checked += 1
        for text in texts:
            for end in range(len(text) + 1):
                for start in (0, max(0, end - 40)):
                    expected = pattern.search(text, start, end)
                    found = search_back(pattern, text, start, end)
                    assert (found and found.span()) == (expected and expected.span()), (pattern.pattern, start, end)
    assert checked > 100
