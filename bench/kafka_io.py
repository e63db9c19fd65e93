"""Async Kafka plumbing for the benches: topics, a backlog, a paced feed, and reading outputs.

Everything runs in the harness process with aiokafka; the process under test runs separately.
All times are this machine's wall clock (``time.time()``), the one clock producers, the process
under test and the harness share.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

_POLL_S = 0.25


async def create_topics(bootstrap: str, names: Sequence[str], partitions: int) -> None:
    """Create topics (ignoring those that exist) and wait until their metadata is visible."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="bench")
    await admin.start()
    try:
        for name in names:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            described = await admin.describe_topics(list(names))
            if all(t.get("error_code", 0) == 0 and t.get("partitions") for t in described):
                return
            await asyncio.sleep(_POLL_S)
    finally:
        await admin.close()


def _producer(bootstrap: str, **overrides: object) -> AIOKafkaProducer:
    options: dict[str, object] = {"acks": "all", "linger_ms": 5, "max_request_size": 4_000_000}
    return AIOKafkaProducer(bootstrap_servers=bootstrap, client_id="bench-feed", **{**options, **overrides})


async def produce_all(bootstrap: str, topic: str, records: Sequence[tuple[bytes, bytes]]) -> float:
    """Send every ``(key, value)`` as fast as the broker takes them; return the seconds it took."""
    producer = _producer(bootstrap)
    await producer.start()
    started = time.monotonic()
    try:
        pending = [await producer.send(topic, value=value, key=key) for key, value in records]
        await producer.flush()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return time.monotonic() - started


async def produce_paced(
    bootstrap: str, topic: str, records: Sequence[tuple[bytes, bytes]], rate: float, sent_at: dict[bytes, float]
) -> float:
    """Send records at ``rate`` per second, recording each key's send time; return the achieved rate.

    The schedule is absolute (record ``i`` is due at ``start + i / rate``), so a slow send is made
    up for by the next ones instead of lowering the rate.
    """
    producer = _producer(bootstrap, linger_ms=0)
    await producer.start()
    try:
        start = time.time()
        pending = []
        for index, (key, value) in enumerate(records):
            delay = start + index / rate - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            now = time.time()
            sent_at[key] = now
            pending.append(await producer.send(topic, value=value, key=key, timestamp_ms=int(now * 1000)))
        await producer.flush()
        await asyncio.gather(*pending)
        elapsed = time.time() - start
    finally:
        await producer.stop()
    return len(records) / elapsed if elapsed > 0 else float("nan")


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    parts: set[int] | None = None
    deadline = time.monotonic() + 30
    while not parts and time.monotonic() < deadline:
        parts = consumer.partitions_for_topic(topic)
        if not parts:
            await consumer._client.force_metadata_update()
            await asyncio.sleep(_POLL_S)
    if not parts:
        msg = f"topic {topic} has no partitions"
        raise RuntimeError(msg)
    return [TopicPartition(topic, p) for p in sorted(parts)]


async def end_offsets(bootstrap: str, topic: str) -> dict[TopicPartition, int]:
    """Return the end offset of each partition of ``topic``."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        return await consumer.end_offsets(await _partitions(consumer, topic))
    finally:
        await consumer.stop()


async def offsets(bootstrap: str, topics: Sequence[str]) -> dict[TopicPartition, int]:
    """Return the end offset of every partition of those ``topics`` that exist (others are skipped)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        existing = await consumer.topics()
        out: dict[TopicPartition, int] = {}
        for topic in topics:
            if topic in existing:
                out.update(await consumer.end_offsets(await _partitions(consumer, topic)))
        return out
    finally:
        await consumer.stop()


async def wait_consumed(
    bootstrap: str, group: str, topics: Sequence[str], timeout_s: float, alive: Callable[[], bool] = lambda: True
) -> bool:
    """Wait until ``group`` has committed every partition of ``topics`` up to its end; False on timeout.

    End offsets are read again on every check, since a pipeline's later stages grow while its
    earlier ones drain. Raises :class:`RuntimeError` as soon as ``alive()`` turns False: a dead
    consumer will never catch up.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="bench-lag")
    await admin.start()
    try:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not alive():
                msg = f"the process consuming as {group} exited"
                raise RuntimeError(msg)
            ends: dict[TopicPartition, int] = {}
            for topic in topics:
                ends.update(await end_offsets(bootstrap, topic))
            committed = await admin.list_consumer_group_offsets(group, partitions=list(ends))
            if all(end == 0 or (tp in committed and committed[tp].offset >= end) for tp, end in ends.items()):
                return True
            await asyncio.sleep(_POLL_S)
        return False
    finally:
        await admin.close()


@dataclass
class TopicContents:
    """What one topic holds: record count and the first and last record timestamps (seconds)."""

    count: int = 0
    first_ts: float | None = None
    last_ts: float | None = None


RecordObserver = Callable[[str, bytes | None, bytes | None], None]
"""Called with ``(topic, key, value)`` for each record read, e.g. to size the changelog's rows."""


async def read_topic(
    bootstrap: str,
    topic: str,
    start: Mapping[TopicPartition, int] | None = None,
    observe: RecordObserver | None = None,
) -> TopicContents:
    """Read ``topic`` from ``start`` offsets (default: the beginning) to its end, showing ``observe`` each record."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, max_partition_fetch_bytes=8_000_000
    )
    await consumer.start()
    out = TopicContents()
    try:
        parts = await _partitions(consumer, topic)
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        for tp, offset in (start or {}).items():
            consumer.seek(tp, offset)
        ends = await consumer.end_offsets(parts)
        remaining = {tp for tp, end in ends.items() if end > (start or {}).get(tp, 0)}
        while remaining:
            batches = await consumer.getmany(*remaining, timeout_ms=1000)
            for tp, messages in batches.items():
                for message in messages:
                    ts = message.timestamp / 1000
                    if observe is not None:
                        observe(topic, message.key, message.value)
                    out.count += 1
                    out.first_ts = ts if out.first_ts is None else min(out.first_ts, ts)
                    out.last_ts = ts if out.last_ts is None else max(out.last_ts, ts)
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        await consumer.stop()
    return out


class Collector:
    """Read new records of a topic as they arrive, calling ``on_record(receive_time, key, value)``.

    Starts at the topic's current end, so only records produced after :meth:`start` are seen.
    """

    def __init__(self, bootstrap: str, topic: str, on_record: Callable[[float, bytes | None, bytes], None]) -> None:
        self.bootstrap = bootstrap
        self.topic = topic
        self.on_record = on_record
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            enable_auto_commit=False,
            fetch_max_wait_ms=20,
            max_partition_fetch_bytes=8_000_000,
        )
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Position at the end of the topic and start reading in the background."""
        await self._consumer.start()
        parts = await _partitions(self._consumer, self.topic)
        self._consumer.assign(parts)
        await self._consumer.seek_to_end(*parts)
        for tp in parts:
            await self._consumer.position(tp)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            batches = await self._consumer.getmany(timeout_ms=100)
            received = time.time()
            for messages in batches.values():
                for message in messages:
                    self.on_record(received, message.key, message.value)

    async def stop(self) -> None:
        """Stop reading."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self._consumer.stop()


async def until(check: Callable[[], Awaitable[bool]] | Callable[[], bool], timeout_s: float) -> bool:
    """Poll ``check`` until it returns True or ``timeout_s`` passes; return its last answer."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = check()
        done = await result if asyncio.iscoroutine(result) else result
        if done or time.monotonic() >= deadline:
            return bool(done)
        await asyncio.sleep(_POLL_S)
