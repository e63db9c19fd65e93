"""kill -9 in the middle of 1,000 items: after a restart no alert is missing and the state is as without the crash."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import structlog
from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType

from schemas import CompanyState, NewsItem
from streams.companies.fanout import fan_out
from streams.companies.rules import load_rules
from streams.companies.state import apply_update
from streams.extraction import extract
from streams.local.worker_process import WorkerProcess
from streams.runtime.crash import EXIT_INFRASTRUCTURE_FAILURE
from tests.fixtures.streaming.pipeline import Pipeline, news
from tests.support.kafka_io import consume, produce
from tests.support.paced import PacedProducer

ITEMS = 1_000
START = datetime(2025, 1, 1, tzinfo=UTC)
# Kill once the alerts topic holds this share of the expected alerts, while news is still arriving.
KILL_AT = 0.53
# Production is paced (BATCH items every PACE_S seconds, ~8 s in all) so the kill lands mid-stream,
# often while the worker is still on a batch, after a few offset commits.
BATCH = 50
PACE_S = 0.4
DRAIN_TIMEOUT_S = 90
REFUSAL_TIMEOUT_S = 20

COMPANIES = [
    "Apple", "Microsoft", "Alphabet", "Amazon", "Nvidia", "Tesla", "Netflix", "Oracle", "IBM", "Intel",
    "AMD", "Salesforce", "Adobe", "SAP", "Cisco", "Uber", "Airbnb", "OpenAI", "Anthropic", "Scale AI",
    "Mistral AI", "Hugging Face", "Cohere", "Databricks", "Snowflake", "Dataiku", "Groq", "CoreWeave",
    "Glean", "Harvey", "Runway", "ElevenLabs", "Synthesia", "DeepL", "Labelbox", "Snorkel AI",
]  # fmt: skip
FIRST = ["Maria", "John", "Aiko", "Pierre", "Fatima", "Lars", "Chen", "Ana", "Omar", "Greta", "Ravi", "Sofia", "Tom"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Silva", "Keller", "Brennan", "Ortiz",
        "Petrov", "Nakamura", "Dubois"]  # fmt: skip
# Each template states one fact that raises exactly one alert whatever the company's state:
# an acquisition (or a stake of at least 20 %) alerts its target, a new CEO alerts the company.
TEMPLATES = [
    "{buyer} acquired {target} for ${amount} million.",
    "{buyer} agreed to buy {target} for ${amount} million in cash.",
    "{buyer} has completed its acquisition of {target} for ${amount} million.",
    "{buyer} rachète {target} pour {amount} millions de dollars.",
    "{buyer} took a 30% stake in {target} for ${amount} million.",
    "{target} named {person} as chief executive officer.",
]


def item(i: int) -> tuple[bytes, bytes]:
    """News item ``i``: a unique fact (amount or person) about two of the companies, published ``i`` minutes in.

    Keyed by the company the alert is about, as a crawler keying by company would: its facts then reach the
    worker in publication order, the condition under which alert ids do not depend on how partitions
    interleave (a CEO change published before the current CEO's is history and raises no alert;
    docs/delivery-semantics.md). Keyed by item, a restart's backlog could deliver them out of order.
    """
    buyer = COMPANIES[i % len(COMPANIES)]
    target = COMPANIES[(i * 7 + 3 + i // len(COMPANIES)) % len(COMPANIES)]
    if target == buyer:
        target = COMPANIES[(COMPANIES.index(buyer) + 1) % len(COMPANIES)]
    n = i // len(TEMPLATES)
    person = f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST)]}"
    body = TEMPLATES[i % len(TEMPLATES)].format(buyer=buyer, target=target, amount=100 + i, person=person)
    published = (START + timedelta(minutes=i)).isoformat()
    return target.encode(), news(f"crash-{i}", body, published_at=published)


def reference(records: list[tuple[bytes, bytes]]) -> tuple[set[str], dict[str, dict]]:
    """The alert ids and final states of an uninterrupted run, folded in-process by the same pure functions."""
    rules, states, alert_ids = load_rules(), {}, set()
    for _, value in records:
        raised = 0
        for event in extract(NewsItem.model_validate_json(value)).events:
            for update in fan_out(event):
                state, alerts = apply_update(states.get(update.company.id), update, rules, now=START)
                states[update.company.id] = state
                alert_ids |= {a.alert_id for a in alerts}
                raised += len(alerts)
        assert raised == 1, f"item {value!r} should raise one alert, raised {raised}"
    return alert_ids, {cid: comparable(s.model_dump(mode="json")) for cid, s in states.items()}


def comparable(state: dict) -> dict:
    """The state with its replay guard as a set: only that list keeps arrival order (to evict the oldest ids)."""
    return {**CompanyState.model_validate(state).model_dump(mode="json"), "applied_event_ids": sorted(
        state["applied_event_ids"])}  # fmt: skip


def alert_ids(pipeline: Pipeline) -> list[str]:
    """Every alert id on the alerts topic, duplicates included."""
    total = pipeline.end_offsets(pipeline.topics.alerts)
    return [json.loads(r.value)["alert_id"] for r in consume(pipeline.bootstrap, pipeline.topics.alerts, expect=total)]


def states_of(pipeline: Pipeline, company_ids: list[str]) -> dict[str, tuple[int, dict]]:
    """Each company's state as ``GET /companies/{id}`` answers it."""
    answers = {cid: pipeline.get(f"/companies/{cid}") for cid in company_ids}
    return {cid: (status, comparable(body) if status == 200 else body) for cid, (status, body) in answers.items()}


