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
from streams import metrics
from streams.companies.fanout import company_key, fan_out
from streams.config import Settings
from streams.extraction import extract
from streams.runtime.decode import RejectedMessage, decode_news
from streams.runtime.delivery import send
from streams.runtime.message_scope import message_scope
from streams.runtime.record_size import fit
from streams.topics import PipelineTopics

log = structlog.get_logger(__name__)

_UPDATE_ENVELOPE_BYTES = 2_000
"""What a company update adds to its event: the company reference and perspective."""


Record = tuple[bytes, bytes]
"""A record's key and value, as sent."""


@dataclass(frozen=True)
class NewsOutput:
    """What one news item becomes: its extraction, its event records and their company-update records, in order."""

    extraction: Extraction
    events: list[Record]
    updates: list[Record]


def process_news(raw: bytes | None, settings: Settings) -> NewsOutput:
    """Decode, validate, extract and fan out one news message, or raise :class:`RejectedMessage`.

    Everything is computed and serialised before anything is sent, so a rejected item sends nothing
    but its dead letter, and no record is over ``settings.max_record_bytes`` (:mod:`streams.runtime.record_size`).
    """
    item = decode_news(raw, settings.max_message_bytes)
    try:
        extraction = extract(item, max_body_bytes=settings.max_body_bytes)
        deals = [(deal, fan_out(deal)) for deal in extraction.events]
    except Exception as exc:  # one article breaking the extractor must not stop the stream
        raise RejectedMessage.from_exception("extract", exc) from exc
    limit = settings.max_record_bytes
    events: list[Record] = []
    updates: list[Record] = []
    for deal, fanned in deals:
        # An update wraps its event: fit the event with room for the wrapper, then check the update itself.
        fitted, value = fit(deal, limit - _UPDATE_ENVELOPE_BYTES, stage="extract", name=f"event {deal.event_id}")
        events.append((deal.event_id.encode(), value))
        for update in fanned:
            update_value = update.model_copy(update={"event": fitted}).model_dump_json().encode()
            if len(update_value) > limit:
                reason = f"update of {update.company.id!r} is {len(update_value):,} bytes, over {limit:,}"
                raise RejectedMessage("extract", "RecordTooLarge", reason)
            updates.append((company_key(update.company.id), update_value))
    return NewsOutput(extraction, events, updates)


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
                for key, value in output.events:
                    await send(topics.events, key=key, value=value)
                for key, value in output.updates:
                    await send(topics.company_updates, key=key, value=value)
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
