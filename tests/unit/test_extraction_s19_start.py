"""Session 19 (start): new customer relations, and false starts kept out.

Each rule is proved on invented sentences (other goods, other parties, other language) and on near misses that
must not give the event (a decision that picks no supplier, a relation already running, a wrong party).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

START = "customer_start"


def customer_events(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, language, prefix="customer_")


def starts(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer_start events of ``text``."""
    return [event for event in customer_events(text, language) if event[0] == START]


# A choice verb before an infinitive is a decision ("chose to cut orders"), not a supplier picked.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Brelta Systems fell 9% after Norvex Foods, its biggest customer, chose to cut orders.", "en"),
        ("Brelta a reculé de 9 % après que Norvex, son premier client, a choisi de réduire ses commandes.", "fr"),
    ],
)
def test_choice_of_an_infinitive_starts_nothing(text: str, language: str) -> None:
    assert starts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Norvex Foods chose Brelta Systems to run its warehouses.", "en", ("Norvex Foods", "Brelta Systems")),
        ("Norvex a choisi Brelta pour équiper ses entrepôts.", "fr", ("Norvex", "Brelta")),
        ("Norvex a choisi de confier à Brelta la gestion de ses entrepôts.", "fr", ("Norvex", "Brelta")),
    ],
)
def test_choice_of_a_supplier_still_starts(text: str, language: str, pair: tuple[str, str]) -> None:
    assert starts(text, language) == [(START, *pair)]


# A choice noun with its buyer first, after "par / by": the company chosen after "de / of" (or after the goods and
# "à / to", or a group's first member) is the new supplier.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        (
            "Brelta conteste devant le tribunal la désignation par Norvex de l'italien Calvora comme soumissionnaire "
            "préférentiel.",
            "fr",
            ("Norvex", "Calvora"),
        ),
        (
            "Le recours vise l'adjudication par la SNCB de 40 locomotives à Calvora Rail SA pour 300 millions d'euros.",
            "fr",
            ("SNCB", "Calvora Rail"),
        ),
        (
            "Alstom conteste le choix par la SNCB du consortium Siemens-Talgo pour les trains de nuit.",
            "fr",
            ("SNCB", "Siemens"),
        ),
        (
            "Alstom protested the selection by Network Rail of Siemens as preferred bidder.",
            "en",
            ("Network Rail", "Siemens"),
        ),
        (
            "Alstom protested the selection by Network Rail of the German group Siemens for the signalling work.",
            "en",
            ("Network Rail", "Siemens"),
        ),
    ],
)
def test_choice_noun_with_the_buyer_first(text: str, language: str, pair: tuple[str, str]) -> None:
    assert starts(text, language) == [(START, *pair)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Analysts praised the selection by Network Rail of Siemens as its research partner.", "en"),
        ("Brelta salue le choix par Norvex de Calvora comme partenaire de recherche.", "fr"),
        ("Le choix par Norvex de la ville de Lyon pour son siège a surpris.", "fr"),
        ("Brelta conteste la désignation par Norvex de son nouveau directeur.", "fr"),
    ],
)
def test_choice_noun_with_the_buyer_first_near_misses(text: str, language: str) -> None:
    assert starts(text, language) == []


# A French win told by its participle under any auxiliary ("avait décroché", "après avoir remporté"): the customer
# after "auprès de", the contract noun still required.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Malgré la grève, EDF avait décroché auprès de l'État sénégalais un marché de 12 millions d'euros.",
            ("État sénégalais", "EDF"),
        ),
        (
            "Brelta Systems avait remporté un contrat de 30 millions d'euros auprès de la SNCF.",
            ("SNCF", "Brelta Systems"),
        ),
    ],
)
def test_won_participle_under_any_auxiliary(text: str, pair: tuple[str, str]) -> None:
    assert starts(text, "fr") == [(START, *pair)]


@pytest.mark.parametrize(
    "text",
    [
        "Brelta avait remporté un prix de l'innovation auprès de Norvex.",
        "Brelta avait obtenu auprès de Norvex un prêt de 20 millions d'euros.",
    ],
)
def test_won_participle_without_a_contract_starts_nothing(text: str) -> None:
    assert starts(text, "fr") == []


# « X a signé avec Y un accord-cadre »: the one signed with, named before the contract, supplies the signer.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mardi, la RATP a signé avec Brelta Systems un accord-cadre de six ans pour des bus électriques.",
            ("RATP", "Brelta Systems"),
        ),
        ("Norvex a conclu avec Brelta Systems une commande de 40 robots.", ("Norvex", "Brelta Systems")),
        ("Bombardier a signé avec la SNCF un contrat pour lui livrer 40 rames.", ("SNCF", "Bombardier")),
    ],
)
def test_signed_with_the_supplier_before_the_contract(text: str, pair: tuple[str, str]) -> None:
    assert starts(text, "fr") == [(START, *pair)]


@pytest.mark.parametrize(
    "text",
    [
        "Norvex a signé avec Brelta Systems un accord de partenariat dans la robotique.",
        "Norvex a signé avec Brelta Systems un contrat de partenariat pour la recherche.",
        "Norvex a signé avec Brelta Systems mardi.",
    ],
)
def test_signed_with_no_contract_starts_nothing(text: str) -> None:
    assert starts(text, "fr") == []


# « accorder » in the infinitive, like « attribuer »: the receiver of a contract after « à » supplies the giver;
# after « la décision de X de », X gives it, not the sentence's subject.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Brelta Systems conteste la décision de la SNCF d'accorder à Calvora Systems un contrat de maintenance "
            "de cinq ans.",
            ("SNCF", "Calvora Systems"),
        ),
        (
            "Brelta Systems conteste la décision du groupe Norvex Foods de confier à Calvora Systems la maintenance "
            "de ses usines.",
            ("Norvex Foods", "Calvora Systems"),
        ),
    ],
)
def test_contract_given_by_the_decision_holder(text: str, pair: tuple[str, str]) -> None:
    assert starts(text, "fr") == [(START, *pair)]


def test_the_subject_still_gives_without_a_decision_noun() -> None:
    text = "La SNCF a décidé d'accorder à Calvora Systems un contrat de maintenance de cinq ans."
    assert starts(text, "fr") == [(START, "SNCF", "Calvora Systems")]


@pytest.mark.parametrize(
    "text",
    [
        "Norvex a décidé d'accorder à Brelta Systems un prêt de 20 millions d'euros.",
        "Norvex a décidé d'accorder à Brelta Systems une remise de 10 %.",
    ],
)
def test_loan_or_discount_given_starts_nothing(text: str) -> None:
    assert starts(text, "fr") == []
