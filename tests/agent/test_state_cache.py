"""The apply agent keeps the states it wrote parsed, and trusts them only until the next rebalance."""

from __future__ import annotations

import pytest

from streams.companies.fanout import company_key
from tests.agent.conftest import Harness, settled
from tests.agent.test_state_rows import new_ceo


async def two_updates_with_a_row_written_elsewhere_between(harness: Harness, *, rebalance: str) -> list[str]:
    """Apply two CEO updates to Microsoft; between them, the row gains an event applied by another worker.

    ``rebalance`` says what happens to the consumer group between the two: ``none``, ``started`` (still in
    progress when the second update is applied) or ``done`` (a whole rebalance). Returns the row's applied ids.
    """
    app = harness.app
    async with app.agents["apply"].test_context() as ctx:
        await ctx.put(new_ceo("ev-first").model_dump_json().encode(), key=company_key("microsoft"))
        await settled(lambda: "ack 0" in harness.journal)
        row = dict(harness.companies.data["microsoft"])
        row["applied_event_ids"] = [*row["applied_event_ids"], "ev-elsewhere"]
        harness.companies.data["microsoft"] = row
        if rebalance != "none":
            app.rebalancing_count += 1
            app.rebalancing = rebalance == "started"
        await ctx.put(new_ceo("ev-second").model_dump_json().encode(), key=company_key("microsoft"))
        await settled(lambda: "ack 1" in harness.journal)
    return list(harness.companies.get("microsoft")["applied_event_ids"])


class TestStateCache:
    """Between rebalances the agent is the only writer of its rows, so what it wrote is what it reads next."""

    async def test_without_a_rebalance_the_state_it_wrote_is_used(self, harness: Harness) -> None:
        """No rebalance: the row is not read back (a write by anyone else would be ignored, and none can happen)."""
        assert await two_updates_with_a_row_written_elsewhere_between(harness, rebalance="none") == [
            "ev-first",
            "ev-second",
        ]

    @pytest.mark.parametrize("rebalance", ["started", "done"])
    async def test_after_a_rebalance_the_row_is_read_again(self, harness: Harness, rebalance: str) -> None:
        """A rebalance (the partition may have been elsewhere meanwhile): the stored row is read, its events kept."""
        assert await two_updates_with_a_row_written_elsewhere_between(harness, rebalance=rebalance) == [
            "ev-first",
            "ev-elsewhere",
            "ev-second",
        ]
