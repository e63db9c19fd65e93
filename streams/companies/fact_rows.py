"""Each fact's stored form, computed once per fact object instead of once per row write.

Writing a row used to dump and encode every fact of the state (:mod:`streams.companies.row`) on every write:
on a skewed feed with rows at their bounds, that encoding was about 70 % of the CPU the apply agent spent per
update (a profile of 2,497 updates in ``bench.rows``' cached path), so an update cost more the fuller its
company's row. But an update changes one fact or two: the state's other facts are the very objects the last
write encoded (states and facts are immutable, and :func:`streams.companies.state.apply_update` keeps the
untouched ones). So each fact's encoding is kept as long as the fact object lives, and a write encodes only
the facts it has not seen.

Keyed by the object's identity, with a weak reference whose callback drops the entry when the fact is freed
(before its ``id`` can be reused), so nothing here keeps a fact alive: what is held is the encoding of the
facts of the states kept elsewhere (the apply agent's :mod:`streams.companies.state_cache`, a batch). The
encodings handed out are shared between rows and must not be changed; Faust only serialises them.
"""

from __future__ import annotations

import weakref
from functools import partial
from typing import Any

from pydantic import BaseModel

from streams.companies.row import compacted_fact

_encoded: dict[int, tuple[weakref.ref[BaseModel], dict[str, Any]]] = {}


def stored_fact(fact: BaseModel) -> dict[str, Any]:
    """What a row stores for ``fact`` (:func:`streams.companies.row.compacted_fact` of its JSON), once per object."""
    key = id(fact)
    entry = _encoded.get(key)
    if entry is not None and entry[0]() is fact:
        return entry[1]
    stored = compacted_fact(fact.model_dump(mode="json", exclude_none=True, exclude_defaults=True))
    _encoded[key] = (weakref.ref(fact, partial(_forget, key)), stored)
    return stored


def encoded_facts() -> int:
    """How many facts' encodings are kept (the facts alive that a row write has encoded)."""
    return len(_encoded)


def _forget(key: int, ref: weakref.ref[BaseModel]) -> None:
    """Drop the entry of a freed fact, unless ``key`` already belongs to another object's entry."""
    entry = _encoded.get(key)
    if entry is not None and entry[0] is ref:
        del _encoded[key]
