"""Takeover time: kill -9 one of two workers, time until the survivor answers every company itself.

Four set-ups: standby replicas 0 or 1 (``DEALWATCH_STANDBY_REPLICAS``) x dynamic or static group
membership (``DEALWATCH_INSTANCE_ID``). Each trial starts two fresh workers on private topics, feeds the
demo story, waits until both answer every company, kills one and watches the other
(:func:`streams.local.takeover.watch_takeover`). Run by hand (about a minute per trial)::

    .venv/bin/python -m bench.takeover --trials 2 --out bench/results/takeover.md
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from bench.processes import REPO
from streams.cli.demo import demo_news
from streams.clients.feeding.publisher import NewsPublisher
from streams.companies.fanout import fan_out
from streams.config import Settings
from streams.extraction import extract
from streams.local.broker import broker_session
from streams.local.takeover import Takeover, peer_worker, wait_until_served, watch_takeover
from streams.local.worker_process import WorkerProcess
from streams.logs import configure_logging
from streams.topics import ensure_topics

READY_TIMEOUT_S = 120.0
TAKEOVER_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Setup:
    """One configuration under test."""

    standby_replicas: int
    static: bool

    @property
    def label(self) -> str:
        """How the report names it."""
        membership = "static" if self.static else "dynamic"
        return f"standby {self.standby_replicas}, {membership} membership"


SETUPS = [Setup(standby, static) for standby in (0, 1) for static in (False, True)]


def _companies() -> list[str]:
    return sorted({u.company.id for item in demo_news() for e in extract(item).events for u in fan_out(e)})


def trial(bootstrap: str, setup: Setup, workdir: Path) -> Takeover:
    """Two workers, the demo story, kill -9 of the second: how the first takes over."""
    prefix = f"takeover-{uuid.uuid4().hex[:8]}"
    settings = Settings(kafka=bootstrap, topic_prefix=prefix, app_id=prefix, partitions=4)
    ensure_topics(settings)
    workers: list[tuple[WorkerProcess, str]] = []
    try:
        for name in ("a", "b"):
            membership = {"DEALWATCH_INSTANCE_ID": f"{prefix}-{name}"} if setup.static else {}
            url, env = peer_worker(
                bootstrap,
                prefix,
                workdir / prefix / name,
                DEALWATCH_STANDBY_REPLICAS=str(setup.standby_replicas),
                **membership,
            )
            worker = WorkerProcess(workdir / f"{prefix}-{name}.log", env, cwd=REPO)
            worker.start(READY_TIMEOUT_S)
            workers.append((worker, url))
        publisher = NewsPublisher(bootstrap, settings.topic("news"), max_message_bytes=settings.max_message_bytes)
        for item in demo_news():
            publisher.send(item, item.id)
        publisher.close()
        keys = _companies()
        for worker, url in workers:
            if not wait_until_served(url, keys, READY_TIMEOUT_S):
                msg = f"worker never served every company; see {worker.log_path}"
                raise RuntimeError(msg)
        (_, survivor_url), (victim, _) = workers
        return watch_takeover(survivor_url, keys, victim.kill, TAKEOVER_TIMEOUT_S)
    finally:
        for worker, _ in workers:
            worker.stop()


def main() -> None:
    """Run every set-up ``--trials`` times and write a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "takeover.md")
    args = parser.parse_args()
    configure_logging("WARNING", "console")
    rows: list[str] = []
    with broker_session(Settings()) as bootstrap, tempfile.TemporaryDirectory(prefix="takeover-") as tmp:
        for setup in SETUPS:
            results = [trial(bootstrap, setup, Path(tmp)) for _ in range(args.trials)]
            seconds = [r.seconds for r in results if r.seconds is not None]
            statuses = sum((r.statuses for r in results), start=type(results[0].statuses)())
            median = f"{statistics.median(seconds):.1f}" if seconds else "never"
            trials = ", ".join("never" if s is None else f"{s:.1f}" for s in (r.seconds for r in results))
            rows.append(f"| {setup.label} | {median} | {trials} | {dict(sorted(statuses.items()))} |")
            print(rows[-1], flush=True)
    table = "\n".join(
        [
            "| set-up | takeover s (median) | trials s | statuses seen by the survivor |",
            "|---|---|---|---|",
            *rows,
        ]
    )
    args.out.write_text(f"# Takeover after kill -9 of one of two workers\n\n{table}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
