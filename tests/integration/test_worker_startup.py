"""Starting workers: topic creation races and a fresh data directory."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kafka import KafkaAdminClient

from streams.config import Settings
from streams.local.broker.local import free_port
from streams.local.worker_process import WorkerProcess
from streams.topics import TopicNames, ensure_topics
from tests.support.kafka_io import unique_name


class TestEnsureTopics:
    """ensure_topics creates what is missing once, whoever gets there first."""

    def test_concurrent_callers_create_each_topic_exactly_once(self, kafka_bootstrap: str) -> None:
        """Four simultaneous callers all succeed and, together, created every topic once."""
        settings = Settings(kafka=kafka_bootstrap, topic_prefix=unique_name("race"), partitions=2)
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda _: ensure_topics(settings), range(4)))
        created = sorted(name for result in results for name in result)
        assert created == sorted(TopicNames.from_settings(settings).all())
        admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
        try:
            described = admin.describe_topics(list(created))
        finally:
            admin.close()
        assert {len(topic["partitions"]) for topic in described} == {2}
        assert ensure_topics(settings) == []


def worker_env(kafka_bootstrap: str, data_dir: Path) -> dict[str, str]:
    """Environment of a worker with its own topics, group, data directory and web port."""
    return {
        "DEALWATCH_KAFKA": kafka_bootstrap,
        "DEALWATCH_TOPIC_PREFIX": unique_name("startup"),
        "DEALWATCH_APP_ID": unique_name("startup"),
        "DEALWATCH_DATA_DIR": str(data_dir),
        "DEALWATCH_WEB_PORT": str(free_port()),
    }


class TestWorkerStartup:
    """A worker starts on a fresh machine without preparation."""

    def test_creates_a_missing_data_dir_with_its_parents(self, kafka_bootstrap: str, tmp_path: Path) -> None:
        """DEALWATCH_DATA_DIR may name a directory whose parents do not exist yet."""
        data_dir = tmp_path / "not" / "there" / "yet"
        worker = WorkerProcess(tmp_path / "worker.log", worker_env(kafka_bootstrap, data_dir))
        worker.start()
        try:
            assert data_dir.is_dir()
        finally:
            assert worker.stop() == 0, worker.log_tail()

    def test_freezes_its_startup_objects_out_of_garbage_collection(self, kafka_bootstrap: str, tmp_path: Path) -> None:
        """The knowledge base and the app are frozen before work starts, so full collections skip them."""
        worker = WorkerProcess(tmp_path / "worker.log", worker_env(kafka_bootstrap, tmp_path / "data"))
        worker.start()
        try:
            frozen = [
                json.loads(line)
                for line in worker.log_path.read_text().splitlines()
                if "startup_objects_frozen" in line
            ]
        finally:
            assert worker.stop() == 0, worker.log_tail()
        assert len(frozen) == 1
        # The knowledge base alone holds 569 companies with their aliases; far more objects than that.
        assert frozen[0]["objects"] > 50_000
