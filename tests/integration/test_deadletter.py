"""Bad input goes to the dead-letter topic with its reason; good input around it is processed."""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

from tests.fixtures.streaming.pipeline import Pipeline, news
from tests.support.kafka_io import consume, produce

TARGETS = ["Nvidia", "Zscaler", "Nscale", "Cohere"]


def good(i: int) -> bytes:
    return news(f"good-{i}", f"Siemens acquired {TARGETS[i % 4]} for ${100 + i} million.")


BAD_KINDS = [
    lambda i: b"{not json",
    lambda i: json.dumps({"id": f"bad-{i}", "title": "no body"}).encode(),
    lambda i: json.dumps({"id": f"bad-{i}", "body": 42}).encode(),
    lambda i: b'{"body": "caf\xe9 au lait"}',
    lambda i: news(f"big-{i}", "x" * 12_000),
]


class TestDeadLetters:
    """Two hundred bad messages among two hundred good ones."""

    def test_bad_messages_are_dead_lettered_and_good_ones_processed(self, kafka_bootstrap: str, tmp_path: Path) -> None:
        """Every bad message lands in the dead-letter topic with its bytes and reason; every good one is extracted."""
        pipeline = Pipeline(kafka_bootstrap, tmp_path, DEALWATCH_MAX_MESSAGE_BYTES="10000")
        pipeline.worker.start()
        try:
            records = []
            for i in range(200):
                records.append((f"g{i}".encode(), good(i)))
                records.append((f"b{i}".encode(), BAD_KINDS[i % len(BAD_KINDS)](i)))
            produce(kafka_bootstrap, pipeline.topics.news, records)
            letters = [json.loads(r.value) for r in consume(kafka_bootstrap, pipeline.topics.deadletter, expect=200)]
            events = consume(kafka_bootstrap, pipeline.topics.events, expect=200)
            assert pipeline.worker.alive()
        finally:
            assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()

        assert len(letters) == 200
        assert len(events) == 200
        bad_values = {value for _, value in records if not value.startswith(b'{"id": "good')}
        assert {base64.b64decode(letter["value_b64"]) for letter in letters} == bad_values
        assert all(letter["topic"] == pipeline.topics.news and letter["error"] for letter in letters)
        assert Counter((letter["stage"], letter["error_type"]) for letter in letters) == {
            ("decode", "ValidationError"): 40,
            ("validate", "ValidationError"): 80,
            ("decode", "UnicodeDecodeError"): 40,
            ("decode", "MessageTooLarge"): 40,
        }
