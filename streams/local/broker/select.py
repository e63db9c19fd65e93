"""The one broker-selection path shared by tests and the CLI.

Order: ``DEALWATCH_KAFKA`` (an existing broker) wins; else testcontainers' Kafka when a Docker
engine answers; else the local broker from jars.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import structlog

from streams.clients.probe import metadata_ok
from streams.config import Settings
from streams.local.broker.errors import BrokerUnavailableError
from streams.local.broker.local import LocalKafka
from streams.security import kafka_options

log = structlog.get_logger(__name__)

# Confluent Platform 8.1 ships Apache Kafka 4.1; testcontainers' KafkaContainer is built for cp-kafka.
KAFKA_IMAGE = "confluentinc/cp-kafka:8.1.0"


def docker_available() -> bool:
    """Return True when a Docker engine answers a ping (the client alone is not enough)."""
    try:
        import docker  # noqa: PLC0415 - optional: only imported where testcontainers is installed

        client = docker.from_env(timeout=3)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:  # noqa: BLE001 - any failure means "no usable engine"
        return False


@contextmanager
def broker_session(settings: Settings) -> Iterator[str]:
    """Yield bootstrap servers of a ready broker, stopping it afterwards if this call started it.

    Raises:
        BrokerUnavailableError: with one message naming what is missing and how to fix it.
    """
    if settings.kafka:
        if not metadata_ok(settings.kafka, timeout_s=10.0, security=kafka_options(settings)):
            msg = f"DEALWATCH_KAFKA={settings.kafka} does not answer a metadata request; is the broker up?"
            raise BrokerUnavailableError(msg)
        log.info("broker.selected", kind="external", bootstrap=settings.kafka)
        yield settings.kafka
        return
    if docker_available():
        from testcontainers.community.kafka import KafkaContainer  # noqa: PLC0415 - needs Docker

        with KafkaContainer(KAFKA_IMAGE).with_kraft() as container:
            bootstrap = container.get_bootstrap_server()
            log.info("broker.selected", kind="testcontainers", bootstrap=bootstrap, image=KAFKA_IMAGE)
            yield bootstrap
        return
    try:
        broker = LocalKafka(cache_dir=settings.cache_dir).start()
    except BrokerUnavailableError as exc:
        msg = f"{exc}\n(No DEALWATCH_KAFKA set and no Docker engine answered, so the local jar broker was tried.)"
        raise BrokerUnavailableError(msg) from exc
    log.info("broker.selected", kind="local", bootstrap=broker.bootstrap, log=str(broker.log_path))
    try:
        yield broker.bootstrap
    finally:
        broker.stop()
