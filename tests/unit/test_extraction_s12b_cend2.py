"""Lost customers read by structure in real contract-loss news (session 12b).

Each sentence is written for this file. They cover: a list of lost customers headed by a plural customer noun
after a loss noun ("la perte des budgets A et B", "the loss of its two biggest customers, A and B"), which ends
each listed relation while "the loss of jobs at A" or "les clients de X" (X's own clients) read no loss; and an end
its customer cannot make ("is unable to replace Y", "failed to find a way to drop Y"), which reads nothing while an
inability told in an aside ("X, unable to agree on prices, dropped Y") leaves the done end; a loss called major
before its customer is named ("after the loss of its biggest contract. It had lost its contract with Y"), which makes
the named loss a major one unless the first sentence named another company; and an ending verb whose subject is a
loss noun ("the loss of its biggest contract cut its earnings"), which ends nothing; a described customer as the
subject of an ending verb ("un client important a décidé de se passer des services de Y"), an unnamed major customer
that retells the loss told earlier when it names that loss's supplier (further back than an anaphor reaches), and
stays its own loss when it names another supplier or its customer; and a teller's report of a cut to the
subject's own figure ("Y said X cut its forecast"), which names no supplier while "Y said X would stop using its
chips" still makes Y the supplier; and an unnamed lost customer told as worth a tenth or more of sales ("lost a
customer that accounted for 15% of sales"), which is major, while a small share or another figure is not.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

Relation = tuple[str, str | None, str | None]
"""(type, customer name, supplier name)."""


def _relations(text: str, language: str) -> list[Relation]:
    return triples(text, language, prefix="customer_")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "L'agence Havas a annoncé jeudi la perte des budgets Renault et Peugeot.",
            "fr",
            [("customer_end", "Peugeot", "Havas"), ("customer_end", "Renault", "Havas")],
        ),
        (
            "Havas a confirmé la perte de ses deux principaux clients, Renault et Danone.",
            "fr",
            [("customer_end", "Danone", "Havas"), ("customer_end", "Renault", "Havas")],
        ),
        (
            "Havas confirmed the loss of its customers Renault and Peugeot after a review.",
            "en",
            [("customer_end", "Peugeot", "Havas"), ("customer_end", "Renault", "Havas")],
        ),
        (
            "Havas confirmed the loss of the accounts of Renault and Danone.",
            "en",
            [("customer_end", "Danone", "Havas"), ("customer_end", "Renault", "Havas")],
        ),
    ],
)
def test_a_list_of_lost_customers_after_a_plural_customer_noun_ends_each(
    text: str, language: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Havas annonce la perte des emplois de Renault et Peugeot.", "fr"),
        ("La perte des clients de Havas inquiète Renault.", "fr"),
        ("Havas confirmed the loss of jobs at Renault and Danone.", "en"),
    ],
)
def test_a_loss_of_other_things_or_of_a_companys_own_clients_reads_no_end(text: str, language: str) -> None:
    assert _relations(text, language) == []


def test_a_listed_loss_headed_by_major_customers_is_major() -> None:
    body = "Havas confirmed the loss of its two biggest customers, Renault and Danone."
    item = NewsItem(id="t", title="", body=body, language="en")  # type: ignore[arg-type]
    ends = [e for e in extract(item).events if e.type == "customer_end"]
    assert len(ends) == 2 and all(e.major_customer for e in ends)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ryanair is unable to replace Boeing as its supplier before 2030.", "en"),
        ("Ryanair has been unable to drop Boeing despite the delays.", "en"),
        ("Ryanair failed to find a way to replace Boeing on its short-haul routes.", "en"),
        ("Renault reste incapable de remplacer Valeo à court terme.", "fr"),
    ],
)
def test_an_end_its_customer_cannot_make_reads_nothing(text: str, language: str) -> None:
    assert _relations(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ryanair, unable to agree on prices, dropped Boeing as its supplier.",
            [("customer_end", "Ryanair", "Boeing")],
        ),
        (
            "Ryanair will replace Boeing with Airbus next year.",
            [("customer_end", "Ryanair", "Boeing"), ("customer_start", "Ryanair", "Airbus")],
        ),
    ],
)
def test_an_inability_elsewhere_leaves_the_end(text: str, expected: list[Relation]) -> None:
    assert _relations(text, "en") == expected


def _ends(body: str) -> list[tuple[str | None, str | None, bool]]:
    item = NewsItem(id="t", title="", body=body, language="en")  # type: ignore[arg-type]
    return [
        (e.subject.name if e.subject else None, e.object.name if e.object else None, bool(e.major_customer))
        for e in extract(item).events
        if e.type == "customer_end"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Acme Corp shares fell 30% after the loss of its biggest contract. The supplier said on Monday it had lost its "
        "contract with Zeta Systems.",
        "Acme Corp shares fell 30% after it lost a major government contract. Acme said Zeta Systems had decided to "
        "drop it as a supplier.",
        "Acme Corp warned on profits after losing its largest customer. The company said it had lost its contract with "
        "Zeta Systems, effective in June.",
    ],
)
def test_a_loss_called_major_before_its_customer_is_named_is_major(body: str) -> None:
    assert _ends(body) == [("Zeta Systems", "Acme", True)]


@pytest.mark.parametrize(
    "body",
    [
        # nothing called the loss major
        "Acme Corp shares fell 30% on weak sales. The supplier said on Monday it had lost its contract with Zeta "
        "Systems.",
        # a contract won, not lost
        "Acme Corp won its biggest contract last year. Acme said it had lost its contract with Zeta Systems.",
        # the major loss is another customer's, named in its own sentence
        "Acme Corp shares fell 30% after the loss of its biggest contract, with Walmart. Acme also said it had lost "
        "its contract with Zeta Systems.",
    ],
)
def test_a_loss_not_heralded_as_major_stays_plain(body: str) -> None:
    assert ("Zeta Systems", "Acme", False) in _ends(body)


def test_an_ending_verb_whose_subject_is_a_loss_noun_reads_no_end() -> None:
    body = "Acme Corp shares fell after the loss of its biggest contract cut its projected earnings in half."
    assert _relations(body, "en") == []


def test_an_ending_verb_with_its_own_subject_after_a_loss_noun_reads_the_end() -> None:
    body = "After the loss of the contract, Walmart cut Acme Corp as a supplier."
    assert _relations(body, "en") == [("customer_end", "Walmart", "Acme")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Un client important a décidé de se passer des services de Zodiac Aerospace.", "fr", "Un client important"),
        ("A major customer has decided to stop buying from Zodiac Aerospace.", "en", "A major customer"),
        ("A major customer dropped Zodiac Aerospace last week.", "en", "A major customer"),
    ],
)
def test_a_described_customer_as_subject_of_an_ending_verb_is_the_unnamed_customer(
    text: str, language: str, expected: str
) -> None:
    item = NewsItem(id="t", title="", body=text, language=language)  # type: ignore[arg-type]
    ends = [e for e in extract(item).events if e.type == "customer_end"]
    assert [(e.subject.name if e.subject else None, e.object.name if e.object else None) for e in ends] == [
        (expected, "Zodiac Aerospace")
    ]
    assert ends[0].major_customer


def test_a_described_major_loss_naming_the_same_supplier_later_retells_the_named_loss() -> None:
    body = (
        "Zodiac Aerospace lost American Airlines as a customer. Shares fell. Analysts were surprised. The group cut "
        "its outlook. A major customer has decided to stop buying from Zodiac Aerospace."
    )
    assert _ends(body) == [("American Airlines", "Zodiac Aerospace", True)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # another supplier: another loss
            "Zodiac Aerospace lost American Airlines as a customer. A major customer has decided to stop buying from "
            "Safran.",
            [("American Airlines", "Zodiac Aerospace", False), ("A major customer", "Safran", True)],
        ),
        (
            # the customer is named: a second loss
            "Zodiac Aerospace lost American Airlines as a customer. Shares fell. A major customer, Delta, has decided "
            "to stop buying from Zodiac Aerospace.",
            [("American Airlines", "Zodiac Aerospace", False), ("Delta", "Zodiac Aerospace", True)],
        ),
    ],
)
def test_a_described_loss_of_another_supplier_or_a_named_customer_is_its_own(
    body: str, expected: list[tuple[str | None, str | None, bool]]
) -> None:
    assert _ends(body) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Renco Group said Gartner Inc cut its forecast for the year.", "en", []),
        ("Renco Group said Gartner Inc dropped its full-year guidance on Monday.", "en", []),
        (
            "Renco Group said Gartner Inc, which lost Oracle as a customer last month, cut its guidance.",
            "en",
            [("customer_end", "Oracle", "Gartner")],
        ),
    ],
)
def test_a_reported_cut_of_the_subjects_own_figure_names_no_supplier(
    text: str, language: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    "text",
    ["Renco Group said Gartner Inc would stop using its chips.", "Renco Group said Gartner Inc dropped its contract."],
)
def test_a_reported_end_of_the_tellers_goods_still_names_the_teller_as_supplier(text: str) -> None:
    assert _relations(text, "en") == [("customer_end", "Gartner", "Renco")]


def _unnamed_end_major(text: str, language: str) -> list[bool]:
    item = NewsItem(id="t", title="", body=text, language=language)  # type: ignore[arg-type]
    return [bool(e.major_customer) for e in extract(item).events if e.type == "customer_end" and e.subject is None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Acme Corp said it lost a customer that accounted for 15% of sales.", "en"),
        ("Acme Corp said it lost a customer that accounted for 15% of its revenue last year.", "en"),
        ("Le groupe Acme a perdu un client qui pesait 20 % de son chiffre d'affaires.", "fr"),
    ],
)
def test_an_unnamed_lost_customer_worth_a_tenth_of_sales_is_major(text: str, language: str) -> None:
    assert _unnamed_end_major(text, language) == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp said it lost a customer that accounted for 4% of sales.",
        "Acme Corp said it lost a customer; sales rose 15% in the quarter.",
    ],
)
def test_a_small_share_or_another_figure_leaves_the_unnamed_loss_plain(text: str) -> None:
    assert _unnamed_end_major(text, "en") == [False]
