"""``python -m bench.pyspy [--backlog N]``: where one drain's CPU goes, per thread and per function.

pyinstrument (``python -m bench``'s profile stage) sees the main thread only, from inside the
worker. py-spy samples every thread of the running worker from outside (``--nonblocking``: the
worker is never paused), without ``--idle``, so samples count where CPU was spent. Each sample's
leaf frame is charged to a category (:data:`bench.profiling.CATEGORIES`) and a function; the shares
are turned into CPU milliseconds per article with the worker's measured CPU time for the drain,
so "extraction" can be set apart from everything the framework costs around it.

Writes ``DIR/pyspy-<stamp>.json``, ``DIR/pyspy.md`` and ``DIR/pyspy-profile.txt`` (default
``bench/results``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bench import kafka_io
from bench.context import Context, feed
from bench.measure import drain
from bench.plan import FULL
from bench.processes import REPO
from bench.profiling import category
from bench.standalone import FIGURE_TABLE, heading, run_alone, write_alone

RATE_HZ = 100
_TOP = 40


@dataclass
class Samples:
    """Samples of one recording: by thread, by category and by function (leaf frame)."""

    by_thread: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    by_function: Counter[str] = field(default_factory=Counter)
    by_thread_category: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        """Every sample recorded."""
        return sum(self.by_thread.values())


def parse(raw: str) -> Samples:
    """Read py-spy's ``--format raw --threads --full-filenames`` output.

    Each line is ``thread (TID): NAME;frame;...;leaf COUNT`` with frames ``function (path:line)``.
    """
    samples = Samples()
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = stack.split(";")
        thread = frames[0].split(": ", 1)[-1] if frames[0].startswith("thread") else frames[0]
        thread = _thread_kind(thread)
        leaf = frames[-1] if len(frames) > 1 else "(no Python frame)"
        function, _, where = leaf.partition(" (")
        path = where.rsplit(":", 1)[0]
        location = f"{path}:{function}"
        kind = category(location)
        samples.by_thread[thread] += count
        samples.by_category[kind] += count
        samples.by_function[_short(location)] += count
        samples.by_thread_category[thread, kind] += count
    return samples


def _thread_kind(name: str) -> str:
    """Thread names with their numbers dropped (``ThreadPoolExecutor-0_1`` -> ``ThreadPoolExecutor``)."""
    return name.split("-", 1)[0] if name.startswith(("ThreadPoolExecutor", "Thread")) else name


def _short(location: str) -> str:
    for marker in ("/site-packages/", f"/python{sys.version_info.major}.{sys.version_info.minor}/", f"{REPO}/"):
        if marker in location:
            return location.split(marker, 1)[1]
    return location


def figures(samples: Samples, cpu_s: float, articles: int) -> dict[str, Any]:
    """CPU milliseconds per article by category, thread and function: sample shares times the drain's CPU."""
    total = samples.total or 1
    per_article_ms = cpu_s * 1000 / articles if articles else 0.0

    def ms(count: int) -> float:
        return round(count / total * per_article_ms, 3)

    extraction = samples.by_category.get("extraction (streams/extraction)", 0)
    return {
        "samples": samples.total,
        "cpu_s": round(cpu_s, 2),
        "articles": articles,
        "cpu_ms_per_article": round(per_article_ms, 3),
        "extraction_ms_per_article": ms(extraction),
        "non_extraction_ms_per_article": round(per_article_ms - ms(extraction), 3),
        "ms_per_article_by_category": {name: ms(n) for name, n in samples.by_category.most_common()},
        "ms_per_article_by_thread": {name: ms(n) for name, n in samples.by_thread.most_common()},
        "ms_per_article_by_thread_and_category": {
            f"{thread} / {kind}": ms(n) for (thread, kind), n in samples.by_thread_category.most_common(15)
        },
        "ms_per_article_by_function": {name: ms(n) for name, n in samples.by_function.most_common(_TOP)},
    }


@contextlib.contextmanager
def recording(pid: int, raw_path: Path) -> Iterator[None]:
    """py-spy samples process ``pid`` (every thread, from outside, never pausing it) while the block runs.

    Its raw output is in ``raw_path`` once the block has ended (:func:`parse` reads it).
    """
    spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
    if spy is None:
        msg = "py-spy is not installed (pip install -c constraints.txt -e '.[bench]')"
        raise RuntimeError(msg)
    raw_path.parent.mkdir(parents=True, exist_ok=True)
    argv = [spy, "record", "--pid", str(pid), "--threads", "--full-filenames", "--nonblocking"]
    argv += ["--format", "raw", "--rate", str(RATE_HZ), "--output", str(raw_path)]
    recorder = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # noqa: S603
    try:
        yield
    finally:
        recorder.send_signal(signal.SIGINT)  # py-spy writes its output on SIGINT
        recorder.wait(timeout=60)


