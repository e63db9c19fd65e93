"""Revenue, round 15 (session 18): amounts in forms not read before and the currency a story's dollars are in.

Every sentence is invented for this file. The classes: a rupee sign glued to its figure ("Rs.9,777 crore"); a hyphen
between a figure and its scale word ("$1-billion"); the dollars of a French story written the Québec way ("27,6
millions $") are Canadian unless marked US, while France's "M$" and "millions de dollars" stay US dollars.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.quantities import find_money
from streams.extraction.text import fold_case

_PUBLISHED = datetime(2021, 6, 1, tzinfo=UTC)


def _revenue(text: str, language: str = "en") -> list[tuple[object, ...]]:
    """(company, value, currency) of each revenue event of ``text``."""
    item = NewsItem(id="t", body=text, language=language, published_at=_PUBLISHED)  # type: ignore[arg-type]
    return sorted(
        (
            event.subject.name if event.subject else None,
            event.amount.value if event.amount else None,
            event.amount.currency if event.amount else None,
        )
        for event in extract(item).events
        if event.type == "revenue"
    )


def _money(text: str, language: str) -> list[tuple[float, str]]:
    return [(m.value, m.currency) for m in find_money(text, fold_case(text), language)]


# --- amounts in forms not read: "Rs.9,777 crore", "$1-billion" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quarterly revenue at Kestrel Infotech rose 9 percent to Rs.4,210 crore.", [(42.1e9, "INR")]),
        ("Net profit was Rs.512 crore and sales Rs.3,870.5 crore.", [(5.12e9, "INR"), (38.705e9, "INR")]),
        ("The group crossed the $2-billion mark; a C$1.5-million fine followed.", [(2e9, "USD"), (1.5e6, "CAD")]),
        # near misses: a dot or a hyphen before a bare number is no currency nor scale
        ("Item No.4 million times over, version 2.5 billion", []),
        ("It sold 3-million units in the 2019-m period.", []),
    ],
)
def test_rupee_sign_glued_and_hyphenated_scale(text: str, expected: list[tuple[float, str]]) -> None:
    assert _money(text, "en") == [(pytest.approx(v), c) for v, c in expected]


def test_glued_rupee_figure_is_read_as_revenue() -> None:
    text = "Norvexa Technologies said its revenue for fiscal 2020 climbed 11 percent to Rs.14,250 crore."
    assert _revenue(text) == [("Norvexa Technologies", pytest.approx(142.5e9), "INR")]


def test_hyphenated_billion_revenue_mark() -> None:
    text = "Having crossed the $2-billion revenue mark in fiscal 2019, Norvexa Technologies aims higher."
    assert _revenue(text) == [("Norvexa Technologies", 2e9, "USD")]


# --- Québec dollars ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sign spaced after the figure: Canadian dollars, and so the story's other dollars
        (
            "Lumio a inscrit des revenus de 27,4 millions $, puis 32 M$ et le milliard de dollars.",
            [(27.4e6, "CAD"), (32e6, "CAD"), (1e9, "CAD")],
        ),
        ("Les ventes ont atteint 176 215 $ au trimestre.", [(176215, "CAD")]),
        # marked US in a Québec story: US dollars
        (
            "Lumio a payé 25 M$ US, puis 10 millions $ et 12 millions de dollars américains.",
            [(25e6, "USD"), (10e6, "CAD"), (12e6, "USD")],
        ),
        # marked Canadian in any French story
        ("Lumio vaut 200 millions de dollars canadiens et 5 M$ CA.", [(200e6, "CAD"), (5e6, "CAD")]),
        # near misses: France's "M$" and "millions de dollars" are US dollars
        ("Lumio vise 200 M$ de chiffre d'affaires et 3 milliards de dollars.", [(200e6, "USD"), (3e9, "USD")]),
    ],
)
def test_quebec_dollars(text: str, expected: list[tuple[float, str]]) -> None:
    assert _money(text, "fr") == [(pytest.approx(v), c) for v, c in expected]


def test_quebec_dollars_in_english_stay_us_dollars() -> None:
    assert _money("Lumio earned 27.4 millions $ and $32M.", "en") == [(27.4e6, "USD"), (32e6, "USD")]


def test_quebec_revenue_figure_is_canadian() -> None:
    text = "Lumio Technologies a inscrit 32,1 millions $ de revenus au deuxième trimestre."
    assert _revenue(text, "fr") == [("Lumio Technologies", pytest.approx(32.1e6), "CAD")]


def test_glued_rupee_profit_is_no_revenue() -> None:
    text = "Norvexa Technologies said its net profit for fiscal 2020 rose 4 percent to Rs.1,250 crore."
    assert _revenue(text) == []


# --- a part of the company: a unit named after the figure, a market named with the revenue word -----------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Norvexa Technologies now expects annual revenue above $9 billion for its industrial robotics business.",
            "en",
        ),
        ("Norvexa Technologies said its domestic revenues rose 12 per cent to $410 million.", "en"),
        ("Norvexa Technologies said international sales reached $1.2 billion in 2020.", "en"),
        (
            "Norvexa Technologies a réalisé 40 millions d'euros de chiffre d'affaires pour sa branche énergie solaire.",
            "fr",
        ),
        ("Chez Norvexa Technologies, les ventes à l'export ont atteint 300 millions d'euros en 2020.", "fr"),
    ],
)
def test_a_unit_or_a_market_figure_is_no_company_revenue(text: str, language: str) -> None:
    assert _revenue(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        # near misses: the whole company's figure, its business or its year named after it
        (
            "Norvexa Technologies now expects annual revenue of more than $9 billion for the business in 2022.",
            "en",
            9e9,
            "USD",
        ),
        (
            "Norvexa Technologies said its revenues rose 12 per cent to $410 million for the full year.",
            "en",
            410e6,
            "USD",
        ),
        (
            "Norvexa Technologies a réalisé 40 millions d'euros de chiffre d'affaires pour son exercice 2020.",
            "fr",
            40e6,
            "EUR",
        ),
    ],
)
def test_the_whole_company_figure_stays(text: str, language: str, value: float, currency: str) -> None:
    assert _revenue(text, language) == [("Norvexa Technologies", value, currency)]


# --- the owner of a revenue word: a possessive, « de X », the subject of a verb of reporting ------------------------


@pytest.mark.parametrize(
    ("text", "language", "company", "value", "currency"),
    [
        (
            "In the year to March 2020, Brickvale's turnover climbed 12% to £31.5m.",
            "en",
            "Brickvale",
            31.5e6,
            "GBP",
        ),
        ("Le chiffre d'affaires de Lumio a atteint 20 millions d'euros en 2020.", "fr", "Lumio", 20e6, "EUR"),
        (
            "En 2019, le groupe Trevanne&Fils a enregistré un chiffre d'affaires de 57,2 millions d'euros.",
            "fr",
            "Trevanne&Fils",
            57.2e6,
            "EUR",
        ),
        (
            "Au premier semestre, QRX affiche un chiffre d'affaires de 325,9 ME, en hausse de 10 %.",
            "fr",
            "QRX",
            325.9e6,
            "EUR",
        ),
        ("Les produits d'exploitation de Lumio ont atteint 4,5 milliards $ en 2007.", "fr", "Lumio", 4.5e9, "CAD"),
    ],
)
def test_the_owner_of_a_revenue_word_is_a_company(
    text: str, language: str, company: str, value: float, currency: str
) -> None:
    assert _revenue(text, language) == [(company, pytest.approx(value), currency)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a season's sales, a country's, a person's
        ("Les ventes de Noël ont atteint 2 milliards d'euros en 2020.", "fr"),
        ("Les ventes de Pâques ont atteint 200 millions d'euros en 2020.", "fr"),
        ("In 2020, Britain's sales rose to £22bn.", "en"),
        ("En 2020, Jean Dupont affiche un chiffre d'affaires de 12 millions d'euros.", "fr"),
        ("Le chiffre d'affaires de France a atteint 20 millions d'euros.", "fr"),
    ],
)
def test_no_owner_in_a_season_a_place_or_a_person(text: str, language: str) -> None:
    assert _revenue(text, language) == []


# --- a change told from an old value to a new one, past a change in percent ----------------------------------------


def test_change_from_to_after_a_percent_is_no_range() -> None:
    text = (
        "Au troisième trimestre, les produits d'exploitation de Lumio ont crû de 2 % par rapport au trimestre "
        "correspondant de 2006, de 4,4 milliards $ à 4,5 milliards $."
    )
    assert _revenue(text, "fr") == [("Lumio", pytest.approx(4.5e9), "CAD")]


def test_a_range_without_a_change_stays_a_range() -> None:
    text = "Le chiffre d'affaires de Lumio devrait atteindre de 1,2 milliard d'euros à 1,4 milliard d'euros en 2022."
    assert _revenue(text, "fr") == [("Lumio", pytest.approx(1.3e9), "EUR")]
