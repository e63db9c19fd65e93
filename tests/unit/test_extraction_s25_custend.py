"""Session 25 (custend): customer losses in wordings a real-article audit found unread.

Each class is proved on invented names and sentences, with near misses that must not fire:

- a supplier ceasing the service it gives a customer ("will stop providing delivery services to X", "will wind down
  its manufacturing services for X");
- a customer giving its supplier notice that it will stop using it ("X notified Y that it will no longer be using
  the company's chips");
- a supplier's kit ripped out of a network ("is to strip out Y from its core network");
- an agency giving up a client's account ("Y dumped its X account");
- an account moved to a newcomer before the incumbent is named ("moved its account to A from incumbent Y").
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.unit.extraction_helpers import END, RISK
from tests.unit.extraction_helpers import loss_pairs as pairs


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        (
            "In August, Korvia Logistics said it would also stop providing ground delivery services to Dorvane Retail.",
            "Dorvane Retail",
            "Korvia Logistics",
        ),
        ("Korvia Logistics will cease providing IT services to Dorvane Retail.", "Dorvane Retail", "Korvia Logistics"),
        (
            "Korvia Electronics said it will wind down its manufacturing services for Dorvane Systems.",
            "Dorvane Systems",
            "Korvia Electronics",
        ),
        (
            "Dorvane Systems notified Korvia that it will no longer be using the British company's chips.",
            "Dorvane Systems",
            "Korvia",
        ),
        (
            "Tessaline Health informed Brelmont that it would not renew the agreement.",
            "Tessaline Health",
            "Brelmont",
        ),
        (
            "Tessaline Telecom is to strip out Korvia Networks from its core 5G network.",
            "Tessaline Telecom",
            "Korvia Networks",
        ),
        (
            "Tessaline Telecom ripped out Korvia Networks from its mobile network last year.",
            "Tessaline Telecom",
            "Korvia Networks",
        ),
        (
            "Brelmont Partners dumped its Dorvane Motors account to take on a rival carmaker.",
            "Dorvane Motors",
            "Brelmont Partners",
        ),
        ("Brelmont Partners resigned its Dorvane Foods account after ten years.", "Dorvane Foods", "Brelmont Partners"),
    ],
)
def test_session25_loss_frames(text: str, customer: str, supplier: str) -> None:
    assert (END, customer, supplier) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # services to people, not to a company
        "Korvia Logistics said it would stop providing delivery services to customers in rural areas.",
        # the supplier tells that it will stop: no customer's notice
        "Korvia Graphics was notified by Dorvane Mobile that it would be paid late.",
        # a loan taken out, no kit ripped out of a network
        "Tessaline Telecom will take out a loan from its bank to fund the network.",
        # an agency winning an account, not giving one up
        "Brelmont Partners won the Dorvane Motors account after a review.",
    ],
)
def test_session25_near_misses(text: str) -> None:
    assert not {p for p in pairs(text) if p[0] == END}


def test_account_moved_to_newcomer_from_incumbent() -> None:
    item = NewsItem(
        id="t",
        body="Dorvane Foods moved its $40 million account to Brelmont Partners from incumbent Korvia Media.",
        language="en",
    )  # type: ignore[call-arg]
    found = {
        (e.type, e.subject.name if e.subject else "", e.object.name if e.object else "") for e in extract(item).events
    }
    assert ("customer_end", "Dorvane Foods", "Korvia Media") in found
    assert ("customer_start", "Dorvane Foods", "Brelmont Partners") in found


def test_former_without_a_move_is_no_end() -> None:
    text = "Dorvane Foods hired Jane Roe, a former Korvia Media planner, from incumbent Korvia Media."
    assert (END, "Dorvane Foods", "Korvia Media") not in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Korvia said its contract with Dorvane Retail may not be renewed.",
        "Korvia said its contract with Dorvane Retail is unlikely to be renewed when it expires.",
    ],
)
def test_renewal_in_doubt_is_a_risk(text: str) -> None:
    assert (RISK, "Dorvane Retail", "Korvia") in pairs(text)


def test_lease_in_doubt_is_no_risk() -> None:
    assert not pairs("Korvia Services said the lease on its Dorvane Park office may not be renewed.")
