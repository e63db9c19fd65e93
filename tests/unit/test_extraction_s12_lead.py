"""Leadership structures read in blind real succession stories (round 12): each text gives exactly its changes.

Sentences written for these tests (none copied from an article). Each class is a structure, worded several
ways, with near misses that must keep their reading:

- a surname is no firm when the story writes it after a first name the short first-name list lacks but a
  person's title announces ("our CEO Ignazio Bellucci"), or after a first name opening a line;
- "named <title> Jane Roe to succeed / to replace X": the title before the name is the one she holds; she
  takes the post of the one she succeeds, and "him" in the same clause is the one named before her;
- "X announced that Jane Roe will retire as CEO": a change told in a company's announcement is that company's,
  not the story's main company (a roundup's, another one named more often);
- a bare "the board" opening the sentence after one about a single company is that company's board;
- a one-word "company" that any mention shows to be a person's surname (a headline's "Ferrante named ...")
  holds no change;
- "a choisi Jane Roe pour remplacer X": a name an infinitive of succession follows is a person, not the supplier a
  verb of choosing would make it, and "à la tête du groupe / de la société" is the CEO's post;
- "P & G" with spaces is the initials of Procter & Gamble, as "P&G" is: one company, one change.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples
from tests.unit.test_extraction_leadership import PUBLISHED, Change, _changes

CASES: list[tuple[str, str, list[Change]]] = [
    # A surname after an unlisted first name that a title announces is a person's, even with a possessive.
    (
        "en-title-announces-first-name",
        'Shares in Danone fell on Monday.\n"Our CEO Ignazio Bellucci cannot return," chairman Paul Hart wrote on'
        " Saturday.\nDaniela Ferrante will replace Bellucci as the chief executive. She has the benefit of"
        " Bellucci's recently announced strategic plan.",
        [("danone", "Daniela Ferrante", "CEO", "Ignazio Bellucci")],
    ),
    (
        "en-boss-announces-first-name",
        "Danone said on Monday that boss Gunnar Ekdahl is leaving.\nNina Roe will succeed Ekdahl as CEO, and"
        " Ekdahl's three-year plan stays.",
        [("danone", "Nina Roe", "CEO", "Gunnar Ekdahl")],
    ),
    # A first name opening a line ("...Saturday.\nMike Dunmore will replace"): his surname alone is no firm.
    (
        "en-first-name-opens-line",
        "Danone's chief executive Ignazio Bellucci cannot return, its chairman wrote on Saturday.\nMike Dunmore"
        " will replace Bellucci as the chief executive. Dunmore has run the group's yogurt brands since 2009.",
        [("danone", "Mike Dunmore", "CEO", "Ignazio Bellucci")],
    ),
    (
        "fr-titre-annonce-prenom",
        "Danone a confirmé la nouvelle vendredi. Son PDG Ignazio Bellucci quitte le groupe.\nDaniela Ferrante"
        " remplacera Bellucci au poste de directeur général.",
        [("danone", "Daniela Ferrante", "CEO", "Ignazio Bellucci")],
    ),
    # Near misses: a title-led name that takes no post, and a former holder elsewhere.
    ("en-title-led-name-no-change", "CEO Ignazio Bellucci said Danone will keep Bellucci's strategy.", []),
    (
        "en-former-ceo-elsewhere",
        "Acme's former CEO Ignazio Bellucci now advises Danone. Bellucci's plan was praised.",
        [],
    ),
    # The title before a name that an infinitive of succession follows is the one she holds.
    (
        "en-named-cfo-to-succeed-him",
        "Danone announced the retirement of CEO John Doe, and named Chief Financial Officer Nina Roe to succeed him.",
        [("danone", "Nina Roe", "CEO", "John Doe")],
    ),
    (
        "en-appointed-finance-chief-to-replace-him",
        "Danone said chief executive John Doe would retire and appointed its finance chief Nina Roe to replace him.",
        [("danone", "Nina Roe", "CEO", "John Doe")],
    ),
    (
        "en-named-coo-to-take-over-from",
        "Danone has named chief operating officer Nina Roe to take over from John Doe, the retiring chief executive.",
        [("danone", "Nina Roe", "CEO", "John Doe")],
    ),
    (
        "fr-nomme-directeur-financier-pour-remplacer",
        "Danone a annoncé le départ de son directeur général John Doe et a nommé son directeur financier Nina Roe"
        " pour remplacer John Doe.",
        [("danone", "Nina Roe", "CEO", "John Doe")],
    ),
    # Near misses: a plain naming keeps its title; a title given after the name is the new one.
    (
        "en-plain-naming-keeps-title",
        "Danone named Nina Roe chief financial officer.",
        [("danone", "Nina Roe", "CFO", None)],
    ),
    (
        "en-held-title-then-new-title",
        "Danone named CFO Nina Roe chief executive, replacing John Doe.",
        [("danone", "Nina Roe", "CEO", "John Doe")],
    ),
]


CASES += [
    # The announcer of a reported clause that names no company is the company of the change.
    (
        "en-announced-that-retire",
        "Welcome to Retail Moves, where Kroger news leads. Kroger opened stores.\n\nAbercrombie & Fitch announced"
        " that Mike Jeffries will retire as CEO, effective immediately.",
        [("abercrombie-and-fitch", None, "CEO", "Mike Jeffries")],
    ),
    (
        "en-apposed-announcer-said-on-monday",
        "Kroger shares rose. Kroger opened stores.\n\nDanone, the yogurt maker, said on Monday that Nina Roe will"
        " step down as chief executive.",
        [("danone", None, "CEO", "Nina Roe")],
    ),
    (
        "fr-a-annonce-que",
        "Kroger a ouvert des magasins. Kroger recrute.\n\nDanone a annoncé que Nina Roe quittera ses fonctions de"
        " directrice générale en juin.",
        [("danone", None, "CEO", "Nina Roe")],
    ),
    # Near misses: a title another company owns, and analysts who report: the title's company.
    (
        "en-announcer-tells-of-another-company",
        "Kroger shares rose. Kroger opened stores.\n\nDanone said that Acme's CEO Nina Roe will retire.",
        [("acme", None, "CEO", "Nina Roe")],
    ),
    (
        "en-analysts-report",
        "Kroger shares rose. Kroger opened stores.\n\nJefferies analysts said that Nina Roe will retire as Danone's"
        " chief executive.",
        [("danone", None, "CEO", "Nina Roe")],
    ),
    # A bare board right after a sentence about one company is that company's, not the digest's.
    (
        "en-bare-board-after-company-sentence",
        "Ups & Downs is our weekly digest. Ups & Downs tracks retail.\n\nKroger said its chairman David Dillon will"
        " retire on Dec. 31. The board elected chief executive Rodney McMullen to take over as chairman.",
        [("kroger", "Rodney McMullen", "chair", "David Dillon")],
    ),
    (
        "en-bare-board-named-chair",
        "Ups & Downs is our weekly digest. Ups & Downs tracks retail.\n\nDanone said its chairman Paul Hart will"
        " step down in May. The board named Nina Roe chair.",
        [("danone", "Nina Roe", "chair", "Paul Hart")],
    ),
    (
        "fr-conseil-nu-apres-la-societe",
        "Le Fil Conso est notre lettre. Le Fil Conso suit la distribution.\n\nDanone a annoncé le départ de son"
        " président Paul Hart. Le conseil d'administration a nommé Nina Roe présidente du conseil.",
        [("danone", "Nina Roe", "chair", "Paul Hart")],
    ),
    # Near misses: two companies before the board (the story's), and a board its sentence names.
    (
        "en-board-after-two-companies",
        "Airbus builds jets. Airbus hired staff.\n\nDanone and Nestlé reported sales. The board named Nina Roe chair.",
        [("airbus", "Nina Roe", "chair", None)],
    ),
    (
        "en-owned-board-wins",
        "Airbus builds jets. Airbus hired staff.\n\nDanone said its chairman Paul Hart will step down. Airbus's board"
        " named Nina Roe chair.",
        [("airbus", "Nina Roe", "chair", None), ("danone", None, "chair", "Paul Hart")],
    ),
    # A name chosen to replace someone is a person: the chooser's new leader, at the head of the group.
    (
        "fr-a-choisi-pour-remplacer",
        "Danone a choisi Jane Doe pour remplacer John Roe à la tête du groupe.",
        [("danone", "Jane Doe", "CEO", "John Roe")],
    ),
    (
        "fr-a-retenu-pour-succeder",
        "Danone a retenu Nina Roe pour succéder à John Doe à la tête de la société.",
        [("danone", "Nina Roe", "CEO", "John Doe")],
    ),
    (
        "en-picked-to-replace",
        "Danone picked Nina Roe to replace John Doe as chief executive.",
        [("danone", "Nina Roe", "CEO", "John Doe")],
    ),
    # Near misses: a supplier chosen to replace another, and a tenure told at the head of the group.
    ("fr-prestataire-choisi", "Danone a choisi Acme Services pour remplacer Atos comme prestataire.", []),
    ("fr-a-la-tete-depuis", "Jane Doe, à la tête du groupe depuis 2015, a présenté les résultats de Danone.", []),
    # Spaced initials of an ampersand name are that company: the leaver's exit folds into the succession.
    (
        "en-spaced-ampersand-initials",
        "Procter & Gamble named Jon Moeller chief executive, replacing David Taylor. Taylor will retire as CEO of"
        " P & G on November 1.",
        [("procter-gamble", "Jon Moeller", "CEO", "David Taylor")],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_s12_leadership_structures(case_id: str, text: str, expected: list[Change]) -> None:
    """Each structure gives exactly its changes: company, newcomer, title and predecessor."""
    assert _changes(text, case_id) == sorted(expected)


def _titled_changes(title: str, body: str) -> list[Change]:
    item = NewsItem(id="t", title=title, body=body, language="en", published_at=PUBLISHED)
    return sorted(
        (event.subject.id if event.subject else None, event.person, event.role, event.previous_person)
        for event in extract(item).events
        if event.type == "leadership_change"
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Danone CEO Ekdahl quits; Ferrante named interim successor",
            "PARIS - Danone chief executive Gunnar Ekdahl resigned on Tuesday.\n\nEkdahl, 66, stepped down after a"
            " board meeting and was succeeded by Daniela Ferrante, 55, a senior vice president, the company said."
            "\n\nFerrante holds the post on an interim basis.",
        ),
        (
            "Toshiba CEO Tsunakawa resigns; Shimada named interim successor",
            "Toshiba chief executive Satoshi Tsunakawa resigned on Tuesday and was succeeded by Taro Shimada, a"
            " senior vice president. Shimada holds the post on an interim basis.",
        ),
    ],
)
def test_headline_surname_is_no_company(title: str, body: str) -> None:
    """A headline's "Ferrante named ..." is the body's "Daniela Ferrante": no change is that "company's"."""
    surnames = {"ferrante", "shimada"}
    assert not any(change[0] in surnames for change in _titled_changes(title, body))


def test_headline_company_still_leads() -> None:
    """Near miss: a headline's real company keeps the change ("Danone names new CEO")."""
    assert _titled_changes("Danone names new CEO", "Danone named Nina Roe chief executive.") == [
        ("danone", "Nina Roe", "CEO", None)
    ]


def test_supplier_chosen_to_replace_stays_a_supplier() -> None:
    """Near miss: "a choisi X pour remplacer Y comme prestataire" still starts a supply relation with X."""
    assert triples("Danone a choisi Acme Services pour remplacer Atos comme prestataire.", "fr", prefix="customer") == [
        ("customer_start", "Danone", "Acme Services")
    ]
