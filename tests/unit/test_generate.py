"""The synthetic news generator: determinism, proportions, validity and the facts it writes."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from pydantic import ValidationError

from schemas import NewsItem
from streams.generate import EVENT_KINDS, ZIPF_TOP10_30PCT, GeneratorConfig, generate
from streams.generate.mix import apportion, parse_mix
from streams.generate.money import money_en, money_fr, percent_fr
from streams.generate.news import load_company_names


def _records(**overrides: object) -> list:
    return list(generate(GeneratorConfig(**{"count": 300, "seed": 7, **overrides})))


class TestDeterminism:
    """The same configuration gives the same bytes; another seed gives another feed."""

    def test_same_seed_gives_identical_bytes(self) -> None:
        """Two runs with one seed yield byte-identical keys and values."""
        first, second = _records(), _records()
        assert [(r.key, r.value) for r in first] == [(r.key, r.value) for r in second]

    def test_other_seed_gives_other_stories(self) -> None:
        """A different seed changes the stories."""
        assert [r.value for r in _records(seed=1)] != [r.value for r in _records(seed=2)]


class TestProportions:
    """Requested shares are respected exactly (to the nearest record)."""

    def test_invalid_and_duplicate_shares(self) -> None:
        """10 % invalid and 20 % duplicates of 300 records give 30 and 60."""
        kinds = Counter(r.kind for r in _records(invalid=0.1, duplicates=0.2))
        assert kinds == {"invalid": 30, "duplicate": 60, "story": 210}

    def test_language_mix_among_new_stories(self) -> None:
        """en=3,fr=1 makes three quarters of the new stories English."""
        stories = [r for r in _records(lang_mix={"en": 3, "fr": 1}, invalid=0, duplicates=0)]
        assert Counter(r.language for r in stories) == {"en": 225, "fr": 75}

    def test_event_mix_among_new_stories(self) -> None:
        """Only the requested story types appear, in the requested proportions."""
        stories = _records(event_mix={"acquisition": 1, "customer_end": 1}, invalid=0, duplicates=0)
        assert Counter(r.topic for r in stories) == {"acquisition": 150, "customer_end": 150}

    def test_default_mix_covers_every_story_type(self) -> None:
        """The default mix produces every event type and neutral stories."""
        assert {r.topic for r in _records() if r.kind == "story"} == set(EVENT_KINDS)


class TestRecords:
    """Valid records are valid news items of realistic size; invalid ones are not."""

    def test_stories_and_duplicates_are_valid_news_items(self) -> None:
        """Every non-invalid record parses as a NewsItem whose id is its key."""
        for record in _records():
            if record.kind != "invalid":
                item = NewsItem.model_validate_json(record.value)
                assert item.id.encode() == record.key

    def test_invalid_records_fail_validation(self) -> None:
        """Every invalid record is rejected by NewsItem, whatever its kind."""
        invalid = [r for r in _records(invalid=0.5) if r.kind == "invalid"]
        assert len({r.invalid_kind for r in invalid}) > 3
        for record in invalid:
            with pytest.raises(ValidationError):
                NewsItem.model_validate_json(record.value)

    def test_body_sizes_stay_in_range(self) -> None:
        """Bodies are between min_bytes and max_bytes UTF-8 bytes."""
        for record in _records(min_bytes=3000, max_bytes=4000, invalid=0):
            size = len(json.loads(record.value)["body"].encode())
            assert 3000 <= size <= 4000

    def test_values_are_single_jsonl_lines(self) -> None:
        """No value contains a raw newline, so the feed is valid JSONL."""
        assert all(b"\n" not in r.value for r in _records(invalid=0.3))

    def test_duplicates_repeat_an_earlier_story_under_another_id(self) -> None:
        """A duplicate has the title and body of an earlier story but its own id and URL."""
        records = _records(duplicates=0.3)
        seen: dict[str, dict] = {}
        for record in records:
            fields = json.loads(record.value) if record.kind != "invalid" else None
            if record.kind == "story":
                seen[record.item_id] = fields
            elif record.kind == "duplicate":
                original = seen[record.duplicate_of]
                assert (fields["title"], fields["body"]) == (original["title"], original["body"])
                assert (fields["id"], fields["url"]) != (original["id"], original["url"])


class TestFacts:
    """The stories state the facts the generator reports."""

    def test_event_parties_are_named_in_the_story(self) -> None:
        """Subject and object of every expected event appear in the article text."""
        for record in _records(invalid=0, duplicates=0):
            text = NewsItem.model_validate_json(record.value).text
            for event in record.events:
                assert event.subject in text
                assert event.object is None or event.object in text

    def test_french_deal_wording(self) -> None:
        """A French acquisition story writes amounts the French way."""
        stories = _records(lang_mix={"fr": 1}, event_mix={"acquisition": 1}, invalid=0, duplicates=0, count=20)
        bodies = [json.loads(r.value)["body"] for r in stories]
        assert all(("milliard" in b or "million" in b) and ("dollars" in b or "euros" in b) for b in bodies)

    def test_unknown_share_zero_names_only_known_companies(self) -> None:
        """With no unknown companies, every event party comes from the knowledge base."""
        known = set(load_company_names())
        for record in _records(unknown_companies=0.0, invalid=0, duplicates=0, count=50):
            for event in record.events:
                assert event.subject in known
                assert event.object is None or event.object in known


class TestCompanySkew:
    """``company_zipf`` concentrates mentions on the knowledge base's first companies, as real feeds do."""

    @staticmethod
    def _top10_share(**overrides: object) -> tuple[float, list[str]]:
        records = _records(count=3000, invalid=0, duplicates=0, **overrides)
        parties = Counter(name for r in records for e in r.events for name in (e.subject, e.object) if name is not None)
        top = parties.most_common(10)
        return sum(n for _, n in top) / sum(parties.values()), [name for name, _ in top]

    def test_zipf_gives_the_top_10_about_30_percent_of_mentions(self) -> None:
        """With the bench's exponent the ten most named companies are the first of the knowledge base
        and take about 30 % of all event parties (20 % unknown names included)."""
        share, top = self._top10_share(company_zipf=ZIPF_TOP10_30PCT)
        assert 0.26 <= share <= 0.34
        assert top[0] == load_company_names()[0]
        assert set(top) <= set(load_company_names()[:20])

    def test_uniform_by_default(self) -> None:
        """Without skew, no ten companies take more than a few percent of mentions."""
        share, _ = self._top10_share()
        assert share < 0.06

    def test_skewed_feed_is_deterministic(self) -> None:
        """The skewed draw comes from the same seeded generator: same seed, same bytes."""
        first = [r.value for r in _records(company_zipf=1.0)]
        assert first == [r.value for r in _records(company_zipf=1.0)]
        assert first != [r.value for r in _records()]


