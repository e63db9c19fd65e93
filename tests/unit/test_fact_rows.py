"""Row writes encode each fact once (:mod:`streams.companies.fact_rows`); times in seconds, URLs against the one before.

The encoding kept for a fact object must give the very row the whole state's encoding gives, must not
outlive the fact, and a time or URL stored in its shorter form must read back as it was.
"""

from __future__ import annotations

import gc
import json
from datetime import UTC, datetime
from typing import Any

import pydantic
import pytest

from schemas import CompanyRef, CompanyState, Money
from schemas.events import SourceRef
from schemas.state import Horizon, ValuationPoint
from streams.companies import fact_rows
from streams.companies.row import compacted
from streams.companies.state import read_state, state_row
from tests.unit.test_packed_ids import HEX_IDS, state

T = datetime(2026, 3, 2, 9, tzinfo=UTC)


def point(value: float, *, at: datetime = T) -> ValuationPoint:
    """A valuation read at ``at``."""
    source = SourceRef(item_id=f"item-{value:g}", url="https://news.example/v", published_at=at)
    return ValuationPoint(value=Money(value=value, currency="USD"), as_of=at, event_id=f"ev-{value:g}", source=source)


def whole(value: CompanyState) -> dict[str, Any]:
    """The row encoded from the whole state's JSON at once, with nothing kept from an earlier write."""
    row = value.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    return {"schema_version": value.schema_version, **compacted(row)}


def test_the_row_is_the_one_the_whole_state_encodes_to() -> None:
    """Written twice (the second time from kept encodings) and after an update, the row is the whole encoding."""
    value = state(HEX_IDS)
    assert state_row(value) == whole(value)
    assert state_row(value) == whole(value)
    later = value.model_copy(update={"valuation_history": (*value.valuation_history, point(3e9))})
    assert state_row(later) == whole(later)
    assert read_state(json.loads(json.dumps(state_row(later)))) == later


def test_a_fact_kept_by_two_states_is_encoded_once() -> None:
    """The state an update leaves shares its untouched facts with the state before: their encodings too."""
    value = state(HEX_IDS)
    state_row(value)
    encoded = fact_rows.encoded_facts()
    later = value.model_copy(update={"valuation_history": (*value.valuation_history, point(3e9))})
    state_row(later)
    assert fact_rows.encoded_facts() == encoded + 1  # the new point alone


def test_an_encoding_is_dropped_with_its_fact() -> None:
    """Nothing keeps a fact's encoding once the fact is freed: the kept encodings follow the live facts."""
    gc.collect()
    before = fact_rows.encoded_facts()
    value = CompanyState(company=CompanyRef(id="x", name="X"), valuation_history=tuple(point(v) for v in (1e9, 2e9)))
    state_row(value)
    assert fact_rows.encoded_facts() == before + 2
    del value
    gc.collect()
    assert fact_rows.encoded_facts() == before


def test_times_are_stored_in_seconds_and_read_back() -> None:
    """A time to the second is stored as seconds since the epoch; one with a fraction stays as it was written."""
    precise = datetime(2026, 3, 2, 9, 0, 0, 250000, tzinfo=UTC)
    value = CompanyState(
        company=CompanyRef(id="x", name="X"),
        valuation_history=(point(1e9), point(2e9, at=precise)),
        customers_horizon=Horizon(as_of=T, event_id="ev-h"),
        last_event_at=precise,
    )
    row = json.loads(json.dumps(state_row(value)))
    assert [entry["s"]["pt"] for entry in row["valuation_history"]] == [
        int(T.timestamp()),
        "2026-03-02T09:00:00.250000Z",
    ]
    assert (row["customers_horizon"]["as_of"], row["last_event_at"]) == (
        int(T.timestamp()),
        "2026-03-02T09:00:00.250000Z",
    )
    assert read_state(row) == value


def test_code_that_reads_times_as_written_reads_seconds_as_the_same_time() -> None:
    """Validation alone (what code from before this encoding does with a time) reads seconds as that UTC time."""
    dumped = point(1e9).model_dump(mode="json")
    dumped["as_of"] = dumped["source"]["published_at"] = int(T.timestamp())
    assert ValuationPoint.model_validate(dumped) == point(1e9)


def test_a_url_is_written_against_the_one_before_it() -> None:
    """A URL sharing its start with the previous one in the row is stored as the count and the rest, and read back."""
    urls = ("https://news.example/2026/a", "https://news.example/2026/b", "https://other.example/c", "https://o/d")
    points = tuple(
        point(1e9 * n).model_copy(update={"source": SourceRef(item_id=f"i{n}", url=url, published_at=T)})
        for n, url in enumerate(urls, start=1)
    )
    value = CompanyState(company=CompanyRef(id="x", name="X"), valuation_history=points)
    row = json.loads(json.dumps(state_row(value)))
    assert [entry["s"]["url"] for entry in row["valuation_history"]] == [
        urls[0],
        [26, "b"],
        [8, "other.example/c"],
        [9, "/d"],
    ]
    assert read_state(row) == value


@pytest.mark.parametrize("url", [[30, "x"], [3, "x"], ["8", "x"], [8], [8, "x", "y"], [8, 1]])
def test_a_damaged_url_raises_a_validation_error(url: object) -> None:
    """A shared count longer than the URL before, or a pair of another shape, is no URL: validation rejects it."""
    value = CompanyState(company=CompanyRef(id="x", name="X"), valuation_history=(point(1e9), point(2e9)))
    row = json.loads(json.dumps(state_row(value)))
    row["valuation_history"][1]["s"]["url"] = url
    with pytest.raises(pydantic.ValidationError):
        read_state(row)
