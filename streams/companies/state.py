"""The pure state-apply function: fold one :class:`CompanyUpdate` into a :class:`CompanyState`.

No I/O and no clock: the same state and update always give the same new state and the same
alerts (``emitted_at`` aside, which the caller passes in). That is what makes a replay after a
crash harmless: an update whose event id is already applied changes nothing and alerts nothing.

The fold is also order-independent: every update's contribution is merged with a join (keep the
most recent by :func:`streams.companies.recency.recency`, a total order; earliest ``since``; a
major cue once seen stays), so the state after a set of updates is the same for every arrival
order, with duplicates and syndicated copies (the same fact, so the same event id, from several
articles) included: a copy is folded like any update and the most recent copy wins. Events about
one company reach its worker in an order that depends on how the ``news`` topic's partitions
interleave, which differs between runs and after a crash; the state must not. Only
``applied_event_ids`` keeps arrival order (to evict the oldest ids); it decides which updates raise
alerts, never the state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar, cast

from pydantic import BaseModel

from schemas.alerts import Alert, AlertEvidence
from schemas.events import DealEvent, Money
from schemas.state import (
    CompanyState,
    CompanyUpdate,
    Holding,
    HoldingKind,
    Leader,
    Relationship,
    RevenuePoint,
    ValuationPoint,
)
from streams.companies.alerting import decide_alerts
from streams.companies.recency import Recency, recency
from streams.companies.rules import AlertRules
from streams.companies.status import relationship_status

MAX_APPLIED_EVENT_IDS = 2_000
MAX_VALUATION_HISTORY = 20
MAX_LEADERSHIP_HISTORY = 20
MAX_RELATIONSHIP_EVIDENCE = 3
"""Evidence sentences a relationship keeps: a state holds one per customer and vendor, and must stay one record."""

_T = TypeVar("_T", bound=BaseModel)


def apply_update(
    state: CompanyState | None, update: CompanyUpdate, rules: AlertRules, *, now: datetime
) -> tuple[CompanyState, list[Alert]]:
    """Return the company's new state and the alerts the update raises.

    Alert decisions look at the state *before* the update (the previous valuation, a major-customer
    cue read in an earlier article). An event already applied raises no alert; a replay of the same
    copy returns the state itself, unchanged, and another copy of it (another article) is folded in.
    A denied event (modality ``denied``) changes no fact and raises no alert: it is only recorded as applied.

    Args:
        state: the company's current state, or None for a company never seen.
        update: the event, seen from this company's side.
        rules: alert thresholds.
        now: the alerts' ``emitted_at``.
    """
    current = state if state is not None else CompanyState(company=update.company)
    event = update.event
    applied = event.event_id in current.applied_event_ids
    if event.modality == "denied":
        # A denial is news, never a change: the state keeps what it had, no alert fires.
        alerts: list[Alert] = []
        folded = current
    else:
        alerts = [] if applied else decide_alerts(current, update, rules, now=now)
        folded = _fold(current, update)
    as_of = event.source.published_at
    last = folded.last_event_at
    new_state = folded.model_copy(
        update={
            # Two spellings of one id ("Acme", "ACME"): the same one whatever arrives first.
            "company": min(current.company, update.company, key=lambda ref: ref.name),
            "applied_event_ids": (
                folded.applied_event_ids
                if applied
                else (*folded.applied_event_ids, event.event_id)[-MAX_APPLIED_EVENT_IDS:]
            ),
            "last_event_at": as_of if last is None or (as_of is not None and as_of > last) else last,
        }
    )
    return (current if applied and new_state == current else new_state), alerts


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


def _by_key(
    items: Iterable[_T], item: _T, key: Callable[[_T], object], current: Callable[[_T], Recency]
) -> dict[object, _T]:
    """``items`` by key, with ``item`` in place of the item with its key unless that one is more recent."""
    by_key = {key(existing): existing for existing in items}
    kept = by_key.get(key(item))
    if kept is None or current(item) > current(kept):
        by_key[key(item)] = item
    return by_key


def _keep_current(
    items: Iterable[_T], item: _T, *, key: Callable[[_T], object], current: Callable[[_T], Recency]
) -> tuple[_T, ...]:
    """The most recent item per key, sorted by key."""
    by_key = _by_key(items, item, key, current)
    return tuple(by_key[k] for k in sorted(by_key))  # type: ignore[type-var]  # keys are str or tuples of str


def _newest(
    items: Iterable[_T], item: _T, *, key: Callable[[_T], object], current: Callable[[_T], Recency], limit: int
) -> tuple[_T, ...]:
    """The most recent item per key, oldest first, bounded to the ``limit`` most recent.

    Order-independent despite the bound: an item evicted once stays below every later threshold.
    """
    return tuple(sorted(_by_key(items, item, key, current).values(), key=current)[-limit:])


def _with_valuation(state: CompanyState, event: DealEvent, value: Money) -> CompanyState:
    point = ValuationPoint(value=value, as_of=event.source.published_at, event_id=event.event_id, source=event.source)
    # One point per amount: the deal that carries a valuation and the valuation event of the same
    # article, and copies of either in other articles, all state it once.
    history = _newest(
        state.valuation_history, point, key=lambda p: p.value, current=_point_recency, limit=MAX_VALUATION_HISTORY
    )
    current = state.valuation
    latest = point if current is None or _point_recency(point) > _point_recency(current) else current
    return state.model_copy(update={"valuation": latest, "valuation_history": history})


def _point_recency(point: ValuationPoint | RevenuePoint | Holding) -> Recency:
    return recency(point.as_of, point.event_id, point.source)


def _fold_deal(state: CompanyState, event: DealEvent, side: str) -> CompanyState:
    other = event.object if side == "subject" else event.subject
    if side == "object" and event.valuation is not None:
        state = _with_valuation(state, event, event.valuation)
    if other is None:
        return state
    holding = Holding(
        company=other,
        kind=cast(HoldingKind, event.type),  # _fold sends only acquisition, stake and investment here
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
            AlertEvidence(text=e.text, item_id=event.source.item_id, url=event.source.url)
            for e in event.evidence[:MAX_RELATIONSHIP_EVIDENCE]
        ),
        event_id=event.event_id,
        source=event.source,
        annual_value_event_id=event.event_id if event.amount else None,
        annual_value_source=event.source if event.amount else None,
    )
    if previous is not None:
        reported = _merged(reported, previous)
    relationships = _keep_current(
        (r for r in getattr(state, field) if r.company.id != other.id),
        reported,
        key=lambda r: r.company.id,
        current=relationship_recency,
    )
    return state.model_copy(update={field: relationships})


def relationship_recency(relationship: Relationship) -> Recency:
    """The recency of the report behind a relationship's current status."""
    return recency(relationship.updated_at, relationship.event_id, relationship.source)


