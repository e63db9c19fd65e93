"""Session 28 (cues): relations told by words no table row held, found among the relations look's misses.

Sentences are invented; each class has a near miss that must not fire.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import deal_modalities, extract_body

START = "customer_start"


def _events(body: str, kind: str) -> set[tuple[str | None, str | None, str]]:
    """(subject, object, modality) of every ``kind`` event of ``body``."""
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extract_body(body).events
        if e.type == kind
    }


# A unit named with its owner, in a sentence that tells nothing else.


def test_unit_apposed_with_its_owner_is_read_alone() -> None:
    body = "Robotaxi rides in Phoenix are run by Waymo, Alphabet's self-driving unit, the city said."
    assert deal_modalities(body) == {("acquisition", "Alphabet", "Waymo", "fact")}


def test_subsidiary_after_its_owners_possessive_is_read_alone() -> None:
    body = "Those trains are maintained by Bombardier Transportation, a Bombardier subsidiary, officials say."
    assert deal_modalities(body) == {("acquisition", "Bombardier", "Bombardier Transportation", "fact")}


def test_a_unit_of_no_named_owner_or_of_a_place_is_no_ownership() -> None:
    assert deal_modalities("Sales at the unit fell sharply last year, Siemens said, while Alstom grew.") == set()
    assert deal_modalities("Orion's Hong Kong-based subsidiary, Pan Orion, led the deal, Siemens said.") == set()


# A French win told with the definite article: « a remporté l'appel d'offres du X ».


def test_tender_won_from_a_customer_after_du() -> None:
    body = "La start-up Lunavia a remporté l'appel d'offres du CNES pour un petit lanceur réutilisable."
    assert _events(body, START) == {("CNES", "Lunavia", "fact")}


def test_contract_won_from_a_customer_after_de() -> None:
    body = "Le constructeur Kelmar Rail a décroché le marché de la RATP pour renouveler ses rames."
    assert _events(body, START) == {("RATP", "Kelmar Rail", "fact")}


def test_a_prize_won_is_no_contract() -> None:
    body = "Kelmar Rail a remporté le prix de l'innovation de la RATP cette année."
    assert _events(body, START) == set()


# A won contract, then the work it pays for and its customer.


def test_contract_won_to_build_for_a_customer() -> None:
    body = "Dorvane Space won a $350 million contract last spring to build two satellites for Brennick Telecom."
    assert _events(body, START) == {("Brennick Telecom", "Dorvane Space", "fact")}


def test_contract_retold_in_apposition_to_provide_a_customer_with() -> None:
    body = "Accenture booked a large win, a $300 million contract to provide Walmart with cloud hosting."
    assert _events(body, START) == {("Walmart", "Accenture", "fact")}


def test_french_contract_won_to_supply_a_customer() -> None:
    body = "Thales a obtenu un marché de 90 millions d'euros pour fournir des radars à Airbus."
    assert _events(body, START) == {("Airbus", "Thales", "fact")}


def test_contract_given_by_the_customer_makes_it_no_supplier() -> None:
    assert _events("Boeing awarded a contract to build two satellites for Intelsat.", START) == set()
