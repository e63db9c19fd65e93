"""A local broker kept in a data directory: stopped mid-stream and started again, nothing is lost.

The worker is not restarted: it must reconnect by itself and finish the stream, and every alert the
uninterrupted run would raise must be on the alerts topic afterwards.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from streams.config import get_settings
from streams.local.broker import LocalKafka
from tests.fixtures.streaming.pipeline import Pipeline
from tests.integration.test_crash import alert_ids, item, reference
from tests.support.kafka_io import produce

pytestmark = pytest.mark.integration

ITEMS = 300
STOP_AFTER_ALERTS = 60
DOWN_S = 3.0
DRAIN_TIMEOUT_S = 180.0


class TestBrokerRestart:
    """stop/start of a broker with --data-dir semantics during a stream."""

    def test_stopped_mid_stream_and_started_on_the_same_data(self, tmp_path: Path) -> None:
        """Topics, offsets and alerts survive the restart; the worker resumes and raises every expected alert."""
        records = [item(i) for i in range(ITEMS)]
        expected, _ = reference(records)
        broker = LocalKafka(cache_dir=get_settings().cache_dir, data_dir=tmp_path / "kafka", heap="512m").start()
        pipeline = Pipeline(broker.bootstrap, tmp_path, partitions=2)
        try:
            pipeline.worker.start()
            produce(broker.bootstrap, pipeline.topics.news, records[: ITEMS // 2])
            deadline = time.monotonic() + DRAIN_TIMEOUT_S
            while pipeline.end_offsets(pipeline.topics.alerts) < STOP_AFTER_ALERTS and time.monotonic() < deadline:
                time.sleep(0.1)
            pipeline.close()
            port = broker.port
            broker.stop()
            time.sleep(DOWN_S)
            assert pipeline.worker.alive(), pipeline.worker.log_tail()
            broker.start()
            assert broker.port == port
            produce(broker.bootstrap, pipeline.topics.news, records[ITEMS // 2 :])
            while not expected <= set(seen := alert_ids(pipeline)) and time.monotonic() < deadline:
                assert pipeline.worker.alive(), pipeline.worker.log_tail()
                time.sleep(1.0)
            assert expected <= set(seen), f"{len(expected - set(seen))} alerts missing"
            assert set(seen) <= expected
            assert pipeline.worker.alive()
        finally:
            pipeline.close()
            pipeline.worker.stop()
            broker.stop()
        assert (tmp_path / "kafka" / "data" / "meta.properties").exists()  # the data dir outlives stop
