"""The apply agent's batches on the real broker: one changelog record per changed company per batch.

A backlog of news is produced before the worker starts, so its ``apply`` agent sees updates arrive
faster than one at a time. The worker logs each batch at DEBUG with the offsets it covered in each
partition of ``company-updates``; reading that topic back tells which companies each batch touched,
and the changelog topic must hold exactly one record per company per batch, in the company's own
partition, while every expected alert is on the alerts topic and every row equals the in-process fold.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from tests.fixtures.streaming.pipeline import Pipeline
from tests.integration.test_crash import alert_ids, item, reference, states_of
from tests.support.kafka_io import consume, produce

ITEMS = 400
DRAIN_TIMEOUT_S = 120


def batches_logged(log_path: Path) -> list[dict]:
    """The worker's ``company_updates_batch_applied`` lines."""
    lines = (json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines() if line.startswith("{"))
    return [line for line in lines if line.get("event") == "company_updates_batch_applied"]


def test_one_changelog_record_per_changed_company_per_batch(kafka_bootstrap: str, tmp_path: Path) -> None:
    """Rows written == companies per batch, summed == changelog records, far fewer than updates; nothing lost."""
    records = [item(i) for i in range(ITEMS)]
    expected_alerts, expected_states = reference(records)
    expected_answers = {cid: (200, state) for cid, state in expected_states.items()}
    pipeline = Pipeline(kafka_bootstrap, tmp_path, partitions=2, DEALWATCH_LOG_LEVEL="DEBUG")
    produce(kafka_bootstrap, pipeline.topics.news, records)
    pipeline.worker.start()
    try:
        deadline = time.monotonic() + DRAIN_TIMEOUT_S
        while (states := states_of(pipeline, sorted(expected_states))) != expected_answers:
            assert time.monotonic() < deadline, pipeline.worker.log_tail()
            time.sleep(0.5)
        seen = alert_ids(pipeline)
    finally:
        pipeline.close()
        assert pipeline.worker.stop() == 0, pipeline.worker.log_tail()
    assert states == expected_answers
    assert set(seen) == expected_alerts

    updates_topic = pipeline.topics.company_updates
    updates = consume(kafka_bootstrap, updates_topic, expect=pipeline.end_offsets(updates_topic))
    company_at = {(record.partition, record.offset): record.key for record in updates}
    changelog_topic = f"{pipeline.settings.app_id}-companies-changelog"
    changelog = consume(kafka_bootstrap, changelog_topic, expect=pipeline.end_offsets(changelog_topic))
    batches = batches_logged(pipeline.worker.log_path)

    touched = [
        {company_at[int(partition), offset] for partition, (first, last) in batch["offsets"].items()
         for offset in range(first, last + 1)}
        for batch in batches
    ]  # fmt: skip
    assert sum(batch["updates"] for batch in batches) == len(updates)
    assert [batch["rows"] for batch in batches] == [len(companies) for companies in touched]
    assert len(changelog) == sum(len(companies) for companies in touched)
    assert Counter(record.key for record in changelog) == Counter(key for keys in touched for key in keys)
    # Each row in its company's own partition (the table is co-partitioned with company-updates).
    partition_of = {key: partition for (partition, _), key in company_at.items()}
    assert all(record.partition == partition_of[record.key] for record in changelog)
    # Batching happened: far fewer row writes than updates.
    assert max(batch["updates"] for batch in batches) > 1
    assert len(changelog) < len(updates) / 2, (len(changelog), len(updates), [b["updates"] for b in batches])
