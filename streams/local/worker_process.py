"""A worker run as a child process with its output in a log file: start, wait until ready, stop, kill.

``dealwatch demo`` runs its worker this way, and so do the integration tests and the bench. One
implementation means they all agree on when a worker is ready and on how it is shut down.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import structlog

log = structlog.get_logger(__name__)

# Faust logs this (INFO) once table recovery is done, the fetcher runs and the web API listens.
# `dealwatch worker` removes the progress spinner, which would otherwise replace it on stdout; the
# earlier "[^---Recovery]: Worker ready" comes before the web API is up, and again after every rebalance.
WORKER_READY_MARKER = "[^Worker]: Ready"
DEALWATCH_WORKER_ARGV = ("-m", "streams.cli.main", "worker")
_POLL_S = 0.1


class WorkerStartError(RuntimeError):
    """The process exited, or did not log its ready marker in time.

    Attributes:
        summary: one line saying what happened and where the log is.
        log_tail: the last lines of the process's output.
    """

    def __init__(self, summary: str, log_tail: str) -> None:
        super().__init__(f"{summary}\n{log_tail}")
        self.summary = summary
        self.log_tail = log_tail


class WorkerProcess:
    """One Python child process whose stdout and stderr are appended to ``log_path``.

    The log is appended to, so a restarted process keeps the earlier output; readiness is judged
    from the output of the current start only.

    Args:
        argv: arguments after the interpreter; defaults to ``dealwatch worker``.
        log_path: file receiving the output (its directory is created).
        env: variables added to this process's environment (``PYTHONUNBUFFERED=1`` is always set,
            so a ready line printed with ``print`` shows up at once).
        ready_marker: text the process logs once it serves.
        cwd: working directory, e.g. the repository root for modules outside the installed package;
            defaults to the current one.
    """

    def __init__(
        self,
        log_path: Path,
        env: Mapping[str, str] | None = None,
        argv: Sequence[str] = DEALWATCH_WORKER_ARGV,
        *,
        ready_marker: str = WORKER_READY_MARKER,
        cwd: Path | None = None,
    ) -> None:
        self.argv = [sys.executable, *argv]
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
        self.log_path = log_path
        self.ready_marker = ready_marker.encode()
        self.cwd = cwd
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def name(self) -> str:
        """The module it runs (else its last argument), for messages."""
        modules = [arg for prev, arg in zip(self.argv, self.argv[1:], strict=False) if prev == "-m"]
        return modules[-1] if modules else self.argv[-1]

    @property
    def pid(self) -> int | None:
        """The process id of the last start, None before the first."""
        return None if self._proc is None else self._proc.pid

    @property
    def exit_code(self) -> int | None:
        """The exit code once the process ended (negative: killed by that signal), else None."""
        return None if self._proc is None else self._proc.poll()

    def alive(self) -> bool:
        """Return True while the process runs."""
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout_s: float = 120.0) -> float:
        """Start the process, wait until it logs the ready marker and return how long that took (seconds).

        Raises:
            RuntimeError: it is already running.
            WorkerStartError: it exited first, or was not ready within ``timeout_s`` (it is killed then).
        """
        if self.alive():
            msg = f"{self.name} (pid {self.pid}) is already running"
            raise RuntimeError(msg)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        started = time.monotonic()
        with self.log_path.open("ab") as out:
            self._proc = subprocess.Popen(  # noqa: S603 - our own interpreter and argv
                self.argv, cwd=self.cwd, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = started + timeout_s
        while time.monotonic() < deadline:
            if (code := self._proc.poll()) is not None:
                summary = f"{self.name} exited with code {code} before it was ready; see {self.log_path}"
                raise WorkerStartError(summary, self.log_tail())
            if self._logged_since(offset, self.ready_marker):
                ready_s = time.monotonic() - started
                log.debug("process_ready", name=self.name, pid=self._proc.pid, ready_s=round(ready_s, 2))
                return ready_s
            time.sleep(_POLL_S)
        self.kill()
        summary = f"{self.name} was not ready within {timeout_s:.0f} s; see {self.log_path}"
        raise WorkerStartError(summary, self.log_tail())

    def wait(self, timeout_s: float) -> int | None:
        """Wait up to ``timeout_s`` for the process to end by itself; return its exit code, None if it still runs."""
        if self._proc is None:
            return None
        try:
            return self._proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return None

    def stop(self, timeout_s: float = 45.0) -> int | None:
        """Ask the process to shut down (SIGTERM), SIGKILL it after ``timeout_s``, and return its exit code.

        Returns:
            0 after a clean shutdown, ``-signal.SIGKILL`` when it had to be killed, the code it already
            ended with, or None if it was never started.
        """
        if self._proc is None or self._proc.poll() is not None:
            return self.exit_code
        self._proc.send_signal(signal.SIGTERM)
        code = self.wait(timeout_s)
        if code is None:
            log.warning("process_ignored_sigterm", name=self.name, pid=self._proc.pid, timeout_s=timeout_s)
            self.kill()
            code = self._proc.returncode
        return code

    def kill(self) -> None:
        """SIGKILL the process, as a crash would, and reap it."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(timeout=30)

    def log_tail(self, lines: int = 60) -> str:
        """The last lines of the process's output."""
        if not self.log_path.exists():
            return "(no log)"
        return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    def _logged_since(self, offset: int, text: bytes) -> bool:
        with self.log_path.open("rb") as out:
            out.seek(offset)
            return text in out.read()
