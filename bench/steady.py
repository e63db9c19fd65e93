"""``python -m bench.steady``: does one worker stay as fast after 200,000 articles as after the first few thousand?

Every other bench stage starts each worker with an empty table, so none of them sees what months
of news do to a worker: the busiest companies' rows grow, and every update re-reads and rewrites
them. Here one worker is fed ``--articles`` generated articles (Zipf-skewed over companies, so the
top 10 get about 30 % of mentions, as in real feeds) in successive chunks, without a restart. After
each chunk the harness records:

* throughput: articles per worker CPU-second (psutil, the worker's process tree) and per wall second;
* the worker's RSS, and what its RocksDB table store holds in memory (``dealwatch_table_store_bytes``
  scraped from its ``/metrics``: memtables, block cache, table readers);
* the ``companies`` rows: every changelog record the chunk produced is read back, the latest one per
  company is the stored row (Faust writes the row's JSON as the record value), so p50/p99/max row
  size are those of the table at the end of the chunk; and changelog bytes written per article.

The first chunk is the start, the last the end; their ratio is the figure that matters, since the
machine's load moves absolute numbers. The issue's targets are printed with met / not met, never
asserted: throughput at the end within 10 % of the start, RSS flat after warm-up (the end within
10 % of the RSS half-way through the run; the bounded caches take that long to fill), p99 row <= 8 KB at the end.

``--quick`` (900 articles in three chunks) is the CI smoke; results go to ``DIR/steady-<stamp>.json``,
``DIR/steady.md`` and ``DIR/steady.png`` (``DIR/steady-partial.json`` and the plot are rewritten after
every chunk until the run ends) (default ``bench/results``; ``.dealwatch/bench/quick-results``
for ``--quick``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import shutil
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from bench import kafka_io
from bench.context import Context
from bench.measure import drain
from bench.plan import FULL, QUICK, Plan
from bench.processes import REPO
from bench.pyspy import figures as profile_figures
from bench.pyspy import parse, recording
from bench.standalone import heading, run_alone, write_alone
from bench.stats import percentile, ratio
from streams.clients.dashboard import parse_metrics
from streams.generate import ZIPF_TOP10_30PCT, generate

_MB = 2**20
THROUGHPUT_KEPT = 0.9
"""Target: throughput per CPU-second at the end >= this share of the start."""
RSS_GROWTH_AFTER_WARMUP = 1.1
"""Target: RSS at the end <= this multiple of the RSS half-way through the run.

Warm-up is the first half, not the first chunk: the worker's memory is bounded by caches (two memtables and a block
cache per table partition, the apply agent's parsed states) that fill at the rate the feed brings new rows and
evidence, 120,000 skewed articles in the 200,000-article run, so the first chunk only says how empty they were.
The start-to-end ratio is still printed beside the other figures."""
P99_ROW_BYTES = 8 * 1024
"""Target: p99 ``companies`` row at the end, bytes."""


@dataclass
class RowSizes:
    """The latest changelog record size per company, i.e. the size of each stored row."""

    changelog: str
    by_company: dict[bytes, int] = field(default_factory=dict)
    chunk_records: int = 0
    chunk_bytes: int = 0

    def observe(self, topic: str, key: bytes | None, value: bytes | None) -> None:
        """Count one output record; only the ``companies`` changelog's matter here."""
        if topic != self.changelog or key is None:
            return
        size = len(value or b"")
        self.by_company[key] = size
        self.chunk_records += 1
        self.chunk_bytes += size

    def percentiles(self) -> dict[str, float | int | None]:
        """p50 / p99 / max stored row size in bytes and the number of rows."""
        sizes = list(self.by_company.values())
        return {
            "rows": len(sizes),
            "row_p50_bytes": percentile(sizes, 50),
            "row_p99_bytes": percentile(sizes, 99),
            "row_max_bytes": max(sizes, default=None),
        }

    def next_chunk(self) -> tuple[int, int]:
        """Records and bytes the changelog gained in the chunk just read; start counting the next one."""
        counts = (self.chunk_records, self.chunk_bytes)
        self.chunk_records = self.chunk_bytes = 0
        return counts


def chunks(plan: Plan, articles: int, chunk: int, seed: int = 1) -> Iterator[list[tuple[bytes, bytes]]]:
    """One skewed feed of ``articles`` records, cut into successive chunks (generated lazily)."""
    config = replace(plan.articles(articles, seed), company_zipf=ZIPF_TOP10_30PCT)
    records = ((record.key, record.value) for record in generate(config))
    while batch := list(itertools.islice(records, chunk)):
        yield batch


