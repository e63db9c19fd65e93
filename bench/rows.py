"""``python -m bench.rows``: how big a busy company's row gets, and what applying an update costs, without a broker.

``bench.steady`` measures row sizes through a real worker and broker, which takes an hour for 20,000
articles on this machine. The row a company's update writes depends only on the pure functions the
worker runs, so this bench feeds the same Zipf-skewed generated feed (:func:`bench.steady.chunks`)
through them in process, one thread: :func:`streams.news.agents.process_news` (decode, extract, fan
out, serialise the updates), then per update what the ``apply`` agent does with a parsed state in its
cache (:mod:`streams.companies.state_cache`): decode the update, :func:`~streams.companies.state.apply_update`,
:func:`~streams.companies.state.state_row`, and Faust's JSON encoding of the row (the bytes the changelog
carries). After each chunk it reports:

* the stored rows: p50 / p99 / max bytes of the latest row per company, and changelog bytes per article;
* ``apply`` CPU per article (the cached path: the worker's normal case), and per update the CPU to read
  a stored row back (JSON decode and :func:`~streams.companies.state.read_state`: a cache miss, a restart);
* what the rows at or above p99 spend their bytes on, by top-level field;
* with ``--memory``, what the states parsed back from every row take in memory (``tracemalloc``, with the
  stored encodings a write keeps), against the state cache's estimate of it (:func:`state_memory`).

The first chunk is the baseline for the last (same run, same feed). The alerts raised are counted by
type, the distinct alert ids hashed, and the alerts raised again (same id, a replay judged anew)
counted: a change to the row layout that keeps every alert decision's inputs gives the same digest
for the same feed.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from faust.utils import json as faust_json
from mode.utils.compat import want_bytes

from bench.plan import FULL
from bench.stats import percentile, ratio
from bench.steady import P99_ROW_BYTES, chunks
from schemas.state import CompanyState, CompanyUpdate
from streams.companies.rules import AlertRules, load_rules
from streams.companies.state import apply_update, read_state, state_row
from streams.companies.state_cache import footprint
from streams.config import Settings
from streams.logs import configure_logging
from streams.news.agents import process_news
from streams.runtime.decode import RejectedMessage, decode_company_update


def row_bytes(state: CompanyState) -> bytes:
    """The changelog record value of ``state``: its row as Faust serialises a table value."""
    return want_bytes(faust_json.dumps(state_row(state)))  # orjson's bytes when installed (it is), else str


@dataclass
class Feed:
    """The companies' states as the apply agent keeps them, and what the current chunk wrote."""

    rules: AlertRules
    states: dict[str, CompanyState] = field(default_factory=dict)
    rows: dict[str, bytes] = field(default_factory=dict)
    alerts: Counter[str] = field(default_factory=Counter)
    alert_ids: list[str] = field(default_factory=list)

    def apply(self, updates: list[bytes]) -> tuple[float, list[bytes]]:
        """Apply ``updates`` in order; return the CPU seconds it took and the rows written."""
        written: list[bytes] = []
        now = datetime(2026, 1, 1, tzinfo=UTC)
        cpu = time.thread_time()
        for raw in updates:
            update: CompanyUpdate = decode_company_update(raw)
            key = update.company.id
            state, alerts = apply_update(self.states.get(key), update, self.rules, now=now)
            row = row_bytes(state)
            self.states[key] = state
            self.rows[key] = row
            written.append(row)
            self.alerts.update(alert.type for alert in alerts)
            self.alert_ids.extend(alert.alert_id for alert in alerts)
        return time.thread_time() - cpu, written


def read_back_cpu(rows: list[bytes]) -> float:
    """CPU seconds to read ``rows`` back into states, as the apply agent does on a cache miss."""
    cpu = time.thread_time()
    for row in rows:
        read_state(json.loads(row))
    return time.thread_time() - cpu


def state_memory(rows: list[bytes]) -> dict[str, float]:
    """The memory of ``rows`` parsed back and written once (as the state cache holds them), and its estimate.

    ``estimate_vs_memory`` near 1 whatever the fill says :func:`~streams.companies.state_cache.footprint` charges
    the cache what its states take; a trend with the articles would mean the estimate misses what grows.
    """
    gc.collect()
    tracemalloc.start()
    states = [read_state(json.loads(row)) for row in rows]
    for state in states:
        state_row(state)  # keeps each fact's stored encoding, as a write does
    gc.collect()
    memory = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    estimate = sum(map(footprint, states))
    return {
        "states_mb": round(memory / 2**20, 2),
        "bytes_per_row_byte": round(memory / max(sum(map(len, rows)), 1), 2),
        "estimate_vs_memory": round(estimate / max(memory, 1), 3),
    }


