"""The baseline: a plain aiokafka consume -> produce loop, the ceiling for any Python pipeline here.

It does no decoding and no work, so whatever the pipeline achieves is read against what moving the
same bytes through the same broker in one Python process costs. Its producer takes the same
delivery guarantee as Faust's (``acks=all``) and its consumer commits as a group, so the harness
can tell when it has drained a topic the same way it does for the worker.

Run: ``python -m bench.passthrough BOOTSTRAP SOURCE SINK GROUP``; it prints :data:`READY` once it
owns its partitions and stops cleanly on SIGTERM.
"""

from __future__ import annotations

import asyncio
import signal
import sys

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener

READY = "passthrough: ready"


class _Ready(ConsumerRebalanceListener):
    def __init__(self) -> None:
        self.assigned = asyncio.Event()

    async def on_partitions_revoked(self, revoked: object) -> None:
        return None

    async def on_partitions_assigned(self, assigned: object) -> None:
        self.assigned.set()


async def run(bootstrap: str, source: str, sink: str, group: str) -> None:
    """Copy every record of ``source`` to ``sink`` (same key, value) until SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        auto_commit_interval_ms=500,
        max_partition_fetch_bytes=8_000_000,
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=4_000_000)
    listener = _Ready()
    await producer.start()
    await consumer.start()
    consumer.subscribe([source], listener=listener)
    announced = False
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=200, max_records=500)
            if listener.assigned.is_set() and not announced:
                print(READY, flush=True)
                announced = True
            for messages in batches.values():
                for message in messages:
                    await producer.send(sink, value=message.value, key=message.key)
    finally:
        await producer.flush()
        await consumer.commit()
        await consumer.stop()
        await producer.stop()


def main() -> None:
    """Entry point: ``python -m bench.passthrough BOOTSTRAP SOURCE SINK GROUP``."""
    bootstrap, source, sink, group = sys.argv[1:5]
    asyncio.run(run(bootstrap, source, sink, group))


if __name__ == "__main__":
    main()
