"""Sending records, and acknowledging a message only once the records it produced are delivered.

Two costs of Faust's defaults dominated the worker once extraction was fast (bench/results/latest.md):

* ``topic.send()`` wraps every record in Faust's ``FutureMessage`` with sensors and callbacks: about
  70 µs of CPU per record against about 25 µs for the Kafka client's own ``send`` that Faust calls in
  the end (measured with a one-line agent on the local broker). :func:`send` calls the client directly.
* The ``apply`` agent waited for each update's changelog record to be acknowledged before taking the
  next update (gap 2 in docs/delivery-semantics.md), so it applied at most one update per broker round
  trip. :class:`AckOnDelivery` lets it move on at once and acknowledges the updates when their records
  are delivered instead; the offset commit only ever covers acknowledged messages.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

import faust
from faust.types import EventT
from faust.types.tuples import RecordMetadata

from streams import metrics
from streams.runtime.crash import crash_worker

Delivery = asyncio.Future[RecordMetadata]
"""The future of one record's delivery, resolved when the broker acknowledges it."""


async def send(topic: faust.TopicT, *, key: bytes | None, value: bytes) -> Delivery:
    """Hand one record for ``topic`` to the Kafka client and return the future of its delivery.

    Faust's commit flushes this same client before it commits any offset, so a record handed over
    while a message was processed is delivered before that message's offset is committed. A refused
    delivery ends the worker from the future's callback, before that flush returns, as
    :class:`streams.runtime.crash.CrashOnSendError` does for the records Faust sends itself (changelog records).
    """
    producer = topic.app.producer
    name = topic.get_topic_name()
    # Faust internal: the driver producer's raw ``send`` (tests/unit/test_runtime_internals.py pins its signature).
    # The aiokafka driver returns the client's delivery future (typed as a plain Awaitable by Faust).
    delivery = cast(Delivery, await producer.send(name, key, value, partition=None, timestamp=None, headers=None))
    delivery.add_done_callback(_crash_if_refused)
    metrics.record_sent(name)
    return delivery


def _crash_if_refused(delivery: Delivery) -> None:
    failure = None if delivery.cancelled() else delivery.exception()
    if failure is not None:
        crash_worker(failure, agent="producer")


@dataclass(slots=True)
class _Waiting:
    """Events waiting for their records, and how many of those records are not delivered yet."""

    events: Sequence[EventT[Any]]
    deliveries: Sequence[Delivery]
    undelivered: int


class AckOnDelivery:
    """Acknowledge a stream's events in arrival order, each batch once the records it produced are delivered.

    Takes over acknowledgement from the stream (``enable_acks = False``): the agent calls :meth:`track`
    after handling each batch of events (one event is a batch of one) and goes straight on to the next.
    Order matters because Faust commits the first run of consecutive acknowledged offsets: an event
    acknowledged ahead of one still waiting for its records could let the commit pass the waiting one.
    A failed delivery ends the worker (:func:`streams.runtime.crash.crash_worker`), so its events are
    never acknowledged and are processed again on restart. Each delivery costs one count down, not a
    look at every record of its batch (a batch writes up to hundreds of rows).

    Events still waiting when the worker stops stay unacknowledged: Faust's stop commits acknowledged
    offsets only, so whoever owns the partition next processes them again.
    """

    def __init__(self, stream: faust.StreamT[Any]) -> None:
        # Faust internal: the stream reads ``enable_acks`` per event (tests/unit/test_runtime_internals.py).
        stream.enable_acks = False
        self._stream = stream
        self._waiting: deque[_Waiting] = deque()
        self._acking: set[asyncio.Task[None]] = set()

    def track(self, events: Sequence[EventT[Any]], deliveries: Sequence[Delivery]) -> None:
        """Acknowledge ``events`` once every one of ``deliveries`` is done and every earlier event is acknowledged."""
        pending = [delivery for delivery in deliveries if not delivery.done()]
        batch = _Waiting(events, deliveries, len(pending))
        self._waiting.append(batch)
        for delivery in pending:
            delivery.add_done_callback(partial(self._on_delivered, batch))
        self._release()

    @property
    def waiting(self) -> int:
        """Events handled but not yet acknowledged."""
        return sum(len(batch.events) for batch in self._waiting)

    def _on_delivered(self, batch: _Waiting, _delivery: Delivery) -> None:
        batch.undelivered -= 1
        if not batch.undelivered:
            self._release()

    def _release(self) -> None:
        ready: list[EventT[Any]] = []
        while self._waiting and not self._waiting[0].undelivered:
            deliveries = self._waiting[0].deliveries
            # A cancelled delivery (the producer is stopping) is never acknowledged: processed again on restart.
            if any(delivery.cancelled() for delivery in deliveries):
                break
            for delivery in deliveries:
                failure = delivery.exception()
                if failure is not None:
                    crash_worker(failure, agent="delivery")
            ready.extend(self._waiting.popleft().events)
        if ready:
            # Stream.ack is a coroutine (it only updates counters and sensors); tasks start in creation order.
            task = asyncio.ensure_future(self._ack(ready))
            self._acking.add(task)
            task.add_done_callback(self._acking.discard)

    async def _ack(self, events: list[EventT[Any]]) -> None:
        for event in events:
            await self._stream.ack(event)