class TestMoney:
    """Amounts and percentages read the way each language's press writes them."""

    @pytest.mark.parametrize(
        ("value", "currency", "english", "french"),
        [
            (14.3e9, "USD", "$14.3 billion", "14,3 milliards de dollars"),
            (1.2e9, "EUR", "€1.2 billion", "1,2 milliard d'euros"),
            (870e6, "USD", "$870 million", "870 millions de dollars"),
            (2e9, "GBP", "£2 billion", "2 milliards de livres sterling"),
        ],
    )
    def test_written_amounts(self, value: float, currency: str, english: str, french: str) -> None:
        """Billions keep one decimal, French uses a decimal comma and agrees the unit."""
        assert (money_en(value, currency), money_fr(value, currency)) == (english, french)

    def test_french_percent_has_a_space(self) -> None:
        """French writes 49 % and 2,5 %."""
        assert (percent_fr(49), percent_fr(2.5)) == ("49 %", "2,5 %")


class TestMix:
    """Mix strings parse strictly and split counts exactly."""

    def test_parse_weights(self) -> None:
        """Weights are read as relative numbers."""
        assert parse_mix("en=3, fr=1", ("en", "fr")) == {"en": 3.0, "fr": 1.0}

    @pytest.mark.parametrize("text", ["de=1", "en", "en=x", "en=-1", "en=0,fr=0"])
    def test_rejects_bad_mixes(self, text: str) -> None:
        """Unknown names, missing or negative weights and all-zero mixes are errors."""
        with pytest.raises(ValueError):
            parse_mix(text, ("en", "fr"))

    def test_apportion_is_exact(self) -> None:
        """Counts always add up to the total, remainders going to the largest fractions."""
        assert apportion(10, {"a": 1, "b": 1, "c": 1}) == {"a": 4, "b": 3, "c": 3}
        assert sum(apportion(997, {"a": 0.3, "b": 0.7}).values()) == 997

    def test_config_rejects_impossible_shares(self) -> None:
        """Duplicates and invalid together cannot exceed the whole feed."""
        with pytest.raises(ValueError):
            GeneratorConfig(duplicates=0.6, invalid=0.5)

    @pytest.mark.parametrize("zipf", [-0.5, 10.0])
    def test_config_rejects_zipf_out_of_range(self, zipf: float) -> None:
        """A negative exponent has no meaning; a huge one names one company only."""
        with pytest.raises(ValueError, match="company_zipf"):
            GeneratorConfig(company_zipf=zipf)
