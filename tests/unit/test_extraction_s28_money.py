"""Session 28 (money): amounts written with a short emerging-market currency prefix.

South African, Nigerian, Kenyan, Philippine, Indonesian and Ghanaian business press glues its currency to the
figure ("R15.7 billion", "N309.9bn", "Sh17.9b", "KSh 50.7 billion", "P633 billion", "Rp7 trillion", "GH¢7.9m").
Those were read as no amount, and the glued figure was even taken for a company ("N54.4bn" as a customer). A
one-letter prefix is money only before a scaled or thousands-grouped figure: "P1 race" and "R2-D2" are not.
"""

from __future__ import annotations

import pytest

from streams.extraction.quantities import find_money
from streams.extraction.text import fold_case
from tests.unit.extraction_helpers import extract_body


def _amounts(text: str) -> list[tuple[float, str]]:
    return [(round(money.value, 2), money.currency) for money in find_money(text, fold_case(text), "en")]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("The miner paid R21bn for the smelter, debt included.", [(21e9, "ZAR")]),
        ("Its bid of $1.5 billion (R27.3 billion) was accepted.", [(1.5e9, "USD"), (27.3e9, "ZAR")]),
        ("The property fund sold the mall for R1,96 billion.", [(1.96e9, "ZAR")]),
        ("The council approved road works costing N309.9bn and N1.2tn overall.", [(309.9e9, "NGN"), (1.2e12, "NGN")]),
        ("The ministry paid N5,157,265,770 to the builder.", [(5157265770.0, "NGN")]),
        ("Lawmakers backed a ₦5 billion grant.", [(5e9, "NGN")]),
        ("The agency signed a Sh17.9b deal for the highway.", [(17.9e9, "KES")]),
        ("The insurer won KSh 50.7 billion worth of cover.", [(50.7e9, "KES")]),
        ("The airport plan is worth P148.43 billion.", [(148.43e9, "PHP")]),
        ("The group will spend Rp7 trillion on the mine.", [(7e12, "IDR")]),
        ("The ministry re-awarded the job for GH¢7.9m.", [(7.9e6, "GHS")]),
    ],
)
def test_prefixed_amounts_are_read_in_their_currency(text: str, amounts: list[tuple[float, str]]) -> None:
    """A currency prefix glued to a scaled or grouped figure gives the amount and the currency's ISO code."""
    assert _amounts(text) == amounts


@pytest.mark.parametrize(
    "text",
    [
        "Korvia Motors finished the P1 race ahead of its rivals.",
        "The toy maker sold a model of R2-D2 at the fair.",
        "Hospitals ordered N95 masks in bulk.",
        "The offer values each share at R16.30 in cash.",
    ],
)
def test_one_letter_before_a_bare_figure_is_no_amount(text: str) -> None:
    """Without a scale or a grouped figure, "P1", "R2" or "N95" is a name or a model, not money."""
    assert _amounts(text) == []


def test_prefixed_amount_is_the_deal_amount() -> None:
    """A takeover priced in rand carries its price."""
    events = extract_body("Korvia Mining Ltd agreed to acquire Dorvane Platinum for R4.2bn in cash.").events
    assert [(event.type, event.amount and (event.amount.value, event.amount.currency)) for event in events] == [
        ("acquisition", (4.2e9, "ZAR"))
    ]


def test_prefixed_amount_is_no_company() -> None:
    """A naira figure opening a contract's description is its value, never its buyer."""
    events = extract_body("Korvia Cement has won a N54.4bn contract from the Lagos State Government.").events
    assert all(event.subject is None or event.subject.name != "N54.4bn" for event in events)
    assert {(event.amount.value, event.amount.currency) for event in events if event.amount} == {(54.4e9, "NGN")}


def test_glued_rand_figure_opening_a_sentence_is_no_company() -> None:
    """ "R4bn" before a company's name is not part of that name."""
    events = extract_body("R4bn Korvia Mining appointed Thandi Mokoena as chief executive.").events
    assert all(event.subject is None or not event.subject.name.startswith("R4bn") for event in events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Korvia Retail agreed to acquire P3 Logistic Parks for $2bn.", ("Korvia Retail", "P3 Logistic Parks")),
        ("N26 agreed to acquire Korvia Bank for $200 million.", ("N26", "Korvia Bank")),
    ],
)
def test_letter_and_digit_firm_names_stay_names(text: str, pair: tuple[str, str]) -> None:
    """Near miss: a firm named by a letter and a digit, with no scale after it, is still a party."""
    events = extract_body(text).events
    assert [(event.subject.name, event.object.name) for event in events if event.subject and event.object] == [pair]
