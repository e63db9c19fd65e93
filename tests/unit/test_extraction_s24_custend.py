"""Session 24 (custend): customer losses in wordings a real-article audit found unread.

Each class is proved on invented names and sentences, with near misses that must not fire:

- the British idiom of ending ("calls time on its relationship with X");
- computing moved off a provider ("moving its cloud services away from X");
- the indefinite lost contract after a job cut ("citing the loss of a contract with X");
- a supplier's contract told by a service other than supply ("lost its contract to transport cars for X");
- the infinitive of ending before a described arrangement ("decided to end its $5 billion, seven-year outsourcing
  arrangement with X").
"""

from __future__ import annotations

import pytest

from schemas.events import DealEvent
from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.unit.extraction_helpers import END, RISK, losses
from tests.unit.extraction_helpers import loss_pairs as pairs


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        ("Korvia Bank calls time on its relationship with Dorvane Systems.", "Korvia Bank", "Dorvane Systems"),
        ("Last year Korvia Bank called time on its contract with Dorvane Systems.", "Korvia Bank", "Dorvane Systems"),
        ("Korvia Bank is moving its cloud services away from Dorvane Systems.", "Korvia Bank", "Dorvane Systems"),
        ("Korvia Media moved its workloads away from Dorvane Cloud last year.", "Korvia Media", "Dorvane Cloud"),
        (
            "Brelmont Cargo is laying off 120 workers, citing the loss of a contract with Tessaline Retail.",
            "Tessaline Retail",
            "Brelmont Cargo",
        ),
        (
            "Brelmont Cargo will cut 80 jobs after the loss of the contract with Tessaline Retail.",
            "Tessaline Retail",
            "Brelmont Cargo",
        ),
        (
            "Brelmont Haulage has lost its contract to transport vehicles for Dorvane Motors, a blow to the carrier.",
            "Dorvane Motors",
            "Brelmont Haulage",
        ),
        (
            "Brelmont Services will lose its contract to clean offices for Tessaline Insurance.",
            "Tessaline Insurance",
            "Brelmont Services",
        ),
        (
            "Korvia Bank decided to end its $5 billion, seven-year outsourcing arrangement with Dorvane Systems.",
            "Korvia Bank",
            "Dorvane Systems",
        ),
        (
            "Rivals are watching Korvia Bank after the company's decision to end its seven-year IT arrangement with "
            "Dorvane Systems.",
            "Korvia Bank",
            "Dorvane Systems",
        ),
    ],
)
def test_loss_wordings(text: str, customer: str, supplier: str) -> None:
    assert (END, customer, supplier) in pairs(text)


def test_described_arrangement_keeps_its_amount() -> None:
    text = "Korvia Bank decided to end its $5 billion, seven-year outsourcing arrangement with Dorvane Systems."
    (event,) = [e for e in losses(text) if e.object and e.object.name == "Dorvane Systems"]
    assert event.amount is not None and event.amount.value == 5_000_000_000


@pytest.mark.parametrize(
    "text",
    [
        # a time spent, not a relation ended
        "Korvia Bank called time on the meeting with Dorvane Systems after an hour.",
        # the lost contract is a deal to buy a company, not a service sold
        "Brelmont Holdings lost its contract to acquire Tessaline Retail after the vote.",
        # ending talks is no relation ended
        "Korvia Bank decided to end its talks with Dorvane Systems.",
        # people moved away, not services
        "Korvia Bank moved its headquarters away from Dorvane City.",
    ],
)
def test_near_misses(text: str) -> None:
    assert not [p for p in pairs(text) if p[0] == END]


# An account put up for review names its holder by the years it spent there, the count maybe unsaid.
@pytest.mark.parametrize(
    "text",
    [
        "Brelmont Group put its creative account up for review after decades at Quentaro Media.",
        "Brelmont Group is reviewing its media account after years with Quentaro Media.",
        "Brelmont Group is reviewing its media account after ten years with Quentaro Media.",
    ],
)
def test_review_names_holder_by_years(text: str) -> None:
    assert (RISK, "Brelmont", "Quentaro Media") in pairs(text) or (RISK, "Brelmont Group", "Quentaro Media") in pairs(
        text
    )


def test_years_of_losses_name_no_holder() -> None:
    assert not pairs("Brelmont Group said its profits rose after years of losses at its Quentaro Media unit.")


