"""Session 18 (invest): investments read by verb class and clause shape, not by one phrase.

Each reader is proved on invented sentences (other verbs, tenses, lists) and on near misses that must not give
the event (a price paid for the company, a plant, shares, a payment, another clause's amount).
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.quantities import find_money
from tests.support.extraction import triples

DEALS = ("acquisition", "stake", "investment")


def deals(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The acquisition, stake and investment events of ``text``, to see a wrong family too."""
    return triples(text, language, types=DEALS)


# Money put into a company funds it: an investment, not the purchase the "paid" frame reads for "paid $N for Y".
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Harbor Ventures put $15 million into shoe e-tailer Quillfeather Labs, following an earlier round.", "en"),
        ("Harbor Ventures will put $100 million into Quillfeather Labs's new round.", "en"),
        ("Harbor Ventures pumped $200 million into Quillfeather Labs last year.", "en"),
        ("Harbor Ventures a versé 5 millions d'euros dans Quillfeather Labs.", "fr"),
    ],
)
def test_money_put_into_a_company_is_an_investment(text: str, language: str) -> None:
    assert deals(text, language) == [("investment", "Harbor Ventures", "Quillfeather Labs")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a price for the company buys it
        (
            "Harbor Ventures paid $40 million for Quillfeather Labs.",
            "en",
            [("acquisition", "Harbor Ventures", "Quillfeather Labs")],
        ),
        # shares or a percentage make it a stake
        (
            "Harbor Ventures put $150 million into Quillfeather Labs shares.",
            "en",
            [("stake", "Harbor Ventures", "Quillfeather Labs")],
        ),
        (
            "Harbor Ventures put $40 million into a 20% stake in Quillfeather Labs.",
            "en",
            [("stake", "Harbor Ventures", "Quillfeather Labs")],
        ),
        # the company's plant is no company funded
        ("Harbor Ventures put $1.6 billion into Quillfeather Labs's Nevada plant.", "en", []),
        # money paid to a company (« à ») settles a bill, it funds nothing
        ("Harbor Ventures a versé 5 millions d'euros à Quillfeather Labs pour solder le litige.", "fr", []),
    ],
)
def test_money_not_put_into_a_company_is_no_investment(
    text: str, language: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert deals(text, language) == expected


def test_untold_money_put_into_a_company() -> None:
    assert deals("Harbor Ventures put money into cloud security company Quillfeather Labs in 2012.") == [
        ("investment", "Harbor Ventures", "Quillfeather Labs")
    ]


def test_untold_money_takes_no_amount_of_another_clause() -> None:
    text = "Harbor Ventures had already put money into Quillfeather Labs, which secured $300m in 2017."
    item = NewsItem(id="t", body=text, language="en")
    backed = [e for e in extract(item).events if e.subject is not None and e.subject.name == "Harbor Ventures"]
    assert [(e.type, e.object.name if e.object else None, e.amount) for e in backed] == [
        ("investment", "Quillfeather Labs", None)
    ]


def test_a_habit_of_putting_money_into_firms_names_no_investment() -> None:
    assert deals("Harbor Ventures puts money into start-ups like Quillfeather Labs.") == []


# A list of funders before the verb: each one funds the company.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Harbor Ventures, Kestrel Partners and Bluefin Capital invested $5 million in Quillfeather Labs.", "en"),
        (
            "Harbor Ventures, Kestrel Partners et Bluefin Capital ont investi 5 millions d'euros "
            "dans Quillfeather Labs.",
            "fr",
        ),
        (
            "Harbor Ventures, Kestrel Partners et le fonds limbourgeois Bluefin Capital versent chacun 5 millions "
            "d'euros dans Quillfeather Labs.",
            "fr",
        ),
    ],
)
def test_each_funder_of_a_list_before_the_verb_invests(text: str, language: str) -> None:
    investors = sorted(s for t, s, o in deals(text, language) if t == "investment" and o == "Quillfeather Labs")
    assert investors == ["Bluefin Capital", "Harbor Ventures", "Kestrel Partners"]


def test_a_list_that_stops_before_the_verb_is_not_the_funders() -> None:
    text = "Harbor Ventures and Kestrel Partners said Bluefin Capital invested $5 million in Quillfeather Labs."
    assert deals(text) == [("investment", "Bluefin Capital", "Quillfeather Labs")]


# A French round whose company is its complement, the subject of a verb that names its backers.
@pytest.mark.parametrize(
    "text",
    [
        "Le tour de 30 M$ de Quillfeather Labs a réuni Harbor Ventures, Kestrel Partners et Bluefin Capital.",
        "Dirigé par Harbor Ventures, le tour de 30 M$ de Quillfeather Labs a réuni aussi Kestrel Partners et "
        "Bluefin Capital.",
        "La levée de fonds de Quillfeather Labs a réuni les fonds Harbor Ventures, Kestrel Partners et "
        "Bluefin Capital.",
    ],
)
def test_the_backers_of_a_round_owned_by_its_company(text: str) -> None:
    investors = sorted(s for t, s, o in deals(text, "fr") if t == "investment" and o == "Quillfeather Labs")
    assert investors == ["Bluefin Capital", "Harbor Ventures", "Kestrel Partners"]


