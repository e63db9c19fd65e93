"""Session 25 (rev): revenue figures in results stories as real articles write them.

Paraphrases with invented names. A change in revenue ("sales increased by $1.6 million", "added £3.5 million to
turnover") is no level of revenue; the market's estimate told in a relative clause or after the amount is not the
company's; a cost of sales and a contractual revenue to come are no revenue line; a unit named by its kind or a
region named later in the sentence owns its figure; a bare "134 millions" takes the currency written soon after it;
"US dollars" is a currency; a French wire's "Name : results" headline names the company a "le groupe" body is about.
Near misses keep their old reading.
"""

from __future__ import annotations

from datetime import UTC, datetime

from schemas import Extraction, NewsItem
from streams.extraction import extract
from streams.extraction.quantities import find_money


def _extract(body: str, title: str = "", language: str | None = None) -> Extraction:
    return extract(
        NewsItem(
            id="s25-rev",
            url="https://example.test/s25-rev",
            title=title,
            body=body,
            language=language,
            published_at=datetime(2026, 12, 3, tzinfo=UTC),
        )
    )


def _revenue(body: str, title: str = "", language: str | None = None) -> set[tuple[str | None, float | None]]:
    return {
        (e.subject.name if e.subject else None, e.amount.value if e.amount else None)
        for e in _extract(body, title, language).events
        if e.type == "revenue"
    }


def test_change_by_is_no_figure() -> None:
    body = (
        "Korvia Systems reported net sales of $12.4 million for its first quarter. "
        "Sales increased by approximately $1.9 million over the level of the fourth quarter, the company said."
    )
    assert _revenue(body) == {("Korvia Systems", 12.4e6)}


def test_increment_added_to_turnover_gives_way_to_the_level() -> None:
    body = "Dorvane Holdings added £4.1 million to turnover, taking it to £318.6m, accounts show."
    assert _revenue(body) == {("Dorvane", 318.6e6)}


def test_french_change_of_revenue_is_no_figure() -> None:
    body = "Le chiffre d'affaires de Brelmont est en hausse de 12 millions d'euros sur un an."
    assert _revenue(body, language="fr") == set()


def test_near_miss_level_after_rose_to_stays() -> None:
    body = "Korvia Systems said its revenue rose 8% to $2.1 billion in the quarter."
    assert _revenue(body) == {("Korvia Systems", 2.1e9)}


def test_estimate_after_the_amount_is_the_markets() -> None:
    body = (
        "Tessaline Foods said net revenue grew 6% to 4.2 billion US dollars in the quarter, topping the 4.0 billion "
        "dollars that Wall Street had forecast."
    )
    assert _revenue(body) == {("Tessaline Foods", 4.2e9)}


def test_estimate_expected_by_analysts_is_no_figure() -> None:
    body = "Revenue at Tessaline Foods fell short of the $3.1 billion expected by analysts."
    assert _revenue(body) == set()


def test_french_estimate_in_a_relative_clause() -> None:
    body = (
        "Le distributeur Brelmont a publié des ventes de 8,4 milliards d'euros au troisième trimestre. "
        "Ce chiffre est en ligne avec les prévisions des analystes, qui tablaient sur un chiffre d'affaires de "
        "8,3 milliards d'euros."
    )
    assert _revenue(body, language="fr") == {("Brelmont", 8.4e9)}


def test_us_dollars_is_a_currency() -> None:
    mentions = find_money("sales of 11.9 billion US dollars", "sales of 11.9 billion us dollars", "en")
    assert [(m.value, m.currency) for m in mentions] == [(11.9e9, "USD")]


def test_cost_of_sales_is_no_revenue() -> None:
    body = (
        "Brelmont a publié un chiffre d'affaires consolidé de 412,5 millions d'euros. La marge sur coûts des ventes "
        "s'établit à 220,3 millions d'euros et représente 53 % du chiffre d'affaires total."
    )
    assert _revenue(body, language="fr") == {("Brelmont", 412.5e6)}


def test_contractual_revenue_to_come_is_no_revenue() -> None:
    body = (
        "Dorvane Networks said its remaining performance obligations, a metric that denotes contractual revenue "
        "that will be recognized in the future, was $18.2 billion. Revenue in the quarter rose 5% to $7.4 billion."
    )
    assert _revenue(body) == {("Dorvane Networks", 7.4e9)}


def test_french_unit_named_by_its_kind_owns_its_figure() -> None:
    body = (
        "Le chiffre d'affaires de Tessaline s'établit à 1 210 millions d'euros au premier semestre. Le chiffre "
        "d'affaires du pôle Client Particulier s'élève à 980 millions d'euros."
    )
    assert _revenue(body, language="fr") == {("Tessaline", 1210e6)}


def test_region_named_later_in_the_sentence_owns_its_figure() -> None:
    body = (
        "Brelmont a réalisé un chiffre d'affaires de 2,4 milliards d'euros sur neuf mois. Avec des ventes de 210 "
        "millions d'euros sur la période, l'activité dans cette région a progressé de 2 %."
    )
    assert _revenue(body, language="fr") == {("Brelmont", 2.4e9)}


