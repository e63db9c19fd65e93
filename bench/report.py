"""Turn a run's figures into the results JSON, a Markdown summary and PNG plots."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

_EXTRACTION_TARGET = 500.0
_E2E_VS_EXTRACTION_TARGET = 0.6
_P99_AT_HALF_TARGET_MS = 250.0
_RECOVERY_100K_TARGET_S = 30.0
_VS_PEER_TARGET = 0.8


def targets(figures: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, each with the measured value and whether it is met (None: not measured)."""
    extraction = figures.get("extraction", {}).get("articles_per_s_per_core")
    e2e_ratio = figures.get("ratios", {}).get("sustained_vs_extraction_throughput")
    e2e_same = figures.get("ratios", {}).get("sustained_vs_backlog_extraction_throughput")
    half = _level(figures.get("pipeline", {}), 1)
    p99_half = half.get("p99_ms") if half else None
    recovery = next(
        (t.get("recovery_from_changelog_s") for t in figures.get("table_scale", []) if t["companies"] == 100_000),
        None,
    )
    rows = [
        ("extraction articles/s per core (3-4 KB)", f">= {_EXTRACTION_TARGET:.0f}", extraction,
         _ge(extraction, _EXTRACTION_TARGET)),
        ("end-to-end max sustained / extraction-only throughput (extraction bench, 3-4 KB articles)",
         f">= {_E2E_VS_EXTRACTION_TARGET}", e2e_ratio, _ge(e2e_ratio, _E2E_VS_EXTRACTION_TARGET)),
        ("end-to-end max sustained / extraction-only throughput (the same backlog's articles)",
         f">= {_E2E_VS_EXTRACTION_TARGET}", e2e_same, _ge(e2e_same, _E2E_VS_EXTRACTION_TARGET)),
        ("p99 news-to-alert at 50 % load (ms)", f"<= {_P99_AT_HALF_TARGET_MS:.0f}", p99_half,
         _le(p99_half, _P99_AT_HALF_TARGET_MS)),
        ("table recovery at 100k companies (s)", f"<= {_RECOVERY_100K_TARGET_S:.0f}", recovery,
         _le(recovery, _RECOVERY_100K_TARGET_S)),
    ]  # fmt: skip
    if "peer" in figures:
        vs_peer = figures["peer"].get("worker_vs_peer_per_cpu_second")
        rows.append(("worker / Quix Streams peer, articles per CPU-second (same backlog, same run)",
                     f">= {_VS_PEER_TARGET}", vs_peer, _ge(vs_peer, _VS_PEER_TARGET)))  # fmt: skip
    return [{"name": n, "target": t, "value": v, "met": m} for n, t, v, m in rows]


def _level(subject: dict[str, Any], index: int) -> dict[str, Any] | None:
    levels = subject.get("latency", []) if isinstance(subject, dict) else []
    return levels[index] if len(levels) > index else None


def _ge(value: float | None, bound: float) -> bool | None:
    return None if value is None else value >= bound


def _le(value: float | None, bound: float) -> bool | None:
    return None if value is None else value <= bound


