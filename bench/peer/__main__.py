"""``python -m bench.peer [--backlog N] [--repeats R] [--out DIR]``: the worker against the peer, alone.

The same comparison as ``python -m bench --peer`` without the rest of the bench: one backlog,
drained by a fresh worker and a fresh peer in turn, ``R`` times each, plus extraction alone on
that backlog as the common baseline. Writes ``DIR/peer-<stamp>.json`` and ``DIR/peer.md``
(default ``bench/results``).
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench import bench_extract
from bench.context import Context, feed
from bench.peer.compare import compare
from bench.peer.venv import peer_python
from bench.plan import FULL
from bench.processes import REPO
from bench.report import peer_rows
from bench.standalone import FIGURE_TABLE, heading, progress, run_alone, write_alone


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the comparison, write and print it."""
    parser = argparse.ArgumentParser(prog="python -m bench.peer", description=__doc__.split("\n\n")[0])
    parser.add_argument("--backlog", type=int, default=3000, help="Articles in the backlog (default 3,000).")
    parser.add_argument("--repeats", type=int, default=3, help="Drains per subject; medians reported (default 3).")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results", help="Results directory.")
    args = parser.parse_args(argv)
    python = peer_python(progress)

    async def stage(ctx: Context) -> dict[str, Any]:
        backlog = feed(ctx.plan, ctx.plan.backlog, seed=1)
        ctx.progress(f"extraction alone on the {len(backlog)} articles of the backlog")
        extraction = await asyncio.to_thread(bench_extract.on_records, backlog)
        ctx.progress(f"worker and peer: {ctx.plan.repeats} drains each of the same backlog, alternating")
        return {"backlog_extraction": extraction, "peer": await compare(ctx, backlog, python)}

    results = run_alone("peer", replace(FULL, backlog=args.backlog, repeats=args.repeats), stage)
    if results is None:
        return 2
    summary = "\n".join(
        [*heading("dealwatch worker vs Quix Streams peer", results), *FIGURE_TABLE, *peer_rows(results["figures"])]
    )
    write_alone("peer", results, args.out, summary + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
