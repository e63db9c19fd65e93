"""Single messages any producer or crawler can send must never stop the worker (issue 13).

Each test sends the hostile message(s) to a running worker, then good items behind them, and
asserts that the worker is still alive, the good items are processed and every hostile message
is either processed or dead-lettered with a reason.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from streams.companies.fanout import company_key
from streams.extraction.text import MAX_EVIDENCE_SPANS
from tests.fixtures.streaming.pipeline import Pipeline, news
from tests.support.kafka_io import consume, create_topics, produce

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


class TestOversizeInput:
    """One fact repeated over a megabyte is one bounded event, and the items behind it are processed."""

    def test_repetitive_megabyte_article_then_good_items(self, pipeline: Pipeline) -> None:
        """The 1 MB article's event has at most 20 evidence sentences; five good items follow; no exit."""
        fact = "Harvey acquired Glean for $300 million. "
        body = fact * (1_000_000 // len(fact))
        records = [(b"huge", news("huge", body, title=fact * 100, published_at="2025-06-12T09:00:00Z"))]
        records += [good("after", i) for i in range(5)]
        produce(pipeline.bootstrap, pipeline.topics.news, records)
        events = [json.loads(r.value) for r in consume(pipeline.bootstrap, pipeline.topics.events, expect=6)]
        assert pipeline.worker.alive(), pipeline.worker.log_tail()
        assert sorted(e["source"]["item_id"] for e in events) == ["after-0", "after-1", "after-2", "after-3", "after-4",
                                                                  "huge"]  # fmt: skip
        huge = next(e for e in events if e["source"]["item_id"] == "huge")
        assert len(huge["evidence"]) == MAX_EVIDENCE_SPANS
        assert len(json.dumps(huge)) < 100_000


class TestLenientJson:
    """A byte-order mark and a crawler's deeply nested metadata cost an article nothing."""

    def test_bom_and_deep_nesting_in_an_unknown_field(self, pipeline: Pipeline) -> None:
        """Both items give their event (they were dead-lettered before); the good item behind them too."""
        _, bom = good("bom", 0)
        _, nested = good("nested", 1)
        deep = b"[" * 300 + b"]" * 300
        records = [
            (b"bom", b"\xef\xbb\xbf" + bom),
            (b"nested", nested[:-1] + b', "crawler": {"trail": ' + deep + b"}}"),
            good("after", 2),
        ]
        produce(pipeline.bootstrap, pipeline.topics.news, records)
        assert event_item_ids(pipeline, 3) == ["after-2", "bom-0", "nested-1"]
        assert pipeline.worker.alive(), pipeline.worker.log_tail()


def dead_letters(pipeline: Pipeline, expect: int) -> list[dict]:
    """The first ``expect`` dead letters."""
    return [json.loads(r.value) for r in consume(pipeline.bootstrap, pipeline.topics.deadletter, expect=expect)]


def alerts_of(pipeline: Pipeline, expect: int) -> list[tuple[str, str]]:
    """(type, company id) of the first ``expect`` alerts, sorted."""
    records = consume(pipeline.bootstrap, pipeline.topics.alerts, expect=expect)
    return sorted((a["type"], a["company"]["id"]) for a in map(json.loads, (r.value for r in records)))


def store_states(pipeline: Pipeline, states: dict[str, dict]) -> None:
    """Write ``states`` by company id to the companies table's changelog, as an earlier version would have."""
    topic = f"{pipeline.settings.app_id}-companies-changelog"
    create_topics(pipeline.bootstrap, [topic], partitions=pipeline.settings.partitions)
    # Same key bytes and partitioner as the company-updates topic, so a state lands in the partition its updates read.
    produce(
        pipeline.bootstrap, topic, [(company_key(cid), json.dumps(state).encode()) for cid, state in states.items()]
    )


class TestTimestamps:
    """Publication times are UTC at the boundary, bounded, and a stored state that fails to parse is no poison."""

    def test_naive_far_and_empty_times_and_old_states(self, kafka_bootstrap: str, tmp_path: Path) -> None:
        """A naive time is UTC, 9999 and 1970 are dead-lettered with their reason, "" is absent; old states work."""
        pipeline = Pipeline(kafka_bootstrap, tmp_path)
        # Harvey's state as a version without time zones wrote it; Runway's damaged beyond reading.
        store_states(pipeline, {
            "harvey": {"company": {"id": "harvey", "name": "Harvey"}, "last_event_at": "2025-06-01T09:00:00"},
            "runway": {"company": {"id": "runway", "name": "Runway"}, "valuation": "damaged"},
        })  # fmt: skip
        pipeline.worker.start()
        try:
            produce(kafka_bootstrap, pipeline.topics.news, [
                (b"naive", news("naive", "Harvey acquired Runway for $300 million.", published_at="2025-06-12 09:00")),
                (b"far", news("far", "Glean acquired Cohere for $300 million.", published_at="9999-12-31T00:00:00Z")),
                (b"epoch", news("epoch", "Glean acquired Groq for $300 million.", published_at="1970-01-01T00:00:00Z")),
                (b"empty", news("empty", "Glean acquired Synthesia for $200 million.", published_at="")),
            ])  # fmt: skip
            letters = dead_letters(pipeline, 3)
            # Both companies take updates again: Harvey is acquired, Runway gets a CEO.
            produce(kafka_bootstrap, pipeline.topics.news, [
                (b"later", news("later", "Glean acquired Harvey for $2 billion.", published_at="2025-06-13T09:00:00Z")),
                (b"ceo", news("ceo", "Runway named Maria Okafor as chief executive officer.",
                              published_at="2025-06-14T09:00:00+02:00")),
            ])  # fmt: skip
            alerts = alerts_of(pipeline, 3)
            _, harvey = pipeline.get("/companies/harvey")
            _, runway = pipeline.get("/companies/runway")
            assert pipeline.worker.alive(), pipeline.worker.log_tail()
        finally:
            pipeline.close()
            assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()

        reasons = {base64.b64decode(letter["value_b64"])[:40]: (letter["stage"], letter["error"]) for letter in letters}
        far = next(reason for value, reason in reasons.items() if b'"far"' in value)
        epoch = next(reason for value, reason in reasons.items() if b'"epoch"' in value)
        assert far[0] == "validate" and "published_at" in far[1] and "ahead of the clock" in far[1]
        assert epoch[0] == "validate" and "before 1990" in epoch[1]
        unreadable = [letter for letter in letters if letter["error_type"] == "UnreadableState"]
        assert [(u["stage"], u["topic"]) for u in unreadable] == [("apply", pipeline.topics.company_updates)]
        assert "'runway'" in unreadable[0]["error"]
        assert alerts == [("acquisition", "harvey"), ("acquisition", "synthesia"), ("leadership_change", "runway")]
        assert harvey["last_event_at"] == "2025-06-13T09:00:00Z"
        assert [h["as_of"] for h in harvey["holdings"]] == ["2025-06-12T09:00:00Z"]
        assert runway["ceo"]["since"] == "2025-06-14T07:00:00Z"
