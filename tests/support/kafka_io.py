"""Small synchronous Kafka helpers for tests (kafka-python)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.consumer.fetcher import ConsumerRecord


def unique_name(prefix: str) -> str:
    """Return a topic or group name no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def create_topics(bootstrap: str, names: Iterable[str], partitions: int = 1) -> None:
    """Create topics and wait until their metadata is visible."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="tests")
    try:
        admin.create_topics([NewTopic(n, num_partitions=partitions, replication_factor=1) for n in names])
    finally:
        admin.close()


def produce(
    bootstrap: str, topic: str, records: Iterable[tuple[bytes | None, bytes]], *, compression: str | None = None
) -> int:
    """Send ``(key, value)`` records (compressed with ``compression``: gzip, snappy, lz4, zstd), wait for every ack.

    Returns:
        How many were sent.
    """
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, compression_type=compression)
    count = 0
    try:
        futures = [producer.send(topic, key=key, value=value) for key, value in records]
        producer.flush()
        for future in futures:
            future.get(timeout=30)
            count += 1
    finally:
        producer.close()
    return count


def consume(bootstrap: str, topic: str, *, expect: int, timeout_s: float = 60.0) -> list[ConsumerRecord]:
    """Read ``topic`` from the beginning until ``expect`` records arrived or ``timeout_s`` passed."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
        consumer_timeout_ms=500,
    )
    out: list[ConsumerRecord] = []
    deadline = time.monotonic() + timeout_s
    try:
        while len(out) < expect and time.monotonic() < deadline:
            out.extend(consumer)
    finally:
        consumer.close()
    return out


def consume_settled(
    bootstrap: str, topic: str, *, quiet_s: float = 3.0, timeout_s: float = 60.0
) -> list[ConsumerRecord]:
    """Read ``topic`` from the beginning until nothing new arrived for ``quiet_s`` seconds.

    For asserting that *no more* records than expected were produced.
    """
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
        consumer_timeout_ms=int(quiet_s * 1000),
    )
    out: list[ConsumerRecord] = []
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            batch = list(consumer)
            if not batch:
                break
            out.extend(batch)
    finally:
        consumer.close()
    return out
