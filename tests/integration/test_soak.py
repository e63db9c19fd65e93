"""The soak's CI slice (bench/soak.py): one kill -9 and one broker restart under a paced stream, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.soak import Plan, Soak

pytestmark = pytest.mark.integration


class TestSoakSlice:
    """About two minutes: every article fed is covered by an alert, nothing is dead-lettered."""

    def test_kill_and_broker_restart_lose_nothing(self, tmp_path: Path) -> None:
        """A worker killed at 25 s and taken over, the broker restarted at 45 s on its data, 40 articles/s for 1 min."""
        plan = Plan(minutes=1.0, rate=40, kill_every_s=25, broker_restart_at_s=45)
        report = Soak(plan, tmp_path).run()
        assert report.fed >= 40 * 55
        assert report.missing == [], f"found in: {report.missing_found_in}"
        assert report.dead_letters == 0
        assert report.takeovers_s, "no kill happened"
        assert None not in report.takeovers_s
        assert report.broker_restart_s is not None
        assert report.drained_s is not None
        assert report.alert_records >= report.fed
        print(  # the figures of this run, for the log
            f"soak slice: fed {report.fed}, alert records {report.alert_records}, "
            f"duplicates {report.duplicate_records}, takeovers {report.takeovers_s}, drained in {report.drained_s} s, "
            f"workers that ended on their own {report.exits}"
        )
