"""bench.rows --memory: the state cache's memory estimate against what parsed states really take."""

from __future__ import annotations

from bench.rows import measure


def test_the_cache_estimate_is_the_memory_of_real_states() -> None:
    """States folded from a skewed generated feed: :func:`footprint` charges what ``tracemalloc`` sees, within 20 %.

    The cache's memory bound (``DEALWATCH_STATE_CACHE_MB``) is only as good as this estimate.
    """
    point = measure(300, 300, seed=1, memory=True)["points"][0]
    assert point["rows"] > 50
    assert 0.8 <= point["state_memory"]["estimate_vs_memory"] <= 1.2
