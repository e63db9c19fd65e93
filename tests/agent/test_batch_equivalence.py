"""Folding a feed in batches gives what folding it one update at a time gives: the same rows, the same alerts.

The feed is generated news extracted for real, skewed onto few companies (so that a batch holds many
updates of one company), with syndicated copies, every tenth update delivered again later (a replay) and
undecodable messages in between (dead-lettered, skipped). The apply agent runs it with batches of one
update (the per-update agent) and of up to 500 (everything queued is one batch), and both must store exactly
the rows and send exactly the alerts, in the same order, of the pure per-update fold.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import Alert, CompanyState, CompanyUpdate, NewsItem
from streams.companies.fanout import company_key, fan_out
from streams.companies.rules import load_rules
from streams.companies.state import apply_update, state_row
from streams.extraction import extract
from streams.generate.news import GeneratorConfig, generate
from tests.agent.conftest import Harness, settled

BAD = b'{"company": "not an object"}'


@pytest.fixture(scope="module")
def feed() -> list[CompanyUpdate]:
    """Updates of 150 generated items over few companies, every tenth one delivered again 25 updates later."""
    config = GeneratorConfig(count=150, seed=7, duplicates=0.3, invalid=0.0, unknown_companies=0.0, company_zipf=1.5)
    updates: list[CompanyUpdate] = []
    for record in generate(config):
        item = NewsItem.model_validate_json(record.value)
        updates += [update for event in extract(item).events for update in fan_out(event)]
    replayed = list(updates)
    for index in range(0, len(updates), 10):
        replayed.insert(min(len(replayed), index + index // 10 + 25), updates[index])
    return replayed


def folded_one_by_one(updates: list[CompanyUpdate]) -> tuple[dict[str, CompanyState], list[Alert]]:
    """The pure per-update fold: every company's final state, and the alerts in the order raised."""
    states: dict[str, CompanyState] = {}
    raised: list[Alert] = []
    for update in updates:
        states[update.company.id], alerts = apply_update(
            states.get(update.company.id), update, load_rules(), now=datetime.now(UTC)
        )
        raised += alerts
    return states, raised


def without_time(alert: Alert) -> dict[str, object]:
    """What an alert says, less when it was emitted (the one field a replay or a batch may change)."""
    return alert.model_dump(mode="json", exclude={"emitted_at"})


@pytest.mark.parametrize(("harness", "batch_max"), [(1, 1), (500, 500)], indirect=["harness"], ids=["one", "batches"])
async def test_batches_store_the_rows_and_send_the_alerts_of_the_per_update_fold(
    harness: Harness, batch_max: int, feed: list[CompanyUpdate]
) -> None:
    """Same rows as stored, same alerts in the same order, each bad message dead-lettered; batches write fewer rows."""
    messages = [(update.model_dump_json().encode(), company_key(update.company.id)) for update in feed]
    for position in (5, 60, 200):
        messages.insert(position, (BAD, messages[position][1]))
    async with harness.app.agents["apply"].test_context() as ctx:
        for value, key in messages:
            await ctx.put(value, key=key, wait=False)
        await settled(lambda: f"ack {len(messages) - 1}" in harness.journal, timeout_s=60)

    states, raised = folded_one_by_one(feed)
    assert len(states) > 10 and len(raised) > 20  # a feed that exercises the fold, not a trivial one
    assert {key: harness.companies.get(key) for key in states} == {key: state_row(s) for key, s in states.items()}
    sent = [Alert.model_validate_json(s.value) for s in harness.on(harness.topics.alerts.get_topic_name())]
    assert [without_time(alert) for alert in sent] == [without_time(alert) for alert in raised]
    assert len(harness.on(harness.topics.deadletter.get_topic_name())) == 3
    writes = sum(entry.startswith("changelog ") for entry in harness.journal)
    # One row write per update one at a time; in one batch of everything, one per company.
    assert writes == (len(feed) if batch_max == 1 else len(states))
