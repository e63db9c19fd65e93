"""Run one bench stage on its own (``python -m bench.steady``, ``bench.peer``, ``bench.scaleout``).

Each gets what ``python -m bench`` gives its stages: a broker (``DEALWATCH_KAFKA``, else a local one),
a run id with its own topics and scratch directory, machine facts; and writes ``DIR/<kind>-<stamp>.json``
and ``DIR/<kind>.md``.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.context import Context, Progress, scratch_dir
from bench.machine import describe
from bench.plan import Plan
from streams.config import Settings
from streams.local.broker import BrokerUnavailableError, broker_session
from streams.logs import configure_logging

_STARTED = time.monotonic()
FIGURE_TABLE = ("| Figure | Measured | Baseline (same run) | Ratio |", "| --- | --- | --- | --- |")


def progress(message: str) -> None:
    """Print a progress line with the seconds since start, on stderr."""
    print(f"[{time.monotonic() - _STARTED:6.1f}s] {message}", file=sys.stderr, flush=True)


def run_alone(
    kind: str, plan: Plan, stage: Callable[[Context], Awaitable[dict[str, Any]]], progress: Progress = progress
) -> dict[str, Any] | None:
    """Run ``stage`` against a broker; return the results (machine, plan, figures, wall time), None without a broker."""
    configure_logging("WARNING")
    started = time.monotonic()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    run_id = f"{kind}-{stamp.lower()}-{uuid.uuid4().hex[:6]}"
    try:
        with broker_session(Settings()) as bootstrap:
            progress(f"broker {bootstrap}; run {run_id}")
            machine = describe(bootstrap)
            figures = asyncio.run(stage(Context(bootstrap, plan, run_id, scratch_dir(run_id), progress)))
    except BrokerUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    wall = round(time.monotonic() - started, 1)
    return {"machine": machine, "plan": asdict(plan), "figures": figures, "wall_time_s": wall, "stamp": stamp}


def write_alone(kind: str, results: dict[str, Any], out: Path, summary: str) -> Path:
    """Write the results JSON and the Markdown summary, print the summary; return the JSON path."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{kind}-{results['stamp']}.json"
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (out / f"{kind}.md").write_text(summary, encoding="utf-8")
    print(summary)
    progress(f"results: {path}")
    return path


def heading(title: str, results: dict[str, Any]) -> list[str]:
    """A summary's first lines: what ran, on what, how loaded the machine was."""
    machine = results["machine"]
    return [
        f"# {title} ({machine['started_at']})",
        "",
        f"{machine['cores_logical']} cores, load {machine['load_avg_1m_at_start']} at start, commit "
        f"{machine['git_commit']}, wall time {results['wall_time_s']:.0f} s.",
        "",
    ]
