"""``dealwatch worker`` whose fetch loop loses one record, once: the hole a Faust race leaves, made on purpose.

``DEALWATCH_TEST_DROP_ONCE=<topic>:<partition>:<offset>`` names the record. Faust's fetch loop hands it to
the consumer callback, which returns without passing it to the streams, and then counts it as read, as when a
flow stop cuts a delivery short (``Consumer._drain_messages``): the next record follows the read offset, so
Faust sees no gap, and only the guard of ``streams.runtime.skipped_records`` can tell that it was never
processed. Only the first delivery is lost; a seek back delivers it again.

Run as ``python -m tests.support.drop_once_worker worker`` from the repository root.
"""

from __future__ import annotations

import os
from typing import Any

import structlog
from faust.transport.consumer import Consumer

from streams.cli.main import main

log = structlog.get_logger(__name__)


def lose_once(topic: str, partition: int, offset: int) -> None:
    """Make every Faust consumer built from now on lose the first delivery of ``topic[partition]@offset``."""
    build = Consumer.__init__
    lost: list[int] = []

    def __init__(self: Consumer, *args: Any, callback: Any, **kwargs: Any) -> None:
        async def deliver(message: Any) -> None:
            if not lost and (message.topic, message.partition, message.offset) == (topic, partition, offset):
                lost.append(offset)
                log.warning("test_record_lost", topic=topic, partition=partition, offset=offset)
                return
            await callback(message)

        build(self, *args, callback=deliver, **kwargs)

    Consumer.__init__ = __init__  # type: ignore[method-assign]  # test-only fault injection


if __name__ == "__main__":
    topic, partition, offset = os.environ["DEALWATCH_TEST_DROP_ONCE"].rsplit(":", 2)
    lose_once(topic, int(partition), int(offset))
    main()
