"""The stored encoding of a company row: the same facts as :class:`~schemas.state.CompanyState`, in fewer bytes.

The changelog carries a company's whole row on every update, and a busy company's row was 14 KB at p99
(``python -m bench.rows``), a third of it key names repeated in every fact and another third what a fact
repeats of its own source. Nothing here drops a fact: :func:`expanded` gives back exactly what
:func:`compacted` was given, so the state read, and what the API shows, are unchanged. Stored:

* a fact's repeats of its own source are left out or marked ``true`` ("the same as this fact's own",
  which no valid value can be): a time equal to its source's publication time, a relationship's
  ``annual_value_source`` / ``annual_value_event_id`` equal to its own ``source`` / ``event_id``, and an
  evidence sentence read from the fact's own article keeps its ``text`` alone;
* ``valuation`` and ``ceo`` are written as the index of their entry in ``valuation_history`` /
  ``leadership_history`` when they equal it (the current valuation always does);
* a fact's own field names, its sources' and its amounts' are written short (:data:`SHORT_KEYS`); the row's
  fields, and a fact's company and evidence, keep theirs (renaming them costs more CPU than it saves bytes);
* ``applied_event_ids``, when every id is an event id (24 lowercase hex digits), is one string of their bytes
  in URL-safe base64 (16 characters an id instead of 27);
* every other event id (a fact's ``event_id`` and ``annual_value_event_id``, a horizon's ``event_id``) and
  every item id (of a fact's sources, of a horizon) that is 24 lowercase hex digits is written the same way,
  16 characters instead of 24, under a key of its own (:data:`PACKED_KEYS`: ``E``, ``AE``, ``I``). No field
  name has a capital letter, so a stored key says which form its value is in: an id under ``e`` or
  ``event_id`` is read as it is, whatever it looks like, and an id of any other form stays where it was.
  Event ids are dealwatch's own (24 hex digits, so always packed); item ids are the crawlers', packed only
  where a crawler uses such ids (the generated feed does, and dealwatch derives one for an item that comes
  without one). An evidence sentence's item id, when it is not its fact's own, stays as it is. On the
  bench's feed this took the p99 row from 8,052 to 7,611 bytes, half of it event ids, half item ids;
* a time to the second (a fact's, a source's, a horizon's, ``last_event_at``) is written as whole seconds since
  the epoch (:func:`_epoch`), which pydantic reads as that UTC time: code from before reads it right too;
* a fact-list source's URL that shares at least 8 leading characters with the URL before it in the row is
  written as ``[shared, rest]`` (:func:`_chained`). With the times, this cut the p99 row of 20,000 skewed
  articles by 12 % (7,636 -> 6,722 bytes, ``python -m bench.rows``' feed, same alerts).

The row stays ``schema_version`` 3: a row written before packing is read as it always was (no stored key
changed meaning), and code from before packing that reads a packed row fails validation loudly (an unknown
field ``E``, ``AE`` or ``I``, a missing ``event_id`` or ``item_id``) instead of misreading it; so does code
from before URL chaining that reads a ``[shared, rest]`` URL (a URL must be a string). The apply agent
logs such a row whole, resets it and dead-letters the update that found it
(:meth:`streams.companies.apply_batch.BatchApplier._read_company`): in a rolling upgrade, a worker from
before packing must not take over a partition a worker with packing has written to, so stop the old workers
before the new ones start (or roll out a release that reads packed ids before one that writes them). A new
version number would not make that safer, only make the old code reject every new row, the ones it would
read correctly (no packed id) included.

Version 2 rows (full key names, the id list, no indexes) are what :func:`expanded_v2` reads.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

FACT_LISTS = ("valuation_history", "revenue", "investors", "holdings", "leadership_history", "customers", "vendors")
_FACTS = {"valuation": "valuation_history", "ceo": "leadership_history"}
"""A single fact, and the history that holds it when it is current."""
FACT_FIELDS = (*FACT_LISTS, *_FACTS)
"""The state's fields that hold facts, encoded one by one (:func:`compacted_fact`); the lists first."""
_TIMES = ("as_of", "since", "updated_at")
_SAME = True
"""Marks a fact's time equal to its source's publication time, or a relationship's ``annual_value_source`` /
``annual_value_event_id`` equal to its own ``source`` / ``event_id``."""

