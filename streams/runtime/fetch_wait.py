"""Bound how long a fetch request may wait at the broker (Faust hard-codes 1,500 ms).

aiokafka keeps one fetch request in flight per broker, and leaves out of it every partition
whose previous records the worker has not finished processing. Under load that is often the
``news`` partitions, so the request carries only partitions with nothing new (the table's
changelog, the assignor's topic, quiet ``company-updates`` partitions), and the broker holds it
for the whole ``fetch_max_wait_ms``. Records arriving meanwhile cannot be fetched until it
returns: with Faust's 1,500 ms the worker stalls for 1.5 s, falls behind, and at 80 % of its
capacity never catches up (bench: news-to-event latency jumping by 1.6 s at once). At 100 ms a
quiet worker sends ten empty fetches a second, and a busy one waits at most that long.

Faust passes a constant to ``aiokafka.AIOKafkaConsumer`` and offers no setting, so the worker's
consumer thread sets the value on the consumer before it starts; ``tests/integration/test_fetch_wait.py``
fails if either library stops keeping it where this module puts it.
"""

from __future__ import annotations

from typing import Any

import aiokafka
import faust
from faust.transport.drivers import aiokafka as faust_aiokafka


def bound_fetch_wait(app: faust.App, fetch_max_wait_ms: int) -> None:
    """Make the worker consumer of ``app`` ask the broker to hold fetches at most ``fetch_max_wait_ms``.

    Call before the app starts (its consumer is created on start).
    """

    class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
            consumer = super()._create_worker_consumer(transport)
            consumer._fetch_max_wait_ms = fetch_max_wait_ms  # aiokafka internal, read by start(); see module doc
            return consumer

    class Consumer(faust_aiokafka.Consumer):
        def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
            return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    app.transport.Consumer = Consumer  # type: ignore[misc]  # Faust's documented way to swap a driver class
