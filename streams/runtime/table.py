"""A Faust table whose writes hand back their changelog record.

A table write only queues its changelog record in Faust's producer buffer. Before the offset
commit Faust flushes that buffer, but gives up once 0.1 s pass without progress and commits
anyway, so a crash right after could lose the record while the source offset says the update was
applied. Acknowledging the update only once the record is delivered closes that gap
(:class:`streams.runtime.delivery.AckOnDelivery`, docs/delivery-semantics.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import faust
from faust.types import EventT, FutureMessage

from streams import metrics


class ChangelogTable(faust.Table[str, dict[str, Any]]):
    """A table whose writes return their changelog record, so the writer can wait for its delivery."""

    _last_changelog: FutureMessage

    def write(self, key: str, value: dict[str, Any]) -> FutureMessage:
        """Set ``key`` to ``value`` (from inside an agent) and return the future of its changelog record."""
        self[key] = value
        return self._last_changelog

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        """Queue the changelog record (Faust calls this on every write) and remember it.

        Faust internal: ``Table.send_changelog`` is the one method every write goes through
        (faust/tables/base.py); ``tests/unit/test_runtime_internals.py`` fails if it moves.
        """
        self._last_changelog = super().send_changelog(*args, **kwargs)
        return self._last_changelog

    def apply_changelog_batch(self, batch: Iterable[EventT[Any]]) -> None:
        """Restore records read from the changelog (recovery, standbys), counting them for recovery progress.

        Faust internal: recovery hands every batch of changelog records to this method
        (faust/tables/recovery.py); ``tests/unit/test_monitoring_internals.py`` fails if it moves.
        """
        records = list(batch)
        super().apply_changelog_batch(records)
        metrics.RESTORED_RECORDS.labels(table=self.name).inc(len(records))
