"""The pure state-apply function: fold one :class:`CompanyUpdate` into a :class:`CompanyState`.

No I/O and no clock: the same state and update always give the same new state and the same
alerts (``emitted_at`` aside, which the caller passes in). That is what makes a replay after a
crash harmless: an update whose event id is already applied changes nothing and alerts nothing.

The fold is also order-independent for the facts it keeps: which valuation, revenue figure,
holding, relationship status or CEO is current is decided by the facts' publication time (then
event id), never by arrival order, and every collection has a stable order. Events about one
company reach its worker in an order that depends on how the ``events`` topic's partitions
interleave, which differs between runs and after a crash; the state must not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

from pydantic import BaseModel

from schemas.alerts import Alert, AlertEvidence
from schemas.events import DealEvent, Money
from schemas.state import (
    CompanyState,
    CompanyUpdate,
    Holding,
    Leader,
    Relationship,
    RevenuePoint,
    ValuationPoint,
)
from streams.companies.alerting import decide_alerts
from streams.companies.rules import AlertRules
from streams.companies.status import relationship_status

MAX_APPLIED_EVENT_IDS = 2_000
MAX_VALUATION_HISTORY = 20
MAX_LEADERSHIP_HISTORY = 20

_T = TypeVar("_T", bound=BaseModel)
Recency = tuple[bool, float, str]


def apply_update(
    state: CompanyState | None, update: CompanyUpdate, rules: AlertRules, *, now: datetime
) -> tuple[CompanyState, list[Alert]]:
    """Return the company's new state and the alerts the update raises.

    Alert decisions look at the state *before* the update (the previous valuation, a major-customer
    cue read in an earlier article). An event already applied returns the state unchanged and no alert;
    so does a denied one (modality ``denied``), which is only recorded as applied.

    Args:
        state: the company's current state, or None for a company never seen.
        update: the event, seen from this company's side.
        rules: alert thresholds.
        now: the alerts' ``emitted_at``.
    """
    current = state if state is not None else CompanyState(company=update.company)
    event = update.event
    if event.event_id in current.applied_event_ids:
        return current, []
    if event.modality == "denied":
        # A denial is news, never a change: the state keeps what it had, no alert fires.
        alerts: list[Alert] = []
        folded = current
    else:
        alerts = decide_alerts(current, update, rules, now=now)
        folded = _fold(current, update)
    as_of = event.source.published_at
    last = folded.last_event_at
    return (
        folded.model_copy(
            update={
                "company": update.company,
                "applied_event_ids": (*folded.applied_event_ids, event.event_id)[-MAX_APPLIED_EVENT_IDS:],
                "last_event_at": as_of if last is None or (as_of is not None and as_of > last) else last,
            }
        ),
        alerts,
    )


def recency(as_of: datetime | None, event_id: str) -> Recency:
    """The total order that decides which of two facts is current: dated after undated, later after earlier.

    The event id breaks ties, so two facts published at the same second resolve the same way
    whichever arrives first.
    """
    return (as_of is not None, as_of.timestamp() if as_of is not None else 0.0, event_id)


def _fold(state: CompanyState, update: CompanyUpdate) -> CompanyState:
    event, side = update.event, update.perspective
    if event.type in ("acquisition", "stake", "investment"):
        return _fold_deal(state, event, side)
    if event.type == "valuation" and (valuation := event.valuation or event.amount) is not None:
        return _with_valuation(state, event, valuation)
    if event.type == "revenue" and event.amount is not None:
        return _fold_revenue(state, event, event.amount)
    if event.type.startswith("customer_"):
        return _fold_relationship(state, event, side)
    if event.type == "leadership_change" and event.person:
        return _fold_leadership(state, event, event.person)
    return state


def _keep_current(
    items: Iterable[_T], item: _T, *, key: Callable[[_T], object], current: Callable[[_T], Recency]
) -> tuple[_T, ...]:
    """Put ``item`` in place of the item with its key unless that one is more recent; sort by key."""
    by_key = {key(existing): existing for existing in items}
    kept = by_key.get(key(item))
    if kept is None or current(item) > current(kept):
        by_key[key(item)] = item
    return tuple(by_key[k] for k in sorted(by_key))  # type: ignore[type-var]  # keys are str or tuples of str


def _newest(items: Iterable[_T], item: _T, *, current: Callable[[_T], Recency], limit: int) -> tuple[_T, ...]:
    """Add ``item`` to a history kept oldest first, bounded to the ``limit`` most recent."""
    return tuple(sorted((*items, item), key=current)[-limit:])


def _with_valuation(state: CompanyState, event: DealEvent, value: Money) -> CompanyState:
    point = ValuationPoint(value=value, as_of=event.source.published_at, event_id=event.event_id, source=event.source)
    # An article states one valuation through several events (the deal that carries it and the
    # valuation event itself): the history keeps one point per article and value.
    same_statement = [
        p for p in state.valuation_history if p.source.item_id == point.source.item_id and p.value == point.value
    ]
    others = [p for p in state.valuation_history if p not in same_statement]
    kept = max((*same_statement, point), key=_point_recency)
    history = _newest(others, kept, current=_point_recency, limit=MAX_VALUATION_HISTORY)
    current = state.valuation
    latest = point if current is None or _point_recency(point) > _point_recency(current) else current
    return state.model_copy(update={"valuation": latest, "valuation_history": history})


def _point_recency(point: ValuationPoint | RevenuePoint | Holding) -> Recency:
    return recency(point.as_of, point.event_id)


def _fold_deal(state: CompanyState, event: DealEvent, side: str) -> CompanyState:
    other = event.object if side == "subject" else event.subject
    if side == "object" and event.valuation is not None:
        state = _with_valuation(state, event, event.valuation)
    if other is None:
        return state
    holding = Holding(
        company=other,
        kind=event.type,
        stake_pct=100.0 if event.type == "acquisition" and event.stake_pct is None else event.stake_pct,
        amount=event.amount,
        modality=event.modality,
        as_of=event.source.published_at,
        event_id=event.event_id,
        source=event.source,
    )
    field = "holdings" if side == "subject" else "investors"
    holdings = _keep_current(getattr(state, field), holding, key=lambda h: h.company.id, current=_point_recency)
    return state.model_copy(update={field: holdings})


def _fold_revenue(state: CompanyState, event: DealEvent, amount: Money) -> CompanyState:
    point = RevenuePoint(
        period=event.period or "unspecified",
        kind="forecast" if event.modality == "forecast" else "actual",
        amount=amount,
        as_of=event.source.published_at,
        event_id=event.event_id,
        source=event.source,
    )
    revenue = _keep_current(state.revenue, point, key=lambda r: (r.period, r.kind), current=_point_recency)
    return state.model_copy(update={"revenue": revenue})


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return a if a.timestamp() <= b.timestamp() else b


def _fold_relationship(state: CompanyState, event: DealEvent, side: str) -> CompanyState:
    # customer_*: subject is the customer, object the vendor. The vendor keeps a customer list.
    other = event.subject if side == "object" else event.object
    if other is None:
        return state
    field = "customers" if side == "object" else "vendors"
    previous = next((r for r in getattr(state, field) if r.company.id == other.id), None)
    as_of = event.source.published_at
    reported = Relationship(
        company=other,
        status=relationship_status(event),
        annual_value=event.amount,
        major=bool(event.major_customer),
        modality=event.modality,
        since=as_of,
        updated_at=as_of,
        evidence=tuple(
            AlertEvidence(text=e.text, item_id=event.source.item_id, url=event.source.url) for e in event.evidence
        ),
        event_id=event.event_id,
    )
    if previous is not None:
        newer, older = (
            (reported, previous)
            if recency(as_of, event.event_id) > recency(previous.updated_at, previous.event_id)
            else (previous, reported)
        )
        # The most recent report decides the status; a value or a major cue read in any report is kept.
        reported = newer.model_copy(
            update={
                "annual_value": newer.annual_value or older.annual_value,
                "major": newer.major or older.major,
                "since": _earliest(newer.since, older.since),
            }
        )
    relationships = _keep_current(
        (r for r in getattr(state, field) if r.company.id != other.id),
        reported,
        key=lambda r: r.company.id,
        current=lambda r: recency(r.updated_at, r.event_id),
    )
    return state.model_copy(update={field: relationships})


def _leader_recency(leader: Leader) -> Recency:
    return recency(leader.since, leader.event_id)


def _fold_leadership(state: CompanyState, event: DealEvent, person: str) -> CompanyState:
    leader = Leader(
        person=person,
        role=event.role or "executive",
        since=event.source.published_at,
        previous_person=event.previous_person if event.previous_person != person else None,
        event_id=event.event_id,
        source=event.source,
    )
    history = _newest(state.leadership_history, leader, current=_leader_recency, limit=MAX_LEADERSHIP_HISTORY)
    ceo = state.ceo
    if leader.role.upper() == "CEO" and (ceo is None or _leader_recency(leader) > _leader_recency(ceo)):
        ceo = leader
    return state.model_copy(
        update={"leadership_history": history, "ceo": _with_predecessor(ceo, history) if ceo is not None else None}
    )


def _with_predecessor(ceo: Leader, history: tuple[Leader, ...]) -> Leader:
    """The CEO with their predecessor: as the article stated it, else the CEO before them by publication time.

    Recomputed from the history on every change, so an older CEO change arriving late still
    becomes the current CEO's predecessor.
    """
    stated = next((leader for leader in history if leader.event_id == ceo.event_id), None)
    if stated is None:  # fallen out of the bounded history: keep what was decided while it was there
        return ceo
    if stated.previous_person is not None:
        return stated
    earlier = [
        leader
        for leader in history
        if leader.role.upper() == "CEO"
        and leader.person != ceo.person
        and _leader_recency(leader) < _leader_recency(ceo)
    ]
    return stated.model_copy(update={"previous_person": max(earlier, key=_leader_recency).person if earlier else None})
