"""Records Faust fetched and skipped (streams/runtime/skipped_records.py): never committed past, read again.

The consumer tests replay the soak's CI failure on the guarded consumer class, without a broker:
company-updates[2] had 1519 and 1520 processed, a seek reset the read offset to 1519, and a batch
fetched before the seek went on with 1522: 1521 was never delivered, and Faust committed past it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust
import pytest
from faust.types import TP

from streams.runtime import skipped_records
from streams.runtime.skipped_records import dropped_offsets, guard_skipped_records, unprocessed

TOPIC = TP("soak.company-updates", 2)


def test_records_skipped_after_a_takeover_are_dropped_records() -> None:
    """872 delivered, then 876: 873-875 are still in the log, so Faust dropped them."""
    assert dropped_offsets(873, 876, committed=866, log_start=0, acked=set(range(866, 873))) == [873, 874, 875]


def test_the_read_offset_itself_counts_when_a_seek_set_it() -> None:
    """After a seek to 100 the read offset is 100, the next record to read: a jump to 103 skips 100 too."""
    assert dropped_offsets(101, 103, committed=100, log_start=0) == [100, 101, 102]


def test_offsets_already_processed_are_not_holes() -> None:
    """The soak's case: 1520 was processed before the seek moved the read offset back to 1519."""
    assert dropped_offsets(1520, 1522, committed=1519, log_start=0, acked={1519, 1520}) == [1521]


def test_offsets_deleted_by_retention_are_a_real_gap() -> None:
    """Committed at 100, the log now starts at 500: the first record read is 500, nothing was dropped."""
    assert dropped_offsets(101, 500, committed=100, log_start=500) == []


def test_only_the_part_still_in_the_log_counts() -> None:
    assert dropped_offsets(101, 505, committed=100, log_start=502) == [502, 503, 504]


def test_offsets_below_the_committed_offset_are_never_holes() -> None:
    """The committed offset is the next one to read: it can be a hole, what is below it cannot."""
    assert dropped_offsets(10, 14, committed=11, log_start=0) == [11, 12, 13]
    assert dropped_offsets(10, 14, committed=None, log_start=0) == [9, 10, 11, 12, 13]


def test_a_hole_is_processed_once_acknowledged_or_committed_past() -> None:
    assert unprocessed({5, 7, 9}, committed=6, acked={9}) == [7]
    assert unprocessed({5, 7}, committed=None, acked=set()) == [5, 7]


