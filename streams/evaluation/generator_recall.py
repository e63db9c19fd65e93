"""How much of what the generator wrote the extractor finds: recall by event type and language.

The generator records the facts it puts in each story (:class:`streams.generate.ExpectedEvent`);
a fact counts as found when the extraction has an event of the same type whose subject has the
same name. Customer events are compared by the relationship status they lead to
(:func:`streams.companies.status.relationship_status`): the extractor types a planned end ("is
seeking to cut ties") as a ``customer_end`` with modality ``plan``, which puts the relationship
at risk exactly as a ``customer_at_risk`` would.

The bench reports these figures next to throughput (a throughput figure on articles the extractor
cannot read would flatter the pipeline), and a unit test keeps them above floors.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from schemas import DealEvent, NewsItem
from streams.companies.status import relationship_status
from streams.extraction import extract
from streams.generate.news import GeneratorConfig, generate

_EXPECTED_STATUS = {
    "customer_start": "start",
    "customer_continue": "active",
    "customer_at_risk": "at_risk",
    "customer_end": "ended",
}


def _meaning(event: DealEvent) -> str:
    return relationship_status(event) if event.type.startswith("customer_") else event.type


@dataclass
class RecallCounts:
    """Facts the generator wrote and the extractor found, keyed ``"<type>/<language>"``."""

    stories: int = 0
    extracted: int = 0
    expected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    acquisitions_in_stake_stories: int = 0

    def recall(self, event_type: str | None = None) -> float | None:
        """Share found, over one event type (all languages) or over everything; None when nothing was expected."""
        keys = [key for key in self.expected if event_type is None or key.split("/")[0] == event_type]
        total = sum(self.expected[key] for key in keys)
        return sum(self.found[key] for key in keys) / total if total else None


def measure_recall(count: int, seed: int) -> RecallCounts:
    """Extract ``count`` generated stories (no duplicates, no invalid records) and count what was found."""
    counts = RecallCounts()
    for record in generate(GeneratorConfig(count=count, seed=seed, invalid=0, duplicates=0)):
        extraction = extract(NewsItem.model_validate_json(record.value))
        counts.stories += 1
        counts.extracted += len(extraction.events)
        seen = {(_meaning(e), e.subject.name.casefold()) for e in extraction.events if e.subject is not None}
        for fact in record.events:
            key = f"{fact.type}/{record.language}"
            counts.expected[key] += 1
            counts.found[key] += (_EXPECTED_STATUS.get(fact.type, fact.type), fact.subject.casefold()) in seen
        if record.topic == "stake":
            counts.acquisitions_in_stake_stories += sum(e.type == "acquisition" for e in extraction.events)
    return counts
