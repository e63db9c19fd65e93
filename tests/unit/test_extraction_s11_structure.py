"""Structures of real wire copy read in session 11 (each sentence written for this file).

A legal form or a country's abbreviation ending a sentence ("... for Juniper Networks Inc. The loss hurt.")
ends it when a sentence opener follows, while "Acme Inc. Chief Executive ..." goes on. A price per share quoted
with its conversion in brackets ("20.50 euros ($24.4) per share") is a price per share on both sides of the
brackets, never a valuation or a deal's amount; a total converted in brackets stays a total.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.quantities import find_money
from streams.extraction.text import fold_case, split_sentences
from tests.support.extraction import Triple, triples

_PUBLISHED = datetime(2024, 3, 5, tzinfo=UTC)


def _per_unit(text: str, language: str) -> list[tuple[float, bool]]:
    return [(m.value, m.per_unit) for m in find_money(text, fold_case(text), language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The offer values Tessaly at 20.50 euros ($24.4) per share.", [(20.5, True), (24.4, True)]),
        ("en", "Orlan will pay $31 (£24.50) a share in cash.", [(31.0, True), (24.5, True)]),
        ("fr", "L'offre valorise Menuisor à 20,50 euros (24,4 dollars) par action.", [(20.5, True), (24.4, True)]),
        # near miss: a total converted in brackets is no price per share
        (
            "en",
            "Nordwell agreed to buy Kestrel Labs for $2.1 billion (£1.6 billion) in cash.",
            [(2.1e9, False), (1.6e9, False)],
        ),
    ],
)
def test_a_price_per_share_stays_one_across_its_conversion(
    language: str, text: str, expected: list[tuple[float, bool]]
) -> None:
    assert _per_unit(text, language) == [(pytest.approx(value), flag) for value, flag in expected]


def test_a_price_per_share_in_brackets_is_no_valuation() -> None:
    text = "Under the deal, Veolia, which owns 29.9% of Suez, values its rival at 20.50 euros ($24.4) per share."
    item = NewsItem(id="t", body=text, language="en", published_at=datetime(2021, 4, 12, tzinfo=UTC))
    valuations = [e.valuation or e.amount for e in extract(item).events if e.type == "valuation" or e.valuation]
    assert valuations == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plexus Corp. will stop making gear for Juniper Networks Inc. The loss hurt.",
            ["Plexus Corp. will stop making gear for Juniper Networks Inc.", "The loss hurt."],
        ),
        (
            "It has plants in the U.S. In a statement, it said so.",
            ["It has plants in the U.S.", "In a statement, it said so."],
        ),
        (
            "Batiloire a racheté Menuisor S.A. L'entreprise emploie 40 personnes.",
            ["Batiloire a racheté Menuisor S.A.", "L'entreprise emploie 40 personnes."],
        ),
        # near misses: the form goes on with the name or its title
        ("Acme Inc. Chief Executive Jo Bloggs said so.", ["Acme Inc. Chief Executive Jo Bloggs said so."]),
        ("Orlan Co. said it would.", ["Orlan Co. said it would."]),
    ],
)
def test_a_legal_form_or_a_country_ends_a_sentence_before_an_opener(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == expected


def _deals_and_valuations(text: str, language: str) -> list[Triple]:
    return triples(text, language, types=("acquisition", "valuation"), published_at=_PUBLISHED)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Orlan Partners will pay $31 per share for Tessaly Energy, valuing the company at $2.3 billion.",
            [("acquisition", "Orlan Partners", "Tessaly Energy"), ("valuation", "Tessaly Energy", None)],
        ),
        (
            "en",
            "Orlan Partners will pay $31 a share in cash for Tessaly Energy.",
            [("acquisition", "Orlan Partners", "Tessaly Energy")],
        ),
        (
            "fr",
            "Orlan Partners paiera 31 euros par action pour Tessaly Energy.",
            [("acquisition", "Orlan Partners", "Tessaly Energy")],
        ),
        # near miss: buyers of shares in an offering are no company
        ("en", "Investors paid $12 a share for Tessaly Energy stock in its initial public offering.", []),
    ],
)
def test_a_price_per_share_paid_for_a_company_tells_its_purchase(
    language: str, text: str, expected: list[Triple]
) -> None:
    assert _deals_and_valuations(text, language) == expected


def _customers(text: str, language: str) -> list[Triple]:
    return triples(text, language, prefix="customer_", published_at=_PUBLISHED)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "« Nous prolongeons notre accord avec Valeo pour trois ans », a déclaré le directeur financier de Renault.",
            [("customer_continue", "Renault", "Valeo")],
        ),
        (
            "fr",
            "« Nous avons choisi Valeo pour nos phares », a expliqué Marc Tellier, directeur des achats de Renault.",
            [("customer_start", "Renault", "Valeo")],
        ),
        (
            "fr",
            "« Nous avons décidé de mettre fin à notre contrat avec Valeo », a indiqué la présidente de Renault.",
            [("customer_end", "Renault", "Valeo")],
        ),
        (
            "en",
            '"We have ended our contract with Brimley Dairy," said Jo Marsh, chief executive of Kestrel Foods.',
            [("customer_end", "Kestrel Foods", "Brimley Dairy")],
        ),
        # near misses: two companies outside the quote name no speaker; "nous" as an object is no subject
        (
            "fr",
            "« Nous avons choisi Valeo », ont déclaré Renault et Stellantis dans un communiqué commun.",
            [],
        ),
        ("fr", "« Valeo nous a informés de la fin du partenariat », a indiqué la présidente de Renault.", []),
    ],
)
def test_a_company_speaking_in_the_first_person_is_the_party(language: str, text: str, expected: list[Triple]) -> None:
    assert _customers(text, language) == expected
