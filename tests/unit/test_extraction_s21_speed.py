"""Round 18 (session 21), speed: the faster helpers give the answers of the patterns and scans they replace.

Each helper is checked against the pattern it stands for on many small random texts drawn from the characters that
decide a match (capitals, hyphens, apostrophes, dots, spaces, accented letters, line ends), then on sentences.
"""

from __future__ import annotations

import random
import re

import pytest

from streams.extraction.determined_acronyms import _DETERMINED_ACRONYM
from streams.extraction.mentions import _CAMEL_CASED, _NAMED_OPENER
from streams.extraction.org_context import KIND_APPOSED_BEFORE_NAME, TRADE_COMPOUND_BEFORE_NAME, trade_compounds
from streams.extraction.pattern_windows import _sentence_around, anchored_matches, holds_any
from streams.extraction.text import _SENTENCE_END, _WRAPPED_NEWLINE, split_sentences
from streams.extraction.word_spots import after_capital_word, alone_starts, followed_by, texts_after, written_alone

_ALPHABET = "aAbBLé-'. ;\n_1"
_WORDS = ("a", "ab", "Ab", "L", "b-a", "a.", "é")
_CASES = 4000


def _random_texts(seed: int) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24))) for _ in range(_CASES)]


@pytest.mark.parametrize("word", _WORDS)
def test_alone_starts_are_the_bounded_pattern_s(word: str) -> None:
    pattern = re.compile(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])")
    for text in _random_texts(1):
        assert list(alone_starts(text, word)) == [match.start() for match in pattern.finditer(text)], text
        assert written_alone(word, text) == (pattern.search(text) is not None), text


@pytest.mark.parametrize("word", _WORDS)
def test_texts_after_are_the_literal_scan_s(word: str) -> None:
    for text in _random_texts(2):
        expected = {text[match.end() : match.end() + 3] for match in re.finditer(re.escape(word), text)}
        assert texts_after(text, word, 3) == expected, text


@pytest.mark.parametrize("word", _WORDS)
def test_after_capital_word_is_the_initial_or_name_pattern_s(word: str) -> None:
    pattern = re.compile(rf"(?<![\w.])(?:[A-Z]\.|[A-Z][\w\-']*) {re.escape(word)}(?![\w\-])")
    for text in _random_texts(3):
        assert after_capital_word(text, word) == (pattern.search(text) is not None), text


@pytest.mark.parametrize("name", ["Ab", "L b", "a"])
def test_followed_by_is_the_concatenated_pattern_s(name: str) -> None:
    after = re.compile(r"[ ](?!(?:Ab|L)\b)[A-Z]")
    whole = re.compile(re.escape(name) + after.pattern)
    for text in _random_texts(4):
        assert followed_by(text, name, after) == (whole.search(text) is not None), text


def test_sentence_around_is_the_stretch_between_stops() -> None:
    def by_find(folded: str, pos: int) -> tuple[int, int]:
        stops = (". ", "; ", "\n")
        start = max((found + len(stop) for stop in stops if (found := folded.rfind(stop, 0, pos)) >= 0), default=0)
        ends = [found for stop in stops if (found := folded.find(stop, pos)) >= 0]
        return start, min(ends, default=len(folded)) + 1

    for folded in _random_texts(5):
        for pos in range(len(folded) + 1):
            assert _sentence_around(folded, pos) == by_find(folded, pos), (folded, pos)


def test_anchored_matches_are_those_of_a_find_per_anchor() -> None:
    def by_find(pattern: re.Pattern[str], folded: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
        windows = set()
        for anchor in anchors:
            pos = folded.find(anchor)
            while pos >= 0:
                window = _sentence_around(folded, pos)
                windows.add(window)
                pos = folded.find(anchor, window[1])
        return [
            m.span() for start, end in sorted(windows) for m in pattern.finditer(folded, start, min(end, len(folded)))
        ]

    pattern = re.compile(r"a[ ;.]?b+")
    rng = random.Random(6)  # noqa: S311 - reproducible test data
    for folded in _random_texts(6):
        anchors = tuple(rng.sample(("a", "ab", "b", "bb", "a b", ". ", "zz", "bab"), 3))
        assert [m.span() for m in anchored_matches(pattern, folded, anchors)] == by_find(pattern, folded, anchors)


def test_holds_any_is_a_substring_test() -> None:
    for folded in _random_texts(7):
        for words in (("ab", "zz"), ("b-a",), ("a b", "é;"), ("qq",)):
            assert holds_any(folded, words) == any(word in folded for word in words), folded


def _pieces_texts(seed: int, pieces: list[str]) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(_CASES * 5)]


def test_trade_compounds_are_the_pattern_s_matches() -> None:
    pieces = ["shipbuilder", "toolmaker", "lawmaker", "Maker", "bmaker", "carmakers", "producer", "é", "-", "9"]
    pieces += [" ", "  ", ",", "Kelvor", "aDorvane", "ab"]
    for text in _pieces_texts(8, pieces):
        assert [m.span() for m in trade_compounds(text)] == [
            m.span() for m in TRADE_COMPOUND_BEFORE_NAME.finditer(text)
        ], text


