"""Turn crawler output into :class:`schemas.NewsItem` records, one result per input record.

Every reader yields :class:`Parsed` results: either a validated item or a rejection that says
where the bad record is (``file:line``, ``file``, ``url#entry``) and why. Readers never raise for a
bad record, only for a source that cannot be opened at all (:class:`SourceError`), so one broken
line does not hide the good ones after it.
"""

from __future__ import annotations

import calendar
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO, get_args

import feedparser
import httpx
import trafilatura
from pydantic import ValidationError

from schemas import NewsItem
from streams.clients.feeding.html_text import html_to_text

SourceFormat = Literal["auto", "jsonl", "json", "feed", "text", "html"]
FORMATS: tuple[str, ...] = get_args(SourceFormat)

_SUFFIX_FORMATS: dict[str, SourceFormat] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}
_DIRECTORY_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json"})
FETCH_TIMEOUT_S = 20.0


class SourceError(Exception):
    """A source that cannot be read at all (missing file, unreachable URL); the message says which."""


@dataclass(frozen=True, slots=True)
class Parsed:
    """One input record: an item when it validated, else the reason it did not.

    Attributes:
        location: where the record is, e.g. ``news.jsonl:12`` or ``https://host/feed#3``.
        item: the validated item, or None when rejected.
        error: one line saying why the record was rejected, or None.
    """

    location: str
    item: NewsItem | None = None
    error: str | None = None


def read_sources(specs: Iterable[str], fmt: SourceFormat = "auto", stdin: TextIO | None = None) -> Iterator[Parsed]:
    """Yield every record of every source, in order.

    Args:
        specs: file paths, directories, ``http(s)://`` feed URLs, or ``-`` for stdin (JSON Lines).
        fmt: force a format instead of guessing from the suffix or content.
        stdin: stream read for ``-`` (default: ``sys.stdin``).

    Raises:
        SourceError: a source does not exist or cannot be fetched.
    """
    for spec in specs:
        yield from read_source(spec, fmt, stdin)


def check_sources(specs: Iterable[str]) -> None:
    """Raise :class:`SourceError` for the first local source that does not exist, before anything is sent."""
    for spec in specs:
        if spec != "-" and not spec.startswith(("http://", "https://")) and not Path(spec).exists():
            msg = f"no such file or directory: {spec}"
            raise SourceError(msg)


def read_source(spec: str, fmt: SourceFormat = "auto", stdin: TextIO | None = None) -> Iterator[Parsed]:
    """Yield the records of one source; see :func:`read_sources`."""
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin
        text = stream.read()
        yield from _parse_text(text, "<stdin>", "jsonl" if fmt == "auto" else fmt)
        return
    if spec.startswith(("http://", "https://")):
        yield from parse_feed(_fetch(spec), spec)
        return
    path = Path(spec)
    if path.is_dir():
        yield from read_directory(path)
        return
    if not path.is_file():
        msg = f"no such file or directory: {spec}"
        raise SourceError(msg)
    yield from _parse_text(_read_file(path), spec, fmt)


def read_directory(directory: Path) -> Iterator[Parsed]:
    """Yield one record per ``.txt``, ``.html``/``.htm`` and ``.json`` file, in name order.

    Other files (a crawler's logs, images) are skipped silently: the directory is a drop zone.
    """
    for path in sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix.lower() in _DIRECTORY_SUFFIXES):
        yield from _parse_text(_read_file(path), str(path), "auto")


def guess_format(location: str, text: str) -> SourceFormat:
    """Return the format a file's suffix names, else the one its first characters suggest."""
    by_suffix = _SUFFIX_FORMATS.get(Path(location).suffix.lower())
    if by_suffix:
        return by_suffix
    head = text.lstrip()[:500].lower()
    if head.startswith("<") and ("<rss" in head or "<feed" in head or "<rdf" in head):
        return "feed"
    if head.startswith("<"):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        return "jsonl"
    return "text"


def _parse_text(text: str, location: str, fmt: SourceFormat) -> Iterator[Parsed]:
    fmt = guess_format(location, text) if fmt == "auto" else fmt
    if fmt == "jsonl":
        yield from parse_jsonl(text, location)
    elif fmt == "json":
        yield from parse_json_document(text, location)
    elif fmt == "feed":
        yield from parse_feed(text, location)
    elif fmt == "html":
        yield parse_html_page(text, location)
    else:
        yield parse_text_article(text, location)


