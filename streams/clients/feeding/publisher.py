"""Send validated news items to the news topic and account for every one of them.

An item counts as *sent* only once the broker acknowledged it (``acks=all``); anything still
in flight when the run stops is reported as *unsent*, so a user knows exactly what to re-feed
(re-feeding is harmless: the key and the id are the same).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import structlog
from kafka import KafkaAdminClient, KafkaProducer
from kafka.errors import KafkaError

from schemas import NewsItem
from streams.clients.probe import BrokerConnectionError, check_broker

log = structlog.get_logger(__name__)

CONNECT_TIMEOUT_S = 5.0
REQUEST_HEADROOM_BYTES = 64 * 1024


class PublishError(Exception):
    """The broker or topic cannot be used; the message is one line a user can act on."""


@dataclass
class FeedReport:
    """What happened to a feed run's records.

    Attributes:
        read: records read from the sources (valid or not).
        rejected: records that failed validation, as ``(location, reason)``.
        sent: items the broker acknowledged.
        failed: items the broker refused, as ``(location, reason)``.
        bytes_sent: value bytes of acknowledged items.
        pending: items queued but not yet acknowledged or refused.
        started: monotonic start time, for the rate.
        elapsed_s: seconds from start to the last acknowledgement (set by :meth:`NewsPublisher.close`).
    """

    read: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    bytes_sent: int = 0
    pending: int = 0
    started: float = field(default_factory=time.monotonic)
    elapsed_s: float = 0.0

    @property
    def valid(self) -> int:
        """Records that passed validation."""
        return self.read - len(self.rejected)

    @property
    def unsent(self) -> int:
        """Valid items not acknowledged: refused by the broker or still in flight."""
        return len(self.failed) + self.pending

    @property
    def rate(self) -> float:
        """Acknowledged items per second."""
        return self.sent / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def as_dict(self) -> dict[str, object]:
        """The report as a JSON-friendly dict (the ``--json`` summary)."""
        return {
            "read": self.read,
            "valid": self.valid,
            "rejected": len(self.rejected),
            "sent": self.sent,
            "unsent": self.unsent,
            "bytes": self.bytes_sent,
            "seconds": round(self.elapsed_s, 3),
            "rate_per_s": round(self.rate, 1),
            "errors": [{"location": loc, "error": err} for loc, err in [*self.rejected, *self.failed]],
        }


def check_topic(
    bootstrap: str, topic: str, security: Mapping[str, Any] | None = None, timeout_s: float = CONNECT_TIMEOUT_S
) -> None:
    """Fail fast, with one clear line, when the broker is unreachable, refuses us, or the topic is missing.

    Args:
        bootstrap: ``host:port[,host:port]`` of the broker.
        topic: the topic that must exist.
        security: kafka-python security options (:func:`streams.security.kafka_options`).
        timeout_s: how long to try to reach the broker.

    Raises:
        PublishError: naming the address tried and the cause, or the missing topic.
    """
    try:
        check_broker(bootstrap, security, timeout_s)
    except BrokerConnectionError as exc:
        raise PublishError(str(exc)) from exc
    try:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="dealwatch-feed", **(security or {}))
    except (KafkaError, OSError) as exc:
        msg = f"cannot reach the Kafka broker at {bootstrap}: {exc}"
        raise PublishError(msg) from exc
    try:
        topics = set(admin.list_topics())
    finally:
        admin.close()
    if topic not in topics:
        msg = f"topic {topic!r} does not exist on {bootstrap} (start `dealwatch worker` once, which creates it)"
        raise PublishError(msg)


class NewsPublisher:
    """A kafka-python producer for news items: key = item id, value = NewsItem JSON, ``acks=all``.

    Args:
        bootstrap: ``host:port[,host:port]`` of the broker.
        topic: the news topic.
        max_message_bytes: producer request size limit (``Settings.max_message_bytes``).
        on_ack: called with the report after each acknowledgement (progress display).
        security: kafka-python security options (:func:`streams.security.kafka_options`).
    """

    def __init__(
        self,
        bootstrap: str,
        topic: str,
        *,
        max_message_bytes: int,
        on_ack: Callable[[FeedReport], None] | None = None,
        security: Mapping[str, Any] | None = None,
    ) -> None:
        self.topic = topic
        self.max_message_bytes = max_message_bytes
        self.report = FeedReport()
        self._on_ack = on_ack
        self._lock = threading.Lock()
        try:
            self._producer = KafkaProducer(
                bootstrap_servers=bootstrap,
                client_id="dealwatch-feed",
                acks="all",
                linger_ms=20,
                # Headroom over our own limit for the key and the record batch framing.
                max_request_size=max_message_bytes + REQUEST_HEADROOM_BYTES,
                retries=5,
                **(security or {}),
            )
        except (KafkaError, OSError) as exc:
            msg = f"cannot reach the Kafka broker at {bootstrap}"
            raise PublishError(msg) from exc

    def send(self, item: NewsItem, location: str) -> bool:
        """Queue one item; return False (and count a rejection) when it is above the message size limit.

        The acknowledgement is accounted for asynchronously.
        """
        value = item.model_dump_json().encode("utf-8")
        if len(value) > self.max_message_bytes:
            reason = (
                f"message is {len(value)} bytes, above the {self.max_message_bytes} limit (DEALWATCH_MAX_MESSAGE_BYTES)"
            )
            self.report.rejected.append((location, reason))
            return False
        with self._lock:
            self.report.pending += 1
        try:
            future = self._producer.send(self.topic, key=item.id.encode("utf-8"), value=value)
        except KafkaError as exc:
            self._settle(location, len(value), exc)
            return True
        future.add_callback(lambda _meta: self._settle(location, len(value), None))
        future.add_errback(lambda exc: self._settle(location, len(value), exc))
        return True

    def flush(self, timeout_s: float = 30.0) -> None:
        """Block until every queued item is acknowledged or refused (or ``timeout_s`` passed)."""
        self._producer.flush(timeout=timeout_s)

    def close(self, timeout_s: float = 30.0) -> FeedReport:
        """Wait up to ``timeout_s`` for outstanding acknowledgements, close, and return the report."""
        try:
            self._producer.flush(timeout=timeout_s)
        except KafkaError as exc:
            log.warning("feed.flush_incomplete", error=str(exc))
        finally:
            self._producer.close(timeout=5)
        self.report.elapsed_s = time.monotonic() - self.report.started
        return self.report

    def _settle(self, location: str, size: int, error: BaseException | None) -> None:
        with self._lock:
            self.report.pending -= 1
            if error is None:
                self.report.sent += 1
                self.report.bytes_sent += size
            else:
                self.report.failed.append((location, f"{error.__class__.__name__}: {error}"))
        if self._on_ack is not None:
            self._on_ack(self.report)
