"""Leadership classes read in real appointment stories (round 10): each sentence gives exactly its changes.

Sentences written for these tests (none copied from an article). Most classes are precision
guards: a person quoted or described with a title, a division's head, a tenure that goes on, the
leaver given as the newcomer, a rival's appointment given to the story's company. Each of those
would raise a leadership alert naming someone the story does not make the company's leader.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.unit.test_extraction_leadership import PUBLISHED, Change, _changes

CASES: list[tuple[str, str, list[Change]]] = [
    # A capitalised title inside a run of capitals is never part of a name: the name starts after it.
    (
        "en-board-chair-name",
        "Board Chair Larry Kellner will not stand again. The board has elected Paul Hart to succeed Kellner as "
        "chair of Danone.",
        [("danone", "Paul Hart", "chair", "Larry Kellner")],
    ),
    (
        "en-company-president-and-ceo",
        "Danone President and CEO Nina Roe will retire in June and will be succeeded by Paul Hart.",
        [("danone", "Paul Hart", "CEO", "Nina Roe")],
    ),
    # A division named with its initials is the division: its head leads no group.
    (
        "en-division-with-initials",
        "Airbus Commercial Aircraft (ACA) chief executive Paul Hart will retire, and Nina Roe has been "
        "appointed to lead ACA as its new chief executive.",
        [("airbus-commercial-aircraft", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # The title's company runs on into a longer name: a unit's head, not the group's (the unit is a known firm
    # since session 24's press names, so its own change).
    (
        "en-ceo-of-group-name-unit",
        "Airbus named Nina Roe, the head of its engineering team, as chief executive of Airbus Helicopters.",
        [("airbus-helicopters", "Nina Roe", "CEO", None)],
    ),
    (
        "fr-directrice-generale-unite",
        "Nina Roe a été nommée directrice générale de Danone Eaux Minérales, a indiqué le groupe.",
        [],
    ),
    # Near miss: the group's own form after the name leaves the group as the company.
    (
        "en-ceo-of-group-form",
        "Nina Roe was named chief executive of Danone Group on Monday.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # A tenure that goes on, a board's search and the next holder still to be found name nobody.
    (
        "en-continue-to-lead",
        "Danone said Paul Hart will continue to lead the company through the year.",
        [],
    ),
    (
        "fr-continuera-de-diriger",
        "Paul Hart continuera de diriger Danone jusqu'à la fin de l'année, a précisé le groupe.",
        [],
    ),
    (
        "en-board-process-next-ceo",
        "In this role, Nina Roe will lead the board's process of selecting Danone's next CEO.",
        [],
    ),
    # Near miss: a tenure that starts is a change.
    (
        "en-will-lead-the-company",
        "Nina Roe will lead Danone from June, the company said.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # An apposition closed before "as" holds the titles of today; "as" gives the new one.
    (
        "en-currently-coo-as-ceo",
        "Danone named Paul Hart, 47, currently the company's president and chief operating officer, as CEO.",
        [("danone", "Paul Hart", "CEO", None)],
    ),
    (
        "fr-apposition-comme-dg",
        "Danone a nommé Paul Hart, jusqu'ici son directeur financier, comme directeur général.",
        [("danone", "Paul Hart", "CEO", None)],
    ),
    # "as new CEO" gives its title to the name nearest before it, never to the leaver opening the clause.
    (
        "en-as-new-ceo-nearest-name",
        "Airbus CEO Paul Hart will retire from the company and Nina Roe has been appointed to run Airbus as its "
        "new president and chief executive, the group said.",
        [("airbus", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A title held today at another company does not make the new post one already held.
    (
        "fr-actuel-president-ailleurs",
        "Renault a nommé Paul Hart, actuel président de Michelin, comme nouveau président du groupe.",
        [("renault", "Paul Hart", "chair", None)],
    ),
    # Near miss: the same title held today at the same company, said earlier in the story, is no change.
    (
        "fr-actuel-president-meme-groupe",
        "Paul Hart, actuel président du conseil d'administration de Danone, proposerait une dissociation des "
        "fonctions. Paul Hart deviendrait président non exécutif.",
        [],
    ),
    # A passive's subject is the name right before its auxiliaries, not the sentence's first name.
    (
        "fr-pourrait-etre-nomme",
        "Paul Hart, actuel président du conseil de Danone, resterait en poste et Nina Roe pourrait être nommée "
        "directrice générale.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "en-could-be-named",
        "Paul Hart, Danone's chairman, is staying, while Nina Roe could be named chief executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # One verb, two namings: the second after "et / and", past a long apposition of the first.
    (
        "fr-deux-nominations-coordonnees",
        "Renault a nommé jeudi Paul Hart, actuel président de Michelin, comme nouveau président du groupe au "
        "losange, et l'actuel patron opérationnel Nina Roe au poste de directeur général.",
        [("renault", "Nina Roe", "CEO", None), ("renault", "Paul Hart", "chair", None)],
    ),
    (
        "en-two-namings-coordinated",
        "Danone on Thursday appointed Paul Hart, a former banker, as its new chairman, and veteran Nina Roe as "
        "chief executive.",
        [("danone", "Nina Roe", "CEO", None), ("danone", "Paul Hart", "chair", None)],
    ),
    (
        "fr-comme-son-nouveau-president",
        "Danone a nommé Paul Hart, un ancien banquier, comme son nouveau président.",
        [("danone", "Paul Hart", "chair", None)],
    ),
    # A possessed post is the leaver's; the subject takes it.
    (
        "en-take-over-possessed-role",
        "Nina Roe will take over Bill Lane's role as chairman of Airbus.",
        [("airbus", "Nina Roe", "chair", "Bill Lane")],
    ),
    (
        "en-take-his-place",
        "Paul Hart, Airbus's chief executive since 2015, is leaving the company; Nina Roe will take his place.",
        [("airbus", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "fr-prendra-sa-place",
        "Paul Hart, directeur général de Danone depuis 2015, quitte le groupe ; Nina Roe prendra sa place.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # "its chief executive" in a reported clause is the speaker's, even when the leaver's surname is a firm.
    (
        "en-its-chief-executive-speaker",
        "Motorola chief executive Zander steps down\n\nMotorola said today that its chief executive Ed Zander "
        "was stepping down. Motorola named Greg Brown as CEO.",
        [("motorola", "Greg Brown", "CEO", "Ed Zander")],
    ),
    # A possessor describes the acting company: the rival appoints.
    (
        "en-possessor-rival-appoints",
        "Renault's rival Stellantis appointed Nina Roe as CEO, Renault said on Tuesday.",
        [("stellantis", "Nina Roe", "CEO", None)],
    ),
    # Near miss: a possessor before a title, not before a company, is the company.
    (
        "en-possessor-before-title",
        "Renault's board appointed Nina Roe as CEO on Tuesday.",
        [("renault", "Nina Roe", "CEO", None)],
    ),
    # "ce dernier" / "the latter" stand for the last person named; the newcomer's own title is not lent.
    (
        "fr-ce-dernier-succedera",
        "Le conseil de Suez a désigné Paul Hart, directeur général de l'entreprise depuis 2008, comme futur "
        "président. Ce dernier succédera à Jean Roe le 14 mai.",
        [("suez", "Paul Hart", "chair", "Jean Roe")],
    ),
    (
        "en-the-latter-succeeds",
        "Danone picked Nina Roe and Paul Hart for its board; the board then named Paul Hart chairman. The "
        "latter succeeds Jim Lane.",
        [("danone", "Paul Hart", "chair", "Jim Lane")],
    ),
    # "Son patron, X," opening a sentence is the leader of the company acting in the sentence before.
    (
        "fr-son-patron-phrase-precedente",
        "L'Oréal réunit ses fonctions. Michelin prépare aussi une succession. Son patron, Paul Hart, a indiqué "
        "qu'il quitterait ses fonctions et proposera de nommer à sa place Nina Roe.",
        [("michelin", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "en-its-chief-opening-sentence",
        "Danone is also preparing a handover. Its chief executive, Paul Hart, said he would retire and the board "
        "named Nina Roe to replace him.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # An unnamed title as the subject: its "il / he" is that holder, never a person named earlier.
    (
        "fr-president-non-nomme-il",
        "Nina Roe, jusqu'ici directrice générale, deviendra PDG de L'Oréal, tandis que l'actuel président, Paul "
        "Hart, prendra un titre honorifique. Même mouvement chez Orange. Le président du conseil d'administration "
        "a fait savoir qu'il quitterait ses fonctions en février.",
        [("loreal", "Nina Roe", "CEO", None)],
    ),
    # Near miss: a named subject's pronoun is still that person.
    (
        "fr-nomme-il-quittera",
        "Paul Hart, président d'Orange, a fait savoir qu'il quittera ses fonctions en février.",
        [("orange", None, "chair", "Paul Hart")],
    ),
    # The head of a branch replaced is no leader of the group.
    (
        "fr-remplace-a-la-tete-de-la-branche",
        "Chez Safran, Paul Hart sera remplacé à la tête de la branche Communications par Nina Roe.",
        [],
    ),
    (
        "en-replaced-as-head-of-its-unit",
        "At Airbus, Paul Hart will be replaced as chief executive of its helicopter unit by Nina Roe.",
        [],
    ),
    # Near miss: the group's own top job replaced the same way is a change.
    (
        "fr-remplace-a-la-tete-du-groupe",
        "Chez Safran, Paul Hart, directeur général, sera remplacé par Nina Roe.",
        [("safran", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A sentence that moves the story to a company lends it to the next sentences that name none.
    (
        "fr-meme-mouvement-chez",
        "L'Oréal et Orange fusionnent les fonctions. Nina Roe, directrice générale, deviendra PDG de L'Oréal. "
        "Même mouvement chez Orange. Là aussi, Paul Hart, directeur général, deviendra PDG du groupe.",
        [("loreal", "Nina Roe", "CEO", None), ("orange", "Paul Hart", "CEO", None)],
    ),
    # Near miss: a company inside another clause ("ses fonctions chez X") moves nothing.
    (
        "fr-chez-dans-une-incise",
        "Orange cherche un nouveau président. Nina Roe a longtemps travaillé avec les équipes commerciales chez "
        "Schneider Electric, à Rueil. Pour la présidence, Paul Hart fait figure de favori. Orange dément.",
        [("orange", "Paul Hart", "chair", None)],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_phrasing_gives_exactly_its_changes(case_id: str, text: str, expected: list[Change]) -> None:
    """The text yields these leadership changes and no other."""
    assert _changes(text, case_id) == sorted(expected, key=lambda change: tuple(part or "" for part in change))


MODALITIES: list[tuple[str, str, str]] = [
    # A near future right before the verb, or a proposal to name, announces the change.
    ("fr-va-prendre-les-commandes", "Paul Hart va prendre les commandes de Danone.", "plan"),
    ("en-is-set-to-take-over", "Paul Hart is set to take over as chief executive of Danone.", "plan"),
    (
        "fr-a-propose-de-nommer",
        "Le comité des nominations de Danone a proposé au conseil de nommer Paul Hart PDG du groupe.",
        "plan",
    ),
    # Near miss: a naming done is a fact.
    ("fr-a-nomme", "Le conseil de Danone a nommé Paul Hart PDG du groupe.", "fact"),
]


@pytest.mark.parametrize(("case_id", "text", "modality"), MODALITIES, ids=[case[0] for case in MODALITIES])
def test_announced_change_is_a_plan(case_id: str, text: str, modality: str) -> None:
    """An announced change is a plan; one done is a fact."""
    language = "fr" if case_id.startswith("fr") else "en"
    item = NewsItem(id=case_id, body=text, language=language, published_at=PUBLISHED)
    events = [event for event in extract(item).events if event.type == "leadership_change"]
    assert [(event.person, event.modality) for event in events] == [("Paul Hart", modality)]
