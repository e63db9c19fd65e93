"""The apply agent under ``test_context()``: alert before state, changelog before ack, replays, crashes, logging."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from structlog.testing import capture_logs

from schemas import Alert, CompanyState, CompanyUpdate, DeadLetter
from streams.companies import apply_batch
from streams.companies.fanout import company_key, fan_out
from streams.companies.rules import load_rules
from streams.companies.state import apply_update, read_state
from tests.agent.conftest import Harness, settled
from tests.support.seed_events import load_seed_events


def target_update(event_id: str = "ev-stake") -> CompanyUpdate:
    """The update the seed event gives its object (Scale AI for the stake)."""
    return fan_out(load_seed_events()[event_id])[-1]


class TestApplyAgent:
    """Alerts are acknowledged before the state that records the event is written."""

    async def test_alert_is_sent_before_the_state_is_written(self, harness: Harness) -> None:
        """The alert is delivered before the state is written; the update is acknowledged after its changelog record."""
        update = target_update()
        async with harness.app.agents["apply"].test_context() as ctx:
            await ctx.put(update.model_dump_json().encode(), key=company_key("scale-ai"))
            await settled(lambda: "ack 0" in harness.journal)
            stored = harness.companies.get("scale-ai")
        assert harness.journal == [
            f"send {harness.topics.alerts.get_topic_name()}",
            f"acked {harness.topics.alerts.get_topic_name()}",
            "changelog scale-ai",
            "acked changelog",
            "ack 0",
        ]
        (sent,) = harness.sent
        alert = Alert.model_validate_json(sent.value)
        assert (alert.type, alert.company.id, sent.key) == ("acquisition", "scale-ai", b"scale-ai")
        assert [i.company.id for i in read_state(stored).investors] == ["meta"]
        assert stored["applied_event_ids"] == ["ev-stake"]
        assert [a.alert_id for a in harness.recent.newest(10)] == [alert.alert_id]

    async def test_replay_raises_no_alert_but_rewrites_the_state(self, harness: Harness) -> None:
        """The same update twice alerts once; the second write re-sends the changelog record a crash may have lost."""
        value = target_update().model_dump_json().encode()
        async with harness.app.agents["apply"].test_context() as ctx:
            await ctx.put(value, key=company_key("scale-ai"))
            await ctx.put(value, key=company_key("scale-ai"))
            await settled(lambda: "ack 1" in harness.journal)
        alerts = harness.topics.alerts.get_topic_name()
        # The agent takes the second update without waiting for the first row's delivery, so deliveries may
        # interleave with its actions: compare the actions, then the deliveries.
        assert [entry for entry in harness.journal if not entry.startswith(("ack", "acked"))] == [
            f"send {alerts}",
            "changelog scale-ai",
            "changelog scale-ai",
        ]
        assert harness.journal.index(f"acked {alerts}") < harness.journal.index("changelog scale-ai")
        assert harness.journal.count("acked changelog") == 2
        assert [entry for entry in harness.journal if entry.startswith("ack ")] == ["ack 0", "ack 1"]

    async def test_each_update_is_acknowledged_after_its_changelog_record_and_in_order(self, harness: Harness) -> None:
        """The agent does not wait for a changelog record to take the next update, but no update is acknowledged
        before its own record is delivered, and acknowledgements keep the arrival order."""
        value = target_update().model_dump_json().encode()
        async with harness.app.agents["apply"].test_context() as ctx:
            for _ in range(3):
                await ctx.put(value, key=company_key("scale-ai"))
            await settled(lambda: "ack 2" in harness.journal)
        journal = harness.journal
        delivered = [i for i, entry in enumerate(journal) if entry == "acked changelog"]
        acked = [journal.index(f"ack {n}") for n in range(3)]
        assert len(delivered) == 3
        assert all(ack > record for ack, record in zip(acked, delivered, strict=True))
        assert acked == sorted(acked)

    async def test_unacknowledged_alert_crashes_before_the_state_is_written(self, harness: Harness) -> None:
        """A refused alert ends the worker and the event is not recorded as applied, so a restart re-sends it."""
        harness.refuse.add(harness.topics.alerts.get_topic_name())
        async with harness.app.agents["apply"].test_context() as ctx:
            await ctx.put(target_update().model_dump_json().encode(), key=company_key("scale-ai"))
            await settled(lambda: "crash apply" in harness.journal)
        alerts = harness.topics.alerts.get_topic_name()
        assert harness.journal == [f"send {alerts}", f"acked {alerts}", "crash producer", "crash apply"]
        assert harness.companies.get("scale-ai") is None

    async def test_undelivered_changelog_record_crashes_before_the_update_is_acknowledged(
        self, harness: Harness
    ) -> None:
        """A refused changelog record ends the worker without acknowledging the update, so it is replayed."""
        harness.refuse.add("changelog")
        async with harness.app.agents["apply"].test_context() as ctx:
            await ctx.put(target_update().model_dump_json().encode(), key=company_key("scale-ai"))
            await settled(lambda: "crash delivery" in harness.journal)
        assert harness.journal[-3:] == ["changelog scale-ai", "acked changelog", "crash delivery"]
        assert "ack 0" not in harness.journal

    async def test_bad_update_is_dead_lettered_and_the_next_applied(self, harness: Harness) -> None:
        """An update that fails validation goes to the dead-letter topic; the agent goes on with the next one."""
        async with harness.app.agents["apply"].test_context() as ctx:
            await ctx.put(b'{"company": "not an object"}', key=company_key("scale-ai"))
            await ctx.put(target_update().model_dump_json().encode(), key=company_key("scale-ai"))
            await settled(lambda: "changelog scale-ai" in harness.journal)
        letter = json.loads(harness.on(harness.topics.deadletter.get_topic_name())[0].value)
        assert (letter["stage"], letter["error_type"]) == ("validate", "ValidationError")

    async def test_update_the_state_cannot_take_is_dead_lettered_at_the_apply_stage(
        self, harness: Harness, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An update ``apply_update`` raises on is dead-lettered (stage ``apply``), not applied; the next is applied."""
        real, calls = apply_batch.apply_update, []

        def fails_first(*args: Any, **kwargs: Any) -> Any:
            calls.append(args)
            if len(calls) == 1:
                raise ValueError("cannot fold")
            return real(*args, **kwargs)

        monkeypatch.setattr(apply_batch, "apply_update", fails_first)
        value = target_update().model_dump_json().encode()
        async with harness.app.agents["apply"].test_context() as ctx:
            await ctx.put(value, key=company_key("scale-ai"))
            await ctx.put(value, key=company_key("scale-ai"))
            await settled(lambda: "ack 1" in harness.journal)
        deadletters, alerts = harness.topics.deadletter.get_topic_name(), harness.topics.alerts.get_topic_name()
        assert harness.journal == [
            f"send {deadletters}",
            f"acked {deadletters}",
            "ack 0",
            f"send {alerts}",
            f"acked {alerts}",
            "changelog scale-ai",
            "acked changelog",
            "ack 1",
        ]
        letter = DeadLetter.model_validate_json(harness.on(deadletters)[0].value)
        assert (letter.stage, letter.error_type, letter.error, letter.offset, letter.value) == (
            "apply", "ValueError", "cannot fold", 0, value)  # fmt: skip
        assert harness.companies.get("scale-ai")["applied_event_ids"] == ["ev-stake"]

    async def test_an_update_logs_at_info_only_when_it_raised_alerts(self, harness: Harness) -> None:
        """The update that alerts logs ``company_update_applied`` at INFO; its replay, with no alert, at DEBUG."""
        value = target_update().model_dump_json().encode()
        with capture_logs() as logs:
            async with harness.app.agents["apply"].test_context() as ctx:
                await ctx.put(value, key=company_key("scale-ai"))
                await ctx.put(value, key=company_key("scale-ai"))
                await settled(lambda: sum(e["event"] == "company_update_applied" for e in logs) == 2)
        lines = [(e["log_level"], e["alerts"], e["replay"]) for e in logs if e["event"] == "company_update_applied"]
        assert lines == [("info", ["acquisition"], False), ("debug", [], True)]


