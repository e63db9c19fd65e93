"""The processes under test, each described the same way so one harness measures both.

* :class:`Passthrough`: the aiokafka baseline (:mod:`bench.passthrough`), news -> out.
* :class:`Worker`: the real dealwatch worker (``dealwatch worker``), news -> events/alerts.

Each run gets its own topic prefix and consumer group, so runs never see each other's data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import orjson

from bench.passthrough import READY as PASSTHROUGH_READY
from bench.processes import REPO, ManagedProcess
from streams.config import Settings
from streams.local.broker.local import free_port
from streams.local.worker_process import DEALWATCH_WORKER_ARGV
from streams.topics import TopicNames


@dataclass
class Passthrough:
    """The baseline copying ``{prefix}.news`` to ``{prefix}.out``."""

    bootstrap: str
    prefix: str
    log_dir: Path
    name: str = "passthrough"

    @property
    def group(self) -> str:
        """Its consumer group."""
        return f"{self.prefix}-group"

    @property
    def source(self) -> str:
        """The topic it reads."""
        return f"{self.prefix}.news"

    @property
    def outputs(self) -> list[str]:
        """Topics whose record timestamps show when it worked."""
        return [f"{self.prefix}.out"]

    @property
    def consumed(self) -> list[str]:
        """Topics its group must have consumed for a backlog to be done."""
        return [self.source]

    @property
    def latency_topic(self) -> str:
        """The topic whose records answer news items."""
        return f"{self.prefix}.out"

    def topics(self) -> list[str]:
        """Every topic to create before it starts."""
        return [self.source, *self.outputs]

    def answers(self, key: bytes | None, value: bytes) -> list[bytes]:
        """The news keys an output record answers: its own key, copied from the news record."""
        return [key] if key is not None else []

    def process(self, index: int = 0) -> ManagedProcess:
        """A process to run it."""
        argv = ["-m", "bench.passthrough", self.bootstrap, self.source, self.outputs[0], self.group]
        log_path = self.log_dir / f"{self.prefix}-{index}.log"
        return ManagedProcess(log_path, argv=argv, ready_marker=PASSTHROUGH_READY, cwd=REPO)


@dataclass
class Worker:
    """The dealwatch worker with its own topic prefix, app id and data directories."""

    bootstrap: str
    prefix: str
    log_dir: Path
    data_root: Path
    partitions: int
    name: str = "pipeline"
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def group(self) -> str:
        """Its consumer group: Faust uses the app id."""
        return self.prefix

    @property
    def names(self) -> TopicNames:
        """Its topic names, as the worker derives them from its settings."""
        return TopicNames.from_settings(self.settings())

    @property
    def source(self) -> str:
        """The topic it reads."""
        return self.names.news

    @property
    def outputs(self) -> list[str]:
        """Topics whose record timestamps show when it worked."""
        names = self.names
        changelog = f"{self.prefix}-companies-changelog"  # Faust's name: <app id>-<table>-changelog
        return [names.events, names.company_updates, names.alerts, names.deadletter, changelog]

    @property
    def consumed(self) -> list[str]:
        """Topics its group must have consumed for a backlog to be done: every stage an agent reads."""
        return [self.source, self.company_updates]

    @property
    def company_updates(self) -> str:
        """The topic the ``apply`` agent reads, keyed by company id."""
        return self.names.company_updates

    @property
    def latency_topic(self) -> str:
        """The topic whose records answer news items."""
        return self.names.alerts

    def topics(self) -> list[str]:
        """Topics the harness creates before producing; the worker creates the rest itself."""
        return [self.source]

    def settings(self) -> Settings:
        """The settings its workers run with."""
        return Settings(kafka=self.bootstrap, topic_prefix=self.prefix, app_id=self.prefix, partitions=self.partitions)

    def answers(self, key: bytes | None, value: bytes) -> list[bytes]:
        """The news items an alert answers: its ``source_item_ids``."""
        return [item.encode() for item in orjson.loads(value).get("source_item_ids", ())]

    def process(
        self, index: int = 0, data_dir: Path | None = None, argv_prefix: tuple[str, ...] = ()
    ) -> ManagedProcess:
        """A worker process; ``index`` separates logs and data directories of several workers."""
        data_dir = data_dir or self.data_root / f"w{index}"
        env = {
            "DEALWATCH_KAFKA": self.bootstrap,
            "DEALWATCH_TOPIC_PREFIX": self.prefix,
            "DEALWATCH_APP_ID": self.prefix,
            "DEALWATCH_DATA_DIR": str(data_dir),
            "DEALWATCH_WEB_PORT": str(free_port()),
            "DEALWATCH_PARTITIONS": str(self.partitions),
            **self.extra_env,
        }
        argv = [*argv_prefix, *DEALWATCH_WORKER_ARGV]
        return ManagedProcess(self.log_dir / f"{self.prefix}-{index}.log", env, argv, cwd=REPO)
