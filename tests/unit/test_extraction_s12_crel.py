"""Won customer relations told through what was chosen or given, as classes of wording (session 12).

Each sentence is written for this file. The classes: a choice of a supplier's goods is a choice of their
maker ("a choisi les logiciels de la start-up X", "selected the engines of X"); a contract given to a French
object pronoun ("ce contrat lui a été notifié par X") goes to the company the story is about; a contract awarded
"to" a supplier after a long description holding an amount with a decimal point ("a $4.4 billion contract over ten
years to X"); goods bought or ordered by the number name their maker ("ordered 100 Airbus A321neo jets", "commande 40
rames Alstom"), and are no acquisition of it; a relation told as a count of the supplier's clients ("counts X among its
customers", "compte X parmi ses clients", "added X to its client list") or as the customer's new or lasting state ("is
now a customer of", "est désormais cliente de", "has been working with ... since"); a contract given in the passive
with both parties after the verb ("was awarded to Y by X", "a été attribué à Y par X"); a second contract won in the
same sentence with its verb left out ("and separately a maintenance contract from Z", "et un autre auprès de Z");
a choice told as a noun ("X's selection of Y", "the choice of Y by X", "le choix de Y par X").
Each class has near misses that must stay silent: an acquisition offer, a person chosen from a company, goods of no
named maker, a prize given to a pronoun, an amount given to a charity, shares, plants or a percentage bought by the
number, a client count that is no customer, a second thing won that is no contract, a choice of a rank or a person.
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


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Delta ordered 100 Airbus A321neo jets on Thursday.", [("customer_start", "Delta", "Airbus")]),
        (
            "en",
            "Qantas said it would buy 20 new Airbus jets for its longest routes.",
            [("customer_start", "Qantas", "Airbus")],
        ),
        (
            "en",
            "Okay Airways signed a commitment to buy twelve Boeing 737 jets, a deal worth $1.3 billion.",
            [("customer_start", "Okay Airways", "Boeing")],
        ),
        ("fr", "La RATP commande 40 rames Alstom pour la ligne 14.", [("customer_start", "RATP", "Alstom")]),
        (
            "fr",
            "Air France a commandé 60 Airbus A220 pour remplacer ses anciens appareils.",
            [("customer_start", "Air France", "Airbus")],
        ),
    ],
)
def test_goods_bought_by_the_number_name_their_maker(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


def test_goods_bought_by_the_number_are_no_acquisition_of_their_maker() -> None:
    assert triples("Qantas said it would buy 20 new Airbus jets.", "en", prefix="acquisition") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "BlackRock bought 5 million Tesla shares last week."),
        ("en", "Vodafone will buy two Nokia plants in Finland."),
        ("fr", "Orange a acheté deux usines Nokia en Finlande."),
        ("en", "Carlyle agreed to buy 100 jets for its leasing unit Avolon."),
        (
            "en",
            "Dialog Semiconductor fell after it warned that Apple, its main customer, would buy about 30 percent "
            "fewer of its chips.",
        ),
        ("fr", "Travailler avec BlackBerry plutôt que l'acheter : c'est la ligne que défend Samsung."),
    ],
)
def test_no_maker_is_read_from_capital_sites_or_shares(language: str, text: str) -> None:
    assert [event for event in _events(text, language) if event[0] == "customer_start"] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Siemens counts Network Rail among its largest customers.",
            [("customer_continue", "Network Rail", "Siemens")],
        ),
        ("fr", "Siemens compte la SNCF parmi ses principaux clients.", [("customer_continue", "SNCF", "Siemens")]),
        ("en", "Accenture added Unilever to its client list in March.", [("customer_start", "Unilever", "Accenture")]),
        ("en", "Network Rail is now a customer of Siemens.", [("customer_start", "Network Rail", "Siemens")]),
        ("fr", "La SNCF est désormais cliente de Siemens.", [("customer_start", "SNCF", "Siemens")]),
        ("en", "Unilever signed up with Accenture for its payroll.", [("customer_start", "Unilever", "Accenture")]),
        (
            "en",
            "Network Rail has been working with Siemens since 2019.",
            [("customer_continue", "Network Rail", "Siemens")],
        ),
        ("fr", "Siemens équipera la SNCF de nouveaux postes d'aiguillage.", [("customer_start", "SNCF", "Siemens")]),
        ("en", "Siemens will equip Network Rail with new signalling.", [("customer_start", "Network Rail", "Siemens")]),
    ],
)
def test_a_customer_state_or_count_names_the_relation(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Siemens counts Network Rail among its rivals in signalling."),
        ("fr", "Siemens compte la SNCF parmi ses actionnaires historiques."),
        ("en", "Siemens counts on Network Rail for growth next year."),
        ("en", "Siemens will equip its own plants with robots."),
    ],
)
def test_counting_a_company_among_others_is_no_customer(language: str, text: str) -> None:
    assert _events(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The payroll contract was awarded to Accenture by Unilever.",
            [("customer_start", "Unilever", "Accenture")],
        ),
        (
            "en",
            "The five-year contract has been awarded to Siemens by Network Rail after a tender.",
            [("customer_start", "Network Rail", "Siemens")],
        ),
        ("fr", "Le contrat a été attribué à Siemens par la SNCF.", [("customer_start", "SNCF", "Siemens")]),
        (
            "fr",
            "Le marché de la signalisation a été confié au groupe allemand Siemens par la SNCF pour dix ans.",
            [("customer_start", "SNCF", "Siemens")],
        ),
    ],
)
def test_a_contract_given_in_the_passive_names_receiver_and_giver(
    language: str, text: str, expected: list[Event]
) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The prize was awarded to Siemens by Network Rail."),
        ("fr", "Le prix a été attribué à Siemens par la SNCF."),
        ("fr", "Le contrat a été attribué à Siemens."),
    ],
)
def test_a_prize_or_an_award_with_no_giver_names_no_customer(language: str, text: str) -> None:
    assert _events(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Stadler has won a contract from Network Rail, and separately a maintenance contract from Transport for "
            "London.",
            [("customer_start", "Network Rail", "Stadler"), ("customer_start", "Transport for London", "Stadler")],
        ),
        (
            "en",
            "Stadler has won a contract from Network Rail and another from Transport for London.",
            [("customer_start", "Network Rail", "Stadler"), ("customer_start", "Transport for London", "Stadler")],
        ),
        (
            "fr",
            "Alstom a décroché un contrat de 300 millions d'euros auprès de la SNCF, ainsi qu'une commande de "
            "maintenance de la part de Transdev.",
            [("customer_start", "SNCF", "Alstom"), ("customer_start", "Transdev", "Alstom")],
        ),
    ],
)
def test_a_second_contract_with_its_verb_left_out(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stadler has won a contract from Network Rail and a loan from Barclays.",
        "Stadler has won a contract from Network Rail, and a rival bid from Siemens was rejected.",
    ],
)
def test_a_second_thing_that_is_no_contract_names_no_customer(text: str) -> None:
    assert _events(text, "en") == [("customer_start", "Network Rail", "Stadler")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Unilever's selection of Accenture surprised analysts.", [("customer_start", "Unilever", "Accenture")]),
        (
            "en",
            "The choice of Siemens by Network Rail ended a long tender.",
            [("customer_start", "Network Rail", "Siemens")],
        ),
        (
            "en",
            "Analysts welcomed Delta Air Lines' decision to pick Airbus over Boeing.",
            [("customer_start", "Delta Air Lines", "Airbus")],
        ),
        (
            "fr",
            "Le choix d'Alstom par la RATP met fin à un long appel d'offres.",
            [("customer_start", "RATP", "Alstom")],
        ),
    ],
)
def test_a_choice_told_as_a_noun(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Forbes' selection of Siemens as a top employer pleased staff.",
        "Meta's choice of Scale AI's founder as its AI chief surprised investors.",
        "The selection of Siemens surprised analysts.",
    ],
)
def test_a_choice_of_a_rank_or_a_person_or_by_nobody_is_no_customer(text: str) -> None:
    assert _events(text, "en") == []
