"""An app with the pipeline's agents on a memory store, whose sends and crashes are recorded instead of performed."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import faust
import pytest

from streams.companies.agents import register_company_agents
from streams.companies.recent import RecentAlerts
from streams.companies.rules import load_rules
from streams.companies.table import CompanyTable, companies_table
from streams.config import Settings
from streams.news.agents import register_news_agents
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


class Delivery:
    """The broker's answer to one send: awaiting it is journaled, and raises when the destination refuses."""

    def __init__(self, journal: list[str], destination: str, refused: bool) -> None:
        self.journal, self.destination, self.refused = journal, destination, refused
        self.message = SimpleNamespace(partition=0)  # what Table.on_key_set reads from a changelog send

    def __await__(self) -> Generator[None, None, None]:
        self.journal.append(f"acked {self.destination}")
        if self.refused:
            raise ConnectionError(f"{self.destination} refused")
        return
        yield  # a generator, so that instances are awaitable


@dataclass
class Harness:
    """The app, its topics and table, and what the agents did."""

    app: faust.App
    topics: PipelineTopics
    companies: CompanyTable
    recent: RecentAlerts
    journal: list[str] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    def on(self, topic: str) -> list[Sent]:
        """The messages sent to ``topic``, in order."""
        return [message for message in self.sent if message.topic == topic]


@pytest.fixture
def harness(monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    """The three agents on one memory-store app; sends are acknowledged unless their destination is in ``refuse``.

    Destinations are topic names, and ``changelog`` for the table's changelog records.
    """
    settings = Settings(app_id="agent-tests", topic_prefix="agent-tests", store="memory", partitions=1)
    app = faust.App(settings.app_id, store="memory://", autodiscover=False, web_enabled=False)
    topics = declare_topics(app, settings)
    companies = companies_table(app, settings)
    recent = RecentAlerts()
    register_news_agents(app, topics, settings)
    register_company_agents(app, topics, companies, load_rules(), recent)
    harness = Harness(app=app, topics=topics, companies=companies, recent=recent)

    for topic in (topics.events, topics.company_updates, topics.alerts, topics.news_deadletter):

        async def send(*, key: bytes | None = None, value: bytes, _name: str = topic.get_topic_name()) -> Delivery:
            harness.sent.append(Sent(_name, key, value))
            harness.journal.append(f"send {_name}")
            return Delivery(harness.journal, _name, _name in harness.refuse)

        monkeypatch.setattr(topic, "send", send)

    def send_changelog(self: faust.Table, partition: int | None, key: Any, value: Any, *args: Any) -> Delivery:
        harness.journal.append(f"changelog {key}")
        return Delivery(harness.journal, "changelog", "changelog" in harness.refuse)

    monkeypatch.setattr(faust.Table, "send_changelog", send_changelog)  # under CompanyTable's override

    def crash(exc: BaseException, *, agent: str) -> None:
        harness.journal.append(f"crash {agent}")
        raise WorkerCrashed(agent) from exc

    monkeypatch.setattr("streams.message_scope.crash_worker", crash)  # what every agent calls on a failure
    yield harness
