"""The company state is a function of the set of updates, whatever their order, copies and replays included.

The batch is realistic: generated news with syndicated copies (the same story under other item ids,
published later), extracted for real, plus copies of its facts published at the very same second
under other item ids (ties broken by item id) and earlier (a copy that predates the first arrival).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import CompanyState, CompanyUpdate, NewsItem
from streams.companies.fanout import fan_out
from streams.companies.rules import AlertRules, load_rules
from streams.companies.state import apply_update
from streams.extraction import extract
from streams.generate.news import GeneratorConfig, generate

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _copy(update: CompanyUpdate, item_id: str, shift: timedelta) -> CompanyUpdate:
    """The same fact read in another article (``item_id``), published ``shift`` after the original."""
    source = update.event.source
    published = source.published_at + shift if source.published_at else None
    moved = source.model_copy(update={"item_id": item_id, "published_at": published})
    return update.model_copy(update={"event": update.event.model_copy(update={"source": moved})})


@pytest.fixture(scope="module")
def batch() -> list[CompanyUpdate]:
    """Updates of 400 generated items (a third syndicated copies) over few companies, plus same-second copies."""
    config = GeneratorConfig(count=400, seed=13, duplicates=0.3, invalid=0.0, unknown_companies=0.0)
    updates: list[CompanyUpdate] = []
    for record in generate(config):
        item = NewsItem.model_validate_json(record.value)
        updates += [u for event in extract(item).events for u in fan_out(event)]
    rng = random.Random(13)  # noqa: S311 - reproducible test data
    copies = [_copy(u, f"same-second-{i}", timedelta(0)) for i, u in enumerate(rng.sample(updates, 60))]
    earlier = [_copy(u, f"earlier-{i}", -timedelta(hours=3)) for i, u in enumerate(rng.sample(updates, 60))]
    return updates + copies + earlier


def fold(updates: list[CompanyUpdate], rules: AlertRules) -> tuple[dict[str, dict], set[str]]:
    """Every company's state (its replay guard as a set: that list alone keeps arrival order) and the alert ids."""
    states: dict[str, CompanyState] = {}
    alert_ids: set[str] = set()
    for update in updates:
        state, alerts = apply_update(states.get(update.company.id), update, rules, now=NOW)
        states[update.company.id] = state
        alert_ids |= {a.alert_id for a in alerts}
    comparable = {
        cid: {**s.model_dump(mode="json"), "applied_event_ids": sorted(s.applied_event_ids)}
        for cid, s in states.items()
    }
    return comparable, alert_ids


def test_the_batch_shares_facts(batch: list[CompanyUpdate]) -> None:
    """The batch holds what made states differ: one fact (event id) from several articles, on shared companies."""
    sources_per_fact: dict[tuple[str, str], set[str]] = {}
    for update in batch:
        sources_per_fact.setdefault((update.company.id, update.event.event_id), set()).add(update.event.source.item_id)
    shared = sum(len(items) > 1 for items in sources_per_fact.values())
    companies = {update.company.id for update in batch}
    assert shared >= 100, shared
    assert len(batch) >= 2 * len(companies)


@settings(max_examples=40, deadline=None)
@given(order=st.randoms(use_true_random=False), replays=st.integers(min_value=0, max_value=60))
def test_every_arrival_order_gives_the_same_state(
    batch: list[CompanyUpdate], order: random.Random, replays: int
) -> None:
    """Shuffled, with some updates delivered again anywhere after their first delivery: the same states."""
    rules = load_rules()
    reference, _ = fold(batch, rules)
    shuffled = batch[:]
    order.shuffle(shuffled)
    for update in order.sample(batch, replays):
        first = shuffled.index(update)
        shuffled.insert(order.randint(first + 1, len(shuffled)), update)
    states, _ = fold(shuffled, rules)
    assert states == reference


def test_reversed_order_gives_the_same_state(batch: list[CompanyUpdate]) -> None:
    """The worst case for arrival order: every fact and copy in reverse."""
    rules = load_rules()
    assert fold(list(reversed(batch)), rules)[0] == fold(batch, rules)[0]


def test_publication_order_per_company_fixes_the_alerts(batch: list[CompanyUpdate]) -> None:
    """Interleaving companies differently while each gets its updates in publication order raises the same alerts.

    Copies published at the same second as their original make some facts tie on the date, so
    this is the order the worker sees when a company's news comes through one partition.
    """
    rules = load_rules()

    def published(update: CompanyUpdate) -> tuple:
        source = update.event.source
        return (source.published_at or NOW, update.event.event_id, source.item_id)

    in_order = sorted(batch, key=published)
    rng = random.Random(7)  # noqa: S311 - reproducible test data
    per_company: dict[str, list[CompanyUpdate]] = {}
    for update in in_order:
        per_company.setdefault(update.company.id, []).append(update)
    interleaved: list[CompanyUpdate] = []
    queues = [list(reversed(q)) for q in per_company.values()]
    while queues:
        queue = rng.choice(queues)
        interleaved.append(queue.pop())
        queues = [q for q in queues if q]
    reference_states, reference_alerts = fold(in_order, rules)
    states, alerts = fold(interleaved, rules)
    assert reference_alerts and alerts == reference_alerts
    assert states == reference_states
