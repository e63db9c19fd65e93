"""Regression guard: recall on a fixed-seed batch of generated stories, and no acquisition read from a stake."""

from __future__ import annotations

import pytest

from streams.evaluation.generator_recall import RecallCounts, measure_recall

STORIES = 200
SEED = 7
# Floors: what this batch reached when they were set, minus a small margin.
RECALL_FLOORS = {
    "acquisition": 0.95,
    "stake": 0.95,
    "investment": 0.95,
    "valuation": 0.95,
    "revenue": 0.95,
    "customer_start": 0.85,
    "customer_continue": 0.9,
    "customer_at_risk": 0.9,
    "customer_end": 0.8,
    "leadership_change": 0.95,
    "partnership": 0.9,
}


@pytest.fixture(scope="module")
def batch() -> RecallCounts:
    """What the extractor found of the facts in a fixed-seed batch."""
    return measure_recall(STORIES, SEED)


class TestGeneratedRecall:
    """Extraction keeps finding what the synthetic generator writes, without reading stakes as takeovers."""

    @pytest.mark.parametrize("event_type", sorted(RECALL_FLOORS))
    def test_recall_stays_above_its_floor(self, batch, event_type):
        """Each event type is found in at least its floor share of the stories that state it."""
        recall = batch.recall(event_type)
        assert recall is not None
        assert recall >= RECALL_FLOORS[event_type]

    def test_a_stake_story_gives_no_acquisition(self, batch):
        """ "has taken a 20% stake" or "buys into" is a stake, never also an acquisition."""
        assert batch.acquisitions_in_stake_stories == 0
