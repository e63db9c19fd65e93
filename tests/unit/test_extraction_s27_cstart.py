"""Session 27 (cstart): customer starts that a blind probe of real award and order stories found unread.

Each class is proved on invented names and sentences, with near misses that must not fire:

- an award the winner accepts ("Y has accepted a letter of award worth RM22m from X", "Y accepted a contract from X"),
  with ringgit amounts written before the number ("RM1.9 billion", "RM106.04mil");
- goods a maker is to build for a buyer named around them ("X awarded contracts for ten ships, six to be built by
  Y and four by Z");
- a country inside a legal name ("Korvia Contracts (India) Ltd") is no acronym of the company, so a later "India
  Dorvane Park" keeps its whole name.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.unit.extraction_helpers import event_amounts, event_pairs, extract_body

START = "customer_start"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Korvia Builders Bhd has accepted a letter of award worth RM22.6 million from Dorvane Holdings Sdn Bhd.",
            22.6e6,
        ),
        (
            "Korvia Builders Bhd said its unit had accepted a letter of award from Dorvane Holdings for road works.",
            None,
        ),
        (
            "Korvia Systems Bhd accepted a RM1.9 billion contract from Dorvane Cellular Sdn Bhd for a new network.",
            1.9e9,
        ),
        ("Korvia Services Bhd has received a letter of acceptance from Dorvane Holdings to run its call centre.", None),
    ],
)
def test_award_accepted_from_its_giver(text: str, amount: float | None) -> None:
    """The winner accepting an award or a contract from its giver starts selling to the giver."""
    starts = event_amounts(text, START)
    customer, supplier, value = next(iter(starts))
    assert len(starts) == 1
    assert customer is not None and customer.startswith("Dorvane")
    assert supplier is not None and supplier.startswith("Korvia")
    assert value == amount


@pytest.mark.parametrize(
    "text",
    [
        "Korvia Holdings has accepted a takeover offer from Dorvane Capital worth RM2 billion.",
        "Korvia Holdings accepted an invitation from Dorvane Capital to join the board.",
    ],
)
def test_accepting_no_award_starts_nothing(text: str) -> None:
    """An offer or an invitation accepted is no contract won."""
    assert event_pairs(text, START) == set()


def test_ringgit_before_the_number_is_an_amount() -> None:
    """ "RM" before the figure is ringgit; "mil" and "bil" after it scale the figure."""
    text = "Korvia Engineering Bhd has won a RM106.04mil contract from Dorvane Power, beating a RM3.5bil rival bid."
    starts = [event for event in extract_body(text).events if event.type == START]
    assert [(event.amount.value, event.amount.currency) for event in starts if event.amount] == [(106.04e6, "MYR")]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The Harbour Authority has awarded contracts for twelve patrol boats, eight to be built by Korvia Marine"
            " Ltd and four by Dorvane Yards Ltd.",
            {("Harbour Authority", "Korvia Marine"), ("Harbour Authority", "Dorvane Yards")},
        ),
        (
            "The new trams are to be built by Leeds-based tram maker Korvia Rail following a tender run by Dorvane"
            " Transit.",
            {("Dorvane Transit", "Korvia Rail")},
        ),
        (
            "The Dorvane Transit Authority on Tuesday signed its largest rolling stock contract ever.\n"
            "The trams will be built by prime contractor Korvia Rail Ltd at its plant in the north.",
            {("Dorvane Transit Authority", "Korvia Rail")},
        ),
    ],
)
def test_goods_to_be_built_by_a_maker(text: str, pairs: set[tuple[str, str]]) -> None:
    """The maker after "to be built by" supplies the buyer that awards, runs or signs the purchase."""
    assert event_pairs(text, START) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "The new terminal will be built by 2028 at a cost of $2 billion, Dorvane Transit said.",
        "Dorvane Transit said the depot will be built by Korvia Rail.",
        "Korvia Rail won a contract for 20 trams, which will be built by its unit Dorvane Works.",
    ],
)
def test_goods_built_without_a_buyer_start_nothing(text: str) -> None:
    """No purchase told around the work, a date after "by", or a winner's own unit: no customer start."""
    assert event_pairs(text, START) == set()


