"""Session 20 (risk): a customer's tie doubted, read by clause shape rather than by one phrase.

Each reader is proved on invented sentences (companies the knowledge base does not know, another verb of the class,
another tense or voice, the parties in the other order) and on near misses that must not give the relation.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

RISK = ("customer_at_risk",)


def at_risk(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_at_risk event of ``text``."""
    return [(s, o) for _, s, o in triples(text, language, types=RISK)]


# risk_patterns._FR_CONTRACT_DOUBTED: a contract naming both sides, then a passive predicate of doubt.
@pytest.mark.parametrize(
    "text",
    [
        "Le contrat qui unit la Ville de Lorient au groupe Ventrella devrait être revu.",
        "Le contrat qui confie à Ventrella la restauration scolaire de la Ville de Lorient sera réexaminé.",
        "Le contrat confié à Ventrella par la Ville de Lorient a été suspendu en attendant l'audit.",
        "Le marché attribué à Ventrella par la Ville de Lorient sera remis en concurrence.",
        "Très contesté par l'opposition, le contrat qui lie la Ville de Lorient au groupe Ventrella pourrait être "
        "prochainement renégocié, selon l'adjointe aux finances.",
    ],
)
def test_french_contract_doubted_in_the_passive(text: str) -> None:
    assert at_risk(text, "fr") == [("Ville de Lorient", "Ventrella")]


@pytest.mark.parametrize(
    "text",
    [
        # A price revised is no doubt on the tie.
        "Le contrat de Ventrella avec la Ville de Lorient a été revu à la hausse.",
        # The takeover agreement between two firms is no customer's contract.
        "L'accord de rachat de Ventrella par Korval a été revu par les autorités de la concurrence.",
        # A contract renewed is continued, not doubted.
        "Le contrat qui unit la Ville de Lorient au groupe Ventrella a été renouvelé pour cinq ans.",
    ],
)
def test_french_contract_not_doubted(text: str) -> None:
    assert at_risk(text, "fr") == []
