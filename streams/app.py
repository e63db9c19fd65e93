"""The Faust application: topics, the ``companies`` table, agents and web views, built from settings.

:func:`create_app` builds everything from one :class:`~streams.config.Settings`, so the worker
command, the agent tests (``store="memory"``) and the integration tests each get an app with their
own names. Topic map (``{prefix}`` = ``Settings.topic_prefix``)::

    {prefix}.news --extract--+--> {prefix}.events (every deal event, for consumers; no agent reads it)
         |                   |
         |                   +--> {prefix}.company-updates --apply--> {prefix}.alerts
         |                                                   |
         +--> {prefix}.deadletter                        companies table ({app_id}-companies-changelog)
"""

from __future__ import annotations

import faust

from streams.companies.agents import register_company_agents
from streams.companies.recent import RecentAlerts
from streams.companies.rules import load_rules
from streams.companies.table import companies_table
from streams.companies.views import register_views
from streams.config import Settings, get_settings
from streams.extraction.knowledge_base import load_knowledge_base
from streams.news.agents import register_news_agents
from streams.runtime.crash import CrashOnSendError
from streams.runtime.fetch_wait import bound_fetch_wait
from streams.runtime.monitoring import install_monitoring
from streams.runtime.skipped_records import guard_skipped_records
from streams.runtime.store import store_url
from streams.security import faust_credentials, kafka_options
from streams.topics import declare_topics

# Dead letters carry the original message in base64: let the producer send up to this many times the limit.
_PRODUCER_REQUEST_HEADROOM = 4
# A worker restarted after a crash cannot be assigned partitions until the dead member's session expires
# (Faust's default: 60 s). 10 s with a heartbeat every 3 s keeps the restart short and still tolerates
# a few missed heartbeats on a busy machine. With ``Settings.instance_id`` (static membership) the
# restarted worker takes the dead member's place at once.
SESSION_TIMEOUT_S = 10.0
HEARTBEAT_INTERVAL_S = 3.0


def create_app(settings: Settings | None = None) -> faust.App:
    """Return the configured Faust app.

    Args:
        settings: configuration; defaults to :func:`streams.config.get_settings` (``DEALWATCH_*`` env vars).
    """
    settings = settings or get_settings()
    app = faust.App(
        settings.app_id,
        broker=f"kafka://{settings.bootstrap}",
        broker_credentials=faust_credentials(settings),
        store=store_url(settings),
        datadir=str(settings.data_dir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        table_standby_replicas=settings.standby_replicas,
        producer_max_request_size=max(1_048_576, settings.max_message_bytes * _PRODUCER_REQUEST_HEADROOM),
        producer_linger=settings.producer_linger_ms / 1000,
        broker_session_timeout=SESSION_TIMEOUT_S,
        broker_heartbeat_interval=HEARTBEAT_INTERVAL_S,
        consumer_group_instance_id=settings.instance_id,
        web_enabled=True,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        canonical_url=settings.advertised_url,
        autodiscover=False,
    )
    app.sensors.add(CrashOnSendError())
    bound_fetch_wait(app, settings.fetch_max_wait_ms)
    guard_skipped_records(app)
    topics = declare_topics(app, settings)
    companies = companies_table(app, settings)
    recent = RecentAlerts()
    register_news_agents(app, topics, settings)
    register_company_agents(
        app,
        topics,
        companies,
        load_rules(settings.alert_rules),
        recent,
        max_record_bytes=settings.max_record_bytes,
        state_cache_size=settings.state_cache_size,
        state_cache_mb=settings.state_cache_mb,
        batch_max=settings.apply_batch_max,
        batch_linger_s=settings.apply_batch_linger_ms / 1000,
    )
    register_views(app, companies, recent, load_knowledge_base(), settings)
    sources = {topics.news.get_topic_name(), topics.company_updates.get_topic_name()}
    install_monitoring(
        app, [companies], sources, settings.bootstrap, settings.lag_interval_s, security=kafka_options(settings)
    )
    return app
