"""A deterministic synthetic news feed for benchmarks, demos and tests.

The same :class:`GeneratorConfig` always gives the same records, byte for byte: everything is
drawn from one seeded :class:`random.Random`, timestamps start from a fixed date, and JSON is
written with a fixed field order. Proportions (languages, event types, duplicates, invalid
records) are apportioned exactly rather than drawn per item, so even a small run respects them.

Each record also carries what the generator meant to say (:class:`ExpectedEvent`), which benches
and tests use as ground truth; the JSON that goes on the wire holds only :class:`schemas.NewsItem`
fields.
"""

from __future__ import annotations

import itertools
import json
import random
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Final, Literal

from schemas.events import EVENT_TYPES
from schemas.news import derive_item_id
from streams.generate import templates
from streams.generate.mix import apportion
from streams.generate.money import draw_amount, money_en, money_fr, percent_en, percent_fr

EVENT_KINDS: Final[tuple[str, ...]] = (*EVENT_TYPES, "none")
"""What a story is mainly about: one of the deal event types, or ``none`` (no deal at all)."""

LANGUAGES: Final[tuple[str, ...]] = ("en", "fr")

DEFAULT_EVENT_MIX: Final[Mapping[str, float]] = {
    "acquisition": 3,
    "stake": 2,
    "investment": 2,
    "valuation": 1,
    "revenue": 2,
    "customer_start": 1,
    "customer_continue": 1,
    "customer_at_risk": 1,
    "customer_end": 1,
    "leadership_change": 2,
    "partnership": 2,
    "none": 2,
}

INVALID_KINDS: Final[tuple[str, ...]] = (
    "not_json",
    "not_an_object",
    "missing_body",
    "empty_body",
    "body_not_text",
    "bad_language",
)
"""Ways a crawler can send something that is not a valid :class:`schemas.NewsItem`."""

_EPOCH: Final = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
_DETECT_LANGUAGE_SHARE: Final = 0.2  # share of valid stories sent with language=null
_SECONDARY_EVENT_SHARE: Final = 0.5
_MAX_MISSES: Final = 1000
_DUPLICATE_WINDOW: Final = 1000  # re-publications repeat recent stories; bounds memory on long feeds
_MIN_BODY: Final = 800  # the facts and two filler sentences fit
_MIN_SIZE_RANGE: Final = 200  # wide enough for some filler sentence to fit
_MAX_ZIPF: Final = 4.0  # beyond this nearly every mention is the top company

ZIPF_TOP10_30PCT: Final = 0.95
"""The ``company_zipf`` that gives the top 10 companies about 30 % of mentions (with 20 % unknown names)."""


