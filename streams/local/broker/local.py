"""A single-node Apache Kafka (KRaft, broker+controller) run from Maven Central jars.

This is how dealwatch gets a real broker on a machine without Docker: Maven fetches
``org.apache.kafka:kafka_2.13`` (pinned in the packaged ``pom.xml`` beside this module) into the user cache once,
then each start formats KRaft storage in a fresh temp dir, launches the JVM on loopback and waits
until a metadata request succeeds.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

import structlog

from streams.clients.probe import wait_until_ready
from streams.local.broker.errors import BrokerUnavailableError
from streams.local.broker.listeners import Listeners, Security

log = structlog.get_logger(__name__)

POM = Path(__file__).resolve().parent / "pom.xml"  # package data: a wheel fetches the jars too
READY_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 30.0

_LOG4J2 = """\
Configuration:
  Appenders:
    File:
      name: file
      fileName: "{log}"
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: INFO
      AppenderRef:
        - ref: file
"""


def kafka_version(pom: Path = POM) -> str:
    """Return the Kafka version pinned in the pom."""
    match = re.search(r"<kafka\.version>([^<]+)</kafka\.version>", pom.read_text(encoding="utf-8"))
    if not match:
        msg = f"no <kafka.version> in {pom}"
        raise ValueError(msg)
    return match.group(1).strip()


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _require_java() -> str:
    java = shutil.which("java")
    if java is None:
        msg = (
            "Java 17+ is needed to run the local Kafka broker and none is on PATH. "
            "Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless), "
            "or point DEALWATCH_KAFKA at an existing broker."
        )
        raise BrokerUnavailableError(msg)
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    match = re.search(r'version "(\d+)', out)
    if match and int(match.group(1)) < 17:  # noqa: PLR2004 - Kafka 4 brokers need Java 17
        msg = f"Kafka 4 needs Java 17+, found {match.group(0)} at {java}. Install a newer JDK."
        raise BrokerUnavailableError(msg)
    return java


def fetch_jars(cache_dir: Path, pom: Path = POM) -> Path:
    """Download the broker's jars into ``cache_dir`` once and return their directory.

    The directory is named after the Kafka version and the pom's digest, so a pom that gains a jar gets
    a complete new set while a checkout with the older pom keeps using its own. A marker file is written
    last, so an interrupted download is redone rather than half-used.
    """
    version = kafka_version(pom)
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()[:8]
    libs = cache_dir / "kafka" / f"{version}-{digest}" / "libs"
    marker = libs.parent / ".complete"
    if marker.exists():
        return libs
    mvn = shutil.which("mvn")
    if mvn is None:
        msg = (
            f"Maven is needed once to download Kafka {version}'s jars into {libs} and none is on PATH. "
            "Install it (Debian/Ubuntu: apt-get install maven), or point DEALWATCH_KAFKA at a broker."
        )
        raise BrokerUnavailableError(msg)
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="jars-", dir=cache_dir))
    log.info("kafka.fetch", version=version, into=str(libs))
    started = time.monotonic()
    result = subprocess.run(
        [mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
         "-DincludeScope=runtime", f"-DoutputDirectory={staging}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        msg = f"Maven could not fetch Kafka {version} jars:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        raise BrokerUnavailableError(msg)
    shutil.rmtree(libs, ignore_errors=True)
    libs.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(libs)
    marker.write_text(version, encoding="utf-8")
    log.info(
        "kafka.fetched",
        version=version,
        jars=len(list(libs.glob("*.jar"))),
        seconds=round(time.monotonic() - started, 1),
    )
    return libs


def _server_properties(workdir: Path, listeners: Listeners) -> str:
    return "\n".join(
        [
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.voters=1@127.0.0.1:{listeners.controller}",
            *listeners.properties(),
            "controller.listener.names=CONTROLLER",
            f"log.dirs={workdir / 'data'}",
            "num.partitions=1",
            # dealwatch creates its topics explicitly; a typo must fail, not create a topic.
            "auto.create.topics.enable=false",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=4",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "",
        ]
    )


# `dealwatch broker tools NAME`: Kafka's scripts (bin/kafka-*.sh) are thin wrappers around these classes.
TOOLS: dict[str, str] = {
    "console-producer": "org.apache.kafka.tools.ConsoleProducer",
    "console-consumer": "org.apache.kafka.tools.consumer.ConsoleConsumer",
    "consumer-groups": "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
    "topics": "org.apache.kafka.tools.TopicCommand",
    "configs": "org.apache.kafka.tools.ConfigCommand",
    "get-offsets": "org.apache.kafka.tools.GetOffsetShell",
}


def tool_command(cache_dir: Path, name: str, args: list[str]) -> list[str]:
    """The java command line that runs Kafka's tool ``name`` (``kafka-`` prefix and ``.sh`` optional) with ``args``.

    Raises:
        BrokerUnavailableError: an unknown tool, or no Java / jars.
    """
    main_class = tool_main_class(name)
    java = _require_java()
    libs = fetch_jars(cache_dir)
    quiet = "-Dlog4j2.level=WARN"  # the tools log at INFO to stdout otherwise
    return [java, "-Xmx256m", quiet, "-cp", f"{libs}/*", main_class, *args]


def tool_main_class(name: str) -> str:
    """The main class of Kafka's tool ``name`` (``kafka-topics``, ``topics`` or ``kafka-topics.sh``).

    Raises:
        BrokerUnavailableError: no such tool, with the list of those there are.
    """
    short = name.removeprefix("kafka-").removesuffix(".sh")
    if short not in TOOLS:
        msg = f"unknown Kafka tool {name!r}; one of: {', '.join(f'kafka-{tool}' for tool in TOOLS)}"
        raise BrokerUnavailableError(msg)
    return TOOLS[short]


@dataclass
class LocalKafka:
    """One local KRaft broker process.

    Args:
        cache_dir: where jars are cached (env ``DEALWATCH_CACHE_DIR``, default ``~/.cache/dealwatch``).
        port: client port on 127.0.0.1; 0 picks a free one.
        heap: JVM max heap (capped at 1 GiB by default; a test broker needs far less).
        security: ``none``; ``sasl`` (SASL_PLAINTEXT, PLAIN and SCRAM users made at start) or ``ssl``
            (mutual TLS with a CA made at start). :attr:`client_env` says how a client connects.
        data_dir: keep the broker's data here across stop and start (formatted on first use, with its
            ports, SASL password or TLS certificates remembered); None: a temporary directory deleted on
            stop, as tests want.
    """

    cache_dir: Path
    port: int = 0
    heap: str = "1g"
    security: Security = "none"
    data_dir: Path | None = None
    workdir: Path | None = None
    pid: int | None = None
    internal_port: int = 0
    listeners: Listeners | None = field(default=None, repr=False)
    _proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def bootstrap(self) -> str:
        """``host:port`` for clients."""
        return f"127.0.0.1:{self.port}"

    @property
    def plaintext_bootstrap(self) -> str:
        """A listener that needs no credentials (the client one unless secured): readiness probes use it."""
        return f"127.0.0.1:{self.internal_port or self.port}"

    @property
    def client_env(self) -> dict[str, str]:
        """The ``DEALWATCH_*`` variables a client needs (address and, when secured, credentials)."""
        if self.listeners is None:
            return {"DEALWATCH_KAFKA": self.bootstrap}
        return self.listeners.client_env()

    @property
    def log_path(self) -> Path:
        """The broker's log file."""
        if self.workdir is None:
            msg = "broker not started"
            raise RuntimeError(msg)
        return self.workdir / "server.log"

    def start(self) -> Self:
        """Fetch jars if needed, format storage, launch the JVM and wait until it serves metadata."""
        java = _require_java()
        libs = fetch_jars(self.cache_dir)
        fresh = self._prepare_workdir()
        workdir = self.workdir
        if workdir is None:  # _prepare_workdir sets it
            msg = "no work directory"
            raise RuntimeError(msg)
        client, controller, internal = self._ports(fresh)
        self.port = client
        self.listeners = Listeners.create(self.security, client, controller, internal, workdir)
        self.internal_port = self.listeners.internal
        props = workdir / "server.properties"
        props.write_text(_server_properties(workdir, self.listeners), encoding="utf-8")
        log4j = workdir / "log4j2.yaml"
        log4j.write_text(_LOG4J2.format(log=self.log_path), encoding="utf-8")
        classpath = f"{libs}/*"
        jvm = [java, f"-Xmx{self.heap}", "-Xms128m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
               f"-Dlog4j2.configurationFile={log4j}", "-cp", classpath]  # fmt: skip
        if fresh:
            self._format(jvm, props)
        stdout = (workdir / "stdout.log").open("wb")
        self._proc = subprocess.Popen(
            [*jvm, "kafka.Kafka", str(props)],
            stdout=stdout, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # own process group: stop() can kill the JVM and nothing else
        )  # fmt: skip
        stdout.close()
        self.pid = self._proc.pid
        log.info("kafka.starting", bootstrap=self.bootstrap, pid=self.pid, log=str(self.log_path))
        started = time.monotonic()
        try:
            wait_until_ready(self.plaintext_bootstrap, READY_TIMEOUT_S, is_alive=self.is_running)
        except TimeoutError as exc:
            tail = self._log_tail()
            self.stop()
            msg = f"local Kafka did not start: {exc}\n{tail}"
            raise BrokerUnavailableError(msg) from exc
        seconds = round(time.monotonic() - started, 1)
        log.info(
            "kafka.ready", bootstrap=self.bootstrap, security=self.security, seconds=seconds, log=str(self.log_path)
        )
        return self

    def _prepare_workdir(self) -> bool:
        """Set :attr:`workdir`; return True when its storage still has to be formatted."""
        if self.data_dir is None:
            self.workdir = Path(tempfile.mkdtemp(prefix="dealwatch-kafka-"))
            return True
        self.workdir = self.data_dir.resolve()
        self.workdir.mkdir(parents=True, exist_ok=True)
        return not (self.workdir / "data" / "meta.properties").exists()

    def _ports(self, fresh: bool) -> tuple[int, int, int]:
        """Client, controller and internal ports: those a kept data dir used before, else free ones.

        Raises:
            BrokerUnavailableError: the kept data dir was formatted for another ``security`` (its SCRAM
                users, or their absence, are part of its metadata).
        """
        assert self.workdir is not None  # noqa: S101 - set by _prepare_workdir
        saved = self.workdir / "ports.json"
        if not fresh and saved.exists():
            stored = json.loads(saved.read_text(encoding="utf-8"))
            if (kept := stored.get("security", "none")) != self.security:
                msg = (
                    f"{self.workdir} holds a broker started with --security {kept}: start it with the same "
                    "--security (its users and certificates are kept there), or use another --data-dir"
                )
                raise BrokerUnavailableError(msg)
            return self.port or int(stored["client"]), int(stored["controller"]), int(stored["internal"])
        ports = (self.port or free_port(), free_port(), free_port())
        if self.data_dir is not None:
            kept_ports = dict(zip(("client", "controller", "internal"), ports, strict=True))
            saved.write_text(json.dumps({**kept_ports, "security": self.security}))
        return ports

    def _format(self, jvm: list[str], props: Path) -> None:
        """Format KRaft storage with a new cluster id (and the SCRAM users of a SASL broker)."""
        assert self.listeners is not None  # noqa: S101 - set by start
        cluster_id = subprocess.run(
            [*jvm, "kafka.tools.StorageTool", "random-uuid"], capture_output=True, text=True, check=True
        ).stdout.strip()
        fmt = subprocess.run(
            [*jvm, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(props),
             *self.listeners.format_args()],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if fmt.returncode != 0:
            msg = f"formatting KRaft storage failed: {fmt.stdout[-1000:]}{fmt.stderr[-1000:]}"
            raise BrokerUnavailableError(msg)

    def is_running(self) -> bool:
        """Return True while the JVM process exists."""
        if self._proc is not None:
            return self._proc.poll() is None
        if self.pid is None:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def stop(self) -> None:
        """Stop the broker (SIGTERM, then SIGKILL after a grace period); delete its data unless kept in ``data_dir``."""
        if self.pid is not None and self.is_running():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, signal.SIGTERM)
            deadline = time.monotonic() + STOP_TIMEOUT_S
            while self.is_running() and time.monotonic() < deadline:
                time.sleep(0.2)
            if self.is_running():
                log.warning("kafka.kill", pid=self.pid, reason="no exit after SIGTERM")
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.pid, signal.SIGKILL)
            if self._proc is not None:
                self._proc.wait(timeout=10)
            log.info("kafka.stopped", pid=self.pid)
        if self.workdir is not None and self.data_dir is None:
            shutil.rmtree(self.workdir, ignore_errors=True)
        self.pid = None
        self._proc = None

    def _log_tail(self, lines: int = 30) -> str:
        for path in (self.log_path, self.log_path.with_name("stdout.log")):
            if path.exists():
                text = path.read_text(encoding="utf-8", errors="replace").splitlines()
                if text:
                    return "\n".join(text[-lines:])
        return "(no broker log)"

    def to_state(self) -> str:
        """Serialise what ``stop`` needs, for a broker started by one CLI call and stopped by another."""
        return json.dumps(
            {
                "pid": self.pid,
                "port": self.port,
                "internal_port": self.internal_port,
                "workdir": str(self.workdir),
                "data_dir": None if self.data_dir is None else str(self.data_dir),
                "security": self.security,
            }
        )

    @classmethod
    def from_state(cls, cache_dir: Path, state: str) -> LocalKafka:
        """Rebuild a handle from :meth:`to_state` output."""
        data = json.loads(state)
        return cls(
            cache_dir=cache_dir,
            port=int(data["port"]),
            internal_port=int(data.get("internal_port", 0)),
            workdir=Path(data["workdir"]),
            pid=int(data["pid"]),
            data_dir=Path(data["data_dir"]) if data.get("data_dir") else None,
            security=data.get("security", "none"),
        )

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
