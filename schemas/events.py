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
    1: first version; later, additively (earlier messages still read): modality ``denied``,
       ``CompanyRef.kind`` (``company``, ``public_body``, ``unnamed``), defaulting to ``company``, and
       ``DealEvent.history`` (a deal told as the story's background), defaulting to false. Each is left
       out of the JSON at its default, so a message that does not use it is byte for byte what it was.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, get_args

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

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

EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)

Modality = Literal["fact", "forecast", "plan", "rumor", "denied"]
"""How certain the article is: stated fact, forecast ("expects to exceed"), plan or intent
("seeks to cut ties"), rumour (reported, conditional, "selon des sources"), or denied (a party
denies it, "has no plans to", or the verb is negated: the fact is recorded as not happening)."""


PartyKind = Literal["company", "public_body", "unnamed"]
"""What a deal party is: a company; a public body (ministry, army, council, city, agency), a real
customer with its own state; or a party the story does not name ("a major customer"), which has none."""


class CompanyRef(EventModel):
    """A party to a deal, by stable slug id and canonical name: usually a company.

    Public bodies buy and cancel contracts like companies do, so they are parties with a ``kind``
    rather than a separate model. An unnamed party keeps the story's words as its name
    ("a large US retailer") so the event still says who acted; it never gets company state.
    """

    id: str = Field(description="Stable slug, e.g. `scale-ai`; `unnamed-...` for an unnamed party.", min_length=1)
    name: str = Field(
        description="Canonical name, e.g. `Scale AI`; for an unnamed party, its description.", min_length=1
    )
    kind: PartyKind = Field(
        default="company",
        description="`company`, `public_body` (ministry, army, council, city, agency) or `unnamed` (not named); "
        "left out of the JSON when `company`.",
    )

    @model_serializer(mode="wrap")
    def _omit_company_kind(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Leave ``kind`` out when it is ``company``: the JSON of a company stays what it was before kinds existed."""
        data: dict[str, Any] = handler(self)
        if data.get("kind") == "company":
            del data["kind"]
        return data


class Money(EventModel):
    """An amount in units of ``currency`` (14.3 billion -> 14300000000)."""

    value: float = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    qualifier: Literal["exact", "about", "more_than", "less_than"] = Field(
        default="exact",
        description='"about 200 M$" -> `about`; "more than $2B" -> `more_than`.',
    )


_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_QUALIFIER_SIGNS = {"exact": "", "about": "~", "more_than": ">", "less_than": "<"}


def format_money(money: Money) -> str:
    """Return ``money`` the way a headline writes it: ``$14.3B``, ``~$200M``, ``>€2B``, ``870M CHF``.

    The one formatter for people: alert titles and the CLI print amounts alike.
    """
    value = money.value
    for divisor, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if value >= divisor:
            number = f"{value / divisor:.1f}".removesuffix(".0") + suffix
            break
    else:
        number = f"{value:.0f}"
    symbol = _CURRENCY_SYMBOLS.get(money.currency)
    text = f"{symbol}{number}" if symbol else f"{number} {money.currency}"
    return _QUALIFIER_SIGNS[money.qualifier] + text


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
    history: bool = Field(
        default=False,
        description='A deal the article recalls as its background ("bought Compaq in 2002"), not as its news: '
        "the state records it, no acquisition alert fires; left out of the JSON when false.",
    )
    evidence: tuple[Evidence, ...] = ()
    confidence: float = Field(ge=0, le=1)
    source: SourceRef

    @model_serializer(mode="wrap")
    def _omit_news(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Leave ``history`` out when false: the JSON of a news event stays what it was before the field."""
        data: dict[str, Any] = handler(self)
        if data.get("history") is False:
            del data["history"]
        return data


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
