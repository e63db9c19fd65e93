"""``streams.runtime.batching.ready_batches``: every event already arrived, at most ``max_size``, in order."""

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


async def collect(stream: QueuedStream, max_size: int, arrivals: list[list[int]]) -> list[list[int]]:
    """Feed ``arrivals`` (each list arrives at once, the next after the agent caught up) and return the batches."""
    batches: list[list[int]] = []

    async def consume() -> None:
        async for batch in ready_batches(stream, max_size):  # type: ignore[arg-type]
            batches.append(batch)

    task = asyncio.ensure_future(consume())
    for arrival in arrivals:
        for item in arrival:
            stream.queue.put_nowait(item)
        while not stream.queue.empty():
            await asyncio.sleep(0)
        await asyncio.sleep(0)
    stream.queue.put_nowait(None)
    await task
    return batches


@pytest.fixture
def stream() -> QueuedStream:
    return QueuedStream(faust.App("batching-tests", autodiscover=False, web_enabled=False))


async def test_everything_already_arrived_is_one_batch(stream: QueuedStream) -> None:
    assert await collect(stream, 100, [[1, 2, 3], [4], [5, 6]]) == [[1, 2, 3], [4], [5, 6]]


async def test_a_batch_stops_at_max_size(stream: QueuedStream) -> None:
    assert await collect(stream, 2, [[1, 2, 3, 4, 5]]) == [[1, 2], [3, 4], [5]]


async def test_a_stream_without_a_channel_is_refused() -> None:
    class Iterated:
        channel = iter(())

    with pytest.raises(TypeError, match="over a channel"):
        await anext(ready_batches(Iterated(), 10))  # type: ignore[arg-type]
