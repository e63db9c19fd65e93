"""The user's path without a checkout: build the wheel, install it in a fresh virtualenv elsewhere, run it.

Everything the commands need at run time (the Kafka pom, the knowledge base, the alert rules, the demo
news) must travel inside the wheel; the commands run from a directory outside the checkout so nothing
can be read from the source tree by accident.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from streams.local.broker.local import free_port

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = {"id": "wheel-1", "body": "Harvey acquired Runway for $300 million.", "published_at": "2025-06-12T09:00:00Z"}


def _run(args: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, dict[str, str]]]:
    """(the venv's bin dir, a working dir outside the checkout, a clean environment) with the wheel installed."""
    work = tmp_path_factory.mktemp("wheel")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DEALWATCH_", "VIRTUAL_ENV"))}
    env["PYTHONPATH"] = ""
    build = [sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "dist"), str(ROOT)]
    built = _run(build, cwd=work, env=env)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    wheels = list((work / "dist").glob("dealwatch-*.whl"))
    assert len(wheels) == 1
    created = _run([sys.executable, "-m", "venv", str(work / "venv")], cwd=work, env=env)
    assert created.returncode == 0, created.stderr
    bin_dir = work / "venv" / "bin"
    pip = [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    install = _run([*pip, "-c", str(ROOT / "constraints.txt"), str(wheels[0])], cwd=work, env=env, timeout=600)
    assert install.returncode == 0, install.stderr[-3000:]
    yield bin_dir, work, env


class TestWheel:
    """dealwatch installed from its wheel works outside the source tree."""

    def test_the_package_is_imported_from_the_venv(self, installed):
        """``streams`` and ``schemas`` resolve inside the new venv, not the checkout."""
        bin_dir, work, env = installed
        code = "import streams, schemas; print(streams.__file__)"
        probe = _run([str(bin_dir / "python"), "-c", code], cwd=work, env=env)
        assert probe.returncode == 0, probe.stderr
        assert str(work / "venv") in probe.stdout
        assert str(ROOT) not in probe.stdout

    def test_broker_fetch_reads_the_packaged_pom(self, installed):
        """``dealwatch broker fetch`` finds the pinned Kafka version inside the package."""
        bin_dir, work, env = installed
        fetched = _run([str(bin_dir / "dealwatch"), "broker", "fetch"], cwd=work, env=env)
        assert fetched.returncode == 0, fetched.stderr
        assert "Kafka 4." in fetched.stdout

    def test_extract_uses_the_packaged_knowledge_base(self, installed):
        """``dealwatch extract`` reads a news line and finds the acquisition."""
        bin_dir, work, env = installed
        done = subprocess.run(
            [str(bin_dir / "dealwatch"), "extract", "-"],
            input=json.dumps(SAMPLE) + "\n",
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        events = json.loads(done.stdout)["events"]
        assert [(e["type"], e["subject"]["name"], e["object"]["name"]) for e in events] == [
            ("acquisition", "Harvey", "Runway")
        ]

    def test_demo_runs_with_its_own_broker(self, installed):
        """``dealwatch demo`` starts a local broker and a worker from the wheel and prints the critical alert."""
        bin_dir, work, env = installed
        demo = _run([str(bin_dir / "dealwatch"), "demo"], cwd=work, env=env, timeout=240)
        assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
        assert "major_customer_loss" in demo.stdout
        assert "CRITICAL" in demo.stdout

    def test_worker_serves_its_web_api(self, installed, kafka_bootstrap):
        """``dealwatch worker`` from the wheel joins the session broker and answers /healthz."""
        bin_dir, work, env = installed
        port = free_port()
        worker_env = {
            **env,
            "DEALWATCH_KAFKA": kafka_bootstrap,
            "DEALWATCH_WEB_PORT": str(port),
            "DEALWATCH_TOPIC_PREFIX": f"wheel-{port}",
            "DEALWATCH_APP_ID": f"wheel-{port}",
            "DEALWATCH_DATA_DIR": str(work / "data"),
        }
        process = subprocess.Popen(
            [str(bin_dir / "dealwatch"), "worker"],
            cwd=work,
            env=worker_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 90
            status = None
            while time.monotonic() < deadline and process.poll() is None:
                try:
                    status = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).json()
                    break
                except httpx.HTTPError:
                    time.sleep(0.5)
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert status is not None and status["status"] == "ok"
        finally:
            process.terminate()
            process.wait(timeout=60)
