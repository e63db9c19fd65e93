"""Round 14 (session 17), customer starts and continuations: general readers of a clause shape, not of a phrase.

Every sentence here is invented; each group has positives and near misses that must not give the relation.
"""

from __future__ import annotations

import pytest

from schemas.events import DealEvent
from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples


def extract_events(text: str, lang: str) -> list[DealEvent]:
    """The customer events of ``text``."""
    item = NewsItem(id="t", body=text, language=lang)  # type: ignore[arg-type]
    return [e for e in extract(item).events if e.type.startswith("customer")]


# An order told as a noun, the seller after "à / auprès de / with": the customer is the noun's owner, the subject of
# a buyer's verb carrying it, or the company the noun phrase names after "par / de".


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Renault a validé lundi une commande de douze robots supplémentaires à ABB.",
            "fr",
            ("customer_start", "Renault", "ABB"),
        ),
        (
            "Danone a confirmé en mars sa commande de 40 camions et 12 remorques auprès de Volvo.",
            "fr",
            ("customer_start", "Danone", "Volvo"),
        ),
        (
            "Le groupe Lufthansa a signé sa méga-commande auprès d'Airbus, qui porte sur 60 appareils.",
            "fr",
            ("customer_start", "Lufthansa", "Airbus"),
        ),
        (
            "Retardée par un recours, la commande de 80 tramways de la RATP à Alstom a été validée.",
            "fr",
            ("customer_start", "RATP", "Alstom"),
        ),
        (
            "Le tribunal a suspendu la commande de 50 bus passée par la RATP à Iveco.",
            "fr",
            ("customer_start", "RATP", "Iveco"),
        ),
        (
            "Les 30 avions commandés en mai par Air France à Boeing seront livrés en 2026.",
            "fr",
            ("customer_start", "Air France", "Boeing"),
        ),
        ("In 2019, Qantas placed orders with Airbus for 36 A321XLRs.", "en", ("customer_start", "Qantas", "Airbus")),
        (
            "Delta Air Lines turned twelve options into firm orders with Boeing for 737 MAX 10s.",
            "en",
            ("customer_start", "Delta Air Lines", "Boeing"),
        ),
    ],
)
def test_order_noun_with_seller_starts_the_relation(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang, prefix="customer_start")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The seller's side, an order finalised by its maker: the company after the preposition is no seller.
        ("Airbus a finalisé une commande de 100 avions auprès de Qantas.", "fr"),
        # An order nobody owns: the subject only talks about it.
        ("Renault s'interroge sur une commande de robots à ABB.", "fr"),
        ("Ryanair is in talks about an order with Boeing.", "en"),
        # A company bought from a seller is a deal, not goods ("l'achat de" needs goods by the number).
        ("Renault a finalisé l'achat de la filiale de Volvo à ABB.", "fr"),
        # The subject changes its own order: a cut is a risk, never a start.
        ("Renault veut réduire de moitié sa commande de robots auprès d'ABB.", "fr"),
        ("Qantas said it would cut its order with Airbus by ten jets.", "en"),
        # A price, not a seller, after "à".
        ("Renault a passé une commande de 40 robots à 2 millions d'euros pièce.", "fr"),
    ],
)
def test_order_noun_near_misses_start_nothing(text: str, lang: str) -> None:
    assert triples(text, lang, prefix="customer_start") == []


def test_order_won_by_its_seller_is_not_reversed() -> None:
    # The supplier won the order: the company after "with" buys, never sells.
    found = triples("Boeing won a large order with Qantas on Monday.", "en", prefix="customer_start")
    assert ("customer_start", "Boeing", "Qantas") not in found


# A customer's share of its supplier's sales, told by a French share verb ("pèse", "représente") or with the
# supplier after "de" / "at": a standing relation of the verb's subject, or of each company listed as its subject.


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Renault représente 18 % des ventes de Valeo.", "fr", [("customer_continue", "Renault", "Valeo")]),
        (
            "Apple ne pesait que 24 % des ventes de STMicroelectronics en 2020.",
            "fr",
            [("customer_continue", "Apple", "STMicroelectronics")],
        ),
        (
            "Renault et PSA ne représentent plus que 18 % des ventes de première monte de Valeo.",
            "fr",
            [("customer_continue", "PSA", "Valeo"), ("customer_continue", "Renault", "Valeo")],
        ),
        (
            "Analysts think Apple accounts for about 40% of revenue at Skyworks Solutions.",
            "en",
            [("customer_continue", "Apple", "Skyworks Solutions")],
        ),
    ],
)
def test_share_of_sales_verb_is_standing_relation(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, lang, prefix="customer") == expected


