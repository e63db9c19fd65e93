"""The soak's articles (bench/soak.py): each states a fact of its own, or 'one alert per article' is false."""

from __future__ import annotations

import pytest

from bench.soak import PAIRS, amount_millions, article
from schemas import NewsItem
from streams.extraction import extract


def _event_ids(i: int) -> list[str]:
    return [event.event_id for event in extract(NewsItem.model_validate_json(article(i, "t")[1])).events]


@pytest.mark.parametrize("nth", [0, 1, 898, 899, 900, 901])
def test_articles_of_one_pair_state_different_facts(nth: int) -> None:
    """The n-th and (n+1)-th article of a pair extract to different event ids, across a change of scale too."""
    first, second = nth * len(PAIRS), (nth + 1) * len(PAIRS)
    assert article(first, "t")[1] != article(second, "t")[1]
    assert len(_event_ids(first)) == len(_event_ids(second)) == 1
    assert _event_ids(first) != _event_ids(second)


def test_amounts_differ_at_three_significant_digits() -> None:
    """Event ids keep 3 significant digits of an amount: no two articles of a pair may share them."""
    amounts = [f"{amount_millions(nth * len(PAIRS)):.3g}" for nth in range(2_000)]
    assert len(set(amounts)) == len(amounts)
