"""The Faust internals streams/runtime/monitoring.py and streams/runtime/table.py read: fails if an upgrade moves them.

Readiness and recovery progress read ``app.tables.recovery`` (``completed``, ``in_recovery``,
``active_remaining_total()``) and ``app.rebalancing``; restored records
are counted where recovery hands batches to ``Table.apply_changelog_batch``; ``/metrics`` comes from
``faust.sensors.prometheus.setup_prometheus_sensors`` with a registry and name prefix of ours.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from types import SimpleNamespace

import faust
import pytest
from faust.sensors import Sensor
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.tables import recovery as faust_recovery
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest

from streams.app import create_app
from streams.config import Settings
from streams.runtime.monitoring import FAUST_METRICS_PREFIX, readiness

DASHBOARD = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "dashboards" / "dealwatch.json"
SOURCES = {"internals.news", "internals.company-updates"}


@pytest.fixture
def app() -> faust.App:
    """The worker's app on a memory store, never started (no broker needed)."""
    return create_app(Settings(app_id="internals", topic_prefix="internals", store="memory", kafka="127.0.0.1:1"))


class TestReadinessInternals:
    def test_a_fresh_app_exposes_the_state_readiness_reads(self, app: faust.App) -> None:
        """Before it starts: not rebalancing, no recovery yet, nothing to restore."""
        recovery = app.tables.recovery
        assert (app.rebalancing, recovery.in_recovery, recovery.completed.is_set()) == (False, False, False)
        assert recovery.active_remaining_total() == 0

    def test_a_fresh_app_is_not_ready(self, app: faust.App) -> None:
        """No partitions (the consumer has not started) and no finished recovery."""
        state = readiness(app, SOURCES)
        assert (state.assigned, state.recovered, state.ready) == ((), False, False)

    def test_recovery_sets_completed_and_hands_batches_to_the_table(self) -> None:
        """Faust's recovery still signals the end of a recovery and applies changelog batches through the table."""
        source = inspect.getsource(faust_recovery.Recovery)
        assert "self.completed.set()" in source
        assert "table.apply_changelog_batch(" in source
        assert "def active_remaining_total" in source


class TestSensorInternals:
    def test_faust_prometheus_sensor_takes_our_registry_and_prefix(self) -> None:
        """The generic metrics the dashboard reads come out under the fixed ``faust_`` prefix, in the given registry."""
        registry = CollectorRegistry()
        setup_prometheus_sensors(faust.App("sensor-test", autodiscover=False), registry=registry, name_prefix="faust")
        text = generate_latest(registry).decode()
        assert FAUST_METRICS_PREFIX == "faust"
        used = set(re.findall(r"faust_[a-z_]+", DASHBOARD.read_text(encoding="utf-8")))
        assert used, "the dashboard reads Faust's generic metrics"
        for name in used:
            assert f"# TYPE {name.removesuffix('_bucket').removesuffix('_total')}" in text, name

    def test_sensor_hooks_keep_their_signatures(self) -> None:
        """PipelineSensor overrides these hooks with these parameters."""
        assert list(inspect.signature(Sensor.on_send_initiated).parameters) == [
            "self",
            "producer",
            "topic",
            "message",
            "keysize",
            "valsize",
        ]
        assert list(inspect.signature(Sensor.on_rebalance_start).parameters) == ["self", "app"]
        assert list(inspect.signature(Sensor.on_rebalance_end).parameters) == ["self", "app", "state"]


class TestRestoredRecords:
    def test_applying_a_changelog_batch_counts_the_records(self, app: faust.App) -> None:
        """ChangelogTable.apply_changelog_batch restores into the store and counts what it restored."""
        companies = app.tables["companies"]
        before = REGISTRY.get_sample_value("dealwatch_table_restored_records_total", {"table": "companies"}) or 0.0
        batch = [
            SimpleNamespace(key=f"k{i}", value={"id": i}, message=SimpleNamespace(value=b"{}", partition=0))
            for i in range(3)
        ]
        companies.apply_changelog_batch(batch)
        after = REGISTRY.get_sample_value("dealwatch_table_restored_records_total", {"table": "companies"})
        assert after == before + 3
        assert sorted(companies.data.keys()) == ["k0", "k1", "k2"]
