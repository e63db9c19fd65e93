"""Session 18 (loss): lost and threatened customers read by clause shape and verb class, not by one phrase.

Each reader is proved on invented sentences (other tense, other goods, other parties) and on near misses that must
not give the event (a year after "from", a plain "stopped supplying", goods of no named maker, a person or a place
before the verb group).
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

END = "customer_end"
RISK = "customer_at_risk"


def customer_events(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, language, prefix="customer_")


def company_names(text: str) -> set[str]:
    """The names of every party of every event of ``text``."""
    events = extract(NewsItem(id="t", body=text, language="en")).events
    return {ref.name for event in events for ref in (event.subject, event.object) if ref is not None and ref.name}


def ends(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_end event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text, language) if t == END]


def risks(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_at_risk event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text, language) if t == RISK]


# An opening subject before "is expected / likely / set to" or before an intent verb and a row that opens on "to"
# ("proposes to end") is the customer, even when no list knows its name.
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Dravelo is expected to cut its supply ties with Nvidia by the end of the year.", "Dravelo"),
        (
            "Quorvane, which brought in a fifth of Nvidia's sales last year, is likely to cut its ties with Nvidia.",
            "Quorvane",
        ),
        ("Brenlow proposes to end a ten-year haulage contract with Nvidia.", "Brenlow"),
        ("Tallinor intends to end its maintenance agreement with Nvidia next spring.", "Tallinor"),
    ],
)
def test_opening_subject_before_an_intent_or_expectation_is_the_customer(text: str, customer: str) -> None:
    assert ends(text) == [(customer, "Nvidia")]


@pytest.mark.parametrize(
    "text",
    [
        "Paris is expected to end its contract with Nvidia.",  # a place
        "Analysts are expected to cut their estimates for Nvidia.",  # no name, no relation
        "Brenlow refused to end its contract with Nvidia.",  # no verb of intent or expectation
    ],
)
def test_no_customer_from_a_place_or_a_refusal(text: str) -> None:
    assert ends(text) == []


# A customer ridding itself of goods "from" / "made by" a maker named after them ends the relation with the maker.
@pytest.mark.parametrize(
    "text",
    [
        "Apple's next laptops will no longer contain modems from Qualcomm.",
        "Apple is replacing the graphics processors from Qualcomm in its tablets.",
        "Apple plans to phase out older radio chips made by Qualcomm.",
        "Apple dropped the power chips supplied by Qualcomm last year.",
    ],
)
def test_goods_from_a_named_maker_dropped_end_the_relation(text: str) -> None:
    assert ends(text) == [("Apple", "Qualcomm")]


@pytest.mark.parametrize(
    "text",
    [
        "Apple is replacing the graphics processors from 2019 in its tablets.",  # a year, no maker
        "Apple will no longer contain costs from rising prices, Qualcomm said.",  # no maker after "from"
        "Apple dropped the power chips from the ground up, Qualcomm said.",  # "the" names no maker
        "Apple plans to design its own modems, replacing parts it buys from Qualcomm.",  # in-house: a risk
    ],
)
def test_goods_of_no_named_maker_end_nothing(text: str) -> None:
    assert ends(text) == []


# A supplier holding back goods it ships to a customer puts the relation at risk (a quarrel's lever), not an end.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Unilever stopped shipping soaps and sauces to Tesco after the talks failed.", ("Tesco", "Unilever")),
        ("Nestle has halted deliveries of coffee capsules and cereals to Carrefour.", ("Carrefour", "Nestlé")),
        ("Unilever held back supplies of some brands from supermarket chain Tesco.", ("Tesco", "Unilever")),
    ],
)
def test_supplier_halting_goods_puts_the_customer_at_risk(text: str, pair: tuple[str, str]) -> None:
    assert risks(text) == [pair]
    assert ends(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Unilever stopped shipping soaps to stores in 2019.",  # no customer named
        "Unilever stopped shipping soaps and sauces from its plant in Leeds.",  # a place the goods leave
    ],
)
def test_halted_goods_with_no_named_customer_read_nothing(text: str) -> None:
    assert risks(text) == []


def test_a_halt_to_come_is_the_suppliers_end() -> None:
    assert customer_events("Unilever will stop supplying soaps and sauces to Tesco.") == [(END, "Tesco", "Unilever")]


# A name right after a verb that goes on with a product's figures is the product's ("cut iPhone 8 orders"): it is no
# supplier, and no company at all unless known; a name that stands alone after the verb still is one.
@pytest.mark.parametrize(
    "text",
    [
        "Apple said it had cut ZenPad 8 orders by half this year.",
        "Apple said it had cut Zephyrix 8 orders by half.",
        "The warning led analysts to cut ZenPad targets for the year.",
    ],
)
def test_a_products_figures_name_no_supplier(text: str) -> None:
    assert ends(text) == []
    assert not any(name.startswith(("ZenPad", "Zephyrix")) for name in company_names(text))


def test_a_name_alone_after_the_verb_is_still_the_supplier() -> None:
    assert ends("Apple cut Zephyrix, its modem supplier, last year.") == [("Apple", "Zephyrix")]


# A customer telling its supplier to halt what it delivers puts the relation at risk; the supplier may be a name no
# list knows, standing right after the telling verb.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Lufthansa told Airbus to halt deliveries of its A350 jets until the cabins are fixed.",
            ("Lufthansa", "Airbus"),
        ),
        (
            "Last May Walmart told Brevaro to stop immediately shipping any more lamps to its stores.",
            ("Walmart", "Brevaro"),
        ),
        ("Boeing has asked Quenthal to pause all deliveries of fuselage panels.", ("Boeing", "Quenthal")),
    ],
)
def test_customer_telling_its_supplier_to_halt_puts_it_at_risk(text: str, pair: tuple[str, str]) -> None:
    assert risks(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "The US Commerce Department told Nvidia to stop shipping chips to China.",  # goods bound for a third party
        "Walmart told Brevaro to stop using its logo.",  # no delivery halted
        "Walmart told investors to stop worrying about deliveries.",  # nobody named after the verb
    ],
)
def test_no_risk_from_an_export_ban_or_another_request(text: str) -> None:
    assert risks(text) == []