def write(results: dict[str, Any], out_dir: Path, stamp: str) -> Path:
    """Write ``<stamp>.json``, ``latest.md`` and the plots into ``out_dir``; return the JSON path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{stamp}.json"
    path.write_text(json.dumps(results, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    (out_dir / "latest.md").write_text(markdown(results), encoding="utf-8")
    figures = results["figures"]
    plot_latency(figures, out_dir / "latency_vs_load.png")
    plot_table_scale(figures, out_dir / "throughput_vs_table_size.png")
    profile = figures.get("profile", {}).get("report")
    if profile and Path(profile).exists():
        shutil.copyfile(profile, out_dir / "profile.txt")
    return path


def _n(value: Any, digits: int = 1) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:,.{digits if abs(value) >= 1 else 3}f}"
    return str(value)


def markdown(results: dict[str, Any]) -> str:
    """The summary table: every figure next to its baseline and their ratio."""
    figures = results["figures"]
    machine = results["machine"]
    lines = [
        f"# dealwatch bench ({'quick' if results['plan']['quick'] else 'full'} run, {machine['started_at']})",
        "",
        f"{machine['cores_logical']} cores, {machine['memory_gb']} GB, "
        f"load {machine['load_avg_1m_at_start']} at start, Python {machine['python']}, "
        f"faust-streaming {machine['versions'].get('faust-streaming')}, commit {machine['git_commit']}, "
        f"wall time {results['wall_time_s']:.0f} s.",
        "",
        "| Figure | Measured | Baseline (same run) | Ratio |",
        "| --- | --- | --- | --- |",
    ]
    for name, value in figures.items():
        if isinstance(value, dict) and "error" in value:
            lines.append(f"| {name} | **failed**: {value['error']} | | |")
    lines += _extraction_rows(figures.get("extraction", {}), figures.get("extraction_recall", {"error": "absent"}))
    lines += _pipeline_rows(figures)
    lines += _scale_rows(figures)
    lines += peer_rows(figures)
    lines += ["", "| Target | Goal | Measured | Met |", "| --- | --- | --- | --- |"]
    for row in results["targets"]:
        met = {True: "yes", False: "**no**", None: "not measured"}[row["met"]]
        lines.append(f"| {row['name']} | {row['target']} | {_n(row['value'])} | {met} |")
    lines += _profile_rows(figures.get("profile", {}))
    return "\n".join(lines) + "\n"


def _profile_rows(profile: dict[str, Any]) -> list[str]:
    if not profile or "error" in profile:
        return []
    drain = profile["drain_under_profiler"]
    agents = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in profile["agent_time_s"].items())
    rows = [
        "",
        f"Worker profile (pyinstrument, main thread) while draining {drain['records']} articles at "
        f"{_n(drain['articles_per_s'])}/s under the profiler: {profile['duration_s']} s recorded, "
        f"{profile['cpu_time_s']} s CPU; time inside each agent: {agents}. Full report: profile.txt.",
        "",
        "| Self time spent in | Seconds | Share |",
        "| --- | --- | --- |",
    ]
    rows += [
        f"| {name} | {value['seconds']:.2f} | {value['share']:.1%} |"
        for name, value in profile["self_time_by_category"].items()
    ]
    return rows


def _extraction_rows(extraction: dict[str, Any], found: dict[str, Any]) -> list[str]:
    rows: list[str] = []
    if "error" not in found:
        weakest = sorted(found["recall_by_type"].items(), key=lambda item: item[1])[:4]
        rows.append(
            f"| extraction recall on the generated stories ({found['expected_events']} facts) | "
            f"{_n(found['recall'], 3)} | weakest: {', '.join(f'{k} {v:.2f}' for k, v in weakest)} | |"
        )
    if "error" not in extraction:
        rows.append(
            f"| extraction alone, articles/s per core | {_n(extraction.get('articles_per_s_per_core'))} | "
            f"{_n(extraction.get('baseline_articles_per_s'))} ({extraction.get('baseline', 'baseline')}) | "
            f"{_n(extraction.get('ratio_vs_baseline'), 3)} |"
        )
    return rows


def _sustained_rows(
    sustained: dict[str, Any] | None, ratios: dict[str, Any], extraction_rate: float | None, same: float | None
) -> list[str]:
    if not sustained:
        return []
    tried = ", ".join(
        f"{t['target_rate']:.0f}/s p99 {_n(t['p99_ms'])} ms{' (kept up)' if t['keeps_up'] else ''}"
        for t in sustained["trials"]
    )
    rate = sustained.get("articles_per_s")
    return [
        f"| end to end, max sustained (news-to-alert p99 <= 1 s), articles/s | {_n(rate)} | tried: {tried} | "
        f"{_n(ratios.get('sustained_vs_drain'), 3)} of the drain |",
        f"| end to end (sustained) vs extraction alone | {_n(rate)} | extraction {_n(extraction_rate)} | "
        f"{_n(ratios.get('sustained_vs_extraction_throughput'), 3)} |",
        f"| end to end (sustained) vs extraction of the same backlog | {_n(rate)} | extraction {_n(same)} | "
        f"{_n(ratios.get('sustained_vs_backlog_extraction_throughput'), 3)} |",
    ]


def _pipeline_rows(figures: dict[str, Any]) -> list[str]:
    pipeline, passthrough = figures.get("pipeline", {}), figures.get("passthrough", {})
    extraction_rate = figures.get("extraction", {}).get("articles_per_s_per_core")
    same_backlog = figures.get("backlog_extraction", {}).get("articles_per_s_per_core")
    ratios = figures.get("ratios", {})
    pt_rate = passthrough.get("drain", {}).get("articles_per_s")
    rows: list[str] = []
    if "error" not in pipeline:
        rate = pipeline.get("drain", {}).get("articles_per_s")
        rows += [
            f"| end to end, backlog drain, articles/s (1 worker, median of "
            f"{len(pipeline['drain_runs_articles_per_s'])}) | {_n(rate)} | passthrough {_n(pt_rate)} | "
            f"{_n(ratios.get('pipeline_vs_passthrough_throughput'), 3)} |",
            *_sustained_rows(pipeline.get("sustained"), ratios, extraction_rate, same_backlog),
            f"| end to end (drain) vs extraction alone | {_n(rate)} | extraction {_n(extraction_rate)} | "
            f"{_n(ratios.get('pipeline_vs_extraction_throughput'), 3)} |",
            f"| end to end per worker CPU-second vs extraction per core | {_n(pipeline.get('articles_per_cpu_s'))} | "
            f"extraction {_n(extraction_rate)} | {_n(ratios.get('pipeline_vs_extraction_per_cpu_second'), 3)} |",
            f"| end to end (drain) vs extraction alone on the same backlog (decode + extract + fan out, no Kafka) | "
            f"{_n(rate)} | extraction {_n(same_backlog)} | "
            f"{_n(ratios.get('pipeline_vs_backlog_extraction_throughput'), 3)} |",
            f"| end to end per worker CPU-second vs extraction of the same backlog | "
            f"{_n(pipeline.get('articles_per_cpu_s'))} | extraction {_n(same_backlog)} | "
            f"{_n(ratios.get('pipeline_vs_backlog_extraction_per_cpu_second'), 3)} |",
        ]
        for ours, theirs in zip(pipeline.get("latency", []), passthrough.get("latency", []), strict=False):
            rows.append(
                f"| news-to-alert @ {ours['target_rate']:.0f}/s p50 / p95 / p99 ms "
                f"({ours['samples']} alerts, worker CPU {ours['process_cpu_share']:.0%}, "
                f"load avg {ours['load_avg_1m']}) | "
                f"{_n(ours['p50_ms'])} / {_n(ours['p95_ms'])} / {_n(ours['p99_ms'])} | "
                f"passthrough {_n(theirs['p50_ms'])} / {_n(theirs['p95_ms'])} / {_n(theirs['p99_ms'])} | "
                f"p99 {_n(ratio_of(ours['p99_ms'], theirs['p99_ms']), 2)} |"
            )
        rows.append(
            f"| worker RSS after the backlog, MB | {_n(pipeline.get('rss_mb'))} | "
            f"passthrough {_n(passthrough.get('rss_mb'))} | |"
        )
    if not pipeline.get("latency"):
        rows += [
            f"| passthrough latency @ {level['target_rate']:.0f}/s p50 / p99 ms | "
            f"{_n(level['p50_ms'])} / {_n(level['p99_ms'])} | | |"
            for level in passthrough.get("latency", [])
        ]
    return rows


def peer_rows(figures: dict[str, Any]) -> list[str]:
    """The worker against the Quix Streams peer on the same backlog (``--peer`` runs only)."""
    peer = figures.get("peer")
    if not peer or "error" in peer:
        return []
    ours, theirs = peer["worker"], peer["peer"]
    extraction = figures.get("backlog_extraction", {}).get("articles_per_s_per_core")
    repeats = len(ours["runs_articles_per_cpu_s"])
    return [
        f"| worker articles per CPU-second, {peer['articles']:,}-article backlog (median of {repeats}; runs "
        f"{ours['runs_articles_per_cpu_s']} vs {theirs['runs_articles_per_cpu_s']}) | {_n(ours['articles_per_cpu_s'])} "
        f"| Quix Streams peer {_n(theirs['articles_per_cpu_s'])} | {_n(peer['worker_vs_peer_per_cpu_second'], 3)} |",
        f"| CPU per article, ms | worker {_n(peer['worker_cpu_ms_per_article'], 2)} | "
        f"peer {_n(peer['peer_cpu_ms_per_article'], 2)} | |",
        f"| drain, articles/s (load avg {ours['load_avg_1m']} / {theirs['load_avg_1m']}) | "
        f"{_n(ours['drain']['articles_per_s'])} | peer {_n(theirs['drain']['articles_per_s'])} | "
        f"{_n(peer['worker_vs_peer_throughput'], 3)} |",
        f"| changelog records for the backlog (as many events, updates and dead letters: "
        f"{'yes' if peer['same_events_updates_deadletters'] else '**no**'}) | {peer['worker_changelog_records']} | "
        f"peer {peer['peer_changelog_records']} | |",
        f"| alerts raised | {peer['worker_alerts']} | peer {peer['peer_alerts']} | |",
        f"| per CPU-second vs extraction alone on the same backlog (per core) | worker "
        f"{_n(ratio_of(ours['articles_per_cpu_s'], extraction), 3)} | peer "
        f"{_n(ratio_of(theirs['articles_per_cpu_s'], extraction), 3)} | extraction {_n(extraction)} |",
    ]


def _scale_rows(figures: dict[str, Any]) -> list[str]:
    rows: list[str] = []
    measured = [row for row in figures.get("table_scale", []) if "error" not in row]
    base = measured[0] if measured else None
    for row in figures.get("table_scale", []):
        if "error" in row:
            rows.append(f"| {row['companies']:,} companies | **failed**: {row['error']} | | |")
            continue
        rate, base_rate = row["drain"]["articles_per_s"], base["drain"]["articles_per_s"]
        rows += [
            f"| {row['companies']:,} companies: articles/s, RSS MB | {_n(rate)}, {_n(row['rss_mb'])} | "
            f"{base['companies']:,} companies: {_n(base_rate)} | {_n(ratio_of(rate, base_rate), 3)} |",
            f"| {row['companies']:,} companies: restart (local store) / recovery from changelog, s | "
            f"{_n(row['restart_ready_s'])} / {_n(row.get('recovery_from_changelog_s'))} | | |",
        ]
    return rows + scale_out_rows(figures)


def scale_out_rows(figures: dict[str, Any]) -> list[str]:
    """One against two workers per partition count, and the table's recovery time (:mod:`bench.scaleout`)."""
    rows: list[str] = []
    workers = figures.get("workers")
    if workers and "error" not in workers:
        for row in workers["by_partitions"]:
            one, two = row["one_worker"], row["two_workers"]
            table = f"{row['partitions']} partitions, {workers['companies']:,} companies"
            rows += [
                f"| {table}: 2 workers, articles/s (per CPU-second; load avg {two['load_avg_1m']}) | "
                f"{_n(two['articles_per_s'])} ({_n(two['articles_per_cpu_s'])}) | 1 worker {_n(one['articles_per_s'])} "
                f"({_n(one['articles_per_cpu_s'])}; load avg {one['load_avg_1m']}) | "
                f"{_n(row['two_vs_one_throughput'], 3)} ({_n(row['two_vs_one_per_cpu_second'], 3)} per CPU-second) |",
                f"| {table}: recovery of the whole table from the changelog, s | "
                f"{_n(row['recovery_from_changelog_s'])} | | |",
            ]
    return rows


