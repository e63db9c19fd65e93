"""Monitoring on real parts: a real Prometheus scrapes a real worker on the real broker while news flows.

Every PromQL expression of the committed Grafana dashboard is evaluated through Prometheus' HTTP API and
must return data; the counters must equal what was fed; ``dealwatch top --once --json`` must see the
lag reach 0 once the worker drained the topic.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from streams.clients.dashboard import parse_metrics
from streams.local.broker.local import free_port
from streams.local.worker_process import WorkerProcess
from tests.fixtures.streaming.pipeline import REPO, Pipeline, news
from tests.support.kafka_io import consume, consume_settled, produce
from tests.support.prometheus import INSTALL_HINT, PrometheusServer, prometheus_binary

DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "dealwatch.json"
TARGETS = ["Nvidia", "Zscaler", "Nscale", "Cohere"]
GOOD_PER_BATCH = 40
BAD_PER_BATCH = 6
RATE_WINDOW = "30s"  # stands in for Grafana's $__rate_interval: 30 one-second scrapes


def good(i: int) -> bytes:
    """A news item published now whose acquisition raises an alert."""
    now = datetime.now(UTC).isoformat()
    return news(f"good-{i}", f"Siemens acquired {TARGETS[i % 4]} for ${100 + i} million.", published_at=now)


def bad(i: int) -> bytes:
    """A message that cannot be decoded (odd i) or validated (even i)."""
    return b"{not json" if i % 2 else json.dumps({"id": f"bad-{i}", "body": 42}).encode()


def dashboard_expressions() -> list[str]:
    """Every PromQL expression of the committed dashboard, with Grafana's rate interval filled in."""
    panels = json.loads(DASHBOARD.read_text(encoding="utf-8"))["panels"]
    return [target["expr"].replace("$__rate_interval", RATE_WINDOW) for panel in panels for target in panel["targets"]]


@dataclass
class Fed:
    """What went in, and what came out of the pipeline's topics."""

    pipeline: Pipeline
    prometheus: PrometheusServer
    items: int
    dead_letters: int
    alerts: int
    events: int


@pytest.fixture(scope="module")
def fed(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fed]:
    """One worker scraped every second by a real Prometheus, fed two batches of good and bad news."""
    if prometheus_binary() is None:
        pytest.skip(f"the Prometheus server is not installed and could not be installed here: {INSTALL_HINT}")
    tmp = tmp_path_factory.mktemp("monitoring")
    pipeline = Pipeline(kafka_bootstrap, tmp, DEALWATCH_LAG_INTERVAL_S="0.5")
    prometheus = PrometheusServer(tmp / "prometheus", [f"127.0.0.1:{pipeline.port}"], scrape_interval_s=1.0)
    pipeline.worker.start()
    prometheus.start()
    try:
        prometheus.wait_until_scraped()
        for batch in range(2):  # two batches a few scrapes apart: rates see traffic, not one step
            records = [(f"g{i}".encode(), good(i)) for i in range(batch * GOOD_PER_BATCH, (batch + 1) * GOOD_PER_BATCH)]
            records += [(f"b{batch}-{i}".encode(), bad(i)) for i in range(BAD_PER_BATCH)]
            produce(kafka_bootstrap, pipeline.topics.news, records)
            time.sleep(3)
        items, letters = 2 * GOOD_PER_BATCH, 2 * BAD_PER_BATCH
        assert len(consume(kafka_bootstrap, pipeline.topics.deadletter, expect=letters)) == letters
        events = len(consume(kafka_bootstrap, pipeline.topics.events, expect=items))
        alerts = len(consume_settled(kafka_bootstrap, pipeline.topics.alerts, quiet_s=2.0))
        yield Fed(pipeline, prometheus, items, letters, alerts, events)
    finally:
        prometheus.stop()
        assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()
        pipeline.close()


def wait_for(prometheus: PrometheusServer, expr: str, expected: float, timeout_s: float = 30.0) -> float | None:
    """Poll ``expr`` until it equals ``expected`` (Prometheus sees a scrape every second); return the last value."""
    deadline = time.monotonic() + timeout_s
    value = prometheus.scalar(expr)
    while value != expected and time.monotonic() < deadline:
        time.sleep(0.5)
        value = prometheus.scalar(expr)
    return value


