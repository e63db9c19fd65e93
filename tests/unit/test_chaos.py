"""10,000 generated hostile messages through what the worker does per message: each processed or rejected.

The full 100,000-message run is a bench, run by hand (``python -m bench.chaos``); this slice keeps
``make test`` fast. A failure other than a :class:`~streams.runtime.decode.RejectedMessage`
propagates out of :func:`tests.support.chaos.run_in_process` and fails the test: in the worker it
would have been a crash.
"""

from __future__ import annotations

import structlog

from streams.config import Settings
from tests.support.chaos import messages, run_in_process

COUNT = 10_000


def test_every_hostile_message_is_processed_or_rejected_with_a_reason() -> None:
    """No exception escapes, every outcome is counted, no record let out is over the record limit."""
    settings = Settings()
    outcomes = run_in_process(messages(COUNT, seed=2026, limit=200_000), settings)
    structlog.get_logger("test_chaos").info(
        "chaos_in_process", messages=outcomes.total, outcomes=dict(outcomes.counts.most_common()),
        max_seconds=round(outcomes.max_seconds, 3), slowest=outcomes.slowest, largest_record=outcomes.largest_record,
        updates_applied=outcomes.updates_applied,
    )  # fmt: skip
    assert outcomes.total == COUNT
    assert all(outcome == "processed" or outcome.startswith("rejected ") for outcome in outcomes.counts)
    assert outcomes.counts["processed"] >= COUNT // 10, outcomes.counts
    assert {"decode", "validate"} <= {outcome.split()[1] for outcome in outcomes.counts if outcome != "processed"}
    assert outcomes.updates_applied > 0
    assert outcomes.largest_record <= settings.max_record_bytes
