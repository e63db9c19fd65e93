"""What the worker tells its monitoring: ``GET /metrics`` (Prometheus), readiness, consumer lag.

``/metrics`` serves Faust's own Prometheus sensor (``faust.sensors.prometheus``: messages in per topic,
events per stream, commit and send latencies, rebalances, as ``faust_*``) together with dealwatch's
metrics (:mod:`streams.metrics`). Faust's sensor registers its metrics in the registry it is given and
serves that registry alone, and it cannot register twice in one registry (tests build several apps in
one process), so each app gets a registry of its own that also forwards dealwatch's.

Faust internals read here, because Faust offers no public call for them (``tests/unit/test_monitoring_internals.py``
fails if an upgrade moves them):

* ``app.tables.recovery``: ``completed`` (an event set once the first recovery ended), ``in_recovery`` and
  ``active_remaining_total()`` (changelog records still to restore), for readiness and recovery progress;
* ``app.rebalancing``: True from a rebalance's start until its recovery ended.

Restored records are counted where recovery hands them to the table (:class:`streams.runtime.table.ChangelogTable`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

import faust
import prometheus_client
import structlog
from faust.exceptions import ConsumerNotStarted
from faust.sensors import Sensor
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.tables.manager import TableManager
from faust.tables.recovery import Recovery
from faust.types import TP, PendingMessage, ProducerT, TableT
from kafka import KafkaAdminClient, TopicPartition
from kafka.errors import KafkaError
from prometheus_client.registry import Collector, CollectorRegistry

from streams import metrics
from streams.clients.lag import PartitionLag, group_lag, new_admin
from streams.runtime.store import store_memory

log = structlog.get_logger(__name__)

FAUST_METRICS_PREFIX = "faust"
"""Faust's sensor names its metrics after the app id by default; a fixed prefix keeps dashboards working anywhere."""


@dataclass(frozen=True)
class Readiness:
    """Whether the worker can serve: partitions assigned and every table recovered."""

    assigned: tuple[TP, ...]
    recovered: bool

    @property
    def ready(self) -> bool:
        """Ready with at least one source partition and no recovery or rebalance in progress."""
        return bool(self.assigned) and self.recovered


def source_partitions(app: faust.App, source_topics: Collection[str]) -> tuple[TP, ...]:
    """The partitions of ``source_topics`` (the agents' input) assigned to this worker, sorted.

    Faust's consumer is also assigned the table changelogs and its assignor's leader topic: not work to report.
    None are assigned while the consumer has not started (the web server may answer before it does).
    """
    try:
        assignment = app.consumer.assignment()
    except ConsumerNotStarted:
        return ()
    return tuple(sorted(tp for tp in assignment if tp.topic in source_topics))


def _recovery(app: faust.App) -> Recovery:
    return cast(TableManager, app.tables).recovery


def readiness(app: faust.App, source_topics: Collection[str]) -> Readiness:
    """Read the worker's readiness from Faust's consumer and recovery state."""
    recovery = _recovery(app)
    recovered = recovery.completed.is_set() and not recovery.in_recovery and not app.rebalancing
    return Readiness(assigned=source_partitions(app, source_topics), recovered=recovered)


def refresh_worker_gauges(app: faust.App, source_topics: Collection[str]) -> None:
    """Read readiness, assignment, recovery progress and table-store memory into their gauges, at every scrape.

    All in-memory reads: RocksDB answers its memory properties without touching disk.
    """
    state = readiness(app, source_topics)
    metrics.READY.set(1 if state.ready else 0)
    per_topic = dict.fromkeys(source_topics, 0)
    for tp in state.assigned:
        per_topic[tp.topic] = per_topic.get(tp.topic, 0) + 1
    for topic, count in per_topic.items():
        metrics.ASSIGNED_PARTITIONS.labels(topic=topic).set(count)
    recovery = _recovery(app)
    metrics.RECOVERING.set(1 if recovery.in_recovery else 0)
    metrics.RECOVERY_REMAINING.set(recovery.active_remaining_total())
    for table in app.tables.values():
        for kind, held in store_memory(table).items():
            metrics.TABLE_STORE_BYTES.labels(table=table.name, kind=kind).set(held)


class _WorkerCollector(Collector):
    """Refreshes the worker's gauges, then hands over dealwatch's registry: one scrape sees both."""

    def __init__(self, app: faust.App, source_topics: Collection[str]) -> None:
        self.app = app
        self.source_topics = tuple(source_topics)

    def collect(self) -> Iterator[prometheus_client.Metric]:
        refresh_worker_gauges(self.app, self.source_topics)
        yield from prometheus_client.REGISTRY.collect()


