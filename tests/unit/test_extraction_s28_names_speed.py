"""Session 28 (names), speed: the whole-text name scans rewritten to open on their first character find what the
patterns they replace found.

A pattern that starts with a look-behind or an alternation is tried by ``re`` at every position of the text; opened
on a character class, with the look-behind after it, ``re`` jumps from one such character to the next. Each rewrite
is checked against the former pattern on many random texts made of the pieces that decide a match.
"""

from __future__ import annotations

import random
import re

import pytest

from streams.extraction.mentions import _COUNTED_MAKER, _OF_COUNTRY, _PARTNERS_FIRM, _PARTNERS_WORDS, _PLACED
from streams.extraction.parties import _CITY_CUSTOMER
from streams.extraction.recog_fr_slots import _BOUND, _END, _LONG_LIST, _NAME
from streams.extraction.roles_fr import _ARTICLE_NAME

_PIECES = (
    ".", "!", "?", "\n", " ", "  ", '"', "\u201d", "\u00bb", "(", "«", ",", ", ", "-", "'", "\u2019", "x", "é", "É",
    "12", "3 ", "737 ", "A320neo", "Le ", "La ", "Les ", "The ", "Rennes ", "Austin ", "Lyon", "a ", "met fin ",
    "ended ", "renewed ", "In ", "A ", "À ", "L'", "Tulsa", "la ", "aux ", "au ", "les ", "le ", "l'", "Korvia",
    "SNCB", "Acme", "Boeing ", "de ", "liant ", "Liait ", "unit ", "UNISSANT ", "à ", "lie ", "et ", "ou ",
    "Martin ", "and ", "Sons", "Fils", "of ", "the ", "Netherlands", "nouveaux ", "more ",
)  # fmt: skip
_CASES = 6000


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(_CASES)]


_CITY_LEAD = re.compile(r"(?:^|(?<=[.!?\n])[ ]{0,2}|(?<=[.!?][\"\u201d\u00bb])[ ]{0,2})(?!(?:Le|La|Les|The)[ ])")


def _former_city_customer() -> re.Pattern[str]:
    """The city pattern as it was: its sentence opening first, then the capital."""
    tail = _CITY_CUSTOMER.pattern.split("(?<=T)he[ ])", 1)[1]
    return re.compile(_CITY_LEAD.pattern + "(?P<city>[A-ZÀÂÇÉÈÊÎÔ]" + tail)


_REWRITES = [
    (_CITY_CUSTOMER, _former_city_customer(), False),
    (
        _OF_COUNTRY,
        re.compile(
            r"(?<![\w\-])([A-Z][\w&\-]{1,30}(?:[ ][A-Z][\w&\-]{1,30}){0,2})[ ]of[ ](?:the[ ])?"
            r"([A-Z][a-zà-ÿ\-]+(?:[ ][A-Z][a-zà-ÿ\-]+)?)(?=,[ ]|[ ][a-z])"
        ),
        True,
    ),
    (
        _PARTNERS_FIRM,
        re.compile(
            r"(?<![\w\-])[A-Z][\w'\-]{1,30}(?:[ ][A-Z][\w'\-]{1,30}){0,2}[ ](?:et|and|&)[ ](?:"
            + _PARTNERS_WORDS
            + r")(?![\w\-])"
        ),
        True,
    ),
    (
        _COUNTED_MAKER,
        re.compile(
            r"(?<![\w.,])\d{1,4}[ ](?:(?:more|new|additional|further|extra|other|nouveaux|nouvelles|autres)[ ])?"
            r"([A-Z][\w\-]{1,30}(?:[ ][A-Z][a-z][\w\-]{1,30})?)[ ](?=[A-Z]{0,3}\d{2,4}[\w\-]*\b)"
        ),
        True,
    ),
    (
        _PLACED,
        re.compile(r"(?:^|[.!?\n][ ]{0,2})([AÀ]|In)[ ](?:([LlDd]['\u2019])?([A-Z][\w\-]+(?:[ ][A-Z][\w\-]+)?)),"),
        False,
    ),
    (
        _ARTICLE_NAME,
        re.compile(r"(?<![^\s(«\"])(?:[Ll]a|[Ll]es?|[Aa]ux?|[Ll]['\u2019])[ ]?(?=[A-ZÀÂÇÉÈÊÎÔÖÜ][a-zà-ÿ])"),
        True,
    ),
    (
        _BOUND,
        re.compile(
            r"(?<![\w])(?i:liant|liait|liaient|lie|lient|unissant|unissait|unit)[ ]"
            + _BOUND.pattern.split("|nit))[ ]", 1)[1]
        ),
        True,
    ),
    (
        _LONG_LIST,
        re.compile(rf"(?<![\w'\u2019])({_NAME})(?:,[ ](?:{_NAME})){{1,6}},?[ ](?:et|ou(?:[ ]encore)?)[ ]{_NAME}{_END}"),
        True,
    ),
]


@pytest.mark.parametrize(("pattern", "former", "whole"), _REWRITES, ids=lambda value: str(value)[:40])
def test_the_scan_opened_on_its_character_finds_the_former_matches(
    pattern: re.Pattern[str], former: re.Pattern[str], whole: bool
) -> None:
    for text in _texts(28):
        found = [(m.span() if whole else None, m.regs[1:], m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span() if whole else None, m.regs[1:], m.groups()) for m in former.finditer(text)], text


def test_the_rewrites_open_on_a_character_class() -> None:
    """``re`` skips to the opening characters only when the compiled pattern starts with them (no look-behind)."""
    for pattern, _, _ in _REWRITES:
        assert not pattern.pattern.startswith("(?<"), pattern.pattern


def test_a_city_opening_a_sentence_is_read() -> None:
    text = "Talks ended.  Rennes met fin à son contrat. Le Mans a résilié le contrat."
    assert [m.group("city") for m in _CITY_CUSTOMER.finditer(text)] == ["Rennes"]
    assert [m.groups() for m in _PLACED.finditer("Prices rose. In Tulsa, the plant shut. A L'Horme, X.")] == [
        ("In", None, "Tulsa"),
        ("A", "L'", "Horme"),
    ]
