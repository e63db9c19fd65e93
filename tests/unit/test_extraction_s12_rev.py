"""Revenue, round 9 (session 12): readers of results stories written as other reporters would write them.

Every sentence is invented for this file. The classes: a bare figure keeps the story's currency past a converted
amount in brackets; a figure told of a product, a unit or a region is not the company's revenue; the company of a
figure told without one is the previous sentence's subject, past a fronted phrase naming another; a part of the
year named in the next clause is that clause's; outlook verbs ("cible", "targets", "aims for"); a count of goods
sold is no money; a ranking "in terms of sales" governs no figure.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.quantities import find_money
from streams.extraction.text import fold_case

_PUBLISHED = datetime(2021, 6, 1, tzinfo=UTC)


def _revenue(text: str, language: str = "en", title: str = "") -> list[tuple[object, ...]]:
    """(company, value, currency, modality) of each revenue event of ``text``."""
    item = NewsItem(id="t", title=title, body=text, language=language, published_at=_PUBLISHED)  # type: ignore[arg-type]
    return sorted(
        (
            event.subject.name if event.subject else None,
            event.amount.value if event.amount else None,
            event.amount.currency if event.amount else None,
            event.modality,
        )
        for event in extract(item).events
        if event.type == "revenue"
    )


def _periods(text: str, language: str = "en") -> list[str | None]:
    item = NewsItem(id="t", body=text, language=language, published_at=_PUBLISHED)  # type: ignore[arg-type]
    return [event.period for event in extract(item).events if event.type == "revenue"]


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        ("Net profit rose to 982 million euros ($1.1 billion). Revenue rose to 15.9 billion.", "en", "EUR"),
        ("Profit reached £310 million (about $400 million), while turnover climbed to 2.4 billion.", "en", "GBP"),
        (
            "Le bénéfice atteint 2,1 milliards d'euros (2,4 milliards de dollars) et les ventes 15 milliards.",
            "fr",
            "EUR",
        ),
        # near misses: a new currency stated outside brackets, and a bracketed aside that is no conversion
        ("Net profit rose to 982 million euros. Revenue was $15.9 billion, up from 14 billion.", "en", "USD"),
        ("It booked 90 million euros, then (in dollars) sales of $3 billion and 2 billion more.", "en", "USD"),
    ],
)
def test_a_bare_figure_keeps_the_currency_a_bracketed_conversion_does_not_change(
    text: str, language: str, currency: str
) -> None:
    """The last figure, stated without a currency, takes the story's currency, not the conversion's."""
    money = find_money(text, fold_case(text), language)
    assert money[-1].currency == currency


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Novartis AG raised its forecast for sales of its flagship heart drug Entresto to $5 billion by 2025.", "en"),
        ("Danone said sales from its waters business rose 4% to 4.9 billion euros in 2020.", "en"),
        ("Renault a vu les ventes de sa division Dacia progresser de 9 % à 5,2 milliards d'euros en 2020.", "fr"),
    ],
)
def test_a_figure_told_of_a_product_or_a_unit_is_not_the_company_revenue(text: str, language: str) -> None:
    assert _revenue(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le chiffre d'affaires du groupe Danone s'est élevé à 24 milliards d'euros en 2020.",
            "fr",
            [("Danone", 24e9, "EUR", "fact")],
        ),
        ("Danone said sales of the first half reached 12.1 billion euros.", "en", [("Danone", 12.1e9, "EUR", "fact")]),
    ],
)
def test_a_revenue_word_told_of_the_group_or_a_period_still_gives_its_figure(
    text: str, language: str, expected: list[tuple[object, ...]]
) -> None:
    assert _revenue(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Oréal said sales climbed by 3.1% to 7.70 billion euros in Western Europe last year.", "en"),
        ("Nestlé said sales in North America edged up 0.6% to 26 billion francs.", "en"),
        ("L'Oréal said sales advanced 4.1% to 4.56 billion euros in Asia-Pacific.", "en"),
        ("L'Oréal said sales were flat in America, and Western Europe added 3.1% to 7.70 billion euros.", "en"),
        ("En France, le chiffre d'affaires de Sopra Steria s'inscrit à 2,3 milliards d'euros.", "fr"),
    ],
)
def test_a_figure_for_a_region_is_not_the_company_revenue(text: str, language: str) -> None:
    assert _revenue(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "L'Oréal said sales climbed by 3.1% to 22.5 billion euros in 2014.",
            "en",
            [("L'Oréal", 22.5e9, "EUR", "fact")],
        ),
        (
            "Sopra Steria a réalisé en 2020 un chiffre d'affaires de 4,3 milliards d'euros, dont 2,3 en France.",
            "fr",
            [("Sopra Steria", 4.3e9, "EUR", "fact")],
        ),
    ],
)
def test_a_group_figure_with_a_year_or_a_later_regional_part_stays(
    text: str, language: str, expected: list[tuple[object, ...]]
) -> None:
    assert _revenue(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        (
            "Without the sale of its stake to Nestlé, L'Oréal's profit would have risen 3%, the company said. "
            "Operating profit came in at 3.9 billion euros on sales that totalled 22.5 billion euros.",
            "en",
            "L'Oréal",
        ),
        (
            "After selling its skin-care arm to Nestlé in July, Danone lifted its margin. "
            "Sales reached 24 billion euros over the year.",
            "en",
            "Danone",
        ),
        (
            "Après la cession de sa filiale à Danone, Nestlé a amélioré sa marge. "
            "Le chiffre d'affaires a atteint 84 milliards de francs sur l'année.",
            "fr",
            "Nestlé",
        ),
        # near miss: no fronted phrase, the first company named is the subject
        (
            "Nestlé bought the stake from L'Oréal in July. Sales reached 84 billion francs over the year.",
            "en",
            "Nestlé",
        ),
    ],
)
def test_a_figure_without_company_takes_the_subject_past_a_fronted_phrase(
    text: str, language: str, company: str
) -> None:
    assert [found[0] for found in _revenue(text, language)] == [company]


@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        (
            "Thales said revenue was up 4.1 percent to 15.86 billion euros, and orders rose, boosted by a strong "
            "fourth quarter.",
            "en",
            "2020",
        ),
        # near miss: "in the fourth quarter" in the figure's own clause is its period (the last Q4 before June 2021)
        ("Thales said revenue rose to 4.1 billion euros in the fourth quarter.", "en", "2020-Q4"),
    ],
)
def test_a_part_of_the_year_in_the_next_clause_is_not_the_figure_period(text: str, language: str, period: str) -> None:
    assert _periods(text, language) == [period]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chiffre d'affaire d'Orange s'établit à 615 millions d'euros en 2020.", [("Orange", 615e6, "EUR", "fact")]),
        (
            "Orange indique que le CA a progressé de 8 % à 1,2 milliard d'euros en 2020.",
            [("Orange", 1.2e9, "EUR", "fact")],
        ),
        # near miss: "le cas" is no "le CA"
        ("Dans le cas d'Orange, la facture atteint 2 milliards d'euros en 2020.", []),
    ],
)
def test_french_revenue_words_as_reporters_spell_them(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _revenue(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le rachat est stratégique, indique Suez, qui cible un chiffre d'affaires de 9 milliards d'euros.",
            "fr",
            [("Suez", 9e9, "EUR", "forecast")],
        ),
        ("Danone targets sales of 30 billion euros after the merger.", "en", [("Danone", 30e9, "EUR", "forecast")]),
        ("Danone aims for revenue of 30 billion euros in 2023.", "en", [("Danone", 30e9, "EUR", "forecast")]),
        # near misses: a reported figure stays a fact, and a target the figure beat gives none
        ("Danone reported sales of 24 billion euros in 2020.", "en", [("Danone", 24e9, "EUR", "fact")]),
        ("Danone said sales beat its target of 23 billion euros.", "en", []),
    ],
)
def test_target_verbs_make_a_revenue_figure_an_outlook(
    text: str, language: str, expected: list[tuple[object, ...]]
) -> None:
    assert _revenue(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Volkswagen, Europe's biggest carmaker in terms of sales, earned 4.1 billion euros last year.",
            "en",
            [],
        ),
        ("Volkswagen, the largest carmaker by sales, earned 4.1 billion euros in 2007.", "en", []),
        ("Stellantis, premier constructeur par chiffre d'affaires, a dégagé 4 milliards d'euros en 2021.", "fr", []),
        # near miss: the revenue word governs its figure when nothing ranks by it
        (
            "Volkswagen said its sales rose 7% to 108 billion euros in 2007.",
            "en",
            [("Volkswagen", 108e9, "EUR", "fact")],
        ),
    ],
)
def test_a_ranking_by_sales_governs_no_figure(text: str, language: str, expected: list[tuple[object, ...]]) -> None:
    assert _revenue(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Audi earned 1.7 billion euros and reiterated its aim to sell more than 1 million this year.", "en", [1.7e9]),
        ("Volkswagen earned 4.1 billion euros and delivered 6.2 million cars.", "en", [4.1e9]),
        ("Renault a gagné 2 milliards d'euros et vendu près de 3 millions de voitures.", "fr", [2e9]),
        # near miss: a bare scaled figure after a money figure is money
        ("Audi earned 1.7 billion euros, then 2.1 billion the year after.", "en", [1.7e9, 2.1e9]),
    ],
)
def test_a_count_of_goods_sold_is_no_money(text: str, language: str, values: list[float]) -> None:
    assert [m.value for m in find_money(text, fold_case(text), language)] == pytest.approx(values)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Somfy : résultats du premier semestre",
            "Le chiffre d'affaires du Groupe est ressorti à 615,1 millions d'euros sur les six premiers mois.",
            [("Somfy", 615.1e6, "EUR", "fact")],
        ),
        (
            "Precia : hausse de 7 % du chiffre d'affaires",
            "Le groupe a réalisé un chiffre d'affaires de 126,5 millions d'euros sur neuf mois.",
            [("Precia", 126.5e6, "EUR", "fact")],
        ),
        # near miss: a place before the colon is no issuer
        (
            "Bretagne : les ventes de maisons reculent",
            "Le groupe de promoteurs a réalisé un chiffre d'affaires de 12 millions d'euros sur neuf mois.",
            [],
        ),
    ],
)
def test_a_results_headline_names_the_company_the_body_calls_the_group(
    title: str, body: str, expected: list[tuple[object, ...]]
) -> None:
    assert _revenue(body, "fr", title=title) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Suez indique viser une croissance annuelle moyenne de son chiffre d'affaires de 4 à 5 %.", "fr", ["Suez"]),
        ("Danone targets average annual growth of its sales of 4% to 5% through 2025.", "en", ["Danone"]),
    ],
)
def test_a_growth_outlook_with_adjectives_is_a_revenue_forecast(text: str, language: str, expected: list[str]) -> None:
    assert [found[0] for found in _revenue(text, language) if found[3] == "forecast"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ubisoft publie ses comptes. Sur le trimestre, l'activité s'est établie à 264,2 millions d'euros, en "
            "hausse de 86 % face aux 142,2 millions d'euros d'un an plus tôt.",
            [("Ubisoft", 142.2e6, "EUR", "fact"), ("Ubisoft", 264.2e6, "EUR", "fact")],
        ),
        (
            "Neurones a publié ses comptes. Sur l'exercice 2024, l'activité avait atteint 810,4 millions d'euros.",
            [("Neurones", 810.4e6, "EUR", "fact")],
        ),
        (
            "Sopra Steria a publié ses comptes. L'activité a progressé de 5 % à 5,1 milliards d'euros en 2023.",
            [("Sopra Steria", 5.1e9, "EUR", "fact")],
        ),
        # near misses: a unit's activity, and a profit given as a share of the activity
        ("Neurones a publié ses comptes. L'activité de conseil atteint 40 millions d'euros en 2024.", []),
        ("Neurones a publié ses comptes. Le résultat net ressort à 22,7 millions d'euros, soit 5 % de l'activité.", []),
    ],
)
def test_the_activity_with_a_verb_of_level_is_the_revenue(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _revenue(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        (
            "Sonae rachète le français BCF Life Sciences pour 152 millions d'euros. Depuis 2021, Sonae a aussi racheté "
            "le britannique Gosh. L'entreprise française a réalisé un chiffre d'affaires de 53,5 millions d'euros.",
            "fr",
            "BCF Life Sciences",
        ),
        (
            "Le japonais Nidec va acquérir l'italien Comau. Nidec a déjà racheté le français Leroy-Somer en 2017. "
            "Le groupe italien a réalisé un chiffre d'affaires de 1,2 milliard d'euros en 2020.",
            "fr",
            "Comau",
        ),
        (
            "Nidec will buy Italian robot maker Comau, it said. Nidec bought French motor maker Leroy-Somer in 2017. "
            "The Italian company posted sales of 1.2 billion euros in 2020.",
            "en",
            "Comau",
        ),
        # near misses: a kind without nationality, and a nationality nobody was introduced with
        (
            "Nidec va acquérir l'italien Comau. Nidec a déjà racheté Leroy-Somer en 2017. "
            "Le groupe a réalisé un chiffre d'affaires de 1,2 milliard d'euros en 2020.",
            "fr",
            "Nidec",
        ),
        (
            "Nidec va acquérir l'italien Comau. Nidec a déjà racheté Leroy-Somer en 2017. "
            "Le groupe allemand a réalisé un chiffre d'affaires de 1,2 milliard d'euros en 2020.",
            "fr",
            "Nidec",
        ),
    ],
)
def test_a_company_described_by_its_nationality_owns_the_figure(text: str, language: str, company: str) -> None:
    assert [found[0] for found in _revenue(text, language)] == [company]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue was Rs 1,173 crore in the quarter.", [(11.73e9, "INR")]),
        ("Sales reached ₹4,500 crore, and profit INR 300 crore.", [(45e9, "INR"), (3e9, "INR")]),
        ("It raised Rs 3,200 crore, and another 39.26 lakh more.", [(32e9, "INR"), (3.926e6, "INR")]),
        # near miss: a count of shares in crores or lakhs is no money, even after a rupee amount
        ("It raised Rs 3,200 crore as 7.5 crore Petronet shares and 39.26 lakh shares changed hands.", [(32e9, "INR")]),
    ],
)
def test_rupees_in_crores_and_lakhs(text: str, expected: list[tuple[float, str]]) -> None:
    money = find_money(text, fold_case(text), "en")
    assert [(m.value, m.currency) for m in money] == [(pytest.approx(v), c) for v, c in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Engie sold its 10% holding, raising close to $380 million from sales on the open market.", []),
        ("Danone raised 2 billion euros from sales of its stake in Yakult.", []),
        # near miss: an amount right before "in sales" is a revenue figure
        ("Danone generated 24 billion euros in sales in 2020.", [("Danone", 24e9, "EUR", "fact")]),
    ],
)
def test_proceeds_from_sales_are_no_revenue(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _revenue(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        ("Zodiac a racheté la société Sell GmbH, qui réalise 179 millions d'euros de ventes.", "fr", "Sell"),
        ("Nidec bought Comau, which posted sales of 1.2 billion euros in 2020.", "en", "Comau"),
        (
            "Danone a repris le belge Alpro, qui a réalisé un chiffre d'affaires de 700 millions d'euros en 2020.",
            "fr",
            "Alpro",
        ),
        # near misses: the relative clause is an aside and the figure the main clause's; no relative at all
        ("Danone, which employs 100,000 people, posted sales of 24 billion euros in 2020.", "en", "Danone"),
        ("Nidec bought Comau in 2019 and posted sales of 14 billion euros in 2020.", "en", "Nidec"),
    ],
)
def test_a_figure_in_a_relative_clause_is_its_antecedent(text: str, language: str, company: str) -> None:
    assert [found[0] for found in _revenue(text, language)] == [company]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Whirlpool Corp. said its business with Sears was roughly 3% of revenue, or about $600 million.", "en", []),
        ("Atos a chiffré le contrat à 5 % de son chiffre d'affaires, soit environ 540 millions d'euros.", "fr", []),
        ("Capita plc said the account made up 4 percent of its sales, or some £130 million a year.", "en", []),
        # near misses: the whole revenue before a percentage, and a revenue figure with no share before it
        (
            "Whirlpool Corp. posted revenue of $21 billion, or about 3% more than a year before.",
            "en",
            [("Whirlpool", 21e9, "USD", "fact")],
        ),
        ("Whirlpool Corp. posted sales of $21 billion in 2020.", "en", [("Whirlpool", 21e9, "USD", "fact")]),
    ],
)
def test_a_share_of_revenue_told_again_in_money_is_no_revenue(
    text: str, language: str, expected: list[tuple[object, ...]]
) -> None:
    assert _revenue(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bringing revenues and benefits back in-house would cost Barnet taxpayers £2.6m a year, Capita plc said.", []),
        ("Capita plc said moving its sales teams would cost £40 million.", []),
        # near miss: a revenue figure with no cost between
        ("Capita plc said sales reached £3.2 billion in 2020.", [("Capita", 3.2e9, "GBP", "fact")]),
    ],
)
def test_a_cost_between_the_revenue_word_and_the_figure_is_no_revenue(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _revenue(text) == expected
