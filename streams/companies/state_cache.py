"""Company states the apply agent wrote, kept parsed so that the next update of the company skips reading its row.

Reading a row back is most of the apply agent's own cost once rows are full (bounded, but 5-15 KB for a
busy company): the store's JSON decode, pydantic validation and the expansion of the compact encoding
took 44 % of the CPU of ``apply`` in a profile of 4,869 updates after 7,000 skewed generated articles,
and made its cost per article grow from 0.64 ms to 1.48 ms as rows filled. Real feeds are skewed: the
same few companies are updated again and again, so most reads are of a row this worker has just written.

Sound because between two rebalances the apply agent is the only writer of the rows of its partitions
(a table's standby copies are of other partitions, recovery runs during a rebalance). So an entry is
trusted only within the rebalance generation it was made in: it is tagged with Faust's rebalance count
read *before* the update was read, and a rebalance that starts (and bumps the count) while the update
is processed, or at any time later, makes it stale. While a rebalance is in progress nothing is cached.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from schemas.state import CompanyState

Generation = int | None
"""Faust's rebalance count, or None while a rebalance is in progress (then nothing is trusted)."""


class StateCache:
    """A least-recently-used map of company id -> the state last written, valid within one rebalance generation."""

    def __init__(self, capacity: int, generation: Callable[[], Generation]) -> None:
        self._capacity = capacity
        self._generation = generation
        self._entries: OrderedDict[str, tuple[int, CompanyState]] = OrderedDict()

    def generation(self) -> Generation:
        """The generation to tag what is read now: call it before reading the state an update applies to."""
        return self._generation()

    def get(self, key: str, generation: Generation) -> CompanyState | None:
        """The state written for ``key`` in ``generation``, if still current; None means: read the table."""
        entry = self._entries.get(key)
        if entry is None or generation is None or entry[0] != generation or generation != self._generation():
            return None
        self._entries.move_to_end(key)
        return entry[1]

    def put(self, key: str, state: CompanyState, generation: Generation) -> None:
        """Remember ``state`` as written for ``key``, if no rebalance started since ``generation`` was read."""
        if generation is None or generation != self._generation() or self._capacity == 0:
            self._entries.pop(key, None)
            return
        self._entries[key] = (generation, state)
        self._entries.move_to_end(key)
        if len(self._entries) > self._capacity:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
