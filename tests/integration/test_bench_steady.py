"""``python -m bench.steady --quick``: the CI smoke of the steady-state bench on the real broker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


class TestSteadyQuick:
    """One worker fed three chunks without a restart: every chunk drained and measured."""

    @pytest.mark.timeout(240)
    def test_steady_quick_writes_results(self, kafka_bootstrap: str, tmp_path: Path) -> None:
        """It exits 0 and reports, per chunk, throughput, RSS and the row sizes the changelog holds."""
        env = {**os.environ, "DEALWATCH_KAFKA": kafka_bootstrap}
        done = subprocess.run(
            [sys.executable, "-m", "bench.steady", "--quick", "--out", str(tmp_path)],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=230, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-4000:] + done.stdout[-2000:]
        [results_path] = tmp_path.glob("steady-*.json")
        results = json.loads(results_path.read_text(encoding="utf-8"))
        points = results["figures"]["points"]
        assert [p["articles_done"] for p in points] == [300, 600, 900]
        rows = [p["rows"] for p in points]
        # The table only gains companies, and every chunk wrote changelog records that were read back.
        assert rows == sorted(rows) and rows[0] > 0
        for point in points:
            assert point["changelog_records"] > 0 and point["changelog_bytes_per_article"] > 0
            assert 0 < point["row_p50_bytes"] <= point["row_p99_bytes"] <= point["row_max_bytes"]
            assert point["articles_per_cpu_s"] > 0 and point["rss_mb"] > 0
        # The worker times its collector's pauses (dealwatch_gc_cpu_seconds): every chunk collects something.
        assert all(point["gc_ms_per_article"] > 0 for point in points)
        full = [point["full_gcs"] for point in points]
        assert full == sorted(full)
        summary = results["figures"]["summary"]
        first, last = points[0], points[-1]
        assert summary["articles_per_cpu_s"]["end_vs_start"] == pytest.approx(
            last["articles_per_cpu_s"] / first["articles_per_cpu_s"], abs=1e-3
        )
        # Targets are reported with met / not met, never asserted here.
        assert [t["met"] in (True, False) for t in summary["targets"]] == [True, True, True]
        assert "| Target |" in (tmp_path / "steady.md").read_text(encoding="utf-8")
        assert (tmp_path / "steady.png").stat().st_size > 0
