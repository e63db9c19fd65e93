"""Two workers behave as one web API: each forwards to the other, and a dead owner means 503, never 500."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from schemas import NewsItem
from streams.cli.main import app
from streams.companies.fanout import fan_out
from streams.extraction import extract
from streams.local.broker.local import free_port
from streams.local.worker_process import WorkerProcess
from tests.support.kafka_io import unique_name

pytestmark = pytest.mark.integration

DEMO_NEWS = Path(__file__).resolve().parents[2] / "streams" / "demo_data" / "news.jsonl"
STATE_TIMEOUT_S = 90.0
TAKEOVER_TIMEOUT_S = 90.0


def demo_company_ids() -> list[str]:
    """Every company the demo story updates (the keys the table will hold)."""
    ids: set[str] = set()
    for line in DEMO_NEWS.read_text(encoding="utf-8").splitlines():
        for event in extract(NewsItem.model_validate_json(line)).events:
            ids.update(update.company.id for update in fan_out(event))
    return sorted(ids)


@dataclass
class Worker:
    """A worker process and its web API's URL."""

    process: WorkerProcess
    url: str


def _get(url: str, company: str) -> httpx.Response:
    return httpx.get(f"{url}/companies/{company}", timeout=10)


@pytest.fixture(scope="module")
def workers(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Worker]]:
    """Two workers of one group, 4 partitions, each advertising its URL; the demo story applied."""
    prefix = unique_name("routing")
    tmp = tmp_path_factory.mktemp("routing")
    started: list[Worker] = []
    try:
        for name in ("a", "b"):
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            env = {
                "DEALWATCH_KAFKA": kafka_bootstrap,
                "DEALWATCH_TOPIC_PREFIX": prefix,
                "DEALWATCH_APP_ID": prefix,
                "DEALWATCH_PARTITIONS": "4",
                "DEALWATCH_DATA_DIR": str(tmp / name),
                "DEALWATCH_WEB_PORT": str(port),
                "DEALWATCH_WEB_ADVERTISED_URL": url,
                "DEALWATCH_LOG_FORMAT": "json",
            }
            process = WorkerProcess(tmp / f"worker-{name}.log", env)
            process.start(timeout_s=120)
            started.append(Worker(process, url))
        fed = CliRunner().invoke(app, ["feed", str(DEMO_NEWS), "--topic", f"{prefix}.news", "-b", kafka_bootstrap])
        assert fed.exit_code == 0, fed.stderr
        deadline = time.monotonic() + STATE_TIMEOUT_S
        companies = demo_company_ids()
        while time.monotonic() < deadline:
            codes = {_get(w.url, c).status_code for w in started for c in companies}
            if codes == {200}:
                break
            time.sleep(0.5)
        yield started
    finally:
        for worker in started:
            worker.process.stop()


class TestForwarding:
    """Each worker answers for every key: its own, and the other's by forwarding."""

    def test_both_workers_answer_for_every_company(self, workers: list[Worker]) -> None:
        """Keys are split between the workers, yet each answers every key with the same state."""
        companies = demo_company_ids()
        local = [httpx.get(f"{w.url}/healthz", timeout=10).json()["companies"] for w in workers]
        assert all(count > 0 for count in local), local  # each owns some keys: the other's need forwarding
        assert sum(local) == len(companies)
        for company in companies:
            answers = [_get(w.url, company) for w in workers]
            assert [a.status_code for a in answers] == [200, 200], company
            assert answers[0].json() == answers[1].json()

    def test_owner_killed_means_503_with_retry_after_until_the_survivor_serves_all(self, workers: list[Worker]) -> None:
        """kill -9 of one worker: the survivor answers 503 + Retry-After (never 500) until it owns every key."""
        survivor, victim = workers
        companies = demo_company_ids()
        victim.process.kill()
        killed_at = time.monotonic()
        statuses: Counter[int] = Counter()
        reasons: set[str] = set()
        served_all = False
        while not served_all and time.monotonic() - killed_at < TAKEOVER_TIMEOUT_S:
            answers = [_get(survivor.url, company) for company in companies]
            for answer in answers:
                statuses[answer.status_code] += 1
                if answer.status_code == 503:
                    assert answer.headers["Retry-After"] == "2"
                    assert answer.headers["Content-Type"].startswith("application/json")
                    reasons.add(answer.json()["error"])
            served_all = all(answer.status_code == 200 for answer in answers)
            time.sleep(0.2)
        takeover_s = time.monotonic() - killed_at
        assert served_all, (statuses, reasons)
        assert set(statuses) <= {200, 503}, statuses
        assert any("does not answer" in reason for reason in reasons), reasons
        print(f"takeover after kill -9: {takeover_s:.1f} s; statuses {dict(statuses)}; reasons {sorted(reasons)}")
