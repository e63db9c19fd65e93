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
        figures = results["figures"]
        assert figures["passthrough"]["drain"]["articles_per_s"] > 0
        assert figures["pipeline"]["drain"]["articles_per_s"] > 0
        assert figures["pipeline"]["latency"][1]["samples"] > 0
        assert figures["pipeline"]["sustained"]["trials"][0]["p99_ms"] > 0
        assert figures["ratios"]["pipeline_vs_passthrough_throughput"] > 0
        assert figures["backlog_extraction"]["articles"] == results["plan"]["backlog"]
        assert figures["ratios"]["pipeline_vs_backlog_extraction_throughput"] > 0
        assert figures["table_scale"][0]["drain"]["articles_per_s"] > 0
        assert "| Target |" in (tmp_path / "latest.md").read_text(encoding="utf-8")
        assert (tmp_path / "latency_vs_load.png").stat().st_size > 0
        assert (tmp_path / "throughput_vs_table_size.png").stat().st_size > 0
