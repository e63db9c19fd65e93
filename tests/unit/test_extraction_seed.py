"""Golden test: the seed article (Meta / Scale AI, French press) gives exactly the expected events."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemas import DealEvent, Extraction, NewsItem
from streams.extraction import extract

SEED_PATH = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "meta-scale-ai.fr.txt"
ENGLISH_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "extraction" / "meta-scale-ai.en.txt"


@pytest.fixture(scope="module")
def seed_item() -> NewsItem:
    return NewsItem(
        id="seed-meta-scale-ai",
        url="https://example.test/meta-scale-ai",
        body=SEED_PATH.read_text(encoding="utf-8"),
        published_at=datetime(2025, 6, 13, 8, 0, tzinfo=UTC),
    )


@pytest.fixture(scope="module")
def extraction(seed_item: NewsItem) -> Extraction:
    return extract(seed_item)


def _only(extraction: Extraction, event_type: str) -> DealEvent:
    matching = [event for event in extraction.events if event.type == event_type]
    assert len(matching) == 1, f"expected one {event_type}, got {matching}"
    return matching[0]


def _ids(event: DealEvent) -> tuple[str | None, str | None]:
    return (event.subject.id if event.subject else None, event.object.id if event.object else None)


class TestSeedExtraction:
    """The Meta / Scale AI seed story, end to end."""

    def test_language_is_detected_as_french(self, extraction):
        """The item has no language, so the stop-word detector decides: French."""
        assert extraction.language == "fr"
        assert extraction.truncated is False

    def test_exactly_the_expected_event_types(self, extraction):
        """Seven facts, each once, nothing from the competitor or Llama 4 sentences."""
        assert sorted(event.type for event in extraction.events) == sorted(
            [
                "stake",
                "valuation",
                "revenue",
                "revenue",
                "leadership_change",
                "customer_continue",
                "customer_end",
            ]
        )

    def test_stake_of_meta_in_scale_ai(self, extraction):
        """Meta buys 49 % of Scale AI for $14.3B, and the deal carries the $29B valuation."""
        stake = _only(extraction, "stake")
        assert _ids(stake) == ("meta", "scale-ai")
        assert stake.stake_pct == 49
        assert stake.amount is not None and stake.amount.value == pytest.approx(14.3e9)
        assert stake.amount.currency == "USD"
        assert stake.valuation is not None and stake.valuation.value == pytest.approx(29e9)
        assert stake.modality == "fact"

    def test_stake_evidence_merges_title_summary_and_body(self, extraction, seed_item):
        """The repeated title and summary add evidence to the one stake event, with exact offsets."""
        stake = _only(extraction, "stake")
        assert len(stake.evidence) >= 2
        text = seed_item.text
        for evidence in stake.evidence:
            assert len(text[evidence.start : evidence.end]) == len(evidence.text)
            assert "Scale AI" in evidence.text

    def test_valuation_of_scale_ai(self, extraction):
        """Every stated valuation also yields a valuation event on the valued company."""
        valuation = _only(extraction, "valuation")
        assert _ids(valuation) == ("scale-ai", None)
        assert valuation.valuation is not None and valuation.valuation.value == pytest.approx(29e9)
        assert valuation.valuation.currency == "USD"

    def test_revenue_2024_fact_and_2025_forecast(self, extraction):
        """~$870M in 2024 is a fact; more than $2B in 2025 is a forecast."""
        revenues = {event.period: event for event in extraction.events if event.type == "revenue"}
        assert set(revenues) == {"2024", "2025"}
        past, future = revenues["2024"], revenues["2025"]
        assert _ids(past) == ("scale-ai", None) and _ids(future) == ("scale-ai", None)
        assert past.amount is not None and past.amount.value == pytest.approx(870e6)
        assert past.amount.currency == "USD" and past.amount.qualifier in ("about", "exact")
        assert past.modality == "fact"
        assert future.amount is not None and future.amount.value == pytest.approx(2e9)
        assert future.amount.currency == "USD" and future.amount.qualifier == "more_than"
        assert future.modality == "forecast"

    def test_new_ceo_replaces_founder(self, extraction):
        """Jason Droege becomes CEO of Scale AI in place of Alexandr Wang."""
        change = _only(extraction, "leadership_change")
        assert _ids(change) == ("scale-ai", None)
        assert (change.role, change.person, change.previous_person) == ("CEO", "Jason Droege", "Alexandr Wang")

    def test_openai_stays_a_customer(self, extraction):
        """OpenAI (customer) keeps working with Scale AI (vendor)."""
        assert _ids(_only(extraction, "customer_continue")) == ("openai", "scale-ai")

    def test_google_moves_to_cut_ties(self, extraction):
        """Google, the largest customer at ~$200M a year, plans to leave Scale AI."""
        (event,) = [e for e in extraction.events if e.type in ("customer_end", "customer_at_risk")]
        assert _ids(event) == ("google", "scale-ai")
        assert event.amount is not None and event.amount.value == pytest.approx(200e6)
        assert event.amount.qualifier == "about" and event.amount.currency == "USD"
        assert event.major_customer is True
        assert event.modality in ("plan", "rumor")

    def test_no_event_from_competitor_or_product_sentences(self, extraction):
        """ "Concurrents comme OpenAI et Google" and "Llama 4" produce nothing; Meta gets no new CEO."""
        for event in extraction.events:
            assert not (event.type == "leadership_change" and _ids(event)[0] == "meta")
            for evidence in event.evidence:
                assert "Llama 4" not in evidence.text
                assert "concurrents comme" not in evidence.text

    def test_event_ids_do_not_depend_on_the_item(self, seed_item, extraction):
        """The same story fed under another id and url gives the same event ids."""
        copy = seed_item.model_copy(update={"id": "another-id", "url": None})
        assert [e.event_id for e in extract(copy).events] == [e.event_id for e in extraction.events]
        assert all(len(e.event_id) == 24 for e in extraction.events)

    def test_people_and_roles_are_entities(self, extraction):
        """People come with the roles and companies the article gives them."""
        people = {entity.name: entity for entity in extraction.entities if entity.type == "person"}
        assert set(people["Alexandr Wang"].roles) >= {"founder", "CEO"}
        assert people["Alexandr Wang"].company_id == "scale-ai"
        assert people["Sarah Friar"].roles == ("CFO",) and people["Sarah Friar"].company_id == "openai"
        companies = {entity.id for entity in extraction.entities if entity.type == "company"}
        assert companies == {"meta", "scale-ai", "openai", "google"}


@pytest.fixture(scope="module")
def english() -> Extraction:
    item = NewsItem(
        id="en-meta-scale-ai",
        body=ENGLISH_PATH.read_text(encoding="utf-8"),
        published_at=datetime(2025, 6, 13, 8, 0, tzinfo=UTC),
    )
    return extract(item)


class TestEnglishRetelling:
    """Our own English telling of the same story gives the same facts, with the same event ids."""

    def test_language_is_detected_as_english(self, english):
        """Without a language on the item, English prose is detected as English."""
        assert english.language == "en"

    def test_same_facts_as_the_french_seed(self, english, extraction):
        """Each fact of the French article is found in the English one, and nothing else."""

        def facts(result: Extraction) -> list[tuple]:
            return sorted(
                (e.type, *_ids(e), e.person, e.previous_person, e.period, e.stake_pct, e.modality)
                for e in result.events
            )

        assert facts(english) == facts(extraction)

    def test_same_fact_gets_the_same_event_id_across_languages(self, english, extraction):
        """Event ids hash normalised facts, so both languages give one id per fact."""
        assert {e.event_id for e in english.events} == {e.event_id for e in extraction.events}