@pytest.mark.parametrize("harness", [500], indirect=True)
class TestBatches:
    """Updates already fetched are folded together: one row write per company, after every alert of the batch."""

    def batch(self) -> list[CompanyUpdate]:
        """Eleven updates of four companies, most of them of Scale AI; several raise alerts."""
        events = load_seed_events()
        return [update for event_id in events for update in fan_out(events[event_id])]

    async def put_all(self, harness: Harness, values: list[bytes], keys: list[bytes]) -> None:
        """Queue every message before the agent runs, so that it finds them in one batch."""
        async with harness.app.agents["apply"].test_context() as ctx:
            for value, key in zip(values, keys, strict=True):
                await ctx.put(value, key=key, wait=False)
            await settled(lambda: f"ack {len(values) - 1}" in harness.journal or "crash apply" in harness.journal)

    async def test_each_changed_company_is_written_once_after_all_the_alerts_and_acked_after_its_record(
        self, harness: Harness
    ) -> None:
        """A bad message in the middle is dead-lettered; the rest fold as if applied one by one (pure fold)."""
        updates = self.batch()
        values = [update.model_dump_json().encode() for update in updates]
        values.insert(3, b'{"company": "not an object"}')
        keys = [company_key(update.company.id) for update in updates]
        keys.insert(3, company_key("scale-ai"))
        await self.put_all(harness, values, keys)

        expected: dict[str, CompanyState] = {}
        expected_alerts = []
        for update in updates:
            state, alerts = apply_update(expected.get(update.company.id), update, load_rules(), now=datetime.now(UTC))
            expected[update.company.id] = state
            expected_alerts += [alert.alert_id for alert in alerts]
        journal, alerts_topic = harness.journal, harness.topics.alerts.get_topic_name()
        writes = [entry for entry in journal if entry.startswith("changelog ")]
        assert sorted(writes) == sorted(f"changelog {company}" for company in expected)  # once each, 4 < 11
        first_write = journal.index(writes[0])
        assert len(expected_alerts) > 1
        assert journal[:first_write].count(f"acked {alerts_topic}") == len(expected_alerts)
        assert [Alert.model_validate_json(sent.value).alert_id for sent in harness.on(alerts_topic)] == expected_alerts
        acks = [index for index, entry in enumerate(journal) if entry.startswith("ack ")]
        assert [journal[index] for index in acks] == [f"ack {offset}" for offset in range(len(values))]
        assert min(acks) > max(index for index, entry in enumerate(journal) if entry == "acked changelog")
        (letter,) = harness.on(harness.topics.deadletter.get_topic_name())
        assert DeadLetter.model_validate_json(letter.value).offset == 3
        for company, state in expected.items():
            assert read_state(harness.companies.get(company)) == state

    async def test_a_refused_alert_ends_the_worker_before_any_row_of_the_batch_is_written(
        self, harness: Harness
    ) -> None:
        """No state of the batch records its events as applied, so a restart replays the whole batch and its alerts."""
        harness.refuse.add(harness.topics.alerts.get_topic_name())
        updates = self.batch()
        values = [update.model_dump_json().encode() for update in updates]
        await self.put_all(harness, values, [company_key(update.company.id) for update in updates])
        assert "crash apply" in harness.journal
        assert not [entry for entry in harness.journal if entry.startswith(("changelog ", "ack "))]
        assert harness.companies.get("scale-ai") is None

    async def test_an_unreadable_stored_state_is_reset_once_and_folds_the_rest_of_the_batch(
        self, harness: Harness
    ) -> None:
        """The update that finds it is dead-lettered; the company's later updates fold into the reset state."""
        updates = [update for update in self.batch() if update.company.id == "scale-ai"]
        harness.companies.data["scale-ai"] = {"company": "not a company"}  # written before the worker, no changelog
        harness.journal.clear()
        values = [update.model_dump_json().encode() for update in updates]
        await self.put_all(harness, values, [company_key("scale-ai")] * len(values))
        expected: CompanyState | None = CompanyState(company=updates[0].company)
        for update in updates[1:]:
            expected, _ = apply_update(expected, update, load_rules(), now=datetime.now(UTC))
        assert [entry for entry in harness.journal if entry.startswith("changelog ")] == ["changelog scale-ai"]
        assert read_state(harness.companies.get("scale-ai")) == expected
        (letter,) = harness.on(harness.topics.deadletter.get_topic_name())
        assert DeadLetter.model_validate_json(letter.value).error_type == "UnreadableState"
