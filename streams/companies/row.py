"""The stored encoding of a company row: what a fact repeats of its own source is written once.

Every fact names the article behind it (``source``), and usually its time is that article's publication
time; a customer's or vendor's evidence sentences, and the report that stated its value, mostly come
from that same article and event. A full row spells the same item id, URL and time out up to five
times per fact, about a third of a busy company's row. Stored, a repeat is left out (an evidence
sentence keeps its ``text`` alone) or marked ``true`` ("the same as this fact's own", which no valid
value can be); :func:`expanded` puts them back before validation, so the state read, and what the API
shows, are unchanged. A row without marks (written before this encoding) expands to itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_FACT_LISTS = ("valuation_history", "revenue", "investors", "holdings", "leadership_history", "customers", "vendors")
_FACTS = ("valuation", "ceo")
_TIMES = ("as_of", "since", "updated_at")
_SAME = True
"""Marks a fact's time equal to its source's publication time, or a relationship's ``annual_value_source`` /
``annual_value_event_id`` equal to its own ``source`` / ``event_id``."""


def compacted(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (a state dumped as JSON) with each fact's repeats of its own source left out or marked."""
    facts = {name: _compacted(row[name]) for name in _FACTS if name in row}
    return {**row, **facts, **{name: [_compacted(fact) for fact in row[name]] for name in _FACT_LISTS if name in row}}


def expanded(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row with the repeats :func:`compacted` left out put back; anything malformed is left to validation."""
    lists = {name: row[name] for name in _FACT_LISTS if isinstance(row.get(name), list)}
    facts = {name: _expanded(row[name]) for name in _FACTS if name in row}
    return {**row, **facts, **{name: [_expanded(fact) for fact in listed] for name, listed in lists.items()}}


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