@pytest.fixture
def consumer(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The guarded consumer class of a fresh app, built without a broker: the log starts at 0."""
    return _guarded_consumer(monkeypatch)


def _guarded_consumer(monkeypatch: pytest.MonkeyPatch, **settings: Any) -> Any:
    app = faust.App("skipped-records-test", broker="kafka://127.0.0.1:1", **settings)
    guard_skipped_records(app)

    async def on_message(message: Any) -> None: ...

    def on_partitions(partitions: Any) -> None: ...

    instance = app.transport.Consumer(
        app.transport, callback=on_message, on_partitions_revoked=on_partitions, on_partitions_assigned=on_partitions
    )

    async def earliest_offsets(*partitions: TP) -> dict[TP, int]:
        return dict.fromkeys(partitions, 0)

    monkeypatch.setattr(instance, "earliest_offsets", earliest_offsets)
    monkeypatch.setattr(instance, "assignment", lambda: {TOPIC})
    return instance


def _ack(consumer: Any, *offsets: int) -> None:
    """What Faust's ``Consumer.ack`` records for each processed offset."""
    for offset in offsets:
        consumer._acked[TOPIC].append(offset)
        consumer._acked_index[TOPIC].add(offset)


def _after_the_soak_failure(consumer: Any) -> None:
    consumer._committed_offset[TOPIC] = 1519
    _ack(consumer, 1519, 1520)
    asyncio.run(consumer._add_gap(TOPIC, 1520, 1522))  # read offset 1519 (the seek), 1522 arrives
    _ack(consumer, 1522, 1523)


def test_no_commit_passes_a_one_record_hole(consumer: Any) -> None:
    """Faust's own arithmetic commits 1524 here (its first-gap check is one off); the guard stops at 1521."""
    _after_the_soak_failure(consumer)
    assert consumer._new_offset(TOPIC) == 1521
    consumer._committed_offset[TOPIC] = 1521
    assert consumer._new_offset(TOPIC) is None
    assert consumer._acked[TOPIC] == [1522, 1523], "the acknowledgements after the hole are kept for later"
    _ack(consumer, 1521)
    assert consumer._new_offset(TOPIC) == 1524


def test_a_hole_left_unread_makes_the_group_rebalance_then_ends_the_worker(
    consumer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebalance seeks back to the committed offset, below the hole; a hole that survives them all ends the worker."""
    crashes = _record_crashes(monkeypatch)
    rejoins = _record_rejoins(consumer, monkeypatch)
    _after_the_soak_failure(consumer)
    for attempt in range(1, skipped_records.HOLE_REJOINS + 1):
        _check_holes(consumer, 1521)
        assert (rejoins, crashes) == ([TOPIC] * attempt, []), attempt
    _check_holes(consumer, 1521)
    assert len(rejoins) == skipped_records.HOLE_REJOINS
    assert crashes and "offsets 1521 were fetched" in crashes[0]


def test_a_hole_read_again_after_the_rebalance_ends_nothing(consumer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    crashes = _record_crashes(monkeypatch)
    rejoins = _record_rejoins(consumer, monkeypatch)
    _after_the_soak_failure(consumer)
    _check_holes(consumer, 1521)
    _ack(consumer, 1521)  # delivered again after the seek to the committed offset
    _check_holes(consumer, 1521)
    assert (rejoins, crashes) == ([TOPIC], [])
    assert TOPIC not in consumer._holes and TOPIC not in consumer._rejoins


def test_the_rebalance_is_asked_of_aiokafkas_coordinator_in_the_consumer_thread(
    consumer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    class Coordinator:
        def request_rejoin(self) -> None:
            asked.append("rejoin")

    class AIOKafkaConsumer:
        _coordinator = Coordinator()

    async def call_thread(fun: Any, *args: Any) -> Any:
        asked.append("in thread")
        return await fun(*args)

    monkeypatch.setattr(consumer._thread, "_ensure_consumer", AIOKafkaConsumer)
    monkeypatch.setattr(consumer._thread, "call_thread", call_thread)
    asyncio.run(consumer._request_rejoin())
    assert asked == ["in thread", "rejoin"]


def _record_crashes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    crashes: list[str] = []
    monkeypatch.setattr(skipped_records, "crash_worker", lambda error, agent: crashes.append(str(error)))
    return crashes


def _record_rejoins(consumer: Any, monkeypatch: pytest.MonkeyPatch) -> list[TP]:
    """The rebalances the consumer asks for, one entry per request (the partition whose hole asked)."""
    rejoins: list[TP] = []

    async def request_rejoin() -> None:
        rejoins.append(TOPIC)

    monkeypatch.setattr(consumer, "_request_rejoin", request_rejoin)
    return rejoins


def _check_holes(consumer: Any, *offsets: int) -> None:
    """The watchdog's check, on a running loop as in the worker, with its background work done."""

    async def check() -> None:
        consumer._check_holes(TOPIC, list(offsets))
        await asyncio.gather(*consumer._tasks)

    asyncio.run(check())


def test_a_hole_processed_by_another_owner_ends_nothing(consumer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The partition moved away and back: its committed offset is past the hole, which is forgotten."""
    crashes: list[str] = []
    monkeypatch.setattr(skipped_records, "crash_worker", lambda error, agent: crashes.append(str(error)))
    _after_the_soak_failure(consumer)
    consumer._committed_offset[TOPIC] = 1600
    consumer._check_holes(TOPIC, [1521])
    assert crashes == []
    assert TOPIC not in consumer._holes


def test_acknowledgements_of_the_previous_generation_are_forgotten(
    consumer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Acknowledged between revocation and assignment (a stream skipping old records): no proof of processing."""
    assigned: list[set[TP]] = []

    async def faust_on_partitions_assigned(self: Any, partitions: set[TP], generation_id: int = 0) -> None:
        assigned.append(partitions)

    monkeypatch.setattr(type(consumer).__mro__[1], "on_partitions_assigned", faust_on_partitions_assigned)
    consumer._committed_offset[TOPIC] = 1519
    _ack(consumer, 1519, 1520)
    asyncio.run(consumer.on_partitions_assigned({TOPIC}, 6))
    assert assigned == [{TOPIC}], "Faust's own assignment still runs"
    assert consumer._new_offset(TOPIC) is None
    asyncio.run(consumer._add_gap(TOPIC, 1520, 1522))  # the seek set the read offset to 1519; 1522 comes
    assert consumer._unprocessed_holes(TOPIC) == [1519, 1520, 1521]


def test_a_hole_of_a_revoked_partition_ends_nothing(consumer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The partition moved to another worker, which reads it from the last commit: the hole is forgotten."""
    crashes: list[str] = []
    monkeypatch.setattr(skipped_records, "crash_worker", lambda error, agent: crashes.append(str(error)))
    _after_the_soak_failure(consumer)
    monkeypatch.setattr(consumer, "assignment", set)
    consumer._check_holes(TOPIC, [1521])
    assert crashes == []
    assert TOPIC not in consumer._holes


def test_partitions_nobody_committed_are_read_again_from_the_log_start(
    consumer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """aiokafka seeks only to committed offsets above 0; the guard seeks the others to where the log starts.

    Without it a taker drops the first batch of a partition its killed owner never committed (fetched
    while its flow was still stopped) and goes on past it: the CI failure of the two-worker takeover test.
    """
    never, zero, committed = TOPIC, TP("soak.news", 3), TP("soak.news", 2)
    changelog = TP("soak-companies-changelog", 2)  # read by table recovery and standbys, which position it
    offsets = {never: None, zero: 0, committed: 40, changelog: None}
    sought = _record_seeks(consumer, monkeypatch, offsets, log_start=7)
    monkeypatch.setattr(consumer.app.topics, "acks_enabled_for", lambda topic: "changelog" not in topic)
    assert asyncio.run(consumer.seek_to_committed()) == offsets
    assert sorted(sought) == sorted([(never, 7), (zero, 7)])


def test_a_partition_already_flowing_from_the_start_is_not_sought_back(
    consumer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Table recovery resumes the flow before it seeks: records from the log start may be flowing already.

    Seeking those back raced with their delivery and lost one (``news[2]@2`` in CI: 0, 1 and 3 processed).
    Faust's read offset, cleared at the assignment, says which partitions delivered a record since.
    """
    flowing, idle = TOPIC, TP("soak.news", 3)
    sought = _record_seeks(consumer, monkeypatch, {flowing: None, idle: None}, log_start=0)
    monkeypatch.setattr(consumer.app.topics, "acks_enabled_for", lambda topic: True)
    consumer._read_offset[flowing] = 1  # 0 and 1 delivered
    assert asyncio.run(consumer.seek_to_committed()) == {flowing: None, idle: None}
    assert sought == [(idle, 0)]
    assert consumer._read_from == {flowing: 0, idle: 0}, "both still count their unacknowledged head from the start"


def test_an_app_that_starts_at_the_log_end_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``auto_offset_reset = latest`` a partition with no commit starts at the end: nothing to seek."""
    consumer = _guarded_consumer(monkeypatch, consumer_auto_offset_reset="latest")
    sought = _record_seeks(consumer, monkeypatch, {TOPIC: None}, log_start=0)
    assert asyncio.run(consumer.seek_to_committed()) == {TOPIC: None}
    assert sought == []


def _record_seeks(
    consumer: Any, monkeypatch: pytest.MonkeyPatch, committed: dict[TP, int | None], log_start: int
) -> list[tuple[TP, int]]:
    """Give Faust's ``seek_to_committed`` these committed offsets and every log this start; record the guard's seeks."""

    async def faust_seek_to_committed(self: Any) -> dict[TP, int | None]:
        return committed

    async def earliest_offsets(*partitions: TP) -> dict[TP, int]:
        return dict.fromkeys(partitions, log_start)

    sought: list[tuple[TP, int]] = []

    async def seek(partition: TP, offset: int) -> None:
        sought.append((partition, offset))

    monkeypatch.setattr(type(consumer).__mro__[1], "seek_to_committed", faust_seek_to_committed)
    monkeypatch.setattr(consumer, "earliest_offsets", earliest_offsets)
    monkeypatch.setattr(consumer, "_seek", seek)
    return sought


class _Tracked:
    """A record a stream took and has not acknowledged yet (what Faust keeps in ``Consumer._unacked_messages``)."""

    def __init__(self, tp: TP, offset: int) -> None:
        self.tp, self.offset = tp, offset


def _commit_twice(consumer: Any) -> tuple[int | None, int | None]:
    """``_new_offset`` before and after the holes it found are kept (that step awaits the log start)."""

    async def run() -> tuple[int | None, int | None]:
        first = consumer._new_offset(TOPIC)
        await asyncio.gather(*consumer._tasks)
        return first, consumer._new_offset(TOPIC)

    return asyncio.run(run())


def test_a_record_dropped_without_a_gap_is_never_committed_past(consumer: Any) -> None:
    """The soak's second CI failure: news[2]@455 dropped after the fetch loop counted it as read.

    Committed at 455 (454 processed), the stream then acknowledges 456 and 457: no jump in the fetch
    loop's read offset, so no gap was reported. Faust alone commits 458 here.
    """
    consumer._committed_offset[TOPIC] = 455
    _ack(consumer, 456, 457)
    assert _commit_twice(consumer) == (None, None)
    assert consumer._unprocessed_holes(TOPIC) == [455]
    assert consumer._acked[TOPIC] == [456, 457]
    _ack(consumer, 455)
    assert consumer._new_offset(TOPIC) == 458


def test_an_unread_record_at_the_head_makes_the_group_rebalance(consumer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    crashes = _record_crashes(monkeypatch)
    rejoins = _record_rejoins(consumer, monkeypatch)
    consumer._committed_offset[TOPIC] = 455
    _ack(consumer, 456)
    _commit_twice(consumer)
    for _ in range(skipped_records.HOLE_REJOINS + 1):
        _check_holes(consumer, 455)
    assert len(rejoins) == skipped_records.HOLE_REJOINS
    assert crashes and "offsets 455 were fetched" in crashes[0]


def test_a_record_still_in_flight_holds_the_commit_without_a_hole(consumer: Any) -> None:
    """Acknowledgements can come out of order (on delivery): 100 is being processed while 101 is done."""
    consumer._committed_offset[TOPIC] = 100
    consumer._unacked_messages.add(in_flight := _Tracked(TOPIC, 100))
    _ack(consumer, 101)
    assert _commit_twice(consumer) == (None, None)
    assert consumer._unprocessed_holes(TOPIC) == []
    consumer._unacked_messages.discard(in_flight)
    _ack(consumer, 100)
    assert consumer._new_offset(TOPIC) == 102


def test_records_deleted_by_retention_before_the_first_read_are_a_real_gap(
    consumer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Committed at 100 long ago, the log now starts at 105: commits go on from 105, no hole, no exit."""

    async def earliest_offsets(*partitions: TP) -> dict[TP, int]:
        return dict.fromkeys(partitions, 105)

    monkeypatch.setattr(consumer, "earliest_offsets", earliest_offsets)
    consumer._committed_offset[TOPIC] = 100
    _ack(consumer, 105, 106)
    assert _commit_twice(consumer) == (None, 107)
    assert consumer._unprocessed_holes(TOPIC) == []


def test_a_partition_nobody_committed_counts_from_where_it_was_sought(consumer: Any) -> None:
    """Sought to the log start (7) for want of a commit: 7 dropped and 8 acknowledged is a hole at 7."""
    consumer._committed_offset[TOPIC] = None
    consumer._read_from[TOPIC] = 7
    _ack(consumer, 8, 9)
    assert _commit_twice(consumer) == (None, None)
    assert consumer._unprocessed_holes(TOPIC) == [7]
