"""Public bodies through the whole topology on the real broker: a ministry is a customer with its own state."""

from __future__ import annotations

import json

from tests.fixtures.streaming.pipeline import Pipeline, news
from tests.integration.test_pipeline import wait_for
from tests.support.kafka_io import consume, produce

MINISTRY_LOSS = news(
    "ministry-drops-quellix",
    "The Ministry of Health, Quellix Diagnostics's largest customer, cancelled its testing contract with the company.",
    title="Quellix Diagnostics loses the Ministry of Health",
    published_at="2025-03-04T08:00:00Z",
)


def test_public_body_customer_has_state_and_raises_the_loss(pipeline: Pipeline) -> None:
    """The ministry's cancellation alerts on the vendor, names the ministry as a public body, and both get state."""
    produce(pipeline.bootstrap, pipeline.topics.news, [(b"ministry", MINISTRY_LOSS)])
    [record] = consume(pipeline.bootstrap, pipeline.topics.alerts, expect=1, timeout_s=60)
    alert = json.loads(record.value)
    assert (alert["type"], alert["company"]["id"]) == ("major_customer_loss", "quellix-diagnostics")
    assert alert["counterparty"] == {"id": "pb-ministry-of-health", "name": "Ministry of Health", "kind": "public_body"}

    vendor = wait_for(pipeline, "/companies/quellix-diagnostics", lambda state: len(state["customers"]) == 1)
    [customer] = vendor["customers"]
    assert customer["company"]["kind"] == "public_body" and customer["status"] == "ended"
    ministry = wait_for(pipeline, "/companies/pb-ministry-of-health", lambda state: len(state["vendors"]) == 1)
    assert ministry["company"] == {"id": "pb-ministry-of-health", "name": "Ministry of Health", "kind": "public_body"}
