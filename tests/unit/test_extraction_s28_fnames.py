"""Session 28 (fnames): given names that are frequent words in any corpus are first names all the same.

The generated list left out "Nigel", "Jon" and "Rupert" because wordfreq finds them often, and had no
"Piyush": the person was then read as a firm and given the company's CEO change. The list now takes the
names that web2 and GCIDE hold only capitalised, and a few Indian and Nigerian names; a rescued name that is
also a frequent surname, a country or state word, or a hand-checked place or firm word stays out, so firms
named "Wilson ..." or "Carolina ..." stay firms. Sentences are invented.
"""

from __future__ import annotations

import pytest

from streams.extraction.build_first_names import WordLists, _rescued
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.org_context import FIRST_NAMES
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


@pytest.mark.parametrize(
    ("text", "person", "firm"),
    [
        (
            "Nigel Brandt, chief executive of Corvane Foods, will retire in March. Nigel Brandt said the timing "
            "was right.",
            "Nigel Brandt",
            "Corvane Foods",
        ),
        (
            "Corvane Foods said on Tuesday that Nigel Brandt, its chief executive, would retire in March. "
            "Nigel Brandt said the timing was right.",
            "Nigel Brandt",
            "Corvane Foods",
        ),
    ],
)
def test_a_rescued_first_name_makes_a_person_and_the_firm_gets_the_change(text: str, person: str, firm: str) -> None:
    """ "Nigel" (Zipf 3.77) was read as a firm and took the CEO change; now the employer does."""
    assert person not in _names(text)
    assert triples(text, "en", prefix="leadership") == [("leadership_change", firm, None)]


def test_a_hand_written_indian_first_name_makes_a_person() -> None:
    """No faker locale in Latin script has "Piyush": the builder's hand list does."""
    text = "Halvren Bank said Piyush Ranade would step down. Piyush Ranade said the bank was in good shape."
    assert _names(text) == {"Halvren Bank"}


@pytest.mark.parametrize("name", ["jon", "nigel", "rupert", "angus", "gareth", "ian", "piyush", "tunde", "kwame"])
def test_the_generated_list_has_the_rescued_names(name: str) -> None:
    assert name in FIRST_NAMES


@pytest.mark.parametrize(
    "name", ["wilson", "howard", "hunter", "cameron", "carolina", "trinidad", "santos", "isis", "skye", "ties", "may"]
)
def test_the_generated_list_keeps_risky_words_out(name: str) -> None:
    """Frequent surnames, country or state words, hand-checked places and firms ("Skye Bank"), plurals of words
    stay out."""
    assert name not in FIRST_NAMES


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Wilson Marlow has acquired Kelbrook Freight, Wilson Marlow said on Monday.",
            ("acquisition", "Wilson Marlow", "Kelbrook Freight"),
        ),
        (
            "Carolina Brewing has agreed to buy Fenwick Malt. Carolina Brewing said it would keep the brand.",
            ("acquisition", "Carolina Brewing", "Fenwick Malt"),
        ),
        (
            "Santos Logistica has acquired Kelbrook Freight. Santos Logistica said the deal closed.",
            ("acquisition", "Santos Logistica", "Kelbrook Freight"),
        ),
    ],
)
def test_near_miss_a_firm_named_with_a_word_kept_out_is_still_a_firm(
    text: str, event: tuple[str, str, str | None]
) -> None:
    """A firm whose name opens with a risky given name the builder left out keeps its deal."""
    assert triples(text, "en", prefix="acquisition") == [event]


_LISTS = WordLists(
    company_words=frozenset(),
    lowercase_words=frozenset({"may", "grant", "tie"}),
    surnames=frozenset({"wilson", "quinn"}),
    place_words=frozenset({"carolina"}),
)


@pytest.mark.parametrize(
    ("name", "english", "french", "rescued"),
    [
        ("nigel", 3.77, 3.33, True),
        ("quinn", 3.60, 3.43, True),  # a surname, but rare enough in English
        ("may", 5.5, 3.0, False),  # a lower-case word
        ("ties", 4.35, 2.38, False),  # the plural of one
        ("wilson", 4.53, 3.99, False),  # a frequent surname
        ("carolina", 4.52, 2.94, False),  # a state's word
        ("martine", 2.80, 4.1, False),  # a frequent French word
    ],
)
def test_which_common_word_names_are_rescued(name: str, english: float, french: float, rescued: bool) -> None:
    assert _rescued(name, english, french, _LISTS) is rescued
