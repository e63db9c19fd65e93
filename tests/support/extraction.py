"""Events of one invented sentence, as the extraction tests compare them."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from schemas.news import NewsItem
from streams.extraction.engine import extract

Triple = tuple[str, str | None, str | None]
"""(type, subject name, object name): customer and supplier, buyer and target, company and nobody."""


def triples(
    text: str,
    language: str,
    *,
    prefix: str = "",
    types: Collection[str] = (),
    title: str = "",
    published_at: datetime | None = None,
) -> list[Triple]:
    """The sorted triples of ``text``'s events whose type starts with ``prefix`` or is one of ``types``."""
    item = NewsItem(id="t", title=title, body=text, language=language, published_at=published_at)  # type: ignore[arg-type]
    wanted = (lambda kind: kind in types) if types else (lambda kind: kind.startswith(prefix))
    found = [
        (event.type, event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extract(item).events
        if wanted(event.type)
    ]
    return sorted(found, key=lambda triple: tuple(part or "" for part in triple))  # an unnamed party sorts first


LeadershipChange = tuple[str | None, str | None, str | None, str | None, str]
"""(company, incoming person, previous person, role, modality)."""


def leadership_changes(text: str, language: str = "fr") -> list[LeadershipChange]:
    """The sorted leadership changes of ``text``."""
    item = NewsItem(id="t", body=text, language=language)  # type: ignore[arg-type]
    found = [
        (e.subject.name if e.subject else None, e.person, e.previous_person, e.role, e.modality)
        for e in extract(item).events
        if e.type == "leadership_change"
    ]
    return sorted(found, key=lambda change: tuple(part or "" for part in change))
