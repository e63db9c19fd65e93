"""Records the worker sends must fit the topic's message limit: trim their evidence, else reject the input.

A record the broker refuses ends the worker (a refused delivery is an infrastructure failure,
docs/delivery-semantics.md), and the input that produced it would be processed again, and refused
again, on every restart. So every event and alert is measured before it is sent: over the limit,
its evidence is cut to the first sentence, then dropped (the ids and facts never change, so a
trimmed duplicate still has the same ``event_id`` and ``alert_id``); still over, the message that
produced it is dead-lettered with the reason.
"""

from __future__ import annotations

from typing import TypeVar

import structlog

from schemas.alerts import Alert
from schemas.events import DealEvent
from schemas.state import CompanyState
from streams.runtime.decode import RejectedMessage, Stage

log = structlog.get_logger(__name__)

_R = TypeVar("_R", DealEvent, Alert)
_EVIDENCE_KEPT = (None, 1, 0)  # all of it, the first sentence, none
# A state's changelog record: 2,000 applied ids and the company take up to ~70 KB; one entry (a point, a
# holding, a leader, a relationship with its 3 evidence sentences and a 4 KB URL) up to ~25 KB. Below
# this many entries a state cannot reach the limit and is not measured (measuring costs a serialisation).
_STATE_FIXED_BYTES = 70_000
_STATE_ENTRY_BYTES = 25_000


def fit(record: _R, limit: int, *, stage: Stage, name: str) -> tuple[_R, bytes]:
    """Return ``record`` (its evidence trimmed if needed) and its JSON, at most ``limit`` bytes.

    Raises:
        RejectedMessage: even without evidence the record is over ``limit`` bytes.
    """
    size = 0
    for kept in _EVIDENCE_KEPT:
        candidate = record if kept is None else record.model_copy(update={"evidence": record.evidence[:kept]})
        value = candidate.model_dump_json().encode()
        size = size or len(value)
        if len(value) <= limit:
            if kept is not None:
                log.warning("record_evidence_trimmed", record=name, bytes=size, limit=limit, evidence_kept=kept)
            return candidate, value
    reason = f"{name} is {len(value):,} bytes without evidence ({size:,} with), over the {limit:,}-byte record limit"
    raise RejectedMessage(stage, "RecordTooLarge", reason)


def check_state(state: CompanyState, limit: int) -> None:
    """Raise :class:`RejectedMessage` (``apply``, ``StateTooLarge``) if the state's changelog record exceeds ``limit``.

    A company's state grows with its distinct holdings, investors, customers and vendors; a record over
    the changelog topic's limit would be refused, which ends the worker on every restart. The update
    that would make it too large is dead-lettered instead, and the state stays as it was.
    """
    entries = sum(
        map(len, (state.valuation_history, state.revenue, state.investors, state.holdings, state.leadership_history,
                  state.customers, state.vendors))
    ) + 2  # fmt: skip
    if _STATE_FIXED_BYTES + entries * _STATE_ENTRY_BYTES <= limit:
        return
    size = len(state.model_dump_json())
    if size > limit:
        reason = f"the state of {state.company.id!r} would be {size:,} bytes, over the {limit:,}-byte record limit"
        raise RejectedMessage("apply", "StateTooLarge", reason)
