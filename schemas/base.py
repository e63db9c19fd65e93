"""Base classes for dealwatch's event models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class EventModel(BaseModel):
    """An internal event: immutable, strict about unknown fields, versioned by ``schema_version``.

    Internal events are produced by dealwatch itself, so an unknown field means a bug or a
    schema mismatch and must fail loudly instead of being dropped.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
