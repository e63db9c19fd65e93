"""Run Faust workers as real OS processes, so tests can stop, restart and kill -9 them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
READY_MARKER = "[^Worker]: Ready"


class WorkerProcess:
    """One worker subprocess whose output goes to ``log_path``.

    Args:
        argv: command after the Python interpreter, e.g. ``["-m", "faust", "-A", "mod", "worker"]``.
        env: extra environment variables.
        log_path: file receiving stdout and stderr.
    """

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], log_path: Path) -> None:
        self.argv = [sys.executable, *argv]
        self.env = {**os.environ, **env}
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 90.0, ready_marker: str = READY_MARKER) -> WorkerProcess:
        """Start the process and wait until its log shows ``ready_marker``."""
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(self.argv, cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                msg = f"worker exited with {self.proc.returncode} before ready:\n{self.log_tail()}"
                raise RuntimeError(msg)
            if ready_marker in self.log_path.read_text(encoding="utf-8", errors="replace")[offset:]:
                return self
            time.sleep(0.2)
        self.kill()
        msg = f"worker not ready within {timeout_s}s:\n{self.log_tail()}"
        raise TimeoutError(msg)

    def stop(self, timeout_s: float = 45.0) -> int:
        """Ask the worker to shut down (SIGTERM) and return its exit code."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.kill()
            msg = f"worker ignored SIGTERM for {timeout_s}s:\n{self.log_tail()}"
            raise TimeoutError(msg) from None

    def kill(self) -> None:
        """SIGKILL the worker, as a crash would."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def alive(self) -> bool:
        """Return True while the process runs."""
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, lines: int = 60) -> str:
        """The last lines of the worker's output."""
        if not self.log_path.exists():
            return "(no log)"
        return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
