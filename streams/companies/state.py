"""The pure state-apply function: fold one :class:`CompanyUpdate` into a :class:`CompanyState`.

No I/O and no clock: the same state and update always give the same new state and the same
alerts (``emitted_at`` aside, which the caller passes in). That is what makes a replay after a
crash harmless: an update whose event is already applied changes nothing and alerts nothing.

The fold is also order-independent: every update's contribution is merged with a join (keep the
most recent by :func:`streams.companies.recency.recency`, a total order; earliest ``since``; a
major cue once seen stays), so the state after a set of updates is the same for every arrival
order, with duplicates and syndicated copies (the same fact, so the same event id, from several
articles) included: a copy is folded like any update and the most recent copy wins. Events about
one company reach its worker in an order that depends on how the ``news`` topic's partitions
interleave, which differs between runs and after a crash; the state must not.

**Bounded rows.** A row keeps current facts, not history, so its size does not grow with the
company's time in the news (the events topic keeps the history). Each list keeps its best entries
by a rank that only rises as reports come in, and drops the rest:

=========================  ======================================  ==========================================
list                       bound, kept by                          why no alert decision changes
=========================  ======================================  ==========================================
``valuation_history``      2 most recent amounts (the current      the rule reads ``valuation`` only
                           valuation and its predecessor)
``leadership_history``     3 most recent role changes              the rule reads ``ceo`` only
``revenue``                3 latest (period, kind)                 the rule reads the latest, always kept
                           (:func:`~streams.companies.alerting.revenue_rank`)
``investors``/``holdings`` 2 each, most recently reported         no rule reads them
``vendors``                3 most recently reported                no rule reads them (the loss rule reads
                                                                   the vendor's ``customers``)
``customers``              8: major cue first, then a stated       see below
                           value, then the most recently reported
evidence per relationship  1 sentence for a customer, none for a   no rule reads it; a vendor's sentence is
                           vendor                                  its customer's, kept in the customer's row
``applied_event_ids``      64 most recently applied                see below (replays)
=========================  ======================================  ==========================================

Version 3 tightened the version-2 bounds (6, 4, 4, 4, 4 and a vendor sentence) to bring the p99 row of
a skewed feed under 8 KB (``python -m bench.rows``); the stored encoding (:mod:`streams.companies.row`)
did the rest. The lists no rule reads are what the API shows of a company's recent past; the events
topic keeps all of it.

A list's rank (recency; for customers major cue, then stated value, then recency) never falls as
reports are folded, and an entry dropped once is below the kept ones and stays below every later
threshold: the bound keeps the fold a join, order-independent. Relationships merge several reports
(earliest ``since``, sticky major cue, latest stated value), so a relationship dropped and reported
again starts over; a relationship list remembers the latest report it dropped (its *horizon*), and
a report published up to it changes the list no more (it may belong to a relationship forgotten
since), so a late copy or replay of an old report cannot bring an old ``since`` or cue back into
the new relationship. Past 8 customers or 4 vendors, the lists are therefore order-independent for
a company whose news arrives in publication order (what alerts already need), replays and copies
included, not for every arrival order.

``customers`` is the one bounded list a rule reads (``major_customer_loss``/``customer_at_risk`` read
the customer's previous status, major cue and value). Up to 8 customers nothing is dropped and no
decision changes. Past 8, the customers that can make a loss *major* (a major cue, a stated annual
value) are dropped last, so a cue or value is forgotten only past 8 customers that have one; a
dropped customer's next report is judged as a first report, which can raise an alert the full
history would not have (an end reported again after the first end was dropped). The horizon only
stops old reports from changing the list: every report is still judged by the alert rules.

**Replays.** An update is *applied* when its event id is in ``applied_event_ids`` or is the event id
of a fact in the row (the valuation, a history point, a revenue figure, a holding, the CEO, a
relationship's status or value): both are exact, the id of an event this row folded, so a
"false already applied" cannot happen and cannot suppress an alert. Whether an id is still in the
window depends on how many unrelated events came since and on replays (a replay of an event that
left it is recorded again), so being applied decides no change alert; it only silences the rules
that read the event alone (an acquisition, a non-CEO appointment), whose alert the event's first
delivery raised, same ``alert_id``. A change rule (valuation, CEO, customer loss) judges an applied
update by value, as a new one, when it is newer than the fact it would replace, and otherwise
raises nothing, which is what judging it by value gives for a valuation or a CEO anyway:

* a replay of a delivery already folded is never newer than the current fact of its kind (that is
  the most recent of all folded): it is history, or the current fact itself (no change), and raises
  nothing, in the window or out of it;
* a syndicated copy (same facts, same event id, another article) published after the current fact
  is newer: the fold makes it current again (the most recent copy wins), and the rule raises what
  the facts say, the change from the current fact, under an id that names the fact it replaces,
  whether or not the first copy's id is still in the window (an applied copy of a customer report is judged when it
  is newer than the relationship's current report, or than the list's horizon if the bound dropped
  the relationship; an applied unnamed customer's loss reads the event alone).

An update out of the window and behind no fact is judged like a new one: the rules that read the
event alone raise the same alert again, same ``alert_id``, the duplicate at-least-once delivery
already allows; so can a customer report no newer than the relationship's current one (a second
report of the same article, or one of a relationship the bound dropped, as above), the one case
where the window still decides. ``applied_event_ids`` alone keeps arrival order (to evict the
oldest ids); it decides no fact, and no valuation or CEO alert.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any, Literal, TypeGuard, TypeVar, cast

from pydantic import BaseModel

from schemas.alerts import Alert, AlertEvidence
from schemas.events import DealEvent, Money
from schemas.state import (
    STATE_SCHEMA_VERSION,
    CompanyState,
    CompanyUpdate,
    Holding,
    HoldingKind,
    Horizon,
    Leader,
    Relationship,
    RevenuePoint,
    ValuationPoint,
)
from streams.companies.alerting import decide_alerts, revenue_rank
from streams.companies.fact_rows import stored_fact
from streams.companies.recency import Recency, event_recency, horizon_recency, recency
from streams.companies.row import FACT_FIELDS, expanded, expanded_v2, with_facts
from streams.companies.rules import AlertRules
from streams.companies.status import relationship_status

MAX_APPLIED_EVENT_IDS = 64
"""Replay window (~1.7 KB): what a crash replays is the updates since the last commit (2.8 s), 64 or fewer for
all but the hottest companies; beyond it a replay is still recognised by the id its fact carries, or judged by
value (at worst the same alert again, same ``alert_id``). No change alert depends on it (module docstring)."""
MAX_VALUATION_HISTORY = 2
MAX_LEADERSHIP_HISTORY = 3
MAX_REVENUE_POINTS = 3
MAX_HOLDINGS = 2
"""Per list: investors, and companies held."""
MAX_CUSTOMERS = 8
MAX_VENDORS = 3
MAX_RELATIONSHIP_EVIDENCE = {"customers": 1, "vendors": 0}
"""Evidence sentences a relationship keeps: a vendor's sentence is its customer's, kept in the customer's row."""

