"""StateCache (streams/companies/state_cache.py): least recently used, and only within one rebalance generation."""

from __future__ import annotations

from schemas import CompanyRef
from schemas.state import CompanyState
from streams.companies.state_cache import Generation, StateCache


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
