"""What every agent does around one message: log context, dead letters for bad messages, a crash for the rest.

Two kinds of failure need opposite treatment. A :class:`~streams.runtime.decode.RejectedMessage`
is a verdict on the message (it cannot be decoded, validated, extracted or applied): it goes to
the dead-letter topic and the agent moves on. Anything else is the infrastructure failing under
the agent (a send, the state store, the dead-letter send itself): the worker ends at once without
committing (:func:`streams.runtime.crash.crash_worker`), so the message is processed again on restart.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import structlog
from faust.types import EventT

from streams.runtime.crash import crash_on_failure
from streams.runtime.deadletter import send_dead_letter
from streams.runtime.decode import RejectedMessage
from streams.topics import PipelineTopics


@asynccontextmanager
async def message_scope(event: EventT[Any], topics: PipelineTopics, *, agent: str) -> AsyncIterator[None]:
    """Handle the message behind ``event`` inside this block, with its topic, partition and offset in every log line.

    A :class:`RejectedMessage` raised in the block is dead-lettered and suppressed, so the rest of
    the block (the agent's canonical log line) runs only for a message that was processed. Any
    other exception ends the worker.

    Args:
        event: The Faust event being processed.
        topics: The pipeline's topics (the dead letter goes to ``topics.deadletter``).
        agent: The agent's name, logged if the worker crashes.
    """
    message = event.message
    context = structlog.contextvars.bound_contextvars(
        topic=message.topic, partition=message.partition, offset=message.offset
    )
    with context, crash_on_failure(agent=agent):
        try:
            yield
        except RejectedMessage as rejection:
            await send_dead_letter(topics, rejection, event)
