"""``python -m bench --quick``: the CI smoke of the benchmark harness on the real broker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


class TestQuickBench:
    """The quick bench runs every stage against the real broker and writes its results."""

    @pytest.mark.timeout(420)
    def test_quick_bench_writes_results(self, kafka_bootstrap: str, tmp_path: Path) -> None:
        """It exits 0 and leaves a results JSON with measured figures, a Markdown summary and plots."""
        env = {**os.environ, "DEALWATCH_KAFKA": kafka_bootstrap}
        done = subprocess.run(
            [sys.executable, "-m", "bench", "--quick", "--out", str(tmp_path)],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=400, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-4000:] + done.stdout[-2000:]
        [results_path] = tmp_path.glob("*.json")
        results = json.loads(results_path.read_text(encoding="utf-8"))
        figures, plan = results["figures"], results["plan"]
        pipeline, passthrough, ratios = figures["pipeline"], figures["passthrough"], figures["ratios"]
        # Every drain read back everything the backlog produced.
        for drain in (pipeline["drain"], passthrough["drain"], *(size["drain"] for size in figures["table_scale"])):
            assert drain["complete"] and drain["records"] == plan["backlog"]
        assert figures["backlog_extraction"]["articles"] == plan["backlog"]
        # Each ratio is the quotient of the figures it names, measured in this run.
        assert ratios["pipeline_vs_passthrough_throughput"] == pytest.approx(
            pipeline["drain"]["articles_per_s"] / passthrough["drain"]["articles_per_s"], abs=1e-3
        )
        assert ratios["pipeline_vs_backlog_extraction_throughput"] == pytest.approx(
            pipeline["drain"]["articles_per_s"] / figures["backlog_extraction"]["articles_per_s_per_core"], abs=1e-3
        )
        # Against its baselines: the pipeline does strictly more per article than a bare passthrough of the
        # same messages and than extraction alone on one core; extraction more than a trivial scan.
        assert 0 < ratios["pipeline_vs_passthrough_throughput"] < 1
        assert 0 < ratios["pipeline_vs_backlog_extraction_throughput"] < 1
        assert 0 < figures["extraction"]["ratio_vs_baseline"] < 1
        # Latency levels and sustained trials measured real alerts (not empty samples).
        assert all(level["samples"] > 0 and level["p50_ms"] <= level["p99_ms"] for level in pipeline["latency"])
        assert all(trial["p99_ms"] > 0 for trial in pipeline["sustained"]["trials"])
        assert [size["companies"] for size in figures["table_scale"]] == plan["table_sizes"]
        assert "| Target |" in (tmp_path / "latest.md").read_text(encoding="utf-8")
        assert (tmp_path / "latency_vs_load.png").stat().st_size > 0
        assert (tmp_path / "throughput_vs_table_size.png").stat().st_size > 0
