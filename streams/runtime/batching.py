"""Batches of the events a stream already holds, so an agent can pay per batch what it used to pay per event.

Faust's ``stream.take(n, within=t)`` was not used, for three reasons. It acknowledges every event
of a batch itself once the agent's body returns, and also when the body is cancelled part-way (a
worker stopping), which would let the stop's commit pass updates whose state was never written.
It waits up to ``within`` for a batch to fill even when the worker is idle, which adds that much to
every alert's latency. And table reads and writes inside its body all go to the partition of the
last buffered event (:meth:`streams.runtime.table.ChangelogTable.write` routes each key by an event
of its own).

:func:`ready_batches` instead hands over every event that has arrived within ``linger_s`` of a
batch's first one, up to ``max_size``, like a Kafka producer's ``linger.ms``: a batch of one comes at
most ``linger_s`` late on a quiet feed, and under load a batch holds everything fetched meanwhile.
Without the linger, the ``apply`` agent, which is faster than extraction, would catch up after every
fetch and fold a few updates at a time, about one per company: no fewer row writes than one per update.
Acknowledgement stays with the agent (:class:`streams.runtime.delivery.AckOnDelivery`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import faust
from faust.types import EventT

_QUEUED_WAIT_S = 0.01
"""Longest wait for an event the stream's buffer already holds: it may be skipped (a rebalance) and never come."""


async def ready_batches(stream: faust.StreamT[Any], max_size: int, linger_s: float) -> AsyncIterator[list[EventT[Any]]]:
    """Yield the stream's events in arrival order, in batches of at most ``max_size``.

    A batch ends when it reaches ``max_size``, or when no further event has arrived ``linger_s`` after
    the batch's first one and the stream's buffer holds none. A task moves the stream's events into a
    queue, so a batch never waits on the stream itself: during a rebalance Faust skips the events of the
    old assignment and waits for every event taken to be acknowledged, and a batch held while waiting
    for a skipped event would never be (the worker stalled for good in tests/integration/test_order.py).
    """
    # Faust internal: an agent's stream reads a channel whose queue the consumer fills
    # (tests/unit/test_runtime_internals.py).
    channel = stream.channel
    if not isinstance(channel, faust.ChannelT):
        raise TypeError(f"ready_batches needs a stream over a channel, not {type(channel).__name__}")
    loop = asyncio.get_running_loop()
    arrived: asyncio.Queue[EventT[Any] | None] = asyncio.Queue()

    async def pump() -> None:
        try:
            async for event in stream.events():
                arrived.put_nowait(event)
        finally:
            arrived.put_nowait(None)  # the stream ended (or failed: re-raised below)

    pumping = asyncio.ensure_future(pump())
    try:
        while (first := await arrived.get()) is not None:
            batch, deadline = [first], loop.time() + linger_s
            while len(batch) < max_size:
                if arrived.empty():
                    wait = deadline - loop.time()
                    if wait <= 0 and channel.empty():
                        break
                    try:
                        event = await asyncio.wait_for(arrived.get(), max(wait, _QUEUED_WAIT_S))
                    except TimeoutError:
                        break
                else:
                    event = arrived.get_nowait()
                if event is None:
                    arrived.put_nowait(None)
                    break
                batch.append(event)
            yield batch
        await pumping  # re-raises what ended the stream
    finally:
        pumping.cancel()
