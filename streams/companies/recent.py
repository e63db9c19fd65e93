"""The alerts this worker emitted lately, for ``GET /alerts/recent``."""

from __future__ import annotations

from collections import OrderedDict

from schemas.alerts import Alert


class RecentAlerts:
    """A bounded, de-duplicated list of alerts, newest first.

    It holds what this worker process emitted since it started: with several workers each one
    lists the alerts of the companies it owns. The alerts topic is the durable record.

    Args:
        capacity: how many alerts to keep.
    """

    def __init__(self, capacity: int = 500) -> None:
        self.capacity = capacity
        self._alerts: OrderedDict[str, Alert] = OrderedDict()

    def add(self, alert: Alert) -> None:
        """Remember ``alert``; a re-emitted alert (same id) replaces the earlier copy."""
        self._alerts.pop(alert.alert_id, None)
        self._alerts[alert.alert_id] = alert
        while len(self._alerts) > self.capacity:
            self._alerts.popitem(last=False)

    def newest(self, limit: int) -> list[Alert]:
        """Return up to ``limit`` alerts, newest first."""
        return list(reversed(self._alerts.values()))[:limit]
