"""Which alerts a subscriber sees: type, company and severity filters, and at-most-once display."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from schemas.alerts import SEVERITY_RANK, Alert

DEFAULT_SEEN_CAPACITY = 100_000


@dataclass(frozen=True, slots=True)
class AlertFilter:
    """A subscriber's selection; an empty selection lets everything through.

    Attributes:
        types: alert types to keep (empty: all).
        company: id or name (case-insensitive) of the alert's company or counterparty.
        min_severity: lowest severity kept (``info`` keeps all).
    """

    types: frozenset[str] = frozenset()
    company: str | None = None
    min_severity: str = "info"

    def matches(self, alert: Alert) -> bool:
        """Return True when ``alert`` passes every filter."""
        if self.types and alert.type not in self.types:
            return False
        if SEVERITY_RANK[alert.severity] < SEVERITY_RANK[self.min_severity]:
            return False
        if self.company is None:
            return True
        wanted = self.company.casefold()
        parties = [alert.company, *([alert.counterparty] if alert.counterparty else [])]
        return any(wanted in (party.id.casefold(), party.name.casefold()) for party in parties)


class SeenIds:
    """Remembers recent alert ids so a duplicate on the topic is shown once.

    Alert ids are deterministic, so a re-processed story re-emits the same id; the topic may hold
    it twice. Memory is bounded: the oldest ids are forgotten first.

    Args:
        capacity: how many ids to remember.
    """

    def __init__(self, capacity: int = DEFAULT_SEEN_CAPACITY) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity

    def first_time(self, alert_id: str) -> bool:
        """Return True the first time an id is seen, False for a repeat."""
        if alert_id in self._ids:
            self._ids.move_to_end(alert_id)
            return False
        self._ids[alert_id] = None
        if len(self._ids) > self._capacity:
            self._ids.popitem(last=False)
        return True