def wait_for_alerts(pipeline: Pipeline, count: float) -> int:
    """Wait until the alerts topic holds ``count`` records while the worker runs; return how many it holds."""
    deadline = time.monotonic() + DRAIN_TIMEOUT_S
    while (held := pipeline.end_offsets(pipeline.topics.alerts)) < count:
        assert pipeline.worker.alive() and time.monotonic() < deadline, pipeline.worker.log_tail()
        time.sleep(0.05)
    return held


def rebuilt_states(pipeline: Pipeline, tmp_path: Path, states: dict[str, tuple[int, dict]]) -> dict:
    """The states a worker without the local RocksDB files rebuilds from the changelog alone."""
    rebuilt = WorkerProcess(
        tmp_path / "rebuilt-worker.log", {**pipeline.env, "DEALWATCH_DATA_DIR": str(tmp_path / "empty-data-dir")}
    )
    rebuilt.start()
    try:
        deadline = time.monotonic() + DRAIN_TIMEOUT_S
        while (answers := states_of(pipeline, sorted(states))) != states and time.monotonic() < deadline:
            time.sleep(0.5)
    finally:
        assert rebuilt.stop() == 0, rebuilt.log_tail()
    return answers


class TestCrashRecovery:
    """SIGKILL mid-stream loses no alert and leaves the same final state."""

    @pytest.mark.parametrize(
        "membership",
        [{}, {"DEALWATCH_INSTANCE_ID": "crash-worker"}],
        ids=["dynamic-membership", "static-membership"],
    )
    def test_kill_9_mid_stream(self, kafka_bootstrap: str, tmp_path: Path, membership: dict[str, str]) -> None:
        """Every expected alert is on the topic after the restart, duplicates share ids, state matches, also rebuilt."""
        log = structlog.get_logger("test_crash")
        records = [item(i) for i in range(ITEMS)]
        expected_alerts, expected_states = reference(records)
        assert len(expected_alerts) == ITEMS
        expected_answers = {cid: (200, state) for cid, state in expected_states.items()}

        pipeline = Pipeline(kafka_bootstrap, tmp_path, partitions=4, **membership)
        pipeline.worker.start()
        started = time.monotonic()
        producer = PacedProducer(kafka_bootstrap, pipeline.topics.news, records, batch=BATCH, pace_s=PACE_S)
        producer.start()
        try:
            alerts_at_kill = wait_for_alerts(pipeline, KILL_AT * ITEMS)
        finally:
            pipeline.worker.kill()
        news_at_kill = producer.sent
        killed_after = time.monotonic() - started

        restart = time.monotonic()
        pipeline.worker.start()
        ready_after_restart = time.monotonic() - restart
        try:
            producer.join(timeout=60)
            assert producer.error is None, producer.error
            deadline = time.monotonic() + DRAIN_TIMEOUT_S
            while not expected_alerts <= set(seen := alert_ids(pipeline)) and time.monotonic() < deadline:
                time.sleep(0.5)
            # State follows the last alert: each update's alerts are acknowledged before its state is written.
            while (states := states_of(pipeline, sorted(expected_states))) != expected_answers:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            seen = alert_ids(pipeline)
        finally:
            pipeline.close()
            assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()
        total = time.monotonic() - started
        worker_log = pipeline.worker.log_path.read_text(encoding="utf-8")

        from_changelog = rebuilt_states(pipeline, tmp_path, states)

        log.info("crash_test", membership="static" if membership else "dynamic", items=ITEMS,
                 news_sent_at_kill=news_at_kill, alerts_at_kill=alerts_at_kill,
                 killed_after_s=round(killed_after, 1), restart_ready_s=round(ready_after_restart, 1),
                 alerts_expected=len(expected_alerts), alerts_present=len(expected_alerts & set(seen)),
                 alerts_on_topic=len(seen), duplicates=len(seen) - len(set(seen)), total_s=round(total, 1),
                 items_extracted=worker_log.count('"news_item_processed"'))  # fmt: skip
        assert alerts_at_kill < ITEMS, "the kill landed after the last alert"
        assert sorted(expected_alerts - set(seen)) == [], "alerts lost in the crash"
        assert sorted(set(seen) - expected_alerts) == [], "an alert no uninterrupted run raises"
        assert states == expected_answers
        assert from_changelog == states, "the changelog lacks a state write"


class TestRefusedDelivery:
    """A message the broker refuses stops the worker before the source offset is committed."""

    def test_refused_event_ends_the_worker_and_keeps_the_news_uncommitted(
        self, kafka_bootstrap: str, tmp_path: Path
    ) -> None:
        """An event too large for its topic ends the worker with exit code 70 and the news item stays unread."""
        pipeline = Pipeline(kafka_bootstrap, tmp_path)
        admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap, client_id="tests")
        try:
            admin.alter_configs(
                [ConfigResource(ConfigResourceType.TOPIC, pipeline.topics.events, configs={"max.message.bytes": "64"})]
            )
            pipeline.worker.start()
            produce(kafka_bootstrap, pipeline.topics.news, [item(0)])
            code = pipeline.worker.wait(REFUSAL_TIMEOUT_S)
            if code is None:
                pipeline.worker.stop()
                pytest.fail(f"the worker went on after a refused delivery:\n{pipeline.worker.log_tail()}")
            committed = admin.list_group_offsets({pipeline.settings.app_id: None}).get(pipeline.settings.app_id, {})
        finally:
            admin.close()
        assert code == EXIT_INFRASTRUCTURE_FAILURE, pipeline.worker.log_tail()
        news_offsets = {tp.partition: meta.offset for tp, meta in committed.items() if tp.topic == pipeline.topics.news}
        assert all(offset <= 0 for offset in news_offsets.values()), news_offsets
