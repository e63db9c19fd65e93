"""Session 23 (ordinary): ordinary business news (fines, analyst notes, results, lawsuits, round-ups) gives no event.

Each guard is proved on invented names the knowledge base does not hold, with the true event it must leave alone
beside it: a sum that is a fine or a price target makes no order nor round, a results line makes no revenue for its
data provider, a rival or an expense line, a figure told of "each" of several companies is no one's, and words that
name no company (a plaintiff, France's nickname, the European Union) stand in no party's slot.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

DEALS = ("acquisition", "stake", "investment", "valuation", "partnership")
CUSTOMERS = ("customer_start", "customer_continue", "customer_at_risk", "customer_end")


def revenues(text: str, language: str = "en") -> list[tuple[str | None, float | None, str]]:
    """(company, amount, modality) of every revenue event of ``text``."""
    item = NewsItem(id="t", body=text, language=language)  # type: ignore[arg-type]
    return sorted(
        (e.subject.name if e.subject else None, e.amount.value if e.amount else None, e.modality)
        for e in extract(item).events
        if e.type == "revenue"
    )


# penalty_amounts: a fine, court-ordered damages or a price target is no deal's nor order's sum.
def test_a_fine_a_regulator_orders_paid_is_no_order() -> None:
    for text in (
        "The Japan Fair Trade Commission also ordered Korvia Electric Power Co to pay a 27.6 billion yen fine.",
        "The Federal Trade Commission ordered Dorvane Inc. to pay a $40 million penalty.",
        "The European Commission ordered Bellmark Group to pay a 500 million euro fine over its contracts.",
        "Regulators ordered Dorvane Holdings to pay $40 million in damages over the cartel.",
        "L'Autorité a condamné Quentaro à payer une amende de 38 millions d'euros pour entente.",
        "The commission fined Tellavo Group $110 million for abusing its dominance.",
    ):
        language = "fr" if "Autorité" in text else "en"
        assert triples(text, language, types=(*DEALS, *CUSTOMERS)) == [], text


def test_an_order_or_a_purchase_beside_a_fine_word_elsewhere_is_kept() -> None:
    assert triples("Dorvane ordered 40 trains from Korvia for 2 billion euros.", "en", prefix="customer") == [
        ("customer_start", "Dorvane", "Korvia")
    ]
    found = triples("Bellmark Group agreed to pay $2 billion for Quentaro Inc.", "en", types=DEALS)
    assert found == [("acquisition", "Bellmark", "Quentaro")]


def test_an_analyst_price_target_is_no_investment() -> None:
    for text, language in (
        ("Korvia Ltd. saw its price target raised to $19 from $16 at Dorvane Securities, which kept a Neutral rating.",
         "en"),
        ("Bellmark was raised to Buy at Quentaro Partners, which also lifted the price target to $44.", "en"),
        ("Tellavo Securities maintient sa recommandation 'Acheter' sur Korvia avec un objectif de cours relevé de 46 à "
         "50 euros.", "fr"),
    ):  # fmt: skip
        assert triples(text, language, types=(*DEALS, *CUSTOMERS)) == [], text


# revenue: the owner is never the data provider, a rival set against it, nor one of several told "each".
def test_a_data_provider_cited_before_a_results_line_owns_no_revenue() -> None:
    for source in ("based on a survey of analysts by Dorvane Data", "according to data from Dorvane Data"):
        text = (
            "Korvia Brands on Tuesday reported quarterly earnings and revenue that beat analysts' expectations.\n\n"
            f"Here's what the company reported compared with what Wall Street was expecting, {source}:\n\n"
            "Earnings per share: $1.37, adjusted, vs. $1.24 expected\n\nRevenue: $17.80 billion vs. $17.42 billion "
            "expected"
        )
        assert [owner for owner, _, _ in revenues(text)] == ["Korvia Brands"], source


def test_a_rival_set_against_the_owner_owns_no_revenue() -> None:
    text = (
        "10. Korvia Telecom\nThe telecom giant edged out competitor Bellmark with $146.8 billion in revenue last year."
    )
    assert [owner for owner, _, _ in revenues(text)] == ["Korvia Telecom"]


def test_a_rival_opening_its_clause_owns_its_figure() -> None:
    text = "Rival Bellmark Systems posted revenue of $2.1 billion in the quarter."
    assert [owner for owner, _, _ in revenues(text)] == ["Bellmark Systems"]


def test_a_figure_told_of_each_of_several_companies_is_no_ones_revenue() -> None:
    for text, language in (
        ("Ever heard of Dorvane Scientific, the $52 billion biotech company? Or Korvia Sciences, the $10 billion IT "
         "provider? With more than $13 billion in revenue each, these companies rank higher than Bellmark.", "en"),
        ("Korvia et Tellavo réalisent chacune 2 milliards d'euros de chiffre d'affaires, un chiffre de 800 millions "
         "chacun.", "fr"),
    ):  # fmt: skip
        assert all(amount not in (13e9, 8e8) for _, amount, _ in revenues(text, language)), text


def test_an_expense_line_is_no_revenue() -> None:
    for text in (
        "Korvia Software's quarter ended March 31 with an 18% increase in revenue. The total sales and marketing "
        "expenses reached $5.6 billion, 10% more than the quarter before.",
        "Korvia Software's sales and marketing expenses rose to $5.6 billion in the quarter.",
    ):
        assert revenues(text) == [], text
    assert [a for _, a, _ in revenues("Korvia Software posted revenue of $49.36 billion.")] == [49.36e9]


def test_guidance_a_finance_chief_calls_for_is_a_forecast() -> None:
    text = "Ana Ruiz, Bellmark's chief financial officer, called for fiscal fourth-quarter revenue of $52.4 billion."
    assert [modality for _, _, modality in revenues(text)] == ["forecast"]


# org_context word lists: words that name no company in any slot.
def test_a_plaintiff_buys_nothing() -> None:
    text = (
        "Korvia Bedding has been sued in a class action. Plaintiff in her suit, which was filed in federal court, "
        "alleges that certain Korvia products were deceptively marketed. Plaintiff says she would not have purchased "
        "Tellavo bed sheets had Korvia disclosed the count."
    )
    assert triples(text, "en", types=DEALS) == []


def test_the_french_nickname_of_france_raises_no_round() -> None:
    text = "Rentrée chargée pour les start-up de l'Hexagone, qui lèvent 1,6 milliard d'euros en septembre."
    assert triples(text, "fr", types=DEALS) == []


def test_a_startup_of_the_round_up_still_raises_its_round() -> None:
    text = "La start-up Korvia, fondée en 2016, a annoncé avoir levé 250 millions d'euros auprès de Dorvane."
    assert ("investment", "Dorvane", "Korvia") in triples(text, "fr", types=DEALS)


def test_the_union_and_a_country_nearing_a_trade_accord_are_no_partners() -> None:
    text = (
        "Les investisseurs guettent les droits de douane, alors que l'Union européenne et les Etats-Unis se "
        "rapprochent d'un accord commercial."
    )
    assert triples(text, "fr", types=DEALS) == []


def test_an_opener_or_interjection_is_no_part_of_a_name() -> None:
    text = (
        "Ever heard of Dorvane? Or Korvia Sciences, the $10 billion IT provider? Sure, the top names include Bellmark."
    )
    item = NewsItem(id="t", body=text, language="en")  # type: ignore[arg-type]
    names = {entity.name for entity in extract(item).entities}
    assert not any(name.startswith(("Or ", "Sure")) for name in names), names


# modality: a buyer nobody is no buyer.
def test_no_one_wanting_to_buy_is_no_plan() -> None:
    text = (
        "Shares of Korvia sank as concern mounted that no one wants to buy the company after it put itself up for sale."
    )
    assert all(e.modality == "denied" for e in extract(NewsItem(id="t", body=text, language="en")).events  # type: ignore[arg-type]
               if e.type == "acquisition")  # fmt: skip


# revenue: a range whose low end drops its unit is read in its high end's unit.
def test_a_range_whose_low_end_drops_its_unit_is_read_in_billions() -> None:
    for text, middle in (
        ("Korvia Health cut its full-year revenue guidance to a range of $1.43 to $1.48 billion.", 1.455e9),
        ("Bellmark Systems expects revenue of $2.1 to $2.3 billion this year.", 2.2e9),
        ("Dorvane Foods expects revenue of $490 million to $510 million this year.", 500e6),
    ):
        assert [amount for _, amount, _ in revenues(text)] == [pytest.approx(middle)], text


# mentions: a surname after an honorific is a person, in any slot.
def test_a_surname_after_an_honorific_buys_nothing() -> None:
    for text in (
        "Korvia knew about the axle defect, and had ordered a recall of the pickup before Mr. Clayton bought it used "
        "last July from a dealer.",
        "Bellmark Motors recalled the model in May, weeks after Mrs. Harlow bought one from a dealer in Ohio.",
    ):
        found = triples(text, "en", types=DEALS)
        assert not any(subject in ("Clayton", "Harlow") for _, subject, _ in found), found


# history: a deal dated to a month well before the article's, this year, is its background.
def _acquisitions(text: str, published: datetime, language: str = "en") -> list[tuple[str | None, bool]]:
    item = NewsItem(id="t", body=text, language=language, published_at=published)  # type: ignore[arg-type]
    return [(e.object.name if e.object else None, e.history) for e in extract(item).events if e.type == "acquisition"]


JULY = datetime(2024, 7, 28, tzinfo=UTC)


def test_a_deal_dated_months_before_the_article_is_background() -> None:
    assert _acquisitions("Korvia has been branching out, most notably buying the start-up Dorvane in March.", JULY) == [
        ("Dorvane", True)
    ]
    assert _acquisitions("Bellmark a racheté Quentaro en février, a indiqué le groupe.", JULY, "fr") == [
        ("Quentaro", True)
    ]


def test_a_deal_of_the_article_month_or_to_come_is_news() -> None:
    assert _acquisitions("Korvia bought Dorvane in June.", JULY) == [("Dorvane", False)]
    assert _acquisitions("Korvia bought Dorvane in July, it said on Tuesday.", JULY) == [("Dorvane", False)]
    assert _acquisitions("Korvia agreed to buy Dorvane in a deal expected to close in March.", JULY) == [
        ("Dorvane", False)
    ]


def test_a_firm_named_after_a_doctor_keeps_its_name() -> None:
    text = "Dr. Korvia, the German food group, agreed to buy Bellmark Foods, which had sales of 50 million euros."
    assert ("acquisition", "Dr. Korvia", "Bellmark Foods") in triples(text, "en", types=DEALS)


def test_a_broker_rating_change_tells_no_deal_and_a_deal_beside_it_is_kept() -> None:
    for text, language in (
        ("Korvia Inc was upgraded to Outperform at Dorvane Capital on Monday.", "en"),
        ("Bellmark was raised to Buy at Quentaro Partners on Tuesday.", "en"),
        ("Tellavo Securities est passé de 'surperformer' à 'sous-performer' sur Korvia.", "fr"),
    ):
        assert triples(text, language, types=DEALS) == [], text
    assert triples("Dorvane a racheté Korvia pour 20 millions d'euros.", "fr", types=DEALS) == [
        ("acquisition", "Dorvane", "Korvia")
    ]
    assert ("acquisition", "Dorvane", "Korvia Systems") in triples(
        "Dorvane Corp raised fresh funds to buy Korvia Systems Inc.", "en", types=DEALS
    )


def test_a_takeover_a_regulator_blocks_is_denied_and_one_it_could_block_is_not() -> None:
    for text in (
        "Korvia Inc shares dropped after a report that regulators will block a planned $14.9 billion takeover by "
        "Dorvane Steel.",
        "Korvia Inc said the regulator vetoed its takeover by Dorvane Steel.",
    ):
        events = extract(NewsItem(id="t", body=text, language="en")).events  # type: ignore[arg-type]
        assert [e.modality for e in events if e.type == "acquisition"] == ["denied"], text
    text = "Dorvane Steel agreed to buy Korvia Inc for $2 billion in a deal regulators could block."
    events = extract(NewsItem(id="t", body=text, language="en")).events  # type: ignore[arg-type]
    assert [e.modality for e in events if e.type == "acquisition"] == ["fact"]


# valuation: a person's fortune is no valuation of the company they run.
def test_a_persons_fortune_is_no_valuation_of_their_company() -> None:
    for text in (
        "Jane Harlow, founder of Korvia Inc, is now worth $2 billion.",
        "Pierre Durand, the chairman of Dorvane Group, is worth $21 billion, according to a list of billionaires.",
    ):
        assert triples(text, "en", types=("valuation",)) == [], text
    found = triples("Dorvane Labs, the AI start-up, is worth $4 billion after its latest funding round.", "en")
    assert ("valuation", "Dorvane Labs", None) in found


# penalty_amounts: a case won in court is no contract won.
def test_a_case_won_in_court_is_no_customer_and_a_contract_won_is() -> None:
    for text in (
        "Korvia Inc won a lawsuit against Dorvane Corp over unpaid royalties.",
        "Korvia Inc won an appeal against Dorvane Corp.",
        "Korvia Inc won an arbitration case against Dorvane Corp, which must pay $20 million.",
    ):
        assert triples(text, "en", prefix="customer") == [], text
    assert triples(
        "Korvia Inc won a $50 million contract from Dorvane Corp to supply turbines.", "en", prefix="customer"
    ) == [("customer_start", "Dorvane", "Korvia")]


def test_worth_told_right_after_market_values_is_a_market_value() -> None:
    text = (
        "Market capitalization, the value of a company's shares, may be a better measure of influence. "
        "Korvia Inc is now worth almost $940 billion."
    )
    assert triples(text, "en", types=("valuation",)) == []
    text = "Korvia Inc, the chip start-up, is now worth $4 billion after its latest funding round."
    assert triples(text, "en", types=("valuation",)) == [("valuation", "Korvia", None)]
