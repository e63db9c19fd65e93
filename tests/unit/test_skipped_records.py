"""Which skipped offsets end the worker (streams/runtime/skipped_records.py): those the log still holds."""

from __future__ import annotations

from streams.runtime.skipped_records import dropped_offsets


def test_records_skipped_after_a_takeover_are_dropped_records() -> None:
    """The soak's case: 872 delivered, then 876: 873-875 are still in the log, so Faust dropped them."""
    assert list(dropped_offsets(873, 876, committed=866, log_start=0)) == [873, 874, 875]


def test_offsets_deleted_by_retention_are_a_real_gap() -> None:
    """Committed at 100, the log now starts at 500: the first record read is 500, nothing was dropped."""
    assert not dropped_offsets(101, 500, committed=100, log_start=500)


def test_only_the_part_still_in_the_log_counts() -> None:
    assert list(dropped_offsets(101, 505, committed=100, log_start=502)) == [502, 503, 504]


def test_offsets_at_or_below_the_commit_are_never_counted() -> None:
    """Faust never marks an offset at or below the last commit."""
    assert list(dropped_offsets(10, 14, committed=11, log_start=0)) == [12, 13]
    assert list(dropped_offsets(10, 14, committed=None, log_start=0)) == [10, 11, 12, 13]
