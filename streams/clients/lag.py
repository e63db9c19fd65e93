"""Consumer lag from the broker: each partition's high-water mark minus the group's committed offset.

Both the worker (``dealwatch_consumer_lag``, refreshed in the background) and ``dealwatch top`` ask the
broker the same two questions through one kafka-python admin client, so they agree on every number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kafka import KafkaAdminClient, TopicPartition
from kafka.protocol.consumer.offsets import OffsetSpec


@dataclass(frozen=True)
class PartitionLag:
    """How far a consumer group is behind on one partition.

    Attributes:
        end_offset: the broker's high-water mark (offset of the next record to be written).
        committed: the group's committed offset, None when it never committed on this partition.
        lag: ``end_offset - committed``; with no commit, every record since the log start.
    """

    topic: str
    partition: int
    end_offset: int
    committed: int | None
    lag: int


def new_admin(bootstrap: str, client_id: str, security: Mapping[str, Any] | None = None) -> KafkaAdminClient:
    """An admin client with short timeouts: a lag refresh must not hang on an unreachable broker."""
    return KafkaAdminClient(
        bootstrap_servers=bootstrap, client_id=client_id, request_timeout_ms=5000, **dict(security or {})
    )


def topic_partitions(admin: KafkaAdminClient, topics: Iterable[str]) -> list[TopicPartition]:
    """Every partition of ``topics`` (those that exist), sorted."""
    described = admin.describe_topics(list(topics))
    return sorted(
        TopicPartition(topic["name"], part["partition_index"])
        for topic in described
        if not topic.get("error_code")
        for part in topic["partitions"]
    )


def group_lag(admin: KafkaAdminClient, group: str, partitions: Iterable[TopicPartition]) -> list[PartitionLag]:
    """The lag of consumer group ``group`` on each of ``partitions``, read from the broker."""
    tps = sorted(partitions)
    if not tps:
        return []
    committed = admin.list_group_offsets({group: tps}).get(group, {})
    ends = admin.list_partition_offsets(dict.fromkeys(tps, OffsetSpec.LATEST))
    uncommitted = [tp for tp in tps if _offset(committed.get(tp)) is None]
    starts = admin.list_partition_offsets(dict.fromkeys(uncommitted, OffsetSpec.EARLIEST)) if uncommitted else {}
    lags = []
    for tp in tps:
        end = ends[tp].offset
        offset = _offset(committed.get(tp))
        since = offset if offset is not None else starts[tp].offset
        lags.append(PartitionLag(tp.topic, tp.partition, end, offset, max(0, end - since)))
    return lags


def _offset(committed: object) -> int | None:
    offset = getattr(committed, "offset", None)
    return offset if isinstance(offset, int) and offset >= 0 else None
