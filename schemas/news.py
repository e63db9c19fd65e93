"""The crawler-facing input model.

Version history:
    1: first version. Times are normalised to UTC (a time without a timezone is read as UTC), an empty
       time is absent, and a publication time before 1990 or more than a day ahead of the clock that
       validates it is rejected.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.base import UtcDatetime

Language = Literal["en", "fr"]

EARLIEST_PUBLICATION = datetime(1990, 1, 1, tzinfo=UTC)
"""Older publication times are typos or placeholders (epoch 0, year 1), not news."""
MAX_PUBLICATION_AHEAD = timedelta(hours=24)
"""How far ahead of the validating clock a publication time may be (time zones, skewed clocks)."""


def derive_item_id(url: str | None, title: str, body: str) -> str:
    """Return a stable id for an item that came without one.

    The URL identifies a story across re-crawls; without one the content does. A stable id is
    what makes a re-feed idempotent downstream.
    """
    basis = f"url:{url.strip()}" if url and url.strip() else f"text:{title}\n{body}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]


class NewsItem(BaseModel):
    """One news article as a crawler delivers it.

    Unlike internal events this model ignores unknown fields: crawlers add their own metadata
    and that must not make an article undeliverable.
    """

    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=False)

    schema_version: Literal[1] = 1
    id: str = Field(
        default="",
        max_length=200,
        description="Item id; derived from the url, else from a content hash, when absent.",
    )
    url: str | None = Field(default=None, max_length=4096)
    source: str | None = Field(default=None, max_length=200, description="Publisher or feed name.")
    title: str = ""
    body: str = Field(min_length=1, description="Article text (plain text).")
    language: Language | None = Field(default=None, description="`en`, `fr`, or null to detect.")
    published_at: UtcDatetime | None = Field(
        default=None,
        description="Publication time; without a timezone it is read as UTC; must lie between 1990 and one day "
        "ahead of the clock that validates the item.",
    )
    fetched_at: UtcDatetime | None = Field(default=None, description="Crawl time; without a timezone, read as UTC.")

    @field_validator("published_at", "fetched_at", mode="before")
    @classmethod
    def _empty_is_absent(cls, value: Any) -> Any:
        """Crawlers write ``""`` (or blanks) for an unknown time; that is no time, not a malformed one."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("published_at")
    @classmethod
    def _plausible_publication(cls, value: datetime | None) -> datetime | None:
        """Reject dates no article has: a fact dated 9999 would be its company's latest fact for ever."""
        if value is None:
            return None
        if value < EARLIEST_PUBLICATION:
            msg = f"{value.isoformat()} is before {EARLIEST_PUBLICATION.year}: not a plausible publication time"
            raise ValueError(msg)
        latest = datetime.now(UTC) + MAX_PUBLICATION_AHEAD
        if value > latest:
            ahead = f"{MAX_PUBLICATION_AHEAD.total_seconds() / 3600:g} h"
            msg = f"{value.isoformat()} is more than {ahead} ahead of the clock (at most {latest.isoformat()})"
            raise ValueError(msg)
        return value

    @model_validator(mode="before")
    @classmethod
    def _fill_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("id"):
            body = data.get("body")
            title = data.get("title") or ""
            if isinstance(body, str) and isinstance(title, str):
                url = data.get("url") if isinstance(data.get("url"), str) else None
                data = {**data, "id": derive_item_id(url, title, body)}
        return data

    @property
    def text(self) -> str:
        """Title and body joined by a blank line (just the body without a title); evidence offsets index into this."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body
