"""The local broker's listeners: plaintext (the default), or secured with SASL or TLS for trying security locally.

A secured broker keeps a second, plaintext listener on loopback for its own inter-broker traffic and
for the readiness probe; clients are only told about the secured one (``bootstrap``), and the
metadata they get back names only the listener they connected to. Its password or certificates live in
its work directory and are reused from there, so a broker restarted on a kept data dir accepts the
clients of its earlier run (its SCRAM users, stored with the data, keep that password anyway).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from streams.local.broker.tls import TlsFiles, kept_local_pki

Security = Literal["none", "sasl", "ssl"]
SECURITY_CHOICES: tuple[Security, ...] = ("none", "sasl", "ssl")
SASL_USER = "dealwatch"
SCRAM_MECHANISMS = ("SCRAM-SHA-256", "SCRAM-SHA-512")
CLIENT_MECHANISM = "SCRAM-SHA-512"
_PLAIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule"
_SCRAM_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule"


@dataclass(frozen=True)
class Listeners:
    """Ports and credentials of one local broker.

    Attributes:
        security: ``none``, ``sasl`` (SASL_PLAINTEXT with PLAIN and SCRAM users) or ``ssl`` (mutual TLS).
        client: the port clients connect to.
        controller: the KRaft controller port.
        internal: a plaintext port for the broker itself and readiness probes (``client`` when not secured).
        sasl_password: the password of user ``dealwatch`` (``sasl`` only).
        tls: the PEM files of the broker's throw-away CA (``ssl`` only).
    """

    security: Security
    client: int
    controller: int
    internal: int
    sasl_password: str | None = None
    tls: TlsFiles | None = None

    @classmethod
    def create(cls, security: Security, client: int, controller: int, internal: int, workdir: Path) -> Listeners:
        """Listeners on the given ports; a secured broker uses the password or CA under ``workdir``, made if none."""
        if security == "sasl":
            return cls(security, client, controller, internal, sasl_password=_kept_password(workdir / "sasl-password"))
        if security == "ssl":
            return cls(security, client, controller, internal, tls=kept_local_pki(workdir / "tls"))
        return cls(security, client, controller, client)

    @property
    def protocol(self) -> str:
        """The client listener's Kafka security protocol."""
        return {"none": "PLAINTEXT", "sasl": "SASL_PLAINTEXT", "ssl": "SSL"}[self.security]

    def properties(self) -> list[str]:
        """``server.properties`` lines for the listeners and their security."""
        client = f"{self.protocol}://127.0.0.1:{self.client}"
        controller = f"CONTROLLER://127.0.0.1:{self.controller}"
        if self.security == "none":
            return [
                f"listeners={client},{controller}",
                f"advertised.listeners={client}",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            ]
        internal = f"INTERNAL://127.0.0.1:{self.internal}"
        lines = [
            f"listeners={client},{internal},{controller}",
            f"advertised.listeners={client},{internal}",
            "inter.broker.listener.name=INTERNAL",
            f"listener.security.protocol.map={self.protocol}:{self.protocol},INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT",
        ]
        if self.sasl_password is not None:
            prefix = f"listener.name.{self.protocol.lower()}"
            lines += [
                f"sasl.enabled.mechanisms=PLAIN,{','.join(SCRAM_MECHANISMS)}",
                f'{prefix}.plain.sasl.jaas.config={_PLAIN_MODULE} required user_{SASL_USER}="{self.sasl_password}";',
                *(f"{prefix}.{m.lower()}.sasl.jaas.config={_SCRAM_MODULE} required;" for m in SCRAM_MECHANISMS),
            ]
        if self.tls is not None:
            lines += [
                "ssl.keystore.type=PEM",
                f"ssl.keystore.location={self.tls.server}",
                "ssl.truststore.type=PEM",
                f"ssl.truststore.location={self.tls.ca}",
                "ssl.client.auth=required",
            ]
        return lines

    def format_args(self) -> list[str]:
        """Extra ``kafka-storage format`` arguments: the SCRAM users, created with the cluster's metadata."""
        if self.sasl_password is None:
            return []
        args: list[str] = []
        for mechanism in SCRAM_MECHANISMS:
            args += ["--add-scram", f"{mechanism}=[name={SASL_USER},password={self.sasl_password}]"]
        return args

    def client_env(self) -> dict[str, str]:
        """The ``DEALWATCH_*`` variables a client needs to use this broker."""
        env = {"DEALWATCH_KAFKA": f"127.0.0.1:{self.client}", "DEALWATCH_SECURITY_PROTOCOL": self.protocol}
        if self.sasl_password is not None:
            env |= {
                "DEALWATCH_SASL_MECHANISM": CLIENT_MECHANISM,
                "DEALWATCH_SASL_USERNAME": SASL_USER,
                "DEALWATCH_SASL_PASSWORD": self.sasl_password,
            }
        if self.tls is not None:
            env |= {
                "DEALWATCH_SSL_CAFILE": str(self.tls.ca),
                "DEALWATCH_SSL_CERTFILE": str(self.tls.client_cert),
                "DEALWATCH_SSL_KEYFILE": str(self.tls.client_key),
            }
        return env


def _kept_password(path: Path) -> str:
    """The password stored at ``path``; a new random one, stored readable by the owner only, when there is none."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    password = secrets.token_urlsafe(18)
    path.touch(mode=0o600)
    path.write_text(password, encoding="utf-8")
    return password
