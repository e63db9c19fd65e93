"""Sending records, and acknowledging a message only once the records it produced are delivered.

Two costs of Faust's defaults dominated the worker once extraction was fast (bench/results/latest.md):

* ``topic.send()`` wraps every record in Faust's ``FutureMessage`` with sensors and callbacks: about
  70 µs of CPU per record against about 25 µs for the Kafka client's own ``send`` that Faust calls in
  the end (measured with a one-line agent on the local broker). :func:`send` calls the client directly.
* The ``apply`` agent waited for each update's changelog record to be acknowledged before taking the
  next update (gap 2 in docs/delivery-semantics.md), so it applied at most one update per broker round
  trip. :class:`AckOnDelivery` lets it move on at once and acknowledges the update when the record is
  delivered instead; the offset commit only ever covers acknowledged messages.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Sequence
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


class AckOnDelivery:
    """Acknowledge a stream's events in arrival order, each once the records it produced are delivered.

    Takes over acknowledgement from the stream (``enable_acks = False``): the agent calls :meth:`track`
    after handling each event and goes straight on to the next. Order matters because Faust commits
    the first run of consecutive acknowledged offsets: an event acknowledged ahead of one still waiting
    for its records could let the commit pass the waiting one. A failed delivery ends the worker
    (:func:`streams.runtime.crash.crash_worker`), so its event is never acknowledged and is processed again on restart.

    Events still waiting when the worker stops stay unacknowledged: Faust's stop commits acknowledged
    offsets only, so whoever owns the partition next processes them again.
    """

    def __init__(self, stream: faust.StreamT[Any]) -> None:
        # Faust internal: the stream reads ``enable_acks`` per event (tests/unit/test_runtime_internals.py).
        stream.enable_acks = False
        self._stream = stream
        self._waiting: deque[tuple[EventT[Any], Sequence[Delivery]]] = deque()
        self._acking: set[asyncio.Task[None]] = set()

    def track(self, event: EventT[Any], deliveries: Sequence[Delivery]) -> None:
        """Acknowledge ``event`` once every one of ``deliveries`` is done and every earlier event is acknowledged."""
        self._waiting.append((event, deliveries))
        for delivery in deliveries:
            if not delivery.done():
                delivery.add_done_callback(self._on_delivered)
        self._release()

    @property
    def waiting(self) -> int:
        """Events handled but not yet acknowledged."""
        return len(self._waiting)

    def _on_delivered(self, _delivery: Delivery) -> None:
        self._release()

    def _release(self) -> None:
        ready: list[EventT[Any]] = []
        while self._waiting:
            event, deliveries = self._waiting[0]
            # A cancelled delivery (the producer is stopping) is never acknowledged: processed again on restart.
            if not all(delivery.done() and not delivery.cancelled() for delivery in deliveries):
                break
            for delivery in deliveries:
                failure = delivery.exception()
                if failure is not None:
                    crash_worker(failure, agent="delivery")
            self._waiting.popleft()
            ready.append(event)
        if ready:
            # Stream.ack is a coroutine (it only updates counters and sensors); tasks start in creation order.
            task = asyncio.ensure_future(self._ack(ready))
            self._acking.add(task)
            task.add_done_callback(self._acking.discard)

    async def _ack(self, events: list[EventT[Any]]) -> None:
        for event in events:
            await self._stream.ack(event)
