"""Getting a Kafka broker: an existing one, a testcontainers one, or a local one from jars."""

from streams.local.broker.errors import BrokerUnavailableError
from streams.local.broker.local import LocalKafka
from streams.local.broker.select import broker_session

__all__ = ["BrokerUnavailableError", "LocalKafka", "broker_session"]