_T = TypeVar("_T", bound=BaseModel)
RelationshipList = Literal["customers", "vendors"]


def apply_update(
    state: CompanyState | None, update: CompanyUpdate, rules: AlertRules, *, now: datetime
) -> tuple[CompanyState, list[Alert]]:
    """Return the company's new state and the alerts the update raises.

    Alert decisions look at the state *before* the update (the previous valuation, a major-customer
    cue read in an earlier article). An event already applied (:func:`is_applied`) raises no alert
    from the rules that read the event alone, and a change alert only as a copy newer than the current
    fact (module docstring, "Replays"); a replay of the same copy returns the state itself, unchanged,
    and another copy of it (another article) is folded in. A denied event (modality ``denied``) changes no
    fact and raises no alert: it is only recorded as applied.

    Args:
        state: the company's current state, or None for a company never seen.
        update: the event, seen from this company's side.
        rules: alert thresholds.
        now: the alerts' ``emitted_at``.
    """
    current = state if state is not None else CompanyState(company=update.company)
    event = update.event
    applied = is_applied(current, event.event_id)
    if event.modality == "denied":
        # A denial is news, never a change: the state keeps what it had, no alert fires.
        alerts: list[Alert] = []
        folded = current
    else:
        alerts = decide_alerts(current, update, rules, now=now, applied=applied)
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


def is_applied(state: CompanyState, event_id: str) -> bool:
    """Whether ``state`` has folded the event ``event_id``: in the replay window, or behind one of its facts.

    Exact (whole ids, only ids this row folded), so it never calls a new event applied.
    """
    return event_id in state.applied_event_ids or event_id in _fact_event_ids(state)


def _fact_event_ids(state: CompanyState) -> set[str]:
    """The event ids behind the row's facts: each names an event the row folded."""
    points: Iterable[ValuationPoint | RevenuePoint | Holding | Leader] = (
        *state.valuation_history, *state.revenue, *state.investors, *state.holdings, *state.leadership_history
    )  # fmt: skip
    ids = {point.event_id for point in points}
    for relationship in (*state.customers, *state.vendors):
        ids.add(relationship.event_id)
        if relationship.annual_value_event_id is not None:
            ids.add(relationship.annual_value_event_id)
    ids.update(fact.event_id for fact in (state.valuation, state.ceo) if fact is not None)
    return ids


