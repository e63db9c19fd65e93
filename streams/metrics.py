"""dealwatch's own Prometheus metrics, in one place: every name, label and bucket, and the calls the agents make.

The worker serves them at ``GET /metrics`` together with Faust's generic stream metrics (``faust_*``,
:mod:`streams.runtime.monitoring`). They live in prometheus-client's default registry, beside its
``process_*`` and ``python_*`` collectors, as module-level objects: one process runs one worker, and the
agents reach a metric without a lookup. Tests read deltas, since the values live as long as the process.

Every label has a small fixed set of values (languages, event and alert types, stages, exception
classes of our own code, the deployment's own topics and partitions): never a company or item id.

The ``record_*`` helpers keep each agent's part to one call, and take the label children from small
caches, so the hot path pays a dict lookup instead of prometheus-client's ``labels()`` (about 1 µs).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics

from schemas.alerts import Alert
from schemas.events import Extraction

# The `_created` timestamp series double what a scrape carries, and no dashboard reads them.
disable_created_metrics()  # type: ignore[no-untyped-call]  # prometheus-client leaves it unannotated

NEWS_ITEMS = Counter("dealwatch_news_items", "News items extracted, by language.", ["language"])
EVENTS = Counter("dealwatch_events", "Deal events extracted, by event type and modality.", ["type", "modality"])
ALERTS = Counter(
    "dealwatch_alerts", "Alerts sent and acknowledged by the broker, by type and severity.", ["type", "severity"]
)
DEAD_LETTERS = Counter(
    "dealwatch_dead_letters",
    "Messages sent to the dead-letter topic, by stage and error class.",
    ["stage", "error_class"],
)
RECORDS_SENT = Counter(
    "dealwatch_records_sent",
    "Records the agents handed to the Kafka client, by topic (changelog records are counted by faust_* metrics).",
    ["topic"],
)
COMPANY_UPDATES = Counter(
    "dealwatch_company_updates",
    "Company updates folded into the table: applied (new event) or replayed (event already applied).",
    ["outcome"],
)
EXTRACTION_SECONDS = Histogram(
    "dealwatch_extraction_duration_seconds",
    "Time to decode, validate, extract and fan out one news item.",
    buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
NEWS_TO_ALERT_SECONDS = Histogram(
    "dealwatch_news_to_alert_seconds",
    "From the news item's published_at to the broker's acknowledgement of the alert it raised "
    "(items without published_at are not observed; backfilled old news lands in +Inf).",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
)
TABLE_ROWS = Gauge("dealwatch_table_rows", "Keys of the table in this worker's active partitions.", ["table"])
CHANGELOG_BYTES = Counter(
    "dealwatch_changelog_sent_bytes", "Bytes (key + value) of the changelog records this worker wrote.", ["table"]
)
RESTORED_RECORDS = Counter(
    "dealwatch_table_restored_records",
    "Changelog records applied to the local table store (recovery, standbys).",
    ["table"],
)
TABLE_STORE_BYTES = Gauge(
    "dealwatch_table_store_bytes",
    "Memory the table's RocksDB databases hold on this worker (memtables, block cache, table readers), summed "
    "over its partitions; bounded by DEALWATCH_STORE_WRITE_BUFFER_MB and DEALWATCH_STORE_BLOCK_CACHE_MB.",
    ["table", "kind"],
)
RECOVERY_REMAINING = Gauge(
    "dealwatch_table_recovery_remaining_records", "Changelog records still to restore before the table is recovered."
)
RECOVERING = Gauge("dealwatch_table_recovering", "1 while the worker restores its tables from their changelogs.")
CONSUMER_LAG = Gauge(
    "dealwatch_consumer_lag",
    "Broker high-water mark minus the group's committed offset, for each source partition this worker owns "
    "(refreshed in the background every DEALWATCH_LAG_INTERVAL_S).",
    ["topic", "partition"],
)
LAG_REFRESHED = Gauge(
    "dealwatch_consumer_lag_refreshed_timestamp_seconds", "Unix time of the last successful consumer-lag refresh."
)
ASSIGNED_PARTITIONS = Gauge("dealwatch_assigned_partitions", "Partitions assigned to this worker, by topic.", ["topic"])
REBALANCES = Counter("dealwatch_rebalances", "Consumer-group rebalances this worker went through.")
GC_CPU_SECONDS = Histogram(
    "dealwatch_gc_cpu_seconds",
    "CPU time of each run of Python's cyclic garbage collector, by generation (2 is a full collection, whose cost "
    "grows with the objects the worker keeps alive: parsed company states; start-up objects are frozen). Thread "
    "CPU time, so a loaded machine does not inflate it; it is the pause the collecting thread makes.",
    ["generation"],
    buckets=(0.0001, 0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
)
READY = Gauge("dealwatch_worker_ready", "1 when the worker has partitions assigned and its tables recovered (/readyz).")

_languages: dict[str, Counter] = {}
_events: dict[tuple[str, str], Counter] = {}
_alerts: dict[tuple[str, str], Counter] = {}
_sent: dict[str, Counter] = {}
_updates = {outcome: COMPANY_UPDATES.labels(outcome=outcome) for outcome in ("applied", "replayed")}


def record_news(extraction: Extraction, seconds: float) -> None:
    """Count one extracted news item and its events; observe its extraction time."""
    language = extraction.language
    counter = _languages.get(language) or _languages.setdefault(language, NEWS_ITEMS.labels(language=language))
    counter.inc()
    EXTRACTION_SECONDS.observe(seconds)
    for deal in extraction.events:
        key = (deal.type, deal.modality)
        (_events.get(key) or _events.setdefault(key, EVENTS.labels(type=key[0], modality=key[1]))).inc()


def record_sent(topic: str) -> None:
    """Count one record handed to the Kafka client for ``topic``."""
    (_sent.get(topic) or _sent.setdefault(topic, RECORDS_SENT.labels(topic=topic))).inc()


def record_alerts(alerts: Iterable[Alert], published_at: datetime | None) -> None:
    """Count alerts the broker acknowledged, and how long after the news item's publication they went out."""
    now = datetime.now(UTC)
    if published_at is not None and published_at.tzinfo is None:
        published_at = published_at.replace(tzinfo=UTC)  # a naive time is read as UTC
    for alert in alerts:
        key = (alert.type, alert.severity)
        (_alerts.get(key) or _alerts.setdefault(key, ALERTS.labels(type=key[0], severity=key[1]))).inc()
        if published_at is not None:
            NEWS_TO_ALERT_SECONDS.observe(max(0.0, (now - published_at).total_seconds()))


def record_update(*, replayed: bool, new_row: bool, table: str) -> None:
    """Count one company update folded into the table; a first write of a key adds a table row."""
    _updates["replayed" if replayed else "applied"].inc()
    if new_row:
        TABLE_ROWS.labels(table=table).inc()


def record_dead_letter(stage: str, error_class: str) -> None:
    """Count one dead-lettered message."""
    DEAD_LETTERS.labels(stage=stage, error_class=error_class).inc()


_gc_cpu = [GC_CPU_SECONDS.labels(generation=str(generation)) for generation in range(3)]
_gc_started = [0.0]


def _on_gc(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _gc_started[0] = time.thread_time()
    else:
        _gc_cpu[info["generation"]].observe(time.thread_time() - _gc_started[0])


def observe_gc_collections() -> None:
    """Time every collection from now on (``dealwatch_gc_cpu_seconds``); calling it again changes nothing.

    A worker's full collections walk every object it keeps alive, so their cost shows on the p99 latency
    and on CPU per article as the parsed-state cache fills; prometheus-client's ``python_gc_*`` count
    collections but not their time. The callback costs about a microsecond per collection.
    """
    if _on_gc not in gc.callbacks:
        gc.callbacks.append(_on_gc)
