"""Round 19 (session 22), speed: the folded person tests and word gates give the answers of the code they replace.

``person_marks.written_after_first_name`` indexes the words after first names once per story; it is checked against
the loop it replaced (every repeat of the name, a first name looked for before each) on random texts, then on
sentences with invented names and on a long repetitive story. The word gates read the anchors' shared pass.
"""

from __future__ import annotations

import random
import re

import pytest

from streams.extraction.org_context import FIRST_NAMES
from streams.extraction.pattern_windows import WordGates, finditer_if
from streams.extraction.person_marks import (
    FIRST_NAME_BEFORE,
    HONORIFIC_OPENS,
    HONORIFIC_WORDS,
    TITLE_OPENS,
    written_after_first_name,
)

_PIECES = ("Talia ", "Jean-Louis ", "Brennick", "Brennick-Hart", "Dorvane", " ", ". ", "'s", "-", "\n", "(", "x", "1")
_CASES = 3000


def _looped(text: str, name: str) -> bool:
    """The test as written before session 22: each repeat of `` name`` and a first name searched before it."""
    at = text.find(f" {name}")
    while at >= 0:
        end = at + 1 + len(name)
        before = FIRST_NAME_BEFORE.search(text, max(0, at - 31), at + 1)
        if (end == len(text) or not text[end].isalnum()) and before and before.group(1).casefold() in FIRST_NAMES:
            return True
        at = text.find(f" {name}", end)
    return False


@pytest.mark.parametrize("name", ["Brennick", "Brennick-Hart", "Dorvane", "Brennick's"])
def test_written_after_first_name_is_the_loop_s(name: str) -> None:
    rng = random.Random(22)  # noqa: S311 - reproducible test data
    assert "talia" in FIRST_NAMES
    assert "jean" in FIRST_NAMES
    for _ in range(_CASES):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        assert written_after_first_name(text, name) == _looped(text, name), (text, name)


@pytest.mark.parametrize(
    ("text", "name", "surname"),
    [
        ("Talia Brennick founded Korvia. Brennick is leading the round.", "Brennick", True),
        ("Korvia was started by Jean-Louis Quentaro; Quentaro apporte son savoir-faire.", "Quentaro", True),
        ("Anna Bellmark's fund, run by Bellmark, joined.", "Bellmark", True),
        ("Peter Dorvane-Smith chairs it. Dorvane leads the round.", "Dorvane", True),
        ("Dorvane is leading the round, with Korvia joining.", "Dorvane", False),
        ("However, Bellmark said its board met in Paris.", "Bellmark", False),
        ("Meanwhile Korvia bought Quentaro from the French government.", "Quentaro", False),
        ("Selon Korvia, Quentaro va croître.", "Quentaro", False),
        ("Talia Brennickson joined. Brennick is leading.", "Brennick", False),
    ],
)
def test_written_after_first_name_reads_the_story(text: str, name: str, surname: bool) -> None:
    assert written_after_first_name(text, name) is surname


def test_written_after_first_name_reads_a_long_repetitive_story() -> None:
    """Its time against the story's size is a benchmark's (``bench.bench_input_size``), not a test's."""
    story = "Harvey acquired Glean for $300 million. " * 25_000 + "Talia Brennick spoke."
    found = [written_after_first_name(story, f"Name{number}") for number in range(2_000)]
    assert not any(found)
    assert written_after_first_name(story, "Brennick")
    assert written_after_first_name(story, "acquired")  # "Harvey" is a first name: the index holds what follows it


@pytest.mark.parametrize(
    ("name", "person"),
    [("Sir Alan Marsh", True), ("Dame Korvia Hale", True), ("Sirius Partners", False), ("Lordstown Motors", False)],
)
def test_honorific_opens_a_person_s_name(name: str, person: bool) -> None:
    assert (HONORIFIC_OPENS.match(name) is not None) is person
    assert (name.split(" ", 1)[0].casefold() in HONORIFIC_WORDS) is person


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("Mr. William Dorvane", "William Dorvane"),
        ("Mme Anne Korvia", "Anne Korvia"),
        ("Professor Ada Quill", "Ada Quill"),
    ],
)
def test_title_opens_before_the_name_proper(name: str, rest: str) -> None:
    title = TITLE_OPENS.match(name)
    assert title is not None
    assert name[title.end() :] == rest


def test_title_opens_no_firm() -> None:
    assert TITLE_OPENS.match("Mrsky Holdings") is None
    assert TITLE_OPENS.match("Drovia Systems") is None


def test_word_gates_open_only_patterns_whose_words_stand() -> None:
    bought = re.compile(r"\bbought[ ](?=[A-Z])")
    sold = re.compile(r"\bsold[ ]to[ ](?=[A-Z])")
    gates = WordGates({bought: ("bought",), sold: ("sold",)})
    text = "Korvia bought Quentaro last year."
    opened = gates.open(text.casefold())
    assert [match.end() for match in finditer_if(bought, text, opened)] == [text.index("Quentaro")]
    assert list(finditer_if(sold, text, opened)) == []
    assert gates.open("meanwhile, nothing happened.") == frozenset()
