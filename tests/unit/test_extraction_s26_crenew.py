"""Session 26 (crenew): customer starts and continuations whose customer is described, not named, and extensions.

Each class is proved on invented names and sentences, with near misses that must not fire:

- a customer described by its trade ("a major resin company", "two oil-producing firms") is an unnamed party;
- goods that go "to" a described customer ("signed a deal to supply cable to a large telecoms customer");
- a contract described at length before its unnamed customer ("a four-year call-centre contract extension worth up
  to £300 million with an unnamed bank");
- an extension told in the won contract's own sentence makes it continue, for an unnamed customer too, and for
  extensions "for its contracts" or a deal "to extend services with";
- "bagged" before "an" or "orders", as the Indian business press writes a won order;
- a sum in a capitalised currency code is no company ("a Rs 310 crore contract").
"""

from __future__ import annotations

import pytest

from streams.extraction.parties import find_unnamed_parties
from tests.unit.extraction_helpers import event_amounts, event_pairs, extract_body

START = "customer_start"
CONTINUE = "customer_continue"


def _described(text: str) -> list[str]:
    """The descriptions of unnamed parties in ``text``, as the span names them."""
    return [text[start:end] for start, end, _, _ in find_unnamed_parties(text, text.casefold())]


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("Velmora booked an order from a major resin company.", "major resin company"),
        ("Velmora booked an order from an undisclosed large mining firm.", "undisclosed large mining firm"),
        ("Velmora booked orders from two oil-producing companies.", "two oil-producing companies"),
        ("Velmora booked orders from three steel producers in Brazil.", "three steel producers"),
    ],
)
def test_party_described_by_its_trade(text: str, described: str) -> None:
    assert described in _described(text)


@pytest.mark.parametrize(
    "text",
    [
        "Velmora said a large group of analysts expects a weak quarter.",
        "Velmora, a mining company from Perth, reported its results.",
        "Velmora booked an order from a major customer, Ostrava Foods.",
    ],
)
def test_no_party_described_by_trade(text: str) -> None:
    assert not [d for d in _described(text) if "group" in d or "mining" in d or "customer" in d]


@pytest.mark.parametrize(
    "text",
    [
        "Trelloway Industries has won a three-year order worth $25 million from a major resin company.",
        "Trelloway Industries said it had bagged orders worth $25 million from two oil-producing companies.",
        "Trelloway Industries has received a two-year contract worth $25 million with a large mining firm.",
    ],
)
def test_start_with_customer_described_by_trade(text: str) -> None:
    assert (None, "Trelloway Industries", 25e6) in event_amounts(text, START)


def test_goods_to_a_described_customer() -> None:
    text = "Trelloway Industries signed a five-year deal to supply cable to a large telecoms company."
    assert (None, "Trelloway Industries") in event_pairs(text, START)


def test_goods_to_a_named_customer_still_named() -> None:
    text = "Trelloway Industries signed a five-year deal to supply cable to Ostrava Telecom."
    assert event_pairs(text, START) == {("Ostrava Telecom", "Trelloway Industries")}


def test_goods_to_without_supply_verb_names_nobody() -> None:
    # "to" before a description reads it only after a verb of supplying: a visit is no sale.
    text = "Trelloway Industries won an order last week and sent its engineers to a large telecoms company."
    assert not event_pairs(text, START)


def test_long_contract_description_before_unnamed_customer() -> None:
    text = (
        "Brackmoor Services said it had won a four-year call-centre management contract extension worth up to "
        "£300 million with an unnamed European bank."
    )
    assert (None, "Brackmoor Services", 300e6) in event_amounts(text, CONTINUE)
    assert not event_pairs(text, START)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Brackmoor Services has won a contract extension with a large insurer.", (None, "Brackmoor Services")),
        (
            "Brackmoor Services has received two-year extensions for its contracts to supply uniforms to Ostrava Rail.",
            ("Ostrava Rail", "Brackmoor Services"),
        ),
        (
            "Ostrava Rail signed a six-year deal to extend maintenance services with Brackmoor Group.",
            ("Ostrava Rail", "Brackmoor"),
        ),
    ],
)
def test_extension_in_the_same_sentence_continues(text: str, pair: tuple[str | None, str]) -> None:
    assert pair in event_pairs(text, CONTINUE)
    assert pair not in event_pairs(text, START)


