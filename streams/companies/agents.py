"""The apply agent: per-company updates -> the ``companies`` table and alerts, a batch at a time.

The extract agent (:mod:`streams.news.agents`) sends each event's per-company updates to
``{prefix}.company-updates``, keyed by company (:func:`streams.companies.fanout.company_key`). That
topic is co-partitioned with the ``companies`` table, so one worker owns each company and applies
its updates in order. ``apply`` takes the updates that arrive within a short linger
(:func:`streams.runtime.batching.ready_batches`, ``DEALWATCH_APPLY_BATCH_LINGER_MS``) and folds each one,
in arrival order, into its company's state with the pure :func:`streams.companies.state.apply_update`,
in memory: a company's row is read once per batch and written once per batch, however many of the
batch's updates it had (one changelog record per changed company per batch instead of one per update).

No alert may be lost after a crash, so the batch's alerts are sent and acknowledged by the broker
*before* any state of the batch is written (which records the events as applied). A crash in
between replays the batch against the old states and re-sends the same alerts with the same
``alert_id``: a possible duplicate, never a loss. The batch's updates are acknowledged (so their
offsets can be committed) only once every changelog record of the batch is delivered
(:class:`streams.runtime.delivery.AckOnDelivery`), while the agent goes on with the next batch
instead of waiting a broker round trip for them (docs/delivery-semantics.md).

One log line per update would cost about a tenth of the worker's time at full load, so an update
is logged at DEBUG unless it raised alerts, which are rare and worth a line at INFO.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

import faust
import pydantic
import structlog
from faust.types import EventT

from schemas.alerts import Alert
from schemas.state import CompanyState, CompanyUpdate
from streams import metrics
from streams.companies.recent import RecentAlerts
from streams.companies.rules import AlertRules
from streams.companies.state import apply_update, read_state, state_row
from streams.runtime.batching import ready_batches
from streams.runtime.crash import crash_on_failure
from streams.runtime.decode import RejectedMessage, decode_company_update
from streams.runtime.delivery import AckOnDelivery, Delivery, send
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

    companies: dict[str, _Company] = field(default_factory=dict)
    outbox: list[_Outgoing] = field(default_factory=list)


def _offsets(events: list[EventT[Any]]) -> dict[int, tuple[int, int]]:
    """The first and last offset of ``events`` in each partition (a batch covers a contiguous run of each)."""
    offsets: dict[int, tuple[int, int]] = {}
    for event in events:
        message = event.message
        first, _ = offsets.get(message.partition, (message.offset, 0))
        offsets[message.partition] = (first, message.offset)
    return offsets


def register_company_agents(
    app: faust.App,
    topics: PipelineTopics,
    companies: ChangelogTable,
    rules: AlertRules,
    recent: RecentAlerts,
    *,
    max_record_bytes: int,
    batch_max: int,
    batch_linger_s: float,
) -> None:
    """Add the ``apply`` agent to ``app``; no alert or state it writes is over ``max_record_bytes``.

    It folds at most ``batch_max`` updates per batch, waiting up to ``batch_linger_s`` for them.
    """
    applier = _Applier(topics, companies, rules, recent, max_record_bytes)

    @app.agent(topics.company_updates, name="apply", concurrency=1)
    async def apply_company_updates(stream: faust.StreamT[bytes]) -> None:
        """Fold each batch of updates into its companies' states; send the alerts they raise."""
        acks = AckOnDelivery(stream)
        async for events in ready_batches(stream, batch_max, batch_linger_s):
            acks.track(events, await applier.apply_batch(events))


@dataclass
class _Applier:
    """What the ``apply`` agent does with one batch."""

    topics: PipelineTopics
    companies: ChangelogTable
    rules: AlertRules
    recent: RecentAlerts
    max_record_bytes: int

    async def apply_batch(self, events: list[EventT[Any]]) -> list[Delivery]:
        """Fold ``events``, deliver their alerts, write each changed row once; return the rows' changelog records."""
        started = time.perf_counter()
        batch = _Batch()
        for event in events:
            async with message_scope(event, self.topics, agent="apply"):
                self.fold(event, batch)
        with crash_on_failure(agent="apply"):
            await self.deliver_alerts(batch.outbox)
            # A row is written even when a replay left it unchanged: that re-sends a changelog record a crash may
            # have lost.
            rows: list[Delivery] = [
                self.companies.write(key, state_row(company.state), event=company.event)
                for key, company in batch.companies.items()
                if company.changed and company.state is not None
            ]
        log.debug(
            "company_updates_batch_applied",
            updates=len(events),
            rows=len(rows),
            alerts=len(batch.outbox),
            offsets=_offsets(events),
            duration_ms=round((time.perf_counter() - started) * 1000, 2),
        )
        return rows

    def fold(self, event: EventT[Any], batch: _Batch) -> None:
        """Fold one update message into its company's state in ``batch``; queue the alerts it raises."""
        started = time.perf_counter()
        update = decode_company_update(event.message.value)
        key = update.company.id
        company = batch.companies.get(key) or self.read_company(key, update, event, batch)
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
            company_id=update.company.id,
            event_id=update.event.event_id,
            event_type=update.event.type,
            item_id=update.event.source.item_id,
            replay=new_state is state,
            alerts=[a.type for a in alerts],
            duration_ms=round((time.perf_counter() - started) * 1000, 2),
        )

    async def deliver_alerts(self, outbox: list[_Outgoing]) -> None:
        """Send every alert of a batch at once, then wait until the broker has acknowledged them all."""
        deliveries = [await send(self.topics.alerts, key=out.key, value=out.value) for out in outbox]
        for delivery in deliveries:
            await delivery
        for out in outbox:
            self.recent.add(out.alert)
            metrics.record_alerts([out.alert], out.published_at)

    def read_company(self, key: str, update: CompanyUpdate, event: EventT[Any], batch: _Batch) -> _Company:
        """Read the company's stored state into ``batch``; an unreadable one is reset, its update dead-lettered.

        A row of an older ``schema_version`` is converted (:func:`streams.companies.state.read_state`) and
        the update applied to it; times written without a timezone are read as UTC (:data:`schemas.base.UtcDatetime`).
        A state that still fails validation (written by an incompatible version, or damaged) would fail
        every later update of the company, and raising anything but a rejection would end the worker on
        every restart: so it is logged whole, replaced by an empty state (written with the batch), and the
        update that found it goes to the dead-letter topic, to be fed again once the state is rebuilt.
        """
        stored = self.companies.read(key, event=event)
        company = batch.companies[key] = _Company(event, None)
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
