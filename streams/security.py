"""How every Kafka client dealwatch runs authenticates: one translation of the security settings per client library.

The worker (Faust on aiokafka) takes :func:`faust_credentials`; the kafka-python clients (admin, feeder,
subscriber, probe) take :func:`kafka_options`. Both use the one TLS context of :func:`ssl_context`, so
the worker and the CLI cannot disagree about which CA they trust or whether host names are checked.
The SASL password leaves its ``SecretStr`` only here, as the argument of a client constructor.
"""

from __future__ import annotations

import ssl
from typing import Any

from faust.auth import Credentials, SASLCredentials, SSLCredentials

from streams.config import SASL_PROTOCOLS, TLS_PROTOCOLS, Settings


class SecurityConfigError(ValueError):
    """A TLS file cannot be used; the message names the file and the setting."""


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context of an SSL or SASL_SSL connection, None for the plaintext protocols.

    Raises:
        SecurityConfigError: a CA, certificate or key file is missing or not PEM.
    """
    if settings.security_protocol not in TLS_PROTOCOLS:
        return None
    cafile = settings.ssl_cafile
    try:
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(cafile) if cafile else None)
    except (OSError, ssl.SSLError) as exc:
        msg = f"DEALWATCH_SSL_CAFILE={cafile} cannot be read as PEM CA certificates ({exc.__class__.__name__})"
        raise SecurityConfigError(msg) from exc
    context.check_hostname = settings.ssl_check_hostname
    if settings.ssl_certfile is not None:
        try:
            context.load_cert_chain(str(settings.ssl_certfile), str(settings.ssl_keyfile))
        except (OSError, ssl.SSLError) as exc:
            msg = (
                f"DEALWATCH_SSL_CERTFILE={settings.ssl_certfile} with DEALWATCH_SSL_KEYFILE={settings.ssl_keyfile} "
                f"cannot be loaded as a PEM certificate and its key ({exc.__class__.__name__})"
            )
            raise SecurityConfigError(msg) from exc
    return context


def kafka_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments that give a kafka-python client (admin, producer, consumer) the security settings."""
    options: dict[str, Any] = {"security_protocol": settings.security_protocol}
    context = ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
        options["ssl_check_hostname"] = settings.ssl_check_hostname
    if settings.security_protocol in SASL_PROTOCOLS and settings.sasl_password is not None:
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"] = settings.sasl_username
        options["sasl_plain_password"] = settings.sasl_password.get_secret_value()
    return options


def faust_credentials(settings: Settings) -> Credentials | None:
    """The Faust app's ``broker_credentials`` (used by its consumer, producer and topic creation)."""
    context = ssl_context(settings)
    if settings.security_protocol in SASL_PROTOCOLS and settings.sasl_password is not None:
        return SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value(),
            ssl_context=context,
            mechanism=settings.sasl_mechanism,
        )
    if context is not None:
        return SSLCredentials(context)
    return None


def describe(settings: Settings) -> dict[str, str]:
    """What a log line may say about the security settings: never the password."""
    info: dict[str, str] = {"security_protocol": settings.security_protocol}
    if settings.security_protocol in SASL_PROTOCOLS:
        info |= {"sasl_mechanism": settings.sasl_mechanism, "sasl_username": str(settings.sasl_username)}
    if settings.security_protocol in TLS_PROTOCOLS:
        info |= {
            "ssl_cafile": str(settings.ssl_cafile or "system"),
            "ssl_check_hostname": str(settings.ssl_check_hostname),
        }
        if settings.ssl_certfile is not None:
            info["ssl_certfile"] = str(settings.ssl_certfile)
    return info