SHORT_KEYS = {
    "amount": "m",
    "annual_value": "av",
    "annual_value_event_id": "ae",
    "annual_value_source": "as",
    "as_of": "t",
    "company": "co",
    "event_id": "e",
    "evidence": "ev",
    "item_id": "i",
    "period": "pe",
    "person": "p",
    "previous_person": "pp",
    "published_at": "pt",
    "since": "si",
    "source": "s",
    "stake_pct": "sp",
    "status": "st",
    "updated_at": "u",
    "value": "v",
    "currency": "c",
    "qualifier": "q",
}
"""Field name -> stored name, for the fields of a fact, its sources and its amounts (a company keeps its own)."""
_LONG_KEYS = {short: long for long, short in SHORT_KEYS.items()}
_PARTS = ("source", "annual_value_source", "value", "amount", "annual_value")
"""A fact's fields whose own field names are written short too: its sources and its amounts."""
_ID_CHARS = 24
_ID_BYTES = 12
_HEX_ID = re.compile(r"[0-9a-f]{24}")
_PACKED_ID = re.compile(r"[A-Za-z0-9_-]{16}")
PACKED_KEYS = {"event_id": "E", "annual_value_event_id": "AE", "item_id": "I"}
"""Id field -> the key its value is stored under when packed (no field name has a capital letter)."""
_UNPACKED_KEYS = {packed: key for key, packed in PACKED_KEYS.items()}
_SOURCES = ("source", "annual_value_source")
_SHORT_SOURCES = tuple(SHORT_KEYS[key] for key in _SOURCES)
_HORIZONS = ("customers_horizon", "vendors_horizon")