def test_described_contracts_without_article() -> None:
    text = "Korvia Bank, which in 2002 terminated large contracts with Dorvane Services and Brelmont Solutions, grew."
    assert {(END, "Korvia Bank", "Dorvane Services"), (END, "Korvia Bank", "Brelmont Solutions")} <= pairs(text)


def test_merger_agreement_without_article_is_no_loss() -> None:
    assert not pairs("Korvia Bank terminated merger agreements with Dorvane Services.")


# A month or weekday after the supplier is a date, not the maker of the goods: the supplier stays the one named.
@pytest.mark.parametrize(
    "text",
    [
        "Korvia Motors will stop using Dorvane Systems from July.",
        "Korvia Motors will drop Dorvane Systems from July.",
        "Korvia Motors said it will stop buying Dorvane Systems software from Monday.",
    ],
)
def test_date_after_supplier(text: str) -> None:
    assert (END, "Korvia Motors", "Dorvane Systems") in pairs(text)


def test_maker_after_goods_still_read() -> None:
    assert (END, "Korvia Motors", "Brelmont Semiconductor") in pairs(
        "Korvia Motors will stop buying chips from Brelmont Semiconductor in May."
    )


# The supplier's possessive before its customer's contract; a part of the contract lost is a risk, not an end.
def test_lost_its_customer_contract() -> None:
    assert (END, "Walmart", "Korvia Print") in pairs("Korvia Print has lost its Walmart contract.")


@pytest.mark.parametrize(
    "text",
    [
        "Korvia Dairies will lose a third of its Tesco supply contract to rival Brelmont Foods from March.",
        "Korvia Dairies lost half of its Tesco contract last year.",
        "Korvia Dairies is losing part of its Tesco contract to a rival.",
    ],
)
def test_part_of_contract_lost_is_a_risk(text: str) -> None:
    found = pairs(text)
    assert (RISK, "Tesco", "Korvia Dairies") in found
    assert not [p for p in found if p[0] == END]


def test_own_unit_lost_is_no_customer() -> None:
    assert not pairs("Korvia Print lost its Brelmont unit to a rival.")


def events_of(text: str) -> list[DealEvent]:
    """Every event of ``text``."""
    return list(extract(NewsItem(id="t", body=text, language="en")).events)  # type: ignore[call-arg]


# A model's code is no company; an order's list price is no company's valuation.
def test_model_code_is_no_party() -> None:
    names = {e.object.name for e in events_of("Korvia Air cancels A380 order, switches to Dorvane Aero") if e.object}
    assert "A380" not in names


def test_short_code_firm_stays() -> None:
    assert (END, "Korvia Networks", "F5") in pairs("Korvia Networks dropped F5 as a supplier.")


def test_order_valued_at_is_no_valuation() -> None:
    events = events_of(
        "Korvia Air has agreed to cancel an order for 18 Dorvane Aero 787 aircraft, which is valued at $4bn at list"
        " prices."
    )
    assert not [e for e in events if e.type == "valuation"]
    assert [e for e in events if e.type == END and e.amount is not None]


def test_order_for_goods_valued_at_is_no_valuation() -> None:
    events = events_of(
        "Dorvane Aero said Korvia Air canceled its entire order for A350 aircraft valued at $16 billion."
    )
    assert not [e for e in events if e.type == "valuation"]


def test_company_valued_at_stays() -> None:
    found = events_of("Korvia Labs, the maker of tools for banks, was valued at $2 billion in its latest round.")
    assert [e for e in found if e.type == "valuation"]


# A word of ending is the lost customer's news, not a denial of it; it still denies a deal.
def test_ending_word_in_the_clause_does_not_deny_the_end() -> None:
    text = "Korvia Freight has cancelled its contract with Dorvane Aero, and the deal was scrapped."
    assert [e.modality for e in losses(text) if e.type == END] == ["fact"]


def test_article_is_no_description() -> None:
    assert not pairs("Korvia Freight scrapped an agreement with Dorvane Logistics.")


def test_scrapped_merger_stays_denied() -> None:
    deals = [
        e
        for e in events_of("The merger of Korvia Group and Dorvane Logistics was scrapped.")
        if e.type == "acquisition"
    ]
    assert all(e.modality == "denied" for e in deals)
