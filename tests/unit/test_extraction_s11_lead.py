"""Leadership classes read in blind real appointment stories (round 11): each text gives exactly its changes.

Sentences written for these tests (none copied from an article). Each class is a structure, worded
several ways, with a near miss that must keep its reading. Most guard precision: a change given to
the company of another sentence, or a title a person holds (or held) read as the one given, would
raise a leadership alert naming someone the story does not make that company's leader.
"""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_leadership import Change, _changes

CASES: list[tuple[str, str, list[Change]]] = [
    # A date word before a one-word company is no first name: "Wednesday Danone" is no person.
    (
        "en-weekday-before-company",
        "On Wednesday Danone named Nina Roe chief executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "en-last-weekday-before-company",
        "Last Tuesday Danone tapped Nina Roe as its new chief financial officer.",
        [("danone", "Nina Roe", "CFO", None)],
    ),
    (
        "fr-jour-avant-societe",
        "Mardi Danone a nommé Nina Roe directrice générale.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # Near miss: the same opener before a title held names nobody.
    ("en-weekday-title-held", "On Wednesday Danone chief executive Nina Roe said sales rose.", []),
    # ", named" / ", appointed" after an apposition describing the subject company is the sentence's verb.
    (
        "en-apposition-then-named",
        "Danone, the French yogurt maker, named Nina Roe chief executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "en-apposition-then-appointed",
        "Airbus SE, a maker of aircraft and helicopters, appointed Paul Hart as chief financial officer.",
        [("airbus", "Paul Hart", "CFO", None)],
    ),
    (
        "en-date-apposition-then-named",
        "On Monday Danone, one of the world's largest dairy groups, named Nina Roe chairman.",
        [("danone", "Nina Roe", "chair", None)],
    ),
    # Near misses: after a person or a title, the participle still describes its holder.
    ("en-reduced-relative-person", "Nina Roe, named chief executive of Danone in 2019, said sales rose.", []),
    ("en-reduced-relative-title", "Danone's chief executive, appointed in 2019, is Nina Roe.", []),
    # "as X's new <title>": the title after "as" is the one given; the one before the name describes her.
    (
        "en-as-the-company-s-new",
        "Danone named finance chief Nina Roe as the company's new chief executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "en-as-the-group-s",
        "Airbus has appointed its chief operating officer, Paul Hart, as the group's chief executive.",
        [("airbus", "Paul Hart", "CEO", None)],
    ),
    (
        "en-as-named-company-s-new",
        "Danone picked chief financial officer Nina Roe as Danone's new chief executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "fr-comme-nouvelle",
        "Danone a choisi sa directrice financière Nina Roe comme nouvelle directrice générale du groupe.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # Near miss: "as head of its European business" gives a unit's post, no tracked title.
    (
        "en-as-unit-head",
        "Danone named Nina Roe, the company's chief financial officer, as head of its European business.",
        [],
    ),
    # A post filled in its own sentence ("named X, replacing co-founder Y") is not left for the next naming,
    # and a founder is never a post to fill.
    (
        "en-filled-post-not-vacant",
        "Danone named Nina Roe chief executive, replacing co-founder Paul Hart. Orvane Holdings tapped Victor "
        "Lane to succeed Ann Lee as CEO.",
        [("danone", "Nina Roe", "CEO", "Paul Hart"), ("orvane", "Victor Lane", "CEO", "Ann Lee")],
    ),
    (
        "en-filled-post-then-committee",
        "Airbus appointed Nina Roe chief executive to replace Paul Hart. Separately, the board named Victor Lane "
        "to the audit committee.",
        [("airbus", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # Near miss: a post only contested in the sentence before is still the one the next naming fills.
    (
        "en-vacant-post-filled-next",
        "Three insiders vied to replace Danone chief executive Jane Roe. The board picked John Doe.",
        [("danone", "John Doe", "CEO", "Jane Roe")],
    ),
    # An unrecognised firm as the subject: its change is never given to the company of an earlier sentence.
    (
        "en-unknown-firm-subject",
        "Danone named Nina Roe chief executive. Argosy Gaming tapped Victor Lane to succeed Ann Lee as chief "
        "executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "en-unknown-firm-after-date",
        "Danone named Nina Roe chief executive. On Tuesday Argosy Gaming named Victor Lane chief financial officer.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "fr-societe-inconnue-sujet",
        "Danone a nommé Nina Roe directrice générale. Vellum Industrie choisit Victor Lane pour succéder à Ann Lee.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # Near miss: a person as the subject still takes the post the sentence before left open.
    (
        "en-person-subject-takes-over",
        "Danone said Paul Hart would step down. Victor Lane will take over as chief executive.",
        [("danone", "Victor Lane", "CEO", None)],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_phrasing_gives_exactly_its_changes(case_id: str, text: str, expected: list[Change]) -> None:
    """The text yields these leadership changes and no other."""
    assert _changes(text, case_id) == sorted(expected, key=lambda change: tuple(part or "" for part in change))
