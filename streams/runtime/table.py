"""A Faust table whose writes hand back their changelog record, and that reads and writes a key for a given event.

A table write only queues its changelog record in Faust's producer buffer. Before the offset
commit Faust flushes that buffer, but gives up once 0.1 s pass without progress and commits
anyway, so a crash right after could lose the record while the source offset says the update was
applied. Acknowledging the update only once the record is delivered closes that gap
(:class:`streams.runtime.delivery.AckOnDelivery`, docs/delivery-semantics.md).

Faust routes a read or write to the store and changelog partition of the event the agent is
processing (``faust.streams.current_event``). An agent that folds a batch of events holds many
events at once: :meth:`ChangelogTable.read` and :meth:`ChangelogTable.write` take the event whose
partition the key belongs to (any update of that company, its topic being co-partitioned with the table).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import faust
from faust import streams as faust_streams
from faust.types import EventT, FutureMessage

from streams import metrics


class ChangelogTable(faust.Table[str, dict[str, Any]]):
    """A table whose writes return their changelog record, so the writer can wait for its delivery."""

    _last_changelog: FutureMessage

    def read(self, key: str, *, event: EventT[Any]) -> dict[str, Any] | None:
        """The value of ``key``, read from the partition of ``event`` (a message of the same key's partition)."""
        with _processing(event):
            return self.get(key)

    def write(self, key: str, value: dict[str, Any], *, event: EventT[Any]) -> FutureMessage:
        """Set ``key`` to ``value`` in the partition of ``event`` and return the future of its changelog record."""
        with _processing(event):
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


@contextmanager
def _processing(event: EventT[Any]) -> Iterator[None]:
    """Make ``event`` the one Faust's table and store see as being processed, for the block.

    Faust internal: the store and ``partition_for_key`` read ``faust.streams.current_event()``, a
    context variable holding a weak reference (tests/unit/test_runtime_internals.py).
    """
    token = faust_streams._current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        faust_streams._current_event.reset(token)
