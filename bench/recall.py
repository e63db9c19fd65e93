"""How much of what the generator wrote the extractor finds: recall by event type and language.

The generator records the facts it puts in each story (:class:`streams.generate.ExpectedEvent`);
a fact counts as found when the extraction has an event of the same type whose subject has the
same name. Customer events are compared by the relationship status they lead to
(:func:`streams.companies.status.relationship_status`): the extractor types a planned end ("is
seeking to cut ties") as a ``customer_end`` with modality ``plan``, which puts the relationship
at risk exactly as a ``customer_at_risk`` would.

This keeps the feed honest: a throughput figure on articles the extractor cannot read would
flatter the pipeline.
"""

from __future__ import annotations

from collections import Counter

from schemas import DealEvent, NewsItem
from streams.companies.status import relationship_status
from streams.extraction import extract
from streams.generate import GeneratorConfig, generate

_EXPECTED_MEANING = {
    "customer_start": "customer:start",
    "customer_continue": "customer:active",
    "customer_at_risk": "customer:at_risk",
    "customer_end": "customer:ended",
}


def _meaning(event: DealEvent) -> str:
    if event.type.startswith("customer_"):
        return f"customer:{relationship_status(event)}"
    return event.type


def measure(count: int, seed: int) -> dict[str, object]:
    """Extract ``count`` generated stories and compare with what the generator wrote."""
    expected: Counter[str] = Counter()
    found: Counter[str] = Counter()
    extracted = 0
    stories = 0
    for record in generate(GeneratorConfig(count=count, seed=seed, invalid=0, duplicates=0)):
        extraction = extract(NewsItem.model_validate_json(record.value))
        stories += 1
        extracted += len(extraction.events)
        seen = {(_meaning(e), e.subject.name.casefold()) for e in extraction.events if e.subject is not None}
        for event in record.events:
            key = f"{event.type}/{record.language}"
            expected[key] += 1
            found[key] += (_EXPECTED_MEANING.get(event.type, event.type), event.subject.casefold()) in seen
    total = sum(expected.values())
    return {
        "stories": stories,
        "expected_events": total,
        "recall": round(sum(found.values()) / total, 3) if total else None,
        "events_extracted_per_story": round(extracted / stories, 2) if stories else None,
        "events_expected_per_story": round(total / stories, 2) if stories else None,
        "recall_by_type": {key: round(found[key] / expected[key], 3) for key in sorted(expected)},
    }
