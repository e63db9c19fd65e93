"""Leadership phrasings read in real appointment stories (round 9): each gives exactly its changes.

Sentences written for these tests (none copied from an article). The precision cases matter as
much as the recall ones: a change the story only recalls (dated months before it, or told as "a
year after") and the person an ouster verb removes must never become a new leader, since each
would raise a false leadership alert.
"""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_leadership import Change, _changes

CASES: list[tuple[str, str, list[Change]]] = [
    # A participle after the leaver's own verb hands the role over.
    (
        "en-handing-the-reins",
        "Danone chief executive Paul Hart said he was stepping down after nine years, handing the reins to "
        "finance chief Nina Roe.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A second role in a coordinated verb phrase.
    (
        "en-will-also-become-chairman",
        "Nina Roe will serve as interim CEO of Danone and will also become executive chairman of the board.",
        [("danone", "Nina Roe", "CEO", None), ("danone", "Nina Roe", "chair", None)],
    ),
    # "X who will become CEO": the relative pronoun's antecedent is the newcomer, not the clause's subject.
    (
        "en-relative-who-will-become",
        "Danone CEO Paul Hart said he is leaving the post, and operations chief Nina Roe who will become CEO "
        "joins the board.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # The object of "ousts" leaves: never the one the headline's "appoints" names.
    (
        "en-ousts-then-appoints",
        "Danone ousts Hart, appoints Lane interim CEO\n"
        "Danone said on Monday that finance chief Victor Lane would act as interim chief executive to replace "
        "Paul Hart, who was ousted after a fall in sales.",
        [("danone", "Victor Lane", "CEO", "Paul Hart")],
    ),
    # A headline and the body tell one change (the body without the title): one event, one alert.
    (
        "en-headline-and-body-one-change",
        "Danone names Nina Roe as new CEO\n\n(Reuters) - Danone said on Wednesday its chief executive for over "
        "four years, Paul Hart, will depart the company and be replaced by Nina Roe who currently heads its "
        "dairy business.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A surname right after "appoints" and before a title is a person, not a supplier hired.
    (
        "en-appoints-surname-title",
        "Danone ousts Hart, appoints Lane interim CEO\n\nDanone appointed Chief Financial Officer Victor P. Lane "
        "as interim chief executive to replace Paul Hart, who was ousted on Wednesday.\n\nLane, Danone's "
        "finance chief, was named CEO on an interim basis.",
        [("danone", "Victor P. Lane", "CEO", "Paul Hart")],
    ),
    # "replaced him with X": the pronoun is the leaver named before, the newcomer follows "with".
    (
        "en-replaced-him-with",
        "Danone said it fired its finance chief of six years, Paul Hart, and replaced him with Nina Roe from Lactalis.",
        [("danone", "Nina Roe", "CFO", "Paul Hart")],
    ),
    # A long name whose initials the story writes as a known company is that company (one party, one alert).
    (
        "en-long-name-and-known-acronym",
        "Hewlett-Packard Co. said on Monday that Jane Roe would become chief financial officer. HP shares "
        "rose 2 percent.",
        [("hp", "Jane Roe", "CFO", None)],
    ),
    # A nominal replacement after a nominal departure, the title after the newcomer.
    (
        "fr-depart-et-son-remplacement-par",
        "Danone annonce le départ de Paul Hart et son remplacement par Nina Roe au poste de directeur financier.",
        [("danone", "Nina Roe", "CFO", "Paul Hart")],
    ),
    # A surname with an inner capital ("Mc", "Mac") is a person's, not an organisation's.
    (
        "fr-mc-surname",
        "Le directeur financier du groupe Danone, Ross McInnes, quitte ses fonctions.",
        [("danone", None, "CFO", "Ross McInnes")],
    ),
    # The designated successor who quits takes no role.
    (
        "en-designated-successor-quits",
        "Danone's CEO-in-waiting quits; founder Nina Roe returns\n\nTwo weeks after chief executive Paul Hart "
        "said he would leave Danone, Victor Lane, the executive lined up to succeed him, has quit as well.",
        [("danone", None, "CEO", "Paul Hart")],
    ),
    # "the top finance spot" is the CFO's post; "after the resignation of X" names the one replaced.
    (
        "en-top-finance-spot-after-resignation",
        "Danone named Nina Roe to the top finance spot after the hasty resignation of Paul Hart.",
        [("danone", "Nina Roe", "CFO", "Paul Hart")],
    ),
    # Recollections, no news: a past month well before publication (14 May), a lapse "after", a pluperfect.
    (
        "en-took-over-last-january",
        "It is the first setback for Paul Hart since he took over as chief executive of Danone last January.",
        [],
    ),
    (
        "fr-arrive-debut-decembre",
        "La nomination n'étonne pas : un nouveau directeur général, Paul Hart, est arrivé chez Danone début décembre.",
        [],
    ),
    (
        "fr-un-an-apres-que",
        "Le groupe a publié ses résultats jeudi, un an après que Paul Hart a pris la présidence de Danone.",
        [],
    ),
    (
        "fr-avait-choisi-fin-fevrier",
        "Fin février, le conseil de Danone avait choisi Paul Hart pour succéder à Jean Roe à partir de septembre.",
        [],
    ),
    (
        "en-became-ceo-a-year-ago",
        "Jane Roe, who became chief executive of Danone a year ago, said sales rose.",
        [],
    ),
    (
        "en-appointed-ceo-three-years-before",
        "Sales rose at Danone. Jane Roe was appointed chief executive of Danone in 2021.",
        [],
    ),
    (
        "en-became-ceo-month-and-year-before",
        "Sales rose at Danone. Jane Roe became chief executive in January 2023, replacing Paul Hart.",
        [],
    ),
    # A holder described ("still run by its chief executive"), not a change.
    (
        "en-still-run-by-its-chief-executive",
        "Lactalis will become a separate unit of Danone, still run by its chairman and chief executive Paul Hart.",
        [],
    ),
    # The aside about the leaver dates her arrival, not the news.
    (
        "en-replacing-who-took-the-job-years-ago",
        "Danone named Jane Roe chief executive on Monday, replacing Paul Hart, who took the job two years ago.",
        [("danone", "Jane Roe", "CEO", "Paul Hart")],
    ),
    # The head of a company's unit is no leader of the company.
    (
        "en-ceo-of-the-companys-unit",
        "Jane Roe was named CEO of Danone's North American unit on Monday.",
        [],
    ),
    # The same story's news stays news: no date, or a date still to come.
    (
        "en-named-on-monday",
        "Danone named Paul Hart chief executive on Monday, succeeding Nina Roe.",
        [("danone", "Paul Hart", "CEO", "Nina Roe")],
    ),
    (
        "fr-succedera-en-septembre",
        "Paul Hart succédera à Jean Roe à la direction générale de Danone en septembre.",
        [("danone", "Paul Hart", "CEO", "Jean Roe")],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_phrasing_gives_exactly_its_changes(case_id: str, text: str, expected: list[Change]) -> None:
    """The text yields these leadership changes and no other."""
    assert _changes(text, case_id) == sorted(expected, key=lambda change: tuple(part or "" for part in change))
