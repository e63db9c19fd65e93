"""What the per-session extraction tests read from a body: its extraction, its events of one type as tuples, and a
story's customer losses.

One place for the helpers the money, French-customer and customer-loss test files of sessions 24 and 25 each copied.
"""

from __future__ import annotations

from datetime import UTC, datetime

from schemas import Extraction, NewsItem
from schemas.events import DealEvent
from streams.extraction import extract

PUBLISHED = datetime(2026, 12, 3, tzinfo=UTC)


def extract_body(body: str, title: str = "") -> Extraction:
    """The extraction of an English or French body (language detected), published on :data:`PUBLISHED`."""
    return extract(
        NewsItem(id="unit-body", url="https://example.test/unit-body", title=title, body=body, published_at=PUBLISHED)
    )


def event_amounts(body: str, kind: str, title: str = "") -> set[tuple[str | None, str | None, float | None]]:
    """(subject, object, amount or else valuation) of every ``kind`` event, names as the extraction gives them."""
    return {
        (
            e.subject.name if e.subject else None,
            e.object.name if e.object else None,
            e.amount.value if e.amount else (e.valuation.value if e.valuation else None),
        )
        for e in extract_body(body, title).events
        if e.type == kind
    }


def event_pairs(body: str, kind: str, title: str = "") -> set[tuple[str | None, str | None]]:
    """(subject, object) of every ``kind`` event."""
    return {(subject, object_) for subject, object_, _ in event_amounts(body, kind, title)}


END = "customer_end"
RISK = "customer_at_risk"


def losses(text: str) -> list[DealEvent]:
    """The customer_end and customer_at_risk events of an English ``text`` (an undated item)."""
    item = NewsItem(id="t", body=text, language="en")  # type: ignore[call-arg]
    return [e for e in extract(item).events if e.type in (END, RISK)]


def loss_pairs(text: str) -> set[tuple[str, str, str]]:
    """(type, customer, supplier) of every loss ``text`` tells, names as written."""
    return {(e.type, e.subject.name if e.subject else "", e.object.name if e.object else "") for e in losses(text)}


def deal_modalities(text: str, language: str = "en") -> set[tuple[str, str, str, str]]:
    """(type, buyer, target, modality) of every acquisition or stake ``text`` tells, names as read."""
    item = NewsItem(id="t", body=text, language=language)  # type: ignore[call-arg]
    return {
        (e.type, e.subject.name if e.subject else "", e.object.name if e.object else "", e.modality)
        for e in extract(item).events
        if e.type in ("acquisition", "stake")
    }