def _value_recency(relationship: Relationship) -> Recency:
    source = relationship.annual_value_source
    return recency(source.published_at if source else None, relationship.annual_value_event_id or "", source)


def _merged(a: Relationship, b: Relationship) -> Relationship:
    """Two reports of one relationship as one: each part from the report it belongs to, whatever their order.

    The most recent report decides the status; the value comes from the most recent report that
    stated one; the relationship started with the earliest report; a major cue once read stays.
    """
    newer, older = (a, b) if relationship_recency(a) > relationship_recency(b) else (b, a)
    valued = max((r for r in (a, b) if r.annual_value is not None), key=_value_recency, default=newer)
    return newer.model_copy(
        update={
            "annual_value": valued.annual_value,
            "annual_value_event_id": valued.annual_value_event_id,
            "annual_value_source": valued.annual_value_source,
            "major": newer.major or older.major,
            "since": _earliest(newer.since, older.since),
        }
    )


def _leader_recency(leader: Leader) -> Recency:
    return recency(leader.since, leader.event_id, leader.source)


def _fold_leadership(state: CompanyState, event: DealEvent, person: str) -> CompanyState:
    leader = Leader(
        person=person,
        role=event.role or "executive",
        since=event.source.published_at,
        previous_person=event.previous_person if event.previous_person != person else None,
        event_id=event.event_id,
        source=event.source,
    )
    history = _newest(
        state.leadership_history,
        leader,
        key=lambda entry: entry.event_id,
        current=_leader_recency,
        limit=MAX_LEADERSHIP_HISTORY,
    )
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
