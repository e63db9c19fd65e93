"""The chaos run, in full: ``python -m bench.chaos [--count 100000] [--seed 2026] [--limit 1000000]``.

Run by hand (the suite runs a 10,000-message slice, tests/unit/test_chaos.py). Generates hostile
news messages (tests/support/chaos.py: bytes of every kind, field shapes, dates, Unicode edge cases,
regex-hostile repetitions up to ``--limit`` characters) and pushes each through what the worker does
per message (decode, validate, extract, fan out, measure each record, apply each update). Prints the
outcomes, the total time and the slowest item. A failure that is not a rejection stops the run with
its traceback: in the worker it would have been a crash.
"""

from __future__ import annotations

import argparse
import time

from streams.config import Settings
from streams.logs import configure_logging
from tests.support.chaos import messages, run_in_process


def main() -> None:
    """Run the chaos messages in-process and print what became of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--limit", type=int, default=1_000_000, help="largest hostile text field, in characters")
    args = parser.parse_args()
    configure_logging("ERROR")
    settings = Settings()
    started = time.perf_counter()
    outcomes = run_in_process(messages(args.count, seed=args.seed, limit=args.limit), settings)
    elapsed = time.perf_counter() - started
    print(f"{outcomes.total:,} messages in {elapsed:.1f} s ({outcomes.total / elapsed:,.0f}/s), seed {args.seed}")
    for outcome, count in outcomes.counts.most_common():
        print(f"{count:>9,}  {outcome}")
    print(f"slowest item: #{outcomes.slowest}, {outcomes.max_seconds:.3f} s")
    print(f"largest record let out: {outcomes.largest_record:,} bytes (limit {settings.max_record_bytes:,})")
    print(f"company updates applied: {outcomes.updates_applied:,}")


if __name__ == "__main__":
    main()
