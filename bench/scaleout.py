"""Scale-out: one against two workers, on 4 and 8 partitions, with a large ``companies`` table.

Throughput beyond one worker comes from Kafka partitions and more workers, so a user sizing a
deployment needs, per partition count: what one worker drains per CPU-second, what two drain,
and how long a worker that starts with an empty disk needs to rebuild the table from its
changelog. For each partition count in ``plan.scale_partitions``:

1. a worker fills the table with ``plan.scale_companies`` companies through its own ``apply``
   agent (:func:`bench.companies.company_updates`), then stops;
2. **one worker**: it restarts on its data directory and drains a backlog;
3. **recovery**: a worker with an empty data directory starts; its time to ready is the recovery
   of the whole table (every partition) from the changelog;
4. **two workers**: the first (its local store) and the recovered one start together and drain
   another backlog of the same size and mix (a different seed: the same articles again would be
   replays, which cost less).

CPU is the sum over the workers, so articles per CPU-second compares the work each configuration
does per article; on a 2-core machine shared with a broker, wall-clock scaling is bounded by the
cores more than by dealwatch.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench import kafka_io
from bench.companies import company_updates
from bench.context import Context, feed
from bench.measure import drain, start_all
from bench.plan import FULL
from bench.processes import REPO, ManagedProcess
from bench.report import scale_out_rows
from bench.standalone import FIGURE_TABLE, heading, run_alone, write_alone
from bench.stats import ratio
from bench.subjects import Worker

_MB = 2**20


async def scale_out(ctx: Context, backlog_size: int) -> dict[str, Any]:
    """Run the scale-out stage for every partition count of the plan."""
    rows = [await _one_partition_count(ctx, partitions, backlog_size) for partitions in ctx.plan.scale_partitions]
    return {"companies": ctx.plan.scale_companies, "articles": backlog_size, "by_partitions": rows}


async def _one_partition_count(ctx: Context, partitions: int, backlog_size: int) -> dict[str, Any]:
    companies = ctx.plan.scale_companies
    ctx.progress(f"scale-out: {partitions} partitions, {companies:,} companies")
    subject = Worker(
        ctx.bootstrap,
        f"{ctx.run_id}-so{partitions}",
        ctx.work / "logs",
        ctx.work / "data" / f"so{partitions}",
        partitions,
    )
    await kafka_io.create_topics(ctx.bootstrap, subject.topics(), partitions)
    first = subject.process(0)
    await asyncio.to_thread(first.start)
    try:
        started = time.monotonic()
        await kafka_io.produce_all(ctx.bootstrap, subject.company_updates, company_updates(companies))
        populated = await kafka_io.wait_consumed(
            ctx.bootstrap, subject.group, [subject.company_updates], ctx.plan.drain_timeout_s, first.alive
        )
        populate_s = time.monotonic() - started
    finally:
        first.stop()
    one = await _drain(ctx, subject, [subject.process(0)], feed(ctx.plan, backlog_size, seed=2))
    fresh = subject.process(1)
    recover_s = await asyncio.to_thread(fresh.start, 900.0)
    fresh.stop()
    ctx.progress(f"  recovered {companies:,} companies from the changelog in {recover_s:.1f}s")
    two = await _drain(ctx, subject, [subject.process(0), subject.process(1)], feed(ctx.plan, backlog_size, seed=3))
    shutil.rmtree(subject.data_root, ignore_errors=True)
    return {
        "partitions": partitions,
        "populated": populated,
        "populate_s": round(populate_s, 1),
        "recovery_from_changelog_s": round(recover_s, 2),
        "one_worker": one,
        "two_workers": two,
        "two_vs_one_throughput": ratio(two["articles_per_s"], one["articles_per_s"]),
        "two_vs_one_per_cpu_second": ratio(two["articles_per_cpu_s"], one["articles_per_cpu_s"]),
    }


async def _drain(
    ctx: Context, subject: Worker, processes: list[ManagedProcess], backlog: list[tuple[bytes, bytes]]
) -> dict[str, Any]:
    """Start ``processes`` on the populated table, drain ``backlog`` and stop them."""
    ready_s = await start_all(processes, timeout_s=900.0)
    try:
        before = await kafka_io.offsets(ctx.bootstrap, [subject.source, *subject.outputs])
        cpu_before = sum(p.cpu_seconds() for p in processes)
        await kafka_io.produce_all(ctx.bootstrap, subject.source, backlog)
        result = await drain(subject, before, ctx.plan.drain_timeout_s, processes)
        cpu = sum(p.cpu_seconds() for p in processes) - cpu_before
        rss_mb = [round(p.rss_bytes() / _MB, 1) for p in processes]
    finally:
        for process in processes:
            process.stop()
    figures = {
        "workers": len(processes),
        "ready_s": round(ready_s, 2),
        "articles_per_s": result.as_dict()["articles_per_s"],
        "complete": result.complete,
        "cpu_s": round(cpu, 2),
        "articles_per_cpu_s": round(result.records / cpu, 1) if cpu else None,
        "rss_mb": rss_mb,
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }
    ctx.progress(
        f"  {len(processes)} worker(s): {figures['articles_per_s']} articles/s, "
        f"{figures['articles_per_cpu_s']} per CPU-second, load {figures['load_avg_1m']}"
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.scaleout [--companies N] [--partitions 4,8] [--backlog N] [--out DIR]``: this stage alone."""
    parser = argparse.ArgumentParser(prog="python -m bench.scaleout", description=__doc__.split("\n\n")[0])
    parser.add_argument("--companies", type=int, default=FULL.scale_companies, help="Companies in the table.")
    parser.add_argument("--partitions", default="4,8", help="Partition counts, comma-separated (default 4,8).")
    parser.add_argument("--backlog", type=int, default=FULL.backlog, help="Articles per drain.")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results", help="Results directory.")
    args = parser.parse_args(argv)
    partitions = tuple(int(p) for p in args.partitions.split(","))
    plan = replace(FULL, scale_companies=args.companies, scale_partitions=partitions, backlog=args.backlog)

    async def stage(ctx: Context) -> dict[str, Any]:
        return {"workers": await scale_out(ctx, ctx.plan.backlog)}

    results = run_alone("scaleout", plan, stage)
    if results is None:
        return 2
    summary = "\n".join([*heading("dealwatch scale-out", results), *FIGURE_TABLE, *scale_out_rows(results["figures"])])
    write_alone("scaleout", results, args.out, summary + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
