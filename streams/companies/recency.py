"""The one total order that decides which of two facts (or two copies of one fact) is current.

Later publication wins; the event id breaks ties between facts published at the same second, and
the item id between copies of one fact (syndicated articles) published at the same second. Being
total, it makes "keep the most recent" a join: the same result whatever order the facts arrive in.
"""

from __future__ import annotations

from datetime import datetime

from schemas.events import DealEvent, SourceRef
from schemas.state import Horizon

Recency = tuple[bool, float, str, str]


def recency(as_of: datetime | None, event_id: str, source: SourceRef | None = None) -> Recency:
    """Dated after undated, later after earlier, then by event id, then by the source's item id."""
    return (
        as_of is not None,
        as_of.timestamp() if as_of is not None else 0.0,
        event_id,
        source.item_id if source else "",
    )


def event_recency(event: DealEvent) -> Recency:
    """The recency of the fact ``event`` states, as read in its source article."""
    return recency(event.source.published_at, event.event_id, event.source)


def horizon_recency(horizon: Horizon) -> Recency:
    """The recency of the latest report a bounded relationship list dropped."""
    return recency(horizon.as_of, horizon.event_id, SourceRef(item_id=horizon.item_id))
