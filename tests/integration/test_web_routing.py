"""Two workers behave as one web API: each forwards to the other, and a dead owner means 503, never 500."""

from __future__ import annotations

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
from streams.local.takeover import answers, peer_worker, wait_until_served, watch_takeover
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


@pytest.fixture(scope="module")
def workers(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Worker]]:
    """Two workers of one group, 4 partitions, each advertising its URL; the demo story applied."""
    prefix = unique_name("routing")
    tmp = tmp_path_factory.mktemp("routing")
    started: list[Worker] = []
    try:
        for name in ("a", "b"):
            url, env = peer_worker(kafka_bootstrap, prefix, tmp / name)
            process = WorkerProcess(tmp / f"worker-{name}.log", env)
            process.start(timeout_s=120)
            started.append(Worker(process, url))
        fed = CliRunner().invoke(app, ["feed", str(DEMO_NEWS), "--topic", f"{prefix}.news", "-b", kafka_bootstrap])
        assert fed.exit_code == 0, fed.stderr
        for worker in started:
            assert wait_until_served(worker.url, demo_company_ids(), STATE_TIMEOUT_S), worker.process.log_tail()
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
        first, second = (answers(w.url, companies) for w in workers)
        assert [r.status_code for r in first + second] == [200] * 2 * len(companies)
        assert [r.json() for r in first] == [r.json() for r in second]

    def test_owner_killed_means_503_with_retry_after_until_the_survivor_serves_all(self, workers: list[Worker]) -> None:
        """kill -9 of one worker: the survivor answers 503 + Retry-After (never 500) until it owns every key."""
        survivor, victim = workers
        takeover = watch_takeover(survivor.url, demo_company_ids(), victim.process.kill, TAKEOVER_TIMEOUT_S)
        assert takeover.seconds is not None, takeover
        assert set(takeover.statuses) <= {200, 503}, takeover.statuses
        assert takeover.bad_503s == 0
        assert any("does not answer" in reason for reason in takeover.reasons), takeover.reasons
        print(
            f"takeover after kill -9: {takeover.seconds:.1f} s; {dict(takeover.statuses)}; {sorted(takeover.reasons)}"
        )
