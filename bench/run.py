"""The bench stages and their order. ``python -m bench`` calls :func:`run`.

Order matters for fairness on a shared machine: only one process under test runs at a time,
and each baseline runs right next to the figure it is the baseline for.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

from bench import bench_extract, kafka_io, profiling, recall
from bench.companies import company_updates
from bench.context import Context, feed
from bench.measure import Drain, Subject, drain, latency
from bench.scaleout import scale_out
from bench.stats import ratio
from bench.subjects import Passthrough, Worker

_MB = 2**20
KEEPS_UP_P99_MS = 1_000.0
"""The news-to-alert p99 under which a paced rate counts as sustained."""


async def run(ctx: Context) -> dict[str, Any]:
    """Run every stage the plan asks for and return the figures.

    A stage that fails is recorded as ``{"error": ...}`` and the others still run, so one broken
    part never hides the rest (and never leaves a process behind: each stage stops its own).
    """
    figures: dict[str, Any] = {}

    async def stage(name: str, work: Awaitable[Any]) -> Any:
        try:
            figures[name] = await work
        except (RuntimeError, TimeoutError, OSError) as exc:  # Kafka client errors are RuntimeErrors
            first_line = (str(exc).splitlines() or [type(exc).__name__])[0]
            ctx.progress(f"  {name} FAILED: {first_line}")
            figures[name] = {"error": first_line, "logs": str(ctx.work / "logs")}
        return figures[name]

    await stage("extraction", asyncio.to_thread(_extraction, ctx))
    ctx.progress("extraction recall on the synthetic feed")
    await stage("extraction_recall", asyncio.to_thread(recall.measure, ctx.plan.recall_stories, 11))
    backlog = feed(ctx.plan, ctx.plan.backlog, seed=1)
    ctx.progress(f"extraction alone on the {len(backlog)} articles of the pipeline's backlog")
    await stage("backlog_extraction", asyncio.to_thread(bench_extract.on_records, backlog))
    ctx.progress(f"pipeline: drain a backlog of {len(backlog)} articles, then latency at paced loads")
    pipeline = await stage("pipeline", _subject(ctx, lambda n: ctx.worker(f"e2e{n}"), backlog, rates=None))
    rates = [level["target_rate"] for level in pipeline.get("latency", [])] or None
    ctx.progress("passthrough baseline: same backlog, same broker, same loads")
    logs = ctx.work / "logs"
    await stage(
        "passthrough",
        _subject(ctx, lambda n: Passthrough(ctx.bootstrap, f"{ctx.run_id}-pt{n}", logs), backlog, rates=rates),
    )
    scale = []
    for size in ctx.plan.table_sizes:
        row = await stage("table_scale", _table_scale(ctx, size, backlog))
        scale.append({"companies": size, **row})
    figures["table_scale"] = scale
    if ctx.plan.two_workers:
        await stage("workers", scale_out(ctx, len(backlog)))
    if ctx.plan.profile:
        await stage("profile", _profile(ctx, backlog))
    figures["ratios"] = _ratios(figures)
    shutil.rmtree(ctx.work / "data", ignore_errors=True)  # worker stores; the logs stay for inspection
    return figures


def failures(figures: dict[str, Any]) -> list[str]:
    """Names of the stages that failed."""
    failed = [name for name, value in figures.items() if isinstance(value, dict) and "error" in value]
    failed += [f"table_scale[{row['companies']}]" for row in figures.get("table_scale", []) if "error" in row]
    return failed


def _extraction(ctx: Context) -> dict[str, object]:
    ctx.progress("extraction alone (bench_extract)")
    return dict(bench_extract.run(quick=ctx.plan.quick))


async def _subject(
    ctx: Context, make: Callable[[int], Worker | Passthrough], backlog: list, rates: list[float] | None
) -> dict:
    """Drain ``backlog`` ``plan.repeats`` times, then feed each latency level; a fresh process and topics each time.

    The reported drain is the median run; every run's rate is kept. Without ``rates`` (the worker),
    the maximum sustained rate is searched first (:func:`_sustained`) and the latency levels are
    ``plan.load_fractions`` of it; the passthrough gets the worker's rates. Every measurement starts
    from an empty table: a worker slows down as its busiest companies' states grow (one that had
    processed 24,000 generated articles drained about 30 % slower), so levels measured on the worker
    left by the earlier ones would not be comparable with each other or with the drain.
    """
    runs: list[dict[str, Any]] = []
    for attempt in range(ctx.plan.repeats):
        runs.append(await drain_once(ctx, make(attempt), backlog))
    ordered = sorted(runs, key=lambda run: run["drain"]["articles_per_s"] or 0.0)
    median = ordered[len(ordered) // 2]
    rate = median["drain"]["articles_per_s"]
    fresh = itertools.count(ctx.plan.repeats)
    sustained: dict[str, Any] | None = None
    if rates is None:
        sustained = await _sustained(ctx, make, fresh, rate) if rate else None
        top = (sustained or {}).get("articles_per_s") or rate
        rates = [f * top for f in ctx.plan.load_fractions] if top else []
    levels = [
        await _level(ctx, make(next(fresh)), target, seed=100 + index, seconds=ctx.plan.load_seconds)
        for index, target in enumerate(rates)
    ]
    result = {
        **median,
        "drain_runs_articles_per_s": [run["drain"]["articles_per_s"] for run in runs],
        "latency": levels,
    }
    if sustained is not None:
        result["sustained"] = sustained
    return result


async def _level(ctx: Context, subject: Worker | Passthrough, target: float, *, seed: int, seconds: float) -> dict:
    """News-to-answer latency of a fresh ``subject`` fed ``target`` articles/s for ``seconds``, and its CPU share."""
    await kafka_io.create_topics(ctx.bootstrap, subject.topics(), ctx.plan.partitions)
    process = subject.process()
    await asyncio.to_thread(process.start)
    try:
        records = feed(ctx.plan, max(int(target * seconds), 20), seed=seed)
        cpu_before, started = process.cpu_seconds(), time.monotonic()
        summary = (await latency(subject, records, target, ctx.plan.drain_timeout_s, process)).as_dict()
        # Near 1.0 the process is saturated; the load average shows other work on the machine.
        summary["process_cpu_share"] = round((process.cpu_seconds() - cpu_before) / (time.monotonic() - started), 2)
    finally:
        process.stop()
    summary["load_avg_1m"] = round(os.getloadavg()[0], 2)
    ctx.progress(
        f"  {subject.name} @ {target:.0f}/s: p50 {summary['p50_ms']} ms, p99 {summary['p99_ms']} ms "
        f"({summary['samples']} samples, process CPU {summary['process_cpu_share']:.0%})"
    )
    return summary


async def _sustained(
    ctx: Context, make: Callable[[int], Worker | Passthrough], fresh: Iterator[int], drain_rate: float
) -> dict[str, Any]:
    """The highest of ``plan.sustain_fractions`` of the drain rate at which a fresh worker keeps up.

    A backlog drain reads and sends in large batches; articles arriving one by one can cost the worker
    more CPU each (one fetch and one produce request for a few records), so the drain rate need not
    be a rate the worker can sustain. Keeping up means a news-to-alert p99 under
    :data:`KEEPS_UP_P99_MS` while articles arrive at that rate for ``plan.sustain_seconds``: a worker
    that falls behind sees its latency grow for as long as the feed lasts.
    """
    trials: list[dict[str, Any]] = []
    for index, fraction in enumerate(ctx.plan.sustain_fractions):
        target = fraction * drain_rate
        summary = await _level(ctx, make(next(fresh)), target, seed=200 + index, seconds=ctx.plan.sustain_seconds)
        p99 = summary["p99_ms"]
        keeps_up = p99 is not None and p99 <= KEEPS_UP_P99_MS
        trials.append({
            "fraction_of_drain": fraction,
            "target_rate": round(target, 1),
            "p99_ms": p99,
            "process_cpu_share": summary["process_cpu_share"],
            "keeps_up": keeps_up,
        })  # fmt: skip
        if keeps_up:
            return {"articles_per_s": round(target, 1), "fraction_of_drain": fraction, "trials": trials}
    return {"articles_per_s": None, "fraction_of_drain": None, "trials": trials}


async def drain_once(ctx: Context, subject: Subject, backlog: list) -> dict:
    """Produce the backlog, start one process, time its drain and stop it."""
    await kafka_io.create_topics(ctx.bootstrap, subject.topics(), ctx.plan.partitions)
    before = await kafka_io.offsets(ctx.bootstrap, [subject.source, *subject.outputs])
    produce_s = await kafka_io.produce_all(ctx.bootstrap, subject.source, backlog)
    process = subject.process()
    ready_s = await asyncio.to_thread(process.start)
    by_topic: Counter[str] = Counter()
    try:
        cpu_before = process.cpu_seconds()
        result = await drain(
            subject, before, ctx.plan.drain_timeout_s, [process], lambda topic, _key, _value: by_topic.update((topic,))
        )
        cpu = process.cpu_seconds() - cpu_before
        rss_mb = round(process.rss_bytes() / _MB, 1)
    finally:
        process.stop()
    ctx.progress(
        f"  {subject.name}: {_fmt(result.rate)} articles/s over {result.records}, "
        f"{_fmt(result.records / cpu if cpu else None)} per CPU-second (ready in {ready_s:.1f}s)"
    )
    return {
        "drain": result.as_dict(),
        "cpu_s": round(cpu, 2),
        "articles_per_cpu_s": round(result.records / cpu, 1) if cpu else None,
        "backlog_produce_s": round(produce_s, 2),
        "ready_s": round(ready_s, 2),
        "rss_mb": rss_mb,
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "output_records": {topic: by_topic[topic] for topic in subject.outputs},
    }


async def _table_scale(ctx: Context, size: int, backlog: list) -> dict:
    """Throughput, RSS and restart time with ``size`` companies in the table."""
    ctx.progress(f"table scale: {size} companies")
    subject = ctx.worker(f"t{size}")
    await kafka_io.create_topics(ctx.bootstrap, subject.topics(), ctx.plan.partitions)
    first = subject.process(0)
    await asyncio.to_thread(first.start)
    try:
        started = time.monotonic()
        await kafka_io.produce_all(ctx.bootstrap, subject.company_updates, company_updates(size))
        populated = await kafka_io.wait_consumed(
            ctx.bootstrap, subject.group, [subject.company_updates], ctx.plan.drain_timeout_s, first.alive
        )
        populate_s = time.monotonic() - started
    finally:
        first.stop()
    runs: list[tuple[Drain, int, float]] = []
    for _ in range(ctx.plan.repeats):
        # Each repeat restarts the worker on its data directory and drains a fresh copy of the backlog.
        before = await kafka_io.offsets(ctx.bootstrap, [subject.source, *subject.outputs])
        await kafka_io.produce_all(ctx.bootstrap, subject.source, backlog)
        worker = subject.process(0)
        restart_s = await asyncio.to_thread(worker.start)
        try:
            runs.append(
                (await drain(subject, before, ctx.plan.drain_timeout_s, [worker]), worker.rss_bytes(), restart_s)
            )
        finally:
            worker.stop()
    result, rss, _ = sorted(runs, key=lambda run: run[0].rate or 0.0)[len(runs) // 2]
    figures: dict[str, object] = {
        "companies": size,
        "populated": populated,
        "populate_s": round(populate_s, 2),
        "populate_per_s": round(size / populate_s, 1) if populate_s else None,
        "restart_ready_s": round(runs[0][2], 2),
        "drain": result.as_dict(),
        "drain_runs_articles_per_s": [run[0].as_dict()["articles_per_s"] for run in runs],
        "rss_mb": round(rss / _MB, 1),
    }
    ctx.progress(f"  {size} companies: {_fmt(result.rate)} articles/s, RSS {figures['rss_mb']} MB")
    if size in ctx.plan.recovery_sizes:
        fresh = subject.process(1, data_dir=ctx.work / "data" / f"t{size}-fresh")
        recover_s = await asyncio.to_thread(fresh.start, 600.0)
        fresh.stop()
        figures["recovery_from_changelog_s"] = round(recover_s, 2)
        ctx.progress(f"  {size} companies: recovered from the changelog in {recover_s:.1f}s")
    shutil.rmtree(subject.data_root, ignore_errors=True)
    shutil.rmtree(ctx.work / "data" / f"t{size}-fresh", ignore_errors=True)
    return figures


async def _profile(ctx: Context, backlog: list) -> dict:
    """Drain the backlog once with the worker under pyinstrument; summarise where the time went."""
    ctx.progress("profile: the worker under pyinstrument")
    subject = ctx.worker("prof")
    session = ctx.work / "profile.pyisession"
    await kafka_io.create_topics(ctx.bootstrap, subject.topics(), ctx.plan.partitions)
    before = await kafka_io.offsets(ctx.bootstrap, [subject.source, *subject.outputs])
    await kafka_io.produce_all(ctx.bootstrap, subject.source, backlog)
    process = subject.process(argv_prefix=("-m", "pyinstrument", "--renderer", "session", "--outfile", str(session)))
    await asyncio.to_thread(process.start)
    try:
        result = await drain(subject, before, ctx.plan.drain_timeout_s, [process])
    finally:
        process.stop()
    if not session.exists():
        msg = f"pyinstrument wrote no session (log {process.log_path})"
        raise RuntimeError(msg)
    report = ctx.work / "profile.txt"
    summary = profiling.summarize(session)
    report.write_text(profiling.render(session, summary), encoding="utf-8")
    top = next(iter(summary["self_time_by_category"].items()), None)
    if top:
        ctx.progress(f"  most self time: {top[0]} ({top[1]['share']:.0%})")
    return {"drain_under_profiler": result.as_dict(), **summary, "report": str(report)}


def _ratios(figures: dict) -> dict[str, float | None]:
    pipeline = figures.get("pipeline", {})
    passthrough = figures.get("passthrough", {})
    extraction = figures.get("extraction", {})
    same_backlog = figures.get("backlog_extraction", {})
    sustained = pipeline.get("sustained", {}).get("articles_per_s")
    out: dict[str, float | None] = {
        "pipeline_vs_passthrough_throughput": ratio(
            pipeline.get("drain", {}).get("articles_per_s"), passthrough.get("drain", {}).get("articles_per_s")
        ),
        "pipeline_vs_extraction_throughput": ratio(
            pipeline.get("drain", {}).get("articles_per_s"), extraction.get("articles_per_s_per_core")
        ),
        "pipeline_vs_extraction_per_cpu_second": ratio(
            pipeline.get("articles_per_cpu_s"), extraction.get("articles_per_s_per_core")
        ),
        "pipeline_vs_backlog_extraction_throughput": ratio(
            pipeline.get("drain", {}).get("articles_per_s"), same_backlog.get("articles_per_s_per_core")
        ),
        "pipeline_vs_backlog_extraction_per_cpu_second": ratio(
            pipeline.get("articles_per_cpu_s"), same_backlog.get("articles_per_s_per_core")
        ),
        "sustained_vs_extraction_throughput": ratio(sustained, extraction.get("articles_per_s_per_core")),
        "sustained_vs_backlog_extraction_throughput": ratio(sustained, same_backlog.get("articles_per_s_per_core")),
        "sustained_vs_drain": ratio(sustained, pipeline.get("drain", {}).get("articles_per_s")),
    }
    for ours, theirs in zip(pipeline.get("latency", []), passthrough.get("latency", []), strict=False):
        out[f"p99_vs_passthrough_at_{ours['target_rate']:.0f}_per_s"] = ratio(ours["p99_ms"], theirs["p99_ms"])
    return out


def _fmt(rate: float | None) -> str:
    return "n/a" if rate is None else f"{rate:.0f}"
