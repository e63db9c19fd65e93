"""The crawler-facing input model.

Version history:
    1: first version.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Language = Literal["en", "fr"]


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
    published_at: datetime | None = None
    fetched_at: datetime | None = None

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
