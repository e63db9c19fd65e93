"""Session 23, leadership precision: a change is never tied to the newcomer's origin, and its people are people."""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.knowledge_base import Company, KnowledgeBase


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


@pytest.mark.parametrize(
    ("body", "firm"),
    [
        ("Korvia said Tom Brack would replace Jane Holt as MD of Dorvane Freight from 1 June.", "Dorvane Freight"),
        ("Jane Holt was appointed MD of Bellmark Logistics on Monday, the group said.", "Bellmark Logistics"),
        ("Quentaro named Paul Ranner as EVP of Korvia Logistics in March.", "Korvia Logistics"),
    ],
)
def test_abbreviated_title_is_no_part_of_the_name(body: str, firm: str) -> None:
    names = [e.name for e in extract(NewsItem(id="t", body=body, language="en")).entities]
    assert firm in names, names
    assert not any(name.startswith(("MD ", "EVP ")) for name in names), names


def test_firm_named_md_keeps_its_name() -> None:
    names = [
        e.name for e in extract(NewsItem(id="t", body="MD Korvia won an order from the army.", language="en")).entities
    ]
    assert "MD Korvia" in names, names


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Anna Veld, Korvia's chief executive, will also become chair of the industry group Plastics Europe.", "en"),
        ("Jean Brac, PDG de Korvia, a été élu président de l'Union des industries chimiques.", "fr"),
        ("Anna Veld will succeed Tom Brack, who is retiring, as chair of the Korvia Foundation.", "en"),
        ("Tom Brack, Dorvane's chairman, was named president of the Bellmark trade association.", "en"),
    ],
)
def test_chair_of_a_body_is_no_change_at_the_firm(body: str, language: str) -> None:
    assert all(person is None for _, person, _ in _changes(body, language)), _changes(body, language)


def test_chair_of_a_firm_named_like_a_union_stays() -> None:
    found = _changes("Western Union named Anna Veld chief executive, replacing Tom Brack.")
    assert any(person == "Anna Veld" for _, person, _ in found), found


def _found(text: str) -> list[str]:
    kb = KnowledgeBase(
        [
            Company("dorvane-fluide", "Dorvane Fluide"),
            Company("korvia-generale", "Korvia Générale"),
            Company("bellmark-agricole", "Bellmark Agricole Crédit"),
            Company("quentaro", "Quentaro"),
        ]
    )
    return [text[m.start : m.end] for m in kb.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jeanne Brac quitte Dorvane fluide pour rejoindre un fonds.", "Dorvane fluide"),
        ("Le conseil de Korvia générale a nommé Jean Brac directeur général.", "Korvia générale"),
        ("Selon Bellmark agricole crédit, la demande reste forte.", "Bellmark agricole crédit"),
    ],
)
def test_sentence_case_name_read_whole_inside_a_sentence(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dorvane fluide levels rose. Korvia générale strikes were called off.",  # sentence openers
        "However, Paris and Lyon said nothing. Quentaro générale",  # a one-word name has no sentence-case form
    ],
)
def test_sentence_case_not_read_at_a_sentence_start(text: str) -> None:
    found = _found(text)
    assert "Dorvane fluide" not in found and "Korvia générale" not in found and "Quentaro générale" not in found


def _roles_of(body: str) -> list[tuple[str | None, str | None, str | None]]:
    events = extract(NewsItem(id="t", body=body, language="en")).events
    return [(e.person, e.previous_person, e.role) for e in events if e.type == "leadership_change"]


@pytest.mark.parametrize(
    "body",
    [
        "Korvia said its chief executive, Tom Brack, was stepping down. He is being succeeded by Anna Veld, "
        "the chief operating officer who has led four units.",
        "Dorvane's chief executive Jean Brac will retire in June and be succeeded by Anna Veld, the group's "
        "chief operating officer.",
        "Bellmark said chief executive Paul Ranner would leave. He will be replaced by Ines Morrow, the chief "
        "financial officer.",
    ],
)
def test_successor_apposed_title_is_her_post_now(body: str) -> None:
    found = _roles_of(body)
    assert found and all(role == "CEO" for _, _, role in found), found


def test_successor_apposed_new_title_is_the_post_taken() -> None:
    found = _roles_of(
        "Korvia said its chief executive, Tom Brack, was stepping down. He is being succeeded by Anna Veld, "
        "the new chief executive."
    )
    assert ("Anna Veld", "Tom Brack", "CEO") in found, found


def test_chief_executive_who_becomes_chair_is_no_ceo_change() -> None:
    found = _roles_of(
        "Korvia said Tom Brack would step down as chairman and be succeeded by Anna Veld, the chief executive."
    )
    assert found and all(role == "chair" for _, _, role in found), found


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Korvia, groupe pétrolier, a nommé, mercredi, Jean Brac, nouveau président directeur général.", "Jean Brac"),
        ("Korvia a nommé mercredi Jeanne Brac nouvelle présidente directrice générale.", "Jeanne Brac"),
        ("Dorvane a désigné Luc Morin comme président directeur général, en remplacement de Paul Ranc.", "Luc Morin"),
    ],
)
def test_unhyphenated_pdg_is_the_chief_executive(body: str, person: str) -> None:
    events = extract(NewsItem(id="t", body=body, language="fr")).events
    assert any(e.type == "leadership_change" and e.person == person and e.role == "CEO" for e in events), events


@pytest.mark.parametrize(
    "body",
    [
        "Le président directeur général de Korvia, Jean Brac, a présenté les résultats annuels.",
        "Selon Jean Brac, président directeur général de Korvia, la demande reste forte.",
        "Par ailleurs, le président directeur général Jean Brac a visité l'usine de Lyon.",
    ],
)
def test_unhyphenated_pdg_in_passing_is_no_change(body: str) -> None:
    events = extract(NewsItem(id="t", body=body, language="fr")).events
    assert not any(e.type == "leadership_change" and e.person for e in events), events
