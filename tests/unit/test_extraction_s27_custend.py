"""Session 27 (custend): customer losses as real news words them.

Sentences in our own words with invented names, each after a phrasing class seen in several real articles; near misses
must not fire.
"""

from __future__ import annotations

from schemas.events import DealEvent
from tests.unit.extraction_helpers import END, extract_body


def _losses(body: str) -> list[DealEvent]:
    return [e for e in extract_body(body).events if e.type == END]


def _named(event: DealEvent) -> tuple[str | None, str | None]:
    return (event.subject.name if event.subject else None, event.object.name if event.object else None)


# A rank, then a market or trade word, then the customer's or the contract's noun: still a major customer.


def test_ranked_customer_with_a_trade_word_is_unnamed_and_major() -> None:
    (loss,) = _losses("Brantover Inc. said one of its largest wholesale customers had decided to end its contract.")
    assert loss.subject is not None and loss.subject.kind == "unnamed"
    assert loss.object is not None and loss.object.name == "Brantover"
    assert loss.major_customer is True


def test_major_overseas_customer_is_unnamed_and_major() -> None:
    (loss,) = _losses("Brantover Inc. said a major foreign customer had decided to terminate its contract.")
    assert loss.subject is not None and loss.subject.kind == "unnamed"
    assert loss.major_customer is True


def test_ranked_described_contract_in_the_next_sentence_makes_the_loss_major() -> None:
    body = (
        "Brantover has lost its contract to supply Quellmart with private-label soup. "
        "The loss of its biggest private-label soup contract led to a write-down."
    )
    (loss,) = _losses(body)
    assert _named(loss) == ("Quellmart", "Brantover")
    assert loss.major_customer is True


def test_a_linking_word_is_no_description() -> None:
    # "a key contract with customers" ranks no customer: no unnamed party, no loss.
    assert _losses("Brantover signed a key contract with customers in Peru last year.") == []


def test_a_loss_without_a_rank_stays_minor() -> None:
    body = "Brantover has lost its contract to supply Quellmart. The loss of its private-label soup contract hurt."
    (loss,) = _losses(body)
    assert _named(loss) == ("Quellmart", "Brantover")
    assert not loss.major_customer


# Buying a maker's kit is a purchase of goods, not of the maker.


def _acquisitions(body: str) -> list[DealEvent]:
    return [e for e in extract_body(body).events if e.type == "acquisition"]


def test_buying_a_makers_equipment_is_no_acquisition() -> None:
    assert _acquisitions("Norvell Telecom said it would keep buying Quorix equipment for its masts.") == []


def test_buying_a_makers_jets_is_no_acquisition() -> None:
    assert _acquisitions("Skyvane Airways said it would go on buying Aerolux jets next year.") == []


def test_buying_the_maker_itself_stays_an_acquisition() -> None:
    (deal,) = _acquisitions("Norvell Telecom agreed to buy Quorix for $2 billion.")
    assert deal.object is not None and deal.object.name == "Quorix"
