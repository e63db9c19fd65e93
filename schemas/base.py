"""Base classes and shared field types for dealwatch's event models."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict


def as_utc(value: datetime) -> datetime:
    """Return ``value`` in UTC; a time without a timezone is read as UTC.

    Comparing a naive with an aware datetime raises ``TypeError``, so one naive time let into the
    state would break every later comparison of that company's facts. Every datetime in a model
    goes through here, so none is ever naive and all compare and serialise alike (``...Z``).
    """
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:  # 9999-12-31T23:00-05:00 has no UTC time; pydantic reports a ValueError only
        msg = f"{value.isoformat()} cannot be expressed in UTC"
        raise ValueError(msg) from exc


UtcDatetime = Annotated[datetime, AfterValidator(as_utc)]
"""A datetime normalised to UTC on validation (naive times are read as UTC)."""


class EventModel(BaseModel):
    """An internal event: immutable, strict about unknown fields, versioned by ``schema_version``.

    Internal events are produced by dealwatch itself, so an unknown field means a bug or a
    schema mismatch and must fail loudly instead of being dropped.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