def test_restrictive_ne_plus_que_is_no_denial() -> None:
    found = extract_events("Renault ne représente plus que 18 % des ventes de Valeo.", "fr")
    assert [(e.type, e.modality) for e in found] == [("customer_continue", "fact")]
    found = extract_events("Renault ne représente plus 18 % des ventes de Valeo.", "fr")
    assert [(e.type, e.modality) for e in found] == [("customer_continue", "denied")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A market share, not a share of a supplier's sales.
        ("Renault représente 18 % du marché français.", "fr"),
        # A company named before another clause is no subject of the share verb.
        ("Renault a indiqué que ses ventes représentent 18 % du chiffre d'affaires de Valeo.", "fr"),
        # A share below a tenth is no major customer.
        ("Renault représente 4 % des ventes de Valeo.", "fr"),
    ],
)
def test_share_near_misses_state_no_relation(text: str, lang: str) -> None:
    assert triples(text, lang, prefix="customer_continue") == []


# A supplier's work for what a customer owns: the customer after "of", with a possessive, or qualifying a noun.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Infineon will keep supplying chips for older Tesla models.",
            ("customer_continue", "Tesla", "Infineon Technologies"),
        ),
        ("Sony will go on supplying image sensors for Apple's new iPhones.", ("customer_continue", "Apple", "Sony")),
        (
            "Bosch already makes brakes for the new electric range of Renault.",
            ("customer_continue", "Renault", "Bosch"),
        ),
    ],
)
def test_supply_for_what_the_customer_owns(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text, "en", prefix="customer") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A name followed by a verb is the subject of another clause, not the owner of the goods' destination.
        "Bosch already makes brakes for cars that Renault sells.",
        # Too far, past a clause: no owner.
        "Bosch already makes brakes for cars, Renault said.",
    ],
)
def test_supply_destination_near_misses(text: str) -> None:
    assert ("customer_continue", "Renault", "Bosch") not in triples(text, "en", prefix="customer")


# An appointing verb hires a supplier when the company takes a supplier's role, with or without "as", and the role
# may be described by several words.


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Nestlé has appointed Publicis as media planning and buying agency for its coffee brands.",
            "en",
            ("customer_start", "Nestlé", "Publicis"),
        ),
        (
            "Orsted has named Vestas preferred supplier for its next offshore wind farm.",
            "en",
            ("customer_start", "Ørsted", "Vestas Wind Systems"),
        ),
        ("Renault a désigné Valeo fournisseur exclusif de ses phares.", "fr", ("customer_start", "Renault", "Valeo")),
    ],
)
def test_appointed_in_a_supplier_role(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang, prefix="customer_start")


@pytest.mark.parametrize(
    "text",
    [
        "Ford named Bosch supplier of the year.",
        "Ford named Bosch chief Jane Doe as its new finance director.",
        "Ford has appointed Bosch veteran Jane Doe as head of purchasing.",
    ],
)
def test_appointed_near_misses_hire_no_supplier(text: str) -> None:
    assert triples(text, "en", prefix="customer_start") == []


# Goods bought by the number may be "units" when described ("electric multiple units" are trains); a bare count of
# units is a company's business units, a deal.


def test_described_units_are_goods() -> None:
    text = "The transport authority VMS has bought 29 electric multiple units from Alstom."
    assert ("customer_start", "VMS", "Alstom") in triples(text, "en", prefix="customer_start")


@pytest.mark.parametrize("text", ["Siemens bought two units from Alstom.", "Siemens bought the unit from Alstom."])
def test_bare_units_bought_are_no_goods(text: str) -> None:
    assert triples(text, "en", prefix="customer_start") == []
