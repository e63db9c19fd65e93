"""The whole topology on the real broker: news in, company state and alerts out, via `dealwatch worker`."""

from __future__ import annotations

import json
import time

import pytest

from tests.fixtures.streaming.pipeline import NEWS_SEQUENCE, Pipeline, news, seed_news
from tests.support.kafka_io import consume, consume_settled, produce


def alert_summary(records: list) -> list[tuple[str, str, str | None]]:
    alerts = [json.loads(r.value) for r in records]
    return sorted((a["type"], a["company"]["id"], (a["counterparty"] or {}).get("id")) for a in alerts)


def wait_for(pipeline: Pipeline, path: str, ready: callable, timeout_s: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        status, body = pipeline.get(path)
        if status == 200 and ready(body):
            return body
        time.sleep(0.3)
    pytest.fail(f"{path} never became ready: {status} {body}")


class TestSeedArticle:
    """The seed article gives exactly the expected alerts and state, and feeding it again changes nothing."""

    def test_seed_alerts_state_and_refeed(self, pipeline: Pipeline) -> None:
        """Three alerts, each once; Scale AI's state matches the article; a re-feed adds no alert and no change."""
        produce(pipeline.bootstrap, pipeline.topics.news, [(b"seed", seed_news())])
        alerts = consume(pipeline.bootstrap, pipeline.topics.alerts, expect=3, timeout_s=60)
        assert alert_summary(alerts) == [
            ("acquisition", "scale-ai", "meta"),
            ("leadership_change", "scale-ai", None),
            ("major_customer_loss", "scale-ai", "google"),
        ]
        google_loss = next(json.loads(r.value) for r in alerts if b"major_customer_loss" in r.value)
        assert google_loss["severity"] == "critical"
        assert google_loss["title"] == "Google, Scale AI's major customer (~$200M/yr), is cutting ties"
        assert all(r.key == b"scale-ai" for r in alerts)

        state = wait_for(pipeline, "/companies/scale-ai", lambda s: len(s["customers"]) == 2)
        assert state["valuation"]["value"] == {"value": 29e9, "currency": "USD", "qualifier": "exact"}
        assert [(i["company"]["id"], i["stake_pct"]) for i in state["investors"]] == [("meta", 49.0)]
        assert state["ceo"]["person"] == "Jason Droege"
        customers = {c["company"]["id"]: c for c in state["customers"]}
        assert customers["google"]["status"] == "at_risk" and customers["google"]["major"]
        assert customers["openai"]["status"] == "active"

        produce(pipeline.bootstrap, pipeline.topics.news, [(b"seed", seed_news())])
        events = consume(pipeline.bootstrap, pipeline.topics.events, expect=14, timeout_s=60)
        assert len(events) == 14, "the re-fed article was extracted again"
        time.sleep(2)  # let the duplicate updates reach the table
        assert len(consume_settled(pipeline.bootstrap, pipeline.topics.alerts, quiet_s=2)) == 3
        assert pipeline.get("/companies/scale-ai") == (200, state)

    def test_web_api_contract(self, pipeline: Pipeline) -> None:
        """Search, recent alerts, health and the 404 of an unknown company answer in the documented shapes."""
        produce(pipeline.bootstrap, pipeline.topics.news, [(b"seed", seed_news())])
        consume(pipeline.bootstrap, pipeline.topics.alerts, expect=3, timeout_s=60)
        status, found = pipeline.get("/companies?q=scale")
        assert status == 200 and {"id": "scale-ai", "name": "Scale AI"} in found["results"]
        recent = wait_for(pipeline, "/alerts/recent?limit=2", lambda body: len(body["alerts"]) == 2)
        assert all(alert["company"]["id"] == "scale-ai" for alert in recent["alerts"])
        assert pipeline.get("/healthz")[1]["status"] == "ok"
        assert pipeline.get("/companies/no-such-company") == (404, {"error": "unknown company: no-such-company"})


class TestArticleSequence:
    """State learned from earlier articles shapes the alerts of later ones."""

    def test_earlier_valuation_and_major_cue_are_used_later(self, pipeline: Pipeline) -> None:
        """A 2024 valuation makes the seed a valuation_change; an earlier major cue makes a bare loss critical."""
        earlier, later = json.loads(NEWS_SEQUENCE.read_text(encoding="utf-8"))
        produce(pipeline.bootstrap, pipeline.topics.news, [(b"earlier", news(**_as_news(earlier)))])
        wait_for(pipeline, "/companies/scale-ai", lambda s: s["valuation"] and len(s["customers"]) == 1)

        produce(pipeline.bootstrap, pipeline.topics.news, [(b"seed", seed_news())])
        consume(pipeline.bootstrap, pipeline.topics.alerts, expect=4, timeout_s=60)
        produce(pipeline.bootstrap, pipeline.topics.news, [(b"later", news(**_as_news(later)))])
        alerts = consume(pipeline.bootstrap, pipeline.topics.alerts, expect=5, timeout_s=60)

        assert alert_summary(alerts) == [
            ("acquisition", "scale-ai", "meta"),
            ("leadership_change", "scale-ai", None),
            ("major_customer_loss", "scale-ai", "cohere"),
            ("major_customer_loss", "scale-ai", "google"),
            ("valuation_change", "scale-ai", None),
        ]
        by_type = {(a["type"], (a["counterparty"] or {}).get("id")): a for a in (json.loads(r.value) for r in alerts)}
        assert by_type[("valuation_change", None)]["details"]["previous_valuation"] == 13.8e9
        assert (
            by_type[("major_customer_loss", "cohere")]["details"]["major_because"] == "major cue in an earlier article"
        )


def _as_news(item: dict) -> dict:
    return {"item_id": item["id"], "body": item["body"], "title": item["title"], "published_at": item["published_at"],
            "url": item["url"]}  # fmt: skip
