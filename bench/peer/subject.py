"""The peer as a bench subject: the same topics, measurements and harness as the worker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import orjson

from bench.peer import READY
from bench.processes import REPO, ManagedProcess
from streams.config import Settings
from streams.topics import TopicNames


class PeerProcess(ManagedProcess):
    """A process under test run by another interpreter (the peer virtualenv's)."""

    def __init__(self, python: Path, log_path: Path, argv: list[str]) -> None:
        super().__init__(log_path, argv=argv, ready_marker=READY, cwd=REPO)
        self.argv = [str(python), *argv]


@dataclass
class Peer:
    """:mod:`bench.peer.app` with its own topic prefix, consumer group and state directory."""

    bootstrap: str
    prefix: str
    log_dir: Path
    data_root: Path
    python: Path
    name: str = "peer"

    @property
    def group(self) -> str:
        """Its consumer group: the prefix, as for the worker's app id."""
        return self.prefix

    @property
    def names(self) -> TopicNames:
        """Its topic names: the worker's under the same prefix."""
        return TopicNames.from_settings(Settings(kafka=self.bootstrap, topic_prefix=self.prefix, app_id=self.prefix))

    @property
    def source(self) -> str:
        """The topic it reads."""
        return self.names.news

    @property
    def changelog(self) -> str:
        """Quix's changelog topic of the ``company-updates`` state store (``default``)."""
        return f"changelog__{self.group}--{self.names.company_updates}--default"

    @property
    def outputs(self) -> list[str]:
        """Topics whose record timestamps show when it worked (the changelog is last, as for the worker)."""
        names = self.names
        return [names.events, names.company_updates, names.alerts, names.deadletter, self.changelog]

    @property
    def consumed(self) -> list[str]:
        """Both stages' inputs."""
        return [self.source, self.names.company_updates]

    @property
    def latency_topic(self) -> str:
        """Alerts answer news items."""
        return self.names.alerts

    def topics(self) -> list[str]:
        """Every topic but the changelog, created by the harness with the same partitions (co-partitioned)."""
        return list(self.names.all())

    def answers(self, key: bytes | None, value: bytes) -> list[bytes]:
        """The news items an alert answers: its ``source_item_ids``."""
        return [item.encode() for item in orjson.loads(value).get("source_item_ids", ())]

    def process(self, index: int = 0) -> ManagedProcess:
        """A peer process in the peer virtualenv."""
        argv = ["-m", "bench.peer.app", self.bootstrap, self.prefix, str(self.data_root / f"p{index}")]
        return PeerProcess(self.python, self.log_dir / f"{self.prefix}-{index}.log", argv)
