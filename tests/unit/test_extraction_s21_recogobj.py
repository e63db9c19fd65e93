"""Session 21 (recogobj): unknown firms read in the object and prepositional slots of a deal sentence.

:mod:`streams.extraction.object_slots` reads every party slot of a cue's clause ("raised $4.5M from Korvia", "the
takeover of Dorvane by Korvia", "with Korvia, Bellmark and Quentaro also taking part") and the other side of a
relation noun or a maker's participle ("its dealings with Korvia", "suppliers to Quentaro", "trains built by
Korvia"). Each reading is proved on paraphrases naming firms the knowledge base does not know, and on near misses
(people, places, nationalities, politicians and products used as modifiers) that must add no company.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples


def companies(text: str) -> list[str]:
    """The names of the companies recognised in an English ``text``."""
    return [mention.name for mention in Article(text, "en", None, load_knowledge_base()).companies]


# object_slot_names: a slot past a figure's decimal point or a list of counted goods, which end no clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorvane raised $4.5M from Korvia to expand its drone line.", ("investment", "Korvia", "Dorvane")),
        ("Tessaly has raised 12.5 million euros from Bellmark, its first outside backer.",
         ("investment", "Bellmark", "Tessaly")),
        ("Quentaro ordered 16 freighters, ten trainers and five tankers from Korvia last month.",
         ("customer_start", "Quentaro", "Korvia")),
        ("Halvane placed an order for 40 locomotives, 12 shunters and spare parts from Brinmoor.",
         ("customer_start", "Halvane", "Brinmoor")),
    ],
)  # fmt: skip
def test_the_party_after_a_figure_or_a_list_of_goods_is_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en")


@pytest.mark.parametrize(
    ("text", "buyer", "target"),
    [
        ("The takeover of Dorvane by Korvia closed on Friday.", "Korvia", "Dorvane"),
        ("The acquisition of Tessaly by Bellmark was cleared by regulators.", "Bellmark", "Tessaly"),
        ("The planned takeover of Halvane by Quentaro has won board approval.", "Quentaro", "Halvane"),
    ],
)
def test_the_buyer_after_by_in_a_takeover_noun_is_read(text: str, buyer: str, target: str) -> None:
    assert ("acquisition", buyer, target) in triples(text, "en")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dorvane is leading Tessaly's $30 million round, with Korvia, Bellmark and Quentaro also taking part.",
         {"Korvia", "Bellmark", "Quentaro"}),
        ("Ostrel led the round, with Halvane and Brinmoor also taking part.", {"Halvane", "Brinmoor"}),
        ("Quentaro has raised $8 million in a round led by Dorvane, with Korvia also participating.",
         {"Dorvane", "Korvia"}),
    ],
)  # fmt: skip
def test_the_co_investors_after_with_are_read(text: str, names: set[str]) -> None:
    assert names <= set(companies(text))


# relation_slot_names: the other side of a relation noun or a maker's participle, where no deal cue stands.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dorvane said its dealings with Korvia would not continue beyond the current contract.", "Korvia"),
        ("Ostrel, one of the largest suppliers to Quentaro, is in the middle of a restructuring.", "Quentaro"),
        ("Tessaly already operates 54 regional trains built by Korvia.", "Korvia"),
        ("The long-running relations between Halvane and Brinmoor have soured.", "Halvane"),
    ],
)
def test_the_firm_across_a_relation_noun_is_read(text: str, name: str) -> None:
    assert name in companies(text)


def test_a_supplier_to_an_unknown_firm_continues_as_its_supplier() -> None:
    text = "Ostrel, one of the largest suppliers to Quentaro, is in the middle of a restructuring."
    assert ("customer_continue", "Quentaro", "Ostrel") in triples(text, "en")


# Near misses: what a slot holds that is no firm.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Dorvane raised $4.5M from Mr Roe, a former banker.", "Roe"),  # a surname after a title
        ("Dorvane will sell the unit to Germany's biggest utility.", "Germany"),  # a country owning a common noun
        ("Dorvane agreed to sell its plant to Texas for $5 million.", "Texas"),  # a place
        ("Dorvane raised $4.5M from Americans, its chief said.", "Americans"),  # a nationality's people
        ("Dorvane bought its stake from Chinese investors.", "Chinese"),  # a nationality
        ("Dorvane agreed to buy $250 billion of Azure cloud services from its partner.", "Azure"),  # a product
        ("Dorvane will move its IT platforms to Azure, a hybrid cloud set-up.", "Azure"),  # a product apposed
        ("Dorvane raised $4.5M from March to June.", "March"),  # months
        ("Dorvane won an order from Monday's auction.", "Monday"),  # a day
        ("Dorvane has ties with Beijing and relations between Paris and Berlin are tense.", "Beijing"),  # capitals
        ("Dorvane operates trains built by Smith, a local engineer.", "Smith"),  # a person apposed
        ("Dorvane raised $4.5M from Okafor, who runs a family office.", "Okafor"),  # "who": a person
        ("The takeover of Dorvane by Okafor, who founded Tessaly, closed.", "Okafor"),  # "who": a person
        ("Dorvane bought its stake from Chairman Roe for $5 million.", "Roe"),  # a title before a surname
        ("Dorvane sold the stake to Henrik Olsen for $9 million.", "Henrik Olsen"),  # a person
        ("Dorvane sold 25% of the unit to Korvia, though Meanwhile Capital stayed out.", "Meanwhile"),  # an opener
        ("Dorvane raised its stake in Korvia to 12.9% ahead of GTA V next week.", "GTA V"),  # "ahead of": a launch
        ("Dorvane sold its stake, raising close to Rs 3,200 crore from the market.", "Rs 3"),  # a sum in rupees
        ("Dorvane secured a licence to the worldwide rights to CDP 870, an experimental drug.", "CDP 870"),  # a code
    ],
)
def test_a_slot_holding_no_firm_adds_no_company(text: str, absent: str) -> None:
    assert absent not in companies(text)


def test_a_country_owning_the_firm_leaves_the_firm() -> None:
    text = "Brinmoor signed a supply agreement with Japan's Korvia to buy cathode material for five years."
    found = companies(text)
    assert "Korvia" in found
    assert "Japan" not in found


# org_context: a plural kind's examples set off by a comma ("carmakers, among them Korvia") are firms of that kind.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ostrel will supply batteries to five carmakers, among them Korvia, Bellmark and Quentaro.",
         {"Korvia", "Bellmark", "Quentaro"}),
        ("Its software is used by two dozen lenders, including Dorvane and Tessaly.", {"Dorvane", "Tessaly"}),
        ("Halvane has signed up several retailers, such as Brinmoor and Korvia, for its app.", {"Brinmoor", "Korvia"}),
    ],
)  # fmt: skip
def test_the_examples_of_a_plural_kind_after_a_comma_are_firms(text: str, names: set[str]) -> None:
    assert names <= set(companies(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ostrel will supply batteries to five carmakers, among them Germany's biggest.", "Germany"),
        ("The carmakers, including Volker Stahl's favourite, were sold.", "Volker Stahl"),
        ("Several lenders, such as Meanwhile, were named.", "Meanwhile"),
        ("Shops owned by big groups, such as Korvia-backed agencies, can absorb the loss.", "Korvia-backed"),
    ],
)
def test_a_plural_kind_before_no_firm_adds_no_company(text: str, absent: str) -> None:
    assert absent not in companies(text)


# object_slot_names: a party noun's clause ("an investment by A and B in Y"), and the slot before the cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulators will look at a $25 million joint investment by Korvia and Bellmark in Dorvane.",
         {("investment", "Korvia", "Dorvane"), ("investment", "Bellmark", "Dorvane")}),
        ("The approval of a $40 million investment by Quentaro in Tessaly was announced on Monday.",
         {("investment", "Quentaro", "Tessaly")}),
        ("A maintenance agreement signed in 2023 between Korvia and Dorvane has also been amended to cover more jets.",
         {("customer_continue", "Korvia", "Dorvane")}),
    ],
)  # fmt: skip
def test_the_parties_of_a_noun_or_before_the_cue_are_read(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= set(triples(text, "en"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvane said the pact with Quentaro to supply chips has been renewed for five years.", "Quentaro"),
        ("Its agreement with Brinmoor to supply rails has been extended.", "Brinmoor"),
        ("An agreement between Tessaly and Ostrel has been amended to cover spare parts.", "Tessaly"),
    ],
)
def test_the_slot_before_a_cue_in_its_clause_is_read(text: str, name: str) -> None:
    assert name in companies(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Its contract with Mr Roe to supply advice was extended.", "Roe"),
        ("The pact with Texas to supply power has been renewed.", "Texas"),
        ("However, the agreement with Americans to supply grain has been extended.", "Americans"),
        ("The accord with Brussels officials to supply gas has been extended.", "Brussels"),
    ],
)
def test_the_slot_before_a_cue_holding_no_firm_adds_no_company(text: str, absent: str) -> None:
    assert absent not in companies(text)
