"""Session 13b (prec4): false events read out of sentence structures that tell no news.

Each reader is proved on invented paraphrases (another verb, French twin, examples) and on near misses that must
keep the event (a verb of taking, one named holding, two holdings named plainly).
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples


# A portfolio described: a plural holding noun after a verb of having, heading three holdings or examples.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Exor holds stakes in Ferrari, Stellantis and Juventus.", "en"),
        ("Led by its founder, Exor also owns holdings in Ferrari, Stellantis, Juventus and Philips.", "en"),
        ("Exor, which has interests in companies such as Ferrari and Stellantis, is based in Turin.", "en"),
        (
            "Dirigée par son fondateur, Exor détient aussi des participations dans Ferrari, Stellantis et la Juventus.",
            "fr",
        ),
        ("Le fonds Accel, avec des participations dans Facebook, Dropbox ou Spotify, est basé à Palo Alto.", "fr"),
    ],
)
def test_a_portfolio_described_is_no_stake(text: str, language: str) -> None:
    assert triples(text, language, types=("stake", "investment", "acquisition")) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a verb of taking: the holdings are news
        (
            "Exor took stakes in Ferrari, Stellantis and Juventus last week.",
            "en",
            [("stake", "Exor", "Ferrari"), ("stake", "Exor", "Juventus"), ("stake", "Exor", "Stellantis")],
        ),
        (
            "Exor a pris des participations dans Ferrari et Stellantis.",
            "fr",
            [("stake", "Exor", "Ferrari"), ("stake", "Exor", "Stellantis")],
        ),
        # one named holding, and two named plainly, stay facts
        ("Exor détient une participation dans Ferrari.", "fr", [("stake", "Exor", "Ferrari")]),
        (
            "Mubadala also holds stakes in General Electric and in buyout firm Carlyle.",
            "en",
            [("stake", "Mubadala", "Carlyle Group"), ("stake", "Mubadala", "GE Aerospace")],
        ),
    ],
)
def test_holdings_taken_or_named_plainly_stay_stakes(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text, language, types=("stake",)) == expected


def _posts(text: str, language: str) -> list[tuple[str | None, str | None]]:
    """(company, person) of each leadership change of ``text``."""
    item = NewsItem(id="t", title="", body=text, language=language)  # type: ignore[arg-type]
    return sorted(
        ((e.subject.name if e.subject else None), e.person)
        for e in extract(item).events
        if e.type == "leadership_change"
    )


# A newcomer's current employer, in apposition after her name, names no post: the company that names or hires her
# does, also when the sentence opens with a description of it.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Peab AB rose 2.8 percent. Sandvik AB rose 1.3 percent, its third increase. The toolmaker said John Doe "
            "will resign as chief executive officer and be replaced by Olof Faxander, head of SSAB, Sweden's largest "
            "steelmaker. SSAB shares fell.",
            "en",
            [("Sandvik", "Olof Faxander")],
        ),
        (
            "Sandvik a publié ses comptes. Le fabricant d'outils a annoncé que Lars Pettersson quittera son poste de "
            "directeur général et sera remplacé par Olof Faxander, patron de SSAB.",
            "fr",
            [("Sandvik", "Olof Faxander")],
        ),
    ],
)
def test_a_newcomers_current_employer_names_no_post(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _posts(text, language) == expected


def test_a_leavers_own_apposition_is_the_company_she_leaves() -> None:
    # near miss: the apposition on the one who leaves is her company
    assert _posts("SSAB posted results. SSAB said Jane Roe, chief executive of SSAB, will step down.", "en") == [
        ("SSAB", None)
    ]


# Sales to one customer are that customer's weight in the supplier's revenue, nobody's revenue.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("First Solar was STR's largest customer with sales of roughly $39 million during 2012.", "en"),
        ("Based on the three months to June, annual revenues related to this customer are about $21 million.", "en"),
        ("Plexus said its biggest client brought sales of $40 million last year.", "en"),
        ("Chez Valeo, les ventes à son principal client ont atteint 40 millions d'euros en 2023.", "fr"),
    ],
)
def test_sales_to_one_customer_are_no_revenue(text: str, language: str) -> None:
    assert triples(text, language, types=("revenue",)) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the company's own revenue beside a customer word
        "Plexus said revenue rose 10% to $5 billion in 2024, driven by new customers.",
        "Plexus reported revenue of $5 billion in 2024 and said its customer count rose.",
    ],
)
def test_own_revenue_beside_customers_stays(text: str) -> None:
    assert triples(text, "en", types=("revenue",)) == [("revenue", "Plexus", None)]


def test_an_apposition_giving_the_new_post_names_its_company() -> None:
    # near miss: "the new chief executive of X" is the post she takes, not where she worked before
    assert _posts("Sandvik posted results. Olof Faxander, the new chief executive of SSAB, met analysts.", "en") == [
        ("SSAB", "Olof Faxander")
    ]


# A contract's extension or renewal "valued at" is what the contract is worth, no company's valuation.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("AirBoss won a contract extension valued at up to $35.6 million.", "en"),
        ("Thales a obtenu la prolongation de son contrat, estimée à 40 millions d'euros.", "fr"),
        ("Capita said the renewal, valued at £20 million, runs for three years.", "en"),
    ],
)
def test_a_contract_extension_valued_is_no_valuation(text: str, language: str) -> None:
    assert triples(text, language, types=("valuation",)) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a company valued after a round's extension stays valued
        "Stripe, now valued at $50 billion after the extension of its round, hired bankers.",
        "The extension of its Series B values Stripe at $50 billion.",
    ],
)
def test_a_company_valued_after_an_extension_stays(text: str) -> None:
    assert triples(text, "en", types=("valuation",)) == [("valuation", "Stripe", None)]
