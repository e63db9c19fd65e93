"""The one settings object. Every component reads configuration from here, never from ``os.environ``."""

from __future__ import annotations

import socket
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
TLS_PROTOCOLS: frozenset[str] = frozenset({"SSL", "SASL_SSL"})
SASL_PROTOCOLS: frozenset[str] = frozenset({"SASL_PLAINTEXT", "SASL_SSL"})


class Settings(BaseSettings):
    """dealwatch settings, read from ``DEALWATCH_*`` environment variables.

    Each field's env var is ``DEALWATCH_`` + its upper-cased name, e.g. ``DEALWATCH_KAFKA``.
    """

    model_config = SettingsConfigDict(env_prefix="DEALWATCH_", extra="ignore", frozen=True)

    kafka: str | None = Field(
        default=None,
        description="Bootstrap servers of an existing broker (host:port[,host:port]). "
        "Unset: tests and the demo start a broker themselves.",
    )
    app_id: str = Field(default="dealwatch", description="Faust app id (consumer group, internal topic prefix).")
    topic_prefix: str = Field(default="dealwatch", description="Prefix of every dealwatch topic.")
    partitions: int = Field(default=4, ge=1, description="Partitions of topics dealwatch creates.")
    replication_factor: int = Field(default=1, ge=1, description="Replication factor of topics dealwatch creates.")
    web_host: str = Field(default="127.0.0.1", description="Interface the worker's web API binds.")
    web_port: int = Field(default=6066, ge=1, le=65535, description="Port of the worker's web API.")
    web_advertised_url: str | None = Field(
        default=None,
        description="URL other workers use to reach this worker's web API (requests for keys it owns are "
        "forwarded there). Unset: http://WEB_HOST:WEB_PORT, or this machine's outbound address when WEB_HOST "
        "is a wildcard such as 0.0.0.0.",
    )
    store: Literal["auto", "rocksdb", "memory"] = Field(
        default="auto", description="Table store: rocksdb (via rocksdict), memory, or auto (rocksdb when installed)."
    )
    data_dir: Path = Field(default=Path(".dealwatch"), description="Worker state directory (RocksDB files).")
    store_write_buffer_mb: int = Field(
        default=8,
        ge=1,
        description="RocksDB write buffer (memtable) per table partition, MiB; at most two are held, so a partition's "
        "unflushed writes take at most twice this. Faust's own default, 64 MiB times three, let a worker's RSS climb "
        "by about 100 MB over its first 40,000 articles before the first flush.",
    )
    store_block_cache_mb: int = Field(
        default=16,
        ge=1,
        description="RocksDB block cache per table partition, MiB (Faust's default is 2 GiB each). Hot rows are read "
        "from the apply agent's parsed-state cache, so this cache only serves the rest.",
    )
    state_cache_size: int = Field(
        default=4096,
        ge=0,
        description="Companies whose state the apply agent keeps parsed between updates, so that a busy company's "
        "row is not read back and validated on every update (0: off). About 10-50 KB of memory each.",
    )
    state_cache_mb: int = Field(
        default=64,
        ge=1,
        description="Memory the apply agent's parsed states may take, MiB (estimated from their facts, about 4 KB a "
        "fact): past it the least recently used go first, so a worker's memory does not grow as rows fill.",
    )
    max_body_bytes: int = Field(
        default=1_000_000, ge=1_000, description="News bodies above this many UTF-8 bytes are truncated."
    )
    max_message_bytes: int = Field(
        default=4_000_000, ge=10_000, description="News messages above this size go to the dead-letter topic."
    )
    max_record_bytes: int = Field(
        default=1_000_000,
        ge=10_000,
        description="Largest record the worker sends (events, company updates, alerts): an event or alert over it "
        "loses its evidence, then its input is dead-lettered. Kafka's default topic limit is 1,048,588 bytes; "
        "topics dealwatch creates admit this plus headroom.",
    )
    alert_rules: Path | None = Field(default=None, description="TOML file overriding the default alert rules.")
    log_level: str = Field(default="INFO", description="Log level: DEBUG, INFO, WARNING, ERROR.")
    log_format: Literal["auto", "json", "console"] = Field(
        default="auto", description="auto: pretty on a terminal, JSON lines otherwise."
    )
    cache_dir: Path = Field(
        default=Path.home() / ".cache" / "dealwatch",
        description="Where the local broker's jars and data live.",
    )
    local_kafka_port: int = Field(default=39092, ge=1, le=65535, description="Port of the local jar broker.")
    fetch_max_wait_ms: int = Field(
        default=100,
        ge=1,
        le=1500,
        description="Longest the broker may hold a fetch request that found no new records. Faust's own 1,500 ms "
        "can stall a busy worker that long (streams/runtime/fetch_wait.py).",
    )
    apply_batch_max: int = Field(
        default=500,
        ge=1,
        description="Most company updates the apply agent folds as one batch: it takes every update already "
        "fetched, up to this many, and writes each changed company's row once per batch "
        "(streams/companies/agents.py).",
    )
    apply_batch_linger_ms: int = Field(
        default=100,
        ge=0,
        le=5_000,
        description="How long the apply agent waits after a batch's first update for more to arrive (fewer "
        "row writes per update under load; at most this much added to an alert's latency on a quiet feed).",
    )
    producer_linger_ms: int = Field(
        default=10,
        ge=0,
        le=1_000,
        description="How long the worker's Kafka producer waits for more records before sending a request "
        "(Faust's default 0 sends a request per few records: on loopback, produce-request writes were the worker's "
        "largest cost after extraction).",
    )
    lag_interval_s: float = Field(
        default=2.0,
        gt=0,
        description="How often the worker asks the broker for its consumer lag (dealwatch_consumer_lag); "
        "a scrape of /metrics never waits for the broker.",
    )
    instance_id: str | None = Field(
        default=None,
        description="Static consumer-group membership id, unique per worker and stable across its restarts: "
        "a worker restarted after a crash gets its partitions back at once instead of after the session timeout. "
        "A worker stopped for good then keeps its partitions (and the group) until that timeout.",
    )

    security_protocol: SecurityProtocol = Field(
        default="PLAINTEXT",
        description="How every Kafka client connects: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.",
    )
    sasl_mechanism: SaslMechanism = Field(
        default="PLAIN", description="SASL mechanism (SASL_* protocols): PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512."
    )
    sasl_username: str | None = Field(default=None, description="SASL user name (SASL_* protocols).")
    sasl_password: SecretStr | None = Field(
        default=None, description="SASL password (SASL_* protocols); never logged, hidden in repr."
    )
    ssl_cafile: Path | None = Field(
        default=None,
        description="PEM file of the CA(s) that signed the broker certificates (SSL, SASL_SSL); "
        "unset: the system's trusted CAs.",
    )
    ssl_certfile: Path | None = Field(
        default=None, description="PEM client certificate for mutual TLS (with DEALWATCH_SSL_KEYFILE)."
    )
    ssl_keyfile: Path | None = Field(default=None, description="PEM private key of DEALWATCH_SSL_CERTFILE.")
    ssl_check_hostname: bool = Field(
        default=True, description="Check that the broker certificate names the host connected to (TLS)."
    )
    connect_timeout_s: float = Field(
        default=6.0,
        gt=0,
        le=300,
        description="How long the worker and the CLI try to reach the broker before failing with the address tried "
        "(the worker counts from its own start), and how long a broker that accepted the connection has to answer.",
    )

    standby_replicas: int = Field(
        default=1,
        ge=0,
        description="Standby copies of each table partition kept warm on other workers (Faust's "
        "table_standby_replicas): a survivor that already holds a dead peer's state need not replay its changelog.",
    )

    @model_validator(mode="after")
    def _security_is_complete(self) -> Settings:
        """Refuse half a security configuration at start-up rather than at the first connection."""
        if self.security_protocol in SASL_PROTOCOLS and (not self.sasl_username or self.sasl_password is None):
            msg = f"{self.security_protocol} needs DEALWATCH_SASL_USERNAME and DEALWATCH_SASL_PASSWORD"
            raise ValueError(msg)
        if (self.ssl_certfile is None) != (self.ssl_keyfile is None):
            msg = "mutual TLS needs both DEALWATCH_SSL_CERTFILE and DEALWATCH_SSL_KEYFILE"
            raise ValueError(msg)
        tls_files = [self.ssl_cafile, self.ssl_certfile]
        if self.security_protocol not in TLS_PROTOCOLS and any(path is not None for path in tls_files):
            msg = (
                f"TLS files are set but security_protocol {self.security_protocol} does not use TLS "
                "(set DEALWATCH_SECURITY_PROTOCOL=SSL or SASL_SSL)"
            )
            raise ValueError(msg)
        return self

    @property
    def advertised_url(self) -> str:
        """The web API's URL for other workers: ``web_advertised_url``, else derived from the bind address."""
        if self.web_advertised_url:
            return self.web_advertised_url.rstrip("/")
        host = outbound_address() if self.web_host in _WILDCARD_HOSTS else self.web_host
        return f"http://{host}:{self.web_port}"

    @property
    def bootstrap(self) -> str:
        """The broker every component talks to: ``kafka``, else the local jar broker on ``local_kafka_port``."""
        return self.kafka or f"127.0.0.1:{self.local_kafka_port}"

    def topic(self, name: str) -> str:
        """Return the full name of a dealwatch topic, e.g. ``news`` -> ``dealwatch.news``."""
        return f"{self.topic_prefix}.{name}"


_WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})  # noqa: S104 - names the wildcard, binds nothing


def outbound_address() -> str:
    """This machine's address on its default route (no packet is sent); 127.0.0.1 without a network.

    Not the host name: on stock Debian it resolves to 127.0.1.1, which no other worker can reach.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routable, never answered
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings (read once)."""
    return Settings()
