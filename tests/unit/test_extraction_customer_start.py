"""New and renewed customer relations as real news words them (session 7, customer_start / customer_continue).

Each sentence is written for this file; the parties are mostly companies the knowledge base does not know,
as on the hidden set, so the sentence itself must say which side buys and which side supplies.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Expected = tuple[str, str | None, str, str]
"""(type, customer name or None when unnamed, supplier name, modality)."""


def _relations(text: str, language: str) -> list[Expected]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return [
        (
            event.type,
            event.subject.name if event.subject else None,
            event.object.name if event.object else "",
            event.modality,
        )
        for event in extraction.events
        if event.type in ("customer_start", "customer_continue")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # An unknown customer before a choice verb, an unknown supplier after it.
        ("en", "Qantor has chosen Capgemini.", ("customer_start", "Qantor", "Capgemini", "fact")),
        (
            "en",
            "Brisco Foods opted for Tarrant Logistics.",
            ("customer_start", "Brisco Foods", "Tarrant Logistics", "fact"),
        ),
        # The supplier described before its name, without a determiner ("engine maker X").
        (
            "en",
            "Delmar Airways has chosen German engine maker Rotwald to power its new jets.",
            ("customer_start", "Delmar Airways", "Rotwald", "fact"),
        ),
        # A single source behind the choice: a rumour.
        (
            "en",
            "Delmar Airways has picked Rotwald for its new jets, a person familiar with the matter said.",
            ("customer_start", "Delmar Airways", "Rotwald", "rumor"),
        ),
        # Supplier acts: "struck a deal to supply its technology to X" is a deal done, not a plan.
        (
            "en",
            "Fenwick Robotics struck a deal to supply its technology to Corran Stores.",
            ("customer_start", "Corran Stores", "Fenwick Robotics", "fact"),
        ),
        # An order from a customer the story does not name.
        (
            "en",
            "Orliq Networks bagged an order worth $40 million from a leading telecom operator.",
            ("customer_start", None, "Orliq Networks", "fact"),
        ),
        (
            "fr",
            "Le groupe Dravel a remporté un contrat de 30 millions d'euros auprès d'un grand constructeur automobile.",
            ("customer_start", None, "Dravel", "fact"),
        ),
        # The contractor extends its agreement with a ministry: the ministry is the customer.
        (
            "en",
            "Harlow, the defence contractor, said it would extend its agreement with the Ministry of Defence.",
            ("customer_continue", "Ministry of Defence", "Harlow", "fact"),
        ),
        # French conditional choice: a rumour.
        (
            "fr",
            "Le constructeur Marvane aurait choisi Dentrix, selon une source proche du dossier.",
            ("customer_start", "Marvane", "Dentrix", "rumor"),
        ),
    ],
)
def test_relation_is_read(language: str, text: str, expected: Expected) -> None:
    """The sentence gives the relation with the customer and the supplier on the right sides."""
    assert expected in _relations(text, language)


def test_a_person_chosen_is_no_supplier() -> None:
    """A board choosing a chief executive names no supplier, even with the new choice verbs."""
    text = "Norland Oil has chosen Petra Vasquez, the head of engineering group Korvel, as its new chief executive."
    assert _relations(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The supplier stays the customer's supplier: the customer in the possessive.
        (
            "en",
            "Dairy group Kelbrook will stay Farrow Stores' main supplier of milk under a new three-year deal.",
            ("customer_continue", "Farrow Stores", "Kelbrook", "fact"),
        ),
        (
            "fr",
            "Le groupe Ternel reste le principal fournisseur de la SNCF pour les freins.",
            ("customer_continue", "SNCF", "Ternel", "fact"),
        ),
        # A French choice reported by the customer, the supplier described by two adjectives.
        (
            "fr",
            "La SNCF a annoncé avoir retenu le constructeur ferroviaire espagnol Ardano pour livrer ses rames.",
            ("customer_start", "SNCF", "Ardano", "fact"),
        ),
        # The customer renews "for N more years" its supply contract with a described supplier.
        (
            "fr",
            "Le câblier danois Holmsen a annoncé avoir renouvelé pour neuf années supplémentaires son contrat "
            "d'approvisionnement en cuivre avec le groupe minier polonais Dravik.",
            ("customer_continue", "Holmsen", "Dravik", "fact"),
        ),
        # The supplier named before its product, after a determiner.
        (
            "en",
            "JetBlue has provisionally selected the Rolls-Royce Trent engine for its new jets.",
            ("customer_start", "JetBlue", "Rolls-Royce", "fact"),
        ),
    ],
)
def test_continued_or_chosen_supplier(language: str, text: str, expected: Expected) -> None:
    """Possessive customers, French reported choices and renewals, vendor-then-product objects."""
    assert expected in _relations(text, language)


def test_remaining_a_shareholder_is_no_supply() -> None:
    """A shareholder that remains one keeps no supplier: the "stays" cues need a supplier word after the owner."""
    assert _relations("Harwell Capital remains Dorset Foods' largest shareholder.", "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Halo secured a second contract with Coles.", ("customer_start", "Coles", "Halo", "fact")),
        ("en", "Airbus placed a $50 million order with Capgemini.", ("customer_start", "Airbus", "Capgemini", "fact")),
        ("en", "Capgemini added Airbus as a customer.", ("customer_start", "Airbus", "Capgemini", "fact")),
        (
            "en",
            "Capgemini has been awarded a contract extension by Airbus.",
            ("customer_continue", "Airbus", "Capgemini", "fact"),
        ),
        ("en", "Airbus remains a customer of Capgemini.", ("customer_continue", "Airbus", "Capgemini", "fact")),
        ("fr", "Airbus a passé commande auprès de Capgemini.", ("customer_start", "Airbus", "Capgemini", "fact")),
        ("fr", "Capgemini devient le fournisseur d'Airbus.", ("customer_start", "Airbus", "Capgemini", "fact")),
        ("fr", "Capgemini gagne le contrat d'Airbus.", ("customer_start", "Airbus", "Capgemini", "fact")),
    ],
)
def test_common_award_and_order_wordings(language: str, text: str, expected: Expected) -> None:
    """Vendor-side wins ("secured a contract with"), orders placed, customers added, extensions received."""
    assert expected in _relations(text, language)


@pytest.mark.parametrize(
    "text",
    ["Airbus signed a merger agreement with Capgemini.", "Acme entered into a credit agreement with Barclays."],
)
def test_merger_or_credit_agreements_make_no_customer(text: str) -> None:
    """A merger or a loan is signed like a contract but supplies nothing."""
    assert _relations(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Delta ordered 20 jets from Airbus last year.", ("customer_start", "Delta", "Airbus", "fact")),
        # "Il" opening the sentence stands for the previous sentence's company, even with an adverb before the verb.
        (
            "fr",
            "Capgemini a publié ses résultats lundi. Il a également décroché un contrat auprès de la SNCF.",
            ("customer_start", "SNCF", "Capgemini", "fact"),
        ),
        # "L'avionneur" is a description of the previous sentence's company, never a company named so.
        (
            "fr",
            "Airbus a publié ses résultats lundi. L'avionneur a prolongé de trois ans son contrat avec Capgemini.",
            ("customer_continue", "Airbus", "Capgemini", "fact"),
        ),
    ],
)
def test_orders_and_cross_sentence_subjects(language: str, text: str, expected: Expected) -> None:
    """Goods ordered from a supplier; a pronoun or a description for the story's company."""
    assert expected in _relations(text, language)


