"""Session 21 (recogfr): French firms the knowledge base does not know, read by their slot in a relation sentence.

Each slot is proved on paraphrases naming invented firms (Korvia, Dorvane, Bellmark, Quentaro, Halvero, Tessane) and
on near misses that must name no company: people (a first name, a civil title), places, festivals, sentence openers.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import Triple, triples


def companies(text: str) -> list[str]:
    """The names of the companies recognised in a French ``text``."""
    return [mention.name for mention in Article(text, "fr", None, load_knowledge_base()).companies]


def relations(text: str) -> list[Triple]:
    """The events of a French ``text`` between two parties."""
    return [triple for triple in triples(text, "fr") if triple[2] is not None]


# recog_fr_slots.agent_names: the agent after « par » in a relation sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le marché pourrait être bouleversé par le rachat de Korvia par Dorvane, encore en discussion.",
         ("acquisition", "Dorvane", "Korvia")),
        ("La commande de 40 bus passée par Quentaro à Bellmark a finalement été validée.",
         ("customer_start", "Quentaro", "Bellmark")),
        ("Le relèvement par Dorvane de son offre de rachat sur Korvia a surpris les analystes.",
         ("acquisition", "Dorvane", "Korvia")),
    ],
)  # fmt: skip
def test_the_agent_after_par_is_a_firm(text: str, expected: Triple) -> None:
    assert expected in relations(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Le rachat de Korvia par Marc Durand a été annoncé hier.", "Marc Durand"),  # a person
        ("Le rachat de Korvia par M. Durand a été annoncé hier.", "Durand"),  # a civil title
        ("Le rachat de Korvia par Bruxelles a été bloqué hier.", "Bruxelles"),  # a place
    ],
)
def test_a_person_or_place_after_par_is_no_firm(text: str, absent: str) -> None:
    found = companies(text)
    assert "Korvia" in found
    assert not any(absent in name for name in found)


# recog_fr_slots.opening_list_names: coordinated names opening a clause before its verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korvia et Dorvane ont signé mardi un protocole d'accord pour créer une coentreprise.",
         [("partnership", "Korvia", "Dorvane")]),
        ("Halvero et Tessane explorent une coopération dans les drones.", [("partnership", "Halvero", "Tessane")]),
        ("Bellmark, Quentaro et Dorvane lancent ensemble une alliance dans les batteries.",
         [("partnership", "Bellmark", "Dorvane"), ("partnership", "Bellmark", "Quentaro"),
          ("partnership", "Quentaro", "Dorvane")]),
        ("Par ailleurs, Korvia et Dorvane ont signé un partenariat.", [("partnership", "Korvia", "Dorvane")]),
    ],
)  # fmt: skip
def test_coordinated_subjects_opening_a_clause_are_firms(text: str, expected: list[Triple]) -> None:
    assert relations(text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Paris et Berlin ont signé un accord de partenariat sur l'hydrogène.", "Paris"),  # places
        ("Mme Roux et Dorvane ont signé un partenariat.", "Roux"),  # a civil title: a person
        ("Les Français et les Allemands ont signé un partenariat.", "Français"),  # nationalities
    ],
)
def test_a_list_of_people_or_places_opening_a_clause_names_no_firm(text: str, absent: str) -> None:
    assert not any(absent in name for name in companies(text))
    assert relations(text) == []


# recog_fr_slots.owner_names: the firm after a noun only a firm has.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les dirigeants de Korvia et de Dorvane promettent que leur fusion profitera à tous.",
         ("acquisition", "Korvia", "Dorvane")),
        ("Les patrons de Quentaro et de Bellmark avaient annoncé un partenariat de recherche.",
         ("partnership", "Quentaro", "Bellmark")),
        ("Les actionnaires de Korvia ont approuvé le rachat de la société par Dorvane.",
         ("acquisition", "Dorvane", "Korvia")),
    ],
)  # fmt: skip
def test_the_complement_of_a_firms_noun_is_a_firm(text: str, expected: Triple) -> None:
    assert expected in relations(text)


def test_a_first_name_after_the_complement_ends_it() -> None:
    found = companies("L'analyste de Quentaro Marc Durand juge probable que Dorvane cède à Bellmark sa participation.")
    assert "Quentaro" in found
    assert not any("Marc" in name or "Durand" in name for name in found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Les dirigeants de Lyon ont signé un partenariat avec Korvia.", "Lyon"),  # a place
        ("Les dirigeants de Marc Durand ont signé un partenariat avec Korvia.", "Marc Durand"),  # a person
        ("Les ventes de Noël ont profité du partenariat entre Korvia et Dorvane.", "Noël"),  # a festival
        ("Selon Korvia, les ventes de Pâques ont soutenu le partenariat avec Dorvane.", "Pâques"),
    ],
)
def test_a_place_person_or_festival_after_a_firms_noun_is_no_firm(text: str, absent: str) -> None:
    assert absent not in companies(text)


# recog_fr_slots.object_names: the other party after the cue, in its clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lextavdra cède à Tisdraner le solde de sa participation dans Belostfen.",
         ("acquisition", "Tisdraner", "Belostfen")),
        ("Korvia devrait céder à Tessane sa participation dans Bellmark.", ("stake", "Tessane", "Bellmark")),
    ],
)  # fmt: skip
def test_the_receiver_after_a_giving_cue_is_a_firm(text: str, expected: Triple) -> None:
    assert expected in relations(text)


def test_the_receiver_after_a_giving_cue_and_a_time_word_is_a_firm() -> None:
    assert "Dorvane" in companies("Halvero a cédé mardi à Dorvane sa participation dans Tessane.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Korvia a signé un partenariat à Quimperlé avec la ville.", "Quimperlé"),  # « à » after no giving cue
        ("Korvia a signé un partenariat avec Marc Durand.", "Marc Durand"),  # a person
        ("Korvia cède à Lyon sa participation dans Bellmark.", "Lyon"),  # a place
    ],
)
def test_a_place_or_person_after_a_cue_is_no_firm(text: str, absent: str) -> None:
    assert absent not in companies(text)
    assert all(absent not in (triple[1], triple[2]) for triple in relations(text))


def test_the_agent_in_a_sentence_of_a_change_at_the_head_is_a_person() -> None:
    text = "Korvia annonce le départ de Paul Hart et son remplacement par Nina Roe, un contrat avec Dorvane en suspens."
    assert not any("Nina" in name or "Roe" in name for name in companies(text))


# recog_fr_slots.long_list_names: three names or more listed in a relation sentence.
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Pour sa deuxième levée, Lextavpil a pu compter sur Korvia, Dorvane, Bellmark et Tessane.",
         ["Korvia", "Dorvane", "Bellmark", "Tessane"]),
        ("Halvero boucle 25 millions d'euros auprès de ses investisseurs historiques, dont Korvia, Dorvane et "
         "Quentaro.", ["Korvia", "Dorvane", "Quentaro"]),
        ("Le tour de Halvero a réuni aussi Korvia, Bellmark ou encore Tessane.", ["Korvia", "Bellmark", "Tessane"]),
    ],
)  # fmt: skip
def test_three_names_listed_in_a_relation_sentence_are_firms(text: str, listed: list[str]) -> None:
    found = companies(text)
    assert all(name in found for name in listed)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Korvia a signé des contrats de maintenance à Vitré, Fougères et Redon.", "Fougères"),  # places
        ("Korvia a signé un partenariat avec Marc Durand, Julie Roux et Paul Martin.", "Julie Roux"),  # people
        ("Après Dalmorhal, Fendalrix et Tavrenpil, Korvia met la main sur Dorvane.", "Fendalrix"),  # a fronted phrase
    ],
)
def test_a_list_of_places_people_or_a_fronted_phrase_names_no_firm(text: str, absent: str) -> None:
    assert absent not in companies(text)


# recog_fr_slots.cleft_names: the subject a cleft sets off.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C'est Quentaro qui a racheté Halvero pour 20 millions d'euros.", ("acquisition", "Quentaro", "Halvero")),
        ("C'est Tessane qui a signé un partenariat avec Korvia.", ("partnership", "Tessane", "Korvia")),
        ("Selon nos informations, c'est Dorvane qui a racheté Bellmark.", ("acquisition", "Dorvane", "Bellmark")),
    ],
)
def test_the_subject_a_cleft_sets_off_is_a_firm(text: str, expected: Triple) -> None:
    assert expected in relations(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("C'est Marc Durand qui a signé le contrat avec Korvia.", "Marc Durand"),  # a person
        ("C'est Bruxelles qui a bloqué le rachat de Korvia.", "Bruxelles"),  # a place
    ],
)
def test_a_person_or_place_a_cleft_sets_off_is_no_firm(text: str, absent: str) -> None:
    assert absent not in companies(text)


def test_a_word_whose_name_goes_on_in_lower_case_is_no_firm_alone() -> None:
    text = "Un décret nomme Bertrand Labilloy directeur général de la Caisse centrale de réassurance, après Nina Roe."
    assert "Caisse" not in companies(text)
