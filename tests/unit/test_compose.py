"""The compose stack, checked without a Docker engine: images pinned, healthchecks, configs mounted, the cluster.

No machine this project runs on has a Docker engine, so these checks read the YAML the way Compose would
(anchors, merge keys, the cluster file as an override) and assert what the stack relies on.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.unit.test_foundation import kafka_version

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
CLUSTER = REPO / "deploy" / "docker-compose.cluster.yml"
WORKERS = ("worker-1", "worker-2")


def load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def merge(base: Any, override: Any) -> Any:
    """Compose's override rule for the keys used here: mappings merge key by key, anything else is replaced."""
    if isinstance(base, dict) and isinstance(override, dict):
        return {key: merge(base[key], value) if key in base else value for key, value in override.items()} | {
            key: value for key, value in base.items() if key not in override
        }
    return override


def environment(service: dict[str, Any]) -> dict[str, str]:
    return {key: str(value) for key, value in service.get("environment", {}).items()}


@pytest.fixture(scope="module")
def stack() -> dict[str, Any]:
    return load(COMPOSE)


@pytest.fixture(scope="module")
def cluster(stack: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = merge(stack, load(CLUSTER))
    return merged


class TestStack:
    def test_every_service_runs_a_pinned_image_with_a_healthcheck(self, stack: dict[str, Any]) -> None:
        services = stack["services"]
        assert set(services) == {"kafka", *WORKERS, "prometheus", "grafana", "kafka-ui", "demo"}
        for name, service in services.items():
            image = service["image"]
            assert re.fullmatch(r"[\w./-]+:v?\d+(\.\d+)+", image), f"{name}: {image} is not pinned to a version"
            assert service["healthcheck"]["test"], name

    def test_the_broker_is_the_kafka_release_of_the_local_broker(self, stack: dict[str, Any]) -> None:
        assert stack["services"]["kafka"]["image"] == f"apache/kafka:{kafka_version()}"

    def test_two_workers_share_one_group_with_their_own_state_and_readiness_checks(self, stack: dict[str, Any]) -> None:
        workers = [stack["services"][name] for name in WORKERS]
        assert {environment(w)["DEALWATCH_APP_ID"] for w in workers} == {"dealwatch"}
        assert len({environment(w)["DEALWATCH_INSTANCE_ID"] for w in workers}) == 2
        volumes = [w["volumes"] for w in workers]
        assert volumes == [["worker-1-data:/data"], ["worker-2-data:/data"]]
        assert all(v.split(":")[0] in stack["volumes"] for vs in volumes for v in vs)
        for worker in workers:
            assert worker["build"]["dockerfile"] == "deploy/Dockerfile"
            assert any("/readyz" in part for part in worker["healthcheck"]["test"])
            assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"

    def test_prometheus_scrapes_every_worker(self, stack: dict[str, Any]) -> None:
        prometheus = stack["services"]["prometheus"]
        assert "./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro" in prometheus["volumes"]
        config = load(REPO / "deploy" / "prometheus" / "prometheus.yml")
        (job,) = config["scrape_configs"]
        targets = [t for static in job["static_configs"] for t in static["targets"]]
        assert job["metrics_path"] == "/metrics"
        assert sorted(targets) == [f"{stack['services'][w]['hostname']}:6066" for w in WORKERS]

    def test_grafana_gets_the_data_source_and_the_dashboard(self, stack: dict[str, Any]) -> None:
        volumes = stack["services"]["grafana"]["volumes"]
        assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in volumes
        assert "./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro" in volumes
        (source,) = load(REPO / "deploy" / "grafana" / "provisioning" / "datasources" / "prometheus.yml")["datasources"]
        assert source["url"] == "http://prometheus:9090"
        (provider,) = load(REPO / "deploy" / "grafana" / "provisioning" / "dashboards" / "dealwatch.yml")["providers"]
        assert provider["options"]["path"] == "/var/lib/grafana/dashboards"
        dashboard = json.loads((REPO / "deploy" / "grafana" / "dashboards" / "dealwatch.json").read_text())
        uids = {target["datasource"]["uid"] for panel in dashboard["panels"] for target in panel["targets"]}
        assert uids == {source["uid"]}

    def test_mounted_files_exist(self, stack: dict[str, Any]) -> None:
        for service in stack["services"].values():
            for volume in service.get("volumes", []):
                if volume.startswith("./"):
                    assert (REPO / volume.split(":")[0]).exists(), volume

    def test_demo_profile_feeds_the_sample_news_once_the_workers_are_ready(self, stack: dict[str, Any]) -> None:
        demo = stack["services"]["demo"]
        assert demo["profiles"] == ["demo"]
        assert "dealwatch feed streams/demo_data/news.jsonl" in " ".join(demo["command"])
        assert (REPO / "streams" / "demo_data" / "news.jsonl").exists()
        assert {name: dep["condition"] for name, dep in demo["depends_on"].items()} == dict.fromkeys(
            WORKERS, "service_healthy"
        )


class TestCluster:
    def test_three_kraft_brokers_replicate_three_times_with_two_in_sync(self, cluster: dict[str, Any]) -> None:
        brokers = {name: s for name, s in cluster["services"].items() if s["image"].startswith("apache/kafka:")}
        assert set(brokers) == {"kafka", "kafka-2", "kafka-3"}
        envs = [environment(broker) for broker in brokers.values()]
        assert sorted(env["KAFKA_NODE_ID"] for env in envs) == ["1", "2", "3"]
        assert {env["KAFKA_CONTROLLER_QUORUM_VOTERS"] for env in envs} == {"1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093"}
        assert {(env["KAFKA_DEFAULT_REPLICATION_FACTOR"], env["KAFKA_MIN_INSYNC_REPLICAS"]) for env in envs} == {
            ("3", "2")
        }
        assert {env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] for env in envs} == {"3"}
        (cluster_id,) = {env["CLUSTER_ID"] for env in envs}
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16  # a UUID, as KRaft requires
        assert len({env["KAFKA_ADVERTISED_LISTENERS"] for env in envs}) == 3
        for broker in brokers.values():
            assert broker["image"] == f"apache/kafka:{kafka_version()}"
            assert broker["healthcheck"]["test"]

    def test_workers_use_every_broker_and_replication_factor_three(self, cluster: dict[str, Any]) -> None:
        for name in WORKERS:
            worker = cluster["services"][name]
            env = environment(worker)
            assert env["DEALWATCH_KAFKA"] == "kafka:9092,kafka-2:9092,kafka-3:9092"
            assert env["DEALWATCH_REPLICATION_FACTOR"] == "3"
            assert env["DEALWATCH_APP_ID"] == "dealwatch"  # the base file's settings survive the override
            assert set(worker["depends_on"]) == {"kafka", "kafka-2", "kafka-3"}
        assert cluster["services"]["kafka-ui"]["environment"]["KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"].count(":9092") == 3
