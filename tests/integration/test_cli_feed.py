"""``dealwatch feed`` against the real broker: counts, topic contents, strictness and errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from schemas import NewsItem
from streams.cli.main import app
from tests.support.kafka_io import consume, consume_settled, unique_name

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cli"
MIXED = FIXTURES / "news_mixed.jsonl"
GOOD_IN_MIXED = 3
BAD_IN_MIXED = 3


def _feed(*args: str) -> tuple[int, dict[str, object], str]:
    result = CliRunner().invoke(app, ["feed", *args, "--json"])
    summary = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.exit_code, summary, result.stderr


class TestFeedPublishes:
    """Valid records reach the news topic keyed by item id; invalid ones are counted and skipped."""

    def test_mixed_file_sends_good_records_and_reports_bad_ones(
        self, kafka_bootstrap: str, new_topic: Callable[..., str]
    ) -> None:
        """Three good records are acknowledged and on the topic; three bad ones are reported with their line."""
        topic = new_topic("news")
        code, summary, stderr = _feed(str(MIXED), "--topic", topic, "--bootstrap", kafka_bootstrap)

        assert code == 0, stderr
        assert (summary["sent"], summary["rejected"], summary["unsent"]) == (GOOD_IN_MIXED, BAD_IN_MIXED, 0)
        assert summary["bytes"] > 0
        assert [e["location"] for e in summary["errors"]] == [f"{MIXED}:2", f"{MIXED}:4", f"{MIXED}:5"]
        assert f"{MIXED}:2: body: Field required" in stderr

        records = consume(kafka_bootstrap, topic, expect=GOOD_IN_MIXED)
        items = [NewsItem.model_validate_json(r.value) for r in records]
        assert [r.key.decode() for r in records] == [item.id for item in items]
        assert [item.title for item in items] == [
            "Meta takes a 49% stake in Scale AI",
            "OpenAI keeps Scale AI",
            "Google veut rompre avec Scale AI",
        ]

    def test_refeed_reuses_the_same_keys(self, kafka_bootstrap: str, new_topic: Callable[..., str]) -> None:
        """Feeding the same file twice sends the same ids, so downstream dedup by id sees no new story."""
        topic = new_topic("news")
        for _ in range(2):
            code, _, stderr = _feed(str(MIXED), "--topic", topic, "--bootstrap", kafka_bootstrap)
            assert code == 0, stderr
        records = consume_settled(kafka_bootstrap, topic, quiet_s=1.0)
        assert len(records) == 2 * GOOD_IN_MIXED
        assert len({r.key for r in records}) == GOOD_IN_MIXED

    def test_strict_stops_at_the_first_bad_record(self, kafka_bootstrap: str, new_topic: Callable[..., str]) -> None:
        """With --strict the run stops at line 2 and exits 1; the one record before it was acknowledged."""
        topic = new_topic("news")
        code, summary, _ = _feed(str(MIXED), "--strict", "--topic", topic, "--bootstrap", kafka_bootstrap)
        assert code == 1
        assert (summary["read"], summary["sent"], summary["rejected"]) == (2, 1, 1)
        assert len(consume_settled(kafka_bootstrap, topic, quiet_s=1.0)) == 1

    def test_dry_run_validates_without_a_broker(self) -> None:
        """--dry-run counts valid and invalid records and contacts no broker."""
        code, summary, _ = _feed(str(MIXED), str(FIXTURES / "articles"), "--dry-run", "--bootstrap", "127.0.0.1:1")
        assert code == 0
        assert (summary["valid"], summary["rejected"], summary["sent"]) == (GOOD_IN_MIXED + 3, BAD_IN_MIXED + 1, 0)


class TestFeedErrors:
    """Errors a user will hit are one clear line and exit 1."""

    def test_missing_topic_is_named(self, kafka_bootstrap: str) -> None:
        """A topic that does not exist is reported by name, nothing is sent."""
        topic = unique_name("absent")
        result = CliRunner().invoke(app, ["feed", str(MIXED), "--topic", topic, "--bootstrap", kafka_bootstrap])
        assert result.exit_code == 1
        assert result.stderr.strip().splitlines() == [
            f"error: topic {topic!r} does not exist on {kafka_bootstrap} "
            "(start `dealwatch worker` once, which creates it)"
        ]

    def test_unreachable_broker_names_the_address(self) -> None:
        """A broker that does not answer is reported with the address tried."""
        result = CliRunner().invoke(app, ["feed", str(MIXED), "--bootstrap", "127.0.0.1:1"])
        assert result.exit_code == 1
        assert result.stderr.strip().splitlines() == [
            "error: cannot reach the Kafka broker at 127.0.0.1:1 "
            "(connection refused; set DEALWATCH_KAFKA or use --bootstrap)"
        ]

    def test_missing_file_fails_before_sending(self, tmp_path: Path) -> None:
        """A missing source is named and the broker is never contacted."""
        missing = tmp_path / "missing.jsonl"
        result = CliRunner().invoke(app, ["feed", str(MIXED), str(missing), "--bootstrap", "127.0.0.1:1"])
        assert result.exit_code == 1
        assert result.stderr.strip() == f"error: no such file or directory: {missing}"
