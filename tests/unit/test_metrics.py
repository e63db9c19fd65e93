"""dealwatch's metric helpers and what ``dealwatch top`` makes of scraped metrics (no broker, no worker)."""

from __future__ import annotations

import gc
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client import REGISTRY
from rich.console import Console

from schemas.alerts import Alert
from schemas.events import CompanyRef
from streams import metrics
from streams.cli.top import render
from streams.clients.dashboard import RateWindow, Snapshot, parse_metrics, take_snapshot

WORKER_METRICS = """\
# TYPE dealwatch_news_items_total counter
dealwatch_news_items_total{language="en"} 30.0
dealwatch_news_items_total{language="fr"} 10.0
# TYPE dealwatch_alerts_total counter
dealwatch_alerts_total{severity="warning",type="acquisition"} 7.0
dealwatch_alerts_total{severity="critical",type="major_customer_loss"} 1.0
# TYPE dealwatch_dead_letters_total counter
dealwatch_dead_letters_total{error_class="ValidationError",stage="decode"} 2.0
# TYPE dealwatch_consumer_lag gauge
dealwatch_consumer_lag{partition="0",topic="dw.news"} 5.0
dealwatch_consumer_lag{partition="1",topic="dw.news"} 0.0
"""


def alert(kind: str = "acquisition", severity: str = "warning") -> Alert:
    return Alert(
        alert_id="a",
        type=kind,  # type: ignore[arg-type]
        severity=severity,  # type: ignore[arg-type]
        company=CompanyRef(id="x", name="X"),
        title="t",
        emitted_at=datetime.now(UTC),
    )


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


DASHBOARD = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "dashboards" / "dealwatch.json"


def test_the_dashboard_reads_only_metrics_dealwatch_defines() -> None:
    """Every dealwatch_* series a dashboard query names is one streams.metrics exposes (a renamed metric fails here)."""
    used = set(re.findall(r"dealwatch_[a-z_]+", DASHBOARD.read_text(encoding="utf-8")))
    exposed = {sample.name for family in REGISTRY.collect() for sample in family.samples}
    exposed |= {f"{family.name}_bucket" for family in REGISTRY.collect() if family.type == "histogram"}
    labelled = {f"{family.name}_total" for family in REGISTRY.collect() if family.type == "counter"}
    labelled |= {family.name for family in REGISTRY.collect() if family.type == "gauge"}
    assert used - exposed - labelled == set()
    assert len(used) >= 15


class TestRecordAlerts:
    def test_counts_by_type_and_severity_and_observes_the_latency(self) -> None:
        """Two alerts of one item published 2 s ago: two counts, two latencies of about 2 s."""
        count, total = value("dealwatch_news_to_alert_seconds_count"), value("dealwatch_news_to_alert_seconds_sum")
        critical = value("dealwatch_alerts_total", type="major_customer_loss", severity="critical")
        published = datetime.now(UTC) - timedelta(seconds=2)
        metrics.record_alerts([alert(), alert("major_customer_loss", "critical")], published)
        assert value("dealwatch_alerts_total", type="major_customer_loss", severity="critical") == critical + 1
        assert value("dealwatch_news_to_alert_seconds_count") == count + 2
        assert 4.0 <= value("dealwatch_news_to_alert_seconds_sum") - total < 5.0

    def test_a_naive_publication_time_is_utc_and_none_is_not_observed(self) -> None:
        """A naive published_at must not crash the apply agent (aware minus naive raises TypeError)."""
        count = value("dealwatch_news_to_alert_seconds_count")
        metrics.record_alerts([alert()], datetime.now(UTC).replace(tzinfo=None) - timedelta(seconds=1))
        metrics.record_alerts([alert()], None)
        assert value("dealwatch_news_to_alert_seconds_count") == count + 1


class TestGcPauses:
    def test_each_collection_is_timed_by_generation_once_observed(self) -> None:
        """A full collection of a heap with a cycle adds one observation to generation 2, none to 0; twice observing is
        one callback."""
        metrics.observe_gc_collections()
        metrics.observe_gc_collections()
        full, young = (
            value("dealwatch_gc_cpu_seconds_count", generation="2"),
            value("dealwatch_gc_cpu_seconds_count", generation="0"),
        )
        seconds = value("dealwatch_gc_cpu_seconds_sum", generation="2")
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
        gc.collect()
        assert value("dealwatch_gc_cpu_seconds_count", generation="2") == full + 1
        assert value("dealwatch_gc_cpu_seconds_count", generation="0") == young
        assert value("dealwatch_gc_cpu_seconds_sum", generation="2") > seconds
        assert sum(callback is metrics._on_gc for callback in gc.callbacks) == 1


