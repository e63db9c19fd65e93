"""Getting a Kafka broker: an existing one, a testcontainers one, or a local one from jars."""

from streams.broker.errors import BrokerUnavailableError
from streams.broker.local import LocalKafka
from streams.broker.select import broker_session

__all__ = ["BrokerUnavailableError", "LocalKafka", "broker_session"]
