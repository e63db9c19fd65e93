"""`dealwatch broker start|status|stop` manages one local KRaft broker and leaves nothing behind."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import psutil

from streams.clients.probe import metadata_ok
from streams.local.broker.local import free_port


def _dealwatch(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli.main", *args],
        env={**os.environ, **env}, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip


class TestLocalBrokerCli:
    """The broker command starts a ready broker, reports it, and stops it without strays."""

    def test_start_status_stop_leaves_no_process(self, tmp_path: Path) -> None:
        """After stop the port is closed, the JVM is gone and so is the temp data dir."""
        port = free_port()
        env = {"DEALWATCH_CACHE_DIR": str(tmp_path / "cache"), "DEALWATCH_LOCAL_KAFKA_PORT": str(port)}
        started = _dealwatch("broker", "start", env=env)
        assert started.returncode == 0, started.stderr
        assert f"ready at 127.0.0.1:{port}" in started.stdout
        workdir = Path(re.search(r"\(log: (\S+)/server\.log\)", started.stdout).group(1))
        try:
            status = _dealwatch("broker", "status", env=env)
            assert status.returncode == 0, status.stderr
            assert f"127.0.0.1:{port}, ready" in status.stdout
            jvm = psutil.Process(int(re.search(r"pid (\d+)", status.stdout).group(1)))
            assert "kafka.Kafka" in " ".join(jvm.cmdline())
            again = _dealwatch("broker", "start", env=env)
            assert again.returncode == 1
            assert "already running" in again.stderr
        finally:
            stopped = _dealwatch("broker", "stop", env=env)
        assert stopped.returncode == 0, stopped.stderr
        assert not jvm.is_running()
        assert not workdir.exists()
        assert not metadata_ok(f"127.0.0.1:{port}", timeout_s=1.0)
        assert _dealwatch("broker", "status", env=env).returncode == 1