@pytest.mark.parametrize(
    "text",
    ["A federal judge ordered Acme Corp to pay $20 million.", "Acme Corp secured a $200 million loan from Barclays."],
)
def test_orders_of_courts_and_loans_make_no_customer(text: str) -> None:
    """ "ordered" needs goods and "from" a supplier; a loan secured from a bank supplies nothing."""
    assert _relations(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A relation that already exists, told in the present: customer_continue.
        ("en", "Capgemini already supplies Airbus.", ("customer_continue", "Airbus", "Capgemini", "fact")),
        ("en", "Capgemini supplies software to Airbus.", ("customer_continue", "Airbus", "Capgemini", "fact")),
        (
            "en",
            "Capgemini's customers include Airbus and Renault.",
            ("customer_continue", "Renault", "Capgemini", "fact"),
        ),
        ("en", "Airbus is a longtime customer of Capgemini.", ("customer_continue", "Airbus", "Capgemini", "fact")),
        ("fr", "Capgemini fournit des logiciels à Airbus.", ("customer_continue", "Airbus", "Capgemini", "fact")),
        ("fr", "Airbus est le premier client de Capgemini.", ("customer_continue", "Airbus", "Capgemini", "fact")),
        (
            "fr",
            "Capgemini est le fournisseur historique d'Airbus.",
            ("customer_continue", "Airbus", "Capgemini", "fact"),
        ),
    ],
)
def test_existing_relations_in_the_present(language: str, text: str, expected: Expected) -> None:
    """ "X supplies Y", "Y's customers include X", "X est le premier client de Y": the relation goes on."""
    assert expected in _relations(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Acme supplies about 40% of the world's lithium, according to Benchmark Minerals."),
        ("en", "Acme's customers include small businesses and banks."),
        ("fr", "La Russie fournit du gaz à l'Allemagne."),
    ],
)
def test_supply_without_a_named_customer(language: str, text: str) -> None:
    """A source cited after the verb, a described clientele or a country is no customer."""
    assert _relations(text, language) == []
