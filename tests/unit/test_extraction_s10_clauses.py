"""Clauses that used to hand a fact to the wrong company (our own EN/FR sentences, session 10).

Four structures, each read in whatever event type the sentence carries: a clause opened by ", but" and a new
subject; a concessive clause ("although", "bien que") before the fact; a relative aside about the speaker
("X, which counts Y as a customer, said ..."); a stake verb inside a relative aside, whose size is its own.
"""

from __future__ import annotations

import pytest

from schemas import NewsItem
from streams.extraction import extract

Event = tuple[str, str | None, str | None, str]


def _events(body: str) -> set[Event]:
    extraction = extract(NewsItem(id="s10-clauses", body=body))
    return {
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extraction.events
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Analysts said Google could follow, but Meta acquired Scale AI on Friday.",
            {("acquisition", "Meta", "Scale AI", "fact")},
        ),
        (
            "Les analystes estiment que Google pourrait suivre, mais Meta a racheté Scale AI vendredi.",
            {("acquisition", "Meta", "Scale AI", "fact")},
        ),
        (
            "Investors had hoped Amazon might bid, but Siemens agreed to buy Nuance.",
            {("acquisition", "Siemens", "Nuance", "fact")},
        ),
    ],
)
def test_but_and_a_new_subject_open_a_clause_of_their_own(body: str, expected: set[Event]) -> None:
    """The company and the "could" / "pourrait" of the first clause reach neither the buyer nor the modality."""
    assert _events(body) == expected


def test_but_it_keeps_the_first_clauses_subject() -> None:
    """After ", but it" the pronoun is the first clause's subject: both facts are Airbus's."""
    body = "Airbus has renewed its contract with Capgemini, but it dropped Atos last month."
    assert _events(body) == {
        ("customer_continue", "Airbus", "Capgemini", "fact"),
        ("customer_end", "Airbus", "Atos", "fact"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Although Google had talked to Scale AI, it was Meta that bought a 49% stake in the startup.",
            {("stake", "Meta", "Scale AI", "fact")},
        ),
        (
            "Bien que Google ait discuté avec Scale AI, c'est Meta qui a pris 49 % du capital de la start-up.",
            {("stake", "Meta", "Scale AI", "fact")},
        ),
        # Before: Amazon bought Siemens. "it" (the unit) is no company we know, so nothing is read.
        ("Even though Amazon had bid for the unit, Siemens agreed to buy it for $2 billion.", set()),
    ],
)
def test_a_concessive_clause_lends_no_party_to_the_fact(body: str, expected: set[Event]) -> None:
    assert _events(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Scale AI, which counts OpenAI as a customer, said Google would end its contract.",
            {("customer_end", "Google", "Scale AI")},
        ),
        # The aside's own supply (session 11: "supplies chips to X" is read) is a relation of its own.
        (
            "Nvidia, which supplies chips to Microsoft, said Meta would end its contract.",
            {("customer_end", "Meta", "Nvidia"), ("customer_continue", "Microsoft", "Nvidia")},
        ),
    ],
)
def test_the_speakers_aside_does_not_supply_the_reported_fact(body: str, expected: set[tuple[str, str, str]]) -> None:
    """The supplier of "its contract" is the speaker, not the company its relative clause names."""
    assert {event[:3] for event in _events(body)} == expected


def test_a_customers_own_aside_still_names_its_supplier() -> None:
    """Near miss: the aside hangs on the customer, so its company is the customer's supplier."""
    body = "Renault, which pays Dassault Systemes about $90 million a year, is reviewing its contract."
    assert {event[:3] for event in _events(body)} == {("customer_at_risk", "Renault", "Dassault Systèmes")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Meta, which also owns Instagram, bought a 49% stake in Scale AI.", {("stake", "Meta", "Scale AI", 49.0)}),
        (
            "Exor, which controls Ferrari, bought 15% of Philips last year.",
            {("stake", "Exor", "Philips", 15.0)},
        ),
        # Near miss: the size in the aside is the aside's own stake.
        (
            "Vivendi, qui possède 27 % de Lagardère, a cédé sa participation dans Telecom Italia.",
            {("stake", "Vivendi", "Lagardère", 27.0)},
        ),
    ],
)
def test_a_stake_verb_in_an_aside_takes_no_size_from_the_main_clause(
    body: str, expected: set[tuple[str, str, str, float]]
) -> None:
    extraction = extract(NewsItem(id="s10-aside-size", body=body))
    got = {
        (e.type, e.subject.name if e.subject else "", e.object.name if e.object else "", e.stake_pct or 0.0)
        for e in extraction.events
        if e.type in ("stake", "acquisition")
    }
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Google said it would end its contract with Scale AI.", {("customer_end", "Google", "Scale AI", "plan")}),
        ("Google said it would stop using Scale AI next year.", {("customer_end", "Google", "Scale AI", "plan")}),
        (
            "Google mettra fin à son contrat avec Scale AI l'an prochain.",
            {("customer_end", "Google", "Scale AI", "plan")},
        ),
        # Near miss: done, not announced.
        ("Google ended its contract with Scale AI last week.", {("customer_end", "Google", "Scale AI", "fact")}),
    ],
)
def test_a_reported_future_is_a_plan(body: str, expected: set[Event]) -> None:
    assert _events(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Google has no plans to stop using Scale AI.", {("customer_end", "Google", "Scale AI", "denied")}),
        (
            "Google said it has no intention of ending its contract with Scale AI.",
            {("customer_end", "Google", "Scale AI", "denied")},
        ),
        (
            "Google n'a aucune intention de mettre fin à son contrat avec Scale AI.",
            {("customer_end", "Google", "Scale AI", "denied")},
        ),
        ("Meta has no plans to buy Scale AI.", {("acquisition", "Meta", "Scale AI", "denied")}),
    ],
)
def test_no_plans_or_no_intention_deny_the_act(body: str, expected: set[Event]) -> None:
    """A denial is kept as the modality ``denied``, never read as the act nor dropped."""
    assert _events(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("India has ordered 26 Rafale jets from Dassault Aviation.", ("customer_start", "India", "Dassault Aviation")),
        (
            "L'Inde a signé un contrat avec Dassault Aviation pour 26 Rafale.",
            ("customer_start", "Inde", "Dassault Aviation"),
        ),
        ("L'Australie a commandé à Thales douze radars pour sa marine.", ("customer_start", "Australie", "Thales")),
    ],
)
def test_a_country_that_buys_is_the_customer(body: str, expected: tuple[str, str, str]) -> None:
    """A country right before a verb of buying is its state, a public body; elsewhere it stays a place."""
    assert {event[:3] for event in _events(body)} == {expected}


def test_a_country_as_a_place_is_no_party() -> None:
    assert _events("In India, Reliance bought a stake in Jio.") == {("stake", "Reliance", "Jio Platforms", "fact")}
