"""Extraction time against input size, up to the limits: ``python -m bench.bench_input_size [--quick]``.

Run by hand (not part of ``make bench``). For each hostile shape of input (one fact sentence
repeated, regex-hostile runs, plain prose) it times :func:`streams.news.agents.process_news` (decode,
validate, extract, fan out, size checks: what the worker does per item) on bodies from 10 KB up to
the body limit and on titles up to the message limit, and prints the time per KB and its ratio
against the smallest size. Linear extraction keeps that ratio near 1 (on a shared machine, within
noise); quadratic extraction doubles it with every doubling of the size. The largest event each
item gives is printed too, against the topic limit it must stay under.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

from streams.config import Settings
from streams.news.agents import process_news
from streams.runtime.decode import RejectedMessage

FACT = "Harvey acquired Runway for $300 million. "
SHAPES: dict[str, str] = {
    "repeated-fact": FACT,
    "repeated-deal-fr": "Meta rachète 49 % de Scale AI pour 14,3 milliards de dollars. ",
    "cue-run": "acquires ",
    "dollar-digits": "$1",
    "capitalised-words": "Abc ",
    "prose": "The quarter was quiet for most of the sector, analysts said on Tuesday. ",
    # session 22: shapes that were quadratic (a leadership slot asking each mention whether it is a surname, each
    # customer loss re-reading every sentence naming its pair, each sentence's subject rescanning the story)
    "repeated-leadership": "Korvia named Jane Roe as its new chief executive, succeeding Tom Baxter. "
    "Aug. 31 will be Roe's last day as CEO of Korvia, Korvia said. ",
    "repeated-customer-end": "Korvia ended its supply contract with Dorvane last week. ",
    "repeated-resiliation-fr": "Korvia a résilié son contrat avec Dorvane la semaine dernière. ",
}
BODY_SIZES = (10_000, 40_000, 160_000, 640_000, 1_000_000)
TITLE_SIZES = (10_000, 160_000, 1_000_000, 3_900_000)
QUICK_BODY_SIZES = (10_000, 80_000, 320_000)
QUICK_TITLE_SIZES = (10_000, 320_000)


def message(unit: str, size: int, field: Callable[[str], dict[str, str]]) -> bytes:
    """A news message whose ``field`` holds ``unit`` repeated to about ``size`` characters."""
    text = unit * max(1, size // len(unit))
    return json.dumps({"id": "size", "published_at": "2025-06-12T09:00:00Z", **field(text)}).encode()


def measure(raw: bytes, settings: Settings, repeats: int) -> tuple[float, int, str]:
    """Best time of ``repeats`` runs (s), the largest event record (bytes), and the outcome."""
    best, largest, outcome = float("inf"), 0, "processed"
    for _ in range(repeats):
        started = time.perf_counter()
        try:
            output = process_news(raw, settings)
            largest = max((len(value) for _, value in output.events), default=0)
        except RejectedMessage as rejection:
            outcome = f"rejected: {rejection.error_type}"
        best = min(best, time.perf_counter() - started)
    return best, largest, outcome


def run(sizes: tuple[int, ...], field_name: str, settings: Settings, repeats: int, shapes: list[str]) -> None:
    """Print one table per shape: size, time, time per KB and its ratio against the smallest size."""

    def field(text: str) -> dict[str, str]:
        return {"title": text, "body": FACT} if field_name == "title" else {"body": text}

    for shape in shapes:
        unit = SHAPES[shape]
        print(f"\n{field_name} = {shape!r} repeated")
        print(f"{'size':>10} {'seconds':>9} {'ms/KB':>7} {'ratio':>6} {'largest event':>14}  outcome")
        base: float | None = None
        for size in sizes:
            raw = message(unit, size, field)
            seconds, largest, outcome = measure(raw, settings, repeats)
            per_kb = seconds * 1000 / (len(raw) / 1000)
            base = base or per_kb
            print(f"{len(raw):>10,} {seconds:>9.3f} {per_kb:>7.3f} {per_kb / base:>6.2f} {largest:>14,}  {outcome}")


def main() -> None:
    """Run the size sweep for bodies and titles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run each")
    parser.add_argument("--shape", action="append", choices=list(SHAPES), help="only this shape (repeatable)")
    args = parser.parse_args()
    settings = Settings()
    repeats = 1 if args.quick else 2
    print(f"limits: body {settings.max_body_bytes:,} B, message {settings.max_message_bytes:,} B, "
          f"record {settings.max_record_bytes:,} B")  # fmt: skip
    process_news(message(FACT, 1_000, lambda text: {"body": text}), settings)  # load the knowledge base
    shapes = args.shape or list(SHAPES)
    run(QUICK_BODY_SIZES if args.quick else BODY_SIZES, "body", settings, repeats, shapes)
    run(QUICK_TITLE_SIZES if args.quick else TITLE_SIZES, "title", settings, repeats, shapes)


if __name__ == "__main__":
    main()
