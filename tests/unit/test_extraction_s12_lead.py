"""Leadership structures read in blind real succession stories (round 12): each text gives exactly its changes.

Sentences written for these tests (none copied from an article). Each class is a structure, worded several
ways, with near misses that must keep their reading:

- a surname is no firm when the story writes it after a first name the short first-name list lacks but a
  person's title announces ("our CEO Ignazio Bellucci"), or after a first name opening a line;
- "named <title> Jane Roe to succeed / to replace X": the title before the name is the one she holds; she
  takes the post of the one she succeeds, and "him" in the same clause is the one named before her;
- "X announced that Jane Roe will retire as CEO": a change told in a company's announcement is that company's,
  not the story's main company (a roundup's, another one named more often);
- "P & G" with spaces is the initials of Procter & Gamble, as "P&G" is: one company, one change.
"""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_leadership import Change, _changes

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
