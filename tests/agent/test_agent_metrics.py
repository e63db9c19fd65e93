"""The agents' metrics under ``test_context()``: what they count for good items, dead letters, alerts and replays.

The metrics live as long as the process, so each test reads how much a series grew.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import REGISTRY

from schemas import CompanyUpdate
from streams.companies.fanout import company_key, fan_out
from tests.agent.conftest import Harness, settled
from tests.fixtures.streaming.pipeline import news
from tests.support.seed_events import load_seed_events

GOOD = news("acq-m", "Salesforce acquired Databricks for $317 million.", published_at="2025-03-01T09:00:00Z")


def sample(name: str, **labels: str) -> float:
    """The current value of one series (0 before it exists)."""
    return REGISTRY.get_sample_value(name, labels) or 0.0


def growth(*series: tuple[str, dict[str, str]]) -> Callable[[], list[float]]:
    """Remember the series' values now; the returned function says how much each grew since."""
    before = [sample(name, **labels) for name, labels in series]
    return lambda: [sample(name, **labels) - was for (name, labels), was in zip(series, before, strict=True)]


class TestExtractAgentMetrics:
    async def test_counts_the_item_its_events_its_records_and_a_dead_letter(self, harness: Harness) -> None:
        """One English item with one acquisition (three records) and one undecodable message."""
        events, updates = harness.topics.events.get_topic_name(), harness.topics.company_updates.get_topic_name()
        grown = growth(
            ("dealwatch_news_items_total", {"language": "en"}),
            ("dealwatch_events_total", {"type": "acquisition", "modality": "fact"}),
            ("dealwatch_records_sent_total", {"topic": events}),
            ("dealwatch_records_sent_total", {"topic": updates}),
            ("dealwatch_dead_letters_total", {"stage": "decode", "error_class": "ValidationError"}),
            ("dealwatch_extraction_duration_seconds_count", {}),
        )
        async with harness.app.agents["extract"].test_context() as ctx:
            await ctx.put(GOOD, key=b"acq-m")
            await ctx.put(b"{not json", key=b"bad")
            await settled(lambda: len(harness.sent) == 4)
        assert grown() == [1, 1, 1, 2, 1, 1]


class TestApplyAgentMetrics:
    async def test_counts_alerts_applied_and_replayed_updates_and_new_rows(self, harness: Harness) -> None:
        """The same update twice: one alert, one applied and one replayed update, one new table row."""
        update: CompanyUpdate = fan_out(load_seed_events()["ev-stake"])[-1]
        table = harness.companies.name
        grown = growth(
            ("dealwatch_alerts_total", {"type": "acquisition", "severity": "warning"}),
            ("dealwatch_company_updates_total", {"outcome": "applied"}),
            ("dealwatch_company_updates_total", {"outcome": "replayed"}),
            ("dealwatch_table_rows", {"table": table}),
            ("dealwatch_news_to_alert_seconds_count", {}),
        )
        async with harness.app.agents["apply"].test_context() as ctx:
            await ctx.put(update.model_dump_json().encode(), key=company_key("scale-ai"))
            await ctx.put(update.model_dump_json().encode(), key=company_key("scale-ai"))
            await settled(lambda: "ack 1" in harness.journal)
        assert update.event.source.published_at is not None  # so the alert's latency is observed once
        assert grown() == [1, 1, 1, 1, 1]
