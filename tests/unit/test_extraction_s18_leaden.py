"""Session 18, English leadership: readers proved on invented sentences shaped like the labelled look set (another
company, another name, another tense), and near misses that must not give the event."""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Change = tuple[str | None, str | None, str | None, str | None]


def _changes(text: str, language: str = "en") -> list[Change]:
    """(company, incoming, outgoing, role) of each leadership change read in ``text``."""
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [
        (event.subject.name if event.subject else None, event.person, event.previous_person, event.role)
        for event in extraction.events
        if event.type == "leadership_change"
    ]


# --- "A replaced X with <Company> boss Y as its CEO": the description before Y names the post she leaves


def test_newcomer_described_by_her_current_post_leaves_it() -> None:
    changes = _changes("Danone replaced Paul Hartley with Nestle boss Maria Lindqvist as its chief executive in May.")
    assert ("Danone", "Maria Lindqvist", "Paul Hartley", "CEO") in changes
    assert ("Nestlé", None, "Maria Lindqvist", "CEO") in changes
    assert not any(company == "Nestlé" and person is not None for company, person, _, _ in changes)


def test_newcomer_described_by_a_former_post_leaves_nothing() -> None:
    changes = _changes("Danone replaced Paul Hartley with former Nestle boss Maria Lindqvist as its CEO.")
    assert not any(company == "Nestlé" for company, _, _, _ in changes)


def test_newcomer_without_description_keeps_the_leavers_title() -> None:
    changes = _changes("Danone replaced CEO Paul Hartley with company veteran Maria Lindqvist after a weak year.")
    assert changes == [("Danone", "Maria Lindqvist", "Paul Hartley", "CEO")]


# --- a company the sentence names only as someone's former employer is not the one whose post changes


@pytest.mark.parametrize(
    "text",
    [
        "Quenvale Industries is close to naming former Danone (BN.PA) chief executive Maria Lindqvist as its new "
        "CEO, two sources said.",
        "Orvane Systm is set to name former Nestle CFO Paul Hartley as its new finance chief, people familiar said.",
    ],
)
def test_former_employer_is_not_the_story_company_of_the_change(text: str) -> None:
    assert not any(company in ("Danone", "Nestlé") for company, _, _, _ in _changes(text))


def test_a_recognised_company_still_takes_a_former_executive() -> None:
    changes = _changes("Danone named former Nestle chief executive Maria Lindqvist as its new CEO.")
    assert [(company, person) for company, person, _, _ in changes] == [("Danone", "Maria Lindqvist")]


# --- an English courtesy title makes the next capitalised word a surname


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Earlier this month Danone named Ms. Lindqvist, a former CFO of Nestle, as its next finance chief.",
            "Lindqvist",
        ),
        ("Danone named Mr Hartley as its new chief executive.", "Hartley"),
    ],
)
def test_courtesy_title_names_a_person(text: str, person: str) -> None:
    changes = _changes(text)
    assert [(company, incoming) for company, incoming, _, _ in changes] == [("Danone", person)]


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Lindqvist and a Danone spokesman both declined to comment on the results.",
        "Mr Hartley, a Danone director, said sales rose in May.",
    ],
)
def test_courtesy_title_alone_gives_no_change(text: str) -> None:
    assert _changes(text) == []


# --- a lone surname that is the subject of a verb only a person takes ("Lindqvist was named", "Hartley's exit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Danone said on Tuesday that Hartley would step down as chief executive.",
            ("Danone", None, "Hartley", "CEO"),
        ),
        ("Lindqvist was named chief executive of Danone in 2021.", ("Danone", "Lindqvist", None, "CEO")),
        (
            "Hartley's resignation as chief financial officer of Danone takes effect in May.",
            ("Danone", None, "Hartley", "CFO"),
        ),
    ],
)
def test_surname_subject_of_a_personal_verb(text: str, expected: Change) -> None:
    assert expected in _changes(text)


@pytest.mark.parametrize(
    "text",
    [
        # an active naming verb has a company before it, unrecognised or not
        "Quenvale named Jane Roe chief executive on Monday.",
        # a capitalised word inside a bigger name is no surname
        "Boeing Commercial Airplanes was named supplier of the year by the airline.",
        # a pronoun is no surname
        "He was named chief executive of Danone in 2021.",
        # a word followed by a noun, not an auxiliary, is no subject surname
        "Three insiders vied to replace chief executive Paul Hartley at Danone.",
    ],
)
def test_no_surname_where_no_person_acts(text: str) -> None:
    changes = _changes(text)
    assert not any(person in ("Quenvale", "Airplanes", "He", "Three") for _, person, _, _ in changes)
    assert not any(previous in ("Quenvale", "Airplanes", "He", "Three") for _, _, previous, _ in changes)


# --- a company in a gerund phrase after a leaver's verb is a circumstance, not her employer


def test_company_after_a_gerund_is_not_the_one_left() -> None:
    text = "Paul Hartley was forced to resign as chief executive after sending Elliott's founder a threatening letter."
    assert not any(company in {"Elliott Management", "Elliott"} for company, _, _, _ in _changes(text))


def test_company_named_with_the_title_is_still_the_one_left() -> None:
    text = "Paul Hartley resigned as chief executive of Danone after sending Elliott a letter."
    assert _changes(text) == [("Danone", None, "Paul Hartley", "CEO")]


