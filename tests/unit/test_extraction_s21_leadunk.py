"""Session 21, leadership with unknown firms: a firm the knowledge base has never heard of is read by its slot around a
title or a leadership verb (streams/extraction/lead_slot_names.py), on invented names; near misses (people, the state,
places, nationalities, holidays, groups of people, sentence openers) give no firm."""

from __future__ import annotations

import pytest

from streams.extraction.cues import find_cues
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from tests.support.extraction import leadership_changes, triples


def _firms(text: str) -> list[str]:
    """The names of the parties found in an English ``text``."""
    folded = text.casefold()
    return [c.name for c in find_companies(text, folded, load_knowledge_base(), find_cues(folded, "en", text), "en")]


def _companies_and_people(text: str) -> set[tuple[str | None, str | None, str | None]]:
    """(company, incoming, outgoing) of each leadership change of an English ``text``."""
    return {(company, incoming, outgoing) for company, incoming, outgoing, _, _ in leadership_changes(text, "en")}


# --- the owner before a title, with its holder after it ("Korvia CFO Jane Roe")


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "Korvia Chief Financial Officer Jane Roe will act as interim CEO during the transition.",
            ("Korvia", "Jane Roe", None),
        ),
        (
            "Bellmark CFO Nina Hartwell will serve as interim chief executive until a successor is found.",
            ("Bellmark", "Nina Hartwell", None),
        ),
        ("Dorvane Chairman and Chief Executive Paul Rendel will retire in May.", ("Dorvane", None, "Paul Rendel")),
    ],
)
def test_owner_before_a_title_and_its_holder(text: str, change: tuple[str, str | None, str | None]) -> None:
    assert change in _companies_and_people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Interim Chief Executive Jane Roe will leave in May.",
        "Former Chairman John Doe resigned from the board last week.",
        "German CEO Jane Roe will step down at the end of the year.",
        "However, its chief executive John Doe will retire in June.",
    ],
)
def test_qualifier_or_nationality_before_a_title_is_no_firm(text: str) -> None:
    assert _firms(text) == []


# --- the firm a leaver leaves or a newcomer joins or leads


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Omar Feld resigned from Dorvane last week.", ("Dorvane", None, "Omar Feld")),
        ("Jane Roe left Korvia in March after a board dispute.", ("Korvia", None, "Jane Roe")),
        ("Omar Feld stepped down from Quentaro after a decade.", ("Quentaro", None, "Omar Feld")),
        (
            "The board has asked Nina Hartwell to lead Bellmark through the restructuring.",
            ("Bellmark", "Nina Hartwell", None),
        ),
        ("Jane Roe has joined Kalvex as chief financial officer.", ("Kalvex", "Jane Roe", None)),
    ],
)
def test_firm_left_or_joined(text: str, change: tuple[str, str | None, str | None]) -> None:
    assert change in _companies_and_people(text)


@pytest.mark.parametrize(
    "text",
    [
        "John Doe resigned from Parliament last week.",
        "Jane Roe left Paris in March to join the board.",
        "John Doe left Christmas early, his chief executive said.",
        "John Doe will step down as president of France next year.",
        "Jane Roe was named chief executive of Europe for the group.",
    ],
)
def test_state_place_or_holiday_left_is_no_firm(text: str) -> None:
    assert _firms(text) == []
    assert leadership_changes(text, "en") == []


def test_unit_after_a_title_is_no_firm() -> None:
    text = "Jane Roe spent two years as CEO of the Professional division before she left."
    assert "Professional" not in _firms(text)


# --- the subject that owns "its" title, names a holder, reports a title, or searches for a leader


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Korvia said its chief executive Brian Hale will retire in June.", ("Korvia", None, "Brian Hale")),
        ("Bellmark on Monday fired its chief executive Omar Feld.", ("Bellmark", None, "Omar Feld")),
        (
            "The Dorvane has made Jane Roe its new chief executive, replacing Paul Rendel.",
            ("Dorvane", "Jane Roe", "Paul Rendel"),
        ),
        (
            "This morning Quentaro said that its chairman, Glenna Soto, will step down on December 31.",
            ("Quentaro", None, "Glenna Soto"),
        ),
        ("Meanwhile Tesvane said its chief executive Ana Lurie will retire.", ("Tesvane", None, "Ana Lurie")),
    ],
)
def test_subject_owning_its_title(text: str, change: tuple[str, str | None, str | None]) -> None:
    assert change in _companies_and_people(text)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Korvia elected Nina Hartwell chairman two months ahead of schedule.", ("Korvia", "Nina Hartwell", None)),
        ("Bellmark fired Mr Feld as chairman soon after his arrest.", ("Bellmark", None, "Feld")),
        ("Quentaro said on Friday that CEO Paul Rendel will retire next year.", ("Quentaro", None, "Paul Rendel")),
        (
            "CEO Brian Hale will be replaced by Jane Roe on an interim basis while Korvia looks for a permanent CEO.",
            ("Korvia", "Jane Roe", "Brian Hale"),
        ),
    ],
)
def test_subject_naming_reporting_or_searching(text: str, change: tuple[str, str | None, str | None]) -> None:
    assert change in _companies_and_people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said its chief executive was under pressure to step down.",
        "Regulators removed its chairman John Doe last year.",
        "Staff said its boss was leaving.",
        "Chinese officials said its chairman had resigned.",
        "The Kremlin said its chairman Igor Sechin will stay.",
        "Trump fired FBI director James Comey in May.",
        "Bob Iger left in 2020. Iger said its board had chosen well.",
        "Christmas sales fell and its chief executive quit.",
        "Diwali celebrations began as its chairman resigned.",
    ],
)
def test_people_state_and_openers_owning_its_title_are_no_firm(text: str) -> None:
    assert _firms(text) == []


