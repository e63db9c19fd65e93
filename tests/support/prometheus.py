"""A real Prometheus server (the Debian package's binary) for tests: own config, own storage, a free port."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from streams.local.broker.local import free_port

INSTALL_HINT = "run `make prometheus` (installs the Debian package `prometheus` as root with apt-get)"


def prometheus_binary() -> str | None:
    """The ``prometheus`` executable on PATH, or None."""
    return shutil.which("prometheus")


class PrometheusServer:
    """A Prometheus process scraping ``targets`` (``host:port``) every ``scrape_interval_s``."""

    def __init__(self, workdir: Path, targets: Sequence[str], scrape_interval_s: float = 1.0) -> None:
        self.port = free_port()
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        config = workdir / "prometheus.yml"
        interval = f"{int(scrape_interval_s * 1000)}ms"
        targets_yaml = ", ".join(f'"{target}"' for target in targets)
        config.write_text(
            f"global:\n  scrape_interval: {interval}\n  evaluation_interval: {interval}\n"
            f"scrape_configs:\n  - job_name: dealwatch\n    static_configs:\n      - targets: [{targets_yaml}]\n",
            encoding="utf-8",
        )
        self.log_path = workdir / "prometheus.log"
        self.argv = [
            prometheus_binary() or "prometheus",
            f"--config.file={config}",
            f"--storage.tsdb.path={workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
        ]
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 60.0) -> None:
        """Start the server and wait until ``/-/ready`` answers."""
        with self.log_path.open("ab") as out:
            self._proc = subprocess.Popen(self.argv, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                msg = f"prometheus exited with {self._proc.returncode}: {self.log_path.read_text()[-2000:]}"
                raise RuntimeError(msg)
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/-/ready", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        msg = f"prometheus was not ready within {timeout_s:.0f} s"
        raise RuntimeError(msg)

    def wait_until_scraped(self, timeout_s: float = 30.0) -> None:
        """Wait until every target was scraped successfully once (Prometheus starts scraping a few seconds late)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if (up := self.query("up")) and all(sample["value"][1] == "1" for sample in up):
                return
            time.sleep(0.2)
        msg = f"prometheus did not scrape its targets within {timeout_s:.0f} s: {self.query('up')}"
        raise RuntimeError(msg)

    def stop(self) -> None:
        """Terminate the server."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=10)

    def query(self, expr: str) -> list[dict[str, Any]]:
        """Evaluate ``expr`` now (``/api/v1/query``) and return the result vector; raise on an error answer."""
        url = f"http://127.0.0.1:{self.port}/api/v1/query?{urllib.parse.urlencode({'query': expr})}"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                answer = json.loads(response.read())
        except urllib.error.HTTPError as exc:
            answer = json.loads(exc.read())
        if answer.get("status") != "success":
            msg = f"{expr}: {answer.get('errorType')}: {answer.get('error')}"
            raise AssertionError(msg)
        result: list[dict[str, Any]] = answer["data"]["result"]
        return result

    def scalar(self, expr: str) -> float | None:
        """The value of a one-sample ``expr``, None when it has no sample."""
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None
