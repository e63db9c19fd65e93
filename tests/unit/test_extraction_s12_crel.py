"""Won customer relations told through what was chosen or given, as classes of wording (session 12).

Each sentence is written for this file. The classes: a choice of a supplier's goods is a choice of their
maker ("a choisi les logiciels de la start-up X", "selected the engines of X"); a contract given to a French
object pronoun ("ce contrat lui a été notifié par X") goes to the company the story is about; a contract awarded
"to" a supplier after a long description holding an amount with a decimal point ("a $4.4 billion contract over ten
years to X"). Each class has near misses that must stay silent: an acquisition offer, a person chosen from a
company, goods of no named maker, a prize given to a pronoun, an amount given to a charity.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

Event = tuple[str, str | None, str | None]
"""(type, subject name, object name)."""


def _events(text: str, language: str) -> list[Event]:
    return triples(text, language, prefix="customer_")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Navantia a choisi les technologies de Thales pour équiper ses cinq frégates.",
            [("customer_start", "Navantia", "Thales")],
        ),
        (
            "fr",
            "La Direction générale de l'armement a retenu les logiciels de la jeune pousse toulousaine Preligens.",
            [("customer_start", "Direction générale de l'armement", "Preligens")],
        ),
        (
            "fr",
            "La SNCF a retenu les rames du constructeur espagnol CAF pour ses lignes Intercités.",
            [("customer_start", "SNCF", "CAF")],
        ),
        (
            "en",
            "Delta has selected the geared turbofan engines of Pratt & Whitney to power its new jets.",
            [("customer_start", "Delta", "Pratt & Whitney")],
        ),
        (
            "en",
            "Ryanair picked the cloud platform of Microsoft for its new booking engine.",
            [("customer_start", "Ryanair", "Microsoft")],
        ),
    ],
)
def test_a_choice_of_goods_is_a_choice_of_their_maker(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le conseil de surveillance de Vivendi a retenu l'offre de rachat de KKR."),
        ("en", "Airbus picked the head of Safran as its new chief executive."),
        ("en", "Ryanair has chosen the products of its own catering arm over those of Gate Gourmet."),
        ("fr", "Renault a choisi les batteries de sa coentreprise pour sa future citadine."),
    ],
)
def test_no_maker_is_read_from_other_choices(language: str, text: str) -> None:
    assert _events(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thales a été retenu pour développer les sonars des futurs sous-marins. Selon un communiqué du groupe, "
            "ce contrat, d'un montant de 400 millions d'euros, lui a été notifié par la Direction générale de "
            "l'armement.",
            [("customer_start", "Direction générale de l'armement", "Thales")],
        ),
        (
            "Dassault Aviation livrera les deux avions de patrouille. La commande lui a été confiée par Airbus en mai.",
            [("customer_start", "Airbus", "Dassault Aviation")],
        ),
        (
            "Sopra Steria reprend la paie des armées. Le marché lui a été attribué par Capgemini, maître d'oeuvre.",
            [("customer_start", "Capgemini", "Sopra Steria")],
        ),
    ],
)
def test_a_contract_given_to_a_pronoun_goes_to_the_story_company(text: str, expected: list[Event]) -> None:
    assert _events(text, "fr") == expected


def test_a_prize_given_to_a_pronoun_is_no_contract() -> None:
    text = "Thales a publié ses résultats annuels. Le prix lui a été attribué par un jury indépendant."
    assert _events(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon said it has awarded a maximum 4.4-billion-dollar contract over ten years to SupplyCore, "
            "a logistics company based in Illinois.",
            [("customer_start", "Pentagon", "SupplyCore")],
        ),
        (
            "Network Rail has awarded a £1.2 billion signalling contract to Siemens.",
            [("customer_start", "Network Rail", "Siemens")],
        ),
    ],
)
def test_an_award_to_a_supplier_after_a_decimal_amount(text: str, expected: list[Event]) -> None:
    assert _events(text, "en") == expected


def test_an_amount_given_to_a_charity_is_no_award() -> None:
    assert _events("Siemens has given $1.5 million in aid to the Red Cross.", "en") == []
