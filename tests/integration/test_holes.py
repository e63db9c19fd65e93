"""A record Faust fetched and never delivered is read again by the worker that lost it (gap 3 of delivery-semantics).

A lone worker has nobody to take its partitions over, so the hole guard (``streams/runtime/skipped_records.py``)
must get the record read again in place: 15 s after finding the hole it asks its group to rebalance, which seeks
back to the committed offset, below the hole. The worker runs through ``tests.support.drop_once_worker``, whose
fetch loop loses ``news[0]@DROPPED`` the first time it comes, as a Faust race does.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from streams.local.worker_process import WorkerProcess
from tests.fixtures.streaming.pipeline import Pipeline, news
from tests.support.paced import PacedProducer

REPO = Path(__file__).resolve().parents[2]
ITEMS, DROPPED = 40, 12
DRAIN_TIMEOUT_S = 120


def test_a_record_the_fetch_loop_lost_is_read_again_after_a_rebalance(kafka_bootstrap: str, tmp_path: Path) -> None:
    pipeline = Pipeline(kafka_bootstrap, tmp_path, partitions=1)
    env = {**pipeline.env, "DEALWATCH_TEST_DROP_ONCE": f"{pipeline.topics.news}:0:{DROPPED}"}
    worker = WorkerProcess(tmp_path / "worker.log", env, ("-m", "tests.support.drop_once_worker", "worker"), cwd=REPO)
    worker.start()
    try:
        records = [(b"k", news(f"hole-{i}", f"Company{i} is now valued at ${i + 1} billion.")) for i in range(ITEMS)]
        PacedProducer(kafka_bootstrap, pipeline.topics.news, records, batch=ITEMS, pace_s=0).run()
        deadline = time.monotonic() + DRAIN_TIMEOUT_S
        while pipeline.unconsumed(pipeline.topics.news) > 0:
            assert worker.alive() and time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.5)
        assert worker.alive(), worker.log_tail()
    finally:
        pipeline.close()
        assert worker.stop() == 0, worker.log_tail()

    lines = [
        json.loads(line) for line in worker.log_path.read_text(encoding="utf-8").splitlines() if line.startswith("{")
    ]
    events = [line["event"] for line in lines]
    assert "test_record_lost" in events, "the fault was not injected"
    assert "skipped_records_rebalance" in events, "the hole was not found, or was read again without a rebalance"
    processed = {line["offset"] for line in lines if line["event"] == "news_item_processed"}
    assert processed == set(range(ITEMS)), sorted(set(range(ITEMS)) - processed)
    assert "infrastructure_failure" not in events
