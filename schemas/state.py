"""Per-company state and the updates that change it.

A :class:`DealEvent` concerns one or two companies; the worker turns it into one
:class:`CompanyUpdate` per company (keyed by company id, so one company's updates are applied
in order by one worker) and folds the updates into a :class:`CompanyState`.

The state depends on the facts, not on the order they arrive in: what is current is decided by
publication time, then event id (see :func:`streams.companies.recency.recency`).

A row holds a company's *current* facts, not its history: every list in :class:`CompanyState` is
bounded (the bounds and why none can drop an alert are in :mod:`streams.companies.state`), so a
row's size, and the cost of reading and rewriting it on every update, stays flat however long the
company has been in the news. The full history is on the events topic.

Version history:
    1: first version; histories, holdings and relationships grew with the company's history, and the
       replay guard kept the last 2,000 applied event ids in arrival order.
    2: every list bounded, the replay guard to the last 64 applied event ids (the ids the facts carry
       count as applied too). Version-1 rows are converted on read (:func:`streams.companies.state.read_state`).
    3: tighter bounds on the lists no alert rule reads, and a more compact stored row (short field names inside
       facts, the applied ids packed: :mod:`streams.companies.row`); the p99 row of 20,000 skewed generated
       articles went from 14.2 KB to 8,050 bytes (``python -m bench.rows``). Version-1 and version-2 rows are
       converted on read. Later in version 3, every event id and every item id of 24 hex digits is stored
       packed under a key of its own (8,052 -> 7,611 bytes at p99); rows stored before read as they did, and
       code from before rejects a packed row (unknown field) rather than misread it. Later still, times are
       stored as seconds since the epoch and a source URL as what it shares with the URL before it and the rest
       (7,636 -> 6,722 bytes at p99 of 20,000 skewed articles); code from before rejects a row with such a URL.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import Field

from schemas.alerts import AlertEvidence
from schemas.base import EventModel, UtcDatetime
from schemas.events import CompanyRef, DealEvent, Modality, Money, SourceRef

Perspective = Literal["subject", "object"]
RelationshipStatus = Literal["start", "active", "at_risk", "ended"]
RevenueKind = Literal["actual", "forecast"]


class CompanyUpdate(EventModel):
    """One event seen from one company's side, keyed on its topic by ``company.id``.

    ``perspective`` says which side of the event the company is on: for ``stake`` Meta -> Scale AI,
    Meta's update has ``subject`` (it holds a stake) and Scale AI's has ``object`` (it has an investor).
    """

    schema_version: Literal[1] = 1
    company: CompanyRef
    perspective: Perspective
    event: DealEvent


class ValuationPoint(EventModel):
    """A valuation and where it was read."""

    value: Money
    as_of: UtcDatetime | None = Field(default=None, description="Publication time of the source article.")
    event_id: str
    source: SourceRef


class RevenuePoint(EventModel):
    """Revenue for one fiscal period, reported (``actual``) or expected (``forecast``)."""

    period: str
    kind: RevenueKind
    amount: Money
    as_of: UtcDatetime | None = None
    event_id: str
    source: SourceRef


HoldingKind = Literal["acquisition", "stake", "investment"]
"""The deal types that make one company a holder of another."""


class Holding(EventModel):
    """A stake between two companies, seen from either side (investor or holding)."""

    company: CompanyRef = Field(description="The other company: the investor, or the company held.")
    kind: HoldingKind
    stake_pct: float | None = Field(default=None, ge=0, le=100)
    amount: Money | None = None
    modality: Modality = "fact"
    as_of: UtcDatetime | None = None
    event_id: str
    source: SourceRef


class Leader(EventModel):
    """A person holding a role, e.g. the CEO."""

    person: str
    role: str
    since: UtcDatetime | None = Field(default=None, description="When the change was reported.")
    previous_person: str | None = None
    event_id: str
    source: SourceRef


class Relationship(EventModel):
    """A customer or vendor relationship, seen from either side."""

    company: CompanyRef = Field(description="The other company: the customer, or the vendor.")
    status: RelationshipStatus
    annual_value: Money | None = Field(default=None, description="From the most recent report that stated one.")
    major: bool = Field(default=False, description="A cue said this customer is major (sticky once seen).")
    modality: Modality = "fact"
    since: UtcDatetime | None = Field(default=None, description="First time the relationship was reported.")
    updated_at: UtcDatetime | None = Field(default=None, description="Last time it was reported.")
    evidence: tuple[AlertEvidence, ...] = ()
    event_id: str = Field(description="The event behind the current status.")
    source: SourceRef | None = Field(default=None, description="The article behind the current status.")
    annual_value_event_id: str | None = Field(default=None, description="The event that stated `annual_value`.")
    annual_value_source: SourceRef | None = Field(default=None, description="The article that stated `annual_value`.")


class Horizon(EventModel):
    """The most recent report a bounded relationship list has dropped: reports up to it change the list no more.

    Without it, a late copy or replay of a report about a relationship that was dropped and reported again
    since would merge its older start date or major cue into the new one.
    """

    as_of: UtcDatetime | None = None
    event_id: str
    item_id: str = ""


STATE_SCHEMA_VERSION: Final = 3
"""The :class:`CompanyState` version this code writes; older rows are converted on read."""


class CompanyState(EventModel):
    """What dealwatch currently knows about one company, as the ``companies`` table stores it (bounded)."""

    schema_version: Literal[3] = STATE_SCHEMA_VERSION
    company: CompanyRef
    valuation: ValuationPoint | None = None
    valuation_history: tuple[ValuationPoint, ...] = Field(
        default=(),
        description="One point per amount (its most recent statement), oldest first by publication time "
        "(then event id, then item id), bounded to the most recent; the last is the current valuation, the one "
        "before it its predecessor.",
    )
    revenue: tuple[RevenuePoint, ...] = Field(
        default=(),
        description="Latest published figure per (period, kind), sorted by period then kind; bounded to the "
        "latest periods.",
    )
    investors: tuple[Holding, ...] = Field(
        default=(), description="Latest published stake per investor, by id; bounded to the most recently reported."
    )
    holdings: tuple[Holding, ...] = Field(
        default=(), description="Latest published stake per company held, by id; bounded to the most recently reported."
    )
    ceo: Leader | None = None
    leadership_history: tuple[Leader, ...] = Field(
        default=(),
        description="Role changes once each (its most recent report), oldest first by publication time "
        "(then event id, then item id), bounded to the most recent.",
    )
    customers: tuple[Relationship, ...] = Field(
        default=(),
        description="One per customer, sorted by id; bounded: those with a major cue, then a stated value, then the "
        "most recently reported.",
    )
    vendors: tuple[Relationship, ...] = Field(
        default=(), description="One per vendor, sorted by id; bounded to the most recently reported."
    )
    customers_horizon: Horizon | None = Field(
        default=None, description="The most recent customer report the bound dropped; none published up to it counts."
    )
    vendors_horizon: Horizon | None = Field(
        default=None, description="The most recent vendor report the bound dropped; none published up to it counts."
    )
    last_event_at: UtcDatetime | None = Field(
        default=None, description="Latest publication time of any article about the company, copies included."
    )
    applied_event_ids: tuple[str, ...] = Field(
        default=(),
        description="Recently applied event ids in arrival order (the oldest are evicted first), bounded: with the "
        "event ids the facts above carry, a replayed event or another copy of it raises no alert again.",
    )
