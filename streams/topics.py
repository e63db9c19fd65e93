"""dealwatch's topics: their names, and creating them on the broker.

The broker runs with ``auto.create.topics.enable=false`` (as production clusters should), so the
worker and the CLI tools create what they need with :func:`ensure_topics` before using it.
Faust creates its own internal topics (the ``companies`` table changelog) itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import faust
import structlog
from kafka import KafkaAdminClient
from kafka.errors import TopicAlreadyExistsError

from streams.config import Settings
from streams.security import kafka_options

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class PipelineTopics:
    """The Faust topic objects every agent sends to or reads from (all raw JSON bytes)."""

    news: faust.TopicT
    events: faust.TopicT
    company_updates: faust.TopicT
    alerts: faust.TopicT
    deadletter: faust.TopicT


LEGACY_DEADLETTER = "news.deadletter"
"""Before 0.2 dead letters of every stage went to ``{prefix}.news.deadletter``; see the README's upgrade notes."""

# Base64 makes a dead letter 4/3 of the original, plus its JSON envelope.
_DEADLETTER_HEADROOM = 2
# A record batch adds its header, the record's key and headers to the value the worker measures.
_BATCH_OVERHEAD_BYTES = 65_536


@dataclass(frozen=True)
class TopicNames:
    """The full names of dealwatch's topics for one ``topic_prefix``."""

    news: str
    events: str
    company_updates: str
    alerts: str
    deadletter: str

    @classmethod
    def from_settings(cls, settings: Settings) -> TopicNames:
        """Return the topic names under ``settings.topic_prefix``."""
        return cls(
            news=settings.topic("news"),
            events=settings.topic("events"),
            company_updates=settings.topic("company-updates"),
            alerts=settings.topic("alerts"),
            deadletter=settings.topic("deadletter"),
        )

    def all(self) -> tuple[str, ...]:
        """Every name, input first."""
        return (self.news, self.events, self.company_updates, self.alerts, self.deadletter)


def record_topic_config(settings: Settings) -> dict[str, str]:
    """The config of a topic the worker writes (events, updates, alerts, the table's changelog): every record fits."""
    return {"max.message.bytes": str(settings.max_record_bytes + _BATCH_OVERHEAD_BYTES)}


def topic_configs(settings: Settings) -> dict[str, dict[str, str]]:
    """Per-topic broker configs: the news topic must admit messages above our own size limit.

    A message larger than ``max_message_bytes`` has to reach the worker to be dead-lettered (a
    broker rejecting it would only tell the producer), and its dead letter carries it in base64.
    The topics the worker writes admit every record it lets out (``max_record_bytes``).
    """
    names = TopicNames.from_settings(settings)
    news_limit = settings.max_message_bytes * _DEADLETTER_HEADROOM
    output_limit = record_topic_config(settings)
    return {
        names.news: {"max.message.bytes": str(news_limit)},
        names.events: output_limit,
        names.company_updates: output_limit,
        names.alerts: output_limit,
        names.deadletter: {"max.message.bytes": str(news_limit * _DEADLETTER_HEADROOM)},
    }


def ensure_topics(settings: Settings) -> list[str]:
    """Create every missing dealwatch topic and return the names it created.

    Existing topics are left as they are. Several workers may start at once: a topic another
    process created between our listing and our request counts as existing, not as an error.
    Raises :class:`kafka.errors.KafkaError` when the broker is unreachable or refuses.
    """
    names = TopicNames.from_settings(settings)
    configs = topic_configs(settings)
    admin = KafkaAdminClient(
        bootstrap_servers=settings.bootstrap, client_id=f"{settings.app_id}-admin", **kafka_options(settings)
    )
    created: list[str] = []
    try:
        existing = set(admin.list_topics())
        legacy = settings.topic(LEGACY_DEADLETTER)
        if legacy in existing:
            # Renamed in 0.2: every stage dead-letters to one topic. Old records stay where they are.
            log.warning("legacy_deadletter_topic", legacy=legacy, now=names.deadletter)
        for name in (name for name in names.all() if name not in existing):
            spec = {
                "num_partitions": settings.partitions,
                "replication_factor": settings.replication_factor,
                "configs": configs.get(name, {}),
            }
            try:
                admin.create_topics({name: spec}, wait_for_metadata=True)
            except TopicAlreadyExistsError:
                continue
            created.append(name)
        if created:
            log.info("topics_created", topics=created, partitions=settings.partitions)
    finally:
        admin.close()
    return created


def declare_topics(app: faust.App, settings: Settings) -> PipelineTopics:
    """Declare the pipeline's topics on ``app``: keys and values are raw bytes (values are JSON)."""
    names = TopicNames.from_settings(settings)

    def topic(name: str) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
        )

    return PipelineTopics(
        news=topic(names.news),
        events=topic(names.events),
        company_updates=topic(names.company_updates),
        alerts=topic(names.alerts),
        deadletter=topic(names.deadletter),
    )
