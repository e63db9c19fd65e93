"""`dealwatch broker start --data-dir`, `restart` and `tools`: a broker that keeps its topics and credentials."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic

from streams.config import Settings
from streams.local.broker.local import free_port
from streams.security import kafka_options

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


def _exports(stdout: str) -> dict[str, str]:
    """The ``export NAME=VALUE`` lines `broker start` printed, as a dict."""
    pairs = [shlex.split(line)[1].partition("=") for line in stdout.splitlines() if line.startswith("export ")]
    return {name: value for name, _, value in pairs}


def _client_options(exports: dict[str, str]) -> dict[str, object]:
    """kafka-python options built from the exports alone, as a user's client would be configured."""
    fields = {name.removeprefix("DEALWATCH_").lower(): value for name, value in exports.items()}
    return {"bootstrap_servers": exports["DEALWATCH_KAFKA"], **kafka_options(Settings.model_validate(fields))}


class TestKeptSecuredBroker:
    """A secured broker on a kept data dir keeps its password or CA: the first start's client settings still work."""

    @pytest.mark.parametrize("security", ["sasl", "ssl"])
    def test_restarted_broker_accepts_the_first_starts_client(self, tmp_path: Path, security: str) -> None:
        """A record produced with the first start's exports is read back, after stop and start, with the same ones."""
        data = tmp_path / "kafka-data"
        env = {"DEALWATCH_CACHE_DIR": str(tmp_path / "cache"), "DEALWATCH_LOCAL_KAFKA_PORT": str(free_port())}
        try:
            first = _dealwatch("broker", "start", "--data-dir", str(data), "--security", security, env=env)
            assert first.returncode == 0, first.stderr
            assert f"data and credentials kept in {data}" in first.stdout
            exports = _exports(first.stdout)
            assert exports["DEALWATCH_SECURITY_PROTOCOL"] == {"sasl": "SASL_PLAINTEXT", "ssl": "SSL"}[security]
            options = _client_options(exports)
            admin = KafkaAdminClient(**options)
            admin.create_topics([NewTopic("kept-secure", num_partitions=1, replication_factor=1)])
            admin.close()
            producer = KafkaProducer(**options)
            producer.send("kept-secure", b"before the restart").get(timeout=30)
            producer.close()
            assert _dealwatch("broker", "stop", env=env).returncode == 0
            again = _dealwatch("broker", "start", "--data-dir", str(data), "--security", security, env=env)
            assert again.returncode == 0, again.stderr
            assert _exports(again.stdout) == exports
            consumer = KafkaConsumer("kept-secure", auto_offset_reset="earliest", consumer_timeout_ms=30_000, **options)
            try:
                values = [next(consumer).value]
            finally:
                consumer.close()
            assert values == [b"before the restart"]
        finally:
            _dealwatch("broker", "stop", env=env)

    def test_a_kept_data_dir_refuses_another_security(self, tmp_path: Path) -> None:
        """Formatted without SCRAM users, a data dir cannot become a SASL broker: one line says how to start it."""
        data = tmp_path / "kafka-data"
        env = {"DEALWATCH_CACHE_DIR": str(tmp_path / "cache"), "DEALWATCH_LOCAL_KAFKA_PORT": str(free_port())}
        try:
            assert _dealwatch("broker", "start", "--data-dir", str(data), env=env).returncode == 0
            assert _dealwatch("broker", "stop", env=env).returncode == 0
            refused = _dealwatch("broker", "start", "--data-dir", str(data), "--security", "sasl", env=env)
            assert refused.returncode == 1
            errors = [line for line in refused.stderr.splitlines() if line.strip() and not line.startswith("{")]
            assert errors == [
                f"error: {data.resolve()} holds a broker started with --security none: start it with the same "
                "--security (its users and certificates are kept there), or use another --data-dir"
            ]
        finally:
            _dealwatch("broker", "stop", env=env)
