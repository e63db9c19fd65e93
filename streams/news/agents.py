"""The extract agent: ``{prefix}.news`` -> :func:`streams.extraction.extract` -> events and company updates.

Thin on purpose: decode, call pure functions, send. Each deal event goes to ``{prefix}.events``
(for consumers of the event stream) and its per-company updates (:func:`streams.companies.fanout.fan_out`)
go straight to ``{prefix}.company-updates``, keyed by company: one hop instead of re-reading every
event from the ``events`` topic. A message that fails decoding, validation or extraction goes to
``{prefix}.deadletter`` and the agent moves on; an infrastructure failure ends the worker
(:mod:`streams.runtime.crash`). Records go straight to the Kafka client (:func:`streams.runtime.delivery.send`); the
news offset is committed after Faust's flush of that client, so after every record was delivered.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import faust
import structlog

from schemas.events import Extraction
from schemas.state import CompanyUpdate
from streams import metrics
from streams.companies.fanout import company_key, fan_out
from streams.config import Settings
from streams.extraction import extract
from streams.runtime.decode import RejectedMessage, decode_news
from streams.runtime.delivery import send
from streams.runtime.message_scope import message_scope
from streams.topics import PipelineTopics

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class NewsOutput:
    """What one news item becomes: its extraction and the company updates of its events, in event order."""

    extraction: Extraction
    updates: list[CompanyUpdate]


def process_news(raw: bytes | None, settings: Settings) -> NewsOutput:
    """Decode, validate, extract and fan out one news message, or raise :class:`RejectedMessage`.

    Everything is computed before anything is sent, so a rejected item sends nothing but its dead letter.
    """
    item = decode_news(raw, settings.max_message_bytes)
    try:
        extraction = extract(item, max_body_bytes=settings.max_body_bytes)
        updates = [update for deal in extraction.events for update in fan_out(deal)]
    except Exception as exc:  # one article breaking the extractor must not stop the stream
        raise RejectedMessage.from_exception("extract", exc) from exc
    return NewsOutput(extraction, updates)


def register_news_agents(app: faust.App, topics: PipelineTopics, settings: Settings) -> None:
    """Add the extract agent to ``app``."""

    @app.agent(topics.news, name="extract", concurrency=1)
    async def extract_news(stream: faust.StreamT[bytes]) -> None:
        """Send each news item's deal events and company updates; dead-letter what cannot be read."""
        async for event in stream.events():
            async with message_scope(event, topics, agent="extract"):
                started = time.perf_counter()
                output = process_news(event.message.value, settings)
                metrics.record_news(output.extraction, time.perf_counter() - started)
                extraction = output.extraction
                for deal in extraction.events:
                    await send(topics.events, key=deal.event_id.encode(), value=deal.model_dump_json().encode())
                for update in output.updates:
                    await send(
                        topics.company_updates,
                        key=company_key(update.company.id),
                        value=update.model_dump_json().encode(),
                    )
                log.info(
                    "news_item_processed",
                    item_id=extraction.item_id,
                    language=extraction.language,
                    events=len(extraction.events),
                    updates=len(output.updates),
                    event_types=sorted({d.type for d in extraction.events}),
                    truncated=extraction.truncated,
                    duration_ms=round((time.perf_counter() - started) * 1000, 2),
                )
