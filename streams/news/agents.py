"""The extract agent: ``{prefix}.news`` -> :func:`streams.extraction.extract` -> ``{prefix}.events``.

Thin on purpose: decode, call a pure function, send. A message that fails decoding, validation
or extraction goes to ``{prefix}.news.deadletter`` and the agent moves on; an infrastructure
failure ends the worker (:mod:`streams.crash`).
"""

from __future__ import annotations

import time

import faust
import structlog

from schemas.events import Extraction
from streams.config import Settings
from streams.extraction import extract
from streams.message_scope import message_scope
from streams.news.decode import RejectedMessage, decode_news
from streams.topics import PipelineTopics

log = structlog.get_logger(__name__)


def extract_message(raw: bytes | None, settings: Settings) -> Extraction:
    """Decode, validate and extract one news message, or raise :class:`RejectedMessage`."""
    item = decode_news(raw, settings.max_message_bytes)
    try:
        return extract(item, max_body_bytes=settings.max_body_bytes)
    except Exception as exc:  # one article breaking the extractor must not stop the stream
        raise RejectedMessage.from_exception("extract", exc) from exc


def register_news_agents(app: faust.App, topics: PipelineTopics, settings: Settings) -> None:
    """Add the extract agent to ``app``."""

    @app.agent(topics.news, name="extract", concurrency=1)
    async def extract_news(stream: faust.StreamT[bytes]) -> None:
        """Extract deal events from each news item; dead-letter what cannot be read."""
        async for event in stream.events():
            async with message_scope(event, topics, agent="extract"):
                started = time.perf_counter()
                extraction = extract_message(event.message.value, settings)
                for deal in extraction.events:
                    await topics.events.send(key=deal.event_id.encode(), value=deal.model_dump_json().encode())
                log.info(
                    "news_item_processed",
                    item_id=extraction.item_id,
                    language=extraction.language,
                    events=len(extraction.events),
                    event_types=sorted({d.type for d in extraction.events}),
                    truncated=extraction.truncated,
                    duration_ms=round((time.perf_counter() - started) * 1000, 2),
                )
