"""An app with the pipeline's agents on a memory store, whose sends and crashes are recorded instead of performed."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import faust
import pytest

from streams.companies.agents import register_company_agents
from streams.companies.recent import RecentAlerts
from streams.companies.rules import load_rules
from streams.companies.table import companies_table
from streams.config import Settings
from streams.news.agents import register_news_agents
from streams.runtime.table import ChangelogTable
from streams.topics import PipelineTopics, declare_topics


async def settled(condition: Callable[[], bool], timeout_s: float = 5.0) -> None:
    """Let the agents run until ``condition`` holds."""
    async with asyncio.timeout(timeout_s):
        while not condition():
            await asyncio.sleep(0.01)


class WorkerCrashed(Exception):
    """Raised instead of ending the test process when an agent calls ``crash_worker``."""


@dataclass
class Sent:
    """One message an agent sent."""

    topic: str
    key: bytes | None
    value: bytes


class Delivery(asyncio.Future):
    """The broker's answer to one record: resolved on the next loop turn (journaled); an error if refused."""

    def __init__(self, journal: list[str], destination: str, refused: bool) -> None:
        super().__init__()
        self.message = SimpleNamespace(partition=0)  # what Table.on_key_set reads from a changelog send

        def answer() -> None:
            journal.append(f"acked {destination}")
            if refused:
                self.set_exception(ConnectionError(f"{destination} refused"))
            else:
                self.set_result(None)

        self.get_loop().call_soon(answer)


@dataclass
class Harness:
    """The app, its topics and table, and what the agents did."""

    app: faust.App
    topics: PipelineTopics
    companies: ChangelogTable
    recent: RecentAlerts
    journal: list[str] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    broken: set[str] = field(default_factory=set)

    def on(self, topic: str) -> list[Sent]:
        """The messages sent to ``topic``, in order."""
        return [message for message in self.sent if message.topic == topic]


@pytest.fixture
def harness(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[Harness]:
    """The agents on one memory-store app; records are delivered unless their destination is in ``refuse``.

    The apply agent folds batches of one update unless the test parametrizes ``harness`` (indirect) with a
    larger batch size. Destinations are topic names, and ``changelog`` for the table's changelog records. A send
    to a topic in ``broken`` raises at once (the client is gone). The journal records sends, deliveries
    (``acked``), stream acknowledgements (``ack <offset>``) and crashes.
    """
    settings = Settings(app_id="agent-tests", topic_prefix="agent-tests", store="memory", partitions=1)
    app = faust.App(settings.app_id, store="memory://", autodiscover=False, web_enabled=False)
    topics = declare_topics(app, settings)
    companies = companies_table(app, settings)
    recent = RecentAlerts()
    register_news_agents(app, topics, settings)
    register_company_agents(
        app,
        topics,
        companies,
        load_rules(),
        recent,
        max_record_bytes=settings.max_record_bytes,
        state_cache_size=settings.state_cache_size,
        state_cache_mb=settings.state_cache_mb,
        batch_max=getattr(request, "param", 1),
        batch_linger_s=0.0,  # a batch is what was queued before the agent ran (TestBatches queues several)
    )
    harness = Harness(app=app, topics=topics, companies=companies, recent=recent)

    async def send(topic: str, key: bytes | None, value: bytes, *_: Any, **__: Any) -> Delivery:
        if topic in harness.broken:
            raise ConnectionError(f"{topic}: broker gone")
        harness.sent.append(Sent(topic, key, value))
        harness.journal.append(f"send {topic}")
        return Delivery(harness.journal, topic, topic in harness.refuse)

    monkeypatch.setattr(app.producer, "send", send)  # the Kafka client's send, under streams.runtime.delivery.send

    async def ack(self: faust.Stream, event: Any) -> bool:
        harness.journal.append(f"ack {event.message.offset}")
        return await real_ack(self, event)

    real_ack = faust.Stream.ack
    monkeypatch.setattr(faust.Stream, "ack", ack)

    def send_changelog(self: faust.Table, partition: int | None, key: Any, value: Any, *args: Any) -> Delivery:
        harness.journal.append(f"changelog {key}")
        return Delivery(harness.journal, "changelog", "changelog" in harness.refuse)

    monkeypatch.setattr(faust.Table, "send_changelog", send_changelog)  # under ChangelogTable's override

    def crash(exc: BaseException, *, agent: str) -> None:
        harness.journal.append(f"crash {agent}")
        raise WorkerCrashed(agent) from exc

    monkeypatch.setattr("streams.runtime.crash.crash_worker", crash)  # what every agent calls on a failure
    monkeypatch.setattr("streams.runtime.delivery.crash_worker", crash)  # a refused delivery
    yield harness
