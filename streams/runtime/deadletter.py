"""Dead letters: a rejected message, kept byte for byte with the reason it was rejected."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import structlog
from faust.types import EventT

from schemas.deadletter import DeadLetter
from streams import metrics
from streams.runtime.decode import RejectedMessage
from streams.runtime.delivery import send
from streams.topics import PipelineTopics

log = structlog.get_logger(__name__)


def dead_letter(
    rejection: RejectedMessage, *, topic: str, partition: int, offset: int, key: bytes | None, value: bytes | None
) -> DeadLetter:
    """Return the dead letter of the message at ``topic``/``partition``/``offset``."""
    return DeadLetter(
        topic=topic,
        partition=partition,
        offset=offset,
        key_b64=DeadLetter.encode_bytes(key) if key is not None else None,
        value_b64=DeadLetter.encode_bytes(value or b""),
        error_type=rejection.error_type,
        error=rejection.error,
        stage=rejection.stage,
        failed_at=datetime.now(UTC),
    )


async def send_dead_letter(topics: PipelineTopics, rejection: RejectedMessage, event: EventT[Any]) -> None:
    """Send the message behind ``event`` to the dead-letter topic with the reason it was rejected."""
    message = event.message
    letter = dead_letter(
        rejection,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key,
        value=message.value,
    )
    await send(topics.deadletter, key=message.key, value=letter.model_dump_json().encode())
    metrics.record_dead_letter(rejection.stage, rejection.error_type)
    log.warning("message_dead_lettered", stage=rejection.stage, error_type=rejection.error_type, error=rejection.error)
