"""Session 19 (leadfr): French leadership changes read by a kind of name, a noun frame and a verb class.

Each reader is proved on invented sentences (other tense, other title, other company) and on near misses that must
not give a change (a recalled tenure, a noun with no post after it, a department, a unit).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import leadership_changes as changes


def newcomers(text: str) -> list[tuple[str | None, str | None]]:
    """(company, incoming person) of each change of ``text`` that names a newcomer."""
    return [(company, person) for company, person, _, _, _ in changes(text) if person is not None]


# "à la tête de" elided or contracted before its company is the chief executive's post.
@pytest.mark.parametrize(
    "text",
    [
        "Marie Lefort a été nommée à la tête d'Airbus.",
        "Le conseil a désigné Marie Lefort à la tête d'Orange, a annoncé l'opérateur.",
    ],
)
def test_the_head_of_an_elided_company_is_its_ceo(text: str) -> None:
    assert ("Airbus" if "Airbus" in text else "Orange", "Marie Lefort") in newcomers(text)


def test_the_head_of_a_country_is_no_company_post() -> None:
    assert newcomers("Marie Lefort a été nommée à la tête du gouvernement, a indiqué l'Élysée.") == []


# The newcomer's own naming noun: « sa nomination à la tête de X », « sa prise de fonctions comme DG ».
@pytest.mark.parametrize(
    "text",
    [
        "Paul Tessier va quitter Safran, a indiqué le groupe, tandis que sa nomination à la tête d'Airbus était "
        "annoncée le même jour.",
        "Paul Tessier a été salué par les marchés : sa nomination à la tête d'Airbus a fait bondir le titre.",
        "Paul Tessier a choisi son équipe chez Airbus à la veille de sa prise de fonctions comme directeur général.",
        "Paul Tessier a confirmé sa désignation au poste de directeur général d'Airbus.",
    ],
)
def test_a_possessive_naming_noun_names_its_owner(text: str) -> None:
    assert ("Airbus", "Paul Tessier") in newcomers(text)


@pytest.mark.parametrize(
    "text",
    [
        # a recalled tenure or a date, not the news
        "Paul Tessier a quitté Airbus cinq mois seulement après sa nomination à la tête du groupe.",
        "Depuis son arrivée à la tête d'Airbus, Paul Tessier a réduit les coûts.",
        "Lors de sa nomination comme directeur général d'Airbus, Paul Tessier avait promis des économies.",
        "Paul Tessier, à son arrivée à la tête d'Airbus, a revu la stratégie.",
        # no post after the noun
        "Paul Tessier quitte Airbus ; sa nomination avait surpris les analystes.",
        "Paul Tessier prépare son arrivée chez Airbus, selon le groupe.",
    ],
)
def test_a_possessive_naming_noun_without_news_names_nobody(text: str) -> None:
    assert newcomers(text) == []


# A post handed over as the verb's object, its title and owner before « à / au »: the newcomer after it.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Paul Tessier, patron de Safran, explique qu'il transmet aujourd'hui son poste de CEO à Marie Lefort.",
            "CEO",
        ),
        (
            "Paul Tessier garde la présidence de Safran et confie la direction générale du groupe à son adjointe, "
            "Marie Lefort.",
            "CEO",
        ),
        ("Paul Tessier, PDG de Safran, a cédé la présidence du conseil au fondateur, Marie Lefort.", "chair"),
        ("Paul Tessier, le patron de la biotech Safran, transmettra son fauteuil de PDG à Marie Lefort.", "CEO"),
    ],
)
def test_a_post_handed_over_names_the_newcomer(text: str, role: str) -> None:
    assert ("Safran", "Marie Lefort", "Paul Tessier", role) in [c[:4] for c in changes(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a department or a unit handed over, no group title
        "Paul Tessier, PDG de Safran, a confié la direction des marques à Marie Lefort.",
        "Paul Tessier, PDG de Safran, confie la présidence de sa filiale à Marie Lefort.",
        # a verb of giving with no post after it
        "Paul Tessier, PDG de Safran, confie à Marie Lefort le soin de préparer le plan.",
        "Paul Tessier, PDG de Safran, a cédé sa participation à Marie Lefort.",
    ],
)
def test_no_group_post_handed_over_names_nobody(text: str) -> None:
    assert newcomers(text) == []


# « M. X » / « Mme X »: the French courtesy title makes the surname after it a person.
@pytest.mark.parametrize(
    ("text", "leaver"),
    [
        (
            "M. Tessier, directeur général depuis 2017, « a demandé à ne pas être reconduit dans ses fonctions », "
            "selon un communiqué de Danone.",
            "Tessier",
        ),
        ("Mme Lefort, directrice générale de Danone, a démissionné lundi.", "Lefort"),
    ],
)
def test_a_courtesy_title_names_the_leaver(text: str, leaver: str) -> None:
    assert [(c[0], c[2]) for c in changes(text)] == [("Danone", leaver)]


def test_a_courtesy_title_alone_tells_no_change() -> None:
    assert changes("M. Tessier, actionnaire de Danone, a salué les résultats du groupe.") == []


# A firm unknown to the knowledge base is named by the leader's title it follows.
@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Paul Tessier, PDG de la chaîne Velmora, devient président exécutif de QRT.", "QRT"),
        ("Paul Tessier quitte avec effet immédiat la tête de Dravelle, et Marie Lefort le remplace.", "Dravelle"),
        ("Marie Lefort a été nommée présidente du directoire de Kelvane.", "Kelvane"),
    ],
)
def test_the_firm_a_leader_title_names_is_recognised(text: str, company: str) -> None:
    assert company in [c[0] for c in changes(text) if c[1] is not None]


def test_a_place_after_the_head_is_no_firm() -> None:
    assert newcomers("Marie Lefort a été nommée à la tête de Lyon pour six ans.") == []


# « à la tête de X » right after the one replaced names the company of the post.
def test_the_head_of_the_company_after_the_leaver_is_its_post() -> None:
    text = "Actuelle CEO de Kelvane, Marie Lefort pourrait remplacer Paul Tessier à la tête de Dravelle."
    assert changes(text) == [("Dravelle", "Marie Lefort", "Paul Tessier", "CEO", "rumor")]


def test_the_head_of_a_unit_is_never_the_newcomers_employer() -> None:
    text = "Actuelle CEO de Safran, Marie Lefort pourrait remplacer Paul Tessier à la tête de Danone Banque."
    assert newcomers(text) == []


def test_a_pronoun_object_before_the_future_names_the_one_replaced() -> None:
    text = "Paul Tessier quittera la direction générale de Danone en mai. Marie Lefort le remplacera."
    assert [(c[0], c[1], c[2]) for c in changes(text)] == [("Danone", "Marie Lefort", "Paul Tessier")]


def test_a_supplier_replaced_is_no_leader_replaced() -> None:
    text = "Danone pourrait remplacer Capgemini par Atos pour la maintenance de ses usines."
    assert changes(text) == []
