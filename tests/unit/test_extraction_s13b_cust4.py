"""Session 13b (cust4): customer relationships told by structures shared across reporters.

Each structure is proved on invented paraphrases (another verb, passive, French twin) and on near misses that must
not give the event (a safety recall, a maker pulling its own goods, goods with no maker named).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

RISK = "customer_at_risk"


def customers(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family as well."""
    return triples(text, language, prefix="customer_")


# A retailer takes a maker's goods off its shelves, the maker named as a modifier of the goods ("Nestlé products",
# "produits Nestlé"), actively (retailer, goods, maker) or passively (maker's goods, withdrawn from the retailer).
@pytest.mark.parametrize(
    ("text", "language", "customer", "supplier"),
    [
        ("Colruyt retire plusieurs produits Nestlé de ses rayons.", "fr", "Colruyt", "Nestlé"),
        ("Carrefour bannit les produits PepsiCo en raison de prix jugés trop élevés.", "fr", "Carrefour", "PepsiCo"),
        ("Tesco has pulled Unilever products from its shelves in a pricing row.", "en", "Tesco", "Unilever"),
        (
            "Une vingtaine de produits Nestlé ont été retirés des rayons des magasins Carrefour cette semaine.",
            "fr",
            "Carrefour",
            "Nestlé",
        ),
        ("Les produits de la marque Danone seront retirés des rayons de Carrefour.", "fr", "Carrefour", "Danone"),
        ("Plusieurs références Danone ont disparu des magasins Carrefour.", "fr", "Carrefour", "Danone"),
        ("Des produits Danone ont été retirés cette semaine des rayons de Carrefour.", "fr", "Carrefour", "Danone"),
        ("Unilever products have been removed from Tesco shelves.", "en", "Tesco", "Unilever"),
        ("Some Nestle brands were taken off the shelves at Carrefour.", "en", "Carrefour", "Nestlé"),
    ],
)
def test_goods_of_a_named_maker_taken_off_a_retailers_shelves(
    text: str, language: str, customer: str, supplier: str
) -> None:
    assert customers(text, language) == [(RISK, customer, supplier)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a safety recall: no quarrel between retailer and maker
        ("Carrefour has pulled Unilever products from its shelves after a contamination scare.", "en"),
        ("Nestle said the recalled products were removed from the shelves of Carrefour.", "en"),
        ("Lactalis a annoncé que les produits rappelés ont été retirés des rayons de Carrefour.", "fr"),
        # the retailer's own act, goods of no named maker in the object ("des lots de ... contaminés")
        ("Carrefour a retiré des rayons des lots de fromage Lactalis contaminés.", "fr"),
        # a maker withdrawing its own goods, no retailer
        ("Lactalis a retiré plusieurs produits de ses rayons après une alerte sanitaire.", "fr"),
        # a company, not goods, taken off the shelves
        ("Tesco removed Unilever, its former owner, from the shelves.", "en"),
    ],
)
def test_shelf_withdrawals_that_put_no_customer_at_risk(text: str, language: str) -> None:
    assert customers(text, language) == []


# A sentence that opens on a subject pronoun ("Earlier this year it won ...") names no subject of its own: a pronoun
# in the next sentence stands for the company named before both, never for the first pronoun sentence's object.
@pytest.mark.parametrize(
    ("text", "language", "event"),
    [
        (
            "Acme Corp lost a contract with Sainsbury's. Last year it won an order from BA. It also supplies Asda.",
            "en",
            ("customer_continue", "Asda", "Acme"),
        ),
        (
            "Acme Corp supplies Tesco. In 2020 it added BA as a client. It also sells its coffee to Asda.",
            "en",
            ("customer_continue", "Asda", "Acme"),
        ),
        (
            "Acme Corp a perdu son contrat avec Carrefour. L'an dernier, elle a décroché une commande d'Airbus. "
            "Elle fournit aussi Renault.",
            "fr",
            ("customer_continue", "Renault", "Acme"),
        ),
    ],
)
def test_a_pronoun_after_a_pronoun_sentence_means_the_earlier_subject(
    text: str, language: str, event: tuple[str, str, str]
) -> None:
    found = customers(text, language)
    assert event in found
    assert not any(kind == "customer_continue" and supplier in ("BA", "Airbus") for kind, _, supplier in found)


