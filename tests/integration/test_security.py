"""dealwatch against secured brokers: SASL (SCRAM-SHA-512) and mutual TLS, both local brokers started for this module.

With the right credentials the worker, ``feed``, ``alerts`` and ``company`` work end to end; with a wrong
password or an untrusted CA each fails fast with one line naming the cause. Every command runs as its
own process at DEBUG level, and no credential may appear in anything it writes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.config import get_settings
from streams.local.broker import LocalKafka
from streams.local.broker.local import free_port
from streams.local.broker.tls import make_local_pki
from streams.local.worker_process import WorkerProcess
from tests.support.kafka_io import unique_name

pytestmark = pytest.mark.integration

DEMO_NEWS = Path(__file__).resolve().parents[2] / "streams" / "demo_data" / "news.jsonl"
ALERT_TIMEOUT_S = 90.0
COMMAND_TIMEOUT_S = 60.0
# A refused login must end well before kafka-python's own 30 s of retries.
FAIL_FAST_TIMEOUT_S = 25.0


@pytest.fixture(scope="module", params=["sasl", "ssl"])
def secured(request: pytest.FixtureRequest) -> Iterator[LocalKafka]:
    """A local broker whose only client listener is SASL_PLAINTEXT (SCRAM users) or SSL (mutual TLS)."""
    with LocalKafka(cache_dir=get_settings().cache_dir, security=request.param, heap="512m") as broker:
        yield broker


def _secrets(broker: LocalKafka) -> list[str]:
    """What must never be written: the password, or the body of the client's private key."""
    env = broker.client_env
    if "DEALWATCH_SASL_PASSWORD" in env:
        return [env["DEALWATCH_SASL_PASSWORD"]]
    key_lines = Path(env["DEALWATCH_SSL_KEYFILE"]).read_text(encoding="utf-8").splitlines()
    return [line for line in key_lines if not line.startswith("-----")][:3]


def _env(broker: LocalKafka, prefix: str, **extra: str) -> dict[str, str]:
    return {
        **broker.client_env,
        "DEALWATCH_TOPIC_PREFIX": prefix,
        "DEALWATCH_APP_ID": prefix,
        "DEALWATCH_PARTITIONS": "1",
        "DEALWATCH_LOG_LEVEL": "DEBUG",
        "DEALWATCH_LOG_FORMAT": "json",
        **extra,
    }


def _dealwatch(
    env: dict[str, str], *args: str, timeout_s: float = COMMAND_TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DEALWATCH_")}
    return subprocess.run(
        [sys.executable, "-m", "streams.cli.main", *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )


def _error_lines(stderr: str) -> list[str]:
    """The lines of stderr that are not JSON log records."""
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith("{")]


class TestRightCredentials:
    """The whole pipeline runs on the secured listener."""

    def test_worker_feed_alerts_and_company(self, secured: LocalKafka, tmp_path: Path) -> None:
        """News fed over SASL/TLS become alerts read over SASL/TLS and company state served by the worker."""
        prefix = unique_name(f"secure-{secured.security}")
        port = free_port()
        env = _env(secured, prefix, DEALWATCH_WEB_PORT=str(port), DEALWATCH_DATA_DIR=str(tmp_path / "data"))
        worker = WorkerProcess(tmp_path / "worker.log", env)
        worker.start(timeout_s=120)
        outputs: list[str] = []
        try:
            fed = _dealwatch(env, "feed", str(DEMO_NEWS), "--json")
            outputs += [fed.stdout, fed.stderr]
            assert fed.returncode == 0, fed.stderr
            assert json.loads(fed.stdout)["unsent"] == 0
            types: set[str] = set()
            deadline = time.monotonic() + ALERT_TIMEOUT_S
            while "major_customer_loss" not in types and time.monotonic() < deadline:
                read = _dealwatch(env, "alerts", "--json")
                outputs += [read.stdout, read.stderr]
                assert read.returncode == 0, read.stderr
                types = {json.loads(line)["type"] for line in read.stdout.splitlines()}
            assert "major_customer_loss" in types
            company = _dealwatch(env, "company", "scale-ai", "--json", "--url", f"http://127.0.0.1:{port}")
            outputs += [company.stdout, company.stderr]
            assert company.returncode == 0, company.stderr
            assert json.loads(company.stdout)["state"]["company"]["id"] == "scale-ai"
        finally:
            assert worker.stop() == 0, worker.log_tail()
        log = worker.log_path.read_text(encoding="utf-8")
        assert '"broker_reachable"' in log  # the log was captured at DEBUG, security described in it
        assert f'"security_protocol": "{secured.client_env["DEALWATCH_SECURITY_PROTOCOL"]}"' in log
        for secret in _secrets(secured):
            assert secret not in log
            assert not [out for out in outputs if secret in out]


class TestWrongCredentials:
    """A refused login or an untrusted broker ends each command at once, with the cause in one line."""

    def _wrong(self, broker: LocalKafka, tmp_path: Path) -> tuple[dict[str, str], str, list[str]]:
        """Settings that must be refused, the words that must name the cause, and what must not be echoed."""
        if broker.security == "sasl":
            wrong_password = f"wrong-{unique_name('pw')}"
            override = {"DEALWATCH_SASL_PASSWORD": wrong_password}
            return override, "SASL authentication as 'dealwatch'", [wrong_password, *_secrets(broker)]
        other = make_local_pki(tmp_path / "other-ca")
        override = {"DEALWATCH_SSL_CAFILE": str(other.ca)}
        return override, "certificate is not trusted", _secrets(broker)

    @pytest.mark.parametrize("command", ["worker", "feed", "alerts"])
    def test_fails_fast_naming_the_cause(self, secured: LocalKafka, tmp_path: Path, command: str) -> None:
        """Exit 1 with one ``error:`` line naming the broker address and the cause; no credential in it."""
        override, cause, secrets = self._wrong(secured, tmp_path)
        env = _env(
            secured,
            unique_name("refused"),
            DEALWATCH_WEB_PORT=str(free_port()),
            DEALWATCH_DATA_DIR=str(tmp_path / "data"),
            DEALWATCH_CONNECT_TIMEOUT_S="5",
            **override,
        )
        args = {"worker": ["worker"], "feed": ["feed", str(DEMO_NEWS)], "alerts": ["alerts"]}[command]
        started = time.monotonic()
        result = _dealwatch(env, *args, timeout_s=FAIL_FAST_TIMEOUT_S)
        elapsed = time.monotonic() - started
        errors = _error_lines(result.stderr)
        assert result.returncode == 1, result.stderr
        assert len(errors) == 1, result.stderr
        assert errors[0].startswith("error: ")
        assert cause in errors[0]
        assert secured.bootstrap in errors[0]
        for secret in secrets:
            assert secret not in result.stderr + result.stdout
        print(f"{secured.security} {command}: failed in {elapsed:.1f} s: {errors[0]}")
