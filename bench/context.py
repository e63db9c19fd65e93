"""What every bench stage needs: the broker, the plan, a run id, a scratch directory and the feed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.plan import Plan
from bench.processes import REPO
from bench.subjects import Worker
from streams.generate import generate

Progress = Callable[[str], None]


@dataclass
class Context:
    """What every stage needs: the broker, the plan, a unique run id and a scratch directory."""

    bootstrap: str
    plan: Plan
    run_id: str
    work: Path
    progress: Progress

    def worker(self, name: str) -> Worker:
        """A worker subject with its own topics, app id and data directory."""
        return Worker(
            self.bootstrap, f"{self.run_id}-{name}", self.work / "logs", self.work / "data" / name, self.plan.partitions
        )


def feed(plan: Plan, count: int, seed: int) -> list[tuple[bytes, bytes]]:
    """The articles of one phase as ``(key, value)`` records."""
    return [(record.key, record.value) for record in generate(plan.articles(count, seed))]


def scratch_dir(run_id: str) -> Path:
    """Where one run keeps its logs and worker data (ignored by git)."""
    return REPO / ".dealwatch" / "bench" / run_id
