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
from typing import NoReturn

import structlog

log = structlog.get_logger(__name__)

EXIT_INFRASTRUCTURE_FAILURE = 70  # EX_SOFTWARE


def crash_worker(exc: BaseException, *, agent: str) -> NoReturn:
    """Log ``exc`` loudly and end the process without committing anything."""
    log.critical("infrastructure_failure", agent=agent, error_type=type(exc).__name__, error=str(exc), exc_info=exc)
    sys.stderr.flush()
    os._exit(EXIT_INFRASTRUCTURE_FAILURE)