def field_shares(rows: list[bytes]) -> dict[str, float]:
    """Share of the bytes of ``rows`` each top-level field takes (its key and value, compact JSON)."""
    totals: Counter[str] = Counter()
    for row in rows:
        for name, value in json.loads(row).items():
            totals[name] += len(json.dumps({name: value}, separators=(",", ":"))) - 2
    whole = sum(totals.values()) or 1
    return {name: round(size / whole, 3) for name, size in totals.most_common()}


def measure(articles: int, chunk: int, seed: int, *, memory: bool = False) -> dict[str, Any]:
    """Feed ``articles`` in chunks of ``chunk``; the figures after each chunk and the alerts in all."""
    settings = Settings()
    feed = Feed(rules=load_rules())
    points: list[dict[str, Any]] = []
    done = 0
    for batch in chunks(FULL, articles, chunk, seed):
        extract_cpu = time.thread_time()
        updates: list[bytes] = []
        for _, raw in batch:
            try:
                updates += [value for _, value in process_news(raw, settings).updates]
            except RejectedMessage:
                continue  # a dead letter: the worker sends it on, no company update
        extract_cpu = time.thread_time() - extract_cpu
        apply_cpu, written = feed.apply(updates)
        done += len(batch)
        sizes = [len(row) for row in feed.rows.values()]
        points.append(
            {
                "articles_done": done,
                "updates": len(updates),
                "extract_ms_per_article": round(extract_cpu * 1000 / len(batch), 3),
                "apply_ms_per_article": round(apply_cpu * 1000 / len(batch), 3),
                "apply_ms_per_update": round(apply_cpu * 1000 / max(len(updates), 1), 3),
                "read_back_ms_per_update": round(read_back_cpu(written) * 1000 / max(len(written), 1), 3),
                "rows": len(sizes),
                "row_p50_bytes": percentile(sizes, 50),
                "row_p99_bytes": percentile(sizes, 99),
                "row_max_bytes": max(sizes, default=None),
                "changelog_bytes_per_article": round(sum(map(len, written)) / len(batch), 1),
            }
        )
        if memory:
            points[-1]["state_memory"] = state_memory(list(feed.rows.values()))
        print(json.dumps(points[-1]), flush=True)
    p99 = percentile([len(row) for row in feed.rows.values()], 99) or 0
    return {
        "articles": articles,
        "chunk": chunk,
        "seed": seed,
        "points": points,
        "start_vs_end": _start_vs_end(points),
        "p99_row_target_met": p99 <= P99_ROW_BYTES,
        "fields_of_rows_at_or_above_p99": field_shares([row for row in feed.rows.values() if len(row) >= p99]),
        "largest_rows": sorted(((len(row), key) for key, row in feed.rows.items()), reverse=True)[:5],
        "alerts": dict(sorted(feed.alerts.items())),
        "alerts_repeated": len(feed.alert_ids) - len(set(feed.alert_ids)),
        "alert_ids_sha256": hashlib.sha256("\n".join(sorted(set(feed.alert_ids))).encode()).hexdigest()[:16],
    }


def _start_vs_end(points: list[dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    start, end = points[0], points[-1]
    keys = ("apply_ms_per_article", "read_back_ms_per_update", "row_p50_bytes", "row_p99_bytes", "row_max_bytes",
            "changelog_bytes_per_article")  # fmt: skip
    return {key: {"start": start[key], "end": end[key], "end_vs_start": ratio(end[key], start[key])} for key in keys}


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the feed, print each chunk's figures and then the summary as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.rows", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000, help="Articles fed in all (default 20,000).")
    parser.add_argument("--chunk", type=int, default=2_000, help="Articles per chunk (default 2,000).")
    parser.add_argument("--seed", type=int, default=1, help="Feed seed (default 1, as bench.steady).")
    parser.add_argument(
        "--memory", action="store_true", help="Also measure the parsed states' memory against the cache's estimate."
    )
    args = parser.parse_args(argv)
    configure_logging("WARNING")
    results = measure(args.articles, args.chunk, args.seed, memory=args.memory)
    print(json.dumps({key: value for key, value in results.items() if key != "points"}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
