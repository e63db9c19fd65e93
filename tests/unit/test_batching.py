"""``streams.runtime.batching.ready_batches``: what arrives within the linger, at most ``max_size``, in order."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import faust
import pytest

from streams.runtime.batching import ready_batches


class QueuedStream:
    """The part of a Faust stream ``ready_batches`` uses: ``events()`` over a channel's queue, and the channel."""

    def __init__(self, app: faust.App) -> None:
        self.channel = app.channel()
        self.queue: asyncio.Queue[int | None] = asyncio.Queue()
        self.channel.empty = self.queue.empty  # type: ignore[method-assign]

    async def events(self) -> AsyncIterator[Any]:
        while (item := await self.queue.get()) is not None:
            await asyncio.sleep(0)  # as Faust's stream does between events
            yield item


async def collect(
    stream: QueuedStream, max_size: int, arrivals: list[list[int]], *, linger_s: float = 0.0, gap_s: float = 0.0
) -> list[list[int]]:
    """Feed ``arrivals`` (each list at once, the next ``gap_s`` after the agent took the last); return the batches."""
    batches: list[list[int]] = []

    async def consume() -> None:
        async for batch in ready_batches(stream, max_size, linger_s):  # type: ignore[arg-type]
            batches.append(batch)

    task = asyncio.ensure_future(consume())
    for arrival in arrivals:
        for item in arrival:
            stream.queue.put_nowait(item)
        while not stream.queue.empty():
            await asyncio.sleep(0)
        await asyncio.sleep(gap_s)
    await asyncio.sleep(linger_s)
    stream.queue.put_nowait(None)
    await task
    return batches


@pytest.fixture
def stream() -> QueuedStream:
    return QueuedStream(faust.App("batching-tests", autodiscover=False, web_enabled=False))


async def test_everything_already_arrived_is_one_batch(stream: QueuedStream) -> None:
    assert await collect(stream, 100, [[1, 2, 3], [4], [5, 6]], linger_s=0.02, gap_s=0.1) == [[1, 2, 3], [4], [5, 6]]


async def test_a_batch_stops_at_max_size(stream: QueuedStream) -> None:
    assert await collect(stream, 2, [[1, 2, 3, 4, 5]]) == [[1, 2], [3, 4], [5]]


async def test_what_arrives_within_the_linger_joins_the_batch(stream: QueuedStream) -> None:
    """What arrives 10 ms after the first event of a 300 ms linger joins its batch."""
    assert await collect(stream, 100, [[1], [2, 3]], linger_s=0.3, gap_s=0.01) == [[1, 2, 3]]


async def test_a_batch_is_yielded_once_its_linger_has_passed(stream: QueuedStream) -> None:
    """Arrivals further apart than the linger make batches of their own."""
    assert await collect(stream, 100, [[1, 2], [3]], linger_s=0.02, gap_s=0.2) == [[1, 2], [3]]


async def test_a_full_batch_does_not_wait_for_the_linger(stream: QueuedStream) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await collect(stream, 2, [[1, 2]], linger_s=0.02) == [[1, 2]]
    batches: list[list[int]] = []
    stream.queue.put_nowait(3)
    stream.queue.put_nowait(4)
    stream.queue.put_nowait(None)
    async for batch in ready_batches(stream, 2, 30.0):  # type: ignore[arg-type]
        batches.append(batch)
    assert (batches, loop.time() - started < 5) == ([[3, 4]], True)


async def test_a_stream_without_a_channel_is_refused() -> None:
    class Iterated:
        channel = iter(())

    with pytest.raises(TypeError, match="over a channel"):
        await anext(ready_batches(Iterated(), 10, 0.0))  # type: ignore[arg-type]
