"""The session's real Kafka broker and per-test names.

The broker comes from the one selection path dealwatch uses everywhere
(:func:`streams.local.broker.broker_session`): ``DEALWATCH_KAFKA`` if set, else testcontainers'
Kafka where a Docker engine answers, else the local broker from Maven Central jars.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from streams.config import Settings
from streams.local.broker import broker_session
from tests.fixtures.streaming.pipeline import Pipeline
from tests.support.kafka_io import create_topics, unique_name


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """Bootstrap servers of a ready broker for the whole session."""
    with broker_session(Settings()) as bootstrap:
        yield bootstrap


@pytest.fixture
def new_topic(kafka_bootstrap: str) -> Callable[..., str]:
    """Factory: create a uniquely named topic and return its name."""

    def make(prefix: str = "t", partitions: int = 1) -> str:
        name = unique_name(prefix)
        create_topics(kafka_bootstrap, [name], partitions=partitions)
        return name

    return make


@pytest.fixture
def pipeline(kafka_bootstrap: str, tmp_path: Path) -> Iterator[Pipeline]:
    """A running worker on its own topics; stopped (cleanly, exit 0) after the test."""
    running = Pipeline(kafka_bootstrap, tmp_path)
    running.worker.start()
    try:
        yield running
    finally:
        running.close()
        code = running.worker.stop()
        assert code == 0, running.worker.log_tail()
