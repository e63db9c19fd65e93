"""`dealwatch broker start --data-dir`, `restart` and `tools`: a broker that keeps its topics; Kafka's own CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from streams.local.broker.local import free_port

pytestmark = pytest.mark.integration


def _dealwatch(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli.main", *args],
        env={**os.environ, **env}, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip


class TestKeptBroker:
    """Topics created through Kafka's own tool survive restart and stop/start on the same data dir."""

    def test_data_dir_restart_and_tools(self, tmp_path: Path) -> None:
        """kafka-topics creates a topic; after `restart` and after stop + start it is still listed."""
        port = free_port()
        bootstrap = f"127.0.0.1:{port}"
        data = tmp_path / "kafka-data"
        env = {"DEALWATCH_CACHE_DIR": str(tmp_path / "cache"), "DEALWATCH_LOCAL_KAFKA_PORT": str(port)}
        started = _dealwatch("broker", "start", "--data-dir", str(data), env=env)
        assert started.returncode == 0, started.stderr
        assert f"data kept in {data}" in started.stdout
        try:
            created = _dealwatch(
                "broker", "tools", "kafka-topics", "--bootstrap-server", bootstrap,
                "--create", "--topic", "kept", "--partitions", "2", env=env,
            )  # fmt: skip
            assert created.returncode == 0, created.stderr
            restarted = _dealwatch("broker", "restart", env=env)
            assert restarted.returncode == 0, restarted.stderr
            assert f"ready at {bootstrap}" in restarted.stdout
            listed = _dealwatch(
                "broker", "tools", "kafka-topics.sh", "--bootstrap-server", bootstrap, "--list", env=env
            )
            assert listed.returncode == 0, listed.stderr
            assert "kept" in listed.stdout.split()
            assert _dealwatch("broker", "stop", env=env).returncode == 0
            assert (data / "data" / "meta.properties").exists()
            again = _dealwatch("broker", "start", "--data-dir", str(data), env=env)
            assert again.returncode == 0, again.stderr
            described = _dealwatch(
                "broker", "tools", "topics", "--bootstrap-server", bootstrap, "--describe", "--topic", "kept", env=env
            )
            assert described.returncode == 0, described.stderr
            assert "PartitionCount: 2" in described.stdout
        finally:
            _dealwatch("broker", "stop", env=env)

    def test_unknown_tool_is_one_line(self, tmp_path: Path) -> None:
        """A mistyped tool name lists the ones there are, without starting a JVM."""
        result = _dealwatch("broker", "tools", "kafka-topic", env={"DEALWATCH_CACHE_DIR": str(tmp_path)})
        assert result.returncode == 1
        assert result.stderr.strip().startswith(
            "error: unknown Kafka tool 'kafka-topic'; one of: kafka-console-producer"
        )
