"""The news boundary: lenient where a crawler's habits are harmless, with a clear reason where they are not."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from schemas import CompanyState
from streams.runtime.decode import RejectedMessage, decode_news

LIMIT = 1_000_000
BODY = "Harvey acquired Runway for $300 million."


def message(**fields: object) -> bytes:
    return json.dumps({"id": "n", "body": BODY, **fields}).encode()


class TestLenientNews:
    """What real crawlers send and an article must survive."""

    def test_byte_order_mark_before_json(self) -> None:
        """A UTF-8 BOM before the object is skipped."""
        assert decode_news(b"\xef\xbb\xbf" + message(), LIMIT).body == BODY

    @pytest.mark.parametrize("depth", [300, 1_000])
    def test_deep_nesting_in_an_unknown_field(self, depth: int) -> None:
        """Nesting past pydantic's parser limit, in a field NewsItem ignores, costs nothing."""
        raw = message()[:-1] + b', "crawler": ' + b"[" * depth + b"]" * depth + b"}"
        assert decode_news(raw, LIMIT).body == BODY

    def test_nesting_past_the_parser_limit_is_a_decode_rejection(self) -> None:
        """Past orjson's 1,024 levels the verdict is pydantic's: invalid JSON, dead-lettered, not a crash."""
        raw = message()[:-1] + b', "crawler": ' + b"[" * 5_000 + b"]" * 5_000 + b"}"
        with pytest.raises(RejectedMessage) as rejected:
            decode_news(raw, LIMIT)
        assert rejected.value.stage == "decode" and "recursion" in rejected.value.error

    @pytest.mark.parametrize("value", ["", "   "])
    def test_empty_time_is_absent(self, value: str) -> None:
        """``"published_at": ""`` means no time."""
        assert decode_news(message(published_at=value, fetched_at=value), LIMIT).published_at is None

    @pytest.mark.parametrize(
        ("value", "utc"),
        [
            ("2025-06-12 09:00", datetime(2025, 6, 12, 9, tzinfo=UTC)),
            ("2025-06-12T11:00:00+02:00", datetime(2025, 6, 12, 9, tzinfo=UTC)),
            ("2025-06-12T09:00:00Z", datetime(2025, 6, 12, 9, tzinfo=UTC)),
        ],
    )
    def test_times_are_utc(self, value: str, utc: datetime) -> None:
        """A naive time is read as UTC; an offset is converted; the result always carries UTC."""
        published = decode_news(message(published_at=value), LIMIT).published_at
        assert published == utc and published.tzinfo is UTC


class TestRejectedNews:
    """Each rejection names its stage and a readable reason."""

    @pytest.mark.parametrize(
        ("value", "reason"),
        [
            ("9999-12-31T00:00:00Z", "ahead of the clock"),
            ((datetime.now(UTC) + timedelta(days=2)).isoformat(), "ahead of the clock"),
            ("1970-01-01T00:00:00Z", "before 1990"),
            ("9999-12-31T23:00:00-05:00", "cannot be expressed in UTC"),
            ("0001-01-01T00:00:00+05:00", "cannot be expressed in UTC"),
            ("yesterday", "published_at"),
        ],
    )
    def test_implausible_publication_time(self, value: str, reason: str) -> None:
        """Dates no article has are refused at validation with their reason."""
        with pytest.raises(RejectedMessage) as rejected:
            decode_news(message(published_at=value), LIMIT)
        assert rejected.value.stage == "validate" and reason in rejected.value.error

    def test_a_day_ahead_is_accepted(self) -> None:
        """Skewed clocks and time zones: up to a day ahead is still news."""
        soon = datetime.now(UTC) + timedelta(hours=20)
        assert decode_news(message(published_at=soon.isoformat()), LIMIT).published_at == soon


class TestStoredTimes:
    """States written before times were normalised still read, in UTC."""

    def test_naive_stored_time_reads_as_utc(self) -> None:
        """A naive ``last_event_at`` from an older version compares with aware times again."""
        state = CompanyState.model_validate(
            {"company": {"id": "harvey", "name": "Harvey"}, "last_event_at": "2025-06-01T09:00:00"}
        )
        assert state.last_event_at == datetime(2025, 6, 1, 9, tzinfo=UTC)