@dataclass(frozen=True)
class GeneratorConfig:
    """What to generate.

    Args:
        count: number of records.
        seed: same seed, same bytes.
        lang_mix: relative weights of ``en`` and ``fr`` among new stories.
        event_mix: relative weights of :data:`EVENT_KINDS` among new stories.
        duplicates: share of records that repeat one of the last 1,000 stories (same title and body,
            re-published by another source under another URL, hence another item id).
        invalid: share of records that are not valid news items.
        unknown_companies: share of company mentions drawn from invented names outside the knowledge base.
        company_zipf: Zipf exponent of known-company mentions: 0 draws every knowledge-base company
            alike; ``s > 0`` gives the company of rank ``k`` (knowledge-base file order, which lists the
            largest groups first: Apple, Microsoft, ...) a weight ``1 / k**s``, as real feeds concentrate
            on a few names. With the default 20 % unknown names, ``0.95`` gives the top 10 companies
            about 30 % of all mentions (:data:`ZIPF_TOP10_30PCT`).
        min_bytes: smallest body, in UTF-8 bytes.
        max_bytes: largest body, in UTF-8 bytes.
    """

    count: int = 1000
    seed: int = 0
    lang_mix: Mapping[str, float] = field(default_factory=lambda: {"en": 0.5, "fr": 0.5})
    event_mix: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_EVENT_MIX))
    duplicates: float = 0.05
    invalid: float = 0.02
    unknown_companies: float = 0.2
    company_zipf: float = 0.0
    min_bytes: int = 1000
    max_bytes: int = 6000

    def __post_init__(self) -> None:
        if self.count < 0:
            raise ValueError("count must be >= 0")
        for name, share in (("duplicates", self.duplicates), ("invalid", self.invalid)):
            if not 0 <= share <= 1:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.duplicates + self.invalid > 1:
            raise ValueError("duplicates + invalid must not exceed 1")
        if not 0 <= self.unknown_companies <= 1:
            raise ValueError("unknown_companies must be between 0 and 1")
        if not 0 <= self.company_zipf <= _MAX_ZIPF:
            raise ValueError(f"company_zipf must be between 0 and {_MAX_ZIPF}")
        if self.min_bytes < _MIN_BODY or self.max_bytes < self.min_bytes + _MIN_SIZE_RANGE:
            raise ValueError(f"need min_bytes >= {_MIN_BODY} and max_bytes >= min_bytes + {_MIN_SIZE_RANGE}")
        if set(self.lang_mix) - set(LANGUAGES) or not any(self.lang_mix.values()):
            raise ValueError(f"lang_mix needs positive weights for {LANGUAGES} only")
        if set(self.event_mix) - set(EVENT_KINDS) or not any(self.event_mix.values()):
            raise ValueError(f"event_mix needs positive weights for {EVENT_KINDS} only")


@dataclass(frozen=True)
class ExpectedEvent:
    """A fact the generator wrote into a story: ``type``, ``subject`` and ``object`` names."""

    type: str
    subject: str
    object: str | None = None


@dataclass(frozen=True)
class GeneratedRecord:
    """One record of the feed: the Kafka key and value, and what the generator meant by it."""

    index: int
    kind: Literal["story", "duplicate", "invalid"]
    key: bytes
    value: bytes
    item_id: str | None = None
    language: str | None = None
    topic: str | None = None
    events: tuple[ExpectedEvent, ...] = ()
    duplicate_of: str | None = None
    invalid_kind: str | None = None


def load_company_names() -> list[str]:
    """Return the canonical names of the knowledge base's companies, in file order."""
    raw = resources.files("streams.extraction").joinpath("data/companies.json").read_text(encoding="utf-8")
    return [company["name"] for company in json.loads(raw)["companies"]]


def generate(config: GeneratorConfig) -> Iterator[GeneratedRecord]:
    """Yield ``config.count`` records, deterministically."""
    return _Generator(config).records()


def to_jsonl(records: Iterator[GeneratedRecord]) -> Iterator[bytes]:
    """Yield each record's value as one JSONL line (with its newline)."""
    for record in records:
        yield record.value + b"\n"


