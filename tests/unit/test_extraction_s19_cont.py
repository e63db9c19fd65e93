"""Session 19 (cont): relations that go on, told without a relation verb.

Each reader is proved on invented sentences (other parties, French as well as English) and on near misses that must
not give the continuation (a share of a market, a product's share, a unit with no company before it, a forecast).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

CONTINUE = "customer_continue"


def continued(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_continue event of ``text``."""
    return [(s, o) for t, s, o in triples(text, language, prefix="customer_") if t == CONTINUE]


# cont_sales_share: a customer told as a share of its supplier's sales.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Last year Airbus accounted for 35% of Safran's revenue.", "en",
         [("Airbus", "Safran")]),
        ("Analysts say Samsung makes up about a quarter of sales at Lam Research.", "en",
         [("Samsung Electronics", "Lam Research")]),
        ("The loss would hurt Nvidia, since Microsoft currently brings in 12 per cent of the chipmaker's revenue.",
         "en", [("Microsoft", "Nvidia")]),
        ("Renault and Stellantis together make up 40% of Valeo's sales.", "en",
         [("Renault", "Valeo"), ("Stellantis", "Valeo")]),
        ("Qorvo gets about 30% of its revenue from Apple.", "en", [("Apple", "Qorvo")]),
        ("Faurecia's filing lists sales to Renault and Volkswagen, which together made up 30% of revenue.", "en",
         [("Renault", "Forvia"), ("Volkswagen", "Forvia")]),
        ("Renault ne pesait que 12 % des ventes de Valeo en 2021.", "fr", [("Renault", "Valeo")]),
        ("Valeo réalise 18 % de son chiffre d'affaires avec Stellantis.", "fr", [("Stellantis", "Valeo")]),
        ("La part de Renault dans le chiffre d'affaires de Valeo a reculé, à 11 % en 2022.", "fr",
         [("Renault", "Valeo")]),
        ("Pegatron, an assembler of laptops, relies on Dell for more than a third of its sales.", "en",
         [("Dell Technologies", "Pegatron")]),
        ("Valeo dépend de Renault pour 20 % de son chiffre d'affaires.", "fr", [("Renault", "Valeo")]),
    ],
)  # fmt: skip
def test_a_customer_told_as_a_share_of_its_supplier_sales(
    text: str, language: str, pairs: list[tuple[str, str]]
) -> None:
    assert sorted(continued(text, language)) == sorted(pairs)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A share of a market, not of a company's sales.
        ("Huawei, Nokia and Ericsson together account for 80% of sales to operators, Dell'Oro said.", "en"),
        ("Sur les réseaux 5G, Nokia ne pèse que 18 % du marché, loin derrière Ericsson.", "fr"),
        # A product or a programme, not a company, makes up the share.
        ("Apple's iPhone made up 34% of US smartphone sales, with Samsung close behind.", "en"),
        ("Military programmes made up 22% of the revenue of Boeing, behind Lockheed Martin.", "en"),
        # A forecast, not a standing fact.
        ("Airbus could account for 35% of Safran's revenue next year.", "en"),
        # Depending on a supplier for goods, not on a customer for sales.
        ("Valeo dépend de Renault pour ses moteurs.", "fr"),
        # A share below a tenth of the supplier's sales is a passing figure.
        ("The loss would hurt Nvidia, since Microsoft brings in 5 per cent of the chipmaker's revenue.", "en"),
        # A state's share of a capital, not of sales.
        ("La part de Bpifrance dans le capital de Valeo a reculé.", "fr"),
    ],
)  # fmt: skip
def test_a_share_that_names_no_customer_is_no_continuation(text: str, language: str) -> None:
    assert continued(text, language) == []


def test_a_reliance_for_goods_keeps_the_relier_as_customer() -> None:
    assert continued("Pegatron relies on Intel for most of its processors.") == [("Pegatron", "Intel")]


# rules._RELATION_WITH: a renewal verb, a length and a price, then the customer's contract with (or of) its supplier.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Carrefour a reconduit pour trois ans et 20 millions d'euros son contrat avec Sodexo.", "fr",
         ("Carrefour", "Sodexo")),
        ("Tesco has extended for five years and $20 million its contract with Wincanton.", "en",
         ("Tesco", "Wincanton")),
        ("Carrefour a finalement reconduit pour trois ans le contrat de Sodexo.", "fr", ("Carrefour", "Sodexo")),
    ],
)  # fmt: skip
def test_a_renewal_told_with_its_length_and_price_continues(text: str, language: str, pair: tuple[str, str]) -> None:
    assert continued(text, language) == [pair]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The supplier keeps a city's contract: the city is no supplier of the renewer.
        ("Suez a renouvelé le contrat de la ville de Rouen.", "fr"),
        # A person's contract, no company's.
        ("Carrefour a reconduit le contrat de son directeur financier.", "fr"),
    ],
)  # fmt: skip
def test_a_contract_of_a_public_body_or_a_person_names_no_supplier(text: str, language: str) -> None:
    assert continued(text, language) == []


def test_supplies_as_a_noun_names_no_customer() -> None:
    """Read "securing supplies from 2022, Electrek reported" as the noun: the teller after it buys nothing."""
    text = "Tesla signed a battery cell agreement with CATL, securing supplies from 2022 to 2025, Electrek reported."
    assert ("Electrek", "Tesla") not in continued(text)
    assert ("Tesla", "Electrek") not in continued(text)
    assert continued("Panasonic supplies Tesla with battery cells.") == [("Tesla", "Panasonic")]


# relation_patterns: a customer staying with its supplier, keeping it in its role, or keeping its trust in it.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Carrefour is sticking with Danone, unlike rivals that walked away.", "en", ("Carrefour", "Danone")),
        ("Airbus has stuck with Safran despite the delays.", "en", ("Airbus", "Safran")),
        ("After the review, Ryanair decided to stay with Boeing.", "en", ("Ryanair", "Boeing")),
        ("Airbus has kept Safran as its engine supplier.", "en", ("Airbus", "Safran")),
        ("Inmarsat garde toutefois sa confiance à SpaceX pour lancer son satellite.", "fr", ("Inmarsat", "SpaceX")),
        ("Ryanair maintient sa confiance à Boeing.", "fr", ("Ryanair", "Boeing")),
    ],
)  # fmt: skip
def test_a_customer_staying_with_its_supplier_continues(text: str, language: str, pair: tuple[str, str]) -> None:
    assert continued(text, language) == [pair]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A person staying with a company is no customer.
        ("John Smith has stayed with Safran for twenty years.", "en"),
        # A burden, not a supplier.
        ("Airbus was stuck with Safran's repair bill.", "en"),
        # An adviser kept for a deal, and a supplier kept in no role of its own.
        ("Airbus retained Lazard as its adviser on the sale.", "en"),
        ("Airbus kept Safran as a reserve supplier.", "en"),
        # Trust withdrawn.
        ("Inmarsat ne garde pas sa confiance à SpaceX.", "fr"),
    ],
)  # fmt: skip
def test_staying_words_that_keep_no_supplier(text: str, language: str) -> None:
    assert continued(text, language) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hitachi has long supplied signalling systems to Network Rail.", ("Network Rail", "Hitachi")),
        ("Safran has previously supplied landing gear to Airbus.", ("Airbus", "Safran")),
    ],
)
def test_a_supply_told_in_the_present_perfect_with_an_adverb_continues(text: str, pair: tuple[str, str]) -> None:
    assert continued(text) == [pair]


def test_a_supply_of_no_goods_to_no_customer_is_none() -> None:
    assert continued("Hitachi has long supplied analysts with optimistic forecasts.") == []
