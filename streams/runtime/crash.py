"""Stop the worker at once when the infrastructure fails under an agent.

Faust acknowledges a message whose agent raised, and a graceful stop commits acknowledged
offsets, so letting an infrastructure error (broker gone, alert not acknowledged, state store
broken) propagate could skip the message being processed. Exiting immediately commits nothing:
on restart the worker resumes from the last committed offset, exactly as after ``kill -9``,
which the delivery guarantees are built and tested for (docs/delivery-semantics.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import structlog
from faust.sensors import Sensor
from faust.types import ProducerT

log = structlog.get_logger(__name__)

EXIT_INFRASTRUCTURE_FAILURE = 70  # EX_SOFTWARE


def crash_worker(exc: BaseException, *, agent: str) -> NoReturn:
    """Log ``exc`` loudly and end the process without committing anything."""
    log.critical("infrastructure_failure", agent=agent, error_type=type(exc).__name__, error=str(exc), exc_info=exc)
    sys.stderr.flush()
    os._exit(EXIT_INFRASTRUCTURE_FAILURE)


@contextmanager
def crash_on_failure(*, agent: str) -> Iterator[None]:
    """End the worker (:func:`crash_worker`) if the block raises: its failure is the infrastructure's."""
    try:
        yield
    except Exception as exc:  # noqa: BLE001  # a send or the store failed: infrastructure, not a message
        crash_worker(exc, agent=agent)


class CrashOnSendError(Sensor):
    """End the worker when the broker finally refuses a message Faust sent for it (a changelog record).

    Faust merely logs a failed delivery and goes on to commit the source offset (its commit flushes
    the producer but does not check the outcome), so a refused changelog record would be skipped for
    good. The failure callback runs before the commit that follows the flush, so ending the process
    here keeps the source message uncommitted: it is processed again on restart. The records the
    agents send themselves get the same check from :func:`streams.runtime.delivery.send`.
    """

    def on_send_error(self, producer: ProducerT, exc: BaseException, state: Any) -> None:
        """Crash: a message the worker produced was not delivered."""
        crash_worker(exc, agent="producer")