class TestRateWindow:
    def test_rates_over_the_window_then_none_after_a_restart(self) -> None:
        """No rate from one snapshot; per-second growth from the oldest snapshot in the window; none if a total fell."""
        window = RateWindow(window_s=60)
        snapshots = [snapshot(items) for items in (0, 30, 90, 5)]
        window.add(snapshots[0], now=0)
        assert snapshots[0].rates_per_s["news_items"] is None
        window.add(snapshots[1], now=10)
        assert snapshots[1].rates_per_s["news_items"] == 3.0
        window.add(snapshots[2], now=70)  # the snapshot at 0 leaves the window; the one at 10 stays
        assert snapshots[2].rates_per_s["news_items"] == 1.0
        window.add(snapshots[3], now=71)
        assert snapshots[3].rates_per_s["news_items"] is None


def snapshot(items: float) -> Snapshot:
    return Snapshot("t", "g", [], [], {"news_items": items}, {}, {})


def mock_workers(ready: bool) -> httpx.Client:
    """A client whose worker answers /metrics with WORKER_METRICS and /readyz as ``ready`` says."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/metrics":
            return httpx.Response(200, text=WORKER_METRICS)
        body = {"status": "ready" if ready else "not_ready", "partitions": ["dw.news/0", "dw.news/1"]}
        return httpx.Response(200 if ready else 503, json=body)

    return httpx.Client(transport=httpx.MockTransport(answer))


class TestSnapshot:
    def test_parse_reads_every_sample(self) -> None:
        samples = parse_metrics(WORKER_METRICS)
        assert len(samples) == 7
        assert samples[0].name == "dealwatch_news_items_total"
        assert samples[0].labels == {"language": "en"}

    @pytest.mark.parametrize("ready", [True, False])
    def test_one_worker_without_broker(self, ready: bool) -> None:
        """Without a broker, partitions and owners come from the workers' lag series; totals are summed over workers."""
        with mock_workers(ready) as client:
            taken = take_snapshot(client, ["http://w1", "http://w2"], group="g", source_topics=["dw.news"], admin=None)
        up, down = taken.workers
        assert (up.up, up.ready, up.partitions) == (True, ready, ["dw.news/0", "dw.news/1"])
        assert (down.up, down.ready) == (True, ready)  # the mock answers for both hosts: each total counts twice
        assert [(p.topic, p.partition, p.lag, p.owner) for p in taken.partitions] == [
            ("dw.news", 0, 5, "http://w2"),
            ("dw.news", 1, 0, "http://w2"),
        ]
        assert taken.totals == {"news_items": 80.0, "events": 0.0, "alerts": 16.0, "dead_letters": 4.0}
        assert taken.alerts_by_type == {"acquisition": 14.0, "major_customer_loss": 2.0}
        assert taken.dead_letters == {"decode/ValidationError": 4.0}
        assert json.loads(json.dumps(taken.to_json()))["total_lag"] == 5

    def test_a_worker_that_does_not_answer_is_down(self) -> None:
        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("refused", request=request)

        with httpx.Client(transport=httpx.MockTransport(refuse)) as client:
            taken = take_snapshot(client, ["http://w1"], group="g", source_topics=["dw.news"], admin=None)
        (worker,) = taken.workers
        assert (worker.up, worker.ready, worker.error) == (False, False, "ConnectError: refused")
        assert taken.partitions == []

    def test_render_shows_lag_owner_rates_alerts_and_dead_letters(self) -> None:
        with mock_workers(True) as client:
            taken = take_snapshot(client, ["http://w1"], group="g", source_topics=["dw.news"], admin=None)
        RateWindow().add(taken)
        console = Console(record=True, width=140)
        console.print(render(taken, "127.0.0.1:9092"))
        text = console.export_text()
        for expected in (
            "dw.news/0",
            "http://w1",
            "lag (total 5)",
            "ready",
            "major_customer_loss",
            "decode/ValidationError",
        ):
            assert expected in text
