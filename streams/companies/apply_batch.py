"""One batch of company updates, folded in memory: alerts delivered first, then each changed row written once.

Writing a company's row once per update made the changelog as long as the update stream (one record of
up to 8 KB per update) and read the row back for every update. The ``apply`` agent
(:mod:`streams.companies.agents`) hands this module the updates already fetched
(:func:`streams.runtime.batching.ready_batches`); :class:`BatchApplier` folds them in arrival order, each
against its company's state as the earlier updates of the batch left it, exactly as one at a time:

1. each update is decoded and folded with the pure :func:`streams.companies.state.apply_update`; its alerts
   go to the batch's outbox. A bad update is dead-lettered where it stands (:func:`message_scope`) and
   changes nothing; the batch goes on;
2. the outbox is sent at once and **every alert acknowledged by the broker**;
3. only then is each changed company's row written, once, recording all of the batch's events as applied.

A crash before step 3 leaves every event of the batch unapplied: the batch is processed again and its
alerts re-sent with the same ``alert_id`` (a duplicate, never a loss). The batch's messages are acknowledged
by the agent once the rows' changelog records are delivered (:class:`streams.runtime.delivery.AckOnDelivery`).

A company's state is read from the :class:`streams.companies.state_cache.StateCache` when this worker wrote it
in the current rebalance generation, else from the table; the batch keeps it only until its row is written.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

import pydantic
import structlog
from faust.types import EventT

from schemas.alerts import Alert
from schemas.state import CompanyState, CompanyUpdate
from streams import metrics
from streams.companies.recent import RecentAlerts
from streams.companies.rules import AlertRules
from streams.companies.state import apply_update, read_state, state_row
from streams.companies.state_cache import Generation, StateCache
from streams.runtime.crash import crash_on_failure
from streams.runtime.decode import RejectedMessage, decode_company_update
from streams.runtime.delivery import Delivery, send
from streams.runtime.message_scope import message_scope
from streams.runtime.record_size import check_state, fit
from streams.runtime.table import ChangelogTable
from streams.topics import PipelineTopics

log = structlog.get_logger(__name__)


@dataclass
class _Company:
    """One company's part of a batch: its state folded so far, and an update of it (whose partition is the row's)."""

    event: EventT[Any]
    state: CompanyState | None
    changed: bool = False  # an update was folded in (or an unreadable state reset): the row is written


class _Outgoing(NamedTuple):
    """An alert waiting in a batch's outbox."""

    alert: Alert
    key: bytes  # its company's key, as the update's
    value: bytes  # its JSON, at most the record limit
    published_at: datetime | None  # the news item's, for the news-to-alert metric


@dataclass
class _Batch:
    """What folding a batch gives: each company's state, and the alerts to deliver before any state is written."""

    generation: Generation  # the state cache's, read before any state of the batch
    companies: dict[str, _Company] = field(default_factory=dict)
    outbox: list[_Outgoing] = field(default_factory=list)


