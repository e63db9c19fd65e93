"""Won and lasting customer relations, second real-news pass (round 9b), as classes of wording.

Each sentence is written for this file. The classes: a country's navy or army named by its adjective in French ("la
marine espagnole", "l'armée allemande") is a public body that buys; a count of clients then some of them named ("a
300 clients, dont A, B et C", "has 300 customers, including A and B"), with "ou encore" closing a list as "and" does;
a headline's won contract with no article ("wins $300 million deal from X", "bags order from X"); a supplier that
won a customer over ("vient de séduire X"); a renewal told by the supplier ("X renewed its contract with Y") when
the story says elsewhere that X supplies Y; an infinitive after "contract to" is no receiver ("awards contract to
accelerate Navy shipbuilding").
Each class has near misses that must stay silent: a merchant navy, investors or partners counted, a financing deal or
an award won, a bid or a plan that pleased someone, a renewal with no supply told, a purpose clause after "to".
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

Event = tuple[str, str | None, str | None]
"""(type, subject name, object name)."""


def _events(text: str, language: str) -> list[Event]:
    return triples(text, language, prefix="customer_")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thales a signé un contrat de 90 millions d'euros avec la marine espagnole.",
            [("customer_start", "marine espagnole", "Thales")],
        ),
        (
            "Safran a décroché un contrat de 1,2 milliard d'euros avec la Marine allemande.",
            [("customer_start", "Marine allemande", "Safran")],
        ),
        (
            "Arquus a signé un contrat avec l'armée belge pour 300 camions.",
            [("customer_start", "armée belge", "Arquus")],
        ),
    ],
)
def test_a_national_navy_or_army_named_by_its_adjective_buys(text: str, expected: list[Event]) -> None:
    assert _events(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Naval Group a signé un contrat avec la marine marchande.",
        "Le chantier a recruté d'anciens officiers de la marine allemande pour son bureau d'études.",
    ],
)
def test_no_public_body_in_other_navies(text: str) -> None:
    assert _events(text, "fr") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Mirakl a déjà séduit 400 clients, dont Decathlon, Boulanger, ou encore Leroy Merlin.",
            [
                ("customer_continue", "Boulanger", "Mirakl"),
                ("customer_continue", "Decathlon", "Mirakl"),
                ("customer_continue", "Leroy Merlin", "Mirakl"),
            ],
        ),
        (
            "fr",
            "Mirakl travaille pour 400 clients, parmi lesquels Decathlon et Boulanger.",
            [("customer_continue", "Boulanger", "Mirakl"), ("customer_continue", "Decathlon", "Mirakl")],
        ),
        (
            "en",
            "Mirakl has 400 customers, including Decathlon, Boulanger and Leroy Merlin.",
            [
                ("customer_continue", "Boulanger", "Mirakl"),
                ("customer_continue", "Decathlon", "Mirakl"),
                ("customer_continue", "Leroy Merlin", "Mirakl"),
            ],
        ),
    ],
)
def test_a_count_of_clients_then_some_named(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mirakl has 40 investors, including Decathlon and Boulanger."),
        ("fr", "Mirakl a séduit 40 investisseurs, dont Bpifrance et Eurazeo."),
        ("en", "Mirakl has 400 customers and partners such as Decathlon."),
        ("fr", "Les clients de Decathlon, dont beaucoup utilisent Mirakl, sont satisfaits."),
    ],
)
def test_no_customers_from_other_counts(language: str, text: str) -> None:
    assert _events(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alstom wins $300 million deal from Renault", [("customer_start", "Renault", "Alstom")]),
        ("Siemens bags order from RATP for 40 trains", [("customer_start", "RATP", "Siemens")]),
        (
            "Capita snags IT outsourcing contract from Leeds City Council",
            [("customer_start", "Leeds City Council", "Capita")],
        ),
        ("Vinci secures contract from the Royal Navy", [("customer_start", "Royal Navy", "Vinci")]),
    ],
)
def test_a_headline_won_contract_without_article(text: str, expected: list[Event]) -> None:
    assert _events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme wins $50m financing deal from Barclays",
        "Acme wins award from Renault",
        "Acme bags $20m investment from Renault",
        "Acme secures $10 million from Sequoia",
    ],
)
def test_no_contract_from_other_things_won(text: str) -> None:
    assert _events(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thales vient de séduire la Marine nationale et la Royal Navy avec ses sonars.",
            [("customer_start", "Marine nationale", "Thales"), ("customer_start", "Royal Navy", "Thales")],
        ),
        ("Mirakl a séduit Carrefour avec sa place de marché.", [("customer_start", "Carrefour", "Mirakl")]),
        (
            "Thales progresse en Bourse. Après un contrat avec la marine allemande, le groupe vient de séduire la "
            "Marine nationale avec ses sonars.",
            [("customer_start", "Marine nationale", "Thales")],
        ),
    ],
)
def test_a_supplier_that_won_a_customer_over(text: str, expected: list[Event]) -> None:
    assert _events(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'offre de KKR a séduit Vivendi.",
        "Mirakl a séduit les investisseurs de Tiger Global.",
        "Le projet de Veolia a séduit les actionnaires de Suez.",
    ],
)
def test_no_customer_from_other_charms(text: str) -> None:
    assert _events(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serco renewed its contract with Acme Foods for five years. The deal keeps Serco as a supplier to Acme "
            "Foods until 2030.",
            [("customer_continue", "Acme Foods", "Serco")],
        ),
        (
            "Sodexo has extended its agreement with Brightwell. Sodexo has been a supplier to Brightwell since 2012.",
            [("customer_continue", "Brightwell", "Sodexo")],
        ),
        (
            "Elior a prolongé son contrat avec Brightwell. Elior est le fournisseur de Brightwell depuis 2012.",
            [("customer_continue", "Brightwell", "Elior")],
        ),
    ],
)
def test_a_renewal_told_by_the_supplier(text: str, expected: list[Event]) -> None:
    assert _events(text, "en" if "renewed" in text or "extended" in text else "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brightwell renewed its contract with Serco for five years. The deal keeps Serco as a supplier to "
            "Brightwell until 2030.",
            [("customer_continue", "Brightwell", "Serco")],
        ),
        ("Brightwell renewed its contract with Serco for five years.", [("customer_continue", "Brightwell", "Serco")]),
    ],
)
def test_a_renewal_keeps_its_customer_first_without_a_supply_told(text: str, expected: list[Event]) -> None:
    assert _events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pentagon awards $5 billion contract to accelerate Navy shipbuilding",
        "The ministry awarded a grant to modernise Network Rail stations.",
    ],
)
def test_no_receiver_in_a_purpose_after_to(text: str) -> None:
    assert _events(text, "en") == []


def test_a_contract_to_a_named_receiver_still_reads() -> None:
    assert _events("Pentagon awards $5 billion contract to SupplyCore", "en") == [
        ("customer_start", "Pentagon", "SupplyCore")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Six companies, Siemens, Alstom, and Bombardier, will supply parts for the Navy's new fleet.",
            [
                ("customer_start", "Navy", "Alstom"),
                ("customer_start", "Navy", "Bombardier"),
                ("customer_start", "Navy", "Siemens"),
            ],
        ),
        (
            "en",
            "Siemens and Alstom will supply trains to Vinci.",
            [("customer_start", "Vinci", "Alstom"), ("customer_start", "Vinci", "Siemens")],
        ),
        (
            "fr",
            "Thales et Safran fourniront des radars à la Marine nationale.",
            [("customer_start", "Marine nationale", "Safran"), ("customer_start", "Marine nationale", "Thales")],
        ),
    ],
)
def test_suppliers_listed_before_the_verb(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Siemens, which bought Alstom and Bombardier, will supply trains to Vinci.",
        "Siemens and its partner Alstom will supply trains to Vinci.",
    ],
)
def test_only_the_listed_supplier_supplies(text: str) -> None:
    assert _events(text, "en") == [("customer_start", "Vinci", "Siemens")]


def test_a_relative_after_the_last_listed_customer_keeps_the_list() -> None:
    text = "Thales vient de séduire la Marine nationale et la Royal Navy, qui lui confient la fourniture de drones."
    assert _events(text, "fr") == [
        ("customer_start", "Marine nationale", "Thales"),
        ("customer_start", "Royal Navy", "Thales"),
    ]


def test_a_second_clause_after_and_still_splits() -> None:
    text = "Acme dropped Renault and Airbus, which had bought a stake, said it would sue."
    assert _events(text, "en") == [("customer_end", "Acme", "Renault")]
