"""Generated hostile messages for the news topic: bytes of every kind, field shapes, dates, Unicode, repetitions.

:func:`messages` yields ``(value, codec)`` pairs from one seeded :class:`random.Random`, so a failure
is reproducible from its index. The mix leans on small messages (fast enough for 10,000 in the
suite) with a few large ones up to the given size limit; the codec is what a producer would use to
send it (the in-process run ignores it, the broker slice sends each codec's share with it).

:func:`run_in_process` pushes messages through what the worker does per message (decode, validate,
extract, fan out, measure; then apply each update to a company state) and records each outcome.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from schemas import CompanyState
from streams.companies.rules import load_rules
from streams.companies.state import apply_update
from streams.config import Settings
from streams.generate.news import GeneratorConfig, generate
from streams.news.agents import process_news
from streams.runtime.decode import RejectedMessage, decode_company_update

CODECS = (None, "gzip", "snappy", "lz4", "zstd")
FACTS = [
    "Harvey acquired Runway for $300 million. ",
    "Meta rachète 49 % de Scale AI pour 14,3 milliards de dollars. ",
    "Google, Scale AI's biggest customer, plans to cut ties. ",
    "Glean named Maria Okafor as chief executive officer. ",
    "Cohere is now valued at $7.1 billion. ",
]
HOSTILE_UNITS = [
    "a", "$", "1,", "9", "$1", "Abc ", "la start-up Z1x ", "PDG de Meta, Jean Dupont, ", "acquires ", "\n", ". ",
    "49 % ", "l'entreprise ", "((((", "\\", "\u0130", "e\u0301", "\u202e", "\u200b", "\U0001f600", "\x00", "\ufeff",
    "Meta acquires Scale AI for $14.3 billion. ",
]  # fmt: skip
UNICODE_EDGES = [
    "\u0130stanbul", "ß", "ﬁ", "e\u0301\u0301\u0301", "\u202eevil", "\u200b\u200c\u200d", "\U0001f600\U0001f3fd",
    "\x00\x01\x1f", "\ufffd", "\ud800", "\udfff", "\U0001d510\U0001d522\U0001d531\U0001d51e",
    "\uff2d\uff45\uff54\uff41", "مرحبا", "中文新闻", "\u2028\u2029",
]  # fmt: skip
TIMES = [
    None, "", "  ", "2025-06-12 09:00", "2025-06-12T09:00:00Z", "2025-06-12T09:00:00+14:00",
    "2025-06-12T09:00:00-12:00",
    "9999-12-31T23:59:59Z", "9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+05:00", "1970-01-01T00:00:00Z",
    "1989-12-31T23:59:59Z", "1990-01-01T00:00:00Z", "2025-02-30T00:00:00Z", "yesterday", 0, -1, 1.5e9, 1e20, True,
    [], {}, "2025-06-12T25:61:00Z", "20250612", "2025-06-12T09:00:00.123456789Z",
]  # fmt: skip
FIELD_SHAPES: list[object] = [None, 0, -1, 1.5, True, [], {}, [1, "a"], {"a": {"b": []}}, "", "x" * 300]


def _text(rng: random.Random, size: int) -> str:
    unit = rng.choice(HOSTILE_UNITS + FACTS + UNICODE_EDGES)
    return unit * max(1, size // max(1, len(unit)))


def _size(rng: random.Random, limit: int) -> int:
    """Mostly small, sometimes large: 1 in 200 messages is up to ``limit``."""
    return rng.randint(limit // 4, limit) if rng.random() < 0.005 else rng.choice([1, 10, 100, 1_000, 5_000])


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def _item(rng: random.Random, stories: list[bytes], limit: int) -> dict[str, object]:
    """A news item object with some fields hostile."""
    base = json.loads(rng.choice(stories)) if rng.random() < 0.4 else {"id": f"c{rng.randrange(10**9)}"}
    if rng.random() < 0.6:
        base["body"] = _text(rng, _size(rng, limit))
    if rng.random() < 0.5:
        base["published_at"] = rng.choice(TIMES)
    if rng.random() < 0.3:
        base[rng.choice(["body", "title", "id", "url", "language", "source", "fetched_at"])] = rng.choice(FIELD_SHAPES)
    if rng.random() < 0.2:
        base["title"] = _text(rng, _size(rng, limit))
    if rng.random() < 0.2:
        base["body"] = "".join(rng.choice(UNICODE_EDGES + FACTS) for _ in range(rng.randint(1, 50)))
    return base


def _encode(rng: random.Random, obj: object) -> bytes:
    # json.dumps escapes lone surrogates as \ud800, which only some parsers accept: a hostile shape in itself.
    raw = json.dumps(obj, ensure_ascii=rng.random() < 0.8).encode("utf-8", "surrogatepass")
    if isinstance(obj, dict) and rng.random() < 0.2:  # a crawler's deeply nested metadata
        raw = raw[:-1] + b', "crawler": ' + _nested(rng.choice([10, 300, 1_000, 5_000])) + b"}"
    return b"\xef\xbb\xbf" + raw if rng.random() < 0.05 else raw


def _mutate(rng: random.Random, raw: bytes) -> bytes:
    """Truncate, flip bytes or splice garbage into otherwise valid JSON."""
    if not raw:
        return raw
    data = bytearray(raw)
    match rng.randrange(3):
        case 0:
            return bytes(data[: rng.randrange(len(data))])
        case 1:
            for _ in range(rng.randint(1, 5)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            return bytes(data)
        case _:
            at = rng.randrange(len(data))
            return bytes(data[:at]) + rng.randbytes(rng.randint(1, 20)) + bytes(data[at:])


def messages(count: int, *, seed: int = 0, limit: int = 1_000_000) -> Iterator[tuple[bytes, str | None]]:
    """``count`` hostile news messages with the codec to send each with; text fields up to ``limit`` chars."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    stories = [r.value for r in generate(GeneratorConfig(count=200, seed=seed)) if r.kind != "invalid"]
    kinds: list[Callable[[], bytes]] = [
        lambda: rng.randbytes(rng.choice([0, 1, 10, 1_000])),
        lambda: _encode(rng, _item(rng, stories, limit)),
        lambda: _encode(rng, _item(rng, stories, limit)),
        lambda: _encode(rng, _item(rng, stories, limit)),
        lambda: _mutate(rng, _encode(rng, _item(rng, stories, limit))),
        lambda: _encode(rng, rng.choice([[], 0, "news", None, True])),
        lambda: _nested(rng.choice([5, 300, 5_000])),
        lambda: rng.choice(stories),
        lambda: rng.choice(stories).decode().encode("utf-16"),
    ]
    for _ in range(count):
        yield rng.choice(kinds)(), rng.choice(CODECS)


