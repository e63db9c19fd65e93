"""Session 27 (deals): deal wordings a blind probe of real deal stories (English and French) found unread.

Each class is proved on invented names and sentences, with a near miss that must not fire:

- the plural legal form of wire copy, "Cos.", followed by a ticker in parentheses ("Dravenor Cos. (DRV) agreed to
  buy ..."): the dot is no sentence end, so the deal verb keeps its subject;
- a French pair announcing its merger as a noun with no party after it (« Les groupes A et B annoncent un projet de
  fusion », « A et B ont annoncé avoir signé un accord de fusion »): the first named stands as the buyer;
- a group named with its head ("Brantex Group", "Brantex Holdings Co") beside a unit sharing its first word
  ("Brantex Coway"): the first word alone is the group, no short form of the unit, so the group selling a stake in
  the unit is not its own target.
"""

from __future__ import annotations

import pytest

from streams.extraction.text import split_sentences
from tests.unit.extraction_helpers import deal_modalities


@pytest.mark.parametrize(
    "text",
    [
        "Dravenor Cos. (DRV) agreed to buy the packaging maker Pellmont Industries for $640 million on Tuesday.",
        "Dravenor Cos. (NYSE: DRV), in its largest deal so far, agreed to buy Pellmont Industries for $640 million.",
    ],
)
def test_a_plural_legal_form_before_a_ticker_keeps_the_buyer(text: str) -> None:
    assert {(t, b, o) for t, b, o, _ in deal_modalities(text)} == {
        ("acquisition", "Dravenor Cos", "Pellmont Industries")
    }


def test_a_plural_legal_form_can_still_end_a_sentence() -> None:
    """Near miss: "Cos." closing a sentence before a new capitalised one still ends it."""
    text = "The bid was made by Dravenor Cos. The board of Pellmont Industries will meet on Friday."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Les groupes Brellan et Pellmont annoncent un projet de fusion pour créer un leader européen de l'emballage.",
        "Les sociétés Brellan et Pellmont ont annoncé mardi avoir signé un accord de fusion entre égaux.",
    ],
)
def test_a_pair_announcing_a_merger_project_or_agreement_is_a_merger(text: str) -> None:
    assert {(t, b, o) for t, b, o, _ in deal_modalities(text, "fr")} == {("acquisition", "Brellan", "Pellmont")}


def test_a_merger_project_of_a_groups_own_units_names_no_deal() -> None:
    """Near miss: a merger project of one group's own subsidiaries has no second party."""
    text = "Brellan a présenté à ses salariés le projet de fusion de ses deux filiales françaises."
    assert deal_modalities(text, "fr") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Brantex Group agreed to sell a 31 percent stake in water purifier maker Brantex Coway to Kelvor Partners.",
        "Brantex Holdings Co agreed to sell a 31 percent stake in Brantex Coway Co Ltd to Kelvor Partners. Brantex"
        " said the sale would help fund its move into solar power.",
    ],
)
def test_a_group_beside_its_unit_keeps_apart_from_it(text: str) -> None:
    assert {(t, b, o) for t, b, o, _ in deal_modalities(text)} == {("stake", "Kelvor Partners", "Brantex Coway")}


def test_a_short_form_with_no_group_named_still_joins_its_long_form() -> None:
    """Near miss: with no "Brantex Group" in the story, "Brantex" alone is still "Brantex Coway"."""
    text = "Kelvor Partners agreed to buy Brantex Coway for $600 million. Brantex makes water purifiers."
    assert {(t, b, o) for t, b, o, _ in deal_modalities(text)} == {("acquisition", "Kelvor Partners", "Brantex Coway")}