async def profile_drain(ctx: Context, backlog: list[tuple[bytes, bytes]], report_path: Path) -> dict[str, Any]:
    """Drain ``backlog`` with a fresh worker while py-spy samples it; return the figures.

    py-spy's raw output stays in the run's scratch directory; ``report_path`` gets it with short paths.
    """
    raw_path = ctx.work / "pyspy.raw"
    subject = ctx.worker("pyspy")
    await kafka_io.create_topics(ctx.bootstrap, subject.topics(), ctx.plan.partitions)
    process = subject.process()
    await asyncio.to_thread(process.start)
    try:
        before = await kafka_io.offsets(ctx.bootstrap, [subject.source, *subject.outputs])
        with recording(process.pid, raw_path):
            cpu_before = process.cpu_seconds()
            await kafka_io.produce_all(ctx.bootstrap, subject.source, backlog)
            result = await drain(subject, before, ctx.plan.drain_timeout_s, [process])
            cpu = process.cpu_seconds() - cpu_before
    finally:
        process.stop()
    raw = raw_path.read_text(encoding="utf-8")
    report_path.write_text(shorten(raw), encoding="utf-8")
    return {"drain": result.as_dict(), **figures(parse(raw), cpu, result.records)}


def shorten(raw: str) -> str:
    """The raw stacks made readable: short file paths, and each thread's start-up frames up to its event
    loop's ``_run_once`` folded into ``...`` (they are the same in every stack of a thread)."""
    prefixes = [f"{REPO}/.venv/lib/python{sys.version_info.major}.{sys.version_info.minor}/site-packages/", f"{REPO}/"]
    prefixes.append(str(Path(os.__file__).parent) + "/")
    stacks: Counter[str] = Counter()
    for original in raw.splitlines():
        line, _, count = original.rpartition(" ")
        for prefix in prefixes:
            line = line.replace(f"({prefix}", "(")
        thread, _, rest = line.partition(";")
        frames = rest.split(";")
        loop = max((i for i, frame in enumerate(frames) if frame.startswith("BaseEventLoop._run_once")), default=None)
        stacks[";".join([thread, "...", *frames[loop + 1 :]]) if loop is not None else line] += int(count)
    return "".join(f"{stack} {count}\n" for stack, count in stacks.most_common())


def render(profile: dict[str, Any]) -> list[str]:
    """Markdown rows: per category, per thread, top functions, in CPU ms per article."""
    rows = [
        f"| worker CPU per article, ms (drain of {profile['articles']:,} articles at "
        f"{profile['drain']['articles_per_s']}/s, {profile['samples']:,} samples) | {profile['cpu_ms_per_article']} | "
        f"extraction {profile['extraction_ms_per_article']} | "
        f"non-extraction {profile['non_extraction_ms_per_article']} |",
    ]
    for title, key in (
        ("category", "ms_per_article_by_category"),
        ("thread", "ms_per_article_by_thread"),
        ("thread and category", "ms_per_article_by_thread_and_category"),
        ("function (leaf frame)", "ms_per_article_by_function"),
    ):
        rows += ["", f"| By {title} | CPU ms per article |", "| --- | --- |"]
        rows += [f"| {name} | {value} |" for name, value in profile[key].items()]
    return rows


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, profile one drain, write and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.pyspy", description=__doc__.split("\n\n")[0])
    parser.add_argument("--backlog", type=int, default=3000, help="Articles in the drained backlog (default 3,000).")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results", help="Results directory.")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    report_path = args.out / "pyspy-profile.txt"

    async def stage(ctx: Context) -> dict[str, Any]:
        ctx.progress(f"one worker drains {ctx.plan.backlog:,} articles under py-spy ({RATE_HZ} Hz, every thread)")
        return {"profile": await profile_drain(ctx, feed(ctx.plan, ctx.plan.backlog, seed=1), report_path)}

    results = run_alone("pyspy", replace(FULL, backlog=args.backlog), stage)
    if results is None:
        return 2
    rows = render(results["figures"]["profile"])
    summary = "\n".join([*heading("dealwatch worker under py-spy", results), *FIGURE_TABLE, *rows]) + "\n"
    write_alone("pyspy", results, args.out, summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
