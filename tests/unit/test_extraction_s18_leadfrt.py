"""Session 18 (leadfrt): French leadership changes read by verb class and clause shape, not by one phrase.

Each reader is proved on invented sentences (other tense, other title, other company) and on near misses that must
not give a change (a verb of giving up with no post after it, a recalled tenure, a denial).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import LeadershipChange as Change
from tests.support.extraction import leadership_changes as changes


# Giving a post up: the verb, in any tense, with the post right after it ("son poste", a title, "la direction de").
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Jeanne Dupuis a renoncé à son poste de directrice générale de Danone.", "CEO"),
        ("Jeanne Dupuis renonce à ses fonctions de PDG de Danone, a indiqué le groupe.", "CEO"),
        ("Après six ans, Jeanne Dupuis abandonne son poste à la tête de Danone.", "CEO"),
        ("Jeanne Dupuis a surpris en abandonnant son poste de directrice financière de Danone.", "CFO"),
        ("Jeanne Dupuis a abandonné la direction de Danone, le spécialiste des capteurs.", "CEO"),
        ("Jeanne Dupuis renonce à la présidence du conseil de surveillance de Danone.", "chair"),
        ("C'est officiel : Jeanne Dupuis n'est plus PDG de Danone.", "CEO"),
    ],
)
def test_a_post_given_up_is_a_departure(text: str, role: str) -> None:
    assert changes(text) == [("Danone", None, "Jeanne Dupuis", role, "fact")]


def test_running_and_chairing_given_up_are_two_posts() -> None:
    assert changes("Paul Tessier renonce à la direction et à la présidence du conseil du groupe Danone.") == [
        ("Danone", None, "Paul Tessier", "CEO", "fact"),
        ("Danone", None, "Paul Tessier", "chair", "fact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the verb gives up a deal, a project or an offer, no post
        "Jeanne Dupuis, PDG de Danone, renonce à l'offre de rachat sur Bonduelle.",
        "Jeanne Dupuis, PDG de Danone, a abandonné le projet de fusion avec Bonduelle.",
        "Jeanne Dupuis, directrice générale de Danone, abandonne la piste d'une cotation.",
        "Jeanne Dupuis, PDG de Danone, n'est plus favorable à une fusion avec Bonduelle.",
        # a rumour denied: no departure
        "Jeanne Dupuis, PDG de Danone, dément vouloir renoncer à son poste.",
    ],
)
def test_a_verb_of_giving_up_without_a_post_is_no_departure(text: str) -> None:
    assert [c for c in changes(text) if c[4] != "denied"] == []


# A tenure dated by the holder's own arrival ("depuis son arrivée à la direction générale") is no naming.
@pytest.mark.parametrize(
    "text",
    [
        "Marc Olivier poursuivra la réduction des coûts engagée depuis son arrivée à la direction générale de Danone.",
        "Marc Olivier défend la stratégie qu'il mène depuis sa nomination à la tête de Danone.",
    ],
)
def test_since_ones_own_arrival_is_a_tenure(text: str) -> None:
    assert changes(text) == []


def test_an_arrival_told_as_news_is_still_read() -> None:
    assert changes("Marc Olivier est nommé directeur général de Danone.") == [
        ("Danone", "Marc Olivier", None, "CEO", "fact")
    ]


def test_english_giving_up_is_unchanged() -> None:
    assert changes("Jane Roe, chief executive of Danone, abandoned the merger plan.", "en") == []


# Relieved of a post, the verbs beside "démis de ses fonctions"; the successor may stand in a cleft after an
# apposition ("c'est Jeanne Dupuis, l'actuelle COO, qui prend sa place").
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Jean Morel a été relevé de ses fonctions de directeur financier de Danone.", "CFO"),
        ("Le conseil a annoncé que Jeanne Dupuis est déchargée de ses fonctions de PDG de Danone.", "CEO"),
    ],
)
def test_relieved_of_a_post_is_a_departure(text: str, role: str) -> None:
    left = "Jeanne Dupuis" if "Jeanne" in text else "Jean Morel"
    assert changes(text) == [("Danone", None, left, role, "fact")]


@pytest.mark.parametrize(
    "text",
    [
        "Jean Morel est relevé de ses fonctions de PDG de Danone, et c'est Jeanne Dupuis, l'actuelle COO, qui prend"
        " sa place.",
        "Jean Morel quitte son poste de PDG de Danone, et c'est Jeanne Dupuis, la directrice financière, qui le"
        " remplace.",
    ],
)
def test_a_cleft_successor_after_an_apposition_takes_the_post(text: str) -> None:
    assert changes(text) == [("Danone", "Jeanne Dupuis", "Jean Morel", "CEO", "fact")]


def test_a_cleft_about_someone_else_names_no_successor() -> None:
    text = (
        "Jean Morel est relevé de ses fonctions de PDG de Danone, et c'est Jeanne Dupuis, la présidente, qui a pris"
        " la décision."
    )
    assert changes(text) == [("Danone", None, "Jean Morel", "CEO", "fact")]


def test_relieved_of_nothing_tracked_is_no_departure() -> None:
    assert changes("Jean Morel a été relevé de ses fonctions au sein de l'équipe de vente de Danone.") == []


# "le Tessinois Sergio Ermotti": after a French article, the first of three capitalised words is a noun.
@pytest.mark.parametrize(
    "text",
    [
        "Jean Morel est remplacé par le Tessinois Paul Keller, responsable des activités de Danone en Europe.",
        "Jean Morel est remplacé à la tête de Danone par le Breton Paul Keller.",
    ],
)
def test_a_demonym_before_a_name_is_no_part_of_it(text: str) -> None:
    assert [(c[0], c[1], c[2]) for c in changes(text)] == [("Danone", "Paul Keller", "Jean Morel")]


def test_a_name_after_its_own_title_keeps_every_word() -> None:
    assert [c[1] for c in changes("Danone nomme Jean de La Fontaine directeur général.")] == ["Jean de La Fontaine"]


# "aux côtés du nouveau président X": the new holder is the setting of another fact, as after "sous" or "avec".
def test_a_new_holder_beside_whom_one_works_is_no_news() -> None:
    assert changes("Il dirigera Danone aux côtés du nouveau président Jean Morel pour assurer la continuité.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le nouveau président de Danone, Jean Morel, a présenté ses priorités.",
        "Danone a nommé Jean Morel nouveau président.",
    ],
)
def test_a_new_holder_in_apposition_or_named_is_still_read(text: str) -> None:
    assert [(c[0], c[1], c[3]) for c in changes(text)] == [("Danone", "Jean Morel", "chair")]


def test_english_new_holder_beside_whom_one_works_is_unchanged() -> None:
    assert changes("She will run Danone alongside new chairman John Morel.", "en") == []


# A term not sought again: a departure (a plan when told in the future), read only when the post is the object.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jean Morel, président du conseil de Danone, a fait savoir qu'il ne briguera pas de nouveau mandat.",
            ("Danone", None, "Jean Morel", "chair", "plan"),
        ),
        (
            "Jeanne Dupuis, directrice générale de Danone, a demandé à ne pas être reconduite dans ses fonctions.",
            ("Danone", None, "Jeanne Dupuis", "CEO", "fact"),
        ),
    ],
)
def test_a_term_not_sought_again_is_a_departure(text: str, expected: Change) -> None:
    assert changes(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Jean Morel, PDG de Danone, a indiqué que le contrat avec Bonduelle ne sera pas reconduit.",
        "Jean Morel, PDG de Danone, a indiqué que l'accord de distribution ne sera pas reconduit en 2026.",
    ],
)
def test_a_contract_not_renewed_is_no_departure(text: str) -> None:
    assert changes(text) == []


def test_a_denied_end_of_term_is_denied() -> None:
    assert [c[4] for c in changes("Jean Morel, PDG de Danone, dément qu'il ne briguera pas de nouveau mandat.")] == [
        "denied"
    ]


# "la nouvelle CEO de l'entreprise, Jane Roe": a description of the company between the title and the name.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le fondateur de Danone a présenté la nouvelle directrice générale de l'entreprise, Jeanne Dupuis.", "fr"),
        ("Danone a présenté le nouveau PDG de la société, Jeanne Dupuis, à ses salariés.", "fr"),
        ("Danone's founder introduced the new chief executive of the company, Jeanne Dupuis.", "en"),
    ],
)
def test_a_new_title_owned_by_a_description_names_its_holder(text: str, language: str) -> None:
    assert [(c[0], c[1], c[3]) for c in changes(text, language)] == [("Danone", "Jeanne Dupuis", "CEO")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Danone a présenté la nouvelle directrice générale de la filiale, Jeanne Dupuis.", "fr"),
        ("Danone a présenté la nouvelle directrice générale de sa division, Jeanne Dupuis.", "fr"),
        ("Le fondateur de Danone a salué la nouvelle directrice générale de l'entreprise.", "fr"),
        ("Danone introduced the new chief executive of the unit, Jane Roe.", "en"),
    ],
)
def test_a_unit_head_or_nobody_after_the_description_is_no_change(text: str, language: str) -> None:
    assert changes(text, language) == []
