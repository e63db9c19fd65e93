"""The apply agent: per-company updates -> the ``companies`` table and alerts.

The extract agent (:mod:`streams.news.agents`) sends each event's per-company updates to
``{prefix}.company-updates``, keyed by company (:func:`streams.companies.fanout.company_key`). That
topic is co-partitioned with the ``companies`` table, so one worker owns each company and applies
its updates in order. ``apply`` folds each update into the company's state with the pure
:func:`streams.companies.state.apply_update`, and keeps the state it wrote parsed for the company's
next update until the next rebalance (:mod:`streams.companies.state_cache`).

No alert may be lost after a crash, so ``apply`` sends the alerts and waits for the broker to
acknowledge them *before* it writes the new state (which records the event as applied). A crash
in between replays the update against the old state and re-sends the same alerts with the same
``alert_id``: a possible duplicate, never a loss. The update itself is acknowledged (so its offset
can be committed) only once the state's changelog record is delivered (:class:`streams.runtime.delivery.AckOnDelivery`),
while the agent goes on with the next update instead of waiting a broker round trip for it
(docs/delivery-semantics.md).

One log line per update would cost about a tenth of the worker's time at full load, so an update
is logged at DEBUG unless it raised alerts, which are rare and worth a line at INFO.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import faust
import pydantic
import structlog
from faust.types import FutureMessage

from schemas.state import CompanyState, CompanyUpdate
from streams import metrics
from streams.companies.recent import RecentAlerts
from streams.companies.rules import AlertRules
from streams.companies.state import apply_update, read_state, state_row
from streams.companies.state_cache import StateCache
from streams.runtime.decode import RejectedMessage, decode_company_update
from streams.runtime.delivery import AckOnDelivery, Delivery, send
from streams.runtime.message_scope import message_scope
from streams.runtime.record_size import check_state, fit
from streams.runtime.table import ChangelogTable
from streams.topics import PipelineTopics

log = structlog.get_logger(__name__)


def register_company_agents(
    app: faust.App,
    topics: PipelineTopics,
    companies: ChangelogTable,
    rules: AlertRules,
    recent: RecentAlerts,
    *,
    max_record_bytes: int,
    state_cache_size: int,
) -> None:
    """Add the ``apply`` agent to ``app``; no alert or state it writes is over ``max_record_bytes``.

    The states it writes are kept parsed, for ``state_cache_size`` companies (:mod:`streams.companies.state_cache`).
    """
    # Faust: ``rebalancing`` and ``rebalancing_count`` are set by App.on_rebalance_start / on_rebalance_end.
    cache = StateCache(state_cache_size, lambda: None if app.rebalancing else app.rebalancing_count)

    @app.agent(topics.company_updates, name="apply", concurrency=1)
    async def apply_company_updates(stream: faust.StreamT[bytes]) -> None:
        """Fold each update into its company's state; send the alerts it raises."""
        acks = AckOnDelivery(stream)
        async for event in stream.events():
            changelog: list[Delivery] = []  # stays empty for a dead-lettered update
            async with message_scope(event, topics, agent="apply"):
                changelog = [await apply_one(event.message.value)]
            acks.track(event, changelog)

    async def apply_one(raw: bytes | None) -> FutureMessage:
        """Apply one update message; return its changelog record, whose delivery its acknowledgement waits for."""
        started = time.perf_counter()
        update = decode_company_update(raw)
        key = update.company.id
        generation = cache.generation()
        state = cache.get(key, generation)
        if state is None:
            state = stored_state(key, update)
        try:
            new_state, alerts = apply_update(state, update, rules, now=datetime.now(UTC))
        except Exception as exc:  # one bad update must not stop every company
            raise RejectedMessage.from_exception("apply", exc) from exc
        check_state(new_state, max_record_bytes)
        # Measured first (an alert over the limit is trimmed, or its update dead-lettered before any is sent),
        # sent together, then every one acknowledged before the state records the event as applied.
        fitted = [fit(alert, max_record_bytes, stage="apply", name=f"alert {alert.alert_id}") for alert in alerts]
        alerts = [alert for alert, _ in fitted]
        deliveries = [await send(topics.alerts, key=key.encode(), value=value) for _, value in fitted]
        for alert, delivery in zip(alerts, deliveries, strict=True):
            await delivery
            recent.add(alert)
        metrics.record_alerts(alerts, update.event.source.published_at)
        # Written even when unchanged (a replay): re-sends the changelog record a crash may have lost.
        changelog = companies.write(key, state_row(new_state))
        cache.put(key, new_state, generation)
        metrics.record_update(replayed=new_state is state, new_row=state is None, table=companies.name)
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
        return changelog

    def stored_state(key: str, update: CompanyUpdate) -> CompanyState | None:
        """The company's stored state; one that no longer validates is reset, and the update dead-lettered.

        A row of an older ``schema_version`` is converted (:func:`streams.companies.state.read_state`) and
        the update applied to it; times written without a timezone are read as UTC (:data:`schemas.base.UtcDatetime`).
        A state that still fails validation (written by an incompatible version, or damaged) would fail
        every later update of the company, and raising anything but a rejection would end the worker on
        every restart: so it is logged whole, replaced by an empty state, and the update that found it goes
        to the dead-letter topic, to be fed again once the state is rebuilt.
        """
        stored = companies.get(key)
        if stored is None:
            return None
        try:
            return read_state(stored)
        except (pydantic.ValidationError, ValueError, TypeError) as exc:
            rejection = RejectedMessage.from_exception("apply", exc)
            log.error("company_state_unreadable", company_id=key, error=rejection.error, stored=stored)
            companies.write(key, state_row(CompanyState(company=update.company)))
            reason = f"stored state of {key!r} could not be read and was reset ({rejection.error})"
            raise RejectedMessage("apply", "UnreadableState", reason) from exc
