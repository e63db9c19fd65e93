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

Bounded by count and by memory: a parsed state takes about 19 times the bytes of its stored row (pydantic
models, and the stored encoding of each fact that :mod:`streams.companies.fact_rows` keeps while the fact
lives), so a cache of every company grew with how full the rows were: 55 MB of RSS over 60,000 skewed
articles while the rows filled (``python -m bench.steady``). Each entry is charged :func:`footprint`, an
estimate from the state's facts and applied ids, and the least recently used go first past the budget
(``DEALWATCH_STATE_CACHE_MB``); on a skewed feed the busy companies, the ones worth caching, stay.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from schemas.state import CompanyState

STATE_BYTES = 1_024
"""Memory of a parsed state besides its facts and applied ids (an estimate, like the next two)."""
FACT_BYTES = 4_800
"""Memory of one fact of a parsed state with its kept stored encoding. ``tracemalloc`` over every state parsed back
from its row, and its row written once, after 5,000 to 30,000 Zipf-skewed generated articles (``bench.rows``' feed;
1,351 to 1,995 companies, 4,496 to 16,442 facts): 4,690 to 4,917 bytes a fact once the other two terms are taken
off, and 18.5 to 19.4 bytes per byte of the stored rows, neither with a trend as rows fill. (4,096, measured on
3,000 articles, left the estimate 12-16 % under the memory.)"""
APPLIED_ID_BYTES = 80
"""Memory of one applied event id (a 24-character string and its slot in the tuple)."""
_MB = 2**20

Generation = int | None
"""Faust's rebalance count, or None while a rebalance is in progress (then nothing is trusted)."""


def footprint(state: CompanyState) -> int:
    """The memory ``state`` is estimated to take in the cache, bytes."""
    facts = (state.valuation_history, state.revenue, state.investors, state.holdings, state.leadership_history,
             state.customers, state.vendors)  # fmt: skip
    return STATE_BYTES + FACT_BYTES * sum(map(len, facts)) + APPLIED_ID_BYTES * len(state.applied_event_ids)


class StateCache:
    """A least-recently-used map of company id -> the state last written, valid within one rebalance generation.

    At most ``capacity`` states, whose :func:`footprint` sums to at most ``max_mb`` MiB (no bound if None).
    """

    def __init__(self, capacity: int, generation: Callable[[], Generation], *, max_mb: float | None = None) -> None:
        self._capacity = capacity
        self._max_bytes = None if max_mb is None else int(max_mb * _MB)
        self._generation = generation
        self._entries: OrderedDict[str, tuple[int, CompanyState, int]] = OrderedDict()
        self._bytes = 0

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
        self._drop(key)
        if generation is None or generation != self._generation() or self._capacity == 0:
            return
        size = footprint(state)
        self._entries[key] = (generation, state, size)
        self._bytes += size
        while self._entries and (
            len(self._entries) > self._capacity or (self._max_bytes is not None and self._bytes > self._max_bytes)
        ):
            self._drop(next(iter(self._entries)))

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def footprint(self) -> int:
        """The estimated memory of the states held, bytes (:func:`footprint` summed)."""
        return self._bytes

    def _drop(self, key: str) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= entry[2]
