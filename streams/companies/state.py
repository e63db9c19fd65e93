"""The pure state-apply function: fold one :class:`CompanyUpdate` into a :class:`CompanyState`.

No I/O and no clock: the same state and update always give the same new state and the same
alerts (``emitted_at`` aside, which the caller passes in). That is what makes a replay after a
crash harmless: an update whose event id is already applied changes nothing and alerts nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


def apply_update(
    state: CompanyState | None, update: CompanyUpdate, rules: AlertRules, *, now: datetime
) -> tuple[CompanyState, list[Alert]]:
    """Return the company's new state and the alerts the update raises.

    Alert decisions look at the state *before* the update (the previous valuation, a major-customer
    cue read in an earlier article). An event already applied returns the state unchanged and no alert.

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


def _newer(new: datetime | None, old: datetime | None) -> bool:
    """Whether a fact published at ``new`` supersedes one published at ``old`` (undated facts win)."""
    return new is None or old is None or new >= old


def _upsert(items: Sequence[_T], key: Callable[[_T], object], item: _T) -> tuple[_T, ...]:
    """Replace the item with ``item``'s key in place, or append it."""
    wanted = key(item)
    if any(key(existing) == wanted for existing in items):
        return tuple(item if key(existing) == wanted else existing for existing in items)
    return (*items, item)


def _with_valuation(state: CompanyState, event: DealEvent, value: Money) -> CompanyState:
    point = ValuationPoint(value=value, as_of=event.source.published_at, event_id=event.event_id, source=event.source)
    history = (*state.valuation_history, point)[-MAX_VALUATION_HISTORY:]
    latest = point if state.valuation is None or _newer(point.as_of, state.valuation.as_of) else state.valuation
    return state.model_copy(update={"valuation": latest, "valuation_history": history})


def _fold_deal(state: CompanyState, event: DealEvent, side: str) -> CompanyState:
    other = event.object if side == "subject" else event.subject
    if side == "object" and event.valuation is not None:
        state = _with_valuation(state, event, event.valuation)
    if other is None:
        return state
    holding = Holding(
        company=other,
        kind=event.type,  # type: ignore[arg-type]  # narrowed by _fold
        stake_pct=100.0 if event.type == "acquisition" and event.stake_pct is None else event.stake_pct,
        amount=event.amount,
        modality=event.modality,
        as_of=event.source.published_at,
        event_id=event.event_id,
        source=event.source,
    )
    field = "holdings" if side == "subject" else "investors"
    return state.model_copy(update={field: _upsert(getattr(state, field), lambda h: h.company.id, holding)})


def _fold_revenue(state: CompanyState, event: DealEvent, amount: Money) -> CompanyState:
    point = RevenuePoint(
        period=event.period or "unspecified",
        kind="forecast" if event.modality == "forecast" else "actual",
        amount=amount,
        as_of=event.source.published_at,
        event_id=event.event_id,
        source=event.source,
    )
    same = next((r for r in state.revenue if (r.period, r.kind) == (point.period, point.kind)), None)
    if same is not None and not _newer(point.as_of, same.as_of):
        return state
    revenue = _upsert(state.revenue, lambda r: (r.period, r.kind), point)
    return state.model_copy(update={"revenue": tuple(sorted(revenue, key=lambda r: (r.period, r.kind)))})


def _fold_relationship(state: CompanyState, event: DealEvent, side: str) -> CompanyState:
    # customer_*: subject is the customer, object the vendor. The vendor keeps a customer list.
    other = event.subject if side == "object" else event.object
    if other is None:
        return state
    field = "customers" if side == "object" else "vendors"
    previous = next((r for r in getattr(state, field) if r.company.id == other.id), None)
    as_of = event.source.published_at
    if previous is not None and not _newer(as_of, previous.updated_at):
        return state
    relationship = Relationship(
        company=other,
        status=relationship_status(event),
        annual_value=event.amount or (previous.annual_value if previous else None),
        major=bool(event.major_customer) or (previous.major if previous else False),
        modality=event.modality,
        since=previous.since if previous and previous.since else as_of,
        updated_at=as_of,
        evidence=tuple(
            AlertEvidence(text=e.text, item_id=event.source.item_id, url=event.source.url) for e in event.evidence
        ),
        event_id=event.event_id,
    )
    return state.model_copy(update={field: _upsert(getattr(state, field), lambda r: r.company.id, relationship)})


def _fold_leadership(state: CompanyState, event: DealEvent, person: str) -> CompanyState:
    role = event.role or "executive"
    is_ceo = role.upper() == "CEO"
    previous = event.previous_person or (state.ceo.person if is_ceo and state.ceo is not None else None)
    leader = Leader(
        person=person,
        role=role,
        since=event.source.published_at,
        previous_person=previous if previous != person else None,
        event_id=event.event_id,
        source=event.source,
    )
    history = (*state.leadership_history, leader)[-MAX_LEADERSHIP_HISTORY:]
    changes: dict[str, object] = {"leadership_history": history}
    if is_ceo and (state.ceo is None or _newer(leader.since, state.ceo.since)):
        changes["ceo"] = leader
    return state.model_copy(update=changes)