class _Generator:
    def __init__(self, config: GeneratorConfig) -> None:
        self.config = config
        self.rng = random.Random(config.seed)  # noqa: S311 - reproducible test data, not secrets
        self.known = load_company_names()
        # Cumulative Zipf weights by knowledge-base rank; None draws uniformly (and keeps older feeds' bytes).
        self.known_cum_weights = (
            list(itertools.accumulate(1 / rank**config.company_zipf for rank in range(1, len(self.known) + 1)))
            if config.company_zipf > 0
            else None
        )
        self.clock = _EPOCH
        self.stories: deque[GeneratedRecord] = deque(maxlen=_DUPLICATE_WINDOW)

    def records(self) -> Iterator[GeneratedRecord]:
        kinds = self._kinds()
        stories = kinds.count("story")
        languages = self._shuffled(apportion(stories, self.config.lang_mix))
        topics = self._shuffled(apportion(stories, self.config.event_mix))
        for index, kind in enumerate(kinds):
            self.clock += timedelta(seconds=self.rng.randint(20, 90))
            if kind == "invalid":
                yield self._invalid(index)
            elif kind == "duplicate":
                yield self._duplicate(index)
            else:
                record = self._story(index, languages.pop(), topics.pop())
                self.stories.append(record)
                yield record

    def _kinds(self) -> list[str]:
        count = self.config.count
        invalid = round(count * self.config.invalid)
        duplicates = min(round(count * self.config.duplicates), max(count - invalid - 1, 0))
        kinds = ["invalid"] * invalid + ["duplicate"] * duplicates + ["story"] * (count - invalid - duplicates)
        self.rng.shuffle(kinds)
        if "story" in kinds and "duplicate" in kinds:
            # A duplicate repeats an earlier story, so the first of the two kinds must be a story.
            first_story, first_duplicate = kinds.index("story"), kinds.index("duplicate")
            if first_duplicate < first_story:
                kinds[first_duplicate], kinds[first_story] = "story", "duplicate"
        return kinds

    def _shuffled(self, counts: Mapping[str, int]) -> list[str]:
        items = [name for name, n in counts.items() for _ in range(n)]
        self.rng.shuffle(items)
        return items

    def _company(self) -> str:
        if self.rng.random() < self.config.unknown_companies:
            first, second, suffix = templates.UNKNOWN_NAME_PARTS
            return f"{self.rng.choice(first)}{self.rng.choice(second)} {self.rng.choice(suffix)}"
        if self.known_cum_weights is not None:
            return self.rng.choices(self.known, cum_weights=self.known_cum_weights)[0]
        return self.rng.choice(self.known)

    def _person(self) -> str:
        return f"{self.rng.choice(templates.FIRST_NAMES)} {self.rng.choice(templates.LAST_NAMES)}"

    def _story(self, index: int, language: str, topic: str) -> GeneratedRecord:
        rng = self.rng
        subject = self._company()
        obj = self._company()
        while obj == subject:
            obj = self._company()
        money = money_en if language == "en" else money_fr
        currency = rng.choice(("USD", "USD", "EUR", "GBP") if language == "en" else ("EUR", "EUR", "USD"))
        person = self._person()
        previous = self._person()
        while previous == person:
            previous = self._person()
        slots = {
            "a": subject,
            "b": obj,
            "amount": money(draw_amount(rng, 5e7, 3e10), currency),
            "val": money(draw_amount(rng, 5e8, 9e10), currency),
            "pct": (percent_en if language == "en" else percent_fr)(rng.choice((5, 10, 15, 20, 25, 30, 49, 51))),
            "year": str(rng.choice((2024, 2025, 2026))),
            "person": person,
            "prev": previous,
            "role": rng.choice(templates.ROLES[language]),
            "day": rng.choice(templates.WEEKDAYS[language]),
        }
        events: list[ExpectedEvent] = []
        lead: list[str] = []
        if topic != "none":
            lead.append(rng.choice(templates.EVENT_SENTENCES[topic][language]).format(**slots))
            two_sided = topic not in ("valuation", "revenue", "leadership_change")
            events.append(ExpectedEvent(topic, subject, obj if two_sided else None))
        secondary = self._secondary(topic, language, slots)
        if secondary:
            events.append(secondary[0])
        title = rng.choice(templates.HEADLINES[topic][language]).format(**slots)
        body = self._body(language, lead, [secondary[1]] if secondary else [], (subject, obj))
        source = rng.choice(templates.SOURCES[language])
        url = f"https://news.example.com/{language}/{self.clock:%Y/%m/%d}/story-{self.config.seed}-{index}"
        item_id = derive_item_id(url, title, body)
        declared = None if rng.random() < _DETECT_LANGUAGE_SHARE else language
        value = _dump(
            {
                "id": item_id,
                "url": url,
                "source": source,
                "title": title,
                "body": body,
                "language": declared,
                "published_at": self.clock.isoformat().replace("+00:00", "Z"),
            }
        )
        return GeneratedRecord(index, "story", item_id.encode(), value, item_id, language, topic, tuple(events))

    def _secondary(self, topic: str, language: str, slots: dict[str, str]) -> tuple[ExpectedEvent, str] | None:
        """A second fact some stories carry: a deal's valuation, a lost customer's vendor revenue."""
        if self.rng.random() >= _SECONDARY_EVENT_SHARE:
            return None
        if topic in ("acquisition", "stake", "investment"):
            kind = "valuation"
        elif topic in ("customer_end", "customer_at_risk"):
            kind = "revenue"
        else:
            return None
        about_object = {**slots, "a": slots["b"]}
        sentence = self.rng.choice(templates.EVENT_SENTENCES[kind][language]).format(**about_object)
        return ExpectedEvent(kind, slots["b"]), sentence

    def _body(self, language: str, lead: list[str], second: list[str], companies: tuple[str, str]) -> str:
        """Paragraphs of 2-4 sentences: the facts first, then filler until the target size."""
        rng = self.rng
        target = rng.randint(self.config.min_bytes, self.config.max_bytes)
        fillers = list(templates.FILLER_SENTENCES[language])
        rng.shuffle(fillers)

        def filler() -> str:
            if not fillers:
                fillers.extend(templates.FILLER_SENTENCES[language])
                rng.shuffle(fillers)
            mention = rng.choice((*companies, self._company()))
            return fillers.pop().format(a=mention, year=rng.choice(("2024", "2025", "2026")))

        paragraphs: list[list[str]] = [[*lead, filler()], [filler(), *second]]
        size = _size(paragraphs)
        misses = 0
        while misses < _MAX_MISSES:
            sentence = filler()
            grown = size + len(sentence.encode()) + 1
            if grown > self.config.max_bytes:
                if size >= self.config.min_bytes:
                    break
                misses += 1  # a shorter filler will fit: the range is at least 200 bytes wide
                continue
            if len(paragraphs[-1]) >= rng.randint(2, 4):
                paragraphs.append([])
                grown += 1
            paragraphs[-1].append(sentence)
            size = grown
            if size >= target:
                break
        return "\n\n".join(" ".join(p) for p in paragraphs if p)

    def _duplicate(self, index: int) -> GeneratedRecord:
        original = self.rng.choice(self.stories)
        fields = json.loads(original.value)
        language = original.language or "en"
        source = self.rng.choice([s for s in templates.SOURCES[language] if s != fields["source"]])
        url = f"https://wire.example.org/{language}/{self.clock:%Y/%m/%d}/syndicated-{self.config.seed}-{index}"
        item_id = derive_item_id(url, fields["title"], fields["body"])
        fields.update(id=item_id, url=url, source=source, published_at=self.clock.isoformat().replace("+00:00", "Z"))
        return GeneratedRecord(
            index,
            "duplicate",
            item_id.encode(),
            _dump(fields),
            item_id,
            original.language,
            original.topic,
            original.events,
            duplicate_of=original.item_id,
        )

    def _invalid(self, index: int) -> GeneratedRecord:
        kind = self.rng.choice(INVALID_KINDS)
        item_id = f"invalid-{self.config.seed}-{index}"
        base = {"id": item_id, "url": f"https://news.example.com/broken/{index}", "title": "Untitled"}
        value: bytes
        if kind == "not_json":
            value = _dump({**base, "body": "Truncated in transit"})[:-19]
        elif kind == "not_an_object":
            value = _dump([base["title"], base["url"]])
        elif kind == "missing_body":
            value = _dump(base)
        elif kind == "empty_body":
            value = _dump({**base, "body": ""})
        elif kind == "body_not_text":
            value = _dump({**base, "body": {"html": "<p>markup</p>"}})
        else:
            value = _dump({**base, "body": "Ein Artikel auf Deutsch.", "language": "de"})
        return GeneratedRecord(index, "invalid", item_id.encode(), value, invalid_kind=kind)


def _size(paragraphs: list[list[str]]) -> int:
    return len("\n\n".join(" ".join(p) for p in paragraphs).encode())


def _dump(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
