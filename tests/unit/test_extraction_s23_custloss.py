"""Session 23 (custloss): a customer cancelling its order of a maker's goods ends the relation with the maker.

Paraphrases with invented names; near misses must read no end: a person's or a country's order, a maker cancelling
its customer's order, an order with no maker named, a part of an order cancelled.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import Extraction, NewsItem
from streams.extraction import extract


def _extract(body: str) -> Extraction:
    return extract(
        NewsItem(
            id="s23-custloss",
            url="https://example.test/s23-custloss",
            body=body,
            published_at=datetime(2026, 12, 2, tzinfo=UTC),
        )
    )


def _ends(body: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None)
        for e in _extract(body).events
        if e.type == "customer_end"
    }


def _starts(body: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None)
        for e in _extract(body).events
        if e.type == "customer_start"
    }


@pytest.mark.parametrize(
    ("body", "customer", "maker"),
    [
        (
            "Dorvane Airlines has agreed to cancel an order for 18 Korvia jets, the carrier said on Tuesday.",
            "Dorvane Airlines",
            "Korvia",
        ),
        (
            "Quentaro scrapped its firm order for 35 Bellmark jets after a review of its fleet needs.",
            "Quentaro",
            "Bellmark",
        ),
        ("Velmora Air cancelled its order of forty-nine Dorvane planes, citing weak demand.", "Velmora Air", "Dorvane"),
        ("Korvia Rail terminated its order for 12 Bellmark trains last week.", "Korvia Rail", "Bellmark"),
        ("Quentaro a annulé sa commande de 49 Dorvane, selon plusieurs sources.", "Quentaro", "Dorvane"),
        ("Velmora Air annule sa commande de six Bellmark pour des raisons budgétaires.", "Velmora Air", "Bellmark"),
    ],
)
def test_cancelled_order_ends_the_makers_relation(body: str, customer: str, maker: str) -> None:
    assert (customer, maker) in {(c, m) for c, m in _ends(body) if m is not None and m.startswith(maker)}
    assert not any(m is not None and m.startswith(maker) for _, m in _starts(body))


def test_cancelling_may_be_only_a_plan() -> None:
    events = _extract("Dorvane Airlines may cancel an order for 42 Korvia aircraft, forfeiting its deposit.").events
    ends = [e for e in events if e.type == "customer_end"]
    assert ends and ends[0].modality == "plan"
    assert ends[0].object is not None and ends[0].object.name.startswith("Korvia")


@pytest.mark.parametrize(
    "body",
    [
        # no maker named after the count
        "Dorvane Airlines cancelled its order for 18 aircraft last week.",
        # a part of the order, a risk the risk rows read
        "Dorvane Airlines will cancel some of its orders for Korvia jets.",
        # a person, a country, a nationality or a sentence opener before the count
        "Marie Dupont cancelled her order for 12 Bellmark bikes.",
        "France cancelled its order for 12 Korvia helicopters in 2019.",
        "However, the French cancelled an order for 12 Korvia helicopters.",
        # « Selon » opener, no customer
        "Selon Bellmark, la commande de 12 Korvia n'a pas été annulée.",
    ],
)
def test_near_misses_read_no_end_of_a_company(body: str) -> None:
    named_ends = {(c, m) for c, m in _ends(body) if c is not None and m is not None}
    assert not any(c in {"Marie Dupont", "France", "French", "However", "Selon"} for c, _ in named_ends)
    if "18 aircraft" in body:
        assert not named_ends


def test_placing_an_order_is_no_end() -> None:
    body = "Quentaro placed an order for 35 Bellmark jets worth $8.5 billion."
    assert not _ends(body)


def _typed(body: str, event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None)
        for e in _extract(body).events
        if e.type == event_type
    }


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        (
            "Dorvane plans to switch battery suppliers, leaving its supply deals with Korvia and Bellmark in doubt.",
            {("Dorvane", "Korvia"), ("Dorvane", "Bellmark")},
        ),
        ("Quentaro's decision throws its partnership with Velmora into question.", {("Quentaro", "Velmora")}),
        (
            "Dorvane said it had suspended a contract for Korvia to provide firefighting services.",
            {("Dorvane", "Korvia")},
        ),
        ("Bellmark has suspended its contract with Quentaro over pricing.", {("Bellmark", "Quentaro")}),
        ("Velmora put its agency of record, Korvia, under review.", {("Velmora", "Korvia")}),
        ("Bellmark put its agency on record, the Quentaro Group, under review.", {("Bellmark", "Quentaro")}),
        ("Dorvane a suspendu son contrat avec Korvia.", {("Dorvane", "Korvia")}),
    ],
)
def test_ties_in_doubt_suspended_or_reviewed_are_at_risk(body: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _typed(body, "customer_at_risk")
    assert not pairs & _typed(body, "customer_end")


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane suspended a contract for the supply of engines.",
        "Marie Dupont put her contract with Korvia on hold.",
        "The ruling leaves the agreement with Korvia in doubt.",
        "However, Korvia put its review of the market on hold.",
        "Selon Bellmark, le contrat avec Korvia n'est pas suspendu.",
    ],
)
def test_risk_near_misses_name_no_customer(body: str) -> None:
    assert not {(c, m) for c, m in _typed(body, "customer_at_risk") if c in {"Marie Dupont", "However", "Selon"}}
    if "supply of engines" in body or "ruling" in body:
        assert not _typed(body, "customer_at_risk")


@pytest.mark.parametrize(
    ("body", "customer", "vendor"),
    [
        (
            "Dorvane Council will terminate a five year, £200m estates and facilities contract with Korvia by 1 April.",
            "Dorvane Council",
            "Korvia",
        ),
        ("Quentaro ended a 10-year outsourcing agreement with Bellmark in March.", "Quentaro", "Bellmark"),
        ("Velmora decided not to renew a £40m cleaning contract with Dorvane.", "Velmora", "Dorvane"),
    ],
)
def test_described_contract_ended(body: str, customer: str, vendor: str) -> None:
    assert (customer, vendor) in _typed(body, "customer_end")


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane signed a five-year supply contract with Korvia.",
        "Dorvane ended a merger agreement with Korvia.",
        "Meanwhile, Paris ended a ten-year cleaning contract with Korvia.",
    ],
)
def test_described_contract_near_misses(body: str) -> None:
    ends = _typed(body, "customer_end")
    assert ("Dorvane", "Korvia") not in ends
    assert not any(c in {"Meanwhile", "Paris"} for c, _ in ends)


@pytest.mark.parametrize(
    ("body", "customer", "vendor"),
    [
        (
            "Dorvane's deal with Korvia for the supply of batteries will end this year, the carmaker said.",
            "Dorvane",
            "Korvia",
        ),
        ("Quentaro's supply agreement with Bellmark will be concluded this year.", "Quentaro", "Bellmark"),
        ("Velmora's partnership with Dorvane will come to an end in June.", "Velmora", "Dorvane"),
    ],
)
def test_tie_told_as_the_subject_of_its_end(body: str, customer: str, vendor: str) -> None:
    assert (customer, vendor) in _typed(body, "customer_end")


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane's contract with Korvia will expire at the end of the year.",
        "Marie Dupont's contract with Korvia will end in June.",
        "Meanwhile, France's contract with Korvia will end in June.",
        "Dorvane signed a deal with Korvia that will end a long dispute.",
    ],
)
def test_tie_ending_near_misses(body: str) -> None:
    ends = _typed(body, "customer_end")
    assert ("Dorvane", "Korvia") not in ends
    assert not any(c in {"Marie Dupont", "France", "Meanwhile"} for c, _ in ends)


def test_a_model_after_the_count_is_no_maker() -> None:
    ends = _typed("Korvia annule une commande de 50 A321neo de Dorvane Airways.", "customer_end")
    assert not any(m is not None and m.startswith("A321") for _, m in ends)


@pytest.mark.parametrize(
    ("body", "customer", "vendor"),
    [
        ("Korvia has been stripped of its cleaning contract by Dorvane Council.", "Dorvane Council", "Korvia"),
        ("Quentaro Council stripped Bellmark of its waste collection contract.", "Quentaro Council", "Bellmark"),
        ("Velmora took the contract away from Dorvane after repeated failures.", "Velmora", "Dorvane"),
        ("Bellmark's cleaning contract is to be removed from Quentaro.", "Bellmark", "Quentaro"),
    ],
)
def test_contract_stripped_or_taken_away(body: str, customer: str, vendor: str) -> None:
    assert (customer, vendor) in _typed(body, "customer_end")


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane was stripped of its licence by Korvia.",
        "Marie Dupont was stripped of her title by Korvia.",
        "Dorvane's chief executive was removed from Korvia's board.",
        "However, the logo was taken away from Korvia's stand at the festival.",
    ],
)
def test_stripped_near_misses(body: str) -> None:
    assert not _typed(body, "customer_end")


def test_taken_away_from_a_pronoun_names_no_supplier() -> None:
    body = (
        "Korvia has been hit by the departure of Dorvane, Velmora and Quentaro, which all took their accounts away "
        "from it last year."
    )
    assert not {(c, m) for c, m in _typed(body, "customer_end") if m in {"Dorvane", "Velmora", "Quentaro"}}
