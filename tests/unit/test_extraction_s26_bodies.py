"""Session 26 (bodies): public bodies as customers when a story names them bare — a city as the subject or the buying
side of a contract, « l'Agglo », « la Métropole », a port authority, the Treasury, a place's transport authority.

The sentences are written for these tests; each asserts the event, both parties and the customer's kind.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import extract_body


def _customers(body: str, kind: str) -> set[tuple[str | None, str | None, str | None]]:
    """(customer, supplier, customer's kind) of every ``kind`` event of ``body``."""
    return {
        (
            e.subject.name if e.subject else None,
            e.object.name if e.object else None,
            e.subject.kind if e.subject else None,
        )
        for e in extract_body(body).events
        if e.type == kind
    }


def test_a_bare_city_ending_its_contract_is_a_public_body_customer() -> None:
    body = "Montpellier a résilié le contrat de Saur pour la distribution de l'eau potable."
    assert ("Montpellier", "Saur", "public_body") in _customers(body, "customer_end")
    body = "Nantes met fin à son contrat avec Saur pour le traitement des eaux usées."
    assert ("Nantes", "Saur", "public_body") in _customers(body, "customer_end")


def test_a_bare_city_renewing_in_english_is_a_public_body_customer() -> None:
    body = "Houston renewed its contract with Waste Management for another five years."
    assert ("Houston", "Waste Management", "public_body") in _customers(body, "customer_continue")


def test_a_city_on_the_buying_side_of_a_contract() -> None:
    body = "Saur a perdu son contrat avec Toulouse après douze ans d'exploitation."
    assert ("Toulouse", "Saur", "public_body") in _customers(body, "customer_end")
    body = "Keolis a été choisi par Bordeaux pour exploiter son réseau de tramway."
    assert ("Bordeaux", "Keolis", "public_body") in _customers(body, "customer_start")


def test_a_city_as_a_place_stays_a_place() -> None:
    extraction = extract_body("À Toulouse, Saur a inauguré une usine. Lille-based Ferrodyn signed a deal with Saur.")
    assert not any(
        party.kind == "public_body"
        for event in extraction.events
        for party in (event.subject, event.object)
        if party is not None
    )


def test_the_agglo_and_the_metropole_told_bare() -> None:
    body = "L'Agglo a renouvelé son contrat avec Transdev pour le réseau de bus."
    assert ("Agglo", "Transdev", "public_body") in _customers(body, "customer_continue")
    body = "La Métropole a attribué le marché de la collecte des déchets à Suez."
    assert ("Métropole", "Suez", "public_body") in _customers(body, "customer_start")


def test_a_port_authority_the_treasury_and_a_transport_authority() -> None:
    body = "Le port autonome de Kribi a mis fin au contrat de Bolloré."
    assert ("port autonome de Kribi", "Bolloré", "public_body") in _customers(body, "customer_end")
    body = "The Treasury awarded Accenture a $30 million contract to modernise its payments systems."
    assert ("Treasury", "Accenture", "public_body") in _customers(body, "customer_start")
    body = "Transport for Greater Manchester renewed its contract with Serco."
    assert ("Transport for Greater Manchester", "Serco", "public_body") in _customers(body, "customer_continue")


def test_a_city_transit_company_is_a_public_body() -> None:
    body = "La Société de transport de Laval a commandé 40 autobus électriques à Nova Bus."
    assert ("Société de transport de Laval", "Nova Bus", "public_body") in _customers(body, "customer_start")
