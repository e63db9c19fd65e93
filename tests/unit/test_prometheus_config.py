"""The committed Prometheus configuration and dashboard queries, checked by Prometheus' own promtool."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.support.prometheus import INSTALL_HINT

REPO = Path(__file__).resolve().parents[2]
PROMTOOL = shutil.which("promtool")
pytestmark = pytest.mark.skipif(PROMTOOL is None, reason=f"promtool is not installed: {INSTALL_HINT}")


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PROMTOOL or "promtool", *args], capture_output=True, text=True, timeout=60, check=False)


def test_the_compose_prometheus_configuration_is_valid() -> None:
    done = promtool("check", "config", str(REPO / "deploy" / "prometheus" / "prometheus.yml"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_dashboard_expression_is_valid_promql(tmp_path: Path) -> None:
    """Each expression, as a recording rule (Grafana's $__rate_interval filled in), passes promtool's parser."""
    panels = json.loads((REPO / "deploy" / "grafana" / "dashboards" / "dealwatch.json").read_text())["panels"]
    exprs = [t["expr"].replace("$__rate_interval", "1m") for p in panels for t in p["targets"]]
    rules = [{"record": f"dealwatch:check_{i}", "expr": expr} for i, expr in enumerate(exprs)]
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}), encoding="utf-8")
    done = promtool("check", "rules", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"SUCCESS: {len(rules)} rules found" in done.stdout
