"""What ``dealwatch top`` shows: one snapshot of the workers' ``/metrics`` and ``/readyz`` and of the broker's lag.

Pure data, no terminal: :func:`take_snapshot` reads, :class:`RateWindow` turns successive snapshots into
per-second rates over the last minute, and :mod:`streams.cli.top` draws or prints the result.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from kafka import KafkaAdminClient
from kafka.errors import KafkaError
from prometheus_client.parser import text_string_to_metric_families

from streams.clients.lag import group_lag, topic_partitions

RATE_WINDOW_S = 60.0
COUNTERS = {
    "news_items": "dealwatch_news_items_total",
    "events": "dealwatch_events_total",
    "alerts": "dealwatch_alerts_total",
    "dead_letters": "dealwatch_dead_letters_total",
}
"""The totals ``top`` sums over the workers (and their rates), by the name it shows."""


@dataclass(frozen=True)
class Sample:
    """One sample of a scrape: metric name (with ``_total``/``_bucket`` suffixes), labels, value."""

    name: str
    labels: dict[str, str]
    value: float


@dataclass
class WorkerView:
    """One worker as ``top`` sees it."""

    url: str
    up: bool = False
    ready: bool = False
    partitions: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class PartitionView:
    """One source partition: the broker's offsets and the worker that reports it as its own."""

    topic: str
    partition: int
    lag: int
    end_offset: int | None = None
    committed: int | None = None
    owner: str | None = None


@dataclass
class Snapshot:
    """Everything ``top`` shows at one moment (``--once --json`` prints it)."""

    taken_at: str
    group: str
    workers: list[WorkerView]
    partitions: list[PartitionView]
    totals: dict[str, float]
    alerts_by_type: dict[str, float]
    dead_letters: dict[str, float]
    broker_error: str | None = None
    rates_per_s: dict[str, float | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict, with the total lag."""
        body = asdict(self)
        body["total_lag"] = sum(p.lag for p in self.partitions)
        return body


def parse_metrics(text: str) -> list[Sample]:
    """Every sample of a Prometheus text exposition."""
    return [
        Sample(sample.name, dict(sample.labels), float(sample.value))
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    ]


def _sum(samples: Iterable[Sample], name: str, *by: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for sample in samples:
        if sample.name == name:
            key = "/".join(sample.labels.get(label, "") for label in by)
            out[key] = out.get(key, 0.0) + sample.value
    return out


def read_worker(client: httpx.Client, url: str) -> tuple[WorkerView, list[Sample]]:
    """Scrape one worker's ``/metrics`` and ``/readyz``; a worker that does not answer is shown as down."""
    view = WorkerView(url=url)
    try:
        samples = parse_metrics(client.get(f"{url}/metrics").raise_for_status().text)
        ready = client.get(f"{url}/readyz")
    except (httpx.HTTPError, ValueError) as exc:
        view.error = f"{type(exc).__name__}: {exc}"
        return view, []
    view.up = True
    view.ready = ready.status_code == 200  # noqa: PLR2004
    view.partitions = list(ready.json().get("partitions", []))
    return view, samples


def take_snapshot(
    client: httpx.Client,
    urls: Sequence[str],
    *,
    group: str,
    source_topics: Sequence[str],
    admin: KafkaAdminClient | None,
) -> Snapshot:
    """Read every worker and, with ``admin``, the broker's lag of ``group`` on every partition of ``source_topics``.

    Partitions come from the broker when it answers (so a partition no worker owns shows its lag too), else
    from the workers' ``dealwatch_consumer_lag`` series. A partition's owner is the worker that reports it.
    """
    workers: list[WorkerView] = []
    every: list[Sample] = []
    owners: dict[tuple[str, int], str] = {}
    worker_lag: dict[tuple[str, int], int] = {}
    for url in urls:
        view, samples = read_worker(client, url)
        workers.append(view)
        every.extend(samples)
        for sample in samples:
            if sample.name == "dealwatch_consumer_lag":
                tp = (sample.labels["topic"], int(sample.labels["partition"]))
                owners[tp] = url
                worker_lag[tp] = int(sample.value)
    partitions: list[PartitionView] = []
    broker_error = None
    if admin is not None:
        try:
            lags = group_lag(admin, group, topic_partitions(admin, source_topics))
            partitions = [
                PartitionView(lag.topic, lag.partition, lag.lag, lag.end_offset, lag.committed) for lag in lags
            ]
        except (KafkaError, OSError) as exc:
            broker_error = f"{type(exc).__name__}: {exc}"
    if not partitions:
        partitions = [PartitionView(topic, part, lag) for (topic, part), lag in sorted(worker_lag.items())]
    for part in partitions:
        part.owner = owners.get((part.topic, part.partition))
    return Snapshot(
        taken_at=datetime.now(UTC).isoformat(timespec="seconds"),
        group=group,
        workers=workers,
        partitions=partitions,
        totals={label: sum(_sum(every, name).values()) for label, name in COUNTERS.items()},
        alerts_by_type=_sum(every, COUNTERS["alerts"], "type"),
        dead_letters=_sum(every, COUNTERS["dead_letters"], "stage", "error_class"),
        broker_error=broker_error,
    )


class RateWindow:
    """Per-second rates of the snapshot totals over the last ``window_s`` seconds."""

    def __init__(self, window_s: float = RATE_WINDOW_S) -> None:
        self.window_s = window_s
        self._history: deque[tuple[float, dict[str, float]]] = deque()

    def add(self, snapshot: Snapshot, now: float | None = None) -> None:
        """Record ``snapshot``'s totals and set its ``rates_per_s`` (None until two snapshots are at hand)."""
        now = time.monotonic() if now is None else now
        self._history.append((now, dict(snapshot.totals)))
        while len(self._history) > 2 and now - self._history[1][0] >= self.window_s:  # noqa: PLR2004
            self._history.popleft()
        first_at, first = self._history[0]
        elapsed = now - first_at
        snapshot.rates_per_s = {
            # A total that went down means a worker restarted: no rate rather than a negative one.
            label: (value - first[label]) / elapsed if elapsed > 0 and value >= first[label] else None
            for label, value in snapshot.totals.items()
        }
