"""Session 19 (leaden): English leadership changes read by verb class and clause shape, not by one phrase.

Each reader is proved on invented sentences (other tense, other company, other title) and on near misses that must
not give a change (a board seat or a unit left, a resignation received by someone else, a plan or a recalled exit).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Change = tuple[str | None, str | None, str | None]
"""(company, incoming person, previous person)."""


def changes(text: str) -> list[Change]:
    """The leadership changes of ``text`` (English), sorted."""
    item = NewsItem(id="t", body=text, language="en")
    found = [
        (e.subject.name if e.subject else None, e.person, e.previous_person)
        for e in extract(item).events
        if e.type == "leadership_change"
    ]
    return sorted(found, key=lambda change: tuple(part or "" for part in change))


# An exit verb, then "from" and the company left: a departure whatever the post, as "left Danone" is.
@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe resigned from Danone, sending its shares down 4 percent.",
        "The group said Roe, 61, was stepping down from Danone for health reasons.",
        "Finance chief Jane Roe is resigning from Danone after a dispute over the accounts.",
        "Jane Roe has retired from the Danone group, the company said on Monday.",
    ],
)
def test_exit_from_a_company(text: str) -> None:
    found = changes(text)
    assert [(company, person) for company, person, _ in found] == [("Danone", None)]
    assert found[0][2] in {"Jane Roe", "Roe"}


@pytest.mark.parametrize(
    "text",
    [
        # A board seat left, not a post: no leadership change without a title.
        "Jane Roe resigned from Danone's board in May.",
        "Jane Roe resigned from the Danone board in May.",
        # A unit left, not the company.
        "Jane Roe resigned from Danone's dairy unit.",
        # An exit hanging in a relative clause describes someone joining elsewhere.
        "Jane Roe, who resigned from Danone, will not comment.",
        # A company after "from" that is no place left.
        "Jane Roe heard from Danone that the talks had stalled.",
    ],
)
def test_exit_from_near_misses(text: str) -> None:
    assert changes(text) == []


# A resignation handed in: the one who hands it in leaves, whoever receives it.
@pytest.mark.parametrize(
    "text",
    [
        "John Doe, Danone's chairman, has handed his resignation to the board with immediate effect.",
        "Danone finance chief John Doe tendered his resignation on Friday.",
        "Danone CEO Jane Roe has handed in her resignation, the company said.",
        "Danone chief executive Jane Roe submitted her resignation after the vote.",
    ],
)
def test_resignation_handed_in(text: str) -> None:
    found = changes(text)
    assert len(found) == 1 and found[0][0] == "Danone" and found[0][1] is None
    assert found[0][2] in {"John Doe", "Jane Roe"}


def test_resignation_handed_to_someone_names_the_one_who_hands_it() -> None:
    found = changes("Danone's CFO John Doe tendered his resignation to chairman Jim Roe on Friday.")
    assert [(company, leaving) for company, _, leaving in found] == [("Danone", "John Doe")]


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's resignation, and one asked for: nobody has handed one in.
        "John Doe, Danone's chairman, has received the resignation of the auditor.",
        "Investors demanded that Danone CEO Jane Roe submit her resignation.",
    ],
)
def test_resignation_near_misses(text: str) -> None:
    assert changes(text) == []


# A verb of swapping: the one swapped out after the verb, the newcomer after "for".
@pytest.mark.parametrize(
    "text",
    [
        "Danone swapped chief executive John Doe for Jane Roe last month.",
        "Danone in May swapped CEO John Doe, who had led it for a decade, for company veteran Jane Roe.",
        "Danone has swapped John Doe, its CEO, for Jane Roe, the head of its US arm.",
    ],
)
def test_swapped_for(text: str) -> None:
    assert changes(text) == [("Danone", "Jane Roe", "John Doe")]


@pytest.mark.parametrize(
    "text",
    [
        "John Doe swapped roles with Jane Roe at Danone.",
        "Danone swapped its CEO John Doe for a year to its US unit.",
        "Danone has swapped Oracle for SAP, CFO Jane Roe said.",
    ],
)
def test_swapped_near_misses(text: str) -> None:
    assert [change for change in changes(text) if change[1] is not None] == []


# A sentence opening on a date: the company after it acts, and a month that is a first name is still a date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In August Danone swapped John Doe for Jane Roe.", ("Danone", "Jane Roe", "John Doe")),
        ("In June Danone replaced John Doe with Jane Roe.", ("Danone", "Jane Roe", "John Doe")),
        ("Last June Danone named Jane Roe as its CEO.", ("Danone", "Jane Roe", None)),
    ],
)
def test_dated_opening(text: str, expected: Change) -> None:
    assert changes(text) == [expected]


def test_month_first_name_without_preposition_is_a_name() -> None:
    # "June Bolloré": a first name, the company word her surname; the change is Danone's, with her as the leaver.
    assert changes("The board said June Bolloré will step down as CEO of Danone.") == [("Danone", None, "June Bolloré")]


# Giving a post up: the verb, in any tense, with the post right after it (a post word or a tracked title).
@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, the chief executive of Danone, is giving up her post, the company said.",
        "Danone CEO Jane Roe has given up the job after six years.",
        "Jane Roe gave up the chief executive role at Danone on Friday.",
    ],
)
def test_post_given_up(text: str) -> None:
    assert changes(text) == [("Danone", None, "Jane Roe")]


@pytest.mark.parametrize(
    "text",
    [
        "Danone CEO Jane Roe gave up on the bid for Nestle.",
        "Danone will give up market share, CEO Jane Roe said.",
        "Danone CEO Jane Roe gave up her seat on the board of Nestle.",
    ],
)
def test_post_given_up_near_misses(text: str) -> None:
    assert changes(text) == []


def _dated(text: str) -> list[Change]:
    item = NewsItem(id="t", body=text, language="en", published_at=datetime(2024, 3, 25, tzinfo=UTC))
    return [
        (e.subject.name if e.subject else None, e.person, e.previous_person)
        for e in extract(item).events
        if e.type == "leadership_change"
    ]


def test_tenure_with_a_month_dates_no_change() -> None:
    # "since September 2019" opens her tenure: the exit told now is news, not a career step.
    text = "Jane Roe, who has been Danone's chief executive since September 2019, plans to step down at year end."
    assert _dated(text) == [("Danone", None, "Jane Roe")]


def test_change_dated_years_back_stays_a_career_step() -> None:
    assert _dated("Jane Roe resigned as CEO of Danone in September 2019.") == []