class TestPrometheus:
    """What Prometheus scraped from the worker."""

    def test_counters_equal_what_was_fed(self, fed: Fed) -> None:
        """News items, dead letters, events and alerts in Prometheus equal what went in and came out."""
        assert fed.alerts >= fed.items  # every good item's acquisition raises an alert
        prom = fed.prometheus
        assert wait_for(prom, "sum(dealwatch_news_items_total)", fed.items) == fed.items
        assert wait_for(prom, "sum(dealwatch_dead_letters_total)", fed.dead_letters) == fed.dead_letters
        assert wait_for(prom, "sum(dealwatch_alerts_total)", fed.alerts) == fed.alerts
        assert wait_for(prom, "sum(dealwatch_events_total)", fed.events) == fed.events
        assert wait_for(prom, "sum(dealwatch_news_to_alert_seconds_count)", fed.alerts) == fed.alerts
        news_topic = fed.pipeline.topics.news
        received = f'sum(faust_messages_received_per_topic_total{{topic="{news_topic}"}})'
        assert wait_for(prom, received, fed.items + fed.dead_letters) == fed.items + fed.dead_letters
        by_class = {
            (s["metric"]["stage"], s["metric"]["error_class"]): float(s["value"][1])
            for s in prom.query("dealwatch_dead_letters_total")
        }
        assert by_class == {
            ("decode", "ValidationError"): fed.dead_letters / 2,
            ("validate", "ValidationError"): fed.dead_letters / 2,
        }
        assert prom.scalar("sum(dealwatch_worker_ready)") == 1

    def test_every_dashboard_expression_returns_data(self, fed: Fed) -> None:
        """Each PromQL expression of deploy/grafana/dashboards/dealwatch.json has at least one sample."""
        prom = fed.prometheus
        wait_for(prom, "sum(dealwatch_alerts_total)", fed.alerts)
        expressions = dashboard_expressions()
        assert len(expressions) >= 15
        empty = [expr for expr in expressions if not prom.query(expr)]
        assert empty == [], f"dashboard expressions without data: {empty}"
        latencies = [e for e in expressions if e.startswith("histogram_quantile") and "dealwatch_" in e]
        for expr in latencies:  # quantiles of the traffic just fed: numbers, not NaN
            values = [float(sample["value"][1]) for sample in prom.query(expr)]
            assert all(v > 0 for v in values), (expr, values)  # NaN > 0 is False


class TestWorkerEndpoints:
    """The worker's own answers beside /metrics."""

    def test_readyz_lists_the_source_partitions_and_healthz_stays_liveness(self, fed: Fed) -> None:
        """A worker alone in its group owns every news and company-updates partition, its table recovered."""
        status, body = fed.pipeline.get("/readyz")
        topics = fed.pipeline.topics
        expected = sorted(f"{t}/{n}" for t in (topics.news, topics.company_updates) for n in range(2))
        assert (status, body) == (200, {"status": "ready", "partitions": expected, "recovered": True})
        status, body = fed.pipeline.get("/healthz")
        assert (status, body["status"]) == (200, "ok")


def get_json(port: int, path: str) -> tuple[int, Any]:
    """GET ``path`` from the worker on ``port``; (status, JSON), or (0, None) while it does not answer."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())
    except OSError:
        return 0, None


class TestReadiness:
    def test_a_worker_the_group_gives_no_partition_is_alive_but_not_ready(
        self, kafka_bootstrap: str, tmp_path: Path
    ) -> None:
        """Two workers, one partition per topic: one owns them and is ready, the other answers 503 and is alive."""
        pipeline = Pipeline(kafka_bootstrap, tmp_path, partitions=1)
        second_port = free_port()
        env = {**pipeline.env, "DEALWATCH_WEB_PORT": str(second_port), "DEALWATCH_DATA_DIR": str(tmp_path / "data-2")}
        second = WorkerProcess(tmp_path / "worker-2.log", env)
        pipeline.worker.start()
        second.start()
        try:
            ports = (pipeline.port, second_port)
            deadline = time.monotonic() + 60
            answers = [get_json(port, "/readyz") for port in ports]
            while sorted(status for status, _ in answers) != [200, 503] and time.monotonic() < deadline:
                time.sleep(0.5)
                answers = [get_json(port, "/readyz") for port in ports]
            assert sorted(status for status, _ in answers) == [200, 503], answers
            idle = ports[[status for status, _ in answers].index(503)]
            assert get_json(idle, "/readyz")[1] == {"status": "not_ready", "partitions": [], "recovered": True}
            assert get_json(idle, "/healthz")[0] == 200
            with urllib.request.urlopen(f"http://127.0.0.1:{idle}/metrics", timeout=5) as response:
                samples = {s.name: s.value for s in parse_metrics(response.read().decode()) if not s.labels}
            assert samples["dealwatch_worker_ready"] == 0
        finally:
            assert second.stop() == 0, second.log_tail()
            assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()
            pipeline.close()


def scrape(port: int) -> dict[str, float]:
    """The worker's unlabelled and ``table``-labelled samples, by name."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        samples = parse_metrics(response.read().decode())
    return {s.name: s.value for s in samples if set(s.labels) <= {"table"}}