def test_country_inside_a_legal_name_is_no_acronym() -> None:
    """'Korvia Contracts (India) Ltd' keeps India out of the names: 'India Dorvane Park' stays whole."""
    text = (
        "Shares of Korvia Contracts (India) Ltd rose 5% on Monday.\n"
        "The company secured a contract worth Rs 2,157 crore from India Dorvane Park."
    )
    assert event_pairs(text, START) == {("India Dorvane Park", "Korvia Contracts")}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Korvia Systems Ltd has won a £40m contract with the Ministry of Transport to supply radios.\n"
            "Korvia said the MoT had picked it after a two-year trial.",
            {("Ministry of Transport", "Korvia Systems")},
        ),
        (
            "Korvia Grid Inc has won a $12 million contract from the U.S. Department of Energy to test batteries.\n"
            "The DOE said Korvia Grid would deliver the first results in May.",
            {("U.S. Department of Energy", "Korvia Grid")},
        ),
    ],
)
def test_acronym_of_a_body_named_in_full_is_that_body(text: str, pairs: set[tuple[str, str]]) -> None:
    """'the MoT', 'the DOE' after the body's full name are the same buyer: one customer start, not two."""
    assert event_pairs(text, START) == pairs


def test_acronym_of_another_body_stays_apart() -> None:
    """An acronym whose letters are not the full name's initials names another party."""
    text = (
        "Korvia Systems Ltd has won a £40m contract with the Ministry of Transport to supply radios.\n"
        "The IMF said the contract was part of a wider reform programme."
    )
    article = Article(text, "en", None, load_knowledge_base())
    ids = {text[c.start : c.end]: c.id for c in article.companies}
    assert ids.get("IMF") != ids["Ministry of Transport"]
    assert event_pairs(text, START) == {("Ministry of Transport", "Korvia Systems")}


def test_government_of_a_country_is_a_public_buyer() -> None:
    """'the Government of Malaysia' is the state buying; the award accepted from it starts a relation."""
    text = "Korvia Marine Bhd has accepted the letter of award from the Government of Malaysia for six patrol boats."
    assert event_pairs(text, START) == {("Government of Malaysia", "Korvia Marine")}
    customer = next(e.subject for e in extract_body(text).events if e.type == START)
    assert customer is not None and customer.kind == "public_body"


def test_government_of_a_non_place_is_no_state() -> None:
    """'the government of Prime Minister ...' names a cabinet by its head, no state body."""
    text = "The government of Prime Minister Alan Korvin has ordered 20 patrol boats from Dorvane Yards Ltd."
    article = Article(text, "en", None, load_knowledge_base())
    assert all(not c.name.casefold().startswith("government of") for c in article.companies)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The Korvia Health Authority has awarded a contract for hospital linen.\n"
            "The successful suppliers include Dorvane Textiles Ltd and Bellmark Laundry Ltd.",
            {("Korvia Health Authority", "Dorvane Textiles"), ("Korvia Health Authority", "Bellmark Laundry")},
        ),
        (
            "The Korvia Health Authority has completed a tender for linen, worth £3 million in all.\n"
            "The successful suppliers for the two lots are Dorvane Textiles Ltd and Bellmark Laundry Ltd.",
            {("Korvia Health Authority", "Dorvane Textiles"), ("Korvia Health Authority", "Bellmark Laundry")},
        ),
    ],
)
def test_tender_winners_named_by_their_role(text: str, pairs: set[tuple[str, str]]) -> None:
    """'The successful suppliers include A and B' after the buyer's award: each winner supplies the buyer."""
    assert event_pairs(text, START) == pairs


def test_tender_role_without_a_winner_starts_nothing() -> None:
    """A role whose winner is still to come names no supplier."""
    text = "The Korvia Health Authority said the successful bidder will be announced in May."
    assert event_pairs(text, START) == set()


def test_person_accepting_an_offer_is_no_party() -> None:
    """'Dale has accepted the board's offer': a person accepting a role names no firm and starts nothing."""
    text = (
        "Dorvane Mining has appointed Dale Korvin as its new chief executive.\n"
        "We are delighted that Dale has accepted the Board's offer to lead Dorvane Mining, the chair said."
    )
    article = Article(text, "en", None, load_knowledge_base())
    assert all(not c.name.startswith("Dale") for c in article.companies)
    assert event_pairs(text, START) == set()
