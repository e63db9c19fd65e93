"""``dealwatch alerts`` against the real broker: filters, dedup, groups, follow and errors."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from click.testing import Result
from typer.testing import CliRunner

from schemas.alerts import Alert
from streams.cli.main import app
from tests.support.kafka_io import produce, unique_name

SCALE = {"id": "scale-ai", "name": "Scale AI"}
GOOGLE = {"id": "google", "name": "Google"}
META = {"id": "meta", "name": "Meta"}


def _alert(alert_id: str, alert_type: str, severity: str, company: dict, counterparty: dict | None = None) -> Alert:
    return Alert.model_validate(
        {
            "alert_id": alert_id,
            "type": alert_type,
            "severity": severity,
            "company": company,
            "counterparty": counterparty,
            "title": f"{alert_type} for {company['name']}",
            "emitted_at": datetime(2025, 6, 14, tzinfo=UTC),
        }
    )


ALERTS = [
    _alert("a-valuation", "valuation_change", "info", SCALE),
    _alert("a-deal", "acquisition", "warning", SCALE, META),
    _alert("a-google", "major_customer_loss", "critical", SCALE, GOOGLE),
    _alert("a-ceo", "leadership_change", "warning", SCALE),
]


def _records(alerts: list[Alert]) -> list[tuple[bytes, bytes]]:
    return [(a.company.id.encode(), a.model_dump_json().encode()) for a in alerts]


def _run(*args: str) -> Result:
    return CliRunner().invoke(app, ["alerts", *args])


def _ids(result: Result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)["alert_id"] for line in result.stdout.splitlines()]


class TestAlertsReadsTheTopic:
    """What the topic holds, filtered and shown once per alert id."""

    def _topic(self, bootstrap: str, new_topic: Callable[..., str]) -> str:
        topic = new_topic("alerts", partitions=1)
        duplicate = ALERTS[2]
        produce(bootstrap, topic, [*_records(ALERTS), *_records([duplicate]), (b"x", b"{not an alert")])
        return topic

    def test_duplicates_are_shown_once_and_bad_records_skipped(
        self, kafka_bootstrap: str, new_topic: Callable[..., str]
    ) -> None:
        """Four distinct alerts print once each; the duplicate is dropped and the bad record reported."""
        topic = self._topic(kafka_bootstrap, new_topic)
        result = _run("--topic", topic, "--bootstrap", kafka_bootstrap)
        assert _ids(result) == ["a-valuation", "a-deal", "a-google", "a-ceo"]
        assert f"skipped {topic}[0]@5: not an Alert" in result.stderr

    def test_filters_combine(self, kafka_bootstrap: str, new_topic: Callable[..., str]) -> None:
        """--type, --company (counterparty too, by name) and --min-severity narrow the output."""
        topic = self._topic(kafka_bootstrap, new_topic)
        common = ("--topic", topic, "--bootstrap", kafka_bootstrap, "--json")
        assert _ids(_run(*common, "--type", "acquisition", "--type", "leadership_change")) == ["a-deal", "a-ceo"]
        assert _ids(_run(*common, "--company", "google")) == ["a-google"]
        assert _ids(_run(*common, "--company", "Scale AI", "--min-severity", "warning")) == [
            "a-deal",
            "a-google",
            "a-ceo",
        ]
        assert _ids(_run(*common, "--max", "2")) == ["a-valuation", "a-deal"]

    def test_pretty_output_is_one_line_per_alert(self, kafka_bootstrap: str, new_topic: Callable[..., str]) -> None:
        """--pretty prints the readable line, even when piped."""
        topic = self._topic(kafka_bootstrap, new_topic)
        result = _run("--topic", topic, "--bootstrap", kafka_bootstrap, "--pretty", "--type", "major_customer_loss")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines() == [
            "2025-06-14 00:00  CRITICAL  major_customer_loss  Scale AI / Google  major_customer_loss for Scale AI"
        ]

    def test_group_resumes_where_it_stopped(self, kafka_bootstrap: str, new_topic: Callable[..., str]) -> None:
        """A group member commits what it showed; the next run of the group continues from there."""
        topic = self._topic(kafka_bootstrap, new_topic)
        group = unique_name("team")
        common = ("--topic", topic, "--bootstrap", kafka_bootstrap, "--group", group)
        assert _ids(_run(*common, "--max", "1")) == ["a-valuation"]
        assert _ids(_run(*common)) == ["a-deal", "a-google", "a-ceo"]
        assert _ids(_run(*common)) == []


class TestAlertsFollow:
    """--follow waits for new alerts only."""

    def test_follow_prints_new_alerts_not_old_ones(self, kafka_bootstrap: str, new_topic: Callable[..., str]) -> None:
        """Alerts already on the topic are skipped; the first new one is printed and --max ends the run."""
        topic = new_topic("alerts", partitions=2)
        produce(kafka_bootstrap, topic, _records(ALERTS))
        results: list[Result] = []
        reader = threading.Thread(
            target=lambda: results.append(_run("--follow", "--max", "1", "--topic", topic, "-b", kafka_bootstrap))
        )
        reader.start()
        fresh: list[str] = []
        deadline = time.monotonic() + 60
        # The reader's start position races with our sends, so keep sending distinct new alerts until it prints one.
        while reader.is_alive() and time.monotonic() < deadline:
            fresh.append(f"new-{len(fresh)}")
            produce(kafka_bootstrap, topic, _records([_alert(fresh[-1], "customer_at_risk", "warning", SCALE)]))
            reader.join(timeout=0.5)
        reader.join(timeout=10)
        (shown,) = _ids(results[0])
        assert shown in fresh


class TestAlertsErrors:
    """One clear line and exit 1 for the errors a user hits."""

    def test_missing_topic(self, kafka_bootstrap: str) -> None:
        """A topic that does not exist is named."""
        topic = unique_name("absent")
        result = _run("--topic", topic, "--bootstrap", kafka_bootstrap)
        assert result.exit_code == 1
        assert result.stderr.strip() == (
            f"error: topic {topic!r} does not exist on {kafka_bootstrap} "
            "(start `dealwatch worker` once, which creates it)"
        )

    def test_unreachable_broker(self) -> None:
        """A broker that does not answer is named by address."""
        result = _run("--bootstrap", "127.0.0.1:1")
        assert result.exit_code == 1
        assert result.stderr.strip() == (
            "error: cannot reach the Kafka broker at 127.0.0.1:1 "
            "(connection refused; set DEALWATCH_KAFKA or use --bootstrap)"
        )

    def test_unknown_type_is_a_usage_error(self) -> None:
        """A misspelt --type lists the valid ones and exits 2."""
        result = _run("--type", "merger", "--bootstrap", "127.0.0.1:1")
        assert result.exit_code == 2
        assert result.stderr.startswith("error: unknown --type merger; choose from: major_customer_loss,")
