"""Session 25 (cstart): customer starts, continuations and risks in wordings a real-article audit found unread.

Each class is proved on invented names and sentences, with near misses that must not fire:

- the supplier keeps its contract ("Y has retained its contract to supply milk to X");
- the holder of an account under review told in the next sentence ("Y currently handles the business and has been
  asked to repitch");
- a price dispute between two bare names, one of which the story called a supplier elsewhere;
- a memorandum of understanding that buys ("signed an MoU with Y for the purchase of 40 jets").
"""

from __future__ import annotations

import pytest

from schemas.events import DealEvent
from schemas.news import NewsItem
from streams.extraction.engine import extract


def events(text: str) -> list[DealEvent]:
    """The events of ``text``."""
    item = NewsItem(id="t", body=text, language="en")  # type: ignore[call-arg]
    return extract(item).events


def triples(text: str) -> set[tuple[str, str, str]]:
    """(type, subject, object) of every event ``text`` tells, names as written."""
    return {(e.type, e.subject.name if e.subject else "", e.object.name if e.object else "") for e in events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Korvia Dairies has retained its contract to supply liquid milk to Dorvane Stores from next February.",
        "Korvia Dairies said it has retained its contract to supply fresh milk to Dorvane Stores after a tender.",
        "Korvia Dairies retained its contract with Dorvane Stores after a competitive process.",
    ],
)
def test_supplier_retains_its_contract(text: str) -> None:
    assert ("customer_continue", "Dorvane Stores", "Korvia Dairies") in triples(text)
    assert ("customer_start", "Dorvane Stores", "Korvia Dairies") not in triples(text)


def test_contract_won_is_still_a_start() -> None:
    text = "Korvia Dairies has won a contract to supply liquid milk to Dorvane Stores."
    assert ("customer_start", "Dorvane Stores", "Korvia Dairies") in triples(text)


@pytest.mark.parametrize(
    "holder",
    [
        "Dorvane currently handles the business and has been asked to repitch.",
        "Dorvane has been asked to repitch.",
        "Dorvane currently holds the account.",
    ],
)
def test_holder_of_reviewed_account_named_next(holder: str) -> None:
    text = f"The retailer Korvia is reviewing its £13 million advertising account. {holder}"
    assert ("customer_at_risk", "Korvia", "Dorvane") in triples(text)


def test_holder_without_review_is_no_risk() -> None:
    text = "Korvia opened a new store in Leeds. Dorvane currently handles the business of the Leeds store."
    assert not {t for t in triples(text) if t[0] == "customer_at_risk"}


def test_dispute_ordered_by_supplier_role_told_before() -> None:
    text = (
        "Brelmont has gone to court to force interiors supplier Tessaline to keep shipping parts. "
        "A price dispute between Brelmont and Tessaline threatens 12 assembly lines."
    )
    assert ("customer_at_risk", "Brelmont", "Tessaline") in triples(text)


def test_dispute_with_no_role_told_orders_nothing() -> None:
    text = "Brelmont sued Tessaline. A price dispute between Brelmont and Tessaline threatens 12 assembly lines."
    assert not {t for t in triples(text) if t[0].startswith("customer")}


@pytest.mark.parametrize(
    "text",
    [
        "Korvia Airways has signed a memorandum of understanding with Dorvane for the purchase of 40 jets.",
        "Korvia Airways has signed a memorandum of understanding with Dorvane to purchase 10 aircraft.",
        "Korvia Airways signed an MOU with Dorvane for 50 regional jets.",
    ],
)
def test_memorandum_that_buys_is_a_planned_start(text: str) -> None:
    found = [e for e in events(text) if e.type == "customer_start"]
    assert [(e.subject.name, e.object.name, e.modality) for e in found if e.subject and e.object] == [
        ("Korvia Airways", "Dorvane", "plan")
    ]
    assert not [e for e in events(text) if e.type == "partnership"]


def test_memorandum_by_the_maker_of_the_model_sells() -> None:
    text = "Airbus has signed a memorandum of understanding with Korvia Airways for the purchase of 40 A320neos."
    assert ("customer_start", "Korvia Airways", "Airbus") in triples(text)


def test_memorandum_to_develop_stays_a_partnership() -> None:
    text = "Korvia Airways has signed a memorandum of understanding with Dorvane to develop batteries."
    assert ("partnership", "Korvia Airways", "Dorvane") in triples(text)
    assert not {t for t in triples(text) if t[0] == "customer_start"}


def test_firm_named_with_the_after_from() -> None:
    text = "Korvia Rail has ordered seven locomotives from the Dorvane Locomotive Company, Glasgow."
    assert ("customer_start", "Korvia Rail", "Dorvane Locomotive Company") in triples(text)


def test_unit_named_with_the_after_from_is_no_party() -> None:
    text = "Korvia Rail bought spare parts from the Dorvane Mac division."
    assert not {t for t in triples(text) if t[0].startswith("customer")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Korvia has won an additional order for 16 rail cars from Dorvane.", "customer_continue"),
        ("Korvia has won another order for 16 rail cars from Dorvane.", "customer_continue"),
        ("Korvia has won an order for 16 rail cars from Dorvane.", "customer_start"),
    ],
)
def test_perfect_won_an_order(text: str, kind: str) -> None:
    assert (kind, "Dorvane", "Korvia") in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Korvia Airways announced a firm order for six A321neos, adding to its existing Airbus fleet of five A321s.",
        "Korvia Airways has placed an order for 10 ATR 72-600 turboprops. The deal represents a conversion into firm "
        "orders for 10 of the 20 options in its original order.",
    ],
)
def test_order_told_as_more_of_the_fleet_or_options_continues(text: str) -> None:
    maker = "Airbus" if "Airbus" in text else "ATR"
    assert ("customer_continue", "Korvia Airways", maker) in triples(text)


def test_firm_order_alone_starts() -> None:
    text = "Korvia Airways announced a firm order for six Airbus A321neos."
    assert ("customer_start", "Korvia Airways", "Airbus") in triples(text)


def test_supplier_supplies_a_further_count() -> None:
    assert ("customer_continue", "Korvia Rail", "Dorvane") in triples(
        "Dorvane is to supply a further six locomotives to Korvia Rail in 2014."
    )
    plain = "Dorvane is to supply six locomotives to Korvia Rail."
    assert ("customer_start", "Korvia Rail", "Dorvane") in triples(plain)


def test_later_sentence_calls_the_business_current() -> None:
    text = (
        "Korvia Dairies has won a contract to supply Dorvane stores with milk. The new contract gives Korvia Dairies "
        "the potential to increase its current business with Dorvane by a factor of 10."
    )
    assert ("customer_continue", "Dorvane", "Korvia Dairies") in triples(text)


def test_considering_leaving_out_a_supplier() -> None:
    text = (
        "Retailer Korvia is said to be considering leaving out Dorvane from its future milk supply arrangements, "
        "in favour of rival processor Brelmont."
    )
    assert ("customer_at_risk", "Korvia", "Dorvane") in triples(text)
    assert not {t for t in triples("Korvia is considering leaving out the sugar.") if t[0].startswith("customer")}


def test_lost_contracts_without_determiner_end() -> None:
    text = "Last year, Dorvane lost key contracts to supply fresh milk for Korvia and Brelmont to rival processors."
    found = triples(text)
    assert ("customer_end", "Korvia", "Dorvane") in found
    assert ("customer_end", "Brelmont", "Dorvane") in found
    assert not {t for t in found if t[0] == "customer_start" and t[2] == "Dorvane"}
