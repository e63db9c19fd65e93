"""Single messages any producer or crawler can send must never stop the worker (issue 13).

Each test sends the hostile message(s) to a running worker, then good items behind them, and
asserts that the worker is still alive, the good items are processed and every hostile message
is either processed or dead-lettered with a reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.streaming.pipeline import Pipeline, news
from tests.support.kafka_io import consume, produce

CODECS = ["gzip", "snappy", "lz4", "zstd"]
TARGETS = ["Nvidia", "Zscaler", "Nscale", "Cohere"]


def good(tag: str, i: int) -> tuple[bytes, bytes]:
    """A news item stating one acquisition, published in 2025."""
    body = f"Siemens acquired {TARGETS[i % len(TARGETS)]} for ${100 + i} million."
    return f"{tag}-{i}".encode(), news(f"{tag}-{i}", body, published_at="2025-06-12T09:00:00Z")


def event_item_ids(pipeline: Pipeline, expect: int) -> list[str]:
    """The source item ids of the first ``expect`` events on the events topic."""
    records = consume(pipeline.bootstrap, pipeline.topics.events, expect=expect)
    return sorted(json.loads(r.value)["source"]["item_id"] for r in records)


@pytest.fixture
def pipeline(kafka_bootstrap: str, tmp_path: Path) -> Pipeline:
    """A running worker on its own topics; stopped (cleanly, exit 0) after the test."""
    pipeline = Pipeline(kafka_bootstrap, tmp_path)
    pipeline.worker.start()
    yield pipeline
    pipeline.close()
    assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()


class TestCompressedInput:
    """Records compressed by kafka-python with every codec Kafka knows are read by the worker."""

    def test_every_codec_is_read(self, pipeline: Pipeline) -> None:
        """gzip, snappy, lz4 and zstd batches each give their events; the worker never exits."""
        per_codec = 3
        for n, codec in enumerate(CODECS):
            records = [good(codec, n * per_codec + i) for i in range(per_codec)]
            produce(pipeline.bootstrap, pipeline.topics.news, records, compression=codec)
        expected = sorted(f"{codec}-{n * per_codec + i}" for n, codec in enumerate(CODECS) for i in range(per_codec))
        seen = event_item_ids(pipeline, len(expected))
        assert pipeline.worker.alive(), pipeline.worker.log_tail()
        assert seen == expected
