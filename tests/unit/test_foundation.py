"""Settings, logging and broker selection: the parts every command stands on."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import structlog

from streams.config import Settings
from streams.local.broker import BrokerUnavailableError, broker_session
from streams.local.broker import select as broker_select
from streams.local.broker.local import free_port, kafka_version
from streams.logs import configure_logging


class TestSettings:
    """One settings object, read from DEALWATCH_* variables."""

    def test_reads_prefixed_environment_variables(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """DEALWATCH_TOPIC_PREFIX and DEALWATCH_PARTITIONS override the defaults."""
        monkeypatch.setenv("DEALWATCH_TOPIC_PREFIX", "acme")
        monkeypatch.setenv("DEALWATCH_PARTITIONS", "8")
        settings = Settings()
        assert settings.topic("news") == "acme.news"
        assert settings.partitions == 8

    def test_rejects_invalid_values(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A nonsensical partition count fails at start-up, not deep inside a worker."""
        monkeypatch.setenv("DEALWATCH_PARTITIONS", "0")
        with pytest.raises(ValueError, match="partitions"):
            Settings()


class TestLogging:
    """structlog and stdlib logs share one output format."""

    def test_json_lines_carry_stdlib_records_too(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A structlog event and a Faust stdlib record both come out as JSON objects."""
        configure_logging("INFO", "json")
        structlog.get_logger("dealwatch.test").info("item.processed", item_id="abc", events=3)
        logging.getLogger("faust.worker").warning("Worker %s", "ready")
        lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
        assert lines[0] == lines[0] | {"event": "item.processed", "item_id": "abc", "events": 3, "level": "info"}
        assert lines[1] == lines[1] | {"event": "Worker ready", "logger": "faust.worker", "level": "warning"}

    def test_level_filters_debug(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Below the configured level nothing is written."""
        configure_logging("WARNING", "json")
        structlog.get_logger("x").info("hidden")
        logging.getLogger("faust").info("hidden too")
        assert capsys.readouterr().err == ""


class TestBrokerSelection:
    """DEALWATCH_KAFKA wins; when nothing can work, one error says what is missing."""

    def test_unreachable_external_broker_names_the_address(self) -> None:
        """An external broker that does not answer is reported with the address tried."""
        address = f"127.0.0.1:{free_port()}"
        with pytest.raises(BrokerUnavailableError, match=address), broker_session(Settings(kafka=address)):
            pass

    def test_no_java_no_docker_explains_the_fix(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """Without Java and Docker the error names Java, DEALWATCH_KAFKA and Docker."""
        monkeypatch.setattr(broker_select, "docker_available", lambda: False)
        monkeypatch.setenv("PATH", str(tmp_path))
        with pytest.raises(BrokerUnavailableError) as caught, broker_session(Settings(cache_dir=tmp_path)):
            pass
        message = str(caught.value)
        assert "Java 17+" in message
        assert "DEALWATCH_KAFKA" in message
        assert "Docker" in message

    def test_pinned_kafka_is_a_4x_release(self) -> None:
        """The pom pins a Kafka 4 release (KRaft only)."""
        assert kafka_version().startswith("4.")


class TestDeploymentFiles:
    """docker-compose and the local broker run the same Kafka release."""

    def test_compose_broker_matches_pinned_jars(self) -> None:
        """The compose image tag equals the version in streams/local/broker/pom.xml."""
        compose = (Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text(encoding="utf-8")
        assert f"image: apache/kafka:{kafka_version()}" in compose


class TestDocumentation:
    """The README stays in step with the code and CI."""

    README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

    def test_every_setting_is_documented(self) -> None:
        """Each Settings field appears in the README's configuration table as its env var."""
        missing = [name for name in Settings.model_fields if f"`DEALWATCH_{name.upper()}`" not in self.README]
        assert missing == []

    def test_ci_runs_the_readme_test_command(self) -> None:
        """.ci/run calls exactly the test command the README gives."""
        ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text(encoding="utf-8")
        assert "make test   #" in self.README
        assert "\nmake test\n" in ci