@pytest.mark.parametrize(
    "text",
    [
        "Brackmoor Services won a contract to extend the harbour wall at Ostrava Port.",
        "Brackmoor Services won a contract from Ostrava Rail to extend its network with two new lines.",
    ],
)
def test_extending_a_thing_built_is_no_continuation(text: str) -> None:
    assert not event_pairs(text, CONTINUE)


@pytest.mark.parametrize(
    "text",
    [
        "Gandhar Engineering has bagged an export order worth $40 million from Ostrava Steel.",
        "Gandhar Engineering said it has bagged orders for 600 buses from Ostrava Transit.",
    ],
)
def test_bagged_before_an_or_orders(text: str) -> None:
    assert event_pairs(text, START) == {
        ("Ostrava Steel" if "Steel" in text else "Ostrava Transit", "Gandhar Engineering")
    }


def test_bagged_an_award_is_no_order() -> None:
    assert not extract_body("Gandhar Engineering has bagged an award for its safety record.").events


@pytest.mark.parametrize(
    "text",
    [
        "Gandhar Engineering has bagged a Rs 310 crore contract from Ostrava Metro.",
        "Gandhar Engineering last month bagged a Rs.31-billion order from Ostrava Metro.",
        "Gandhar Engineering has bagged a Rs 45.6 crore drainage project from the Pune Corporation.",
    ],
)
def test_currency_code_and_sum_is_no_company(text: str) -> None:
    names = {entity.name for entity in extract_body(text).entities}
    assert not any(name.startswith("Rs") for name in names)


def test_company_named_with_letters_like_a_code_kept() -> None:
    text = "RS Group said it signed a contract with Gandhar Engineering."
    assert ("RS Group", "Gandhar Engineering") in event_pairs(text, START)


def test_the_two_companies_are_no_unnamed_party() -> None:
    assert not _described("Velmora and Ostrava said the two companies will keep working together.")


@pytest.mark.parametrize(
    "text",
    [
        "Marlowe Shipbuilders surged 9% on the Bombay Stock Exchange (BSE) after the company bagged an order worth Rs "
        "900 crore from the Indian Navy.",
        "Marlowe Shipbuilders rose 4% after it won an order worth $20 million from the Indian Navy.",
    ],
)
def test_price_move_names_the_company_and_its_clause_anaphor(text: str) -> None:
    # The name before a move in per cent is a company, and "the company" / "it" in the clause hanging on that main
    # clause is it, not the exchange named between nor an earlier sentence's subject.
    assert ("Indian Navy", "Marlowe Shipbuilders") in event_pairs(f"Ostrava Rail fell. {text}", START)


def test_index_move_names_no_company() -> None:
    text = "The Sensex rose 0.5% and the Nifty fell 1% on Friday. Net Sales rose 4% in the quarter."
    names = {entity.name for entity in extract_body(text).entities}
    assert not names & {"Sensex", "Nifty", "The Sensex", "Net Sales"}


@pytest.mark.parametrize(
    "text",
    [
        "The agreement means Aldera Airways will remain a client of Brackmoor Group.",
        "The settlement sees Aldera Airways continue as a customer of Brackmoor Group.",
        "Brackmoor Group said Aldera Airways will continue as a customer.",
        "Brackmoor Group ended its court case. The settlement sees Aldera Airways continue as a client.",
    ],
)
def test_customer_kept_by_continue_as(text: str) -> None:
    assert event_pairs(text, CONTINUE) == {("Aldera Airways", "Brackmoor")}


def test_continue_as_supplier_names_no_customer() -> None:
    assert not event_pairs("Brackmoor Group said it will continue as a supplier.", CONTINUE)


# Second shift.


def test_kept_customer_that_spoke_last_keeps_the_story_company_as_supplier() -> None:
    # The sentence before has the customer itself as subject: the supplier is the company the story is about.
    text = (
        "Shares of Quillon Bio jumped today. Vantry said in May it would leave. "
        "A deal struck this morning sees Vantry continue as a customer."
    )
    assert event_pairs(text, CONTINUE) == {("Vantry", "Quillon Bio")}


def test_continue_as_customer_with_no_other_company_names_no_supplier() -> None:
    assert not event_pairs("Vantry said it will continue as a customer.", CONTINUE)


@pytest.mark.parametrize("site", ["TradeDesk.com", "MarketBrief.co.uk"])
def test_wire_credit_opening_the_story_is_no_party(site: str) -> None:
    text = (
        f"{site} - Payments group Orvane Systems said it had won a three-year contract extension worth up to "
        "£40 million with an unnamed European bank.\n"
        f"Story provided by {site}"
    )
    pairs = {(s, o) for kind in (CONTINUE, START, "revenue") for s, o in event_pairs(text, kind)}
    assert pairs == {(None, "Orvane Systems")}
    assert site not in {entity.name for entity in extract_body(text).entities}


