"""The stored encoding of a company row: what a relationship repeats of its own source is written once.

A relationship names the article behind its status (``source``), and usually every evidence sentence,
and the report that stated its value, come from that same article and event: a full row spells the
same item id, URL and time out up to five times per customer or vendor, about a third of a busy
company's row. Stored, a repeat is left out (an evidence sentence keeps its ``text`` alone) or marked
``true`` ("the same as this relationship's own", which no valid value can be); :func:`expanded` puts
them back before validation, so the state read, and what the API shows, are unchanged. A row without
marks (written before this encoding) expands to itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_RELATIONSHIP_LISTS = ("customers", "vendors")
_SAME = True
"""Marks a relationship's ``annual_value_source`` / ``annual_value_event_id`` equal to its own."""


def compacted(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (a state dumped as JSON) with each relationship's repeats of its own source left out or marked."""
    return {**row, **{name: [_compacted(rel) for rel in row[name]] for name in _RELATIONSHIP_LISTS if name in row}}


def expanded(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row with the repeats :func:`compacted` left out put back; anything malformed is left to validation."""
    lists = {name: row[name] for name in _RELATIONSHIP_LISTS if isinstance(row.get(name), list)}
    return {**row, **{name: [_expanded(rel) for rel in rels] for name, rels in lists.items()}}


def _origin(source: Mapping[str, Any]) -> dict[str, Any]:
    """Where an evidence sentence read from ``source`` says it was read (its item id, and URL if it has one)."""
    return {key: source[key] for key in ("item_id", "url") if key in source}


def _where(evidence: Mapping[str, Any]) -> dict[str, Any]:
    """An evidence sentence's fields but its text."""
    return {key: value for key, value in evidence.items() if key != "text"}


def _compacted(rel: dict[str, Any]) -> dict[str, Any]:
    out = dict(rel)
    if rel.get("annual_value_event_id") == rel["event_id"]:
        out["annual_value_event_id"] = _SAME
    source = rel.get("source")
    if source is None:
        return out
    if rel.get("annual_value_source") == source:
        out["annual_value_source"] = _SAME
    if "evidence" in rel:
        origin = _origin(source)
        out["evidence"] = [{"text": e["text"]} if _where(e) == origin else e for e in rel["evidence"]]
    return out


def _expanded(rel: object) -> object:
    if not isinstance(rel, Mapping):
        return rel
    out = dict(rel)
    if out.get("annual_value_event_id") is _SAME:
        out["annual_value_event_id"] = out.get("event_id")
    source = out.get("source")
    if out.get("annual_value_source") is _SAME:
        out["annual_value_source"] = source
    if isinstance(source, Mapping) and isinstance(out.get("evidence"), list):
        origin = _origin(source)
        out["evidence"] = [{**origin, **e} if isinstance(e, Mapping) and "item_id" not in e else e
                           for e in out["evidence"]]  # fmt: skip
    return out
