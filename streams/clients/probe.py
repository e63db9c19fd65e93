"""Readiness checks against a broker, with kafka-python's admin client."""

from __future__ import annotations

import socket
import time

from kafka import KafkaAdminClient
from kafka.errors import KafkaError


def metadata_ok(bootstrap: str, timeout_s: float = 5.0) -> bool:
    """Return True when the broker answers a metadata request within ``timeout_s``."""
    if not _port_open(bootstrap.split(",", maxsplit=1)[0], timeout_s):
        # Checked first: kafka-python logs every refused connection and backs off for seconds.
        return False
    try:
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap,
            request_timeout_ms=int(timeout_s * 1000),
            client_id="dealwatch-probe",
        )
    except (KafkaError, OSError, ValueError):
        return False
    try:
        admin.list_topics()
    except (KafkaError, OSError):
        return False
    finally:
        admin.close()
    return True


def _port_open(address: str, timeout_s: float) -> bool:
    host, _, port = address.strip().rpartition(":")
    try:
        with socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout=timeout_s):
            return True
    except (OSError, ValueError):
        return False


def wait_until_ready(bootstrap: str, timeout_s: float, is_alive: object = None) -> None:
    """Block until a metadata request succeeds.

    Args:
        bootstrap: ``host:port`` list.
        timeout_s: give up after this many seconds.
        is_alive: optional zero-argument callable; when it returns False (the broker process
            died) waiting stops at once instead of running out the clock.

    Raises:
        TimeoutError: the broker did not answer in time, or its process exited.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if callable(is_alive) and not is_alive():
            msg = f"broker process exited before {bootstrap} answered"
            raise TimeoutError(msg)
        if metadata_ok(bootstrap, timeout_s=2.0):
            return
        time.sleep(0.3)
    msg = f"broker at {bootstrap} did not answer a metadata request within {timeout_s:.0f}s"
    raise TimeoutError(msg)
