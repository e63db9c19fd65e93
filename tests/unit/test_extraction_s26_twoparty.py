"""Session 26 (twoparty): a contract both parties signed together, oriented by what the rest of the story says.

Sentences are invented; each class has a near miss that must not fire.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import extract_body


def _starts(body: str) -> set[tuple[str | None, str | None, str]]:
    """(customer, supplier, modality) of every customer_start event of ``body``."""
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extract_body(body).events
        if e.type == "customer_start"
    }


# Both parties before the verb: the one a later sentence says does the work is the supplier.


def test_joint_signature_oriented_by_the_work_told_next() -> None:
    body = (
        "Korvia Rail and Dorvane Transit have signed a nine-year contract for the upkeep of 30 trams. "
        "Dorvane Transit will maintain the fleet at its Leeds depot."
    )
    assert _starts(body) == {("Korvia Rail", "Dorvane Transit", "fact")}


def test_joint_signature_oriented_when_the_first_party_does_the_work() -> None:
    body = (
        "Air France et Alstom ont signé un contrat de six ans pour ses rames. "
        "Alstom assurera l'entretien des trains dans ses ateliers."
    )
    assert _starts(body) == {("Air France", "Alstom", "fact")}


def test_joint_signature_without_direction_reads_nothing() -> None:
    body = "Korvia Rail and Dorvane Transit have signed a nine-year contract for the upkeep of 30 trams."
    assert _starts(body) == set()


def test_joint_merger_agreement_is_no_customer() -> None:
    body = (
        "Korvia Rail and Dorvane Transit have signed a merger agreement. "
        "Dorvane Transit will operate the combined network."
    )
    assert _starts(body) == set()


# A contract signed "between / entre" two parties: a consortium is the side that supplies.


def test_contract_signed_between_a_body_and_a_consortium() -> None:
    body = "Un contrat de 900 millions d'euros a été signé entre la STM et le consortium Alstom pour 40 rames."
    assert _starts(body) == {("STM", "Alstom", "fact")}


def test_contract_signed_between_two_firms_without_roles_reads_nothing() -> None:
    body = "Un contrat de 900 millions d'euros a été signé entre Air France et Alstom."
    assert _starts(body) == set()