def test_the_lead_of_a_round_owned_by_its_company_carries_its_amount() -> None:
    text = "La série B de 50 M$ de Quillfeather Labs a été menée par Harbor Ventures."
    events = extract(NewsItem(id="t", body=text, language="fr")).events
    led = [e for e in events if e.type == "investment" and e.subject is not None]
    assert [(e.subject.name if e.subject else None, e.amount.value if e.amount else None) for e in led] == [
        ("Harbor Ventures", 50_000_000.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the round's company gathers people somewhere, no backers
        "Le tour de table de Quillfeather Labs a réuni ses salariés à Lyon avec Harbor Ventures.",
        # no round: the company's head brings two firms together
        "Le directeur de Quillfeather Labs a réuni Harbor Ventures et Kestrel Partners à Paris.",
    ],
)
def test_no_round_subject_no_backers(text: str) -> None:
    assert [e for e in deals(text, "fr") if e[1] is not None] == []


# Rounds told in yen, yuan and dirhams are money like dollars and euros.
@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        ("It raised a total of 6.5 billion yen from investors.", "en", 6.5e9, "JPY"),
        ("It pulled in RMB450 million in a series B round.", "en", 4.5e8, "CNY"),
        ("It closed a 4.5 billion yuan round.", "en", 4.5e9, "CNY"),
        ("It raised ¥3 billion.", "en", 3e9, "JPY"),
        ("Elle vient de lever près de 2,6 MDH auprès d'un fonds.", "fr", 2.6e6, "MAD"),
        ("Le fonds y avait misé six millions de dirhams.", "fr", 6e6, "MAD"),
    ],
)
def test_asian_and_moroccan_currencies_are_money(text: str, language: str, value: float, currency: str) -> None:
    found = find_money(text, text.lower(), language)
    assert [(m.value, m.currency) for m in found] == [(value, currency)]


@pytest.mark.parametrize(
    "text", ["Yen Press won 3 awards for its 4 m long mural.", "Yuan Li joined the board of Yen Press in 2019."]
)
def test_currency_names_without_an_amount_are_no_money(text: str) -> None:
    assert find_money(text, text.lower(), "en") == []


def test_a_round_in_yen_names_its_investors() -> None:
    text = "Quillfeather Labs raised 6.5 billion yen from Harbor Ventures, Kestrel Partners and others."
    assert deals(text) == [
        ("investment", "Harbor Ventures", "Quillfeather Labs"),
        ("investment", "Kestrel Partners", "Quillfeather Labs"),
    ]


# An investor's apposition names the companies it backs: standing investments of untold size.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Berlin venture firm Harbor Ventures, an early backer of Quillfeather Labs, has closed a new fund.", "en"),
        ("Harbor Ventures, an investor in online auctioneer Quillfeather Labs, has closed a new fund.", "en"),
        ("Harbor Ventures, the first institution to back Quillfeather Labs, has closed its fourth fund.", "en"),
        ("An early backer of Quillfeather Labs, Harbor Ventures has closed a new fund.", "en"),
        ("Investisseur historique de l'allemande Quillfeather Labs, Harbor Ventures lance un nouveau fonds.", "fr"),
    ],
)
def test_an_apposition_names_what_the_investor_backs(text: str, language: str) -> None:
    assert deals(text, language) == [("investment", "Harbor Ventures", "Quillfeather Labs")]


def test_an_apposition_may_list_several_backed_companies() -> None:
    text = "Harbor Ventures, an early backer of consumer names such as Quillfeather Labs and Volt Cars, closed a fund."
    assert deals(text) == [
        ("investment", "Harbor Ventures", "Quillfeather Labs"),
        ("investment", "Harbor Ventures", "Volt Cars"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a place, not a company
        "Harbor Ventures, an investor in Europe, has closed a new fund.",
        # the company's plant, not the company
        "Harbor Ventures, an investor in Quillfeather Labs's Ohio plant, has closed a new fund.",
        # a person backs it: no company invests
        "John Smith, an early backer of Quillfeather Labs, has joined Harbor Ventures.",
        # the backers of a round told as a clause, not an apposition of the company before
        "Citing Kestrel Partners, the backers of the round include Quillfeather Labs and Volt Cars.",
    ],
)
def test_no_backer_apposition_no_standing_investment(text: str) -> None:
    assert [e for e in deals(text) if e[0] == "investment" and e[1] is not None] == []


# An investor's portfolio listed: each listed company holds a standing investment of its owner.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Software maker Quillfeather Labs and analytics firm Volt Cars are among Harbor Ventures's other "
            "portfolio companies.",
            "en",
        ),
        ("Harbor Ventures's portfolio includes Quillfeather Labs and Volt Cars.", "en"),
        (
            "Parmi les bénéficiaires des fonds de Harbor Ventures figurent des deeptechs comme Quillfeather Labs "
            "ou encore Volt Cars.",
            "fr",
        ),
    ],
)
def test_a_portfolio_lists_standing_investments(text: str, language: str) -> None:
    assert deals(text, language) == [
        ("investment", "Harbor Ventures", "Quillfeather Labs"),
        ("investment", "Harbor Ventures", "Volt Cars"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # customers and rivals are no portfolio
        ("Quillfeather Labs and Volt Cars are among Harbor Ventures's biggest customers.", "en"),
        ("Quillfeather Labs is among Harbor Ventures's rivals.", "en"),
        ("Parmi les clients de Harbor Ventures figurent Quillfeather Labs et Volt Cars.", "fr"),
        # a portfolio noun with no owner's list
        ("Quillfeather Labs said its portfolio companies grew fast, Volt Cars noted.", "en"),
    ],
)
def test_no_owned_portfolio_no_standing_investment(text: str, language: str) -> None:
    assert [e for e in deals(text, language) if e[0] == "investment"] == []
