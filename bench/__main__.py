"""``python -m bench [--quick] [--peer] [--out DIR]``: run the benchmarks on the real broker and report.

``--peer`` also drains the pipeline's backlog with the Quix Streams peer (:mod:`bench.peer`, its own
virtualenv) and reports the worker's articles per CPU-second against it; run by hand, not in CI.

The broker comes from :func:`streams.local.broker.broker_session` (``DEALWATCH_KAFKA``, else a local one).
Results go to ``DIR/<timestamp>.json`` with ``DIR/latest.md`` and PNG plots (default ``bench/results``;
``.dealwatch/bench/quick-results`` for ``--quick``).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import report
from bench.context import Context, feed, scratch_dir
from bench.machine import describe
from bench.peer.compare import compare
from bench.peer.venv import peer_python
from bench.plan import FULL, QUICK
from bench.processes import REPO
from bench.run import failures, run
from streams.config import Settings
from streams.local.broker import BrokerUnavailableError, broker_session
from streams.logs import configure_logging


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the plan, write and print the results."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="CI smoke: small counts, no 100k table (< 3 min).")
    parser.add_argument(
        "--out",
        type=Path,
        help="Results directory (default: bench/results; for --quick, .dealwatch/bench/quick-results, "
        "so a smoke run never overwrites the committed results of a full run).",
    )
    parser.add_argument(
        "--peer",
        action="store_true",
        help="Also drain the same backlog with the Quix Streams peer (bench/peer, own virtualenv) and compare.",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    out = args.out or (REPO / ".dealwatch" / "bench" / "quick-results" if args.quick else REPO / "bench" / "results")
    configure_logging("WARNING")
    started = time.monotonic()

    def progress(message: str) -> None:
        print(f"[{time.monotonic() - started:6.1f}s] {message}", file=sys.stderr, flush=True)

    python = peer_python(progress) if args.peer else None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    run_id = f"bench-{stamp.lower()}-{uuid.uuid4().hex[:6]}"
    try:
        with broker_session(Settings()) as bootstrap:
            progress(f"broker {bootstrap}; run {run_id}; {'quick' if plan.quick else 'full'} plan")
            machine = describe(bootstrap)
            ctx = Context(bootstrap, plan, run_id, scratch_dir(run_id), progress)
            figures = asyncio.run(run(ctx))
            if python is not None:
                figures["peer"] = asyncio.run(_peer(ctx, python))
    except BrokerUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = {
        "machine": machine,
        "plan": asdict(plan),
        "figures": figures,
        "wall_time_s": round(time.monotonic() - started, 1),
    }
    results["targets"] = report.targets(figures)
    path = report.write(results, out, stamp)
    summary = report.markdown(results)
    print(summary)
    progress(f"results: {path}")
    failed = failures(figures)
    if failed:
        progress(f"failed stages: {', '.join(failed)}")
        return 1
    return 0


async def _peer(ctx: Context, python: Path) -> dict[str, Any]:
    """The worker against the peer on the pipeline stage's backlog (same seed, same bytes)."""
    ctx.progress("peer: worker and Quix Streams peer drain the same backlog, alternating")
    try:
        return await compare(ctx, feed(ctx.plan, ctx.plan.backlog, seed=1), python)
    except (RuntimeError, TimeoutError, OSError) as exc:
        ctx.progress(f"  peer FAILED: {exc}")
        return {"error": (str(exc).splitlines() or [type(exc).__name__])[0]}


if __name__ == "__main__":
    raise SystemExit(main())
