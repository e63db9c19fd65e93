"""2,000 generated hostile messages, sent with every codec, to a running worker: each processed or dead-lettered.

The same generator as the in-process chaos run (tests/support/chaos.py). The worker must never exit,
and every message on the news topic must end either in the worker's canonical ``news_item_processed``
log line or in a dead letter with a reason, identified by partition and offset.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import structlog

from tests.fixtures.streaming.pipeline import Pipeline
from tests.support.chaos import CODECS, messages
from tests.support.kafka_io import consume, produce

COUNT = 2_000
MAX_MESSAGE_BYTES = 200_000  # hostile fields up to 300,000 chars: a rare message is over the limit
DRAIN_TIMEOUT_S = 240


def processed_offsets(log_path: Path, topic: str) -> set[tuple[int, int]]:
    """(partition, offset) of every news message the worker logged as processed."""
    found = set()
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        if '"news_item_processed"' in line:
            entry = json.loads(line)
            if entry.get("topic") == topic:
                found.add((entry["partition"], entry["offset"]))
    return found


class TestChaosOnTheBroker:
    """No generated message stops the worker, and none is silently dropped."""

    def test_every_message_is_processed_or_dead_lettered(self, kafka_bootstrap: str, tmp_path: Path) -> None:
        """Every (partition, offset) of the news topic is processed or dead-lettered; the worker stays up."""
        pipeline = Pipeline(kafka_bootstrap, tmp_path, DEALWATCH_MAX_MESSAGE_BYTES=str(MAX_MESSAGE_BYTES))
        by_codec: dict[str | None, list[tuple[bytes | None, bytes]]] = {codec: [] for codec in CODECS}
        # The news topic admits twice the worker's limit; what even the broker refuses never reaches a worker.
        fitting = (
            (v, c) for v, c in messages(2 * COUNT, seed=13, limit=300_000) if len(v) < 2 * MAX_MESSAGE_BYTES - 500
        )
        for i, (value, codec) in zip(range(COUNT), fitting, strict=False):
            by_codec[codec].append((f"chaos-{i}".encode(), value))
        assert sum(map(len, by_codec.values())) == COUNT
        pipeline.worker.start()
        started = time.monotonic()
        try:
            for codec, records in by_codec.items():
                produce(kafka_bootstrap, pipeline.topics.news, records, compression=codec)
            deadline = time.monotonic() + DRAIN_TIMEOUT_S
            while time.monotonic() < deadline:
                assert pipeline.worker.alive(), pipeline.worker.log_tail()
                letters = [
                    json.loads(r.value)
                    for r in consume(
                        kafka_bootstrap,
                        pipeline.topics.deadletter,
                        expect=pipeline.end_offsets(pipeline.topics.deadletter),
                    )
                ]
                dead = {(d["partition"], d["offset"]) for d in letters if d["topic"] == pipeline.topics.news}
                done = dead | processed_offsets(pipeline.worker.log_path, pipeline.topics.news)
                if len(done) >= COUNT:
                    break
                time.sleep(2)
            assert pipeline.worker.alive(), pipeline.worker.log_tail()
        finally:
            pipeline.close()
            assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()
        elapsed = time.monotonic() - started
        processed = processed_offsets(pipeline.worker.log_path, pipeline.topics.news)
        reasons = Counter(
            (d["stage"], d["error_type"]) for d in letters if d["topic"] == pipeline.topics.news and d["error"]
        )
        structlog.get_logger("test_chaos").info(
            "chaos_on_broker", messages=COUNT, processed=len(processed), dead_lettered=len(dead),
            reasons=dict(reasons.most_common()), seconds=round(elapsed, 1),
            codecs={str(codec): len(records) for codec, records in by_codec.items()},
        )  # fmt: skip
        assert not processed & dead, "a message both processed and dead-lettered"
        assert len(processed) + len(dead) == COUNT
        assert sum(reasons.values()) == len(dead), "a dead letter without a reason"
        assert len(processed) >= COUNT // 10 and len(reasons) >= 3, reasons
