"""faust-streaming and aiokafka against the project's Kafka version, end to end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from streams.local.worker_process import WorkerProcess
from tests.support.kafka_io import consume, produce, unique_name

REPO = Path(__file__).resolve().parents[2]


def _records(n: int, start: int = 0) -> list[tuple[bytes, bytes]]:
    return [(f"k{i % 3}".encode(), b"x") for i in range(start, start + n)]


class TestFaustOnThisKafka:
    """A Faust worker runs agent -> table -> topic and a new worker recovers the table."""

    def test_table_recovers_from_changelog_after_restart(
        self, kafka_bootstrap: str, new_topic: Callable[..., str], tmp_path: Path
    ) -> None:
        """Counts continue from the changelog in a new worker with an empty local store."""
        source, sink = new_topic("smoke-in", partitions=2), new_topic("smoke-out", partitions=2)
        env = {
            "SMOKE_APP_ID": unique_name("smoke"),
            "SMOKE_BOOTSTRAP": kafka_bootstrap,
            "SMOKE_IN": source,
            "SMOKE_OUT": sink,
        }
        argv = ["-m", "faust", "-A", "tests.integration.smoke_app", "worker", "-l", "info"]

        first = WorkerProcess(tmp_path / "a.log", {**env, "SMOKE_DATADIR": str(tmp_path / "a")}, argv, cwd=REPO)
        first.start()
        produce(kafka_bootstrap, source, _records(9))
        got = consume(kafka_bootstrap, sink, expect=9)
        assert first.stop() == 0, first.log_tail()
        assert sorted(r.value for r in got) == sorted(f"k{k}={n}".encode() for k in range(3) for n in (1, 2, 3))

        # A fresh datadir: the memory store starts empty, so state can only come from the changelog.
        second = WorkerProcess(tmp_path / "b.log", {**env, "SMOKE_DATADIR": str(tmp_path / "b")}, argv, cwd=REPO)
        second.start()
        try:
            produce(kafka_bootstrap, source, _records(3, start=9))
            got = consume(kafka_bootstrap, sink, expect=12)
        finally:
            assert second.stop() == 0, second.log_tail()
        assert sorted(r.value for r in got[9:]) == [b"k0=4", b"k1=4", b"k2=4"]
