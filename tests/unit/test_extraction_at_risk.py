"""customer_at_risk readings that the exact-events samples cannot state on their own."""

from __future__ import annotations

from schemas import NewsItem
from streams.extraction import extract


def _risks(text: str) -> list[tuple[str | None, str | None, str]]:
    events = extract(NewsItem(id="t", body=text)).events
    return [
        (e.subject.id if e.subject else None, e.object.id if e.object else None, e.modality)
        for e in events
        if e.type == "customer_at_risk"
    ]


def test_no_longer_hiding_a_wish_is_no_denial() -> None:
    """'ne cache plus sa volonté de' affirms the wish: the relation is at risk, not denied."""
    risks = _risks("Airbus ne cache plus sa volonté de réduire sa dépendance à Spirit AeroSystems.")
    assert [(s, o) for s, o, _ in risks] == [("airbus", "spirit-aerosystems")]
    assert risks[0][2] != "denied"


def test_a_real_negation_still_denies() -> None:
    """The carve-out is for 'cacher' only: 'ne veut pas réduire sa dépendance' stays a denial."""
    assert _risks("Airbus ne veut pas réduire sa dépendance à Spirit AeroSystems.") == [
        ("airbus", "spirit-aerosystems", "denied")
    ]


def test_identified_customer_needs_a_single_name() -> None:
    """Two companies offered as the unnamed customer name neither: the relation stays unnamed."""
    text = (
        "Knowles said it had been told to stop making a microphone for a major customer. "
        "The customer is most likely Apple, one analyst said; another said the customer is probably Samsung."
    )
    assert [(s, o) for s, o, _ in _risks(text)] == [(None, "knowles")]
