"""Structures of ordinary business news read in session 12 (each sentence written for this file).

Results stories, market reports and strikes carry few deals, and every event read in them is a false one. Two
structures gave events there: a one-word participle used as an adjective after an article or a preposition
("in extended Nasdaq trading", "the acquired business") read as the verb of a deal, and a quarter written like
a ticker ("For Q2 of 2012") read as the company the knowledge base calls Q2.
"""

from __future__ import annotations

import pytest

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