def read_state(stored: object) -> CompanyState:
    """The state a table row holds, converted from an older ``schema_version`` if it is one.

    A version-1 row (unbounded lists, up to 2,000 event ids) or version-2 row (longer bounds, another
    encoding) becomes a current row: every list cut to its bound by the rank the fold keeps it by, and
    the most recently applied ids kept.
    Raises what :meth:`pydantic.BaseModel.model_validate` raises for a row that is not a state.
    """
    if not is_old_row(stored):
        return CompanyState.model_validate(expanded(stored) if isinstance(stored, Mapping) else stored)
    ids = stored.get("applied_event_ids", [])
    window = ids[-MAX_APPLIED_EVENT_IDS:] if isinstance(ids, list) else ids
    migrated = CompanyState.model_validate(
        {**expanded_v2(stored), "schema_version": STATE_SCHEMA_VERSION, "applied_event_ids": window}
    )
    return _bounded(migrated)


def state_row(state: CompanyState) -> dict[str, Any]:
    """The table row (and so the changelog record) for ``state``: what :func:`read_state` reads back equal.

    Nulls and defaults are left out, since validation refills them: a full row spells out every empty
    field of every fact, about a third of its bytes, and the changelog carries one row per update.
    ``schema_version`` is always written, so a later version can tell which rows to convert. The rest is
    written in the compact encoding of :mod:`streams.companies.row` (short field names, what a fact repeats
    of its own source written once, ids packed, times in seconds). Each fact's encoding is computed once per
    fact object (:mod:`streams.companies.fact_rows`): an update changes a fact or two, so a write costs about
    the same whatever the size of the row.
    """
    row = state.model_dump(mode="json", exclude_none=True, exclude_defaults=True, exclude=set(FACT_FIELDS))
    facts: dict[str, Any] = {}
    for name in FACT_FIELDS:
        value = getattr(state, name)
        if isinstance(value, tuple):
            if value:
                facts[name] = [stored_fact(fact) for fact in value]
        elif value is not None:
            facts[name] = stored_fact(value)
    return {"schema_version": state.schema_version, **with_facts(row, facts)}


def is_old_row(stored: object) -> TypeGuard[Mapping[str, Any]]:
    """Whether a table row was written by an older version (1 or 2), to convert with :func:`read_state`."""
    return isinstance(stored, Mapping) and stored.get("schema_version") in (1, 2)


def _bounded(state: CompanyState) -> CompanyState:
    """``state`` with every list cut to its bound, kept by the rank the fold keeps it by."""
    return state.model_copy(
        update={
            **_bounded_relationships(state, "customers", _with_bounded_evidence(state.customers, "customers")),
            **_bounded_relationships(state, "vendors", _with_bounded_evidence(state.vendors, "vendors")),
            "valuation_history": _top(state.valuation_history, _point_recency, MAX_VALUATION_HISTORY),
            "leadership_history": _top(state.leadership_history, _leader_recency, MAX_LEADERSHIP_HISTORY),
            "revenue": _sorted_top(state.revenue, _revenue_key, revenue_rank, MAX_REVENUE_POINTS),
            "investors": _sorted_top(state.investors, _holding_key, _point_recency, MAX_HOLDINGS),
            "holdings": _sorted_top(state.holdings, _holding_key, _point_recency, MAX_HOLDINGS),
        }
    )


def _with_bounded_evidence(relationships: Iterable[Relationship], field: RelationshipList) -> list[Relationship]:
    limit = MAX_RELATIONSHIP_EVIDENCE[field]
    return [
        relationship.model_copy(update={"evidence": relationship.evidence[:limit]}) for relationship in relationships
    ]


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


def _by_key(items: Iterable[_T], item: _T, key: Callable[[_T], Any], current: Callable[[_T], Recency]) -> dict[Any, _T]:
    """``items`` by key, with ``item`` in place of the item with its key unless that one is more recent."""
    by_key = {key(existing): existing for existing in items}
    kept = by_key.get(key(item))
    if kept is None or current(item) > current(kept):
        by_key[key(item)] = item
    return by_key


def _top(items: Iterable[_T], rank: Callable[[_T], Any], limit: int) -> tuple[_T, ...]:
    """The ``limit`` highest-ranked items, lowest first.

    Order-independent despite the bound: an item evicted once stays below every later threshold.
    """
    return tuple(sorted(items, key=rank)[-limit:])


def _sorted_top(items: Iterable[_T], key: Callable[[_T], Any], rank: Callable[[_T], Any], limit: int) -> tuple[_T, ...]:
    """The ``limit`` highest-ranked items, sorted by key."""
    return tuple(sorted(_top(items, rank, limit), key=key))