@dataclass
class BatchApplier:
    """What the ``apply`` agent does with one batch of update messages."""

    topics: PipelineTopics
    companies: ChangelogTable
    rules: AlertRules
    recent: RecentAlerts
    cache: StateCache
    max_record_bytes: int

    async def apply_batch(self, events: list[EventT[Any]]) -> list[Delivery]:
        """Fold ``events``, deliver their alerts, write each changed row once; return the rows' changelog records."""
        started = time.perf_counter()
        batch = _Batch(self.cache.generation())
        for event in events:
            async with message_scope(event, self.topics, agent="apply"):
                self._fold(event, batch)
        with crash_on_failure(agent="apply"):
            await self._deliver_alerts(batch.outbox)
            # A row is written even when a replay left it unchanged: that re-sends a changelog record a crash may
            # have lost.
            written = [(key, c.event, c.state) for key, c in batch.companies.items() if c.changed and c.state]
            rows: list[Delivery] = [
                self.companies.write(key, state_row(state), event=event) for key, event, state in written
            ]
        for key, _, state in written:
            self.cache.put(key, state, batch.generation)
        log.debug(
            "company_updates_batch_applied",
            updates=len(events),
            rows=len(rows),
            alerts=len(batch.outbox),
            offsets=_offsets(events),
            duration_ms=round((time.perf_counter() - started) * 1000, 2),
        )
        return rows

    def _fold(self, event: EventT[Any], batch: _Batch) -> None:
        """Fold one update message into its company's state in ``batch``; queue the alerts it raises.

        Logged at DEBUG unless it raised alerts (rare, worth a line at INFO): a line per update would cost about
        a tenth of the worker's time at full load.
        """
        started = time.perf_counter()
        update = decode_company_update(event.message.value)
        key = update.company.id
        company = batch.companies.get(key) or self._read_company(key, update, event, batch)
        state = company.state
        try:
            new_state, alerts = apply_update(state, update, self.rules, now=datetime.now(UTC))
        except Exception as exc:  # one bad update must not stop every company
            raise RejectedMessage.from_exception("apply", exc) from exc
        limit = self.max_record_bytes
        check_state(new_state, limit)
        # Measured first: an alert over the limit is trimmed, or its update dead-lettered before it changes anything.
        fitted = [fit(alert, limit, stage="apply", name=f"alert {alert.alert_id}") for alert in alerts]
        published_at = update.event.source.published_at
        batch.outbox.extend(_Outgoing(alert, key.encode(), value, published_at) for alert, value in fitted)
        company.state, company.changed = new_state, True
        metrics.record_update(replayed=new_state is state, new_row=state is None, table=self.companies.name)
        (log.info if alerts else log.debug)(
            "company_update_applied",
            company_id=key,
            event_id=update.event.event_id,
            event_type=update.event.type,
            item_id=update.event.source.item_id,
            replay=new_state is state,
            alerts=[alert.type for alert, _ in fitted],
            duration_ms=round((time.perf_counter() - started) * 1000, 2),
        )

    async def _deliver_alerts(self, outbox: list[_Outgoing]) -> None:
        """Send every alert of a batch at once, then wait until the broker has acknowledged them all."""
        deliveries = [await send(self.topics.alerts, key=out.key, value=out.value) for out in outbox]
        for delivery in deliveries:
            await delivery
        for out in outbox:
            self.recent.add(out.alert)
            metrics.record_alerts([out.alert], out.published_at)

    def _read_company(self, key: str, update: CompanyUpdate, event: EventT[Any], batch: _Batch) -> _Company:
        """Put the company's state in ``batch`` (cached, else stored); an unreadable one is reset, its update rejected.

        A row of an older ``schema_version`` is converted (:func:`streams.companies.state.read_state`) and
        the update applied to it; times written without a timezone are read as UTC (:data:`schemas.base.UtcDatetime`).
        A state that still fails validation (written by an incompatible version, or damaged) would fail
        every later update of the company, and raising anything but a rejection would end the worker on
        every restart: so it is logged whole, replaced by an empty state (written with the batch), and the
        update that found it goes to the dead-letter topic, to be fed again once the state is rebuilt.
        """
        company = batch.companies[key] = _Company(event, self.cache.get(key, batch.generation))
        if company.state is not None:
            return company
        stored = self.companies.read(key, event=event)
        if stored is None:
            return company
        try:
            company.state = read_state(stored)
        except (pydantic.ValidationError, ValueError, TypeError) as exc:
            rejection = RejectedMessage.from_exception("apply", exc)
            log.error("company_state_unreadable", company_id=key, error=rejection.error, stored=stored)
            company.state, company.changed = CompanyState(company=update.company), True
            reason = f"stored state of {key!r} could not be read and was reset ({rejection.error})"
            raise RejectedMessage("apply", "UnreadableState", reason) from exc
        return company


def _offsets(events: list[EventT[Any]]) -> dict[int, tuple[int, int]]:
    """The first and last offset of ``events`` in each partition (a batch covers a contiguous run of each)."""
    offsets: dict[int, tuple[int, int]] = {}
    for event in events:
        message = event.message
        first, _ = offsets.get(message.partition, (message.offset, 0))
        offsets[message.partition] = (first, message.offset)
    return offsets
