"""Never commit past records of a source topic that Faust fetched but did not deliver.

Faust's fetch loop (``faust/transport/consumer.py``) can leave out records it fetched: those of a
partition that is not active when the batch arrives (a worker starting resumes its flow before it
seeks its partitions to their committed offsets), or the rest of a batch when the flow stops. The
next record of that partition then has a higher offset than the last one delivered, which Faust takes
for a gap in the log (compacted records, transaction markers) and marks the missing offsets as
processed (``Consumer._add_gap``), so the next commit passes them. Mostly a seek to the committed
offset follows and the records are read again anyway; when none does, they are never read: the
soak caught it twice in CI, right after a takeover (company updates never applied, their alerts
never sent).

dealwatch's source topics (news, company updates) are neither compacted nor transactional, so a
skipped offset the broker still holds is always a record Faust dropped. Such offsets are not marked
as processed: the commit stops below them. If they have not been processed :data:`HOLE_TIMEOUT_S`
later (no seek brought them back), the worker ends without committing
(:func:`streams.runtime.crash.crash_worker`), as after ``kill -9``: whoever owns the partition next reads
from the last commit, and nothing is lost. Offsets below the log start (deleted by retention while no
worker ran) are a real gap and are left to Faust.
"""

from __future__ import annotations

import asyncio

import faust
import structlog
from faust.types import TP
from faust.types.transports import ConsumerT

from streams.runtime.crash import crash_worker

log = structlog.get_logger(__name__)

HOLE_TIMEOUT_S = 15.0
"""How long dropped records may stay unprocessed before the worker ends (several commit intervals)."""


def dropped_offsets(offset_from: int, offset_to: int, committed: int | None, log_start: int) -> range:
    """The offsets Faust is about to mark as processed that the log still holds (none: a real gap).

    Faust marks ``offset_from`` up to ``offset_to`` (excluded: the record in hand) and never below
    ``committed + 1`` (``Consumer._add_gap``).
    """
    first = offset_from if committed is None else max(offset_from, committed + 1)
    return range(max(first, log_start), offset_to)


def guard_skipped_records(app: faust.App) -> None:
    """Make the worker consumer of ``app`` keep its commits below records it skipped, and end if they stay skipped.

    Call before the app starts, after any other change of its consumer class (this one extends it).
    """
    base: type[ConsumerT] = app.transport.Consumer

    class Consumer(base):  # type: ignore[misc,valid-type]  # a driver class chosen at run time
        async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
            # Faust internal: the one place skipped offsets become committable (tests/unit/test_runtime_internals.py).
            log_start = (await self.earliest_offsets(tp)).get(tp, 0)
            dropped = dropped_offsets(offset_from, offset_to, self._committed_offset[tp], log_start)
            if not dropped:
                await super()._add_gap(tp, offset_from, offset_to)
                return
            if dropped.start > offset_from:  # the part below the log start is a real gap
                await super()._add_gap(tp, offset_from, dropped.start - 1)
            offsets = f"{dropped.start}-{dropped[-1]}"
            log.warning("skipped_records", topic=tp.topic, partition=tp.partition, offsets=offsets)
            asyncio.get_running_loop().call_later(HOLE_TIMEOUT_S, self._check_hole, tp, dropped.start)

        def _check_hole(self, tp: TP, offset: int) -> None:
            """End the worker if ``offset`` of ``tp`` is still its own and neither processed nor committed."""
            committed = self._committed_offset[tp]
            processed = offset in self._acked_index[tp] or (committed is not None and committed > offset)
            if tp in self.assignment() and not processed:
                error = RuntimeError(
                    f"{tp.topic}[{tp.partition}] offset {offset} was fetched, never delivered and not read again "
                    f"in {HOLE_TIMEOUT_S:g} s; exiting without commit so that it is read again"
                )
                crash_worker(error, agent="consumer")

    app.transport.Consumer = Consumer  # type: ignore[misc]  # Faust's documented way to swap a driver class
