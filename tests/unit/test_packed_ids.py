"""Ids in the stored row (:mod:`streams.companies.row`): packed under keys of their own, read back as they were.

The row is a valuation, a customer whose value was stated by another article, a horizon and a replay window:
every place an event id or item id is stored. Each test fills those places with ids of every form.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from typing import Any

import pydantic
import pytest

from schemas import CompanyRef, CompanyState, Money
from schemas.alerts import AlertEvidence
from schemas.events import SourceRef
from schemas.state import Horizon, Relationship, ValuationPoint
from streams.companies.row import compacted, expanded
from streams.companies.state import read_state, state_row

T1, T2 = datetime(2026, 3, 2, 9, tzinfo=UTC), datetime(2026, 3, 5, 14, tzinfo=UTC)
SLOTS = ("valuation", "customer", "annual_value", "horizon", "item_1", "item_2", "horizon_item")
"""The places a test fills with an id: the events of the valuation, customer, value and horizon, and item ids."""
HEX_IDS = {
    "valuation": "aaaaaaaaaaaaaaaaaaaaaaaa",
    "customer": "bbbbbbbbbbbbbbbbbbbbbbbb",
    "annual_value": "cccccccccccccccccccccccc",
    "horizon": "dddddddddddddddddddddddd",
    "item_1": "0123456789abcdef01234567",
    "item_2": "crawler:item/42",
    "horizon_item": "fedcba9876543210fedcba98",
}
"""Event ids as dealwatch writes them, item ids of two crawlers (24 hex digits, and another form)."""
V3_ROW: dict[str, Any] = {
    "schema_version": 3,
    "company": {"id": "x", "name": "X"},
    "valuation": 0,
    "valuation_history": [
        {
            "v": {"v": 2000000000.0, "c": "USD"},
            "t": True,
            "e": "aaaaaaaaaaaaaaaaaaaaaaaa",
            "s": {"i": "0123456789abcdef01234567", "url": "https://news.example/a", "pt": "2026-03-02T09:00:00Z"},
        }
    ],
    "customers": [
        {
            "co": {"id": "acme", "name": "Acme"},
            "st": "active",
            "av": {"v": 5000000.0, "c": "EUR"},
            "major": True,
            "si": "2026-03-02T09:00:00Z",
            "u": True,
            "ev": [{"text": "Acme renewed."}],
            "e": "bbbbbbbbbbbbbbbbbbbbbbbb",
            "s": {"i": "crawler:item/42", "pt": "2026-03-05T14:00:00Z"},
            "ae": "cccccccccccccccccccccccc",
            "as": {"i": "0123456789abcdef01234567", "url": "https://news.example/a", "pt": "2026-03-02T09:00:00Z"},
        }
    ],
    "customers_horizon": {
        "as_of": "2026-03-02T09:00:00Z",
        "event_id": "dddddddddddddddddddddddd",
        "item_id": "fedcba9876543210fedcba98",
    },
    "applied_event_ids": "7u7u7u7u7u7u7u7u",
}
"""The row of ``state(HEX_IDS)`` as version 3 stored it before ids were packed (commit 1dc79a2)."""


def state(ids: dict[str, str]) -> CompanyState:
    """A state with an id of ``ids`` in each of :data:`SLOTS`."""
    first = SourceRef(item_id=ids["item_1"], url="https://news.example/a", published_at=T1)
    second = SourceRef(item_id=ids["item_2"], published_at=T2)
    point = ValuationPoint(value=Money(value=2e9, currency="USD"), as_of=T1, event_id=ids["valuation"], source=first)
    customer = Relationship(
        company=CompanyRef(id="acme", name="Acme"),
        status="active",
        annual_value=Money(value=5e6, currency="EUR"),
        major=True,
        since=T1,
        updated_at=T2,
        evidence=(AlertEvidence(text="Acme renewed.", item_id=ids["item_2"]),),
        event_id=ids["customer"],
        source=second,
        annual_value_event_id=ids["annual_value"],
        annual_value_source=first,
    )
    return CompanyState(
        company=CompanyRef(id="x", name="X"),
        valuation=point,
        valuation_history=(point,),
        customers=(customer,),
        customers_horizon=Horizon(as_of=T1, event_id=ids["horizon"], item_id=ids["horizon_item"]),
        applied_event_ids=("eeeeeeeeeeeeeeeeeeeeeeee",),
    )


def stored(value: CompanyState) -> dict[str, Any]:
    """What the table hands back for ``value``'s row: its JSON, parsed."""
    parsed: dict[str, Any] = json.loads(json.dumps(state_row(value)))
    return parsed