@dataclass(frozen=True)
class Scrape:
    """What the chunk's figures take from the worker's ``/metrics``."""

    store_mb: float
    """Memory the table store holds, all kinds summed (``dealwatch_table_store_bytes``)."""
    gc_s: float
    """CPU seconds the garbage collector took so far, all generations (``dealwatch_gc_cpu_seconds_sum``)."""
    full_gcs: int
    """Full (generation 2) collections so far."""


def scrape(port: int) -> Scrape:
    """Read the worker's table-store memory and its collector's pauses."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        samples = parse_metrics(response.read().decode())

    def total(name: str, **labels: str) -> float:
        return sum(s.value for s in samples if s.name == name and labels.items() <= s.labels.items())

    return Scrape(
        store_mb=round(total("dealwatch_table_store_bytes") / _MB, 1),
        gc_s=total("dealwatch_gc_cpu_seconds_sum"),
        full_gcs=int(total("dealwatch_gc_cpu_seconds_count", generation="2")),
    )


async def measure(
    ctx: Context,
    articles: int,
    chunk: int,
    checkpoint: Callable[[list[dict[str, Any]]], None] = lambda _: None,
    *,
    profile: bool = False,
) -> dict[str, Any]:
    """Feed one worker ``articles`` in chunks of ``chunk`` and record each chunk's figures.

    ``checkpoint`` gets the figures so far after every chunk: a run of hours that is stopped early
    still leaves its measurements. With ``profile``, py-spy samples the worker through the first and the
    last chunk (:func:`bench.pyspy.recording`), so what costs more at the end is named by function.
    """
    subject = ctx.worker("steady")
    await kafka_io.create_topics(ctx.bootstrap, subject.topics(), ctx.plan.partitions)
    process = subject.process()
    ready_s = await asyncio.to_thread(process.start)
    rows = RowSizes(changelog=subject.outputs[-1])
    points: list[dict[str, Any]] = []
    done = 0
    port = int(process.env["DEALWATCH_WEB_PORT"])
    last = await asyncio.to_thread(scrape, port)
    try:
        for batch in chunks(ctx.plan, articles, chunk):
            profiled = profile and (done == 0 or done + len(batch) >= articles)
            before = await kafka_io.offsets(ctx.bootstrap, [subject.source, *subject.outputs])
            raw_path = ctx.work / f"steady-pyspy-{done}.raw"
            with recording(process.pid, raw_path) if profiled else contextlib.nullcontext():
                cpu_before = process.cpu_seconds()
                await kafka_io.produce_all(ctx.bootstrap, subject.source, batch)
                result = await drain(subject, before, ctx.plan.drain_timeout_s, [process], rows.observe)
                cpu = process.cpu_seconds() - cpu_before
            if not result.complete:
                msg = f"chunk ending at article {done + len(batch)} was not drained"
                raise TimeoutError(msg)
            done += len(batch)
            records, written = rows.next_chunk()
            now = await asyncio.to_thread(scrape, port)
            gc_s, last = now.gc_s - last.gc_s, now
            point = {
                "articles_done": done,
                "articles": len(batch),
                "cpu_s": round(cpu, 2),
                "articles_per_cpu_s": round(len(batch) / cpu, 1) if cpu else None,
                "articles_per_s": result.as_dict()["articles_per_s"],
                "rss_mb": round(process.rss_bytes() / _MB, 1),
                "store_mb": now.store_mb,
                "gc_ms_per_article": round(gc_s * 1000 / len(batch), 3),
                "full_gcs": now.full_gcs,
                "changelog_records": records,
                "changelog_bytes_per_article": round(written / len(batch), 1),
                **rows.percentiles(),
                "load_avg_1m": round(os.getloadavg()[0], 2),
            }
            if profiled:
                point["profile"] = profile_figures(parse(raw_path.read_text(encoding="utf-8")), cpu, len(batch))
            points.append(point)
            checkpoint(points)
            ctx.progress(
                f"  {done:,} articles: {point['articles_per_cpu_s']}/CPU-s, RSS {point['rss_mb']} MB "
                f"(table store {point['store_mb']} MB), GC {point['gc_ms_per_article']} ms/article, "
                f"row p99 {point['row_p99_bytes']} B, changelog {point['changelog_bytes_per_article']} B/article, "
                f"load {point['load_avg_1m']}"
            )
    finally:
        process.stop()
        shutil.rmtree(subject.data_root, ignore_errors=True)
    return {"ready_s": round(ready_s, 2), "chunk": chunk, "points": points, "summary": summarize(points)}


def summarize(points: list[dict[str, Any]]) -> dict[str, Any]:
    """Start (first chunk) against end (last chunk), and the targets with met / not met."""
    if not points:
        return {}
    start, end = points[0], points[-1]
    keys = ("articles_per_cpu_s", "rss_mb", "store_mb", "gc_ms_per_article", "row_p50_bytes", "row_p99_bytes",
            "changelog_bytes_per_article")  # fmt: skip
    keys = tuple(key for key in keys if key in start and key in end)
    summary: dict[str, Any] = {
        key: {"start": start[key], "end": end[key], "end_vs_start": ratio(end[key], start[key])} for key in keys
    }
    kept = summary["articles_per_cpu_s"]["end_vs_start"]
    warm = points[(len(points) - 1) // 2]
    rss_growth = ratio(end["rss_mb"], warm["rss_mb"])
    p99 = end["row_p99_bytes"]
    summary["targets"] = [
        _target(f"throughput per CPU-second, end / start >= {THROUGHPUT_KEPT}", kept, at_least=THROUGHPUT_KEPT),
        _target(
            f"RSS flat after warm-up (the run's first half): end / after {warm['articles_done']:,} articles "
            f"<= {RSS_GROWTH_AFTER_WARMUP}",
            rss_growth,
            at_most=RSS_GROWTH_AFTER_WARMUP,
        ),
        _target(f"p99 companies row at the end <= {P99_ROW_BYTES} bytes", p99, at_most=P99_ROW_BYTES),
    ]
    return summary


def _target(
    name: str, value: float | None, *, at_least: float | None = None, at_most: float | None = None
) -> dict[str, Any]:
    met = None if value is None else (at_least is None or value >= at_least) and (at_most is None or value <= at_most)
    return {"name": name, "value": value, "met": met}


def markdown(results: dict[str, Any]) -> str:
    """The per-chunk table, start against end, and the targets."""
    steady = results["figures"]
    title = f"dealwatch steady-state bench: {steady['articles']:,} articles in chunks of {steady['chunk']:,}"
    lines = [
        *heading(title, results),
        f"One worker, {steady['partitions']} partitions, Zipf-skewed companies (top 10 ~30 % of mentions), "
        "never restarted.",
        "",
        "| Articles done | Articles / worker CPU-s | Articles / s | RSS MB | Table store MB | GC ms / article "
        "(full GCs so far) | Rows | Row p50 / p99 / max B | Changelog B / article | Load avg |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {p['articles_done']:,} | {p['articles_per_cpu_s']} | {p['articles_per_s']} | {p['rss_mb']} "
        f"| {p.get('store_mb', '-')} | {p.get('gc_ms_per_article', '-')} ({p.get('full_gcs', '-')}) | {p['rows']:,} "
        f"| {p['row_p50_bytes']} / {p['row_p99_bytes']} / {p['row_max_bytes']} | {p['changelog_bytes_per_article']} "
        f"| {p['load_avg_1m']} |"
        for p in steady["points"]
    ]
    summary = steady["summary"]
    lines += ["", "| Figure | Start | End | End / start |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {key} | {value['start']} | {value['end']} | {value['end_vs_start']} |"
        for key, value in summary.items()
        if key != "targets"
    ]
    lines += ["", "| Target | Measured | Met |", "| --- | --- | --- |"]
    lines += [
        f"| {t['name']} | {t['value']} | {({True: 'yes', False: '**no**', None: 'not measured'})[t['met']]} |"
        for t in summary["targets"]
    ]
    profiled = [p for p in steady["points"] if "profile" in p]
    if len(profiled) == 2:  # the first and the last chunk
        lines += ["", *profile_table(profiled[0], profiled[1])]
    return "\n".join(lines) + "\n"


def profile_table(start: dict[str, Any], end: dict[str, Any]) -> list[str]:
    """Markdown: worker CPU ms per article by category and by function (py-spy), first chunk against last.

    Functions are those of both chunks' top lists (a function missing from one list is below its top, not
    absent), sorted by how much they grew.
    """
    first, last = start["profile"], end["profile"]
    lines = [
        f"py-spy, every thread: worker CPU ms per article after {start['articles_done']:,} and "
        f"{end['articles_done']:,} articles ({first['cpu_ms_per_article']} and {last['cpu_ms_per_article']}).",
        "",
    ]
    for title, key in (
        ("Category", "ms_per_article_by_category"),
        ("Function (leaf frame)", "ms_per_article_by_function"),
    ):
        names = sorted(set(first[key]) & set(last[key]), key=lambda n: last[key][n] - first[key][n], reverse=True)
        lines += [f"| {title} | start | end | end - start |", "| --- | --- | --- | --- |"]
        lines += [
            f"| {name} | {first[key][name]} | {last[key][name]} | {round(last[key][name] - first[key][name], 3)} |"
            for name in names
        ]
        lines.append("")
    return lines


def plot(points: list[dict[str, Any]], path: Path) -> None:
    """Throughput per CPU-second and RSS against articles processed; p99 row size beside them."""
    fig, (rate_ax, row_ax) = plt.subplots(1, 2, figsize=(11, 4.2))
    done = [p["articles_done"] for p in points]
    rate_ax.plot(done, [p["articles_per_cpu_s"] for p in points], "-o", label="articles / worker CPU-s")
    rate_ax.set_ylim(bottom=0)
    rate_ax.set_xlabel("articles processed by the worker")
    rate_ax.set_ylabel("articles / worker CPU-second")
    rss_ax = rate_ax.twinx()
    rss_ax.plot(done, [p["rss_mb"] for p in points], "--s", color="tab:red", label="worker RSS, MB")
    rss_ax.plot(done, [p["store_mb"] for p in points], ":d", color="tab:purple", label="of which table store, MB")
    rss_ax.set_ylim(bottom=0)
    rss_ax.set_ylabel("worker RSS, MB")
    handles = rate_ax.get_lines() + rss_ax.get_lines()
    rate_ax.legend(handles, [line.get_label() for line in handles], loc="lower left")
    rate_ax.set_title("Throughput and memory over time (one worker)")
    rate_ax.grid(alpha=0.3)
    for key, style in (("row_p50_bytes", "-o"), ("row_p99_bytes", "-s"), ("row_max_bytes", ":^")):
        row_ax.plot(done, [(p[key] or 0) / 1024 for p in points], style, label=key.removesuffix("_bytes"))
    row_ax.plot(done, [p["changelog_bytes_per_article"] / 1024 for p in points], "--", label="changelog per article")
    row_ax.axhline(P99_ROW_BYTES / 1024, color="grey", linewidth=0.8, label="p99 target")
    row_ax.set_xlabel("articles processed by the worker")
    row_ax.set_ylabel("KB")
    row_ax.set_title("companies row size and changelog bytes")
    row_ax.grid(alpha=0.3)
    row_ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, feed the worker chunk after chunk, write and print the results."""
    parser = argparse.ArgumentParser(prog="python -m bench.steady", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="CI smoke: 900 articles in 3 chunks.")
    parser.add_argument("--articles", type=int, help="Articles fed in all (default 200,000; quick 900).")
    parser.add_argument("--chunk", type=int, help="Articles per chunk (default 5,000; quick 300).")
    parser.add_argument("--out", type=Path, help="Results directory (as for python -m bench).")
    parser.add_argument(
        "--profile", action="store_true", help="Sample the worker with py-spy through the first and the last chunk."
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    articles = args.articles or (900 if args.quick else 200_000)
    chunk = args.chunk or (300 if args.quick else 5_000)
    out = args.out or (REPO / ".dealwatch" / "bench" / "quick-results" if args.quick else REPO / "bench" / "results")

    out.mkdir(parents=True, exist_ok=True)

    def checkpoint(points: list[dict[str, Any]]) -> None:
        partial = {"articles": articles, "chunk": chunk, "points": points, "summary": summarize(points)}
        (out / "steady-partial.json").write_text(json.dumps(partial, indent=2) + "\n", encoding="utf-8")
        plot(points, out / "steady.png")

    async def stage(ctx: Context) -> dict[str, Any]:
        ctx.progress(f"one worker, {articles:,} articles in chunks of {chunk:,}")
        figures = await measure(ctx, articles, chunk, checkpoint, profile=args.profile)
        return {"articles": articles, "partitions": plan.partitions, **figures}

    results = run_alone("steady", plan, stage)
    if results is None:
        return 2
    (out / "steady-partial.json").unlink(missing_ok=True)
    write_alone("steady", results, out, markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
