"""Starting workers: topic creation races, a fresh data directory, no broker, and a slow one."""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kafka import KafkaAdminClient

from streams.clients.probe import check_broker
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


class TestNoBroker:
    """A worker whose broker is down stops with the address it tried (how soon: ``python -m bench.no_broker``)."""

    def test_worker_exits_1_naming_the_address_it_tried(self, tmp_path: Path) -> None:
        """Refused connections are retried until DEALWATCH_CONNECT_TIMEOUT_S after start, then one error line."""
        address = f"127.0.0.1:{free_port()}"
        clean = {k: v for k, v in os.environ.items() if not k.startswith("DEALWATCH_")}
        env = {"DEALWATCH_KAFKA": address, "DEALWATCH_DATA_DIR": str(tmp_path / "data"), "DEALWATCH_LOG_FORMAT": "json"}
        result = subprocess.run(
            [sys.executable, "-m", "streams.cli.main", "worker"],
            env=clean | env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        errors = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("{")]
        assert len(errors) == 1, result.stderr
        assert re.fullmatch(
            rf"error: cannot reach the Kafka broker at {re.escape(address)} "
            r"\(connection refused until \d+ s after start; set DEALWATCH_KAFKA\)",
            errors[0],
        ), errors[0]
        assert not (tmp_path / "data").exists()  # it stopped before doing anything


@contextlib.contextmanager
def slow_proxy(upstream: str, delay_s: float) -> Iterator[str]:
    """A TCP proxy to ``upstream`` that holds each client's first request for ``delay_s``: a slow but live broker."""
    host, _, port = upstream.rpartition(":")
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def pump(source: socket.socket, sink: socket.socket, delay: float) -> None:
        with contextlib.suppress(OSError):
            while chunk := source.recv(65536):
                time.sleep(delay)
                delay = 0.0
                sink.sendall(chunk)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            broker = socket.create_connection((host, int(port)))
            threading.Thread(target=pump, args=(client, broker, delay_s), daemon=True).start()
            threading.Thread(target=pump, args=(broker, client, 0.0), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        server.close()


class TestSlowBroker:
    """A broker that accepts the connection but answers slowly is not taken for a missing one."""

    def test_a_slow_answer_passes_although_the_budget_to_reach_it_was_spent(self, kafka_bootstrap: str) -> None:
        """Start-up used the whole budget (spent_s), the broker answers after 2 s: the check still passes."""
        with slow_proxy(kafka_bootstrap, delay_s=2.0) as address:
            check_broker(address, timeout_s=6.0, retry=True, spent_s=6.0)