# --- "named heir apparent to <title> X": X is the one leaving; a leaver's title may name its company or be joint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Roe was named heir apparent to retiring Danone chairman and chief executive Paul Hartley in May.",
            [("Danone", "Jane Roe", "Paul Hartley", "chair"), ("Danone", "Jane Roe", "Paul Hartley", "CEO")],
        ),
        (
            "Jane Roe will replace Danone chief executive Paul Hartley in May.",
            [("Danone", "Jane Roe", "Paul Hartley", "CEO")],
        ),
    ],
)
def test_leaver_after_a_titled_owner(text: str, expected: list[Change]) -> None:
    assert sorted(_changes(text), key=str) == sorted(expected, key=str)


def test_heir_apparent_never_names_the_leaver_as_newcomer() -> None:
    text = "Jane Roe was named heir apparent to retiring Danone chief executive Paul Hartley last year."
    assert not any(person == "Paul Hartley" for _, person, _, _ in _changes(text))


# --- a title joined by "and" / "et" to a paired one goes to the same newcomer (language-neutral: both tested)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Danone, facing a weak year, elected Jane Roe chairman and chief executive two months early."),
        ("fr", "Danone a nommé Jane Roe présidente et directrice générale."),
    ],
)
def test_joint_titles_of_one_newcomer(language: str, text: str) -> None:
    assert sorted(_changes(text, language), key=str) == [
        ("Danone", "Jane Roe", None, "CEO"),
        ("Danone", "Jane Roe", None, "chair"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Danone named Jane Roe chairman and John Doe chief executive."),
        ("fr", "Le conseil de Danone a nommé Jane Roe présidente et Paul Hart directeur général."),
    ],
)
def test_each_title_keeps_its_own_newcomer(language: str, text: str) -> None:
    changes = _changes(text, language)
    assert ("Danone", "Jane Roe", None, "chair") in changes
    assert ("Danone", "Jane Roe", None, "CEO") not in changes


# --- words of a board's name or a naming word misread as a company are never the change's company


def test_board_of_directors_is_the_speakers_board() -> None:
    text = "Danone today said its Board of Directors has appointed current chairman Jane Roe as chief executive."
    assert _changes(text) == [("Danone", "Jane Roe", None, "CEO")]


def test_a_board_of_a_named_company_still_names_it() -> None:
    assert _changes("The board of Danone has appointed Jane Roe as chief executive.") == [
        ("Danone", "Jane Roe", None, "CEO")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Incoming COO Jane Roe, who has spent 30 years at Danone, should provide continuity.",
        "Incoming chief executive Jane Roe starts in May.",
    ],
)
def test_a_naming_word_is_no_company(text: str) -> None:
    assert not any(company == "Incoming" for company, _, _, _ in _changes(text))


def test_a_possessor_before_incoming_still_owns_the_title() -> None:
    assert _changes("Danone's incoming chief executive Jane Roe starts in May.") == [
        ("Danone", "Jane Roe", None, "CEO")
    ]


# --- "take on the role of <title>" and "X's appointment as <title>" name the newcomer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe took on the role of chief financial officer at Danone in May.", ("Danone", "Jane Roe", None, "CFO")),
        ("Danone confirmed Lindqvist's appointment as chief financial officer.", ("Danone", "Lindqvist", None, "CFO")),
        ("Danone confirmed Jane Roe's appointment as chief financial officer.", ("Danone", "Jane Roe", None, "CFO")),
    ],
)
def test_role_taken_or_appointment_of_a_possessor(text: str, expected: Change) -> None:
    assert _changes(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a unit's head is no company's leader
        "Jane Roe will take on the role of head of sales at Danone.",
        # a company's own appointment as a supplier names no leader
        "Danone's appointment as supplier was confirmed by the airline.",
    ],
)
def test_no_leader_in_a_unit_role_or_a_supplier_appointment(text: str) -> None:
    assert _changes(text) == []


# --- "was the (hand-picked) successor to X" describes who someone was; "was named successor to X" is news


def test_a_described_past_successor_is_no_departure() -> None:
    text = "Jane Roe was the hand-picked successor to Paul Hartley at Danone, the newspaper wrote."
    assert _changes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Roe was named successor to Danone chief executive Paul Hartley.",
            ("Danone", "Jane Roe", "Paul Hartley"),
        ),
        ("Danone is searching for a successor to chief executive Paul Hartley.", ("Danone", None, "Paul Hartley")),
    ],
)
def test_a_successor_named_or_sought_is_still_read(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in [(company, person, previous) for company, person, previous, _ in _changes(text)]


# --- a time after the title ("at the end of the year") is no described owner of the post


@pytest.mark.parametrize(
    "text",
    [
        "Danone said that Paul Hartley would step down as chief executive at the end of the year.",
        "Danone said on Monday that Paul Hartley will retire as chief executive at the close of its annual meeting.",
    ],
)
def test_a_time_after_the_title_keeps_the_company(text: str) -> None:
    assert ("Danone", None, "Paul Hartley", "CEO") in _changes(text)


def test_a_described_owner_after_the_title_still_takes_the_post_away() -> None:
    """"chair of the trade body": the post is the body's, not the company's."""
    assert _changes("Danone's Paul Hartley was named chair of the trade body Food Europe.") == []
    assert _changes("Danone said Paul Hartley will step down as chair of the trade body at the end of June.") == []