def test_unit_reporting_its_revenue_is_no_group_figure() -> None:
    body = (
        "Korvia Group reported revenue of $3.2 billion for the quarter. The company's legal business reported revenue "
        "of $910 million, up 2 percent."
    )
    assert _revenue(body) == {("Korvia", 3.2e9)}


def test_bare_millions_take_the_currency_written_soon_after() -> None:
    body = (
        "Le chiffre d'affaires de Dorvane s'est établi à 134 millions, contre 151,2 millions un an plus tôt. "
        "Sa perte nette atteint 9,4 millions d'euros."
    )
    assert _revenue(body, language="fr") == {("Dorvane", 134e6), ("Dorvane", 151.2e6)}


def test_bare_amount_with_a_currency_of_its_own_borrows_nothing() -> None:
    text = "Korvia bought a stake for about 1.8 billion reais ($663 million)."
    assert [(m.value, m.currency) for m in find_money(text, text.casefold(), "en")] == [(663e6, "USD")]


def test_bare_counted_millions_stay_no_money() -> None:
    text = "Brelmont compte 2 millions d'abonnés et a levé 30 millions d'euros."
    assert [(m.value, m.currency) for m in find_money(text, text.casefold(), "fr")] == [(30e6, "EUR")]


def test_french_colon_headline_names_the_company() -> None:
    body = (
        "(Wire) - Le groupe a enregistré un chiffre d'affaires consolidé de 3 512,4 millions d'euros sur l'exercice, "
        "en hausse de 8 %."
    )
    title = "Tessaline Générale de Soins : hausse du résultat net à 12 ME"
    assert _revenue(body, title, "fr") == {("Tessaline Générale de Soins", 3512.4e6)}


def test_colon_headline_without_results_words_names_nobody() -> None:
    body = "(Wire) - Le groupe a enregistré un chiffre d'affaires consolidé de 3 512,4 millions d'euros."
    title = "Tessaline Générale de Soins : nouveau directeur à Lyon"
    assert ("Tessaline Générale de Soins", 3512.4e6) not in _revenue(body, title, "fr")


def test_two_figures_of_one_period_are_two_lines() -> None:
    body = (
        "Brelmont a publié ses comptes. Le chiffre d'affaires économique s'établit à 3 120 millions d'euros au 1er "
        "semestre 2026. Le chiffre d'affaires consolidé ressort à 2 870 millions d'euros au 1er semestre 2026."
    )
    assert _revenue(body, language="fr") == {("Brelmont", 3120e6), ("Brelmont", 2870e6)}


def test_one_figure_told_again_rounded_stays_one() -> None:
    body = "Korvia reported 2025 revenue of 22.5 billion euros. Revenue for 2025 came to 22,522 million euros, up 2.4%."
    assert len(_revenue(body)) == 1


def test_noun_of_change_and_contribution_are_no_figure() -> None:
    body = (
        "Dorvane Systems reported revenue of $372.1m for the year. The growth in revenue included a $44.8m "
        "contribution from acquisitions, and the company booked a sales increase of $1.6 million in Asia."
    )
    assert _revenue(body) == {("Dorvane Systems", 372.1e6)}


def test_estimate_range_the_market_pencilled_in() -> None:
    body = (
        "Korvia Networks said it now expects third-quarter revenue of roughly $70 million, short of the $73.5 million "
        "to $75.5 million analysts had pencilled in."
    )
    assert _revenue(body) == {("Korvia Networks", 70e6)}


def test_initial_guidance_is_superseded() -> None:
    body = (
        "Tessaline Cloud's initial guidance for fiscal 2026 revenue was between $4.1 billion and $4.15 billion. Actual "
        "revenue for the fiscal year came in at $4.48 billion."
    )
    assert _revenue(body) == {("Tessaline Cloud", 4.48e9)}


def test_revenue_breakdown_lists_parts() -> None:
    body = "Korvia Group revenue was up 3% to $1.29B. Revenue breakdown: Legal, $883M; News, $71M."
    assert _revenue(body) == {("Korvia", 1.29e9)}


def test_part_weighing_for_a_company_is_no_figure_but_a_company_weighing_its_own_is() -> None:
    part = "Le Royaume-Uni pèse environ un milliard d'euros de revenus pour Brelmont."
    own = "Le groupe Brelmont, qui pèse 3,4 milliards d'euros de chiffre d'affaires, a ouvert une usine à Lyon."
    assert _revenue(part, language="fr") == set()
    assert _revenue(own, language="fr") == {("Brelmont", 3.4e9)}


def test_profit_after_the_amount_and_a_bar_for_others_are_no_figure() -> None:
    body = (
        "Korvia Software said revenue rose. A year before, Korvia Software had booked $20.4 billion of revenue and a "
        "$4.7 billion profit. Korvia Software ranks among companies with more than $10 billion in sales."
    )
    assert _revenue(body) == {("Korvia Software", 20.4e9)}


def test_named_contract_representing_sales_is_no_figure() -> None:
    body = (
        "Dorvane's group revenue was £367.5m for the year, the Korvia's contract therefore representing nearly £12.9m "
        "of sales."
    )
    assert _revenue(body) == {("Dorvane", 367.5e6)}
