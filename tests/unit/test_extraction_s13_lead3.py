"""Leadership structures read in real succession stories (round 10, session 13): each text gives exactly its changes.

Sentences written for these tests (none copied from an article). Each block is one structure, worded several
ways, with near misses that must keep their reading:

- a title's owner right before a name ("le patron de Safran Jane Roe", "the chief executive of Nissan Jane Roe")
  describes her; the name is read, and the owner is neither the company of her new post nor of a later change;
- a person the story already gives a title at one company, newly named to that title in a sentence naming no
  company, takes it at the story's company ("X, présidente de Michelin. X a été élue présidente du conseil");
- an object relative with a pronoun subject ("le DG, John Doe, qu'il remplace par intérim", "whom she will
  replace") names the one replaced; the pronoun is the main clause's subject, not the name just before it;
- a French title over the company's kind noun ("la direction générale du constructeur") is the story company's
  (never a fund's, a holding's or a channel's);
- a region right after the company a verb of running names ("prend la tête de GM Amérique du Nord") makes a unit's
  post;
- a subject relative after a naming (", who replaces John Doe", ", qui succède à John Doe") names the one replaced;
- a reported future ("said Jane Roe would retire", « partira à la retraite ») and a headline's name followed by an
  infinitive ("Danone CEO Roe to Retire") announce a departure: a plan, not a fact.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.unit.test_extraction_leadership import PUBLISHED, Change, _changes

CASES: list[tuple[str, str, list[Change]]] = [
    # A title and its owner right before a name: she holds it there; her new post is the verb's.
    (
        "fr-patron-de-x-prend-la-presidence",
        "Le patron de Safran Jane Roe a pris jeudi la présidence de Renault, en remplacement de John Doe. Mme Roe"
        " garde ses fonctions.",
        [("renault", "Jane Roe", "chair", "John Doe")],
    ),
    (
        "fr-directeur-general-de-x-nomme",
        "Le directeur général de Safran Jane Roe a été nommé président de Renault. Roe quittera Safran en mai.",
        [("renault", "Jane Roe", "chair", None)],
    ),
    (
        "en-chief-executive-of-x-named-chair",
        "The chief executive of Nissan Jane Roe was named chair of Renault on Thursday. Roe joined Nissan in 1991.",
        [("renault", "Jane Roe", "chair", None)],
    ),
    # ... and a later change that names no company is not that owner's.
    (
        "fr-second-newcomer-not-owner-company",
        "Le patron de Safran Jane Roe a pris la présidence de Renault jeudi.\nAux côtés de Mme Roe, John Doe prend"
        " la direction générale du groupe.",
        [("renault", "Jane Roe", "chair", None), ("renault", "John Doe", "CEO", None)],
    ),
    # A French title over the company's kind noun ("du constructeur", "de la société") is the story company's.
    (
        "fr-direction-generale-du-constructeur",
        "Jane Roe a pris la présidence de Renault.\nJohn Doe prend la direction générale du constructeur.",
        [("renault", "Jane Roe", "chair", None), ("renault", "John Doe", "CEO", None)],
    ),
    (
        "fr-direction-du-constructeur-then-other-company",
        "Jane Roe a pris la présidence de Renault.\nJohn Doe prend la direction générale du constructeur, un choix"
        " voulu par Nissan.",
        [("renault", "Jane Roe", "chair", None), ("renault", "John Doe", "CEO", None)],
    ),
    (
        "fr-devient-presidente-de-la-societe",
        "Renault a publié ses ventes lundi. Renault recrute.\nJane Roe devient présidente de la société.",
        [("renault", "Jane Roe", "chair", None)],
    ),
    (
        "fr-presidente-du-fonds-no-change",
        "Renault a publié ses ventes lundi. Renault recrute.\nJane Roe devient présidente du fonds.",
        [],
    ),
    # Near misses: a unit's name after its owner is no person; a holder named without a later surname stays out.
    (
        "en-unit-after-owner-no-person",
        "The head of Airbus Defence Space said Renault would buy more satellites.",
        [],
    ),
    (
        "fr-titre-de-x-sans-changement",
        "Le patron de Safran Jane Roe a salué jeudi les résultats de Renault. Mme Roe reste prudente.",
        [],
    ),
    # A title the story gives her at one company, given again in a sentence that names none: the story's company.
    (
        "fr-deja-presidente-ailleurs-elue-presidente",
        "Renault : deux nominations.\nJane Roe, présidente du groupe Michelin, et John Doe, ancien directeur général"
        " adjoint.\nJane Roe a été élue présidente du conseil d'administration. John Doe, lui, est nommé directeur"
        " général.\nRenault a confirmé ces choix jeudi.",
        [("renault", "Jane Roe", "chair", None), ("renault", "John Doe", "CEO", None)],
    ),
    (
        "en-already-chair-elsewhere-elected-chair",
        "Renault picks two leaders.\nJane Roe, the chair of Michelin, and John Doe, a deputy CEO.\nJane Roe was"
        " elected chair of the board. John Doe was named chief executive.\nRenault confirmed the choices.",
        [("renault", "Jane Roe", "chair", None), ("renault", "John Doe", "CEO", None)],
    ),
    # Near miss: a different title than the one held there is still that company's (a promotion).
    (
        "en-cfo-there-named-ceo-stays",
        "Michelin shares rose.\nJane Roe, the chief financial officer of Michelin, spoke first.\nJane Roe was named"
        " chief executive on Monday.",
        [("michelin", "Jane Roe", "CEO", None)],
    ),
    # An object relative with a pronoun subject: the antecedent is replaced, the main subject comes.
    (
        "fr-qu-il-remplace-par-interim",
        "Le président du conseil de Renault, Paul Hart, a annoncé le départ du directeur général du groupe, John"
        " Doe, qu'il remplace par intérim.",
        [("renault", "Paul Hart", "CEO", "John Doe")],
    ),
    (
        "fr-qu-elle-remplace",
        "La présidente de Renault, Jane Roe, a confirmé la démission du directeur général, John Doe, qu'elle"
        " remplace à titre provisoire.",
        [("renault", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-whom-he-replaces",
        "Renault chairman Paul Hart announced the exit of chief executive John Doe, whom he replaces on an interim"
        " basis.",
        [("renault", "Paul Hart", "CEO", "John Doe")],
    ),
    # "X a pris la présidence de Y, où il remplace Z, démissionnaire": the main clause's title is the one taken, and a
    # departure cue in apposition is the name's right before it.
    (
        "fr-ou-il-remplace-demissionnaire",
        "Jane Roe a pris jeudi la présidence du conseil de Renault, où elle remplace John Doe, démissionnaire la"
        " veille.",
        [("renault", "Jane Roe", "chair", "John Doe")],
    ),
    (
        "en-where-she-replaces",
        "Jane Roe took the chair of Renault on Monday, where she replaces John Doe.",
        [("renault", "Jane Roe", "chair", "John Doe")],
    ),
    (
        "en-held-title-in-aside-not-taken",
        "Jane Roe, the CFO of Renault, said she replaces John Doe, the retiring chief executive.",
        [("renault", "Jane Roe", "CEO", "John Doe")],
    ),
    # A region right after the company the verb names ("la tête de GM Amérique du Nord"): a unit's post.
    ("fr-tete-de-x-region-unit", "Jane Roe, 46 ans, prend la tête de Renault Amérique du Nord.", []),
    ("en-run-x-region-unit", "Jane Roe will run Nissan North America from May.", []),
    ("en-chief-of-x-region-unit", "Nissan named Jane Roe chief executive of Nissan North America.", []),
    ("en-run-x-no-region", "Jane Roe will run Nissan from May.", [("nissan", "Jane Roe", "CEO", None)]),
    # Near misses: a subject relative ("qui remplace") keeps the antecedent as newcomer; a thing replaced is none.
    (
        "fr-qui-remplace-antecedent-newcomer",
        "Renault a nommé directeur général Jane Roe, qui remplace John Doe.",
        [("renault", "Jane Roe", "CEO", "John Doe")],
    ),
    # A subject relative after the naming names the one she replaces, in its own clause.
    (
        "en-named-ceo-who-replaces",
        "Renault named Jane Roe chief executive, who replaces John Doe.",
        [("renault", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-named-title-first-who-will-succeed",
        "Renault named chief executive Jane Roe, who will succeed John Doe in May.",
        [("renault", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "fr-nommee-qui-succede-a",
        "Renault a nommé Jane Roe directrice générale, qui succède à John Doe.",
        [("renault", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-named-ceo-who-praised-no-previous",
        "Renault named Jane Roe chief executive, who praised John Doe.",
        [("renault", "Jane Roe", "CEO", None)],
    ),
    (
        "en-whom-he-praised-no-change",
        "Renault chairman Paul Hart thanked chief executive John Doe, whom he praised for the turnaround.",
        [],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_s13_lead3_structures(case_id: str, text: str, expected: list[Change]) -> None:
    """Each structure gives exactly its changes: company, newcomer, title and predecessor."""
    assert _changes(text, case_id) == sorted(expected)


def _departures(text: str, language: str, title: str = "") -> list[tuple[str | None, str | None, str]]:
    item = NewsItem(id="t", title=title, body=text, language=language, published_at=PUBLISHED)  # type: ignore[arg-type]
    return sorted(
        (event.subject.id if event.subject else None, event.previous_person, event.modality)
        for event in extract(item).events
        if event.type == "leadership_change"
    )


@pytest.mark.parametrize(
    ("text", "language", "title", "expected"),
    [
        # A reported future: the departure is announced.
        (
            "Danone announced on Monday that chief executive Jane Roe would retire in May.",
            "en",
            "",
            [("danone", "Jane Roe", "plan")],
        ),
        (
            "Danone said its chief executive Jane Roe would step down after the meeting.",
            "en",
            "",
            [("danone", "Jane Roe", "plan")],
        ),
        (
            "Danone a annoncé que son PDG Jane Roe partira à la retraite en juin.",
            "fr",
            "",
            [("danone", "Jane Roe", "plan")],
        ),
        # The British "stood down" is a departure done.
        ("Danone boss Jane Roe stood down on Monday.", "en", "", [("danone", "Jane Roe", "fact")]),
        # A headline's name then an infinitive: announced.
        ("Danone shares fell on Monday.", "en", "Danone CEO Roe to Retire in May", [("danone", "Roe", "plan")]),
        # Near miss: a naming's infinitive after the newcomer's name keeps the fact.
        (
            "Danone announced the retirement of CEO John Doe, and named CFO Greg Hayes to succeed him.",
            "en",
            "",
            [("danone", "John Doe", "fact")],
        ),
        # Near misses: a denied future, and an infinitive after a verb (a fact told with its purpose) keep no plan.
        ("Danone said chief executive Jane Roe would not retire before 2027.", "en", "", []),
        ("Danone boss Jane Roe resigned to spend time with family.", "en", "", [("danone", "Jane Roe", "fact")]),
    ],
)
def test_s13_lead3_announced_departures(
    text: str, language: str, title: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    """A departure told in a reported future or a headline infinitive is a plan; a done one stays a fact."""
    assert _departures(text, language, title) == expected
