"""StateCache (streams/companies/state_cache.py): least recently used, in a memory bound, per rebalance generation."""

from __future__ import annotations

from schemas import CompanyRef
from schemas.state import CompanyState, Relationship
from streams.companies.state_cache import FACT_BYTES, STATE_BYTES, Generation, StateCache, footprint


def state(name: str) -> CompanyState:
    return CompanyState(company=CompanyRef(id=name.casefold(), name=name))


class Clock:
    """Stands for Faust's rebalance count (None while a rebalance is in progress)."""

    def __init__(self) -> None:
        self.now: Generation = 1

    def __call__(self) -> Generation:
        return self.now


def test_a_state_put_in_this_generation_is_returned() -> None:
    cache = StateCache(4, Clock())
    cache.put("a", state("A"), cache.generation())
    assert cache.get("a", cache.generation()) == state("A")
    assert cache.get("b", cache.generation()) is None


def test_a_rebalance_makes_every_entry_stale() -> None:
    clock = Clock()
    cache = StateCache(4, clock)
    cache.put("a", state("A"), cache.generation())
    clock.now = 2
    assert cache.get("a", cache.generation()) is None


def test_an_update_read_before_a_rebalance_is_not_kept() -> None:
    """Read in generation 1, written after a rebalance started: what it wrote may be on another worker's partition."""
    clock = Clock()
    cache = StateCache(4, clock)
    cache.put("a", state("A"), 1)
    read_at = cache.generation()
    clock.now = None
    cache.put("a", state("A2"), read_at)
    clock.now = 2
    cache.put("b", state("B"), read_at)
    assert len(cache) == 0


def test_nothing_is_trusted_while_a_rebalance_is_in_progress() -> None:
    clock = Clock()
    cache = StateCache(4, clock)
    cache.put("a", state("A"), cache.generation())
    clock.now = None
    assert cache.get("a", cache.generation()) is None
    cache.put("b", state("B"), cache.generation())
    assert len(cache) == 1


def test_the_least_recently_used_company_goes_first() -> None:
    cache = StateCache(2, Clock())
    generation = cache.generation()
    cache.put("a", state("A"), generation)
    cache.put("b", state("B"), generation)
    assert cache.get("a", generation) is not None
    cache.put("c", state("C"), generation)
    assert [cache.get(key, generation) is not None for key in "abc"] == [True, False, True]


def test_size_zero_keeps_nothing() -> None:
    cache = StateCache(0, Clock())
    cache.put("a", state("A"), cache.generation())
    assert cache.get("a", cache.generation()) is None


def full(name: str, facts: int) -> CompanyState:
    """A state holding ``facts`` customers (facts are what the memory estimate counts)."""
    customers = tuple(
        Relationship(company=CompanyRef(id=f"c{n}", name=f"C{n}"), status="active", event_id=f"e{n}")
        for n in range(facts)
    )
    return state(name).model_copy(update={"customers": customers})


def test_the_memory_bound_evicts_the_least_recently_used() -> None:
    """Past ``max_mb`` of estimated memory the oldest entries go, however many fewer than ``capacity`` remain."""
    size = footprint(full("A", 8))
    assert size == STATE_BYTES + 8 * FACT_BYTES
    cache = StateCache(100, Clock(), max_mb=2.5 * size / 2**20)
    for name in ("A", "B", "C"):
        cache.put(name.casefold(), full(name, 8), cache.generation())
    assert cache.get("a", cache.generation()) is None
    assert cache.get("c", cache.generation()) == full("C", 8)
    assert (len(cache), cache.footprint) == (2, 2 * size)
    cache.put("b", state("B"), cache.generation())  # rewritten smaller: its old size is given back
    assert cache.footprint == size + footprint(state("B"))


def test_a_state_over_the_whole_budget_is_not_kept() -> None:
    cache = StateCache(100, Clock(), max_mb=FACT_BYTES / 2**20)
    cache.put("a", full("A", 2), cache.generation())
    assert (len(cache), cache.footprint) == (0, 0)
