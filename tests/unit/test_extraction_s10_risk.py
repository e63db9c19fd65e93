"""Customers at risk, round 7: classes of wording read from real stories (each with near misses left silent)."""

from __future__ import annotations

import pytest

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.cues import find_cues


def _customer_events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    events = extract(NewsItem(id="t", body=text)).events
    return [
        (e.type, e.subject.id if e.subject else None, e.object.id if e.object else None, e.modality)
        for e in events
        if e.type.startswith("customer_")
    ]


def _risks(text: str) -> list[tuple[str | None, str | None]]:
    return [(s, o) for t, s, o, _ in _customer_events(text) if t == "customer_at_risk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares in Dialog Semiconductor fell after the chipmaker said its main customer Apple would cut orders "
            "for its power chips.",
            [("apple", "dialog-semiconductor")],
        ),
        (
            "Shares of Cirrus Logic slid after the chipmaker said its biggest customer Apple would cut orders.",
            [("apple", "cirrus-logic")],
        ),
        ("Soitec fell after the group said its largest client AMD would cut orders.", [("amd", "soitec")]),
        ("Atos a indiqué que son premier client Airbus réduira sa commande.", [("airbus", "atos")]),
    ],
)
def test_customer_named_after_its_apposition_without_comma(text: str, expected: list[tuple[str, str]]) -> None:
    """ "Y said its main customer X would cut orders": X is the reported clause's subject, with or without a comma."""
    assert _risks(text) == expected


def test_customer_apposition_with_commas_still_reads() -> None:
    """The comma form read before keeps its reading."""
    assert _risks("Soitec said AMD, its largest client, would cut orders.") == [("amd", "soitec")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apple is looking to swap out Qualcomm's modem chips with its own by 2025.",
            ("customer_at_risk", "apple", "qualcomm", "plan"),
        ),
        (
            "Volvo wants to swap out Bosch's brake units with its own by 2027.",
            ("customer_at_risk", "volvo", "bosch", "plan"),
        ),
        (
            "Renault va remplacer les moteurs de Valeo par ses propres moteurs dès 2026.",
            ("customer_at_risk", "renault", "valeo", "plan"),
        ),
    ],
)
def test_goods_replaced_by_the_customers_own(text: str, expected: tuple[str, str, str, str]) -> None:
    """The maker of the goods a customer will replace with its own part is the supplier put at risk."""
    assert _customer_events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Done: the in-house part has replaced the supplier's.
        ("Tesla replaced Mobileye's vision chips with its own in 2016.", ("customer_end", "tesla", "mobileye", "fact")),
        # A plan to end stays an end, whatever replaces the supplier.
        (
            "Apple Inc plans to drop a Broadcom chip in 2025 and use an in-house design instead.",
            ("customer_end", "apple", "broadcom", "plan"),
        ),
        (
            "Apple will stop using Imagination's designs within two years.",
            ("customer_end", "apple", "imagination", "plan"),
        ),
    ],
)
def test_done_or_planned_ends_stay_ends(text: str, expected: tuple[str, str, str, str]) -> None:
    assert _customer_events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chevron to review its global media business after 16 years with Publicis.", [("chevron", "publicis")]),
        (
            "Energy giant Chevron, a longtime client of Havas, has placed its global media business in review.",
            [("chevron", "havas")],
        ),
        ("Nestle has put its creative account up for review after ten years with Publicis.", [("nestle", "publicis")]),
    ],
)
def test_account_put_in_review(text: str, expected: list[tuple[str, str]]) -> None:
    """A customer reviewing its account puts the agency that holds it at risk."""
    assert _risks(text) == expected