def compacted(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (a state dumped as JSON, nulls and defaults left out) in the stored encoding."""
    facts: dict[str, Any] = {name: [compacted_fact(fact) for fact in row[name]] for name in FACT_LISTS if name in row}
    facts.update({name: compacted_fact(row[name]) for name in _FACTS if name in row})
    return with_facts({key: value for key, value in row.items() if key not in facts}, facts)


def compacted_fact(fact: dict[str, Any]) -> dict[str, Any]:
    """One fact (dumped as JSON, nulls and defaults left out) in the stored encoding: what a row stores for it."""
    return _short(_with_sources(_compacted(fact), _stored_part))


def with_facts(row: dict[str, Any], facts: Mapping[str, Any]) -> dict[str, Any]:
    """The stored row: ``row`` (a state dumped as JSON but its facts) encoded, and ``facts`` in place.

    ``facts`` maps each fact list of the state (and ``valuation`` and ``ceo``) that is not empty to what
    :func:`compacted_fact` gives for its facts; they are used as they are, never changed, so a caller may hand
    in the same fact's encoding for every row that holds it (:mod:`streams.companies.fact_rows`).
    """
    previous = [""]
    out = {**row, **{name: [_chained(fact, previous) for fact in facts[name]] for name in FACT_LISTS if name in facts}}
    for name, history in _FACTS.items():
        if name in facts:
            entries = facts.get(history, [])
            out[name] = entries.index(facts[name]) if facts[name] in entries else facts[name]
    for name in _HORIZONS:
        if name in row:
            out[name] = _stored_part(row[name])
    if "last_event_at" in row:
        out["last_event_at"] = _epoch(row["last_event_at"])
    packed = _packed(row.get("applied_event_ids", []))
    if packed is not None:
        out["applied_event_ids"] = packed
    return out


def expanded(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row stored by :func:`compacted` as the state's JSON again; anything malformed is left to validation."""
    out = dict(row)
    previous = [""]
    for name in FACT_LISTS:
        if isinstance(row.get(name), list):
            out[name] = [_expanded(_with_sources(_long(_unchained(fact, previous)), _read_part))
                         if isinstance(fact, dict) else fact for fact in row[name]]  # fmt: skip
    for name, history in _FACTS.items():
        fact, entries = row.get(name), out.get(history)
        if isinstance(fact, int) and not isinstance(fact, bool) and isinstance(entries, list):
            out[name] = entries[fact] if -len(entries) <= fact < len(entries) else fact
        elif name in row:
            out[name] = _expanded(_with_sources(_long(fact), _read_part)) if isinstance(fact, dict) else fact
    for name in _HORIZONS:
        if isinstance(row.get(name), Mapping):
            out[name] = _read_part(row[name])
    if "last_event_at" in row:
        out["last_event_at"] = _iso(row["last_event_at"])
    ids = row.get("applied_event_ids")
    if isinstance(ids, str):
        out["applied_event_ids"] = _unpacked(ids)
    return out


def expanded_v2(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row stored by version 2 (full names, only the source repeats left out) as the state's JSON again."""
    lists = {name: [_expanded(fact) for fact in row[name]] for name in FACT_LISTS if isinstance(row.get(name), list)}
    return {**row, **{name: _expanded(row[name]) for name in _FACTS if name in row}, **lists}


def _packed(ids: list[str]) -> str | None:
    """``ids`` packed into one string, or None if one of them is not 24 lowercase hex digits (or there are none)."""
    joined = "".join(ids)
    if not ids or len(joined) != _ID_CHARS * len(ids):
        return None
    try:
        raw = bytes.fromhex(joined)
    except ValueError:
        return None
    return base64.urlsafe_b64encode(raw).decode() if raw.hex() == joined else None  # not upper case, no spaces


def _unpacked(packed: str) -> list[str] | str:
    """The event ids packed into ``packed``; the string itself (for validation to reject) if it is not a packing."""
    try:
        raw = base64.urlsafe_b64decode(packed.encode())
    except (binascii.Error, ValueError):
        return packed
    if len(raw) % _ID_BYTES:
        return packed
    return [raw[at : at + _ID_BYTES].hex() for at in range(0, len(raw), _ID_BYTES)]


def _packed_id(value: object) -> str | None:
    """``value`` packed (16 URL-safe base64 characters), or None if it is not 24 lowercase hex digits."""
    if not isinstance(value, str) or not _HEX_ID.fullmatch(value):
        return None
    return base64.urlsafe_b64encode(bytes.fromhex(value)).decode()


def _unpacked_id(value: object) -> str | None:
    """The id packed into ``value``, or None if it is not what :func:`_packed_id` writes.

    16 characters of the URL-safe alphabet are exactly 12 bytes, so each such string is the packing of one id.
    """
    if not isinstance(value, str) or not _PACKED_ID.fullmatch(value):
        return None
    return base64.urlsafe_b64decode(value).hex()


def _packed_ids(part: Mapping[str, Any]) -> dict[str, Any]:
    """``part`` with each id field (:data:`PACKED_KEYS`) that is 24 lowercase hex digits packed under its own key."""
    out = dict(part)
    for key, packed_key in PACKED_KEYS.items():
        packed = _packed_id(out.get(key))
        if packed is not None:
            del out[key]
            out[packed_key] = packed
    return out


def _unpacked_ids(part: Mapping[str, Any]) -> dict[str, Any]:
    """``part`` with its packed ids back under their field names (a damaged one is left to validation).

    A packed value that is not exactly what :func:`_packed_id` writes, or whose field is there too, stays under
    its packed key, which validation rejects as an unknown field.
    """
    out = dict(part)
    for packed_key, key in _UNPACKED_KEYS.items():
        if packed_key in out and key not in out:
            value = _unpacked_id(out[packed_key])
            if value is not None:
                del out[packed_key]
                out[key] = value
    return out


_STORED_TIMES = (*_TIMES, "published_at")
"""The time fields of a fact, a source or a horizon (the row's ``last_event_at`` is handled on its own)."""
_ISO_SECOND = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
_EPOCH_LIMIT = 10**10
"""Whole seconds up to here (the year 2286) are read as seconds by pydantic, whose reading of larger numbers
differs (milliseconds above 2 x 10^10)."""


def _epoch(value: object) -> object:
    """A time as the state's JSON writes it in UTC to the second, as seconds since the epoch; anything else as it is.

    ``1767667144`` instead of ``"2026-01-06T02:39:04Z"``: 12 bytes less a time, about 25 times in a full row.
    Pydantic reads such a number as that UTC time, so code from before this encoding reads it right too.
    """
    if not isinstance(value, str) or not _ISO_SECOND.fullmatch(value):
        return value
    seconds = int(datetime.fromisoformat(value).timestamp())
    return seconds if 0 <= seconds < _EPOCH_LIMIT else value


def _iso(value: object) -> object:
    """A time :func:`_epoch` wrote, as the state's JSON writes it (a ``true`` marker, or anything else, as it is)."""
    if type(value) is not int or not 0 <= value < _EPOCH_LIMIT:
        return value
    return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _stored_part(part: Mapping[str, Any]) -> dict[str, Any]:
    """A fact, one of its sources or a horizon with its ids packed and its times in seconds."""
    out = _packed_ids(part)
    for key in _STORED_TIMES:
        if key in out:
            out[key] = _epoch(out[key])
    return out


def _read_part(part: Mapping[str, Any]) -> dict[str, Any]:
    """What :func:`_stored_part` stored, its ids and times as the state's JSON writes them."""
    out = _unpacked_ids(part)
    for key in _STORED_TIMES:
        if key in out:
            out[key] = _iso(out[key])
    return out


_MIN_SHARED = 8
"""Characters a URL must share with the one before it to be written as that count and the rest."""


def _chained(fact: dict[str, Any], previous: list[str]) -> dict[str, Any]:
    """A stored fact (:func:`compacted_fact`) with each source URL written against the URL before it in the row.

    A URL that shares at least :data:`_MIN_SHARED` leading characters with the previous URL of the row's fact
    lists (in the order of :data:`FACT_LISTS`, a fact's ``source`` before its ``annual_value_source``) is
    written ``[shared, rest]``: a publisher's scheme, host and section are written once, not in every fact
    (about 30 of a URL's 50 characters on the bench's feed). ``previous`` holds the last URL seen; ``fact``,
    shared with other rows, is copied before anything changes.
    """
    out = fact
    for key in _SHORT_SOURCES:
        source = fact.get(key)
        if not isinstance(source, dict) or not isinstance(url := source.get("url"), str):
            continue
        shared = _shared(previous[0], url)
        previous[0] = url
        if shared >= _MIN_SHARED:
            out = dict(out) if out is fact else out
            out[key] = {**source, "url": [shared, url[shared:]]}
    return out


def _shared(a: str, b: str) -> int:
    """How many leading characters ``a`` and ``b`` share (a binary search over slices: a few comparisons in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _unchained(fact: dict[str, Any], previous: list[str]) -> dict[str, Any]:
    """A stored fact with each source URL :func:`_chained` wrote in full again (a malformed one left to validation)."""
    out = fact
    for key in _SHORT_SOURCES:
        source = fact.get(key)
        if not isinstance(source, dict):
            continue
        url = source.get("url")
        if isinstance(url, list) and len(url) == 2:  # noqa: PLR2004 - [shared, rest]
            shared, rest = url
            if type(shared) is int and isinstance(rest, str) and _MIN_SHARED <= shared <= len(previous[0]):
                url = previous[0][:shared] + rest
                out = dict(out) if out is fact else out
                out[key] = {**source, "url": url}
        if isinstance(url, str):
            previous[0] = url
    return out


def _with_sources(fact: Mapping[str, Any], convert: Callable[[Mapping[str, Any]], dict[str, Any]]) -> dict[str, Any]:
    """``fact`` (its names in full) and its sources passed through ``convert``.

    ``convert`` is :func:`_stored_part` or :func:`_read_part`: storing and reading back touch the same parts.
    """
    out = convert(fact)
    for key in _SOURCES:
        if isinstance(out.get(key), Mapping):
            out[key] = convert(out[key])
    return out


def _short(fact: dict[str, Any]) -> dict[str, Any]:
    """``fact`` with its field names and its sources' and amounts' written short."""
    return {
        SHORT_KEYS.get(key, key): _short(value) if key in _PARTS and isinstance(value, dict) else value
        for key, value in fact.items()
    }


def _long(fact: dict[str, Any]) -> dict[str, Any]:
    """``fact`` with its field names and its parts' written in full (a malformed part is left to validation)."""
    out = {_LONG_KEYS.get(key, key): value for key, value in fact.items()}
    for key in _PARTS:
        if isinstance(out.get(key), dict):
            out[key] = _long(out[key])
    return out


def _origin(source: Mapping[str, Any]) -> dict[str, Any]:
    """Where an evidence sentence read from ``source`` says it was read (its item id, and URL if it has one)."""
    return {key: source[key] for key in ("item_id", "url") if key in source}


def _where(evidence: Mapping[str, Any]) -> dict[str, Any]:
    """An evidence sentence's fields but its text."""
    return {key: value for key, value in evidence.items() if key != "text"}


def _compacted(fact: dict[str, Any]) -> dict[str, Any]:
    """One fact (dumped as JSON, nulls and defaults left out) with its repeats of its own source left out or marked."""
    out = dict(fact)
    if fact.get("annual_value_event_id") == fact["event_id"]:
        out["annual_value_event_id"] = _SAME
    source = fact.get("source")
    if source is None:
        return out
    for time in _TIMES:
        if time in fact and fact[time] == source.get("published_at"):
            out[time] = _SAME
    if fact.get("annual_value_source") == source:
        out["annual_value_source"] = _SAME
    if "evidence" in fact:
        origin = _origin(source)
        out["evidence"] = [{"text": e["text"]} if _where(e) == origin else e for e in fact["evidence"]]
    return out


def _expanded(fact: object) -> object:
    """One stored fact with what :func:`_compacted` left out or marked put back (anything else as it is)."""
    if not isinstance(fact, Mapping):
        return fact
    out = dict(fact)
    if out.get("annual_value_event_id") is _SAME:
        out["annual_value_event_id"] = out.get("event_id")
    source = out.get("source")
    if out.get("annual_value_source") is _SAME:
        out["annual_value_source"] = source
    for time in _TIMES:
        if out.get(time) is _SAME and isinstance(source, Mapping):
            out[time] = source.get("published_at")
    if isinstance(source, Mapping) and isinstance(out.get("evidence"), list):
        origin = _origin(source)
        out["evidence"] = [{**origin, **e} if isinstance(e, Mapping) and "item_id" not in e else e
                           for e in out["evidence"]]  # fmt: skip
    return out
