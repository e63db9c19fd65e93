"""Our own EN/FR sample sentences, each with the exact events it must give (and nothing else)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from schemas import DealEvent, NewsItem
from schemas.events import EVENT_TYPES
from streams.extraction import extract

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "extraction"
SAMPLES = [
    json.loads(line)
    for path in sorted(SAMPLES_DIR.glob("samples*.jsonl"))  # samples.jsonl, then one file per family (samples-deals)
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _field(event: DealEvent, name: str) -> Any:
    money = event.amount or event.valuation
    readers = {
        "amount": lambda: event.amount.value if event.amount else None,
        "valuation": lambda: event.valuation.value if event.valuation else None,
        "currency": lambda: money.currency if money else None,
        "qualifier": lambda: event.amount.qualifier if event.amount else None,
        "effective_date": lambda: event.effective_date,
    }
    return readers[name]() if name in readers else getattr(event, name)


def _matches(event: DealEvent, expected: dict[str, Any]) -> bool:
    for name, raw in expected.items():
        got = _field(event, name)
        if name in {"subject", "object"}:
            got = got.id if got else None
        want = date.fromisoformat(raw) if name == "effective_date" and raw is not None else raw
        if isinstance(want, float) and got is not None:
            if got != pytest.approx(want):
                return False
        elif got != want:
            return False
    return True


def _key(event: dict[str, Any]) -> tuple:
    return (event["type"], event.get("subject"), event.get("object"))


def _order(key: tuple) -> tuple:
    """Sort keys whose parties may be None (an unnamed customer) next to named ones."""
    return tuple(part or "" for part in key)


class TestSampleSentences:
    """Every type of event, in English and French, from sentences written for these tests."""

    def test_the_sample_set_is_broad(self):
        """At least 40 samples, 20 of them French, covering every event type and some negatives."""
        assert len(SAMPLES) >= 40
        assert sum(sample["id"].startswith("fr-") for sample in SAMPLES) >= 20
        assert {event["type"] for sample in SAMPLES for event in sample["events"]} == set(EVENT_TYPES)
        assert sum(not sample["events"] for sample in SAMPLES) >= 4

    @pytest.mark.parametrize("sample", SAMPLES, ids=[sample["id"] for sample in SAMPLES])
    def test_sample_gives_exactly_its_events(self, sample):
        """The sentence yields the listed events, with the listed fields, and no other event."""
        item = NewsItem(id=sample["id"], body=sample["text"], published_at=sample.get("published_at"))
        extraction = extract(item)
        assert extraction.language == sample["id"][:2]
        got = sorted(
            (
                (event.type, event.subject.id if event.subject else None, event.object.id if event.object else None)
                for event in extraction.events
            ),
            key=_order,
        )
        assert got == sorted((_key(expected) for expected in sample["events"]), key=_order)
        for expected in sample["events"]:
            assert any(_matches(event, expected) for event in extraction.events), (expected, extraction.events)
