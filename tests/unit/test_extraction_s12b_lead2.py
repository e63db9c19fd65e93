"""Leadership structures left by round 9a, read in a second pass (round 9b): each text gives exactly its changes.

Sentences written for these tests (none copied from an article). Each block is a structure, worded several
ways, with near misses that must keep their reading:

- a forced exit told as a noun ("after the ouster of chief executive X, Danone named Y") names the one Y replaces;
- "Y takes over as Danone CEO from X": after a cue of taking, the person right after "from" is the one replaced
  (a company after "from" is where Y comes from, not a holder);
- "X will hand the reins to Y, Danone said": a handed-over post that names itself (the reins, the top job,
  les rênes) is the chief executive's when no title is given; "the baton" and a unit's reins give nothing;
- "Y prend la tête du groupe Danone": "la tête du" is "la tête de" before a masculine noun;
- "replaced him with former eBay chief executive Y": the newcomer may follow a short description of her
  (never "a team led by Y");
- "removed its CEO and chairman, X, and replaced him with Y": the one replaced held two joined titles, and
  both change hands (not when a title after the verb says which one she takes).
"""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_leadership import Change, _changes

CASES: list[tuple[str, str, list[Change]]] = [
    # A forced exit told as a noun before the naming: the one ousted is the one replaced.
    (
        "en-after-ouster-of-ceo",
        "After the ouster of chief executive John Doe, Danone named Jane Roe as its new CEO.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-following-the-dismissal-of",
        "Following the dismissal of CEO John Doe, Danone appointed Jane Roe as chief executive.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-after-ousting-of",
        "After the ousting of its chief executive John Doe in March, Danone has appointed Jane Roe as CEO.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    # Near misses: a demand for an ouster is no exit; an ousted boss of another company is not replaced.
    ("en-called-for-ouster", "Shareholders called for the ouster of chief executive John Doe at Danone.", []),
    (
        "en-ouster-at-another-company",
        "After the ouster of Nestle chief executive John Doe, Danone named Jane Roe as its CEO.",
        [("danone", "Jane Roe", "CEO", None), ("nestle", None, "CEO", "John Doe")],
    ),
    # "takes over as <title> from <person>": the one the post is taken from.
    (
        "en-takes-over-as-from",
        "Jane Roe takes over as Danone chief executive from John Doe.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-took-over-as-ceo-of-from",
        "Jane Roe took over as CEO of Danone from John Doe last week.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-will-take-over-from-outgoing-boss",
        "Jane Roe will take over as Danone's chief executive from outgoing boss John Doe in May.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    # Near misses: "from" a company is where she comes from; a person in a later clause is no holder.
    (
        "en-takes-over-from-a-company",
        "Jane Roe took over as CEO of Danone from Google.",
        [("danone", "Jane Roe", "CEO", None)],
    ),
    (
        "en-from-in-another-clause",
        "Jane Roe takes over as Danone CEO on Monday; she comes from John Doe's team.",
        [("danone", "Jane Roe", "CEO", None)],
    ),
    # A handed-over post that names itself is the chief executive's.
    (
        "en-hand-the-reins-company-said",
        "John Doe will hand the reins to Jane Roe, Danone said.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-handed-the-reins",
        "Danone said John Doe handed the reins to Jane Roe on Monday.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "fr-transmettra-les-renes",
        "Jean Durand transmettra les rênes à Marie Roux, a indiqué Danone.",
        [("danone", "Marie Roux", "CEO", "Jean Durand")],
    ),
    # Near misses: "the baton" names no post; a stated title is kept.
    ("en-pass-the-baton-no-title", "John Doe will pass the baton to Jane Roe, Danone said.", []),
    (
        "en-reins-with-title-keeps-it",
        "Danone chairman John Doe will hand the reins to Jane Roe.",
        [("danone", "Jane Roe", "chair", "John Doe")],
    ),
    # "prend la tête du <described> X": the chief executive's post.
    (
        "fr-prend-la-tete-du-groupe",
        "Antoine Roux prend la tête du groupe Danone.",
        [("danone", "Antoine Roux", "CEO", None)],
    ),
    (
        "fr-prendra-la-tete-du-groupe-en-mai",
        "Marie Roux prendra la tête du groupe Danone en mai.",
        [("danone", "Marie Roux", "CEO", None)],
    ),
    (
        "fr-a-pris-la-tete-du-laboratoire",
        "Marie Roux a pris la tête du laboratoire Sanofi.",
        [("sanofi", "Marie Roux", "CEO", None)],
    ),
    # Near misses: a division's head, and the head of a ranking.
    ("fr-tete-d-une-division", "Marie Roux prend la tête de la division Europe de Danone.", []),
    ("fr-tete-du-classement", "Marie Roux prend la tête du classement des patrons les mieux payés.", []),
    # "replaced him with <description> Y": the newcomer past a short description.
    (
        "en-replaced-him-with-former-chief",
        "Danone has ousted John Doe as CEO and replaced him with former Nestle chief executive Jane Roe.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-fired-cfo-replaced-her-with-veteran",
        "Danone fired its CFO, Nina Roe, and replaced her with company veteran Paul Hart.",
        [("danone", "Paul Hart", "CFO", "Nina Roe")],
    ),
    (
        "en-removed-replaced-him-with-longtime-director",
        "Danone removed chief executive John Doe on Monday and replaced him with longtime director Jane Roe.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    # Near misses: a team led by someone is no newcomer; a described person after "with" outside a replacement.
    ("en-replaced-him-with-a-team-led-by", "Danone replaced him with a team led by Jane Roe.", []),
    (
        "en-met-with-former-chief",
        "Danone chief executive John Doe met with former Nestle chairman Jane Roe on Monday.",
        [],
    ),
    # Two joined titles before the one replaced: both posts change hands.
    (
        "en-removed-ceo-and-chairman-replaced-him",
        "Danone's board on Monday removed its CEO and chairman, John Doe, and replaced him with Jane Roe.",
        [("danone", "Jane Roe", "CEO", "John Doe"), ("danone", "Jane Roe", "chair", "John Doe")],
    ),
    (
        "en-ceo-and-chairman-replaced-by",
        "Danone's CEO and chairman John Doe was replaced by Jane Roe.",
        [("danone", "Jane Roe", "CEO", "John Doe"), ("danone", "Jane Roe", "chair", "John Doe")],
    ),
    (
        "fr-pdg-et-president-remplace-par",
        "Le président et directeur général de Danone, Jean Durand, a été remplacé par Marie Roux.",
        [("danone", "Marie Roux", "CEO", "Jean Durand"), ("danone", "Marie Roux", "chair", "Jean Durand")],
    ),
    # Near misses: a title after the verb says which post; two people named to two posts.
    (
        "en-joint-titles-but-one-post-given",
        "Danone's chairman and CEO, John Doe, will be succeeded by Jane Roe as chief executive.",
        [("danone", "Jane Roe", "CEO", "John Doe")],
    ),
    (
        "en-two-people-two-posts",
        "Danone named chief executive John Doe and chairman Jane Roe.",
        [("danone", "Jane Roe", "chair", None), ("danone", "John Doe", "CEO", None)],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_s12b_leadership_structures(case_id: str, text: str, expected: list[Change]) -> None:
    assert _changes(text, case_id) == expected