def ratio_of(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator`` or None."""
    return None if not numerator or not denominator else numerator / denominator


def plot_latency(figures: dict[str, Any], path: Path) -> None:
    """Latency percentiles against offered load, pipeline and passthrough."""
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for name, style in (("pipeline", "-o"), ("passthrough", "--s")):
        levels = figures.get(name, {}).get("latency", []) if isinstance(figures.get(name), dict) else []
        if not levels:
            continue
        rates = [level["achieved_rate"] for level in levels]
        for pct in ("p50_ms", "p95_ms", "p99_ms"):
            ax.plot(rates, [level[pct] for level in levels], style, label=f"{name} {pct[:-3]}")
    ax.set_xlabel("offered load, articles/s")
    ax.set_ylabel("news-to-output latency, ms (log scale)")
    ax.set_yscale("log")
    ax.set_title("Latency vs load (one worker)")
    ax.grid(alpha=0.3)
    if ax.has_data():
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_table_scale(figures: dict[str, Any], path: Path) -> None:
    """Throughput and worker RSS against the number of companies in the table."""
    rows = [row for row in figures.get("table_scale", []) if "error" not in row and row["drain"]["articles_per_s"]]
    fig, ax = plt.subplots(figsize=(7, 4.2))
    if rows:
        sizes = [row["companies"] for row in rows]
        ax.plot(sizes, [row["drain"]["articles_per_s"] for row in rows], "-o", label="articles/s")
        ax.set_xscale("log")
        rss_ax = ax.twinx()
        rss_ax.plot(sizes, [row["rss_mb"] for row in rows], "--s", color="tab:red", label="worker RSS, MB")
        rss_ax.set_ylabel("worker RSS, MB")
        rss_ax.set_ylim(bottom=0)
        ax.set_ylim(bottom=0)
        handles = ax.get_lines() + rss_ax.get_lines()
        ax.legend(handles, [line.get_label() for line in handles], loc="lower right")
    ax.set_xlabel("companies in the table")
    ax.set_ylabel("articles/s")
    ax.set_title("Throughput vs table size")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
