"""Organisation recognition measured on a small hand-labelled set (our own sentences, EN and FR).

Each line of ``tests/fixtures/extraction/companies_recognition.jsonl`` gives a sentence and the
organisation spans a reader would mark, with their kind (``company`` or ``public_body``), plus the
parties described without a name (``unnamed``). Openers, pronouns, places, people, regulators and
datelines are left unlabelled on purpose, so reading them as organisations costs precision.
Spans compare without legal suffix ("Drexel Pharma Inc." == "Drexel Pharma").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.knowledge_base import KnowledgeBase, load_knowledge_base
from streams.extraction.mentions import find_companies, find_unnamed
from streams.extraction.text import fold_case, normalise

FIXTURE = Path(__file__).parents[1] / "fixtures/extraction/companies_recognition.jsonl"

# Floors: what the recogniser reached on this set when they were set, rounded down.
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.93
UNNAMED_RECALL_FLOOR = 1.0


@dataclass
class Counts:
    """True positives, predictions and gold spans, with the misses and false alarms for the message."""

    hits: int = 0
    predicted: int = 0
    gold: int = 0
    wrong: list[tuple[str, str, str]] | None = None
    missed: list[tuple[str, str, str]] | None = None


def _lines() -> list[dict]:
    with FIXTURE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _score(kb: KnowledgeBase) -> tuple[Counts, Counts]:
    orgs, unnamed = Counts(wrong=[], missed=[]), Counts(wrong=[], missed=[])
    for line in _lines():
        text = normalise(line["text"])
        found = {(kb.strip_suffix(text[m.start : m.end]), m.kind) for m in find_companies(text, fold_case(text), kb)}
        gold = {(kb.strip_suffix(span), kind) for span, kind in line["orgs"]}
        found_unnamed = {text[m.start : m.end] for m in find_unnamed(text, fold_case(text))}
        gold_unnamed = set(line.get("unnamed", ()))
        for counts, got, want in ((orgs, found, gold), (unnamed, found_unnamed, gold_unnamed)):
            counts.hits += len(got & want)
            counts.predicted += len(got)
            counts.gold += len(want)
            counts.wrong += [
                (line["id"], *item) if isinstance(item, tuple) else (line["id"], item, "") for item in got - want
            ]
            counts.missed += [
                (line["id"], *item) if isinstance(item, tuple) else (line["id"], item, "") for item in want - got
            ]
    return orgs, unnamed


@pytest.fixture(scope="module")
def scores() -> tuple[Counts, Counts]:
    return _score(load_knowledge_base())


def test_the_set_covers_both_languages_and_negatives():
    lines = _lines()
    assert len(lines) >= 60
    assert sum(line["id"].startswith("fr-") for line in lines) >= 20
    assert sum(not line["orgs"] for line in lines) >= 10
    assert sum(kind == "public_body" for line in lines for _, kind in line["orgs"]) >= 15


def test_organisation_precision(scores):
    orgs, _ = scores
    assert orgs.hits / orgs.predicted >= PRECISION_FLOOR, orgs.wrong


def test_organisation_recall(scores):
    orgs, _ = scores
    assert orgs.hits / orgs.gold >= RECALL_FLOOR, orgs.missed


def test_unnamed_parties(scores):
    _, unnamed = scores
    assert unnamed.hits / unnamed.gold >= UNNAMED_RECALL_FLOOR, unnamed.missed
    assert unnamed.hits == unnamed.predicted, unnamed.wrong


@pytest.mark.parametrize(
    ("body", "customer", "vendor"),
    [
        (
            "The Ministry of Health cancelled its contract with Quellix Diagnostics.",
            "pb-ministry-of-health",
            "quellix-diagnostics",
        ),
        ("Le ministère des Armées a résilié son contrat avec Aérolis.", "pb-ministere-des-armees", "aerolis"),
    ],
)
def test_public_body_customer_reaches_the_event(body: str, customer: str, vendor: str):
    """A public body that ends a contract is the customer of the event, typed as such."""
    extraction = extract(NewsItem(url="https://example.com/pb", source="test", title="", body=body))
    [event] = extraction.events
    assert event.type == "customer_end"
    assert (event.subject.id, event.subject.kind) == (customer, "public_body")
    assert (event.object.id, event.object.kind) == (vendor, "company")


def test_named_parties_are_never_unnamed():
    """``find_companies`` gives companies and public bodies; descriptions come from ``find_unnamed`` only."""
    text = "Acme said a major customer, Orvane, and a large US retailer cut orders; the Home Office did too."
    kinds = {m.kind for m in find_companies(text, fold_case(text), load_knowledge_base())}
    assert kinds == {"company", "public_body"}
    assert [text[m.start : m.end] for m in find_unnamed(text, fold_case(text))] == ["large US retailer"]
