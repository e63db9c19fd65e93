"""The extract agent under ``test_context()``: events for good items, dead letters for the rest, crash on failure."""

from __future__ import annotations

import base64

import pytest
import structlog
from structlog.testing import capture_logs

from schemas import DeadLetter, DealEvent
from tests.agent.conftest import Harness, WorkerCrashed, settled
from tests.fixtures.streaming.pipeline import news

GOOD = news("acq-1", "Salesforce acquired Databricks for $317 million.", published_at="2025-03-01T09:00:00Z")


class TestExtractAgent:
    """News in, deal events or dead letters out."""

    async def test_good_item_becomes_an_event_keyed_by_its_id(self, harness: Harness) -> None:
        """An acquisition article yields one acquisition event keyed by its event id, and no dead letter."""
        agent = harness.app.agents["extract"]
        async with agent.test_context() as ctx:
            await ctx.put(GOOD, key=b"acq-1")
            await settled(lambda: harness.on(harness.topics.events.get_topic_name()) != [])
        (sent,) = harness.on(harness.topics.events.get_topic_name())
        event = DealEvent.model_validate_json(sent.value)
        assert (event.type, event.subject.id, event.object.id) == ("acquisition", "salesforce", "databricks")
        assert sent.key == event.event_id.encode()
        assert harness.on(harness.topics.news_deadletter.get_topic_name()) == []

    async def test_undecodable_bytes_become_a_dead_letter(self, harness: Harness) -> None:
        """Bytes that are not UTF-8 go to the dead-letter topic as they were, with the reason; no event is sent."""
        raw = b'{"body": "caf\xe9"}'
        agent = harness.app.agents["extract"]
        async with agent.test_context() as ctx:
            await ctx.put(raw, key=b"bad")
            await ctx.put(GOOD, key=b"acq-1")
            await settled(lambda: len(harness.sent) == 2)
        letter_msg, event_msg = harness.sent
        letter = DeadLetter.model_validate_json(letter_msg.value)
        assert letter_msg.topic == harness.topics.news_deadletter.get_topic_name()
        assert (letter.stage, letter.error_type, letter.value, letter_msg.key) == (
            "decode", "UnicodeDecodeError", raw, b"bad")  # fmt: skip
        assert base64.b64decode(letter.key_b64) == b"bad"
        assert event_msg.topic == harness.topics.events.get_topic_name(), "the next item is still processed"

    async def test_failed_send_crashes_instead_of_skipping(
        self, harness: Harness, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A send that raises ends the worker (so the item is not committed) rather than moving on to the next."""

        async def broken_send(**_: object) -> None:
            raise ConnectionError("broker gone")

        monkeypatch.setattr(harness.topics.events, "send", broken_send)
        agent = harness.app.agents["extract"]
        with pytest.raises(WorkerCrashed):
            async with agent.test_context() as ctx:
                await ctx.put(GOOD, key=b"acq-1")
                await settled(lambda: "crash extract" in harness.journal)
        assert harness.journal == ["crash extract"]

    async def test_failed_dead_letter_send_crashes_instead_of_skipping(
        self, harness: Harness, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A dead letter that cannot be sent ends the worker, so the rejected item is not committed unrecorded."""

        async def broken_send(**_: object) -> None:
            raise ConnectionError("broker gone")

        monkeypatch.setattr(harness.topics.news_deadletter, "send", broken_send)
        agent = harness.app.agents["extract"]
        with pytest.raises(WorkerCrashed):
            async with agent.test_context() as ctx:
                await ctx.put(b"{not json", key=b"bad")
                await settled(lambda: "crash extract" in harness.journal)
        assert harness.journal == ["crash extract"]

    async def test_only_a_processed_item_gets_the_canonical_log_line(self, harness: Harness) -> None:
        """A dead-lettered item logs why at its offset and no ``news_item_processed`` line; the next item logs one."""
        agent = harness.app.agents["extract"]
        news_topic = harness.topics.news.get_topic_name()
        with capture_logs(processors=[structlog.contextvars.merge_contextvars]) as logs:
            async with agent.test_context() as ctx:
                await ctx.put(b"{not json", key=b"bad")
                await ctx.put(GOOD, key=b"acq-1")
                await settled(lambda: any(e["event"] == "news_item_processed" for e in logs))
        lines = [
            (e["event"], e.get("stage"), e.get("item_id"), e["topic"], e["offset"])
            for e in logs
            if e["event"] in {"message_dead_lettered", "news_item_processed"}
        ]
        assert lines == [
            ("message_dead_lettered", "decode", None, news_topic, 0),
            ("news_item_processed", None, "acq-1", news_topic, 1),
        ]
