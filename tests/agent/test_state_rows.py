"""The apply agent on stored rows it did not write: an older version's row is converted, an unreadable one replaced."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from schemas import Alert, CompanyRef, CompanyUpdate, DeadLetter
from schemas.state import STATE_SCHEMA_VERSION
from streams.companies.fanout import company_key, fan_out
from streams.companies.state import MAX_APPLIED_EVENT_IDS, MAX_HOLDINGS, read_state
from tests.agent.conftest import Harness, settled
from tests.support.seed_events import load_seed_events

V1_ROW = Path(__file__).resolve().parents[1] / "fixtures" / "streaming" / "company_state_v1.json"
V2_ROW = V1_ROW.with_name("company_state_v2.json")
MICROSOFT = CompanyRef(id="microsoft", name="Microsoft")


def new_ceo(event_id: str = "ev-new-ceo") -> CompanyUpdate:
    """A CEO appointment at Microsoft, published after everything in the version-1 row."""
    seed = load_seed_events()["ev-ceo"]
    source = seed.source.model_copy(update={"item_id": event_id, "published_at": datetime(2027, 1, 1, tzinfo=UTC)})
    event = seed.model_copy(update={"event_id": event_id, "subject": MICROSOFT, "person": "Jane Roe", "source": source})
    (update,) = fan_out(event)
    return update


class TestStoredRows:
    """No stored row, whatever version wrote it, stops a company from taking updates."""

    @pytest.mark.parametrize("fixture", [V1_ROW, V2_ROW], ids=["version-1", "version-2"])
    async def test_an_old_row_is_converted_and_the_update_applied(self, harness: Harness, fixture: Path) -> None:
        """A row version 1 or 2 stored takes the update (alert sent, nothing dead-lettered) and is stored bounded."""
        stored = json.loads(fixture.read_bytes())
        harness.companies.data["microsoft"] = stored
        update = new_ceo()
        async with harness.app.agents["apply"].test_context() as ctx:
            await ctx.put(update.model_dump_json().encode(), key=company_key("microsoft"))
            await settled(lambda: "ack 0" in harness.journal)
        row = harness.companies.get("microsoft")
        assert harness.on(harness.topics.deadletter.get_topic_name()) == []
        (alert,) = [Alert.model_validate_json(s.value) for s in harness.on(harness.topics.alerts.get_topic_name())]
        assert (alert.type, alert.details["person"]) == ("leadership_change", "Jane Roe")
        assert row["schema_version"] == STATE_SCHEMA_VERSION and read_state(row).ceo.person == "Jane Roe"
        assert len(row["investors"]) == MAX_HOLDINGS < len(stored["investors"])
        assert row["applied_event_ids"] == [*stored["applied_event_ids"][-MAX_APPLIED_EVENT_IDS + 1 :], "ev-new-ceo"]
        assert read_state(row).valuation == read_state(stored).valuation

    async def test_an_unreadable_row_is_logged_replaced_and_the_next_update_applied(self, harness: Harness) -> None:
        """A row that is no state is logged whole and reset; its update is dead-lettered, the next one applied."""
        harness.companies.data["microsoft"] = {"schema_version": 1, "company": "not an object"}
        with capture_logs() as logs:
            async with harness.app.agents["apply"].test_context() as ctx:
                await ctx.put(new_ceo("ev-first").model_dump_json().encode(), key=company_key("microsoft"))
                await ctx.put(new_ceo("ev-second").model_dump_json().encode(), key=company_key("microsoft"))
                await settled(lambda: "ack 1" in harness.journal)
        (letter,) = [
            DeadLetter.model_validate_json(s.value) for s in harness.on(harness.topics.deadletter.get_topic_name())
        ]
        assert (letter.stage, letter.error_type, letter.offset) == ("apply", "UnreadableState", 0)
        assert [e["stored"] for e in logs if e["event"] == "company_state_unreadable"] == [
            {"schema_version": 1, "company": "not an object"}
        ]
        (alert,) = [Alert.model_validate_json(s.value) for s in harness.on(harness.topics.alerts.get_topic_name())]
        assert alert.details["event_id"] == "ev-second"
        assert harness.companies.get("microsoft")["applied_event_ids"] == ["ev-second"]
