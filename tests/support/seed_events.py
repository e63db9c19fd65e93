"""The hand-built seed deal events (``tests/fixtures/streaming/seed_events.json``) and their in-process fold."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from schemas import Alert, CompanyState, DealEvent
from streams.companies.fanout import fan_out
from streams.companies.rules import AlertRules
from streams.companies.state import apply_update

SEED_EVENTS = Path(__file__).resolve().parents[1] / "fixtures" / "streaming" / "seed_events.json"


def load_seed_events() -> dict[str, DealEvent]:
    """The seed events by event id, in file order."""
    events = [DealEvent.model_validate(e) for e in json.loads(SEED_EVENTS.read_text(encoding="utf-8"))]
    return {e.event_id: e for e in events}


def fold(
    events: Iterable[DealEvent], rules: AlertRules, *, now: datetime
) -> tuple[dict[str, CompanyState], list[Alert]]:
    """Fan each event out and apply its updates in order, as the extract and apply agents would without a broker."""
    states: dict[str, CompanyState] = {}
    alerts: list[Alert] = []
    for event in events:
        for update in fan_out(event):
            state, raised = apply_update(states.get(update.company.id), update, rules, now=now)
            states[update.company.id] = state
            alerts.extend(raised)
    return states, alerts
