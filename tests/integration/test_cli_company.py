"""``dealwatch company`` against a real worker that read the bundled demo story."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from streams.cli.main import app
from streams.local.broker.local import free_port
from streams.local.worker_process import WorkerProcess
from tests.support.kafka_io import unique_name

DEMO_NEWS = Path(__file__).resolve().parents[2] / "streams" / "demo_data" / "news.jsonl"
STATE_TIMEOUT_S = 60


@pytest.fixture(scope="module")
def worker_url(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A worker on private topics that has applied the demo story; yields its web API URL."""
    prefix = unique_name("company")
    port = free_port()
    tmp = tmp_path_factory.mktemp("company-worker")
    env = {
        "DEALWATCH_KAFKA": kafka_bootstrap,
        "DEALWATCH_TOPIC_PREFIX": prefix,
        "DEALWATCH_APP_ID": prefix,
        "DEALWATCH_DATA_DIR": str(tmp / "data"),
        "DEALWATCH_WEB_PORT": str(port),
        "DEALWATCH_PARTITIONS": "1",
        "DEALWATCH_LOG_FORMAT": "json",
    }
    worker = WorkerProcess(tmp / "worker.log", env)
    worker.start()
    url = f"http://127.0.0.1:{port}"
    try:
        fed = CliRunner().invoke(app, ["feed", str(DEMO_NEWS), "--topic", f"{prefix}.news", "-b", kafka_bootstrap])
        assert fed.exit_code == 0, fed.stderr
        deadline = time.monotonic() + STATE_TIMEOUT_S
        while time.monotonic() < deadline:
            response = httpx.get(f"{url}/companies/scale-ai", timeout=5)
            customers = response.json().get("customers", []) if response.status_code == 200 else []
            if any(c["company"]["id"] == "openai" and c["status"] == "active" for c in customers):
                break
            time.sleep(0.3)
        yield url
    finally:
        assert worker.stop() == 0, worker.log_tail()


def _company(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["company", *args])
    return result.exit_code, result.stdout, result.stderr


class TestCompanyState:
    """The state the worker built is shown, by id or by name."""

    def test_json_by_id(self, worker_url: str) -> None:
        """--json prints the state and the company's recent alerts, including Google's customer loss."""
        code, out, err = _company("scale-ai", "--url", worker_url, "--json")
        assert code == 0, err
        payload = json.loads(out)
        state = payload["state"]
        assert state["company"] == {"id": "scale-ai", "name": "Scale AI"}
        assert state["ceo"]["person"] == "Jason Droege"
        google = next(c for c in state["customers"] if c["company"]["id"] == "google")
        assert google["major"] is True
        assert google["status"] in ("at_risk", "ended")
        assert "major_customer_loss" in {a["type"] for a in payload["recent_alerts"]}

    def test_name_resolves_and_pretty_output(self, worker_url: str) -> None:
        """A name goes through the worker's search; the view lists CEO, investors and customers."""
        code, out, err = _company("Scale AI", "--url", worker_url)
        assert code == 0, err
        assert out.startswith("Scale AI (scale-ai)")
        assert "Jason Droege" in out
        assert "Meta: stake 49% for $14.3B" in out
        assert "MAJOR" in out
        assert "major_customer_loss  Scale AI / Google" in out


class TestCompanyErrors:
    """Lookup failures are one clear line and exit 1."""

    def test_unknown_name(self, worker_url: str) -> None:
        """A name nothing matches says so."""
        code, _, err = _company("Zzyzx Quantum Widgets", "--url", worker_url)
        assert code == 1
        assert err.strip() == "error: no company matches 'Zzyzx Quantum Widgets'"

    def test_known_company_without_state(self, worker_url: str) -> None:
        """A company in the knowledge base that no news mentioned has no state yet."""
        code, _, err = _company("anthropic", "--url", worker_url)
        assert code == 1
        assert err.strip().startswith("error: no state yet for Anthropic (anthropic)")

    def test_web_api_down(self) -> None:
        """A worker that does not answer is named by URL."""
        code, _, err = _company("scale-ai", "--url", "http://127.0.0.1:1")
        assert code == 1
        assert err.strip() == (
            "error: the worker's web API at http://127.0.0.1:1 is not reachable (ConnectError); "
            "start `dealwatch worker` or pass --url"
        )
