"""Reading the alerts topic with kafka-python, either as a private reader or as a consumer-group member.

A private reader (no group) assigns itself every partition and commits nothing, so looking at
alerts never disturbs anyone. A group member shares the partitions with its teammates and
commits after each batch it has shown, so the group resumes where it stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import structlog
from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata
from pydantic import ValidationError

from schemas.alerts import Alert
from streams.clients.probe import BrokerConnectionError, check_broker

log = structlog.get_logger(__name__)

POLL_MS = 300
CONNECT_TIMEOUT_S = 5.0


class SubscribeError(Exception):
    """The alerts topic cannot be read; the message is one line a user can act on."""


@dataclass(frozen=True, slots=True)
class Received:
    """One record of the alerts topic: a decoded alert, or why it could not be decoded."""

    partition: int
    offset: int
    alert: Alert | None = None
    error: str | None = None


class AlertStream:
    """Iterate over the alerts on ``topic``.

    Args:
        bootstrap: ``host:port[,host:port]`` of the broker.
        topic: the alerts topic.
        group: consumer group to join; None reads privately and commits nothing.
        from_beginning: start at the oldest retained alert; else at the end (only new ones). A group
            with committed offsets resumes from them either way.
        follow: keep waiting for new alerts; else stop once caught up with the end offsets taken
            when reading started.
        security: kafka-python security options (:func:`streams.security.kafka_options`).
        connect_timeout_s: how long to try to reach the broker before failing with the cause.
    """

    def __init__(
        self,
        bootstrap: str,
        topic: str,
        *,
        group: str | None,
        from_beginning: bool,
        follow: bool,
        security: Mapping[str, Any] | None = None,
        connect_timeout_s: float = CONNECT_TIMEOUT_S,
    ) -> None:
        self.topic = topic
        self.follow = follow
        self.group = group
        self._stop = threading.Event()
        try:
            check_broker(bootstrap, security, connect_timeout_s)
        except BrokerConnectionError as exc:
            raise SubscribeError(str(exc)) from exc
        try:
            self._consumer = KafkaConsumer(
                bootstrap_servers=bootstrap,
                client_id="dealwatch-alerts",
                group_id=group,
                enable_auto_commit=False,
                auto_offset_reset="earliest" if from_beginning else "latest",
                **(security or {}),
            )
        except (KafkaError, OSError) as exc:
            msg = f"cannot reach the Kafka broker at {bootstrap}"
            raise SubscribeError(msg) from exc
        partitions = self._consumer.partitions_for_topic(topic)
        if not partitions:
            self._consumer.close()
            msg = f"topic {topic!r} does not exist on {bootstrap} (start `dealwatch worker` once, which creates it)"
            raise SubscribeError(msg)
        if group is None:
            assigned = [TopicPartition(topic, p) for p in sorted(partitions)]
            self._consumer.assign(assigned)
            if from_beginning:
                self._consumer.seek_to_beginning(*assigned)
            else:
                self._consumer.seek_to_end(*assigned)
        else:
            self._consumer.subscribe([topic])
        self._ends: dict[TopicPartition, int] = {}
        self._done: dict[TopicPartition, int] = {}

    def __iter__(self) -> Iterator[Received]:
        """Yield records until caught up (or, with ``follow``, until :meth:`stop`).

        In a group, only records passed to :meth:`mark_done` are committed, so an alert that was
        fetched but never shown (``--max`` reached, Ctrl-C) is shown to the group next time.
        """
        while not self._stop.is_set():
            batches = self._consumer.poll(timeout_ms=POLL_MS)
            for records in batches.values():
                for record in records:
                    yield _decode(record.partition, record.offset, record.value)
                    if self._stop.is_set():
                        break
            self._commit()
            if not self.follow and self._caught_up():
                return

    def mark_done(self, received: Received) -> None:
        """Record that ``received`` was handled; a group commits it after the batch or on :meth:`close`."""
        self._done[TopicPartition(self.topic, received.partition)] = received.offset + 1

    def stop(self) -> None:
        """Make the iteration end after the current record (safe from another thread)."""
        self._stop.set()

    def close(self) -> None:
        """Commit what was handled (group only), leave the group and close the connection."""
        try:
            self._commit()
        finally:
            self._consumer.close(autocommit=False)

    def _commit(self) -> None:
        if self.group is None or not self._done:
            return
        self._consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in self._done.items()})
        self._done.clear()

    def _caught_up(self) -> bool:
        assignment = self._consumer.assignment()
        if not assignment:
            return False  # a group member before its first assignment
        missing = [tp for tp in assignment if tp not in self._ends]
        if missing:
            self._ends.update(self._consumer.end_offsets(missing))
        return all(self._consumer.position(tp) >= self._ends[tp] for tp in assignment)


def _decode(partition: int, offset: int, value: bytes | None) -> Received:
    if value is None:
        return Received(partition, offset, error="empty value")
    try:
        return Received(partition, offset, alert=Alert.model_validate_json(value))
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "value"
        return Received(partition, offset, error=f"not an Alert ({where}: {first['msg']})")
