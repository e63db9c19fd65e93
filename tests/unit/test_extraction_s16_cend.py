"""Session 16 (cend): lost and threatened customers told by sentence structures the readers had not met.

Each reader is proved on invented sentences (other verb tense, other goods, other parties) and on near misses that
must not give the event (a supplier stopping its own sales, a person's move, a plan of another kind).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

END = "customer_end"
RISK = "customer_at_risk"


def customer_events(text: str) -> list[tuple[str, str | None, str | None]]:
    """The customer events of an English ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, "en", prefix="customer_")


def ends(text: str) -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_end event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text) if t == END]


# Verb rows read in every tense: "dropping its current provider X", "snubbed its supplier X", auditors not
# reappointed, ties cut.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mercy Health is moving its records to Epic, dropping its current provider Meditech.",
            ("Mercy Health", "Meditech"),
        ),
        ("Ryanair will reportedly stop using Honeywell brakes on its new jets.", ("Ryanair", "Honeywell")),
        (
            "Wizz Air ordered 40 engines from Rolls-Royce, snubbing its longtime supplier Pratt & Whitney.",
            ("Wizz Air", "Pratt & Whitney"),
        ),
        ("Shareholders of Carillion voted against reappointing KPMG as auditor.", ("Carillion", "KPMG")),
        ("Danone is cutting its ties with Cargill after the audit.", ("Danone", "Cargill")),
    ],
)
def test_end_verbs_in_every_tense(text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Meditech were dropping after Epic said it would enter the market.",
        "Ryanair will stop using the Phoenix hangar next year, Honeywell said.",
    ],
)
def test_end_verbs_near_misses(text: str) -> None:
    assert ends(text) == []


# "stop buying / selling / using <goods> from / made by X": the goods between the verb and the supplier.
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Walmart said it will stop selling tablets made by Amazon and Google next month.",
            [("Walmart", "Amazon"), ("Walmart", "Google")],
        ),
        ("Yum Brands stopped buying chicken from Tyson Foods in China.", [("Yum Brands", "Tyson Foods")]),
        ("Ford will stop sourcing seat fabric from Adient after the recall.", [("Ford", "Adient")]),
    ],
)
def test_stop_buying_goods_from_supplier(text: str, pairs: list[tuple[str, str]]) -> None:
    assert all(pair in ends(text) for pair in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Tyson Foods stopped selling chicken to Yum Brands in China.",
        "Ford will stop buying back shares from investors, Lear said.",
    ],
)
def test_stop_buying_goods_near_misses(text: str) -> None:
    assert ends(text) == []


# "moved its <work> from X to Y": the customer's business moved off a supplier.
def test_business_moved_from_supplier_to_rival() -> None:
    assert ("Lowe's", "McCann") in ends("Lowe's moved its media buying from McCann to OMD after a review.")


@pytest.mark.parametrize(
    "text",
    [
        "John Smith moved from Google to Meta in 2019.",
        "Siemens moved its headquarters from Munich to Berlin, Bosch said.",
    ],
)
def test_moved_from_near_misses(text: str) -> None:
    assert ends(text) == []


# "Y lost its contract to supply <goods> to X": the customer after the goods.
def test_lost_contract_to_supply_goods() -> None:
    assert ("Sainsbury's", "Greencore") in ends(
        "Greencore lost its contract to supply chilled sandwiches to Sainsbury's last year."
    )


def test_lost_contract_to_rival_is_no_customer() -> None:
    assert ("Sainsbury's", "Greencore") not in ends(
        "Greencore lost the contract to Samworth Brothers, Sainsbury's said."
    )


# "removed X from its order", "struck X off its supplier list".
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Emirates has removed Rolls-Royce from its order for A350 jets.", ("Emirates", "Rolls-Royce")),
        ("Tesco struck Premier Foods off its supplier list last week.", ("Tesco", "Premier Foods")),
    ],
)
def test_struck_from_order_or_list(text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


def test_removed_manager_is_no_supplier() -> None:
    assert ends("Emirates has removed its chief executive from the board, Rolls-Royce said.") == []


# "Z displaced X at A and at B", "Z will take over from X at A", "Z will take X's place in A's ...": each customer
# named after the incumbent ends with it and starts with the newcomer.
def test_newcomer_displaces_incumbent_at_listed_customers() -> None:
    found = customer_events("Huawei has displaced Ericsson at Orange in France and at Telefonica in Spain.")
    for customer in ("Orange", "Telefónica"):
        assert (END, customer, "Ericsson") in found
        assert ("customer_start", customer, "Huawei") in found


def test_newcomer_takes_over_from_incumbent() -> None:
    found = customer_events("Accenture will take over from Capgemini at Unilever next year.")
    assert (END, "Unilever", "Capgemini") in found
    assert ("customer_start", "Unilever", "Accenture") in found


def test_newcomer_takes_incumbents_place() -> None:
    assert (END, "Dell Technologies", "Intel") in customer_events(
        "AMD will take Intel's place in most of Dell's gaming laptops."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe took over from John Doe at Siemens last year.",
        "Apple displaced Samsung as the top smartphone vendor in 2017, according to IDC.",
        "Huawei has displaced Ericsson as the largest telecoms equipment maker.",
    ],
)
def test_displacement_near_misses(text: str) -> None:
    assert ends(text) == []


# The ending verb's relation: "wind up the authority's two contracts with X", "terminated with immediate effect its
# agreement with X", "ending 75 years with X".
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Surrey County Council will wind up the authority's three contracts with Serco next year.",
            ("Surrey County Council", "Serco"),
        ),
        ("Vodafone said it had terminated with immediate effect its 2019 agreement with Nokia.", ("Vodafone", "Nokia")),
        ("Ford has named BBDO its new creative agency, ending 75 years with Omnicom.", ("Ford", "Omnicom")),
        ("Kraft ended a 20-year relationship with Publicis last week.", ("Kraft", "Publicis")),
    ],
)
def test_relation_ended_with_manner_or_years(text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ford shares ended 2024 with a gain of 5%, Omnicom said.",
        "Vodafone said it had wound up its review of the market, Nokia said.",
    ],
)
def test_relation_ended_near_misses(text: str) -> None:
    assert ends(text) == []


# A quarrel of a customer and its supplier: at risk when a role noun or an apposition tells who buys.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "When parts maker Lear got into a pricing row with General Motors, it halted shipments.",
            ("General Motors", "Lear"),
        ),
        ("British supermarket chain Tesco ended up in a pricing row with Heineken this month.", ("Tesco", "Heineken")),
        ("Carrefour remains at loggerheads with supplier PepsiCo over prices.", ("Carrefour", "PepsiCo")),
        (
            "United Airlines is in a dispute with Rolls-Royce, the sole engine maker for its A350s.",
            ("United Airlines", "Rolls-Royce"),
        ),
    ],
)
def test_quarrel_with_a_named_role_puts_the_relation_at_risk(text: str, pair: tuple[str, str]) -> None:
    assert (RISK, *pair) in customer_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apple is in a bitter dispute with Qualcomm over royalties.",
        "Oracle clashed with SAP over a patent, Reuters said.",
    ],
)
def test_quarrel_without_a_role_is_no_customer_relation(text: str) -> None:
    assert customer_events(text) == []
