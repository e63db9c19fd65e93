"""dealwatch's worker against the peer on the same backlog, in the same run, alternating drains.

Each repeat drains the backlog once with a fresh worker and once with a fresh peer (fresh topics,
empty state each), one process at a time, so both see the same machine load as nearly as a shared
machine allows. Figures are medians over the repeats; the ratio that matters is the worker's
articles per CPU-second over the peer's (the issue's target: >= 0.8).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.context import Context
from bench.peer.subject import Peer
from bench.run import drain_once
from bench.stats import ratio


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    ordered = sorted(runs, key=lambda run: run["articles_per_cpu_s"] or 0.0)
    return {**ordered[len(ordered) // 2], "runs_articles_per_cpu_s": [run["articles_per_cpu_s"] for run in runs]}


def _counts(run: dict[str, Any], indexes: tuple[int, ...]) -> list[int]:
    """Record counts of the outputs at ``indexes`` (events, company-updates, alerts, deadletter, changelog)."""
    counts = list(run["output_records"].values())
    return [counts[i] for i in indexes]


def _ms_per_article(run: dict[str, Any]) -> float | None:
    rate = run["articles_per_cpu_s"]
    return round(1000 / rate, 2) if rate else None


def _changelog_records(run: dict[str, Any]) -> int | None:
    records = run.get("output_records", {})
    return list(records.values())[-1] if records else None  # the changelog is each subject's last output


async def compare(ctx: Context, backlog: list[tuple[bytes, bytes]], python: Path) -> dict[str, Any]:
    """Drain ``backlog`` ``ctx.plan.repeats`` times with each subject, alternating; medians and ratios."""
    ours: list[dict[str, Any]] = []
    theirs: list[dict[str, Any]] = []
    for attempt in range(ctx.plan.repeats):
        ours.append(await drain_once(ctx, ctx.worker(f"vs-peer{attempt}"), backlog))
        name = f"{ctx.run_id}-peer{attempt}"
        peer = Peer(ctx.bootstrap, name, ctx.work / "logs", ctx.work / "data" / f"peer{attempt}", python)
        theirs.append(await drain_once(ctx, peer, backlog))
    worker, quix = _median(ours), _median(theirs)
    articles = len(backlog)
    return {
        "articles": articles,
        "worker": worker,
        "peer": quix,
        "worker_cpu_ms_per_article": _ms_per_article(worker),
        "peer_cpu_ms_per_article": _ms_per_article(quix),
        "worker_changelog_records": _changelog_records(worker),
        "peer_changelog_records": _changelog_records(quix),
        "worker_vs_peer_per_cpu_second": ratio(worker["articles_per_cpu_s"], quix["articles_per_cpu_s"]),
        "worker_vs_peer_throughput": ratio(worker["drain"]["articles_per_s"], quix["drain"]["articles_per_s"]),
        # The same job: as many events, company updates and dead letters. Alerts may differ by a few: a
        # decision reads the state before the update, and the two clients partition (hence interleave) differently.
        "same_events_updates_deadletters": _counts(worker, (0, 1, 3)) == _counts(quix, (0, 1, 3)),
        "worker_alerts": _counts(worker, (2,))[0],
        "peer_alerts": _counts(quix, (2,))[0],
    }
