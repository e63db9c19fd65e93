"""Revenue, valuations and partnerships in phrasings read in real results and deal news (session 10).

Every sentence is written for this file. The classes: a partner named after its description, or after a
purpose phrase, past "with / avec"; French amounts grouped by spaces with a decimal comma ("1 700,0 ME");
the earlier-period figure a revenue figure is set against beyond the revenue word's reach; ordinal quarters
("3ème trimestre") and digit spans ("9 premiers mois"); a revenue word as a ratio's denominator or a target a
figure beat, which give no revenue; an outlook year set by the sentence before; a valuation the sentence's
subject carries ("The company ... with a valuation of"), never a market's.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.quantities import find_money

_PUBLISHED = datetime(2021, 6, 1, tzinfo=UTC)


def _events(text: str, language: str, kind: str, title: str = "") -> list[tuple[object, ...]]:
    item = NewsItem(id="t", title=title, body=text, language=language, published_at=_PUBLISHED)  # type: ignore[arg-type]
    found = []
    for event in extract(item).events:
        if event.type != kind:
            continue
        subject = event.subject.name if event.subject else None
        if kind == "partnership":
            found.append((subject, event.object.name if event.object else None))
        else:
            figure = event.valuation if kind == "valuation" else event.amount
            found.append((subject, figure.value if figure else None, event.period))
    return sorted(found, key=str)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Stellantis announced on Monday a strategic partnership with Chinese electronics giant, the Foxconn "
            "Technology Group, to design connected cars.",
            [("Stellantis", "Foxconn")],
        ),
        (
            "en",
            "BlackBerry has formed a strategic collaboration to build software for the next generation of "
            "connected vehicles with a subsidiary of Qualcomm.",
            [("BlackBerry", "Qualcomm")],
        ),
        (
            "fr",
            "Renault a noué un partenariat stratégique avec le constructeur chinois de véhicules électriques Geely.",
            [("Renault", "Geely")],
        ),
        (
            "en",
            "Airbus announced a partnership with suppliers in Asia and Thales will supply the cabins.",
            [],
        ),
        (
            "en",
            "Siemens formed an alliance with several carmakers to develop charging, including BMW.",
            [],
        ),
    ],
)
def test_partner_named_after_its_description(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, language, "partnership") == expected


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("un chiffre d'affaires d'environ 1 700,0 ME et", "fr", 1_700_000_000),
        ("des ventes de 2 100,5 millions d'euros", "fr", 2_100_500_000),
        ("a bid of 12 000,50 euros", "en", 12_000.5),
    ],
)
def test_grouped_amount_with_decimal_comma(text: str, language: str, value: float) -> None:
    assert [m.value for m in find_money(text, text.lower(), language)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le chiffre d'affaires de Ubisoft s'élève à 466,2 ME sur le premier semestre 2021, en hausse de 65,7 % "
            "(67,4 % à taux de change constants) par rapport aux 281,4 ME réalisés un an plus tôt.",
            [("Ubisoft", 281_400_000, "2020-H1"), ("Ubisoft", 466_200_000, "2021-H1")],
        ),
        (
            "en",
            "Accenture said revenue rose 8% to $2.1 billion in its fiscal year 2020, driven by strong demand for "
            "cloud work in Europe, up from $1.9 billion a year earlier.",
            [("Accenture", 1_900_000_000, "2019"), ("Accenture", 2_100_000_000, "2020")],
        ),
        (
            "en",
            "Accenture said revenue rose 8% to $2.1 billion in its fiscal year 2020, driven by strong demand for "
            "cloud work in Europe, compared with net income of $300 million.",
            [("Accenture", 2_100_000_000, "2020")],
        ),
    ],
)
def test_figure_set_against_past_the_cue(language: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text, language, "revenue") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le chiffre d'affaires de Pernod Ricard pour le 3ème trimestre de l'exercice s'inscrit à 1 955 ME.",
            [("Pernod Ricard", 1_955_000_000, "2020-Q3")],
        ),
        (
            "Le chiffre d'affaires de Pernod Ricard s'élève à 6 941 ME pour les 9 premiers mois de l'exercice 2020.",
            [("Pernod Ricard", 6_941_000_000, "2020-9M")],
        ),
        (
            "Le chiffre d'affaires de Schneider Electric atteint 615 ME au 1er semestre 2019.",
            [("Schneider Electric", 615_000_000, "2019-H1")],
        ),
    ],
)
def test_ordinal_parts_of_the_year(text: str, expected: list[tuple[object, ...]]) -> None:
    # Published in June 2021: a third quarter stated without a year is the last one completed, Q3 2020.
    assert _events(text, "fr", "revenue") == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Chez Ubisoft, la marge brute progresse en pourcentage du chiffre d'affaires à 83,7 % et à 390,1 ME."),
        ("en", "Ubisoft's gross margin rose as a percentage of revenue to 61% and reached $390 million."),
        (
            "fr",
            "Chez Ubisoft, ce chiffre d'affaires est supérieur à l'objectif d'environ 190,0 ME communiqué en juillet.",
        ),
        ("en", "Ubisoft's revenue came in above its guidance of $2 billion issued in May."),
    ],
)
def test_ratio_or_beaten_target_is_no_revenue(language: str, text: str) -> None:
    assert _events(text, language, "revenue") == []


def test_beaten_target_leaves_the_figure_itself() -> None:
    text = "Revenue at Ubisoft of $2.1 billion beat the company's own guidance of $2 billion."
    assert [v for _, v, _ in _events(text, "en", "revenue")] == [2_100_000_000]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Ubisoft confirme ses objectifs pour l'exercice 2023. La direction s'attend à un chiffre d'affaires "
            "d'environ 2 100,0 ME.",
            [("Ubisoft", 2_100_000_000, "2023")],
        ),
        (
            "en",
            "Ubisoft confirmed its targets for fiscal 2023. Management expects revenue of about $2.1 billion.",
            [("Ubisoft", 2_100_000_000, "2023")],
        ),
        (
            "fr",
            "Ubisoft a publié un chiffre d'affaires record en 2020. La direction s'attend à un chiffre d'affaires "
            "d'environ 2 100 ME.",
            [("Ubisoft", 2_100_000_000, "2021")],
        ),
    ],
)
def test_outlook_year_from_the_sentence_before(language: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text, language, "revenue") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Uber keeps growing.\nThe company, led by Chief Executive Officer Travis Kalanick, has been busy \u2013 "
            "it took home $1.2 billion in December, placing the startup firmly in giant territory with a valuation "
            "of $40 billion.",
            [("Uber", 40_000_000_000, None)],
        ),
        (
            "fr",
            "Doctolib recrute.\nLa start-up, fondée en 2013 et qui emploie 2 800 salariés, a bouclé un tour de "
            "table il y a deux ans avec une valorisation de 5,8 milliards d'euros.",
            [("Doctolib", 5_800_000_000, None)],
        ),
        (
            "en",
            "Uber keeps growing.\nThe company, founded in 2009, operates in 300 cities and competes in a market "
            "with a valuation of $40 billion.",
            [],
        ),
        (
            "en",
            "Uber keeps growing.\nThe company said the global market for ride-hailing apps, one of the fastest "
            "growing, was valued at $40 billion last year.",
            [],
        ),
    ],
)
def test_valuation_carried_by_an_anaphor_subject(language: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text, language, "valuation") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Wabco reported record sales in 2018, with net income of $394 million on revenue of $3.83 billion.",
            [("Wabco", 3_830_000_000, "2018")],
        ),
        (
            "fr",
            "Soitec a réalisé un bénéfice de 12 millions d'euros sur un chiffre d'affaires de 300 millions d'euros "
            "en 2020.",
            [("Soitec", 300_000_000, "2020")],
        ),
        (
            "en",
            "Capgemini made a profit of EUR90 million on sales of EUR1.2 billion in 2020.",
            [("Capgemini", 1_200_000_000, "2020")],
        ),
    ],
)
def test_profit_on_revenue_is_not_revenue(language: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text, language, "revenue") == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Juniper accounted for about $370 million of Plexus revenue in fiscal 2012, roughly 16% of the total."),
        ("en", "Chemist Warehouse accounts for roughly a third of Sigma's sales, or about $1.3 billion a year."),
        ("en", "The deal brought Tesla more than $15.1 million of revenue in the quarter to March 31."),
        ("en", "EBOS expects the acquisition to add roughly $1 billion of revenue in its first year."),
        (
            "fr",
            "Le contrat de Veolia, conclu pour cinq ans, prendra effet en juillet et représentera un chiffre "
            "d'affaires cumulé de 386 millions de dollars.",
        ),
    ],
)
def test_contract_value_or_share_of_sales_is_no_revenue(language: str, text: str) -> None:
    assert _events(text, language, "revenue") == []


def test_share_of_a_named_whole_keeps_the_whole() -> None:
    text = (
        "Tesco a représenté la moitié des 83 millions d'euros de chiffre d'affaires réalisés par Ubisoft au "
        "premier trimestre 2021."
    )
    assert _events(text, "fr", "revenue") == [("Ubisoft", 83_000_000, "2021-Q1")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Airbus and Chinese aircraft maker Comac have entered into a strategic partnership to build jets.",
            [("Airbus", "Comac")],
        ),
        (
            "fr",
            "Toyota et le fabricant japonais de batteries Panasonic ont annoncé un partenariat.",
            [("Toyota", "Panasonic")],
        ),
        ("en", "Apple and chipmaker Intel unveiled a partnership on Tuesday.", [("Apple", "Intel")]),
        ("en", "Apple and Intel shares rose on Tuesday as investors cheered the strategic partnership.", []),
        ("en", "Airbus and investors including Safran welcomed the alliance.", []),
    ],
)
def test_pair_subject_of_a_partnership_noun(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, language, "partnership") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "After the round, Klarna's valuation more than doubled to $45.6 billion.",
            [("Klarna", 45_600_000_000, None)],
        ),
        (
            "fr",
            "Mistral AI devient une licorne : sa valorisation dépasse désormais 1 milliard d'euros.",
            [("Mistral AI", 1_000_000_000, None)],
        ),
        ("en", "Klarna's valuation topped $45 billion last year.", [("Klarna", 45_000_000_000, None)]),
        ("en", "Klarna's valuation rose, and the company raised $500 million.", []),
    ],
)
def test_valuation_moved_to_an_amount(language: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text, language, "valuation") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Aux cours actuels, 1 % du capital de Société Générale vaut quelque 220 millions d'euros.", []),
        ("en", "At that price, 5% of the shares of Klarna would be worth $300 million.", []),
        ("fr", "Mistral AI vaut désormais 6 milliards d'euros.", [("Mistral AI", 6_000_000_000, None)]),
    ],
)
def test_worth_of_a_share_of_capital_is_no_valuation(
    language: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(text, language, "valuation") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Capgemini lowered its revenue forecast to $1.2 billion to $1.25 billion from $1.3 billion to "
            "$1.35 billion.",
            [("Capgemini", 1_225_000_000, "2021")],
        ),
        (
            "en",
            "Capgemini now sees revenue of $4.1 billion to $4.3 billion for the year, after guiding $4.4 billion to "
            "$4.6 billion.",
            [("Capgemini", 4_200_000_000, "2021")],
        ),
        (
            "fr",
            "Capgemini relève son objectif de chiffre d'affaires à 23 milliards d'euros, contre 22 milliards d'euros "
            "précédemment.",
            [("Capgemini", 23_000_000_000, "2021")],
        ),
        (
            "en",
            "Capgemini expects revenue of $2.1 billion this year, up from $1.9 billion in 2020.",
            [("Capgemini", 1_900_000_000, "2020"), ("Capgemini", 2_100_000_000, "2021")],
        ),
        (
            "fr",
            "Objectif 2024 de Capgemini : chiffre d'affaires entre 22 et 23 milliards d'euros.",
            [("Capgemini", 22_500_000_000, "2024")],
        ),
    ],
)
def test_former_outlook_is_not_a_figure(language: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text, language, "revenue") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Défense a retenu un groupement formé par Vinci et Eiffage pour le chantier du port.",
            [("Vinci", "Eiffage")],
        ),
        ("Un consortium réunissant Thales et Safran fournira les systèmes de navigation.", [("Thales", "Safran")]),
        ("Le consortium réunissant des investisseurs comme Amundi a levé 20 millions d'euros.", []),
    ],
)
def test_consortium_named_by_its_members(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, "fr", "partnership") == expected