def test_event_ids_and_hex_item_ids_are_packed_under_keys_of_their_own() -> None:
    """24 lowercase hex digits are stored as 16 characters under ``E``/``AE``/``I``; another item id stays."""
    row = stored(state(HEX_IDS))
    point, customer, horizon = row["valuation_history"][0], row["customers"][0], row["customers_horizon"]
    assert (point["E"], point["s"]["I"]) == ("qqqqqqqqqqqqqqqq", "ASNFZ4mrze8BI0Vn")
    assert "e" not in point and "i" not in point["s"]
    assert (customer["E"], customer["AE"], customer["s"]) == (
        "u7u7u7u7u7u7u7u7",
        "zMzMzMzMzMzMzMzM",
        {"i": "crawler:item/42", "pt": int(T2.timestamp())},
    )
    assert customer["as"]["I"] == point["s"]["I"]
    assert horizon == {"as_of": int(T1.timestamp()), "E": "3d3d3d3d3d3d3d3d", "I": "_ty6mHZUMhD-3LqY"}
    # 7 ids 8 characters shorter; the horizon's keys 7 and 6 fewer; 5 times in seconds, 12 fewer each; the value's
    # source URL, the valuation's, written against it: [22, ""], 16 fewer
    assert customer["as"]["url"] == [22, ""]
    assert len(json.dumps(row)) == len(json.dumps(V3_ROW)) - 7 * 8 - 7 - 6 - 5 * 12 - 16


def test_a_row_stored_before_ids_were_packed_reads_as_it_did() -> None:
    """A version-3 row of today's stored form still reads, and as the same state its packed row reads as."""
    assert read_state(json.loads(json.dumps(V3_ROW))) == state(HEX_IDS)
    assert read_state(stored(state(HEX_IDS))) == state(HEX_IDS)


ODD_IDS = (
    "ABCDEF0123456789ABCDEF01",  # upper case
    "abcdef0123456789abcdef0",  # 23 digits
    "abcdef0123456789abcdef012",  # 25 digits
    "abcdef0123456789 bcdef01",  # a space
    "qqqqqqqqqqqqqqqq",  # looks packed
    "3d3d3d3d3d3d3d3=",  # looks packed, and is no packing
    "ev-1",
    "E",
    "",
)
"""Ids of other forms, stored as they are: the packed keys alone say an id is packed."""


@pytest.mark.parametrize("seed", range(40))
def test_ids_of_any_form_read_back_as_they_were(seed: int) -> None:
    """Every slot given an id of a random form (packed or not): the stored row expands to the row and state."""
    rng = random.Random(seed)  # noqa: S311 - test data
    ids = {slot: rng.choice((*ODD_IDS, f"{rng.getrandbits(96):024x}")) for slot in SLOTS}
    value = state(ids)
    row = value.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    assert expanded(json.loads(json.dumps(compacted(row)))) == row
    assert read_state(stored(value)) == value
    assert stored(value)["customers"][0].get("e") == (ids["customer"] if ids["customer"] in ODD_IDS else None)


@pytest.mark.parametrize(
    ("place", "key", "packed"),
    [
        ("customers", "E", "not base64!!!!!!"),
        ("customers", "E", "u7u7u7u7u7u7u7u"),
        ("customers", "E", 7),
        ("customers", "AE", "u7u7u7u7u7u7u7u7="),
        ("customers", "AE", "u7u7u7u7u7u7u7s="),
        ("customers_horizon", "I", "_ty6mHZUMhD+3LqY"),
    ],
    ids=["not-base64", "short", "number", "padded", "11-bytes", "not-url-safe"],
)
def test_a_damaged_packed_id_raises_a_validation_error(place: str, key: str, packed: object) -> None:
    """A packed id that is not exactly what packing writes is left under its key, which validation rejects."""
    row = stored(state(HEX_IDS))
    part = row[place][0] if place == "customers" else row[place]
    part[key] = packed
    with pytest.raises(pydantic.ValidationError):
        read_state(row)


def test_an_id_stored_in_both_forms_raises_a_validation_error() -> None:
    """A packed id beside its field is ambiguous: left under its packed key, which validation rejects."""
    row = stored(state(HEX_IDS))
    row["customers"][0]["e"] = HEX_IDS["customer"]
    with pytest.raises(pydantic.ValidationError):
        read_state(row)
