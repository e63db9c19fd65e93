"""The two measurements every subject gets: backlog drain rate and latency under a paced load."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from aiokafka import TopicPartition

from bench import kafka_io
from bench.processes import ManagedProcess
from bench.stats import latency_summary

_SETTLE_S = 1.0


class Subject(Protocol):
    """What the harness needs to know about a process under test (see :mod:`bench.subjects`)."""

    name: str
    bootstrap: str

    @property
    def group(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def outputs(self) -> list[str]: ...
    @property
    def consumed(self) -> list[str]: ...
    @property
    def latency_topic(self) -> str: ...
    def answers(self, key: bytes | None, value: bytes) -> list[bytes]: ...
    def topics(self) -> list[str]: ...
    def process(self, index: int = 0) -> ManagedProcess: ...


@dataclass
class Drain:
    """How fast a subject worked through a backlog."""

    records: int
    seconds: float | None
    outputs: int
    complete: bool

    @property
    def rate(self) -> float | None:
        """Records per second, or None when the backlog was not drained."""
        if not self.complete or not self.seconds:
            return None
        return self.records / self.seconds

    def as_dict(self) -> dict[str, object]:
        """JSON-ready figures."""
        rate = self.rate
        return {
            "records": self.records,
            "seconds": None if self.seconds is None else round(self.seconds, 3),
            "outputs": self.outputs,
            "complete": self.complete,
            "articles_per_s": None if rate is None else round(rate, 1),
        }


async def drain(
    subject: Subject,
    before: Mapping[TopicPartition, int],
    timeout_s: float,
    processes: Sequence[ManagedProcess],
    observe: kafka_io.RecordObserver | None = None,
) -> Drain:
    """Wait until ``subject`` has consumed what its source gained since ``before`` and time that work.

    The work started with the first output record after ``before`` and ended with the last one
    (their timestamps are set by the process under test as it sends them), so neither process
    start-up nor the harness's polling is counted. ``before`` comes from :func:`kafka_io.offsets`
    over the source and output topics, taken before the backlog was produced. ``observe`` sees every
    output record read (the steady-state bench sizes the changelog's rows with it).
    """
    now = await kafka_io.offsets(subject.bootstrap, [subject.source])
    records = sum(end - before.get(tp, 0) for tp, end in now.items())
    complete = await kafka_io.wait_consumed(
        subject.bootstrap, subject.group, subject.consumed, timeout_s, lambda: all(p.alive() for p in processes)
    )
    await _settle(subject)
    first: float | None = None
    last: float | None = None
    outputs = 0
    for topic in subject.outputs:
        start = {tp: offset for tp, offset in before.items() if tp.topic == topic}
        contents = await kafka_io.read_topic(subject.bootstrap, topic, start, observe)
        outputs += contents.count
        if contents.first_ts is not None and contents.last_ts is not None:
            first = contents.first_ts if first is None else min(first, contents.first_ts)
            last = contents.last_ts if last is None else max(last, contents.last_ts)
    if first is None or last is None:
        return Drain(records, None, outputs, complete=False)
    return Drain(records, last - first, outputs, complete)


async def _settle(subject: Subject) -> None:
    """Wait until the outputs stop growing: offsets are committed slightly before sends complete."""
    previous: int | None = None
    for _ in range(30):
        total = sum((await kafka_io.offsets(subject.bootstrap, subject.outputs)).values())
        if total == previous:
            return
        previous = total
        await asyncio.sleep(_SETTLE_S)


@dataclass
class Latency:
    """News-to-answer latency at one offered rate."""

    target_rate: float
    achieved_rate: float
    seconds: list[float]
    sent: int

    def as_dict(self) -> dict[str, object]:
        """JSON-ready figures."""
        return {
            "target_rate": round(self.target_rate, 1),
            "achieved_rate": round(self.achieved_rate, 1),
            "sent": self.sent,
            **latency_summary(self.seconds),
        }


async def latency(
    subject: Subject,
    records: Sequence[tuple[bytes, bytes]],
    rate: float,
    drain_timeout_s: float,
    process: ManagedProcess,
) -> Latency:
    """Feed ``records`` at ``rate``/s and measure each answer's receive time minus its news send time.

    An answer citing several news items is measured from the latest of them sent in this phase:
    that is the item that completed the facts behind it.
    """
    sent_at: dict[bytes, float] = {}
    samples: list[float] = []

    def on_record(received: float, key: bytes | None, value: bytes) -> None:
        times = [sent_at[k] for k in subject.answers(key, value) if k in sent_at]
        if times:
            samples.append(received - max(times))

    collector = kafka_io.Collector(subject.bootstrap, subject.latency_topic, on_record)
    await collector.start()
    try:
        achieved = await kafka_io.produce_paced(subject.bootstrap, subject.source, records, rate, sent_at)
        await kafka_io.wait_consumed(subject.bootstrap, subject.group, subject.consumed, drain_timeout_s, process.alive)
        await asyncio.sleep(_SETTLE_S)
    finally:
        await collector.stop()
    return Latency(rate, achieved, samples, len(records))


async def start_all(processes: Sequence[ManagedProcess], timeout_s: float = 180.0) -> float:
    """Start processes concurrently and return the seconds until the last one was ready."""
    started = time.monotonic()
    await asyncio.gather(*(asyncio.to_thread(p.start, timeout_s) for p in processes))
    return time.monotonic() - started
