"""Session 24 (lead): leadership phrasings seen in real articles, with invented names.

Read: « est devenue directrice générale », « prendra la place de X » (X leaves), the head of the board as its chair,
« ne sera pas renouvelée dans ses fonctions », « mettre un terme au mandat de », a spelt-out « Madame » before a name.
Near misses read no change: a negated naming, "named" before a quoted phrase, a firm becoming a customer.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import NewsItem
from streams.extraction import extract

Change = tuple[str | None, str | None, str | None, str | None]


def _changes(body: str) -> set[Change]:
    """(company, person, role, previous_person) of each leadership change read in ``body``."""
    extraction = extract(
        NewsItem(
            id="s24-lead",
            url="https://example.test/s24-lead",
            body=body,
            published_at=datetime(2026, 12, 3, tzinfo=UTC),
        )
    )
    return {
        (e.subject.name if e.subject else None, e.person, e.role, e.previous_person)
        for e in extraction.events
        if e.type == "leadership_change"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Jeanne Morel est devenue la directrice générale du groupe Korvia, a annoncé l'entreprise mardi.",
            ("Korvia", "Jeanne Morel", "CEO", None),
        ),
        ("Hélène Varin est devenue PDG de Brelmont le mois dernier.", ("Brelmont", "Hélène Varin", "CEO", None)),
        (
            "Korvia a nommé Marc Lenoir à la tête de son conseil d'administration.",
            ("Korvia", "Marc Lenoir", "chair", None),
        ),
        (
            "L'ex-patron de Tessaline, Marc Lenoir, va prendre la tête du conseil d'administration de Korvia.",
            ("Korvia", "Marc Lenoir", "chair", None),
        ),
        (
            "Jeanne Morel prendra la place de Paul Renaud à la tête de Dorvane.",
            ("Dorvane", "Jeanne Morel", "CEO", "Paul Renaud"),
        ),
        (
            "Le conseil d'administration de Korvia a décidé de mettre un terme au mandat de son directeur général, "
            "Paul Renaud.",
            ("Korvia", None, "CEO", "Paul Renaud"),
        ),
        (
            "Jeanne Morel, directrice générale de Brelmont, ne sera pas renouvelée dans ses fonctions, a statué le "
            "conseil.",
            ("Brelmont", None, "CEO", "Jeanne Morel"),
        ),
        (
            "Le conseil d'administration de Tessaline a nommé Madame Claire Dupuis directrice générale du groupe.",
            ("Tessaline", "Claire Dupuis", "CEO", None),
        ),
        (
            "Korvia said its chief operating officer Jane Roe would take over as interim chief executive after CEO "
            "John Smith stepped down for health reasons.",
            ("Korvia", "Jane Roe", "CEO", "John Smith"),
        ),
        ("Smith left Korvia with Mary Jones being named CEO.", ("Korvia", "Mary Jones", "CEO", "Smith")),
        (
            "Danone today named current chairman John Smith as chief executive officer. In addition, board member "
            "Jane Roe will become non-executive Chairman of the Board effective immediately.",
            ("Danone", "Jane Roe", "chair", None),
        ),
        ("Jane Roe was named chairman of the board of Danone on Monday.", ("Danone", "Jane Roe", "chair", None)),
        (
            "Le conseil d'administration de Korvia a nommé sa présidente, Jeanne Morel, en qualité de directrice "
            "générale du groupe.",
            ("Korvia", "Jeanne Morel", "CEO", None),
        ),
        (
            "Korvia's chief financial officer Jane Roe will remain with the company for a period, working with CEO "
            "John Smith, and then she will retire.",
            ("Korvia", None, "CFO", "Jane Roe"),
        ),
        ("Paul Renaud, PDG de Korvia, a présenté sa démission au conseil.", ("Korvia", None, "CEO", "Paul Renaud")),
        (
            "Le directeur financier de Danone, Paul Renaud, a remis sa démission.",
            ("Danone", None, "CFO", "Paul Renaud"),
        ),
        (
            "Samedi, Danone confirme la démission attendue de Paul Renaud, son directeur général.",
            ("Danone", None, "CEO", "Paul Renaud"),
        ),
        (
            "Korvia annonce le départ surprise de son directeur financier Paul Renaud.",
            ("Korvia", None, "CFO", "Paul Renaud"),
        ),
        (
            "Korvia said John Smith is stepping down as chief executive and will be replaced by CFO Jane Roe.",
            ("Korvia", "Jane Roe", "CEO", "John Smith"),
        ),
        ("Danone officialise l'arrivée de Jeanne Morel à sa tête.", ("Danone", "Jeanne Morel", "CEO", None)),
        ("Le PDG de Danone, Paul Renaud, est poussé vers la sortie.", ("Danone", None, "CEO", "Paul Renaud")),
        ("Jane Roe is set to become the next CEO of Danone.", ("Danone", "Jane Roe", "CEO", None)),
        ("Danone se sépare de son PDG Paul Renaud.", ("Danone", None, "CEO", "Paul Renaud")),
    ],
)
def test_reads_the_change(body: str, expected: Change) -> None:
    assert expected in _changes(body)


def test_the_outgoing_holder_of_a_place_taken_is_no_newcomer() -> None:
    body = "Ce sera donc une femme qui prendra la place de Paul Renaud en tant que directrice générale de Korvia."
    assert not any(person == "Paul Renaud" for _, person, _, _ in _changes(body))


@pytest.mark.parametrize(
    "body",
    [
        "Jeanne Morel ne deviendra pas pour autant présidente du groupe Korvia, dont Paul Renaud reste le président.",
        "Selon Dorvane, Jeanne Morel ne sera pas nommée directrice générale.",
        "Korvia said Jane Roe will not become chief executive, and John Smith remains in the job.",
        'Tuesday must be formally named "The Day of the CEO Departure" at Korvia, its staff joked.',
        "Korvia est devenu client de Brelmont en 2020.",
        "Jeanne Morel est devenue une figure du secteur chez Korvia.",
        "While a successor has yet to be named, Jane Roe will continue as CFO while Korvia searches for one.",
        "Jane Roe was named chairman of the board's audit committee at Danone.",
        "Danone's board is searching for a successor who will become the next CEO of the group.",
        "Le conseil de Danone cherche qui va devenir le prochain PDG du groupe.",
        "Paul Renaud, PDG de Danone, se sépare de sa collection de tableaux.",
        "Danone se sépare de sa filiale Tessaline Foods.",
    ],
)
def test_reads_no_change(body: str) -> None:
    assert not {c for c in _changes(body) if c[1] is not None}


def test_a_spelt_out_courtesy_title_is_no_part_of_the_name() -> None:
    body = "Le conseil de Brelmont a nommé Monsieur Paul Renaud directeur général du groupe."
    assert ("Brelmont", "Paul Renaud", "CEO", None) in _changes(body)


@pytest.mark.parametrize(
    "body",
    [
        # a count of leaders, no company's own
        "According to a report from outplacement consultancy Brelmont Partners Inc., 243 CEOs have departed through "
        "February.",
        # the post left is named after "as" and is no tracked one
        "The departure of ex-Dorvane CEO Tony Bates as head of business development at Korvia comes as no surprise.",
    ],
)
def test_reads_no_departure(body: str) -> None:
    assert not _changes(body)


def test_a_broker_quoted_after_the_quote_is_no_company() -> None:
    body = (
        "Korvia a annoncé un plan de succession pour son directeur général, Paul Renaud. « La succession de Paul "
        "Renaud n'est pas un long fleuve tranquille », signale le courtier Tessaline Partners dans une note."
    )
    assert not any(company == "Tessaline Partners" for company, _, _, _ in _changes(body))


def test_a_pronoun_before_the_exit_is_not_the_name_a_preposition_governs() -> None:
    body = (
        "Korvia's chief financial officer Jane Roe will remain with the company for a period, working with CEO "
        "John Smith, and then she will retire."
    )
    assert not any(previous == "John Smith" for _, _, _, previous in _changes(body))


def test_a_title_before_the_successor_is_hers_not_the_post() -> None:
    body = "Korvia said John Smith is stepping down as chief executive and will be replaced by CFO Jane Roe."
    assert not any(role == "CFO" for _, _, role, _ in _changes(body))


@pytest.mark.parametrize(
    "body",
    [
        "John Smith has resigned as chairman and as chief executive officer of Danone.",
        "Danone said John Smith has resigned as chairman of the board and as chief executive officer.",
        "Paul Renaud quitte ses fonctions de président et de directeur général de Danone.",
    ],
)
def test_an_exit_from_two_posts_leaves_both(body: str) -> None:
    assert {role for _, person, role, _ in _changes(body) if person is None} == {"chair", "CEO"}