class PipelineSensor(Sensor):
    """Faust sensor hooks for what only Faust sees: rebalances, changelog bytes, table rows after recovery."""

    def __init__(self, tables: Iterable[TableT[Any, Any]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.tables = {table.changelog_topic.get_topic_name(): table for table in tables}
        for table in self.tables.values():  # every series exists from the first scrape, at 0
            metrics.TABLE_ROWS.labels(table=table.name)
            metrics.CHANGELOG_BYTES.labels(table=table.name)
            metrics.RESTORED_RECORDS.labels(table=table.name)

    def on_rebalance_start(self, app: faust.types.AppT) -> dict[str, Any]:
        """Count the rebalance."""
        metrics.REBALANCES.inc()
        return super().on_rebalance_start(app)

    def on_rebalance_end(self, app: faust.types.AppT, state: dict[str, Any]) -> None:
        """Recount the rows of each table: its partitions may have changed (one pass over the local keys)."""
        super().on_rebalance_end(app, state)
        for table in self.tables.values():
            metrics.TABLE_ROWS.labels(table=table.name).set(len(table))

    def on_send_initiated(
        self, producer: ProducerT, topic: str, message: PendingMessage, keysize: int, valsize: int
    ) -> Any:
        """Count the bytes of a changelog record (the agents' own records bypass Faust's send path)."""
        table = self.tables.get(topic)
        if table is not None:
            metrics.CHANGELOG_BYTES.labels(table=table.name).inc(keysize + valsize)
        return super().on_send_initiated(producer, topic, message, keysize, valsize)


class LagRefresher:
    """Keeps ``dealwatch_consumer_lag`` current for the source partitions this worker owns.

    Runs from a Faust timer every ``interval_s``; the broker calls (kafka-python, blocking) run in a
    thread, so a scrape only reads the gauges and never waits for the broker.
    """

    def __init__(
        self,
        app: faust.App,
        source_topics: Collection[str],
        bootstrap: str,
        interval_s: float,
        security: Mapping[str, Any] | None = None,
    ) -> None:
        self.app = app
        self.source_topics = source_topics
        self.bootstrap = bootstrap
        self.security = security
        self.interval_s = interval_s
        self._admin: KafkaAdminClient | None = None
        self._reported: set[tuple[str, int]] = set()

    async def refresh(self) -> None:
        """Ask the broker for the owned partitions' lag and update the gauges; log and keep the old values on error."""
        owned = [TopicPartition(tp.topic, tp.partition) for tp in source_partitions(self.app, self.source_topics)]
        try:
            lags = await asyncio.to_thread(self._read, owned)
        except (KafkaError, OSError) as exc:
            log.warning("consumer_lag_refresh_failed", error_type=type(exc).__name__, error=str(exc))
            return
        current = {(lag.topic, lag.partition) for lag in lags}
        for topic, partition in self._reported - current:  # partitions another worker owns now
            metrics.CONSUMER_LAG.remove(topic, str(partition))
        for lag in lags:
            metrics.CONSUMER_LAG.labels(topic=lag.topic, partition=str(lag.partition)).set(lag.lag)
        self._reported = current
        metrics.LAG_REFRESHED.set(time.time())

    def _read(self, owned: list[TopicPartition]) -> list[PartitionLag]:
        if self._admin is None:
            self._admin = new_admin(self.bootstrap, f"{self.app.conf.id}-lag", self.security)
        return group_lag(self._admin, self.app.conf.id, owned)

    def close(self) -> None:
        """Close the admin client."""
        if self._admin is not None:
            self._admin.close()
            self._admin = None


def install_monitoring(
    app: faust.App,
    tables: Iterable[TableT[Any, Any]],
    source_topics: Collection[str],
    bootstrap: str,
    lag_interval_s: float,
    *,
    security: Mapping[str, Any] | None = None,
) -> None:
    """Serve ``GET /metrics`` on ``app``'s web server and keep the worker's gauges current (before the app starts)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_WorkerCollector(app, source_topics))
    setup_prometheus_sensors(app, pattern="/metrics", registry=registry, name_prefix=FAUST_METRICS_PREFIX)
    app.sensors.add(PipelineSensor(tables))
    refresher = LagRefresher(app, source_topics, bootstrap, lag_interval_s, security)

    @app.timer(lag_interval_s, name="dealwatch.consumer_lag")  # type: ignore[untyped-decorator]  # Faust's is untyped
    async def refresh_consumer_lag() -> None:
        await refresher.refresh()

    @app.on_before_shutdown.connect
    async def close_lag_admin(sender: faust.App, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        refresher.close()