class TestRecovery:
    def test_a_worker_with_an_empty_store_reports_what_it_restored(self, kafka_bootstrap: str, tmp_path: Path) -> None:
        """A new worker rebuilds the table from the changelog: restored = changelog records, rows = companies."""
        pipeline = Pipeline(kafka_bootstrap, tmp_path)
        try:
            pipeline.worker.start()
            produce(kafka_bootstrap, pipeline.topics.news, [(f"g{i}".encode(), good(i)) for i in range(12)])
            assert len(consume(kafka_bootstrap, pipeline.topics.alerts, expect=12)) >= 12
            rows = scrape(pipeline.port)["dealwatch_table_rows"]
            assert rows == 1 + len(TARGETS)  # Siemens and the four companies it bought
            assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()
            changelog = pipeline.end_offsets(f"{pipeline.settings.app_id}-companies-changelog")
            # The apply agent writes each changed company once per batch: at least one record per company, at most
            # one per update (24: two updates per acquisition), however the updates fell into batches.
            assert rows <= changelog <= 24

            empty_store = {**pipeline.env, "DEALWATCH_DATA_DIR": str(tmp_path / "data-2")}
            restarted = WorkerProcess(tmp_path / "worker-2.log", empty_store)
            restarted.start()
            try:
                after = scrape(pipeline.port)
            finally:
                assert restarted.stop() == 0, restarted.log_tail()
        finally:
            pipeline.close()
        assert after["dealwatch_table_restored_records_total"] == changelog
        assert after["dealwatch_table_rows"] == rows
        assert (after["dealwatch_table_recovery_remaining_records"], after["dealwatch_table_recovering"]) == (0, 0)
        assert after["dealwatch_worker_ready"] == 1
        assert after["dealwatch_rebalances_total"] >= 1


def top_once(pipeline: Pipeline) -> dict[str, Any]:
    """Run ``dealwatch top --once --json`` against the worker and the broker; return its snapshot."""
    env = {**pipeline.env, "DEALWATCH_LOG_FORMAT": "json"}
    argv = [
        sys.executable,
        "-m",
        "streams.cli.main",
        "top",
        "--url",
        f"http://127.0.0.1:{pipeline.port}",
        "--once",
        "--json",
    ]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=True, cwd=Path(REPO))
    snapshot: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return snapshot


class TestTop:
    """``dealwatch top --once --json`` on the running worker."""

    def test_lag_reaches_zero_after_the_drain(self, fed: Fed) -> None:
        """After the feed is processed, every source partition shows lag 0, owned by the one ready worker."""
        deadline = time.monotonic() + 60
        snapshot = top_once(fed.pipeline)
        while snapshot["total_lag"] and time.monotonic() < deadline:
            time.sleep(1)
            snapshot = top_once(fed.pipeline)
        url = f"http://127.0.0.1:{fed.pipeline.port}"
        topics = fed.pipeline.topics
        partitions = {(p["topic"], p["partition"]): p for p in snapshot["partitions"]}
        assert set(partitions) == {(t, n) for t in (topics.news, topics.company_updates) for n in range(2)}
        assert [p["lag"] for p in partitions.values()] == [0, 0, 0, 0], snapshot
        assert all(p["owner"] == url for p in partitions.values())
        news_end = sum(p["end_offset"] for (topic, _), p in partitions.items() if topic == topics.news)
        assert news_end == fed.items + fed.dead_letters
        assert snapshot["workers"] == [
            {"url": url, "up": True, "ready": True, "partitions": snapshot["workers"][0]["partitions"], "error": None}
        ]
        assert len(snapshot["workers"][0]["partitions"]) == 4
        assert snapshot["totals"] == {
            "news_items": fed.items,
            "events": fed.events,
            "alerts": fed.alerts,
            "dead_letters": fed.dead_letters,
        }
        assert sum(snapshot["alerts_by_type"].values()) == fed.alerts
        assert Counter(snapshot["dead_letters"]) == {
            "decode/ValidationError": fed.dead_letters / 2,
            "validate/ValidationError": fed.dead_letters / 2,
        }
