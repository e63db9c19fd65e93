"""A producer thread that feeds a topic in small batches, so a worker is mid-stream whenever a test kills it."""

from __future__ import annotations

import threading
import time

from tests.support.kafka_io import produce


class PacedProducer(threading.Thread):
    """Sends ``records`` to ``topic`` ``batch`` at a time, ``pace_s`` seconds apart; ``error`` keeps what failed."""

    def __init__(
        self, bootstrap: str, topic: str, records: list[tuple[bytes, bytes]], *, batch: int, pace_s: float
    ) -> None:
        super().__init__(daemon=True)
        self.bootstrap, self.topic, self.records = bootstrap, topic, records
        self.batch, self.pace_s = batch, pace_s
        self.sent = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for start in range(0, len(self.records), self.batch):
                self.sent += produce(self.bootstrap, self.topic, self.records[start : start + self.batch])
                time.sleep(self.pace_s)
        except BaseException as exc:  # noqa: BLE001  # re-raised by the test thread
            self.error = exc
