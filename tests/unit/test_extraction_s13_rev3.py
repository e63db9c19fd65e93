"""Session 13 (rev3): revenue figures read by their structure, on invented sentences.

Each mechanism has paraphrases that must give the figure and near misses that must not: a change told "from X to
Y", "sales to" followed by a figure, a conversion in brackets, the accounts of a period, a value "worth" some
revenue, a company telling its figure after a speech verb, a pollster, a fronted phrase, companies taken together.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

_PUBLISHED = datetime(2021, 3, 1, tzinfo=UTC)

Figure = tuple[str | None, float | None, str | None, str]
"""(company, amount, currency, modality) of a revenue event."""


def _figures(text: str, language: str = "en", title: str = "") -> list[Figure]:
    item = NewsItem(id="t", title=title, body=text, language=language, published_at=_PUBLISHED)  # type: ignore[arg-type]
    return sorted(
        (
            event.subject.name if event.subject else None,
            round(event.amount.value / 1e6, 1) if event.amount else None,
            event.amount.currency if event.amount else None,
            event.modality,
        )
        for event in extract(item).events
        if event.type == "revenue"
    )


# --- "sales to" followed by a figure: the sales reached it, no customer is named --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Danone reported a surprise rise in fourth-quarter sales to $16.69 billion on Friday.",
        "Danone lifted its annual sales to $16.69 billion last year.",
        "Strong demand for yoghurt pushed Danone's sales to $16.69 billion in 2020.",
    ],
)
def test_sales_rising_to_a_figure_is_revenue(text: str) -> None:
    assert _figures(text) == [("Danone", 16690.0, "USD", "fact")]


@pytest.mark.parametrize(
    "text",
    [
        "Danone said its sales to Walmart rose to $300 million last year.",
        "Danone said annual sales to Walmart are about $300 million.",
    ],
)
def test_sales_to_a_customer_are_no_revenue_line(text: str) -> None:
    assert _figures(text) == []


# --- whole words only for the metric between a revenue word and its figure -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Danone said on Friday that net sales rose marginally to $16.69 billion.",
        "Danone said net sales edged up marginally to $16.69 billion in 2020.",
    ],
)
def test_marginally_names_no_margin(text: str) -> None:
    assert _figures(text) == [("Danone", 16690.0, "USD", "fact")]


@pytest.mark.parametrize(
    "text",
    [
        "Danone had sales of about 3.4 billion euros last year and expects synergies of some 40 million euros.",
        "Le chiffre d'affaires de Danone a atteint 3,4 milliards d'euros et les synergies 40 millions d'euros en 2020.",
    ],
)
def test_synergies_are_no_revenue(text: str) -> None:
    language = "fr" if "chiffre" in text else "en"
    assert [figure[1] for figure in _figures(text, language)] == [3400.0]


# --- a change told "from X to Y" is the new value; "ranging from X to Y" is a range --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Because of the loss of that account, Danone slashed its revenue guidance for 2021 from $165 million to "
        "$100 million.",
        "Danone cut its 2021 revenue forecast from $165 million to $100 million on Monday.",
        "Danone now sees 2021 revenue of $100 million, having lowered its guidance from $165 million.",
    ],
)
def test_a_changed_outlook_is_its_new_value(text: str) -> None:
    assert _figures(text) == [("Danone", 100.0, "USD", "forecast")]


def test_a_range_opened_by_from_is_an_outlook_midpoint() -> None:
    text = "Danone expects earnings of $3.50 a share on revenue ranging from $20.8 billion to $21.2 billion."
    assert _figures(text) == [("Danone", 21000.0, "USD", "forecast")]


def test_french_passer_de_a_is_a_change_and_de_a_alone_a_range() -> None:
    assert _figures("Le chiffre d'affaires de Danone est passé de 10 à 12 millions d'euros en 2020.", "fr") == [
        ("Danone", 12.0, "EUR", "fact")
    ]
    assert _figures("Danone vise un chiffre d'affaires de 1,2 à 1,3 milliard d'euros en 2021.", "fr") == [
        ("Danone", 1250.0, "EUR", "forecast")
    ]


# --- a conversion in brackets is the same figure, kept or dropped with it ------------------------------------------


def test_a_converted_estimate_stays_the_analysts() -> None:
    text = "Danone said sales may not match analysts' average estimate of US$12.1 billion ($18.2 billion)."
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Danone reported revenue of $28.8 million (£19.1 million) and profit before tax of $4.2 million.",
        "Danone bought Vexora. Audited accounts for the year to 31 December 2020 report revenue of $28.8 million "
        "(£19.1 million) for Vexora.",
    ],
)
def test_the_first_currency_of_a_converted_figure_is_kept(text: str) -> None:
    assert [(figure[1], figure[2]) for figure in _figures(text)] == [(28.8, "USD")]


def test_accounts_for_a_share_still_name_another_company_revenue() -> None:
    text = "Walmart accounted for about $370 million of Danone's revenue last year."
    assert ("Walmart", 370.0, "USD", "fact") not in _figures(text)


# --- a value worth some revenue is no revenue line --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Danone's growth came from a large contract, worth $20 million in revenue terms, shipped in 2020.",
        "Danone signed an order valued at $20 million in annual revenue.",
    ],
)
def test_a_worth_is_no_revenue(text: str) -> None:
    assert _figures(text) == []


def test_a_figure_of_revenue_after_its_amount_still_counts() -> None:
    assert _figures("Danone posted $20 million in revenue last year.") == [("Danone", 20.0, "USD", "fact")]


# --- who tells the figure ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chemours said it needs more time and added it expects net sales of about $6 billion for 2020.",
        "Chemours said on Monday it expects net sales of about $6 billion for 2020.",
        "Chemours earlier this month said the company expects net sales of about $6 billion for 2020.",
    ],
)
def test_the_speaker_owns_the_figure_its_pronoun_tells(text: str) -> None:
    before = "The former chief did not respond to requests sent via LinkedIn. "
    assert _figures(before + text) == [("Chemours", 6000.0, "USD", "forecast")]


def test_a_speaker_telling_another_company_figure_is_no_owner() -> None:
    text = "The chief did not respond via LinkedIn. Chemours said Danone expects net sales of about $6 billion."
    assert [figure[0] for figure in _figures(text)] == ["Danone"]


def test_a_pollster_is_not_the_company_meant() -> None:
    text = (
        "Celgene raised its outlook on Tuesday. On average, analysts polled by Thomson Reuters expect earnings of "
        "$10.73 a share. Looking ahead to 2022, the company continues to project total revenues between $19.0 "
        "billion and $20.0 billion."
    )
    assert _figures(text) == [("Celgene", 19500.0, "USD", "forecast")]


@pytest.mark.parametrize(
    "text",
    [
        "Because of the loss of Walmart, Danone cut its revenue guidance to $100 million.",
        "Due to weak demand at Walmart, Danone cut its revenue guidance to $100 million.",
        "En raison de la perte de Carrefour, Danone a abaissé sa prévision de chiffre d'affaires à 100 millions "
        "d'euros.",
    ],
)
def test_the_subject_stands_past_a_fronted_cause(text: str) -> None:
    language = "fr" if "perte" in text else "en"
    assert [figure[0] for figure in _figures(text, language)] == ["Danone"]


# --- companies taken together ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Danone will buy Vexora. The combined company will have sales of about 3.4 billion euros.",
        "Danone will buy Vexora, creating a group with combined annual revenue of 3.4 billion euros.",
        "Danone va racheter Vexora. Le nouvel ensemble réalisera un chiffre d'affaires de 3,4 milliards d'euros.",
    ],
)
def test_companies_taken_together_have_no_revenue_line(text: str) -> None:
    language = "fr" if "racheter" in text else "en"
    assert _figures(text, language) == []


def test_one_company_in_a_merger_story_keeps_its_own_figure() -> None:
    text = "Danone will buy Vexora. Danone had sales of 1.8 billion euros last year."
    assert _figures(text) == [("Danone", 1800.0, "EUR", "fact")]


def test_no_revenue_triple_leaks_into_other_types() -> None:
    text = "Danone reported a surprise rise in fourth-quarter sales to $16.69 billion on Friday."
    assert triples(text, "en", types=("customer_start", "customer_continue")) == []


# --- one figure told twice in a story -------------------------------------------------------------------------------


def test_a_figure_told_again_without_its_quarter_is_one_event() -> None:
    text = (
        "Danone reported a surprise rise in fourth-quarter sales to $16.69 billion on Friday. Shares rose 3 percent. "
        "Net sales rose to $16.69 billion from $16.65 billion."
    )
    assert _figures(text) == [("Danone", 16650.0, "USD", "fact"), ("Danone", 16690.0, "USD", "fact")]


def test_an_equal_figure_of_another_year_stays_its_own() -> None:
    text = "Danone had sales of 10 billion euros in 2019. In 2020, Danone had sales of 10 billion euros again."
    assert _figures(text) == [("Danone", 10000.0, "EUR", "fact"), ("Danone", 10000.0, "EUR", "fact")]


def test_a_precise_figure_told_again_is_one_event_whatever_year_it_defaults_to() -> None:
    text = (
        "Danone posted an unexpected increase in sales for the first quarter of its fiscal year, to $16.69 billion. "
        "Shares rose 3 percent. Net sales edged up marginally to $16.69 billion from $16.65 billion."
    )
    assert [figure[1] for figure in _figures(text)] == [16650.0, 16690.0]


# --- an outlook without a figure belongs to one company ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If Xiaomi and Huawei manage to settle in the United States, the established makers will struggle to reach "
        "their sales targets.",
        "Si Xiaomi s'installe en Europe, les constructeurs historiques peineront à tenir leurs objectifs de ventes.",
    ],
)
def test_several_owners_targets_are_no_company_outlook(text: str) -> None:
    language = "fr" if "constructeurs" in text else "en"
    assert _figures(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Danone cut its sales outlook for 2021 on Monday.",
        "Danone lowered its revenue guidance for the year.",
        "Danone a abaissé ses objectifs de ventes pour 2021.",
    ],
)
def test_one_company_outlook_without_a_figure_stays(text: str) -> None:
    language = "fr" if "abaissé" in text else "en"
    assert [(figure[0], figure[3]) for figure in _figures(text, language)] == [("Danone", "forecast")]


# --- a French company card: "CA 16,2 milliards d'euros" --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Thales (siège social à Paris, CA 16,2 milliards d'euros, 81 000 salariés) a été retenu pour les "
        "sonars.",
        "Le groupe Thales (CA 2020 : 16,2 milliards d'euros) a été retenu pour les sonars.",
        "Thales, CA 16,2 milliards d'euros et 81 000 salariés, a été retenu pour les sonars.",
    ],
)
def test_a_company_card_gives_its_revenue(text: str) -> None:
    assert [(figure[0], figure[1]) for figure in _figures(text, "fr")] == [("Thales", 16200.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Thales a signé un contrat de 16,2 milliards d'euros avec la marine, ça 2 fois plus que prévu.",
        "Thales a ouvert un bureau en Californie (CA) pour 16,2 millions d'euros.",
    ],
)
def test_ca_without_a_figure_right_after_is_no_revenue_word(text: str) -> None:
    assert _figures(text, "fr") == []


# --- a value put on a company --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At 9.75 euros a share, the offer puts a value of 972.6 million euros ($1.04 billion) on Danone.",
        "The bid places a value of about 972.6 million euros on Danone, the food group.",
        "Investors have put a value of 972.6 million euros on Danone after the offer.",
    ],
)
def test_a_value_put_on_a_company_values_it(text: str) -> None:
    assert ("valuation", "Danone", None) in triples(text, "en", types=("valuation",))


@pytest.mark.parametrize(
    "text",
    [
        "Danone spent 972.6 million euros on Vexora's plants last year.",
        "The offer puts a value of 972.6 million euros on the table, Danone said.",
    ],
)
def test_money_spent_on_or_put_on_no_company_values_nothing(text: str) -> None:
    assert ("valuation", "Vexora", None) not in triples(text, "en", types=("valuation",))
    assert ("valuation", "Danone", None) not in triples(text, "en", types=("valuation",))