def _keep_current(
    items: Iterable[_T],
    item: _T,
    *,
    key: Callable[[_T], Any],
    current: Callable[[_T], Recency],
    limit: int,
    rank: Callable[[_T], Any] | None = None,
) -> tuple[_T, ...]:
    """The most recent item per key, the ``limit`` highest by ``rank`` (default: most recent), sorted by key."""
    return _sorted_top(_by_key(items, item, key, current).values(), key, rank or current, limit)


def _newest(
    items: Iterable[_T], item: _T, *, key: Callable[[_T], Any], current: Callable[[_T], Recency], limit: int
) -> tuple[_T, ...]:
    """The most recent item per key, oldest first, bounded to the ``limit`` most recent."""
    return _top(_by_key(items, item, key, current).values(), current, limit)


def _revenue_key(point: RevenuePoint) -> tuple[str, str]:
    return (point.period, point.kind)


def _holding_key(holding: Holding) -> str:
    return holding.company.id


def _relationship_key(relationship: Relationship) -> str:
    return relationship.company.id


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
    holdings = _keep_current(
        getattr(state, field),
        holding,
        key=_holding_key,
        current=_point_recency,
        limit=MAX_HOLDINGS,
        rank=_holding_rank,
    )
    return state.model_copy(update={field: holdings})


def _holding_rank(holding: Holding) -> tuple[bool, float, float, Recency]:
    """Which holdings a full list keeps first: the most recently published, then the larger stated amount or size.

    Among holdings told at the same time, "a round led by Accel for $1B" goes before "Amazon also took part"; then
    the one recency orders last. A function of the holding alone, so the list is the same in any arrival order.
    """
    current = _point_recency(holding)
    size = holding.amount.value if holding.amount is not None else holding.stake_pct or 0.0
    return (current[0], current[1], float(size), current)


def _fold_revenue(state: CompanyState, event: DealEvent, amount: Money) -> CompanyState:
    point = RevenuePoint(
        period=event.period or "unspecified",
        kind="forecast" if event.modality == "forecast" else "actual",
        amount=amount,
        as_of=event.source.published_at,
        event_id=event.event_id,
        source=event.source,
    )
    revenue = _keep_current(
        state.revenue, point, key=_revenue_key, current=_point_recency, limit=MAX_REVENUE_POINTS, rank=revenue_rank
    )
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
    field: RelationshipList = "customers" if side == "object" else "vendors"
    horizon = state.customers_horizon if field == "customers" else state.vendors_horizon
    if horizon is not None and event_recency(event) <= horizon_recency(horizon):
        return state  # no older than a report the bound dropped: it may belong to a relationship forgotten since
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
            for e in event.evidence[: MAX_RELATIONSHIP_EVIDENCE[field]]
        ),
        event_id=event.event_id,
        source=event.source,
        annual_value_event_id=event.event_id if event.amount else None,
        annual_value_source=event.source if event.amount else None,
    )
    if previous is not None:
        reported = _merged(reported, previous)
    others = [r for r in getattr(state, field) if r.company.id != other.id]
    return state.model_copy(update=_bounded_relationships(state, field, [*others, reported]))


def _bounded_relationships(
    state: CompanyState, field: RelationshipList, relationships: Iterable[Relationship]
) -> dict[str, object]:
    """The list's update: ``relationships`` cut to its bound, and its horizon moved up to the latest report dropped."""
    limit, rank = (MAX_CUSTOMERS, _customer_rank) if field == "customers" else (MAX_VENDORS, relationship_recency)
    ranked = sorted(relationships, key=rank)
    kept, dropped = ranked[-limit:], ranked[:-limit]
    horizon = state.customers_horizon if field == "customers" else state.vendors_horizon
    latest = max(dropped, key=relationship_recency, default=None)
    if latest is not None and (horizon is None or relationship_recency(latest) > horizon_recency(horizon)):
        item_id = latest.source.item_id if latest.source else ""
        horizon = Horizon(as_of=latest.updated_at, event_id=latest.event_id, item_id=item_id)
    return {field: tuple(sorted(kept, key=_relationship_key)), f"{field}_horizon": horizon}


def relationship_recency(relationship: Relationship) -> Recency:
    """The recency of the report behind a relationship's current status."""
    return recency(relationship.updated_at, relationship.event_id, relationship.source)


def _customer_rank(relationship: Relationship) -> tuple[bool, bool, Recency]:
    """A major cue, then a stated value (what makes a loss major), then the most recently reported.

    Never falls as reports merge: a cue once seen stays, a stated value is only replaced by a later one.
    """
    return (relationship.major, relationship.annual_value is not None, relationship_recency(relationship))


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
