"""The worker's consumer asks the broker to hold a fetch at most ``fetch_max_wait_ms`` (streams/runtime/fetch_wait.py).

Faust builds its consumer with a fixed 1,500 ms; these tests start the consumer the worker would
use against the real broker and read the value its fetcher sends, so an upgrade of Faust or
aiokafka that moves it makes them fail instead of silently bringing the 1.5 s stalls back.
"""

from __future__ import annotations

from streams.app import create_app
from streams.config import Settings
from tests.support.kafka_io import unique_name


async def fetcher_wait_ms(settings: Settings) -> int:
    """Start the worker consumer of an app built from ``settings`` and return its fetcher's max wait."""
    app = create_app(settings)
    consumer = app.consumer._thread._create_worker_consumer(app.transport)
    await consumer.start()
    try:
        return consumer._fetcher._fetch_max_wait_ms
    finally:
        await consumer.stop()


def settings_for(kafka_bootstrap: str, **overrides: object) -> Settings:
    name = unique_name("fetchwait")
    return Settings(kafka=kafka_bootstrap, app_id=name, topic_prefix=name, store="memory", **overrides)


async def test_default_fetch_wait_is_100_ms(kafka_bootstrap: str) -> None:
    assert await fetcher_wait_ms(settings_for(kafka_bootstrap)) == 100


async def test_fetch_wait_follows_the_setting(kafka_bootstrap: str) -> None:
    assert await fetcher_wait_ms(settings_for(kafka_bootstrap, fetch_max_wait_ms=37)) == 37
