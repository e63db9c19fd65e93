"""Can this client use that broker? One check, with one line naming the cause when it cannot.

kafka-python retries a refused connection, an untrusted certificate or a rejected password the same
way, for 30 s, and logs each attempt. :func:`check_broker` instead tries each layer in turn (TCP, TLS,
then a metadata request that includes SASL authentication), within one deadline, so the worker and the
CLI fail in seconds with the address tried and what went wrong there. No message carries a password.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from kafka import KafkaAdminClient
from kafka.errors import KafkaError

_RETRY_S = 0.5
_TLS_ALERT_WAIT_S = 0.5
SASL_LOGIN_TIMEOUT_MS = 4_000
CLI_HINT = "set DEALWATCH_KAFKA or use --bootstrap"


class BrokerConnectionError(Exception):
    """The broker cannot be used; the message is one line naming the address and the cause."""


def check_broker(
    bootstrap: str,
    security: Mapping[str, Any] | None = None,
    timeout_s: float = 5.0,
    *,
    retry: bool = False,
    hint: str = CLI_HINT,
    spent_s: float = 0.0,
) -> None:
    """Connect to the first bootstrap server, then ask for metadata within ``timeout_s``.

    Reaching the broker and its answer have separate deadlines: a refused connection is retried only
    until ``timeout_s - spent_s`` from now (a broker that is not there is reported on time), while a
    broker that accepted the connection gets ``timeout_s`` of its own to answer (a slow but live broker
    is not mistaken for a missing one).

    Args:
        bootstrap: ``host:port[,host:port]``.
        security: kafka-python security options (:func:`streams.security.kafka_options`); None: PLAINTEXT.
        timeout_s: how long to try to reach the broker, and how long it may take to answer.
        retry: retry a refused connection until the deadline (a worker may start beside its broker);
            else fail at once, as a command typed by hand should.
        hint: what to do about an unreachable broker, in the message.
        spent_s: seconds of ``timeout_s`` already used before this call, e.g. by the worker's own
            start-up (importing its libraries takes seconds on a loaded machine); one attempt is
            always made.

    Raises:
        BrokerConnectionError: nothing listens there, TLS fails (untrusted or refused certificate),
            SASL authentication fails, or the broker does not answer.
    """
    options = dict(security or {})
    address = bootstrap.split(",", maxsplit=1)[0].strip()
    host, port = _split(address)
    retry_until = time.monotonic() + timeout_s - spent_s if retry else 0.0
    with _connected(address, (host, port), retry_until, hint, spent_s) as sock:
        answer_deadline = time.monotonic() + timeout_s
        sock.settimeout(timeout_s)
        context: ssl.SSLContext | None = options.get("ssl_context")
        if context is not None:
            _check_tls(sock, context, host, address)
    _check_metadata(bootstrap, options, answer_deadline)


def metadata_ok(bootstrap: str, timeout_s: float = 5.0, security: Mapping[str, Any] | None = None) -> bool:
    """Return True when the broker answers a metadata request within ``timeout_s``."""
    try:
        check_broker(bootstrap, security, timeout_s)
    except BrokerConnectionError:
        return False
    return True


def _split(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    try:
        return host.strip("[]") or "127.0.0.1", int(port)
    except ValueError as exc:
        msg = f"{address!r} is not a host:port Kafka address (DEALWATCH_KAFKA)"
        raise BrokerConnectionError(msg) from exc


@contextlib.contextmanager
def _connected(
    address: str, host_port: tuple[str, int], retry_until: float, hint: str, spent_s: float
) -> Iterator[socket.socket]:
    """A TCP connection to ``address``, a refused one retried until ``retry_until`` (a broker may be starting).

    The error says how long the broker stayed unreachable: counted from the start of the process when
    ``spent_s`` (its start-up before this call) is known, else from the first attempt.
    """
    started = time.monotonic()
    while True:
        try:
            sock = socket.create_connection(host_port, timeout=max(_RETRY_S, retry_until - time.monotonic()))
            break
        except OSError as exc:
            if time.monotonic() + _RETRY_S >= retry_until:
                reason = (exc.strerror or exc.__class__.__name__).lower()
                tried = time.monotonic() - started
                if spent_s > 0:
                    during = f" until {spent_s + tried:.0f} s after start"
                else:
                    during = f" for {tried:.0f} s" if tried >= 1 else ""
                msg = f"cannot reach the Kafka broker at {address} ({reason}{during}; {hint})"
                raise BrokerConnectionError(msg) from exc
            time.sleep(_RETRY_S)
    with sock:
        yield sock


def _check_tls(sock: socket.socket, context: ssl.SSLContext, host: str, address: str) -> None:
    """Shake hands; then wait a moment for a TLS 1.3 alert saying the broker refused our certificate."""
    try:
        with context.wrap_socket(sock, server_hostname=host) as tls:
            tls.settimeout(_TLS_ALERT_WAIT_S)
            with contextlib.suppress(TimeoutError):
                tls.recv(1)
    except ssl.SSLCertVerificationError as exc:
        msg = (
            f"TLS to the Kafka broker at {address} failed: its certificate is not trusted ({exc.verify_message}); "
            "set DEALWATCH_SSL_CAFILE to the CA that signed it"
        )
        raise BrokerConnectionError(msg) from exc
    except ssl.SSLError as exc:
        hint = (
            "; the broker wants a client certificate (DEALWATCH_SSL_CERTFILE, DEALWATCH_SSL_KEYFILE) it trusts"
            if "CERTIFICATE" in str(exc.reason)
            else ""
        )
        msg = f"TLS to the Kafka broker at {address} failed: {exc.reason or exc.__class__.__name__}{hint}"
        raise BrokerConnectionError(msg) from exc
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        msg = f"TLS to the Kafka broker at {address} failed: {reason} (is it a TLS port?)"
        raise BrokerConnectionError(msg) from exc


def _check_metadata(bootstrap: str, options: dict[str, Any], deadline: float) -> None:
    remaining_ms = max(500, int((deadline - time.monotonic()) * 1000))
    if "sasl_mechanism" in options:
        # A broker that refuses the login closes the connection; kafka-python retries that until its
        # bootstrap timeout, although a good login takes well under a second.
        remaining_ms = min(remaining_ms, SASL_LOGIN_TIMEOUT_MS)
    try:
        with _quiet_kafka_logs():
            admin = KafkaAdminClient(
                bootstrap_servers=bootstrap,
                client_id="dealwatch-probe",
                request_timeout_ms=remaining_ms,
                bootstrap_timeout_ms=remaining_ms,
                **options,
            )
            try:
                admin.list_topics()
            finally:
                admin.close()
    except (KafkaError, OSError) as exc:
        raise BrokerConnectionError(_metadata_failure(bootstrap, options, exc)) from exc


def _metadata_failure(bootstrap: str, options: Mapping[str, Any], exc: BaseException) -> str:
    """Name the cause: TCP and TLS worked, so with SASL on the broker closing the connection means it refused us."""
    if "sasl_mechanism" in options:
        return (
            f"SASL authentication as {options.get('sasl_plain_username')!r} ({options['sasl_mechanism']}) "
            f"failed at the Kafka broker at {bootstrap}: it closed the connection "
            "(wrong DEALWATCH_SASL_USERNAME, DEALWATCH_SASL_PASSWORD or DEALWATCH_SASL_MECHANISM?)"
        )
    return f"the Kafka broker at {bootstrap} accepted a connection but answered no metadata request ({exc!r})"


@contextlib.contextmanager
def _quiet_kafka_logs() -> Iterator[None]:
    """kafka-python logs every failed attempt at ERROR; the check reports the cause once, itself."""
    logger = logging.getLogger("kafka")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def wait_until_ready(bootstrap: str, timeout_s: float, is_alive: Callable[[], bool] | None = None) -> None:
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
        if is_alive is not None and not is_alive():
            msg = f"broker process exited before {bootstrap} answered"
            raise TimeoutError(msg)
        if metadata_ok(bootstrap, timeout_s=2.0):
            return
        time.sleep(0.3)
    msg = f"broker at {bootstrap} did not answer a metadata request within {timeout_s:.0f}s"
    raise TimeoutError(msg)
