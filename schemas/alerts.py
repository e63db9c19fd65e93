"""Alerts: what a subscriber is told when something matters.

Version history:
    1: first version.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas.base import EventModel, UtcDatetime
from schemas.events import CompanyRef

AlertType = Literal[
    "major_customer_loss",
    "customer_at_risk",
    "valuation_change",
    "acquisition",
    "leadership_change",
]
Severity = Literal["info", "warning", "critical"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}


class AlertEvidence(EventModel):
    """A sentence that supports an alert, and where it was read."""

    text: str
    item_id: str
    url: str | None = None


class Alert(EventModel):
    """One alert, keyed on its topic by ``company.id`` so a company's alerts stay ordered."""

    schema_version: Literal[1] = 1
    alert_id: str = Field(description="Deterministic: the same rule on the same facts gives the same id.")
    type: AlertType
    severity: Severity
    company: CompanyRef
    counterparty: CompanyRef | None = None
    title: str = Field(
        description='One human line, e.g. "Google, Scale AI\'s largest customer (~$200M/yr), is cutting ties".'
    )
    details: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    evidence: tuple[AlertEvidence, ...] = ()
    source_item_ids: tuple[str, ...] = ()
    occurred_at: UtcDatetime | None = Field(default=None, description="When the fact happened or was published.")
    emitted_at: UtcDatetime