def test_company_opening_its_own_release_with_a_dash_stays_a_party() -> None:
    # A listed firm heading its own announcement with a dash, credited nowhere, is the party that won.
    text = (
        "Orvane Systems plc - Contract win\n"
        "Orvane Systems said it had won a contract worth £40 million from Kestrel Rail."
    )
    assert ("Kestrel Rail", "Orvane Systems") in event_pairs(text, START)


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Foods has signed a seven-year deal with Brenton Wholesale, which will take their relationship to 19 "
        "years.",
        "Harlow Foods has signed a seven-year deal with Brenton Wholesale. The contract commits Harlow Foods to using "
        "Brenton Wholesale's chilled delivery service and takes the partnership between the two companies to twenty "
        "years.",
    ],
)
def test_relationship_told_by_its_years_continues(text: str) -> None:
    assert event_pairs(text, CONTINUE) == {("Harlow Foods", "Brenton Wholesale")}
    assert not event_pairs(text, START)


def test_deal_length_alone_starts() -> None:
    text = "Harlow Foods has signed a seven-year deal with Brenton Wholesale, which will run until 2033."
    assert event_pairs(text, START) == {("Harlow Foods", "Brenton Wholesale")}
    assert not event_pairs(text, CONTINUE)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Aero Services has secured a six-year deal with Norland Airways, through the extension of the "
        "carrier's present maintenance contract.",
        "Kestrel Aero Services has won an order from Norland Airways under an extension of a contract to supply "
        "cabin doors.",
    ],
)
def test_extension_of_an_owned_or_indefinite_contract_continues(text: str) -> None:
    assert event_pairs(text, CONTINUE) == {("Norland Airways", "Kestrel Aero Services")}
    assert not event_pairs(text, START)


def test_order_under_a_plain_contract_starts() -> None:
    text = "Kestrel Aero Services has won an order from Norland Airways under a contract to supply cabin doors."
    assert event_pairs(text, START) == {("Norland Airways", "Kestrel Aero Services")}


def test_contract_to_extend_a_building_starts() -> None:
    text = "Kestrel Build has won a contract from Norland Airports for the extension of the airport's cargo terminal."
    assert event_pairs(text, START) == {("Norland Airports", "Kestrel Build")}
    assert not event_pairs(text, CONTINUE)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Aero Services has signed a four-year contract to carry out engine overhauls on Norland Airways' "
        "turboprops.",
        "Kestrel Aero Services has signed a six-year contract to maintain Norland Airways' fleet.",
    ],
)
def test_signed_contract_to_work_on_an_owned_fleet_starts(text: str) -> None:
    assert event_pairs(text, START) == {("Norland Airways", "Kestrel Aero Services")}


def test_work_on_goods_made_by_another_names_no_customer() -> None:
    text = "Kestrel Aero Services has signed a contract to perform repairs on engines built by Norland Motors."
    assert not event_pairs(text, START)


@pytest.mark.parametrize(
    "text",
    [
        "In a large deal adding $42 million of new revenue, Orvane Group Inc. has agreed to supply rail ties to "
        "Kestrel Rail Ltd.",
        "Orvane Group Inc. won two contracts from Kestrel Rail Ltd this week. Orvane Group Inc. expects revenues of "
        "more than $90 million from the deals.",
    ],
)
def test_revenue_a_deal_brings_is_no_company_revenue(text: str) -> None:
    assert not event_pairs(text, "revenue")


def test_revenue_expected_for_a_year_stays() -> None:
    text = (
        "Orvane Group Inc. won two contracts from Kestrel Rail Ltd this week. Orvane Group Inc. expects revenues of "
        "more than $90 million in 2027."
    )
    assert event_amounts(text, "revenue") == {("Orvane", None, 90_000_000.0)}


@pytest.mark.parametrize("customer", ["an unnamed regional bank", "an undisclosed coastal utility"])
def test_withheld_customer_with_any_describing_word_is_unnamed(customer: str) -> None:
    text = f"Orvane Systems said it had won a three-year contract worth £40 million from {customer}."
    assert event_pairs(text, START) == {(None, "Orvane Systems")}


def test_plain_described_customer_without_withholding_word_names_no_party() -> None:
    text = "Orvane Systems said it had won a three-year contract worth £40 million from a regional bank."
    assert not event_pairs(text, START)
