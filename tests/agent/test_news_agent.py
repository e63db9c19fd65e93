"""The extract agent under ``test_context()``: events and company updates for good items, dead letters for the rest."""

from __future__ import annotations

import base64

import pytest
import structlog
from structlog.testing import capture_logs

from schemas import CompanyUpdate, DeadLetter, DealEvent, NewsItem
from streams.companies.fanout import company_key, fan_out
from streams.extraction import extract
from tests.agent.conftest import Harness, WorkerCrashed, settled
from tests.fixtures.streaming.pipeline import news, seed_news

GOOD = news("acq-1", "Salesforce acquired Databricks for $317 million.", published_at="2025-03-01T09:00:00Z")


class TestExtractAgent:
    """News in; deal events and per-company updates, or dead letters, out."""

    async def test_good_item_becomes_an_event_and_an_update_per_company(self, harness: Harness) -> None:
        """An acquisition yields its event keyed by event id, then one update per company keyed like the table."""
        agent = harness.app.agents["extract"]
        async with agent.test_context() as ctx:
            await ctx.put(GOOD, key=b"acq-1")
            await settled(lambda: len(harness.sent) == 3)
        events, updates = harness.topics.events.get_topic_name(), harness.topics.company_updates.get_topic_name()
        assert [m.topic for m in harness.sent] == [events, updates, updates]
        event_msg, *update_msgs = harness.sent
        event = DealEvent.model_validate_json(event_msg.value)
        assert (event.type, event.subject.id, event.object.id) == ("acquisition", "salesforce", "databricks")
        assert event_msg.key == event.event_id.encode()
        sent_updates = [(m.key, CompanyUpdate.model_validate_json(m.value)) for m in update_msgs]
        assert [(key, u.company.id, u.perspective, u.event) for key, u in sent_updates] == [
            (company_key("salesforce"), "salesforce", "subject", event),
            (company_key("databricks"), "databricks", "object", event),
        ]

    async def test_every_event_of_the_seed_story_reaches_both_topics(self, harness: Harness) -> None:
        """Each of the seed story's events is on the events topic, and each of their updates on company-updates."""
        value = seed_news()
        expected = list(extract(NewsItem.model_validate_json(value)).events)
        expected_updates = [u for e in expected for u in fan_out(e)]
        events_topic = harness.topics.events.get_topic_name()
        updates_topic = harness.topics.company_updates.get_topic_name()
        agent = harness.app.agents["extract"]
        async with agent.test_context() as ctx:
            await ctx.put(value, key=b"seed")
            await settled(lambda: len(harness.on(updates_topic)) == len(expected_updates))
        sent_events = [DealEvent.model_validate_json(m.value) for m in harness.on(events_topic)]
        sent_updates = [(m.key, CompanyUpdate.model_validate_json(m.value)) for m in harness.on(updates_topic)]
        assert len(expected) >= 5, "the seed story is a multi-event article"
        assert sent_events == expected
        assert sent_updates == [(company_key(u.company.id), u) for u in expected_updates]
        assert harness.on(harness.topics.deadletter.get_topic_name()) == []

    async def test_undecodable_bytes_become_a_dead_letter(self, harness: Harness) -> None:
        """Bytes that are not UTF-8 go to the dead-letter topic as they were, with the reason; no event is sent."""
        raw = b'{"body": "caf\xe9"}'
        agent = harness.app.agents["extract"]
        async with agent.test_context() as ctx:
            await ctx.put(raw, key=b"bad")
            await ctx.put(GOOD, key=b"acq-1")
            await settled(lambda: len(harness.sent) == 4)
        letter_msg, event_msg = harness.sent[:2]
        letter = DeadLetter.model_validate_json(letter_msg.value)
        assert letter_msg.topic == harness.topics.deadletter.get_topic_name()
        assert (letter.stage, letter.error_type, letter.value, letter_msg.key) == (
            "decode", "UnicodeDecodeError", raw, b"bad")  # fmt: skip
        assert base64.b64decode(letter.key_b64) == b"bad"
        assert event_msg.topic == harness.topics.events.get_topic_name(), "the next item is still processed"

    @pytest.mark.parametrize(("topic", "sent_before"), [("events", []), ("company_updates", ["events"])])
    async def test_failed_send_crashes_instead_of_skipping(
        self, harness: Harness, topic: str, sent_before: list[str]
    ) -> None:
        """A send to either output that raises ends the worker (so the item is not committed) instead of moving on."""
        harness.broken.add(getattr(harness.topics, topic).get_topic_name())
        agent = harness.app.agents["extract"]
        with pytest.raises(WorkerCrashed):
            async with agent.test_context() as ctx:
                await ctx.put(GOOD, key=b"acq-1")
                await settled(lambda: "crash extract" in harness.journal)
        sent = [f"send {getattr(harness.topics, name).get_topic_name()}" for name in sent_before]
        assert [entry for entry in harness.journal if not entry.startswith("acked")] == [*sent, "crash extract"]

    async def test_failed_dead_letter_send_crashes_instead_of_skipping(self, harness: Harness) -> None:
        """A dead letter that cannot be sent ends the worker, so the rejected item is not committed unrecorded."""
        harness.broken.add(harness.topics.deadletter.get_topic_name())
        agent = harness.app.agents["extract"]
        with pytest.raises(WorkerCrashed):
            async with agent.test_context() as ctx:
                await ctx.put(b"{not json", key=b"bad")
                await settled(lambda: "crash extract" in harness.journal)
        assert harness.journal == ["crash extract"]

    async def test_only_a_processed_item_gets_the_canonical_log_line(self, harness: Harness) -> None:
        """A dead-lettered item logs why at its offset and no ``news_item_processed`` line; the next logs its counts."""
        agent = harness.app.agents["extract"]
        news_topic = harness.topics.news.get_topic_name()
        with capture_logs(processors=[structlog.contextvars.merge_contextvars]) as logs:
            async with agent.test_context() as ctx:
                await ctx.put(b"{not json", key=b"bad")
                await ctx.put(GOOD, key=b"acq-1")
                await settled(lambda: any(e["event"] == "news_item_processed" for e in logs))
        lines = [
            (e["event"], e.get("stage"), e.get("item_id"), e.get("events"), e.get("updates"), e["topic"], e["offset"])
            for e in logs
            if e["event"] in {"message_dead_lettered", "news_item_processed"}
        ]
        assert lines == [
            ("message_dead_lettered", "decode", None, None, None, news_topic, 0),
            ("news_item_processed", None, "acq-1", 1, 2, news_topic, 1),
        ]
