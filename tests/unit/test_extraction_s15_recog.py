"""Company recognition, round 12: the words around a name that belong to it, and the places that are no company.

An initial or a "Dr." written before a company's name is part of it ("Dr. Oetker", "P. Schoenfeld Asset Management",
"J. Breton Industries"), unless a capitalised word stands before the initial ("Terminal B. Apple"). A nationality
and a kind noun before a name are no part of it ("Indian Group Amtek Auto", "Japanese firm ..."); nor is the
building trade's "BTP" ("le groupe du BTP Léon Grosse"). A name placed after "dans le / la / l'" is a region, a
département or a town ("dans le Doubs", "dans l'Isère"), and no buyer wherever it recurs ("l'entreprise du Doubs a
racheté ..."). A known name right after a first name is a person ("a déclaré Vincent Bolloré"), unless the "first
name" opens a question ("Will Apple ..."). Each reader has paraphrases told as other reporters would tell them and
near misses it must not read.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


def _deals(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return triples(text, language, types=("acquisition", "stake"))


_INITIALLED = [
    ("Le groupe allemand Dr. Oetker a annoncé l'acquisition de la société Velmora.", "Dr. Oetker"),
    ("Dr. Oetker, le groupe agroalimentaire de Bielefeld, rachète Velmora.", "Dr. Oetker"),
    ("German food group Dr. Oetker has acquired Velmora, a maker of baking powder.", "Dr. Oetker"),
    ("Velmora was bought by Dr. Oetker, the family-owned food group, for an undisclosed sum.", "Dr. Oetker"),
    ("L'américain P. Schoenfeld Asset Management a pris 5 % de Velmora.", "P. Schoenfeld Asset Management"),
    ("Hedge fund P. Schoenfeld Asset Management acquired Velmora in March.", "P. Schoenfeld Asset Management"),
    ("Le fabricant J. Tarvel Industries rachète la PME Velmora.", "J. Tarvel Industries"),
]


@pytest.mark.parametrize(("text", "name"), _INITIALLED)
def test_an_initial_before_a_company_is_part_of_its_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert name.split(".", 1)[1].strip() not in names


_PSAM = "P. Schoenfeld Asset Management"


@pytest.mark.parametrize(
    ("text", "language", "buyer"),
    [
        ("Le groupe allemand Dr. Oetker a annoncé l'acquisition de la société Velmora.", "fr", "Dr. Oetker"),
        ("Velmora was bought by Dr. Oetker, the family-owned food group, for an undisclosed sum.", "en", "Dr. Oetker"),
        ("Hedge fund P. Schoenfeld Asset Management acquired Velmora in March.", "en", _PSAM),
        ("L'américain P. Schoenfeld Asset Management a pris 5 % de Velmora.", "fr", _PSAM),
    ],
)
def test_the_initialled_name_is_the_buyer(text: str, language: str, buyer: str) -> None:
    assert {subject for _, subject, _ in _deals(text, language)} == {buyer}


def test_the_bare_name_later_is_the_same_company() -> None:
    text = (
        "Le groupe allemand Dr. Oetker a annoncé l'acquisition de la société Velmora. "
        "Oetker a réalisé en 2016 un chiffre d'affaires de 2,4 milliards d'euros."
    )
    assert {s for _, s, _ in triples(text, "fr", types=("revenue",))} == {"Dr. Oetker"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The shuttle leaves from Terminal B. Velmora Systems said it acquired Tarvik Labs.", "B. Velmora Systems"),
        ("Il y a la classe A. Velmora Systems a racheté Tarvik Labs.", "A. Velmora Systems"),
    ],
)
def test_a_sentence_ending_on_a_capital_lends_no_initial(text: str, absent: str) -> None:
    assert absent not in _names(text)


def test_a_doctor_who_is_a_person_stays_no_company() -> None:
    text = "Velmora Systems acquired Tarvik Labs, Dr. Jane Holloway, its chief executive, said."
    assert _deals(text, "en") == [("acquisition", "Velmora Systems", "Tarvik Labs")]


_NATIONALITY_KIND = [
    ("TEKFOR, a German car supplier, was acquired by Indian Group AMTEK Auto in 2013.", "AMTEK Auto"),
    ("Indian Group Amtek Auto bought Tekfor, the German car supplier, in 2013.", "Amtek Auto"),
    ("Japanese Group Otsuka Holdings acquired Daiya Foods for C$405 million.", "Otsuka"),
    ("The German car supplier Tekfor was taken over by Indian Group Amtek Auto.", "Amtek Auto"),
    ("Hunan Dakang bought a 57 % stake in Brazilian Company Fiagril Participações SA.", "Fiagril Participações"),
    ("Velmora was acquired by Swiss Group Tarvik Holding.", "Tarvik"),
]


@pytest.mark.parametrize(("text", "name"), _NATIONALITY_KIND)
def test_a_nationality_and_kind_before_a_name_are_not_part_of_it(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(other.endswith(" " + name) for other in names)


def test_the_buyer_after_a_nationality_and_kind() -> None:
    text = "TEKFOR, a German car supplier, was acquired by Indian Group AMTEK Auto in 2013."
    assert _deals(text, "en") == [("acquisition", "AMTEK Auto", "TEKFOR")]


def test_a_name_that_starts_with_a_nationality_keeps_it() -> None:
    assert "Swiss Re Group" not in _names("Swiss Re acquired a 10 % stake in Petronet LNG.")
    assert any(name.startswith("Indian Oil") for name in _names("Indian Oil Corp acquired a 10 % stake in Velmora."))


_SECTOR_BTP = [
    "Le groupe diversifié du BTP Castellane a annoncé le rachat de Tarvik Structures.",
    "Le groupe de BTP Castellane a racheté Tarvik Structures.",
    "Tarvik Structures a été repris par le groupe de BTP Castellane.",
    "Castellane, groupe de BTP basé à Lyon, rachète Tarvik Structures. Le spécialiste du BTP Castellane emploie 900 "
    "salariés.",
]


@pytest.mark.parametrize("text", _SECTOR_BTP)
def test_the_building_trade_is_no_part_of_the_name(text: str) -> None:
    names = _names(text)
    assert "Castellane" in names
    assert "BTP Castellane" not in names


def test_the_builder_is_the_buyer() -> None:
    text = "Le groupe diversifié du BTP Castellane a annoncé le rachat de Tarvik Structures."
    assert _deals(text, "fr") == [("acquisition", "Castellane", "Tarvik Structures")]


_IN_REGION = [
    "L'équipementier basé à Anteuil, dans le Doubs, rachète la PME allemande Reiku GmbH. "
    "L'entreprise du Doubs a aussi racheté la coréenne AHN Chem.",
    "Dans le Doubs, ACI Groupe reprend SV Découpage. La PME du Doubs emploie 40 salariés.",
    "Implanté dans l'Isère, le groupe Velmora rachète Tarvik. Le fabricant de l'Isère emploie 300 personnes.",
    "Le sous-traitant, installé dans la Drôme, a racheté Tarvik. L'entreprise de la Drôme vise 20 M€.",
]


@pytest.mark.parametrize("text", _IN_REGION)
def test_a_name_after_dans_le_is_a_place(text: str) -> None:
    names = _names(text)
    assert not names & {"Doubs", "Isère", "Drôme"}


def test_the_place_is_no_buyer() -> None:
    text = (
        "L'équipementier basé à Anteuil, dans le Doubs, rachète la PME allemande Reiku GmbH. "
        "L'entreprise du Doubs a aussi racheté la coréenne AHN Chem."
    )
    assert all(subject != "Doubs" for _, subject, _ in _deals(text, "fr"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Velmora a publié ses résultats dans Le Figaro, et Tarvik a racheté Velmora.", "Velmora"),
        ("Tarvik a investi dans la Compagnie Velmora, qui fabrique des freins.", "Compagnie Velmora"),
    ],
)
def test_a_company_after_dans_keeps_its_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_an_acronym_read_before_takes_the_initialled_name() -> None:
    text = (
        "Le fonds activiste PSAM a porté sa participation dans Velmora à 3 %. "
        "L'américain P. Schoenfeld Asset Management (PSAM) réclame deux sièges au conseil."
    )
    assert _names(text) - {"Velmora"} == {_PSAM}


@pytest.mark.parametrize(
    "text",
    [
        "« Nous restons au capital », a déclaré Vincent Bolloré mardi.",
        "L'industriel breton, dirigé par Vincent Bolloré, a racheté Velmora.",
        "The stake was explained by Marie-Claire Bolloré, a board member.",
    ],
)
def test_a_first_name_before_a_known_name_makes_a_person(text: str) -> None:
    assert "Bolloré" not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Will Apple buy Velmora this year?", "Apple"), ("Bolloré a acheté 5 % de Vivendi.", "Bolloré")],
)
def test_a_known_name_without_a_first_name_stays_a_company(text: str, name: str) -> None:
    assert name in _names(text)
