"""Session 20 (recog): subjects after an opener told without a comma; "a X spokesman" names no firm by itself.

Every shape is proved on invented names the knowledge base does not hold, in several surface forms (another
opener, another verb, a month and year or a year alone, the name after the clause), and on
near misses that must stay no company: people, places, nationalities, common nouns after the opener.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples

_KB = load_knowledge_base()


def names(text: str, language: str = "en") -> set[str]:
    """The names of the companies (and public bodies) found in ``text``."""
    return {mention.name for mention in Article(text, language, None, _KB).companies}


# A sentence adverb, a year or a month and year before the subject, with no comma.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meanwhile Dorvane ordered 16 jets from Airbus.", "Dorvane"),
        ("In 2019 Dorvane awarded a contract to Ford.", "Dorvane"),
        ("In March 2004 Welch Foods picked Oracle over SAP.", "Welch Foods"),
        ("In June 2021 Korvia agreed to buy Bellmark for $2 billion.", "Korvia"),
        ("Separately Korvia has acquired Bellmark.", "Korvia"),
        ("Later Nordhaven Foods signed a supply deal with Tesco.", "Nordhaven Foods"),
    ],
)  # fmt: skip
def test_a_subject_after_an_opener_without_comma_is_a_firm(text: str, name: str) -> None:
    assert name in names(text)


def test_the_opening_adverb_is_no_part_of_the_name() -> None:
    found = names("Earlier Korvia agreed to buy Bellmark for $2 billion.")
    assert "Korvia" in found
    assert "Earlier Korvia" not in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In 2019 Paris awarded a contract to Ford.", "Paris"),
        ("Meanwhile Investors bought shares of Ford.", "Investors"),
        ("Meanwhile John Smith ordered 16 jets from Airbus.", "John Smith"),
        ("Meanwhile France ordered 16 jets from Airbus.", "France"),
        ("In March 2004 Smith said Ford had picked Oracle.", "Smith"),
        ("In 2019 the company awarded a contract to Ford.", "2019"),
    ],
)  # fmt: skip
def test_no_person_place_or_common_noun_after_an_opener(text: str, wrong: str) -> None:
    assert not any(wrong in name for name in names(text))


# "a / an X spokesman" names no firm by itself: politicians, governments and parties speak through one too.
@pytest.mark.parametrize(
    "text",
    [
        "A German spokesman said Ford had cut its orders.",
        "A John Smith spokesman said Ford had cut its orders.",
        "A company spokesman said Ford had cut its orders.",
        "A Paris spokesman said Ford had cut its orders.",
        "An Obama spokeswoman said Ford had cut its orders.",
        "A Kremlin spokesman said Ford had cut its orders.",
        "A Labour spokesperson said Ford had cut its orders.",
    ],
)  # fmt: skip
def test_no_nationality_person_place_or_common_noun_before_spokesman(text: str) -> None:
    assert names(text) == {"Ford"}


# orgname_slots: a plain name of two to four words in the other party's slot of a deal cue ("from" / "to"; after
# "with" people stand too: "signed a deal with Jane Roe").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Boeing said it had landed an order for 63 airliners from Kestrel Lease Finance, a lessor.",
         "Kestrel Lease Finance"),
        ("Airbus has agreed to sell 14 A330neo jets to Virgin Atlantic for $4.1b.", "Virgin Atlantic"),
        ("Omooma raised $2.5M from Harbour Lane Ventures, while Aza raised more.", "Harbour Lane Ventures"),
        ("Celebrity Cruises awarded its global account to Lucky Generals.", "Lucky Generals"),
    ],
)  # fmt: skip
def test_a_plain_name_in_the_other_partys_slot_is_a_firm(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Airbus signed a deal with John Smith on Monday.", "John Smith"),
        ("Airbus signed a supply deal with New York on Monday.", "New York"),
        ("Airbus agreed to sell jets to South Korea.", "South Korea"),
        ("Waugerman takes over from Rich Geruson, who is stepping down. Geruson had come in last year.",
         "Rich Geruson"),
        ("Airbus signed a supply deal with Prime Minister Modi on Monday.", "Prime Minister Modi"),
        ("Danone dropped its finance chief and replaced her with Vera Lund.", "Vera Lund"),
        ("Halverstone signed a supply deal on Tuesday with Jane Roe.", "Jane Roe"),
    ],
)  # fmt: skip
def test_no_person_or_place_in_the_other_partys_slot(text: str, wrong: str) -> None:
    assert wrong not in names(text)


# orgname_slots: the firm on the other side of a relation noun and "of".
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tesco was the biggest customer of Bagir, accounting for a third of its sales.", "Bagir"),
        ("The customers of Novellus include Intel and Samsung Electronics.", "Novellus"),
        ("The US Army has extended the FMTV contract of Oshkosh Defense three times.", "Oshkosh Defense"),
        ("Ford renewed the contract of Korvane.", "Korvane"),
        ("Kelvane remains the main supplier of Drummond Retail, the chain said.", "Drummond Retail"),
    ],
)  # fmt: skip
def test_the_firm_after_a_relation_noun_and_of_is_a_firm(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Walmart is the largest customer of China, the report said.", "China"),
        ("He was a loyal customer of John Lewis for years.", "John Lewis"),
        ("The deal is the biggest contract of March, analysts said.", "March"),
        ("Ford renewed the contract of Smith, who runs the plant.", "Smith"),
    ],
)  # fmt: skip
def test_no_place_person_or_month_after_a_relation_noun(text: str, wrong: str) -> None:
    assert wrong not in names(text)


def test_a_source_before_a_role_noun_phrase_is_no_customer() -> None:
    text = "According to Capital IQ, the customers of Novellus include Intel Corp. and Samsung Electronics Co."
    assert not [t for t in triples(text, "en") if "Capital IQ" in t]


def test_an_apposed_customer_without_a_source_is_still_read() -> None:
    found = triples("Intel, the largest customer of Novellus, has long relied on the supplier.", "en")
    assert any(t[1:] == ("Intel", "Novellus") for t in found)


# Regions and well-known people after "to / from" in a party's slot stay no company (a supply's receiver, a sale's
# buyer: streams/extraction/orgname_slots.py and begin_supplied_names.py).
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Acme Corp sold its stake to Warren Buffett last year.", "Warren Buffett"),
        ("Gazprom will supply gas to Western Europe under the deal.", "Western Europe"),
        ("Gazprom will supply gas to Eastern Europe and Central Asia.", "Central Asia"),
        ("Ford bought the brakes from Lower Saxony suppliers.", "Lower Saxony"),
    ],
)  # fmt: skip
def test_no_region_or_person_in_a_party_slot(text: str, wrong: str) -> None:
    assert wrong not in names(text)
