"""Never commit past records of a source topic that Faust fetched but did not deliver.

Faust's fetch loop (``faust/transport/consumer.py``) can leave out records it fetched: those of a
partition that is not active when the batch arrives (a worker starting resumes its flow before it
seeks its partitions to their committed offsets), the record whose delivery a flow stop cut short,
and records of a batch fetched before a seek that moved the read offset back (it raises the read
offset past the sought position, so the records read again are then dropped as already read). The
next record of that partition then has a higher offset than the last one delivered, which Faust takes
for a gap in the log (compacted records, transaction markers) and marks the missing offsets as
processed (``Consumer._add_gap``), so the next commit passes them. Even unmarked, Faust's commit
arithmetic (``Consumer._new_offset``) lets a one-record hole through, because it compares the first
acknowledged offset with the committed offset as if that were the last processed one. The soak caught
both in CI, right after a takeover: company updates never applied, their alerts never sent.

dealwatch's source topics (news, company updates) are neither compacted nor transactional, so a
skipped offset the broker still holds is always a record Faust dropped. Some drops leave no jump: the
fetch loop counts a record as read even when a flow stop cut its delivery short, and a stream skips a
record that reaches it while the flow is stopped or from an older generation. Records of a partition are
acknowledged in order, so the guard also finds those at commit time, as offsets before the first
acknowledged one that no stream holds (the soak lost ``news[2]@455`` this way in CI). Such offsets
become *holes*:

- they are never marked as processed, and no commit of their partition passes the first of them;
- a hole is mostly read again by the seek to the committed offsets that follows a rebalance; one found
  after that seek is not (the record that revealed it raised the read offset past it, so the fetch loop
  drops it when it comes again). So if a hole is still unprocessed :data:`HOLE_TIMEOUT_S` after it was
  found, the worker asks its group to rebalance (aiokafka's ``request_rejoin``): Faust stops the flow,
  forgets its read offsets, leaves the records of the older generation undelivered and seeks every
  partition to its committed offset, which no commit moved past the hole. Only if a hole survives
  :data:`HOLE_REJOINS` such rebalances does the worker end without committing
  (:func:`streams.runtime.crash.crash_worker`), as after ``kill -9``: whoever owns the partition next reads
  from the last commit, and nothing is lost. Ending at once was the first answer, but a lone worker then
  has nobody to take over until it is restarted; CI caught that twice in the takeover test, where the
  surviving worker found a hole right after taking the partitions over. (Seeking back to the hole inside the
  worker was tried too: a batch fetched before that seek, still being delivered seconds later when a
  backlog fills the stream buffers, raises the read offset past the hole again; a rebalance cuts such a
  batch short at the generation change.)

A partition that nobody committed yet needs one more step. Faust re-reads what it dropped by seeking to
the committed offsets (after every rebalance, and whenever a fetched batch finds the flow stopped, which
drops the whole batch), but aiokafka's ``seek_to_committed`` seeks only to a committed offset above 0: with
none, the position stays where the dropped records left it. A worker killed before its first commit of a
partition thus handed it over to a taker that dropped its first batch and never read it again (the
two-worker takeover test lost 11 alerts in CI this way; with the owner stopped from the start, 76 of 113).
So such partitions of the agents' source topics are sought to the start of their log, where
``auto_offset_reset = earliest`` (Faust's default, which dealwatch keeps) starts a partition with no commit.
The seek is needed after table recovery too, although Faust resumes the flow before it: records of a partition
fetched before it was resumed are left out without a trace, and with nothing acknowledged after them no hole
shows (skipping that seek whenever the flow ran lost 176 alerts in one run of the frozen-owner test). But a
partition whose records are *already flowing* (Faust's read offset is set: it delivered one since the
assignment, which cleared it) is not sought back: it started at the log start (aiokafka resets a partition with
no commit there), and moving it back raced with the delivery in progress and lost a record (``news[2]@2`` in
CI: 0, 1 and 3 processed). A hole read again later cannot undo what came after it in the meantime: the
frozen-owner test then missed the alert of a valuation change whose previous valuation had been skipped.

An offset is processed once it is acknowledged (``Consumer._acked_index``) or below the partition's
committed offset (processed by this worker or by an earlier owner). Acknowledgements recorded between a
revocation and the next assignment are forgotten: they come from the previous generation, whose streams
acknowledge the records they skip. Offsets below the log start (deleted by retention while no worker ran)
are a real gap and are left to Faust.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Collection, Coroutine, Iterable, Mapping
from typing import Any

import faust
import structlog
from faust.types import TP
from faust.types.transports import ConsumerT

from streams.runtime.crash import crash_worker

log = structlog.get_logger(__name__)

HOLE_TIMEOUT_S = 15.0
"""How long a hole may stay unprocessed before the worker acts (several commit intervals)."""

HOLE_REJOINS = 2
"""How many rebalances the worker asks for to read a hole again before it ends."""


def dropped_offsets(
    offset_from: int, offset_to: int, committed: int | None, log_start: int, acked: Collection[int] = ()
) -> list[int]:
    """The offsets the log still holds that Faust skipped before delivering ``offset_to``, and nobody processed.

    Faust reports the jump as ``offset_from`` (its read offset + 1) up to ``offset_to`` (the record in
    hand). Its read offset itself counts too: after a seek it is the sought offset, the next record to
    read, not one already read. ``committed`` is the next offset to read after the last commit, so it is
    itself unprocessed; ``acked`` holds offsets processed since.
    """
    first = max(offset_from - 1, log_start, 0 if committed is None else committed)
    return [offset for offset in range(first, offset_to) if offset not in acked]


def unprocessed(holes: Iterable[int], committed: int | None, acked: Collection[int]) -> list[int]:
    """The holes neither acknowledged nor below the committed offset, lowest first."""
    return sorted(offset for offset in holes if offset not in acked and (committed is None or offset >= committed))


def guard_skipped_records(app: faust.App) -> None:
    """Make the worker consumer of ``app`` keep its commits below records it skipped, and end if they stay unread.

    Call before the app starts, after any other change of its consumer class (this one extends it).
    """
    base: type[ConsumerT] = app.transport.Consumer

    class Consumer(base):  # type: ignore[misc,valid-type]  # a driver class chosen at run time
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._holes: defaultdict[TP, set[int]] = defaultdict(set)
            self._read_from: dict[TP, int] = {}  # where a partition nobody committed was sought to
            self._holding: set[TP] = set()  # partitions whose unacknowledged head is being made holes
            self._tasks: set[asyncio.Task[None]] = set()
            self._rejoins: defaultdict[TP, int] = defaultdict(int)  # rebalances asked for a partition's holes

        async def on_partitions_assigned(self, assigned: set[TP], generation_id: int = 0) -> None:
            # Faust internal: called first when a rebalance assigns partitions, before any record of them is
            # delivered. Faust emptied the bookkeeping at the revocation; whatever was acknowledged since came
            # from the previous generation, where a stream acknowledges the records it skips, which is no
            # proof of processing. Forgotten, those records are read again from the committed offset.
            self._acked.clear()
            self._acked_index.clear()
            await super().on_partitions_assigned(assigned, generation_id)

        async def seek_to_committed(self) -> Mapping[TP, int]:
            # Faust internal: its one way back to the committed offsets (tests/unit/test_runtime_internals.py).
            committed: Mapping[TP, int | None] = await super().seek_to_committed()
            # aiokafka skipped these; changelog partitions (not acknowledged) are positioned by table recovery.
            uncommitted = [
                tp for tp, offset in committed.items() if not offset and self.app.topics.acks_enabled_for(tp.topic)
            ]
            if uncommitted and self.app.conf.consumer_auto_offset_reset == "earliest":
                starts = await self.earliest_offsets(*uncommitted)
                self._read_from.update(starts)
                flowing = {tp for tp in starts if self._read_offset.get(tp) is not None}
                for tp, offset in starts.items():
                    if tp not in flowing:  # see "already flowing" in the module docstring
                        await self._seek(tp, offset)
                log.info(
                    "uncommitted_partitions_read_from_start",
                    partitions=sorted(f"{tp.topic}[{tp.partition}]" for tp in starts),
                    already_flowing=sorted(f"{tp.topic}[{tp.partition}]" for tp in flowing),
                )
            return committed  # type: ignore[return-value]  # Faust's own annotation omits the None it returns

        async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
            # Faust internal: the one place skipped offsets become committable (tests/unit/test_runtime_internals.py).
            log_start = (await self.earliest_offsets(tp)).get(tp, 0)
            if offset_from < log_start:  # the part below the log start is a real gap
                await super()._add_gap(tp, offset_from, log_start - 1)
            committed = self._committed_offset[tp]
            self._keep_holes(tp, dropped_offsets(offset_from, offset_to, committed, log_start, self._acked_index[tp]))

        async def _hold_unacknowledged(self, tp: TP, offsets: list[int]) -> None:
            """Make holes of ``offsets`` of ``tp``, records nobody acknowledged although later ones were."""
            log_start = (await self.earliest_offsets(tp)).get(tp, 0)
            below = [offset for offset in offsets if offset < log_start]
            if below:  # deleted by retention: a real gap (Faust's own _add_gap would leave its first offset out)
                self._gap[tp].addi(below[0], below[-1] + 1)
            self._keep_holes(tp, [o for o in offsets if o >= log_start and o not in self._acked_index[tp]])
            self._holding.discard(tp)

        def _keep_holes(self, tp: TP, dropped: list[int]) -> None:
            """Never commit ``tp`` past ``dropped`` and end the worker if they stay unread."""
            if not dropped:
                return
            self._holes[tp].update(dropped)
            log.warning("skipped_records", topic=tp.topic, partition=tp.partition, offsets=_ranges(dropped))
            asyncio.get_running_loop().call_later(HOLE_TIMEOUT_S, self._check_holes, tp, dropped)

        def _new_offset(self, tp: TP) -> int | None:
            # Faust internal: the offset the next commit of ``tp`` moves to (tests/unit/test_runtime_internals.py).
            head = self._unacknowledged_head(tp)
            if head:  # Faust's own check lets one such record through (its first-gap test is one off)
                in_flight = {message.offset for message in self._unacked_messages if message.tp == tp}
                dropped = [o for o in head if o not in in_flight and o not in self._holes.get(tp, ())]
                if dropped and tp not in self._holding:
                    self._holding.add(tp)
                    self._start(self._hold_unacknowledged(tp, dropped))
                return None
            holes = self._unprocessed_holes(tp)
            if not holes:
                return super()._new_offset(tp)  # type: ignore[no-any-return]  # Faust's own arithmetic
            acked: list[int] = self._acked[tp]
            later = [offset for offset in acked if offset >= holes[0]]
            acked[:] = [offset for offset in acked if offset < holes[0]]
            try:
                return super()._new_offset(tp)  # type: ignore[no-any-return]  # never past the first hole
            finally:
                acked.extend(later)

        def _unacknowledged_head(self, tp: TP) -> list[int]:
            """The offsets from the next one to commit up to the first acknowledged one, if any lies between.

            Records of one partition are acknowledged in order, so such an offset is either still in
            flight or was dropped after the fetch loop counted it as read: by the stream, which skips a
            record that arrives while the flow is stopped or from an older generation, or by the fetch loop
            itself when a flow stop cuts its delivery short. No gap is seen then, and the record is lost if
            the commit passes it. Offsets of a real gap (``Consumer._gap``) are not counted.
            """
            acked = self._acked[tp]
            start = self._committed_offset[tp]
            if start is None:
                start = self._read_from.get(tp)
            if not acked or start is None:
                return []
            gaps = self._gap[tp]
            return [offset for offset in range(start, min(acked)) if not gaps.overlaps_point(offset)]

        def _unprocessed_holes(self, tp: TP) -> list[int]:
            """The holes of ``tp`` still to be read, lowest first; processed ones are forgotten."""
            if tp not in self._holes:
                return []
            holes = unprocessed(self._holes[tp], self._committed_offset[tp], self._acked_index[tp])
            if holes:
                self._holes[tp] = set(holes)
            else:
                del self._holes[tp]
            return holes

        def _check_holes(self, tp: TP, offsets: list[int]) -> None:
            """Rebalance, or in the end exit, if any of ``offsets`` of ``tp`` is still its own and unprocessed."""
            if tp not in self.assignment():  # revoked: the next owner reads from the last commit
                self._holes.pop(tp, None)
                self._rejoins.pop(tp, None)
                return
            left = [offset for offset in self._unprocessed_holes(tp) if offset in offsets]
            if not left:
                self._rejoins.pop(tp, None)
                return
            if self._rejoins[tp] < HOLE_REJOINS:
                self._rejoins[tp] += 1
                log.warning(
                    "skipped_records_rebalance", topic=tp.topic, partition=tp.partition, offsets=_ranges(left),
                    attempt=self._rejoins[tp],
                )  # fmt: skip
                self._start(self._request_rejoin())
                asyncio.get_running_loop().call_later(HOLE_TIMEOUT_S, self._check_holes, tp, left)
                return
            error = RuntimeError(
                f"{tp.topic}[{tp.partition}] offsets {_ranges(left)} were fetched, never delivered and not read "
                f"again in {HOLE_REJOINS} rebalances; exiting without commit so that they are read again"
            )
            crash_worker(error, agent="consumer")

        async def _request_rejoin(self) -> None:
            """Make the group rebalance: Faust then seeks every partition back to its committed offset."""

            async def rejoin() -> None:  # in the consumer thread, whose loop runs aiokafka's coordinator
                self._thread._ensure_consumer()._coordinator.request_rejoin()

            await self._thread.call_thread(rejoin)

        def _start(self, work: Coroutine[Any, Any, None]) -> None:
            """Run ``work`` in the background, keeping a reference until it ends."""
            task = asyncio.get_running_loop().create_task(work)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    app.transport.Consumer = Consumer  # type: ignore[misc]  # Faust's documented way to swap a driver class


def _ranges(offsets: list[int]) -> str:
    """``[3, 4, 5, 9]`` as ``"3-5,9"``, for log lines."""
    spans: list[list[int]] = []
    for offset in sorted(offsets):
        if spans and offset == spans[-1][1] + 1:
            spans[-1][1] = offset
        else:
            spans.append([offset, offset])
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
