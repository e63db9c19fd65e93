"""Round 14 (session 17), French names recognised from their role in the sentence.

A capitalised name after a French article is a party when the sentence states a relation and the name is the
subject of a verb or the object of a relation preposition or verb. Every sentence here is invented; each group has
positives and near misses (places, products, people, sentences that state no relation) that must not give a name.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.cues import find_cues
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.roles_fr import determined_names, relation_spans
from tests.support.extraction import triples


def _names(text: str) -> list[str]:
    return [name for _, name, _ in determined_names(text, relation_spans(find_cues(text.casefold(), "fr", text)))]


def _companies(text: str) -> list[str]:
    return [mention.name for mention in Article(text, "fr", None, load_knowledge_base()).companies]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject of an auxiliary, of a modal, of a reflexive verb
        ("La Verlande a commandé 40 rames au constructeur Alstom.", "Verlande"),
        ("Après trente ans de délégation, la Sorvane devrait perdre au profit de Veolia son contrat d'eau.", "Sorvane"),
        ("Pour ce marché, la Sorvane s'associe à Brivel.", "Sorvane"),
        # the object of a relation preposition, particles inside the name
        (
            "La ville a prolongé de dix ans son contrat avec la Compagnie des Eaux de Brévanne.",
            "Compagnie des Eaux de Brévanne",
        ),
        (
            "En 2019, les Chantiers de l'Ormeau ont signé un contrat avec Royal Caribbean.",
            "Chantiers de l'Ormeau",
        ),
        # the object of a deal verb of the tables
        ("Orkalis a racheté le Furet du Nord pour 20 millions d'euros.", "Furet du Nord"),
    ],
)
def test_article_name_in_a_party_place(text: str, name: str) -> None:
    assert name in _names(text)
    assert name in _companies(text)


@pytest.mark.parametrize(
    "text",
    [
        # no relation stated in the sentence: the subject may be anything
        "La Verlande a publié mardi ses résultats annuels.",
        # a place, a public body
        "La France a commandé 80 Rafale à Dassault Aviation.",
        "L'Hexagone a signé un contrat de dix ans avec Naval Group.",
        "La Commission a choisi Atos pour héberger ses données.",
        # a thing named after its maker
        "Le ministère a choisi le Patriot de Raytheon plutôt que le système de Thales.",
        # a name that goes on in lower case: where it ends is unknown
        "La Caisse de dépôt et placement du Kervanie a investi 20 millions dans Lumio.",
        # a product after a preposition outside a relation
        "Entamée en 1985 avec la Sovereign Class, la relation se poursuit.",
        # people: a plural demonym after a plural article; a place after « au »
        "Lumio veut vendre aux Européens ses capsules, a signé un accord avec Orkalis.",
        "Agrial va racheter le charcutier Cosme, au Mans, pour 30 millions d'euros.",
    ],
)
def test_article_name_near_misses(text: str) -> None:
    names = _names(text)
    for word in (
        "Verlande",
        "France",
        "Hexagone",
        "Commission",
        "Patriot",
        "Caisse",
        "Sovereign Class",
        "Européens",
        "Mans",
    ):
        assert word not in names


def test_article_subject_reaches_the_fact() -> None:
    assert triples("La Verlande a commandé 40 rames au constructeur Alstom.", "fr", prefix="customer") == [
        ("customer_start", "Verlande", "Alstom")
    ]
    assert triples("Orkalis a racheté le Furet du Nord pour 20 millions d'euros.", "fr", prefix="acquisition") == [
        ("acquisition", "Orkalis", "Furet du Nord")
    ]


def test_no_article_name_without_a_relation() -> None:
    assert triples("La Verlande a publié mardi ses résultats annuels.", "fr") == []
    assert "Verlande" not in _companies("La Verlande a publié mardi ses résultats annuels.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a bare name opening the sentence, before an auxiliary or a modal, the relation told further on
        ("Dravelis a pu finaliser son rapprochement avec Conforama.", "Dravelis"),
        ("Korvane avait déjà racheté Brivel en 2015.", "Korvane"),
        # after a fronted phrase's comma
        ("Dans un communiqué, Kelvora a confirmé la résiliation de son contrat avec Orange.", "Kelvora"),
    ],
)
def test_bare_clause_subject_in_a_relation(text: str, name: str) -> None:
    assert name in _companies(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dirigé par Bpifrance, le tour de table a réuni Lumio et Orkalis.", "Dirigé"),
        ("Rien n'a été signé avec Orange à ce jour, selon Korvane.", "Rien"),
        ("Dès l'été, Metravia avait adressé à Alstom une mise en demeure.", "Dès"),
        ("Paris a signé un contrat de dix ans avec Alstom.", "Paris"),
        ("Jean a pu signer un accord de partenariat avec Alstom.", "Jean"),
        # no relation in the sentence
        ("Dravelis a pu publier ses comptes à temps.", "Dravelis"),
    ],
)
def test_bare_clause_subject_near_misses(text: str, word: str) -> None:
    assert word not in _companies(text)


def test_bare_clause_subject_is_french_only() -> None:
    text = "Following a review, United Airlines is widening its partnership with Dentsu Aegis Network."
    assert "Following" not in [mention.name for mention in Article(text, "en", None, load_knowledge_base()).companies]
