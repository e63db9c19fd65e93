"""Lost customers in phrasings read in real contract-loss news (session 10).

Each sentence is written for this file. They cover: what a relation is worth told by the relation itself as the
sentence's subject ("The X relationship is expected to contribute $N", "L'accord garantit N de revenus annuels"),
which is the relation's yearly value and never a company's revenue; an ending verb whose object is the customer's
own contract with words of its own ("opted to terminate its inbound services contract", "pour avoir résilié son
contrat de délégation"); the subject of a fronted participle clause ("Having ended its contract with Y, X ...",
"En mettant fin à ...", "After losing the X contract, Y ..."); an owner's ticker before its unit ("Alphabet's
(NASDAQ:GOOGL) Google"); a French gerund of loss ("en perdant le contrat de X") and an advertiser's buying
account ("la perte du budget achat de X"), which buys no company.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Relation = tuple[str, str | None, str | None]
"""(type, customer name or company, supplier name)."""


def _events(text: str, language: str) -> list[tuple[str, str | None, str | None, float | None]]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (
            event.type,
            event.subject.name if event.subject else None,
            event.object.name if event.object else None,
            event.amount.value if event.amount else None,
        )
        for event in extraction.events
    )


def _relations(text: str, language: str) -> list[Relation]:
    return [(kind, subject, obj) for kind, subject, obj, _ in _events(text, language) if kind.startswith("customer_")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Walmart has opted to terminate its contract with Clorox early. The Walmart relationship is expected to "
            "contribute about $410 million of revenue during the current fiscal year.",
            [("customer_end", "Walmart", "Clorox", 410_000_000.0)],
        ),
        (
            "en",
            "Airbus will not renew its contract with Atos. For 2025, the Airbus contract is expected to bring in "
            "revenue of $120 million for Atos.",
            [("customer_end", "Airbus", "Atos", 120_000_000.0)],
        ),
        (
            "fr",
            "Danone a résilié son contrat avec Sodexo. L'accord garantit au moins 150 millions d'euros de revenus "
            "annuels.",
            [("customer_end", "Danone", "Sodexo", 150_000_000.0)],
        ),
    ],
)
def test_what_a_relation_brings_is_its_yearly_value_not_revenue(
    language: str, text: str, expected: list[tuple[str, str, str, float]]
) -> None:
    assert _events(text, language) == expected


def test_a_relation_opening_without_a_revenue_verb_leaves_the_revenue_line() -> None:
    events = _events("Atos said the contract will close in June. Atos reported revenue of $12 billion in 2023.", "en")
    assert ("revenue", "Atos", None, 12_000_000_000.0) in events


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Shares of Appen fell 40% after Google opted to terminate its inbound services contract.",
            [("customer_end", "Google", "Appen")],
        ),
        (
            "en",
            "Barclays terminated its long-standing IT outsourcing agreement with Atos on Friday.",
            [("customer_end", "Barclays", "Atos")],
        ),
        (
            "fr",
            "Pour avoir résilié son contrat de délégation de service public avec Numéricable, la SNCF devra verser "
            "une indemnité.",
            [("customer_end", "SNCF", "Numéricable")],
        ),
    ],
)
def test_an_ending_verb_takes_the_customers_own_worded_contract(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Atos terminated its chief executive after the audit, Airbus said."),
        ("fr", "Le club a résilié son contrat avec l'entraîneur, a indiqué Danone."),
    ],
)
def test_an_ending_verb_without_a_business_contract_reads_no_customer(language: str, text: str) -> None:
    assert _relations(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Having ended its contract with Capita, Barclays now runs the service itself.",
            [("customer_end", "Barclays", "Capita")],
        ),
        (
            "fr",
            "En mettant fin à son contrat avec Atos, Airbus économise des coûts de maintenance.",
            [("customer_end", "Airbus", "Atos")],
        ),
        (
            "en",
            "After losing the Walmart contract, Clorox cut its outlook for the year.",
            [("customer_end", "Walmart", "Clorox")],
        ),
        (
            "fr",
            "Après avoir perdu le contrat de la SNCF, Atos a revu ses objectifs.",
            [("customer_end", "SNCF", "Atos")],
        ),
        # Near miss: the customer stands before the verb; the main clause's company is no party.
        (
            "en",
            "After Google dropped Appen, shares of Telstra fell too.",
            [("customer_end", "Google", "Appen")],
        ),
    ],
)
def test_a_fronted_participle_clause_takes_the_main_clauses_subject(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


def test_an_owners_ticker_before_its_unit_leaves_the_unit_the_party() -> None:
    text = "Shares of Appen (APX) fell after Alphabet's (NASDAQ:GOOGL) Google opted to terminate its contract."
    assert _relations(text, "en") == [("customer_end", "Google", "Appen")]


def test_an_owner_with_its_own_ticker_and_no_unit_stays_the_party() -> None:
    text = "Alphabet (NASDAQ:GOOGL) dropped Appen as a supplier on Monday."
    assert _relations(text, "en") == [("customer_end", "Alphabet", "Appen")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Publicis avait déjà essuyé un revers en perdant le contrat de Coca-Cola.",
            [("customer_end", "The Coca-Cola Company", "Publicis")],
        ),
        (
            "Havas a annoncé la perte du budget achat de Danone il y a quelques jours.",
            [("customer_end", "Danone", "Havas")],
        ),
    ],
)
def test_a_french_gerund_of_loss_and_a_buying_account(text: str, expected: list[Relation]) -> None:
    events = _events(text, "fr")
    assert _relations(text, "fr") == expected
    assert not [e for e in events if e[0] == "acquisition"]


def test_a_gerund_losing_value_is_no_customer() -> None:
    assert _relations("Le titre Atos a chuté en Bourse en perdant le quart de sa valeur.", "fr") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "ISS a indiqué que son contrat de gestion de sites avec Novartis, qui arrive à échéance fin 2019, ne "
            "devrait pas être renouvelé.",
            [("customer_end", "Novartis", "ISS")],
        ),
        (
            "fr",
            "Selon Sodexo, le contrat de restauration avec la SNCF ne va pas être reconduit l'an prochain.",
            [("customer_end", "SNCF", "Sodexo")],
        ),
        (
            "en",
            "Atos said its contract with Barclays is not expected to be renewed when it expires in March.",
            [("customer_end", "Barclays", "Atos")],
        ),
    ],
)
def test_a_non_renewal_told_as_a_forecast(language: str, text: str, expected: list[Relation]) -> None:
    assert _relations(text, language) == expected


def test_a_renewal_forecast_without_a_negation_ends_nothing() -> None:
    text = "ISS a indiqué que son contrat de gestion de sites avec Novartis devrait être renouvelé fin 2019."
    assert ("customer_end", "Novartis", "ISS") not in _relations(text, "fr")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Nouveau revers pour Publicis. Quelques mois plus tôt, le groupe avait essuyé un revers en perdant le "
            "budget de Coca-Cola, l'un de ses plus gros clients.",
            [("customer_end", "The Coca-Cola Company", "Publicis")],
        ),
        (
            "en",
            "Clorox cut its outlook. Two years ago, the company had already taken a hit after losing the Walmart "
            "contract.",
            [("customer_end", "Walmart", "Clorox")],
        ),
    ],
)
def test_a_loss_in_a_gerund_takes_the_clause_subject_after_a_fronted_phrase(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


def test_a_relation_business_opening_gives_its_customer_a_value() -> None:
    text = (
        "Albertsons will end its supply agreement with United Natural Foods. The Albertsons business is expected to "
        "contribute around $410 million of sales this year."
    )
    assert _events(text, "en") == [("customer_end", "Albertsons", "United Natural Foods", 410_000_000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apple built its empire on suppliers. The company said Monday it plans to ship Macs with custom chips, "
            "a move that ends a 15-year technology partnership with Intel Corp.",
            [("customer_end", "Apple", "Intel")],
        ),
        (
            "Walmart reported weak sales. The retailer said it would use its own trucks, a move that ends a "
            "five-year contract with Clorox.",
            [("customer_end", "Walmart", "Clorox")],
        ),
        (
            "Barclays said it would run its own data centres, a decision that ends its outsourcing contract with Atos.",
            [("customer_end", "Barclays", "Atos")],
        ),
    ],
)
def test_a_move_that_ends_a_relation_is_the_sentence_subjects(text: str, expected: list[Relation]) -> None:
    assert _relations(text, "en") == expected


def test_a_move_that_ends_no_relation_reads_no_customer() -> None:
    assert _relations("Shares of Intel fell 3% on Monday, a move that ends a ten-day rally, Airbus said.", "en") == []


def _revenue(text: str) -> list[tuple[str | None, float | None]]:
    return [(subject, amount) for kind, subject, _, amount in _events(text, "en") if kind == "revenue"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Atos shares sink. Airbus accounted for 15% of Atos's revenue of EUR 10.8 billion last year.", "Atos"),
        ("Clorox falls. Last year Walmart made up 26% of Clorox's revenue of $6.2 billion.", "Clorox"),
        (
            "Healthways shares sink. Healthways lost Cigna. For 2010, Cigna accounted for about 19 percent of the "
            "total revenue of $720.3 million.",
            "Healthways",
        ),
    ],
)
def test_a_customers_share_of_a_revenue_figure_leaves_the_figure_to_its_supplier(text: str, expected: str) -> None:
    assert [subject for subject, _ in _revenue(text)] == [expected]


def test_a_company_reporting_its_own_revenue_keeps_it() -> None:
    assert _revenue("Atos reported revenue of EUR 10.8 billion in 2021, up 3%.") == [("Atos", 10_800_000_000.0)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Atos said it had been notified by Airbus of the termination of its IT services agreement.",
            [("customer_end", "Airbus", "Atos")],
        ),
        (
            "fr",
            "Atos a révélé avoir été notifiée par Airbus de l'arrêt de l'accord-cadre de fourniture signé avec sa "
            "filiale.",
            [("customer_end", "Airbus", "Atos")],
        ),
        (
            "fr",
            "Sodexo a été informé par Danone de la résiliation du contrat de restauration de son siège.",
            [("customer_end", "Danone", "Sodexo")],
        ),
    ],
)
def test_the_party_giving_notice_of_an_ending_is_the_customer(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Atos said it had been notified by Airbus of the termination of the trial period for its engineers."),
        ("fr", "La fin de l'accord avec Danone a surpris Sodexo, qui évoque une décision brutale."),
        ("en", "The cancellation of Boeing orders weighed on Airbus customers, analysts said."),
    ],
)
def test_an_ending_noun_without_a_notifier_or_a_contract_reads_no_customer(language: str, text: str) -> None:
    assert _relations(text, language) == []
