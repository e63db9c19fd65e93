"""Extraction recall on the synthetic feed, as a bench figure (see :mod:`streams.evaluation.generator_recall`)."""

from __future__ import annotations

from streams.evaluation.generator_recall import measure_recall


def measure(count: int, seed: int) -> dict[str, object]:
    """Extract ``count`` generated stories and compare with what the generator wrote."""
    counts = measure_recall(count, seed)
    total = sum(counts.expected.values())
    recall = counts.recall()
    return {
        "stories": counts.stories,
        "expected_events": total,
        "recall": round(recall, 3) if recall is not None else None,
        "events_extracted_per_story": round(counts.extracted / counts.stories, 2) if counts.stories else None,
        "events_expected_per_story": round(total / counts.stories, 2) if counts.stories else None,
        "recall_by_type": {key: round(counts.found[key] / counts.expected[key], 3) for key in sorted(counts.expected)},
    }
