"""``dealwatch demo`` end to end: broker, topics, a real worker, the bundled story, alerts and state."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from kafka import KafkaAdminClient

REPO = Path(__file__).resolve().parents[2]
DEMO_TIMEOUT_S = 90


class TestDemo:
    """The README's run command works and shows the Scale AI story's alerts and state."""

    def test_demo_prints_alerts_and_state_then_cleans_up(self, kafka_bootstrap: str) -> None:
        """The demo exits 0 after the numbered steps, with the Google/Scale AI customer-loss alert and the state."""
        env = {**os.environ, "DEALWATCH_KAFKA": kafka_bootstrap}
        result = subprocess.run(
            [sys.executable, "-m", "streams.cli.main", "demo", "--pace", "0.1"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=DEMO_TIMEOUT_S,
            check=False,
        )
        out = result.stdout
        assert result.returncode == 0, out + result.stderr
        assert [int(n) for n in re.findall(r"^\[(\d)/7\]", out, flags=re.MULTILINE)] == [1, 2, 3, 4, 5, 6, 7]
        alert_lines = [line for line in out.splitlines() if line.lstrip().startswith("alert ")]
        assert any(
            "CRITICAL" in line and "major_customer_loss" in line and "Scale AI / Google" in line for line in alert_lines
        ), out
        state = out.split("[6/7]", 1)[1].split("[7/7]", 1)[0]
        assert "Scale AI (scale-ai)" in state
        assert re.search(r"Google\s.*at_risk.*MAJOR", state), state
        assert "Jason Droege" in state
        assert out.rstrip().splitlines()[-1].startswith("Demo finished in ")

        prefix = re.search(r"Creating topics (dealwatch-demo-[0-9a-f]+)\.\*", out)
        assert prefix is not None
        admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap, client_id="tests")
        try:
            assert not [t for t in admin.list_topics() if t.startswith(prefix.group(1))]
        finally:
            admin.close()