# --- precision: a title inside a capitalised run, a post taken at a firm, a newcomer's own employer


def test_cfo_inside_a_capitalised_run_ends_the_firm() -> None:
    assert _firms("Renvola CFO Greg Hollis will serve as interim CEO.") == ["Renvola"]


def test_taking_over_at_a_firm_is_no_takeover() -> None:
    text = "Chen, the former Korvia boss who took over at Bellmark in November, has sold office buildings."
    assert not any(kind == "acquisition" for kind, _, _ in triples(text, "en"))


def test_newcomer_apposed_with_her_firms_title_does_not_take_the_post_there() -> None:
    text = (
        "Jane Roe, Korvia's boss since 2018, will take the place of John Doe, who is stepping down as head of "
        "Bellmark after just 16 months."
    )
    assert not any(
        company == "Korvia" and incoming == "Jane Roe" for company, incoming, _ in _companies_and_people(text)
    )


# --- the reporter of a clause that opens on the holder's full name


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "Bellmark also said that Omar Feld has resigned as chief executive, effective immediately.",
            ("Bellmark", None, "Omar Feld"),
        ),
        (
            "Tesvane announced that Paul Rendel will succeed Brian Hale as chief executive in May.",
            ("Tesvane", "Paul Rendel", "Brian Hale"),
        ),
        ("Kalvex said on Monday that John Marlow would retire as chairman.", ("Kalvex", None, "John Marlow")),
    ],
)
def test_reporter_of_a_holders_change(text: str, change: tuple[str, str | None, str | None]) -> None:
    assert change in _companies_and_people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Peter Smith follows the group. Smith said that Omar Feld has resigned as chief executive.",
        "Analysts said Paul Rendel will step down as chief executive.",
        "Officials said that Omar Feld has resigned as chairman.",
    ],
)
def test_people_reporting_a_change_are_no_firm(text: str) -> None:
    assert _firms(text) == []


# --- a clause after "after" whose subject acts on its own leader


@pytest.mark.parametrize(
    "rival",
    ["Bellmark", "Danone", "Kalvex"],
)
def test_rival_acting_after_a_conjunction_keeps_its_change(rival: str) -> None:
    text = (
        "Quentaro on Tuesday named Paul Rendel as its next chief executive. The appointment comes a month after "
        f"rival {rival} replaced its CEO, Omar Feld, with Brian Hale."
    )
    changes = _companies_and_people(text)
    assert ("Quentaro", "Paul Rendel", None) in changes
    assert not any(company == "Quentaro" and incoming == "Brian Hale" for company, incoming, _ in changes)
    assert any(incoming == "Brian Hale" and company not in (None, "Quentaro") for company, incoming, _ in changes)


# --- an origin read as a person's name


@pytest.mark.parametrize("origin", ["Latin American", "South African", "North European"])
def test_origin_before_a_noun_is_nobody(origin: str) -> None:
    text = (
        f"Glenn Marlow ran the company's {origin} operations before being promoted to president and finally "
        "chief executive of Soldralex, the company's largest division."
    )
    assert not any(incoming == origin for _, incoming, _ in _companies_and_people(text))


def test_person_with_a_nationality_for_surname_stays_a_person() -> None:
    assert ("Korvia", "Bill English", None) in _companies_and_people(
        "Bill English was named chairman of Korvia on Tuesday."
    )


# --- a report with a qualified title or a long adverbial, a naming "as its", a subject after a conjunction


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "Rixvane said on Thursday that suspended chief executive officer Omar Feld had been dismissed.",
            ("Rixvane", None, "Omar Feld"),
        ),
        (
            "Tesvane on Monday named Paul Rendel as its new chief technology officer.",
            ("Tesvane", "Paul Rendel", None),
        ),
        (
            "Dorvane also said in a statement this morning that CEO Paul Rendel had resigned from the board.",
            ("Dorvane", None, "Paul Rendel"),
        ),
    ],
)
def test_reports_and_namings_as_its(text: str, change: tuple[str, str | None, str | None]) -> None:
    assert change in _companies_and_people(text)


@pytest.mark.parametrize(
    "text",
    [
        "After Christmas the board named Paul Rendel chief executive.",
        "When Paris named its new chief executive, nobody came.",
        "However, investors said the former chief executive would stay.",
    ],
)
def test_holidays_places_and_openers_before_a_naming_are_no_firm(text: str) -> None:
    assert _firms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Even though Kalvex immediately named John Marlow as his successor, its shares closed lower.",
        "While Kalvex named John Marlow chief executive, its rivals waited.",
        "After Kalvex fired its chief executive, the shares rose.",
    ],
)
def test_subject_after_a_conjunction_is_a_firm(text: str) -> None:
    assert _firms(text) == ["Kalvex"]
