"""Pipelines under test as real OS processes: start, wait until ready, measure memory, stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]


class ManagedProcess:
    """One Python subprocess whose output goes to ``log_path``.

    Args:
        argv: arguments after the interpreter, e.g. ``["-m", "bench.passthrough", ...]``.
        env: variables added to this process's environment.
        log_path: file receiving stdout and stderr (appended to).
        ready_markers: texts the process logs once it is consuming (any one of them will do).
    """

    def __init__(
        self, argv: Sequence[str], env: Mapping[str, str], log_path: Path, ready_markers: Sequence[str]
    ) -> None:
        self.argv = [sys.executable, *argv]
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", **env}
        self.log_path = log_path
        self.ready_markers = [marker.encode() for marker in ready_markers]
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 120.0) -> float:
        """Start the process, wait for its ready marker and return how long that took (seconds)."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        started = time.monotonic()
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(  # noqa: S603 - our own interpreter and modules
                self.argv, cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = started + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                msg = f"{self.name} exited with {code} before ready (log {self.log_path})\n{self.log_tail()}"
                raise RuntimeError(msg)
            with self.log_path.open("rb") as log:
                log.seek(offset)
                output = log.read()
                if any(marker in output for marker in self.ready_markers):
                    return time.monotonic() - started
            time.sleep(0.1)
        self.kill()
        msg = f"{self.name} not ready within {timeout_s:.0f}s (log {self.log_path})\n{self.log_tail()}"
        raise TimeoutError(msg)

    @property
    def name(self) -> str:
        """The module it runs, for messages."""
        modules = [arg for prev, arg in zip(self.argv, self.argv[1:], strict=False) if prev == "-m"]
        return modules[-1] if modules else self.argv[-1]

    def rss_bytes(self) -> int:
        """Resident memory of the process and its children, in bytes."""
        if self.proc is None or self.proc.poll() is not None:
            return 0
        try:
            parent = psutil.Process(self.proc.pid)
            return sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)])
        except psutil.NoSuchProcess:
            return 0

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the process and its children have used so far."""
        if self.proc is None or self.proc.poll() is not None:
            return 0.0
        try:
            parent = psutil.Process(self.proc.pid)
            times = [p.cpu_times() for p in [parent, *parent.children(recursive=True)]]
        except psutil.NoSuchProcess:
            return 0.0
        return sum(t.user + t.system for t in times)

    def stop(self, timeout_s: float = 45.0) -> int:
        """Ask the process to shut down (SIGTERM), kill it if it does not, and return its exit code."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.kill()
            return self.proc.returncode

    def kill(self) -> None:
        """SIGKILL the process."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def alive(self) -> bool:
        """Return True while the process runs."""
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the process's output."""
        if not self.log_path.exists():
            return "(no log)"
        return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
