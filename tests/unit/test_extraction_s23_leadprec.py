"""Session 23, leadership precision: a change is never tied to the newcomer's origin, and its people are people."""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract


def _changes(body: str, language: str = "en") -> list[tuple[str | None, str | None, str | None]]:
    events = extract(NewsItem(id="t", body=body, language=language)).events
    return [
        (e.subject.name if e.subject else None, e.person, e.previous_person)
        for e in events
        if e.type == "leadership_change"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane said Tom Brack will retire as chief executive in June. He will be replaced by Paul Ranner, "
        "who takes over as CEO on 1 July. Ranner joins the company from Korvia Systems, where he ran a unit.",
        "Bellmark named a new chief executive on Monday. The new CEO, Anna Veld, is an outsider from Quentaro "
        "with deep industry experience.",
        "Quentaro Holdings will be led by Ines Morrow from March. Morrow arrives from Korvia, where she was head of "
        "its plastics arm.",
    ],
)
def test_origin_company_gets_no_change(body: str) -> None:
    found = _changes(body)
    assert all(subject not in {"Korvia Systems", "Quentaro", "Korvia"} for subject, _, _ in found), found


def test_origin_reader_keeps_the_company_joined() -> None:
    found = _changes("Bellmark named Anna Veld chief executive. She joins from Quentaro, a rival.")
    assert ("Bellmark", "Anna Veld", None) in [(s, p, None) for s, p, _ in found]
    assert all(subject != "Quentaro" for subject, _, _ in found)


def test_resigned_from_is_the_company_left() -> None:
    found = _changes("Jane Holt resigned from Korvia on Monday. She will be replaced by Paul Ranner.")
    assert any(subject == "Korvia" for subject, _, _ in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Lyon-based Dorvane runs joint ventures with Korvia. Korvia named Jane Holt chief executive.",
        "Bellmark chief executive Tom Brack left Quentaro partly because of its debts. "
        "Bellmark named Jane Holt chief executive, replacing Tom Brack.",
        "Oslo-based Korvia said on Tuesday that Ines Morrow will succeed Paul Ranner as chief executive.",
    ],
)
def test_people_are_never_firms_or_place_phrases(body: str) -> None:
    for _, person, previous in _changes(body):
        for name in (person, previous):
            assert name is None or ("-based" not in name and name not in {"Dorvane", "Korvia", "Quentaro"}), name


@pytest.mark.parametrize(
    "body",
    [
        "Korvia said Paris-based executive search firms were hired. However, no successor was named.",
        "Meanwhile, the Dutch government praised Korvia. Selon Korvia, rien ne change.",
        "Quentaro sells its Tessin products in France and Germany during the Lyon festival.",
    ],
)
def test_near_misses_give_no_change(body: str) -> None:
    assert _changes(body) == []


def test_surname_read_as_firm_stays_when_person_named_in_full() -> None:
    found = _changes("Bellmark named Anna Veld chief executive, succeeding Jean-Louis Ranner. Ranner retires.")
    assert any(person == "Anna Veld" for _, person, _ in found), found
