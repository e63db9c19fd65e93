"""Lost customers read by structure in real contract-loss news (session 11).

Each sentence is written for this file. They cover: a chosen supplier that takes over from an incumbent ("a retenu
B en remplacement de A", "picked B in place of A", "B, replacing A"), which ends the customer's relation with A while
"instead of" / "plutôt que" name a beaten bidder and end nothing; a loss only threatened ("could lead to the loss
of", "fears the loss of", "pourrait entraîner la perte de", "risque de perdre"), which puts the customer at risk and
never ends it; and the possessor of a nominal loss ("X's loss of its Y account"), who is the supplier, with the
client a possessed company names ("the loss of X's biggest client, Y").
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

Relation = tuple[str, str | None, str | None]
"""(type, customer name, supplier name)."""


def _relations(text: str, language: str) -> list[Relation]:
    return triples(text, language, prefix="customer_")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La SNCF a retenu Alstom en remplacement de Siemens pour l'entretien de ses rames.",
            [("customer_end", "SNCF", "Siemens"), ("customer_start", "SNCF", "Alstom")],
        ),
        (
            "fr",
            "Renault a choisi Valeo à la place de Bosch pour équiper ses phares.",
            [("customer_end", "Renault", "Bosch"), ("customer_start", "Renault", "Valeo")],
        ),
        (
            "en",
            "Ford selected Bosch in place of Valeo for the brake systems of its vans.",
            [("customer_end", "Ford", "Valeo"), ("customer_start", "Ford", "Bosch")],
        ),
        (
            "en",
            "Airbus picked Capgemini, replacing Atos, as its IT provider.",
            [("customer_end", "Airbus", "Atos"), ("customer_start", "Airbus", "Capgemini")],
        ),
    ],
)
def test_a_supplier_chosen_in_place_of_another_ends_the_incumbent(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Near misses: "instead of" and "plutôt que" name a beaten bidder, not a supplier the customer leaves.
        (
            "en",
            "Ford selected Bosch instead of Valeo for the brake systems of its vans.",
            [("customer_start", "Ford", "Bosch")],
        ),
        (
            "fr",
            "Renault a choisi Valeo plutôt que Bosch pour équiper ses phares.",
            [("customer_start", "Renault", "Valeo")],
        ),
        # The place taken is no supplier's: "à la place de la régie" names no company.
        (
            "fr",
            "La SNCF a retenu Alstom pour exploiter le réseau à la place de la régie municipale.",
            [("customer_start", "SNCF", "Alstom")],
        ),
    ],
)
def test_a_beaten_bidder_or_an_unnamed_predecessor_ends_nothing(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Plexus said the dispute could lead to the loss of its largest customer, Juniper.",
            [("customer_at_risk", "Juniper", "Plexus")],
        ),
        (
            "en",
            "The pricing row could lead to the loss of Juniper as a customer for Plexus.",
            [("customer_at_risk", "Juniper", "Plexus")],
        ),
        (
            "en",
            "Analysts fear the loss of Publicis's biggest client, Coca-Cola.",
            [("customer_at_risk", "The Coca-Cola Company", "Publicis")],
        ),
        (
            "fr",
            "Sodexo a indiqué que ce litige pourrait entraîner la perte de son principal client, Carrefour.",
            [("customer_at_risk", "Carrefour", "Sodexo")],
        ),
        (
            "fr",
            "Sodexo risque de perdre le contrat de Carrefour.",
            [("customer_at_risk", "Carrefour", "Sodexo")],
        ),
    ],
)
def test_a_loss_only_threatened_puts_the_customer_at_risk(language: str, text: str, expected: list[Relation]) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Near misses: a loss that happened, or that a cause brought about, is an end.
        (
            "en",
            "Plexus said the dispute caused the loss of its largest customer, Juniper.",
            [("customer_end", "Juniper", "Plexus")],
        ),
        ("fr", "Sodexo a perdu son principal client, Carrefour.", [("customer_end", "Carrefour", "Sodexo")]),
    ],
)
def test_a_loss_told_as_done_stays_an_end(language: str, text: str, expected: list[Relation]) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Publicis's loss of its Coca-Cola account hit its shares, Omnicom said.",
            [("customer_end", "The Coca-Cola Company", "Publicis")],
        ),
        (
            "Investors shrugged off the loss of Publicis's biggest client, Coca-Cola, as Omnicom gained.",
            [("customer_end", "The Coca-Cola Company", "Publicis")],
        ),
        (
            "Berlin Cameron's loss of its signature Coca-Cola account and the departure of M&C Saatchi's founding "
            "client British Airways show the danger of one big client.",
            [("customer_end", "British Airways", "M&C Saatchi")],
        ),
    ],
)
def test_the_possessor_of_a_loss_is_the_supplier(text: str, expected: list[Relation]) -> None:
    # In the last sentence the possessor of the first loss is not a known company: the other agency named in the
    # sentence must not stand in for it.
    assert _relations(text, "en") == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", '"It is always difficult to lose a great client," said Arnold\'s chief executive.'),
        ("en", "When you lose a big client, you cut costs first, Arnold said."),
        ("en", "Arnold is far from the only agency to lose a client after a long relationship."),
        ("fr", "Quand on perd un client, Sodexo réduit d'abord ses coûts."),
        ("fr", "Lorsqu'on perd un client, Sodexo réduit d'abord ses coûts."),
    ],
)
def test_what_losing_a_client_is_like_is_no_loss(language: str, text: str) -> None:
    assert _relations(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Near misses: a supplier telling its own loss, even as "the latest agency to lose a client".
        ("en", "Plexus lost a major client, Juniper, last month.", [("customer_end", "Juniper", "Plexus")]),
        ("fr", "Quand Sodexo perd un client, le groupe réduit ses coûts.", [("customer_end", None, "Sodexo")]),
        (
            "en",
            "Arnold said it was the latest agency to lose a client to the new rules.",
            [("customer_end", None, "Arnold")],
        ),
    ],
)
def test_a_supplier_telling_its_own_loss_is_read(language: str, text: str, expected: list[Relation]) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Capgemini replaced Atos as Airbus's IT provider.",
            [("customer_end", "Airbus", "Atos"), ("customer_start", "Airbus", "Capgemini")],
        ),
        (
            "en",
            "Capgemini will replace Atos as Airbus's main IT services provider next year.",
            [("customer_end", "Airbus", "Atos"), ("customer_start", "Airbus", "Capgemini")],
        ),
        (
            "fr",
            "Capgemini remplace Atos comme prestataire informatique d'Airbus.",
            [("customer_end", "Airbus", "Atos"), ("customer_start", "Airbus", "Capgemini")],
        ),
        # Near miss: the subject that replaces with another supplier is the customer.
        (
            "fr",
            "Airbus remplace Atos par Capgemini.",
            [("customer_end", "Airbus", "Atos"), ("customer_start", "Airbus", "Capgemini")],
        ),
    ],
)
def test_a_supplier_replacing_another_in_a_customers_role_is_its_successor(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Microsoft replaced Apple as the world's most valuable company."),
        ("en", "Capgemini replaced Atos as the leader of the French IT services market."),
        ("fr", "Keolis remplace Transdev comme premier opérateur de transport urbain de France."),
    ],
)
def test_replacing_a_company_in_a_rank_is_no_customer_event(language: str, text: str) -> None:
    assert _relations(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Plexus has received notice of termination from its biggest customer, Juniper.",
            [("customer_end", "Juniper", "Plexus")],
        ),
        (
            "en",
            "Plexus received a termination notice from Juniper, its largest customer.",
            [("customer_end", "Juniper", "Plexus")],
        ),
        ("en", "Airbus served Atos with a notice of termination on Monday.", [("customer_end", "Airbus", "Atos")]),
        (
            "fr",
            "Plexus a reçu de son principal client, Juniper, une lettre de résiliation du contrat-cadre.",
            [("customer_end", "Juniper", "Plexus")],
        ),
        (
            "fr",
            "Plexus a reçu une notification de résiliation de la part de Juniper.",
            [("customer_end", "Juniper", "Plexus")],
        ),
        ("fr", "Airbus a adressé à Atos une lettre de résiliation.", [("customer_end", "Airbus", "Atos")]),
    ],
)
def test_a_notice_of_termination_ends_with_its_sender(language: str, text: str, expected: list[Relation]) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Near misses: a notice period of the contract, sent or received by no one.
        ("en", "The contract between Airbus and Atos requires a 90-day notice of termination."),
        ("fr", "Le contrat entre Airbus et Atos prévoit un préavis de résiliation de trois mois."),
    ],
)
def test_a_notice_period_ends_nothing(language: str, text: str) -> None:
    assert _relations(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Airbus a notifié à Atos la fin du contrat.", [("customer_end", "Airbus", "Atos")]),
        (
            "fr",
            "Airbus a notifié à Atos la résiliation de son contrat de maintenance.",
            [("customer_end", "Airbus", "Atos")],
        ),
        ("en", "Airbus notified Atos of the termination of the contract.", [("customer_end", "Airbus", "Atos")]),
        # Near misses: a notified contract is a start; the end of a trial is no contract's.
        ("fr", "Airbus a notifié à Atos un contrat de maintenance.", [("customer_start", "Airbus", "Atos")]),
        ("en", "Airbus notified Atos of the end of the trial.", []),
    ],
)
def test_the_one_who_notifies_an_ending_is_the_customer(language: str, text: str, expected: list[Relation]) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Carrefour a retiré de ses rayons les produits PepsiCo. Leclerc a pris la même décision.",
            [("customer_end", "Carrefour", "PepsiCo"), ("customer_end", "Leclerc", "PepsiCo")],
        ),
        (
            "fr",
            "Carrefour cesse de vendre les produits de PepsiCo. Selon Reuters, Auchan a fait de même.",
            [("customer_end", "Auchan", "PepsiCo"), ("customer_end", "Carrefour", "PepsiCo")],
        ),
        (
            "en",
            "Walmart dropped PepsiCo products last month. Target followed suit.",
            [("customer_end", "Target", "PepsiCo"), ("customer_end", "Walmart", "PepsiCo")],
        ),
        (
            "en",
            "Walmart picked Accenture for its cloud work. Target did the same a week later.",
            [("customer_start", "Target", "Accenture"), ("customer_start", "Walmart", "Accenture")],
        ),
    ],
)
def test_a_company_doing_the_same_has_the_relation_just_told(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Near misses: no relation told before, or the one doing the same is the supplier itself.
        ("en", "Target followed suit and cut prices on Tuesday.", []),
        (
            "fr",
            "Carrefour cesse de vendre les produits de PepsiCo. PepsiCo a fait de même avec Auchan.",
            [("customer_end", "Carrefour", "PepsiCo")],
        ),
    ],
)
def test_doing_the_same_needs_a_relation_and_another_customer(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


def _revenues(text: str, language: str) -> list[tuple[str | None, float | None]]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (event.subject.name if event.subject else None, event.amount.value if event.amount else None)
        for event in extraction.events
        if event.type == "revenue"
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Sears was responsible for $600 million of Whirlpool's sales last year.", []),
        ("en", "Whirlpool said Sears is responsible for about $600 million in sales a year.", []),
        ("fr", "Carrefour représente 40 millions d'euros du chiffre d'affaires de PepsiCo en France.", []),
        # Near misses: a company's own revenue, also told by how much it weighs.
        ("en", "Whirlpool reported revenue of $21 billion in 2016.", [("Whirlpool", 21_000_000_000.0)]),
        ("fr", "Carrefour pèse 80 milliards d'euros de chiffre d'affaires.", [("Carrefour", 80_000_000_000.0)]),
    ],
)
def test_a_customers_share_of_its_suppliers_sales_is_not_its_revenue(
    language: str, text: str, expected: list[tuple[str | None, float | None]]
) -> None:
    assert _revenues(text, language) == expected


def _company_names(title: str, body: str) -> list[str]:
    extraction = extract(NewsItem(id="t", title=title, body=body, language="en"))  # type: ignore[arg-type]
    return sorted({party.name for event in extraction.events for party in (event.subject, event.object) if party})


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Why Sears Holdings Stock Is Sliding Today",
            "Sears Holdings broke off its relationship with Whirlpool over a pricing dispute.",
            ["Sears", "Whirlpool"],
        ),
        (
            "Caltrix Holdings Shares Fell Sharply",
            "Airbus ended its contract with Caltrix Holdings on Monday.",
            ["Airbus", "Caltrix"],
        ),
    ],
)
def test_a_title_case_headline_name_ends_at_its_head_noun(title: str, body: str, expected: list[str]) -> None:
    assert _company_names(title, body) == expected


def _major_ends(text: str, language: str) -> list[tuple[str | None, str | None, bool | None]]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (
            event.subject.name if event.subject else None,
            event.object.name if event.object else None,
            event.major_customer,
        )
        for event in extraction.events
        if event.type == "customer_end"
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Airbus ended its contract with Atos. At Atos, Airbus had been the largest client of the French unit.",
            [("Airbus", "Atos", True)],
        ),
        (
            "fr",
            "Airbus a mis fin à son contrat avec Atos. Chez Atos, Airbus était depuis longtemps le premier client.",
            [("Airbus", "Atos", True)],
        ),
        (
            "en",
            "Airbus ended its contract with Atos. Airbus has long been one of the biggest customers of Atos.",
            [("Airbus", "Atos", True)],
        ),
        # Near miss: the copula makes another company the major customer; the lost one is not said to be major.
        (
            "en",
            "Airbus ended its contract with Atos. At Atos, Renault remains the largest client.",
            [("Airbus", "Atos", None)],
        ),
    ],
)
def test_a_copula_names_the_major_customer_past_a_fronted_place(
    language: str, text: str, expected: list[tuple[str, str, bool | None]]
) -> None:
    assert _major_ends(text, language) == expected


def _end_values(text: str, language: str) -> list[tuple[str | None, str | None, float | None]]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (
            event.subject.name if event.subject else None,
            event.object.name if event.object else None,
            event.amount.value if event.amount else None,
        )
        for event in extraction.events
        if event.type == "customer_end"
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Sears broke off its relationship with Whirlpool. Whirlpool said Sears was responsible for about 3% of "
            "its revenue or about $600 million in sales.",
            [("Sears", "Whirlpool", 600_000_000.0)],
        ),
        (
            "en",
            "Walmart will stop using Clorox. Walmart accounted for $370 million of Clorox revenue last year.",
            [("Walmart", "Clorox", 370_000_000.0)],
        ),
        (
            "fr",
            "Carrefour a rompu avec PepsiCo. Carrefour représente 40 millions d'euros du chiffre d'affaires de PepsiCo "
            "en France.",
            [("Carrefour", "PepsiCo", 40_000_000.0)],
        ),
        # Near miss: an amount that is no part of the supplier's sales.
        (
            "en",
            "Sears broke off its relationship with Whirlpool. Sears accounted for about $600 million of the fine.",
            [("Sears", "Whirlpool", None)],
        ),
    ],
)
def test_a_customers_share_told_as_an_amount_is_its_relations_value(
    language: str, text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _end_values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chartres Métropole a retenu le groupe Transdev en remplacement de Keolis.",
            [("customer_end", "Chartres Métropole", "Keolis"), ("customer_start", "Chartres Métropole", "Transdev")],
        ),
        (
            "Dans l'Aube, Troyes Champagne Métropole a opté pour Veolia à la place de Transdev.",
            [
                ("customer_end", "Troyes Champagne Métropole", "Transdev"),
                ("customer_start", "Troyes Champagne Métropole", "Veolia"),
            ],
        ),
        # Near miss: the kind word opens the body's name; "La Métropole de Lyon" is read as before.
        ("La Métropole de Lyon a retenu Keolis.", [("customer_start", "Métropole de Lyon", "Keolis")]),
    ],
)
def test_a_french_authority_named_by_its_place_then_its_kind_is_a_customer(text: str, expected: list[Relation]) -> None:
    assert _relations(text, "fr") == expected
