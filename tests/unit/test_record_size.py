"""Bounded output: evidence per event is capped, and no record the worker sends is over its limit."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from schemas import AlertEvidence, CompanyRef, CompanyState, DealEvent, Evidence, NewsItem, Relationship
from streams.companies.fanout import fan_out
from streams.companies.rules import load_rules
from streams.companies.state import MAX_RELATIONSHIP_EVIDENCE, apply_update
from streams.config import Settings
from streams.extraction import extract
from streams.extraction.text import MAX_EVIDENCE_SPANS, MAX_SENTENCE_CHARS, MAX_TITLE_BYTES
from streams.news.agents import process_news
from streams.runtime.decode import RejectedMessage
from streams.runtime.record_size import check_state, fit

FACT = "Harvey acquired Runway for $300 million. "


def test_repetitive_megabyte_body_gives_bounded_evidence() -> None:
    """One fact sentence repeated over 1 MB is one event with at most MAX_EVIDENCE_SPANS sentences."""
    body = FACT * (1_000_000 // len(FACT))
    events = extract(NewsItem(id="repeat", body=body)).events
    assert [(e.type, e.subject.id, e.object.id) for e in events] == [("acquisition", "harvey", "runway")]
    assert len(events[0].evidence) == MAX_EVIDENCE_SPANS
    assert [e.start for e in events[0].evidence] == [i * len(FACT) for i in range(MAX_EVIDENCE_SPANS)]
    assert len(events[0].model_dump_json()) <= MAX_EVIDENCE_SPANS * (MAX_SENTENCE_CHARS + 100) + 2_000


def test_long_title_is_cut_and_flagged() -> None:
    """A title over MAX_TITLE_BYTES is cut like an oversized body; facts in the kept part are read."""
    item = NewsItem(id="title", title=FACT * (2 * MAX_TITLE_BYTES // len(FACT)), body="Nothing here.")
    result = extract(item)
    assert result.truncated is True
    assert [e.type for e in result.events] == ["acquisition"]
    assert max(e.end for e in result.events[0].evidence) <= MAX_TITLE_BYTES


def _event(evidence_chars: int, sentences: int) -> DealEvent:
    event = extract(NewsItem(id="one", body=FACT)).events[0]
    text = "x" * evidence_chars
    return event.model_copy(update={"evidence": tuple(Evidence(text=text, start=0, end=1) for _ in range(sentences))})


class TestFit:
    """Records over the limit lose evidence first, then their input is rejected with the reason."""

    def test_record_within_the_limit_is_unchanged(self) -> None:
        event = _event(100, 3)
        fitted, value = fit(event, 10_000, stage="extract", name="event")
        assert fitted == event and value == event.model_dump_json().encode()

    @pytest.mark.parametrize(("limit", "kept"), [(16_000, 1), (12_000, 0)])
    def test_evidence_is_trimmed_to_fit(self, limit: int, kept: int) -> None:
        """First to the first sentence, then to none; the event id stays."""
        event = _event(5_000 if kept else 15_000, 4)
        fitted, value = fit(event, limit, stage="extract", name="event")
        assert len(value) <= limit and len(fitted.evidence) == kept and fitted.event_id == event.event_id

    def test_still_too_large_is_rejected_with_the_reason(self) -> None:
        event = _event(10, 1).model_copy(update={"person": "p" * 20_000})
        with pytest.raises(RejectedMessage) as rejected:
            fit(event, 15_000, stage="extract", name="event ev-1")
        assert rejected.value.error_type == "RecordTooLarge" and "event ev-1" in rejected.value.error


def test_no_record_of_process_news_exceeds_the_limit() -> None:
    """With a small record limit, a long article's records all fit (evidence trimmed) or the item is rejected."""
    settings = Settings(max_record_bytes=10_000)
    sentence = "Harvey acquired Runway for $300 million, " + "and the market " * 90 + "took note. "
    raw = json.dumps({"id": "long", "body": sentence * 30}).encode()
    output = process_news(raw, settings)
    assert output.events and output.updates
    assert all(len(value) <= settings.max_record_bytes for _, value in output.events + output.updates)
    assert len(json.loads(output.events[0][1])["evidence"]) < MAX_EVIDENCE_SPANS


class TestStateSize:
    """A company state that would not fit its changelog record rejects the update that grows it."""

    @staticmethod
    def _state(customers: int, evidence_chars: int) -> CompanyState:
        evidence = tuple(AlertEvidence(text="e" * evidence_chars, item_id="i") for _ in range(3))
        relationships = tuple(
            Relationship(company=CompanyRef(id=f"c{i:05}", name=f"C{i}"), status="active", evidence=evidence,
                         event_id=f"e{i}")
            for i in range(customers)
        )  # fmt: skip
        return CompanyState(company=CompanyRef(id="big", name="Big"), customers=relationships)

    def test_small_state_passes(self) -> None:
        check_state(self._state(10, 1_000), 1_000_000)

    def test_state_over_the_limit_is_rejected(self) -> None:
        with pytest.raises(RejectedMessage) as rejected:
            check_state(self._state(300, 1_500), 1_000_000)
        assert (rejected.value.stage, rejected.value.error_type) == ("apply", "StateTooLarge")
        assert "'big'" in rejected.value.error

    def test_many_small_entries_are_measured_not_refused(self) -> None:
        """Past the count where measuring starts, a state still under the limit passes."""
        check_state(self._state(200, 10), 1_000_000)


def test_relationship_keeps_three_evidence_sentences() -> None:
    """A customer report with 20 evidence sentences keeps 3 in the vendor's state."""
    body = "Google, Scale AI's biggest customer, plans to cut ties with Scale AI. " * 30
    event = extract(NewsItem(id="rel", body=body)).events[0]
    assert len(event.evidence) == MAX_EVIDENCE_SPANS
    state, _ = apply_update(None, fan_out(event)[-1], load_rules(), now=datetime(2026, 1, 1, tzinfo=UTC))
    assert [len(r.evidence) for r in state.customers] == [MAX_RELATIONSHIP_EVIDENCE["customers"]]
