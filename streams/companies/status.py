"""What a ``customer_*`` event says about the relationship."""

from __future__ import annotations

from schemas.events import DealEvent
from schemas.state import RelationshipStatus


def relationship_status(event: DealEvent) -> RelationshipStatus:
    """Map a ``customer_*`` event to a relationship status.

    An end that is only planned or rumoured ("seeks to cut ties") puts the relationship at risk;
    only a stated end ends it.
    """
    if event.type == "customer_start":
        return "start"
    if event.type == "customer_continue":
        return "active"
    if event.type == "customer_end" and event.modality == "fact":
        return "ended"
    return "at_risk"
