"""Deal events and extraction results.

Conventions (the contract other components rely on):

* deals (``acquisition``, ``stake``, ``investment``): ``subject`` is the buyer or investor,
  ``object`` the target;
* ``customer_*``: ``subject`` is the customer, ``object`` the vendor;
* ``valuation`` and ``revenue``: ``subject`` is the company valued or reporting;
* ``leadership_change``: ``subject`` is the company, ``person`` the new holder of ``role``,
  ``previous_person`` the one leaving it when stated;
* ``partnership``: ``subject`` and ``object`` are the partners, in order of mention.

Version history:
    1: first version.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from schemas.base import EventModel, UtcDatetime
from schemas.news import Language

EventType = Literal[
    "acquisition",
    "stake",
    "investment",
    "valuation",
    "revenue",
    "customer_start",
    "customer_continue",
    "customer_at_risk",
    "customer_end",
    "leadership_change",
    "partnership",
]

EVENT_TYPES: tuple[EventType, ...] = EventType.__args__  # type: ignore[attr-defined]

Modality = Literal["fact", "forecast", "plan", "rumor"]
"""How certain the article is: stated fact, forecast ("expects to exceed"), plan or intent
("seeks to cut ties"), or rumour (reported, conditional, "selon des sources")."""


class CompanyRef(EventModel):
    """A company, by stable slug id and canonical name."""

    id: str = Field(description="Stable slug, e.g. `scale-ai`.", min_length=1)
    name: str = Field(description="Canonical name, e.g. `Scale AI`.", min_length=1)


class Money(EventModel):
    """An amount in units of ``currency`` (14.3 billion -> 14300000000)."""

    value: float = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    qualifier: Literal["exact", "about", "more_than", "less_than"] = Field(
        default="exact",
        description='"about 200 M$" -> `about`; "more than $2B" -> `more_than`.',
    )


class Evidence(EventModel):
    """The sentence a fact was read from.

    ``start``/``end`` are character offsets into :attr:`schemas.NewsItem.text`
    (title + two newlines + body, after typographic normalisation, which keeps offsets; a title over
    4,000 bytes is cut first, as `Extraction.truncated` says).
    """

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class SourceRef(EventModel):
    """Where an event was read."""

    item_id: str
    url: str | None = None
    published_at: UtcDatetime | None = None


class DealEvent(EventModel):
    """One business fact, typed and normalised."""

    schema_version: Literal[1] = 1
    event_id: str = Field(description="Deterministic: the same facts give the same id.")
    type: EventType
    subject: CompanyRef | None = None
    object: CompanyRef | None = None
    amount: Money | None = None
    stake_pct: float | None = Field(default=None, ge=0, le=100)
    valuation: Money | None = None
    person: str | None = None
    role: str | None = Field(default=None, description="Normalised role: CEO, CFO, founder, ...")
    previous_person: str | None = None
    period: str | None = Field(default=None, description='Fiscal period, e.g. "2024".')
    modality: Modality = "fact"
    effective_date: date | None = None
    major_customer: bool | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = Field(ge=0, le=1)
    source: SourceRef


class Entity(EventModel):
    """A company or person mentioned in an article."""

    id: str
    name: str
    type: Literal["company", "person"]
    mentions: int = Field(ge=1)
    roles: tuple[str, ...] = ()
    company_id: str | None = Field(default=None, description="For people: their company.")
    known: bool = Field(default=False, description="True when found in the knowledge base.")
    confidence: float = Field(default=1.0, ge=0, le=1)


class Extraction(EventModel):
    """Everything extracted from one news item."""

    schema_version: Literal[1] = 1
    item_id: str
    language: Language
    entities: tuple[Entity, ...] = ()
    events: tuple[DealEvent, ...] = ()
    truncated: bool = Field(default=False, description="The body was cut at the size limit.")