def test_a_pronoun_inside_a_clause_leaves_the_sentence_its_own_subject() -> None:
    # "when it signed" is no opening pronoun: Tesco, the sentence's subject, is what the next "It" stands for.
    text = (
        "Acme Corp lost a contract with Sainsbury's. Tesco was valued last year, when it signed with BA. "
        "It also supplies Asda."
    )
    assert ("customer_continue", "Asda", "Tesco") in customers(text)


# A supplier loses a contract told by what it supplies ("the contract to supply X with tea") or an account told with
# its adjective after the noun ("le budget média de X"): the customer after is lost, not gained.
@pytest.mark.parametrize(
    ("text", "language", "customer", "supplier"),
    [
        ("Acme Corp has lost a contract to supply milk to Tesco.", "en", "Tesco", "Acme"),
        ("Acme Corp lost its contract to supply Tesco with milk.", "en", "Tesco", "Acme"),
        ("Acme Corp has lost the deal to provide IT services for Tesco.", "en", "Tesco", "Acme"),
        ("Havas a perdu le budget média de Renault.", "fr", "Renault", "Havas"),
        ("Havas a perdu le budget publicitaire de Renault.", "fr", "Renault", "Havas"),
    ],
)
def test_a_lost_contract_told_by_what_it_supplies(text: str, language: str, customer: str, supplier: str) -> None:
    assert customers(text, language) == [("customer_end", customer, supplier)]


@pytest.mark.parametrize(
    "text",
    [
        # a contract missed or taken away names no new customer, and no lost one the reader can check
        "Acme Corp failed to win the contract to supply Tesco.",
        "Acme Corp has been stripped of its contract to supply Tesco.",
        # the customer described, not named
        "Acme Corp has lost the contract to supply the retailer with tea.",
    ],
)
def test_a_missed_contract_to_supply_is_no_new_customer(text: str) -> None:
    assert not any(kind == "customer_start" for kind, _, _ in customers(text))


# "X awarded Y a ...": a contract makes Y a supplier, a grant, a loan or a prize does not.
@pytest.mark.parametrize(
    "text",
    [
        "US National Institutes of Health awarded Acme Corp a $1.5m grant in August.",
        "The Department of Energy has awarded Acme Corp a $50m loan.",
        "Siemens awarded Acme Corp its supplier of the year prize.",
    ],
)
def test_an_award_of_support_or_honour_is_no_contract(text: str) -> None:
    assert customers(text) == []


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("The US Army awarded Acme Corp a $1bn contract.", "US Army"),
        (
            "Network Rail has awarded Acme Corp a contract to upgrade signalling, worth more than the grant it won.",
            "Network Rail",
        ),
    ],
)
def test_an_awarded_contract_still_makes_a_customer(text: str, customer: str) -> None:
    assert customers(text) == [("customer_start", customer, "Acme")]


# "X counts Y among its suppliers": the role noun after the company counted says who buys; "among its customers"
# keeps the other direction. An adverb may stand before the company counted.
@pytest.mark.parametrize(
    ("text", "language", "event"),
    [
        ("Orange compte également Ericsson parmi ses fournisseurs.", "fr", ("customer_continue", "Orange", "Ericsson")),
        ("Orange counts Ericsson among its suppliers.", "en", ("customer_continue", "Orange", "Ericsson")),
        (
            "Renault compte aussi Valeo parmi ses principaux fournisseurs.",
            "fr",
            ("customer_continue", "Renault", "Valeo"),
        ),
        ("Acme Corp counts Renault among its customers.", "en", ("customer_continue", "Renault", "Acme")),
        ("Acme Corp compte également Renault parmi ses clients.", "fr", ("customer_continue", "Renault", "Acme")),
    ],
)
def test_a_company_counted_among_the_subjects_suppliers(text: str, language: str, event: tuple[str, str, str]) -> None:
    assert customers(text, language) == [event]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Orange compte également Ericsson parmi ses concurrents.", "fr"),
        ("Orange counts Ericsson among its rivals.", "en"),
    ],
)
def test_a_company_counted_among_rivals_is_no_supplier(text: str, language: str) -> None:
    assert customers(text, language) == []