def test_named_opener_reads_as_the_pattern_with_its_lookbehinds_first() -> None:
    before = re.compile(
        r"(?:^|(?<=[.!?] )|(?<=\n))((?:[A-Z][\w\-]{1,30}[ ]){1,3}[A-Z][\w\-]{1,30})(?=[ ](?:said|says|has|had|will"
        r"|would|reported|announced|expects|told|added|agreed|is|was|a|va|annonce|indique|précise|affirme"
        r"|devrait)[ ,])",
        re.MULTILINE,
    )
    pieces = ["Ab", "Cd-e", "X", " ", ". ", "! ", "\n", " said", " is,", " a ", "q", "Éa", "Zz9", "Harlow Mills"]
    for text in _pieces_texts(9, pieces):
        assert [m.span(1) for m in _NAMED_OPENER.finditer(text)] == [m.span(1) for m in before.finditer(text)], text


def test_kind_apposed_reads_as_the_pattern_with_its_lookbehind_second() -> None:
    head = r"[AaUu](?<![\w\-][AaUu])(?:(?<=[Aa])n?|(?<=[Uu])ne?)[ ]"
    assert KIND_APPOSED_BEFORE_NAME.pattern.startswith(head)
    before = re.compile(r"(?<![\w\-])(?:[Aa]n?|[Uu]ne?)[ ]" + KIND_APPOSED_BEFORE_NAME.pattern[len(head) :])
    pieces = ["a ", "an ", "A ", "un ", "une ", "Une ", "-", " ", "belge", ", ", ", Dufour", "é", "ua ", "Aan "]
    pieces += ["group ", "groupe ", "firm, ", "société ", "big "]
    for text in _pieces_texts(10, pieces):
        assert [m.span() for m in KIND_APPOSED_BEFORE_NAME.finditer(text)] == [m.span() for m in before.finditer(text)]


_FORMER_PATTERNS = (
    (_SENTENCE_END, r"[.!?]{1,3}[\"')\]]?[ ]{1,20}|(?<=[a-zà-ÿ][a-zà-ÿ])[.!?](?=[A-ZÀ-Ý][a-zà-ÿ])", 0),
    (_WRAPPED_NEWLINE, r"(?<=[\w,%)])\n(?=[a-zà-ÿ])", 0),
    (
        _DETERMINED_ACRONYM,
        r"(?<![^\s(«\"])(?:(?:[Ll]a|[Ll]es?|[Dd]u|[Dd]es|[Aa]ux?)[ ]([A-Z][A-Z&]{1,5})"
        r"|[Ll]['\u2019]([AEIOUY][A-Z&]{1,5}))(?![\w\-&'\u2019])",
        0,
    ),
    (_CAMEL_CASED, r"(?<![\w\-.])[A-Z][a-z]+[A-Z][a-z]*(?![\w\-])", 0),
)
_PATTERN_PIECES = [".", "!", "?", '"', ")", " ", "  ", "\n", "ab", "é", "Ab", "Éa", ",", "%", "-", "la ", "Les ", "du "]
_PATTERN_PIECES += ["aux ", "l'", "L\u2019", "SNCB", "ONEE", "A320", "&", "(", "«", "San", "Disk", "Open", "_"]


@pytest.mark.parametrize(("pattern", "former", "flags"), _FORMER_PATTERNS)
def test_patterns_opening_on_their_character_match_as_before(pattern: re.Pattern[str], former: str, flags: int) -> None:
    before = re.compile(former, flags)
    for text in _pieces_texts(11, _PATTERN_PIECES):
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in before.finditer(text)
        ], text


def test_helpers_on_sentences() -> None:
    text = "Dorvane said on Monday. David L. Calhoun said Korvia-Bellmark grew; Korvia said the korvia plan held."
    assert list(alone_starts(text, "Korvia")) == [text.index("Korvia said")]
    assert written_alone("korvia", text)
    assert not written_alone("dorvan", text)
    assert after_capital_word(text, "Calhoun")
    assert not after_capital_word(text, "Dorvane")
    assert texts_after(text, "Korvia", 4) == {"-Bel", " sai"}
    assert followed_by(text, "Calhoun", re.compile(r"[ ][a-z]"))
    assert not followed_by(text, "Quentaro", re.compile(r"[ ]"))
    assert [m.group(1) for m in _NAMED_OPENER.finditer("Talks ended. Harlow Mills said it would sell.")] == [
        "Harlow Mills"
    ]
    trade = "The shipbuilder Quentaro and lawmaker Bellmark met the toolmaker Korvia."
    assert [trade[m.end() :][:8] for m in trade_compounds(trade)] == ["Quentaro", "Korvia."]
    apposed = "Il a cédé sa filiale à un groupe franco-belge, Dorvane, en mai."
    assert [m.group(0) for m in KIND_APPOSED_BEFORE_NAME.finditer(apposed)] == ["un groupe franco-belge, "]
    glued = "Dorvane grew. Korvia fell!Bellmark held.Quentaro rose"
    assert [glued[start:end] for start, end in split_sentences(glued)][1:] == [
        "Korvia fell!",
        "Bellmark held.",
        "Quentaro rose",
    ]
    assert [m.group(1) or m.group(2) for m in _DETERMINED_ACRONYM.finditer("la SNCB et l'ONEE, pas le F-35")] == [
        "SNCB",
        "ONEE",
    ]
    assert [m.group(0) for m in _CAMEL_CASED.finditer("KorVia and DorVane-X met BellMark.")] == ["KorVia", "BellMark"]
    assert _sentence_around(text, text.index("Korvia said")) == (text.index("Korvia said"), len(text) + 1)