def parse_jsonl(text: str, location: str) -> Iterator[Parsed]:
    """Yield one record per non-blank line of JSON Lines text; locations are ``name:line``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{location}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Parsed(where, error=f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        yield validate(data, where)


def parse_json_document(text: str, location: str) -> Iterator[Parsed]:
    """Yield the item of a JSON object, or one record per element of a JSON array (``name[i]``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Parsed(location, error=f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(data, list):
        for index, element in enumerate(data):
            yield validate(element, f"{location}[{index}]")
    else:
        yield validate(data, location)


def parse_text_article(text: str, location: str) -> Parsed:
    """Read a plain-text article: the first non-empty line is the title, the rest the body."""
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    body = "\n".join(lines[1:]).strip()
    return validate({"title": title, "body": body}, location)


def parse_html_page(html: str, location: str) -> Parsed:
    """Read an HTML page's main text with trafilatura (boilerplate, menus and footers dropped)."""
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if isinstance(doc, dict):  # only with as_dict=True, which we never pass
        doc = None
    title = (doc.title or "").strip() if doc is not None else ""
    body = (doc.text or "").strip() if doc is not None else ""
    if title and body.startswith(title):
        # trafilatura keeps the page's <h1> as the first line of the text; the title field already has it.
        body = body[len(title) :].lstrip()
    record: dict[str, Any] = {"title": title, "body": body, "url": doc.url if doc else None}
    if doc is not None and doc.date:
        record["published_at"] = doc.date
    language = _language(_html_lang(html))
    if language:
        record["language"] = language
    return validate(record, location)


def parse_feed(text: str, location: str) -> Iterator[Parsed]:
    """Yield one record per RSS/Atom entry; locations are ``source#n`` (1-based)."""
    feed = feedparser.parse(text)
    if not feed.entries and (feed.bozo or not feed.version):
        yield Parsed(location, error=f"not an RSS/Atom feed: {feed.get('bozo_exception', 'unreadable')}")
        return
    source = feed.feed.get("title")
    language = _language(feed.feed.get("language"))
    for number, entry in enumerate(feed.entries, start=1):
        contents = entry.get("content") or []
        raw_body = contents[0].get("value", "") if contents else entry.get("summary", "")
        record: dict[str, Any] = {
            "id": entry.get("id") or None,
            "url": entry.get("link"),
            "source": source,
            "title": html_to_text(entry.get("title", "")),
            "body": html_to_text(raw_body),
            "language": _language(entry.get("language")) or language,
            "published_at": _struct_time_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        }
        if record["id"] and record["url"] and record["id"] == record["url"]:
            record["id"] = None  # let NewsItem derive the short stable id from the URL
        yield validate({k: v for k, v in record.items() if v is not None}, f"{location}#{number}")


def validate(data: object, location: str) -> Parsed:
    """Validate one decoded record as a :class:`NewsItem`."""
    if not isinstance(data, dict):
        return Parsed(location, error=f"expected a JSON object, got {type(data).__name__}")
    try:
        return Parsed(location, item=NewsItem.model_validate(data))
    except ValidationError as exc:
        return Parsed(location, error=describe_validation_error(exc))


def describe_validation_error(exc: ValidationError) -> str:
    """Return pydantic's errors as one line: ``body: Field required; language: ...``."""
    parts = []
    for err in exc.errors(include_url=False):
        field = ".".join(str(p) for p in err["loc"]) or "record"
        parts.append(f"{field}: {err['msg']}")
    return "; ".join(parts)


def _read_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        msg = f"cannot read {path}: {exc.strerror or exc}"
        raise SourceError(msg) from exc


def _fetch(url: str) -> str:
    try:
        response = httpx.get(url, timeout=FETCH_TIMEOUT_S, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPStatusError as exc:
        msg = f"cannot fetch {url}: HTTP {exc.response.status_code}"
        raise SourceError(msg) from exc
    except httpx.HTTPError as exc:
        msg = f"cannot fetch {url}: {exc.__class__.__name__}: {exc}"
        raise SourceError(msg) from exc
    return response.text


def _language(tag: object) -> str | None:
    if not isinstance(tag, str):
        return None
    primary = tag.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in ("en", "fr") else None


def _html_lang(html: str) -> str | None:
    head = html[:2000].lower()
    start = head.find("<html")
    if start < 0:
        return None
    tag = head[start : head.find(">", start)]
    marker = tag.find("lang=")
    if marker < 0:
        return None
    value = tag[marker + 5 :].lstrip("\"' ")
    return value.split('"')[0].split("'")[0].split()[0] if value else None


def _struct_time_iso(value: time.struct_time | None) -> str | None:
    """Feedparser's parsed dates are UTC ``struct_time``s."""
    if value is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC).isoformat()
