"""Alert decisions: which rules an update triggers, given the company's state before it.

Every decision reads the state *before* the update: the previous valuation for
``valuation_change``, a major-customer cue from an earlier article for ``major_customer_loss``.
Alert ids hash (rule, company, counterparty, event id), so the same fact always gives the same
alert id, whichever article or replay it came from.

A fact published before the company's current fact of its kind (its valuation, its CEO, the
relationship's latest report; by :func:`streams.companies.recency.recency`) is history: it joins
the state but raises no change alert against the current fact. So a company's change alerts depend
on the order its facts were *published*, not on the order partitions deliver them, as long as they
reach its worker in publication order (docs/delivery-semantics.md says when they do).

An event the state has already applied (``applied``: its id in the replay window or behind a fact) is
a replay or a syndicated copy. The rules that read the event alone (an acquisition, a non-CEO
appointment) raise nothing for it: the first copy raised their alert, same id. A change rule judges
it by value only when it is *newer* than the fact it would replace, the one case where the fold
makes it current: a copy published after the current fact. A replay of a delivery already folded
never is (the current fact is the most recent of all folded), so it raises nothing. Whether the id
is still in the window (how many unrelated events came in between, whether a replay put it back)
therefore decides no valuation or CEO alert: an applied copy newer than the current fact raises what
the same copy raises unapplied (a customer report: :mod:`streams.companies.state`, "Replays").
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from schemas.alerts import Alert, AlertEvidence, AlertType, Severity
from schemas.events import CompanyRef, DealEvent, Money, format_money
from schemas.state import CompanyState, CompanyUpdate, Relationship, RevenuePoint
from streams.companies.recency import Recency, event_recency, horizon_recency, recency
from streams.companies.rules import AlertRules
from streams.companies.status import relationship_status

_LOSS_STATUSES = ("at_risk", "ended")


def alert_id(
    rule: AlertType, company_id: str, counterparty_id: str | None, event_id: str, replaces: str | None = None
) -> str:
    """Return the deterministic id of the alert ``rule`` raises for ``event_id``.

    ``replaces``: for a change alert, the event id of the fact the event replaces (the previous valuation,
    CEO or relationship report). One fact can be current twice (a later story states an old valuation
    again, and event ids come from the fact), and each time it replaces another fact, with another title:
    two alerts, two ids. A replay of one delivery sees the same state before it, so the same id. The
    replaced fact is named by its event id alone, not by the copy that made it current, so the id does
    not depend on which of several copies of that fact arrived first.
    """
    basis = f"{rule}|{company_id}|{counterparty_id or ''}|{event_id}"
    if replaces is not None:
        basis += f"|{replaces}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]


def decide_alerts(
    state: CompanyState, update: CompanyUpdate, rules: AlertRules, *, now: datetime, applied: bool = False
) -> list[Alert]:
    """Return the alerts ``update`` raises for ``update.company``, judged against ``state`` (before the update).

    ``applied``: ``state`` has already applied the update's event (a replay, or a syndicated copy). Then only a
    change rule can fire, and only for a copy newer than the fact it would replace (see the module docstring).
    """
    event, side = update.event, update.perspective
    if event.type.startswith("customer_") and side == "object":
        alert = _customer_loss(state, update, rules, now, applied=applied)
        return [alert] if alert else []
    alerts: list[Alert] = []
    if event.type in ("acquisition", "stake", "investment") and side == "object" and not applied:
        alerts += _acquisition(update, rules, now)
    valuation = event.valuation if event.type != "valuation" else event.valuation or event.amount
    if valuation is not None and (event.type == "valuation" or side == "object"):
        alerts += _valuation_change(state, update, valuation, rules, now, applied=applied)
    if event.type == "leadership_change" and event.person:
        alerts += _leadership_change(state, update, rules, now, applied=applied)
    return alerts


def _newer(event: DealEvent, current: Recency | None) -> bool:
    """Whether ``event`` is more recent than the current fact it would replace (``None``: there is none)."""
    return current is not None and event_recency(event) > current


def _alert(
    rule: AlertType,
    severity: Severity,
    update: CompanyUpdate,
    *,
    counterparty: CompanyRef | None,
    title: str,
    details: dict[str, str | int | float | bool | None],
    now: datetime,
    replaces: str | None = None,
) -> Alert:
    event = update.event
    occurred = (
        datetime(event.effective_date.year, event.effective_date.month, event.effective_date.day, tzinfo=UTC)
        if event.effective_date
        else event.source.published_at
    )
    return Alert(
        alert_id=alert_id(rule, update.company.id, counterparty.id if counterparty else None, event.event_id, replaces),
        type=rule,
        severity=severity,
        company=update.company,
        counterparty=counterparty,
        title=title,
        details={"event_id": event.event_id, "event_type": event.type, "modality": event.modality, **details},
        evidence=tuple(
            AlertEvidence(text=e.text, item_id=event.source.item_id, url=event.source.url) for e in event.evidence
        ),
        source_item_ids=(event.source.item_id,),
        occurred_at=occurred,
        emitted_at=now,
    )


_YEAR = 4
"""Characters of the year that opens a period label ("2021", "2021-Q4")."""


def revenue_rank(point: RevenuePoint) -> tuple[str, bool, bool]:
    """How late a revenue figure's period is; a year's figure ranks after its quarters', an actual after a forecast.

    "2021" ranks over "2021-Q4"; of one period, the reported figure over the forecast.

    The revenue rule reads the highest; the state keeps the highest few by this same order, so the
    figure an alert reads is never the one its bound dropped.
    """
    return (point.period[:_YEAR], point.period[_YEAR:] == "", point.kind == "actual")


def _latest_revenue(state: CompanyState) -> Money | None:
    """The latest period's revenue, reported figures preferred over forecasts.

    A whole year's figure comes before a part of the same year's ("2021" over "2021-Q4").
    """
    if not state.revenue:
        return None
    return max(state.revenue, key=revenue_rank).amount


def _major_reasons(
    state: CompanyState,
    customer: CompanyRef | None,
    event: DealEvent | None,
    previous: Relationship | None,
    rules: AlertRules,
) -> list[str]:
    """Why losing ``customer`` would be major, from ``event`` and the relationship on record.

    ``event`` None: from the record alone (what an earlier report about the relationship already made major).
    """
    rule = rules.major_customer_loss
    reasons: list[str] = []
    if customer is not None and customer.id in rule.watchlist:
        reasons.append("watchlist")
    if event is not None and event.major_customer:
        reasons.append("major cue in this article")
    elif previous is not None and previous.major:
        reasons.append("major cue in an earlier article")
    value = (event.amount if event is not None else None) or (previous.annual_value if previous else None)
    if value is not None and rules.in_usd(value) >= rule.min_annual_value:
        reasons.append(f"annual value {format_money(value)} >= threshold")
    revenue = _latest_revenue(state)
    if value is not None and revenue is not None and revenue.currency == value.currency and revenue.value > 0:
        share = value.value / revenue.value
        if share >= rule.min_revenue_share:
            reasons.append(f"{share:.0%} of revenue")
    return reasons


def _current_report(state: CompanyState, previous: Relationship | None) -> Recency | None:
    """The recency of what a report about a customer replaces.

    Its relationship's latest report, else (a relationship the bound dropped) the list's horizon.
    """
    if previous is not None:
        return recency(previous.updated_at, previous.event_id, previous.source)
    return horizon_recency(state.customers_horizon) if state.customers_horizon is not None else None


def _customer_loss(
    state: CompanyState, update: CompanyUpdate, rules: AlertRules, now: datetime, *, applied: bool
) -> Alert | None:
    event = update.event
    # An unnamed customer ("its largest customer", "un grand donneur d'ordres") is still the vendor's loss:
    # the alert names no counterparty, and with no relationship on record it is judged on this article alone.
    customer = event.subject if event.subject is not None and event.subject.kind != "unnamed" else None
    status = relationship_status(event)
    if status not in _LOSS_STATUSES:
        return None
    previous = next((r for r in state.customers if r.company.id == customer.id), None) if customer else None
    # Applied: an unnamed customer is in no list, its loss reads the event alone (raised once already); a replay,
    # or a copy no newer than the relationship's current report, is nothing new.
    if applied and (customer is None or not _newer(event, _current_report(state, previous))):
        return None
    escalation = previous is not None and previous.status == status == "at_risk"
    if previous is not None and previous.status in (status, "ended") and not escalation:
        return None  # nothing new: already lost, or lost again
    same_article = previous is not None and previous.source == event.source
    if (
        previous is not None
        and not same_article
        and event_recency(event) < recency(previous.updated_at, previous.event_id, previous.source)
    ):
        return None  # an older report than the current one: history (one article's facts are all as recent)
    reasons = _major_reasons(state, customer, event, previous, rules)
    if escalation and (not reasons or _major_reasons(state, customer, None, previous, rules)):
        return None  # still at risk, and no more major than the report the earlier alert read
    value = event.amount or (previous.annual_value if previous else None)
    per_year = f" (~{format_money(value).lstrip('~')}/yr)" if value else ""
    verb = "has cut ties" if status == "ended" else "may cut ties" if event.modality == "rumor" else "is cutting ties"
    company = update.company.name
    details: dict[str, str | int | float | bool | None] = {
        "status": status,
        "previous_status": previous.status if previous else None,
        "annual_value": value.value if value else None,
        "currency": value.currency if value else None,
    }
    who = customer.name if customer is not None else "An unnamed customer"
    replaces = previous.event_id if previous is not None else None
    rule: AlertType = "customer_at_risk"
    severity: Severity = "warning"
    title = f"{who}, a customer of {company}{per_year}, {verb}"
    if reasons:
        details["major_because"] = "; ".join(reasons)
        rule, severity = "major_customer_loss", "critical"
        title = f"{who}, {company}'s major customer{per_year}, {verb}"
    return _alert(
        rule, severity, update, counterparty=customer, title=title, details=details, now=now, replaces=replaces
    )


def _acquisition(update: CompanyUpdate, rules: AlertRules, now: datetime) -> list[Alert]:
    event, rule = update.event, rules.acquisition
    if event.history:
        return []  # a deal the story recalls ("bought Compaq in 2002") is no news: the state has it, no alert
    big_stake = event.stake_pct is not None and event.stake_pct >= rule.min_stake_pct
    big_amount = event.amount is not None and rules.in_usd(event.amount) >= rule.min_amount
    if not (event.type == "acquisition" or big_stake or big_amount):
        return []
    buyer, target = event.subject, update.company.name
    price = f" for {format_money(event.amount)}" if event.amount else ""
    if event.type == "acquisition":
        action = f"to acquire {target}" if event.modality in ("plan", "rumor") else f"acquires {target}"
    elif event.stake_pct is not None:
        action = f"takes a {event.stake_pct:g}% stake in {target}"
    else:
        action = f"invests in {target}"
    title = f"{buyer.name} {action}{price}" if buyer else f"{target} raises{price or ' money'}"
    if buyer and event.valuation:
        title += f" (valued at {format_money(event.valuation)})"
    details: dict[str, str | int | float | bool | None] = {
        "stake_pct": event.stake_pct,
        "amount": event.amount.value if event.amount else None,
        "currency": event.amount.currency if event.amount else None,
    }
    return [_alert("acquisition", "warning", update, counterparty=buyer, title=title, details=details, now=now)]


def _valuation_change(
    state: CompanyState, update: CompanyUpdate, valuation: Money, rules: AlertRules, now: datetime, *, applied: bool
) -> list[Alert]:
    previous = state.valuation
    if previous is None or previous.value.currency != valuation.currency or previous.value.value <= 0:
        return []
    if applied and not _newer(update.event, recency(previous.as_of, previous.event_id, previous.source)):
        return []  # a replay, or a copy no newer than the current valuation
    if event_recency(update.event) < recency(previous.as_of, previous.event_id, previous.source):
        return []  # published before the current valuation: history, not a change
    change = (valuation.value - previous.value.value) / previous.value.value
    if abs(change) < rules.valuation_change.min_change:
        return []
    direction = "up" if change > 0 else "down"
    title = (
        f"{update.company.name} valued at {format_money(valuation)}, "
        f"{direction} {abs(change):.0%} from {format_money(previous.value)}"
    )
    details: dict[str, str | int | float | bool | None] = {
        "valuation": valuation.value,
        "previous_valuation": previous.value.value,
        "currency": valuation.currency,
        "change": round(change, 4),
        "previous_event_id": previous.event_id,
    }
    return [
        _alert(
            "valuation_change",
            "warning",
            update,
            counterparty=None,
            title=title,
            details=details,
            now=now,
            replaces=previous.event_id,
        )
    ]


def _leadership_change(
    state: CompanyState, update: CompanyUpdate, rules: AlertRules, now: datetime, *, applied: bool
) -> list[Alert]:
    event = update.event
    role = event.role or "executive"
    is_ceo = role.upper() == "CEO"
    ceo = state.ceo
    if applied and not (is_ceo and ceo is not None and _newer(event, recency(ceo.since, ceo.event_id, ceo.source))):
        return []  # a non-CEO appointment reads the event alone (raised once already); a replay; an older copy
    if is_ceo and ceo is not None and ceo.person == event.person:
        return []  # the same CEO reported again
    if is_ceo and ceo is not None and event_recency(event) < recency(ceo.since, ceo.event_id, ceo.source):
        return []  # a change published before the current CEO's: history
    previous = event.previous_person or (state.ceo.person if is_ceo and state.ceo else None)
    succeeding = f", succeeding {previous}" if previous and previous != event.person else ""
    title = f"{event.person} becomes {role} of {update.company.name}{succeeding}"
    severity: Severity = rules.leadership_change.ceo_severity if is_ceo else "info"
    details: dict[str, str | int | float | bool | None] = {
        "person": event.person,
        "role": role,
        "previous_person": previous,
    }
    replaces = ceo.event_id if is_ceo and ceo is not None else None
    return [
        _alert(
            "leadership_change",
            severity,
            update,
            counterparty=None,
            title=title,
            details=details,
            now=now,
            replaces=replaces,
        )
    ]