def test_review_of_a_strategy_is_no_risk() -> None:
    """Near miss: a review of something that is no account, contract or supplier."""
    assert _customer_events("Mondelez reviews its strategy for biscuits.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Walmart cut its purchases from Acme Foods.", [("walmart", "acme-foods")]),
        ("Acme Foods shares fell after Walmart cut its holiday orders sharply.", [("walmart", "acme-foods")]),
        ("Carrefour a réduit ses commandes de yaourts auprès de Danone.", [("carrefour", "danone")]),
        ("Lufthansa said it was rethinking its order for Boeing 777X jets.", [("lufthansa", "boeing")]),
    ],
)
def test_order_cuts_with_words_between(text: str, expected: list[tuple[str, str]]) -> None:
    """A cut of the customer's orders reads with a short gap between the verb and "orders" / "commandes"."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Fed cut interest rates.",
        "Boeing cut production of the 737 after Ryanair's order.",
        # A cancelled order is an end, never a risk read by the gap patterns.
        "China Eastern a annulé sa commande de Boeing 787.",
        # A partnership put in question may be the supplier's own doubt: no direction to read.
        "BCI Navigation remet en cause son partenariat avec EADS.",
    ],
)
def test_near_misses_of_order_cuts_stay_silent(text: str) -> None:
    assert _risks(text) == []


def test_gap_patterns_yield_at_risk_cues() -> None:
    """The patterns give cues the table cannot spell, in the frame that reads them."""
    cues = [(c.family, c.detail) for c in find_cues("walmart cut its holiday orders from acme", "en")]
    assert ("customer_at_risk", "active") in cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verizon is considering switching its network business away from Nokia.", ("verizon", "nokia", "plan")),
        (
            "Apple will source the chips for one new model from two suppliers instead of just from Dialog "
            "Semiconductor.",
            ("apple", "dialog-semiconductor", "fact"),
        ),
    ],
)
def test_switch_deliberated_or_second_supplier(text: str, expected: tuple[str, str, str]) -> None:
    """A customer weighing a move away from a supplier, or sharing its business with a second one."""
    assert [(s, o, m) for t, s, o, m in _customer_events(text) if t == "customer_at_risk"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airbus : Thai Airways menace d'annuler sa commande d'A380", [("thai-airways", "airbus")]),
        ("Boeing: Ryanair threatens to cut its order for 737 MAX jets", [("ryanair", "boeing")]),
    ],
)
def test_headline_topic_before_a_colon_is_not_the_customer(text: str, expected: list[tuple[str, str]]) -> None:
    assert _risks(text) == expected


def test_customer_apposition_with_a_description() -> None:
    """ "son principal client, la compagnie aérienne X": the description between names X the customer."""
    text = (
        "EADS a confirmé des retards pour ses avions Airbus A380, son principal client, la compagnie aérienne "
        "Emirates, pourrait remettre en cause sa commande."
    )
    assert _risks(text) == [("emirates", "airbus")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Renault, client historique de Valeo, remet en concurrence son contrat d'éclairage.", [("renault", "valeo")]),
        (
            "Le Crédit Agricole, client de longue date de Havas, a lancé un appel d'offres pour son budget média.",
            [("credit-agricole", "havas")],
        ),
        (
            "Energy giant Chevron, a longtime client of Havas, has placed its global media business in review.",
            [("chevron", "havas")],
        ),
    ],
)
def test_review_by_a_customer_whose_apposition_names_its_supplier(text: str, expected: list[tuple[str, str]]) -> None:
    """ "X, client historique de Y, remet en concurrence ...": X reviews, Y (inside X's apposition) is at risk."""
    assert _risks(text) == expected


def test_incumbent_named_with_a_description_holding_other_companies() -> None:
    """ "W, the agency formed from the merger of A and B, is the incumbent": W, not B, holds the account."""
    text = (
        "Chevron has put its media account into review. Wavemaker, the agency formed from the merger of MEC and "
        "Maxus, is the incumbent."
    )
    assert _risks(text) == [("chevron", "wavemaker")]


def test_incumbent_in_a_list_keeps_its_reading() -> None:
    """Near miss for the apposition head: a list of pitching agencies is no description."""
    assert _risks("Coca-Cola will ask Ogilvy, Havas and incumbent Publicis to pitch.") == [("coca-cola", "publicis")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford is weighing whether to drop Lear as its seat supplier.", [("ford", "lear")]),
        ("Walmart has been mulling ditching Kraft Heinz on some shelves.", [("walmart", "kraft-heinz")]),
        ("Renault envisagerait de se passer de Valeo pour ses phares.", [("renault", "valeo")]),
        ("Stellantis réfléchirait à se séparer de Forvia sur certains modèles.", [("stellantis", "forvia")]),
    ],
)
def test_removal_deliberated_is_a_risk_not_an_end(text: str, expected: list[tuple[str, str]]) -> None:
    """Weighing, mulling or considering a supplier's removal puts it at risk; nothing has ended or been decided."""
    events = _customer_events(text)
    assert [(s, o) for t, s, o, _ in events if t == "customer_at_risk"] == expected
    assert [t for t, _, _, _ in events if t == "customer_end"] == []


@pytest.mark.parametrize(
    "text",
    ["Nokia is considering replacing its chief executive.", "Airbus envisage de remplacer son directeur financier."],
)
def test_replacing_a_person_is_no_supplier_risk(text: str) -> None:
    assert _customer_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a filing on Monday, Acme Foods said Walmart is looking for alternative suppliers.", [("walmart", None)]),
        ("In a note, Barclays said Ford is looking for alternative suppliers.", [("ford", None)]),
        (
            "In a statement released after markets closed, Dialog said Apple intends to use two vendors instead of "
            "just Dialog Semiconductor.",
            [("apple", "dialog-semiconductor")],
        ),
    ],
)
def test_review_told_after_an_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "In a filing, Y said X is looking for alternative suppliers": X, right after the hidden attribution, reviews."""
    assert _risks(text) == expected


def test_review_with_an_object_before_it_names_no_customer() -> None:
    """Near miss: a company that is an object, not the subject after an attribution, is no reviewing customer."""
    assert _risks("It uses Acme, but has threatened to take its business elsewhere.") == []
