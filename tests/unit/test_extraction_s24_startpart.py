"""Session 24 (startpart): customer starts and continuations as aviation, rail and advertising trade copy tells them.

Paraphrases with invented names, each with near misses that must read nothing (or not that):

- an order told by the goods' model only, its maker named elsewhere in the story ("ordered 20 A320neo jets");
- an agency's account named by the media it buys ("its media buying business", "the TV buying brief"): no purchase;
- an agency re-appointed by its client, or one that successfully defended the client's account;
- a contract awarded to a consortium, a joint venture or a partnership of named members;
- a currency's code cut from a wire headline's sum ("Wins GBP 80 Mln Contract"): never a party;
- a venture told as "a joint company" or "a jointly owned company": a partnership;
- an account named by its client and won "from" a company: that company is the former agency, no customer;
- "Y has beaten rival Z to supply X": Y supplies, not the rival beaten.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import Extraction, NewsItem
from streams.extraction import extract


def _extract(body: str) -> Extraction:
    return extract(
        NewsItem(
            id="s24-startpart",
            url="https://example.test/s24-startpart",
            body=body,
            published_at=datetime(2026, 12, 3, tzinfo=UTC),
        )
    )


def _pairs(body: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None)
        for e in _extract(body).events
        if e.type == kind
    }


def _types(body: str) -> set[str]:
    return {e.type for e in _extract(body).events}


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Airbus had a busy week. Korvia Airlines has ordered 20 A320neo jets.", ("Korvia Airlines", "Airbus")),
        (
            "Boeing gained ground. Dorvane Airlines disclosed an order for 40 737-900ERs.",
            ("Dorvane Airlines", "Boeing"),
        ),
        (
            "Airbus landed new business. Brelmont Leasing, a lessor, has ordered 10 long-haul A330 aircraft.",
            ("Brelmont Leasing", "Airbus"),
        ),
        ("Alstom is busy. Tessaline Rail ordered eight four-car Coradia trains.", ("Tessaline Rail", "Alstom")),
    ],
)
def test_an_order_told_by_model_goes_to_the_maker_the_story_names(body: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(body, "customer_start")


@pytest.mark.parametrize(
    "body",
    [
        # the maker is never named: no party is invented from a model alone
        "Korvia Airlines has ordered 20 A320neo jets.",
        # no count after the verb: a preference, not an order
        "Airbus was pleased. Korvia Airlines prefers the A350 to rival jets.",
        # the model's maker differs from the company named
        "Boeing was pleased. Korvia Airlines has ordered 20 A320neo jets.",
    ],
)
def test_no_maker_from_a_model_without_its_named_maker(body: str) -> None:
    assert not {vendor for _, vendor in _pairs(body, "customer_start")} & {"Airbus", "Boeing"}


@pytest.mark.parametrize(
    "body",
    [
        "Korvia Telecom has awarded its media buying business to Dorvane Media.",
        "Korvia Foods has re-appointed Dorvane to handle its £35m press buying account.",
        "Last spring Brelmont lost the £70m TV buying brief to Tessaline.",
    ],
)
def test_an_account_named_by_the_media_bought_is_no_acquisition(body: str) -> None:
    assert "acquisition" not in _types(body)


def test_a_purchase_still_reads_as_an_acquisition() -> None:
    assert ("Korvia", "Dorvane") in _pairs("Korvia is buying Dorvane for $2bn.", "acquisition")


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Korvia Foods has re-appointed Dorvane as its media agency.", ("Korvia Foods", "Dorvane")),
        (
            "Korvia Communications has reappointed Dorvane to handle its press account after a pitch.",
            ("Korvia Communications", "Dorvane"),
        ),
        ("Dorvane has successfully defended the Korvia account.", ("Korvia", "Dorvane")),
    ],
)
def test_an_agency_kept_after_a_review_continues(body: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(body, "customer_continue")


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane has successfully defended the Korvia lawsuit.",
        "Korvia successfully defended its patent against Dorvane.",
    ],
)
def test_a_defence_in_court_is_no_account_kept(body: str) -> None:
    assert not _pairs(body, "customer_continue")


@pytest.mark.parametrize(
    ("body", "vendors"),
    [
        ("Korvia has awarded the contract to a consortium of Dorvane and Brelmont.", {"Dorvane", "Brelmont"}),
        ("Korvia has awarded the contract to a consortium led by Dorvane.", {"Dorvane"}),
        ("Korvia awarded the deal to a joint venture of Dorvane and Brelmont.", {"Dorvane", "Brelmont"}),
        (
            "Korvia has awarded its media business to a partnership of its incumbent agency, Dorvane Media,"
            " and Brelmont Partners.",
            {"Dorvane Media", "Brelmont Partners"},
        ),
    ],
)
def test_a_contract_awarded_to_a_group_goes_to_its_members(body: str, vendors: set[str]) -> None:
    assert {vendor for customer, vendor in _pairs(body, "customer_start") if customer == "Korvia"} == vendors


def test_a_currency_code_cut_from_a_headline_sum_is_no_party() -> None:
    names = {e.name for e in _extract("Korvia Wins EUR 12 Mln Contract From Dorvane.").entities}
    assert "EUR" not in names
    assert ("Dorvane", "Korvia") in _pairs("Korvia Wins EUR 12 Mln Contract From Dorvane.", "customer_start")


@pytest.mark.parametrize(
    "body",
    [
        "Korvia and Dorvane have agreed to set up a joint company to develop electric cars.",
        "Korvia and Dorvane Motors will create a jointly owned company to make batteries.",
    ],
)
def test_a_venture_told_as_a_joint_company_is_a_partnership(body: str) -> None:
    assert _pairs(body, "partnership") & {("Korvia", "Dorvane"), ("Korvia", "Dorvane Motors")}


@pytest.mark.parametrize(
    "body",
    [
        "Korvia said it had sold a jointly owned company to Dorvane.",
        "Korvia bought Dorvane's stake in a joint company they ran.",
    ],
)
def test_a_joint_company_sold_or_bought_into_is_no_new_partnership(body: str) -> None:
    assert not _pairs(body, "partnership")


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane won the Korvia account from Brelmont.",
        "Dorvane won the Microsoft account from Brelmont.",
    ],
)
def test_the_agency_an_account_is_won_from_is_no_customer(body: str) -> None:
    assert not {customer for customer, _ in _pairs(body, "customer_start")} & {"Brelmont"}


@pytest.mark.parametrize(
    "body",
    ["Dorvane won an account from Microsoft.", "Dorvane won the advertising account from Microsoft."],
)
def test_an_account_won_from_its_client_still_starts(body: str) -> None:
    assert ("Microsoft", "Dorvane") in _pairs(body, "customer_start")


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane Systems has beaten rival Brelmont Technologies to supply engines to Korvia Motors.",
        "Dorvane Systems outbid Brelmont Technologies to supply trains to Korvia Motors.",
    ],
)
def test_the_winner_of_a_race_to_supply_supplies_not_the_rival_beaten(body: str) -> None:
    starts = _pairs(body, "customer_start")
    assert ("Korvia Motors", "Dorvane Systems") in starts
    assert ("Korvia Motors", "Brelmont Technologies") not in starts


def test_a_supplier_after_an_unrelated_beat_still_supplies() -> None:
    body = "Dorvane Systems beat forecasts. Brelmont Technologies will supply engines to Korvia Motors."
    assert ("Korvia Motors", "Brelmont Technologies") in _pairs(body, "customer_start")