@dataclass
class Outcomes:
    """What became of each message: counts by outcome, the slowest item and the largest record let out."""

    counts: Counter[str] = field(default_factory=Counter)
    max_seconds: float = 0.0
    slowest: int = -1
    largest_record: int = 0
    updates_applied: int = 0

    @property
    def total(self) -> int:
        """Messages seen."""
        return sum(self.counts.values())


def run_in_process(stream: Iterator[tuple[bytes, str | None]], settings: Settings) -> Outcomes:
    """Process every message as the worker would; a failure other than a rejection propagates (that is a bug)."""
    outcomes = Outcomes()
    rules, now = load_rules(), datetime.now(UTC)
    states: dict[str, CompanyState] = {}
    for index, (raw, _) in enumerate(stream):
        started = time.perf_counter()
        try:
            output = process_news(raw, settings)
        except RejectedMessage as rejection:
            outcomes.counts[f"rejected {rejection.stage} {rejection.error_type}"] += 1
        else:
            outcomes.counts["processed"] += 1
            for _, value in output.events + output.updates:
                outcomes.largest_record = max(outcomes.largest_record, len(value))
            for _, value in output.updates:
                update = decode_company_update(value)
                states[update.company.id], _ = apply_update(states.get(update.company.id), update, rules, now=now)
                outcomes.updates_applied += 1
        elapsed = time.perf_counter() - started
        if elapsed > outcomes.max_seconds:
            outcomes.max_seconds, outcomes.slowest = elapsed, index
    return outcomes
