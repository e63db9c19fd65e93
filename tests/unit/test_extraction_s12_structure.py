"""Structures of ordinary business news read in session 12 (each sentence written for this file).

A deal dated between its verb and its object ("a acquis l'an dernier le fabricant X") is told as background.

Results stories, market reports and strikes carry few deals, and every event read in them is a false one. Two
structures gave events there: a one-word participle used as an adjective after an article or a preposition
("in extended Nasdaq trading", "the acquired business") read as the verb of a deal, and a quarter written like
a ticker ("For Q2 of 2012") read as the company the knowledge base calls Q2.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import Triple, triples


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Halvorsen fell 4 per cent to $12.10 in extended Nasdaq trading after the results.",
        "Brightwell shares rose 3% during extended NYSE hours on Thursday.",
        "The acquired Lumetra business added $40 million of sales to Corvane in the quarter.",
        "Corvane said its expanded Lumetra range sold well.",
    ],
)
def test_a_participle_qualifying_a_noun_tells_no_deal(text: str) -> None:
    assert [t for t in triples(text, "en") if t[0] != "revenue"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Walmart extended its contract with Brightwell for three years.",
            [("customer_continue", "Walmart", "Brightwell")],
        ),
        ("Corvane acquired Lumetra for $300 million.", [("acquisition", "Corvane", "Lumetra")]),
        ("Lumetra was acquired by Corvane in March.", [("acquisition", "Corvane", "Lumetra")]),
    ],
)
def test_the_same_participle_as_a_verb_still_tells_it(text: str, expected: list[Triple]) -> None:
    assert triples(text, "en", types=("customer_continue", "acquisition")) == expected


def test_a_quarter_written_like_a_ticker_is_no_company() -> None:
    text = "For Q2 of 2012, Apple posted quarterly revenue of $39.2 billion, against $28.6 billion a year earlier."
    assert {subject for _, subject, _ in triples(text, "en", prefix="revenue")} == {"Apple"}


def _history(text: str, language: str) -> list[tuple[str, str | None, bool]]:
    item = NewsItem(id="t", title="", body=text, language=language, published_at=datetime(2018, 3, 28, tzinfo=UTC))  # type: ignore[arg-type]
    return [(e.type, e.object.name if e.object else None, e.history) for e in extract(item).events]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Acteon a acquis l'an dernier le fabricant Prodont Holliger.",
            ("acquisition", "Prodont Holliger", True),
        ),
        ("en", "Halvorsen bought in 2016 a 20% stake in Lumetra.", ("stake", "Lumetra", True)),
        ("en", "Halvorsen bought Lumetra last week.", ("acquisition", "Lumetra", False)),
        ("fr", "Halvorsen a racheté cette année le fabricant Lumetra.", ("acquisition", "Lumetra", False)),
    ],
)
def test_a_date_right_after_the_deal_verb_dates_the_deal(language: str, text: str, expected: tuple) -> None:
    """ "a acquis l'an dernier le fabricant X": the date between the verb and its object makes the deal background."""
    assert _history(text, language) == [expected]
