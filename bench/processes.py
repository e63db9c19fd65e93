"""Pipelines under test as real OS processes: :class:`~streams.worker_process.WorkerProcess` plus memory and CPU."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import psutil

from streams.worker_process import DEALWATCH_WORKER_ARGV, WORKER_READY_MARKER, WorkerProcess

REPO = Path(__file__).resolve().parents[1]


class ManagedProcess(WorkerProcess):
    """A process under test, run from the repository root (``bench.*`` modules are not installed).

    Args:
        log_path: file receiving stdout and stderr (appended to).
        env: variables added to this process's environment.
        argv: arguments after the interpreter; defaults to ``dealwatch worker``.
        ready_marker: text the process logs once it is consuming.
    """

    def __init__(
        self,
        log_path: Path,
        env: Mapping[str, str] | None = None,
        argv: Sequence[str] = DEALWATCH_WORKER_ARGV,
        *,
        ready_marker: str = WORKER_READY_MARKER,
    ) -> None:
        super().__init__(log_path, env, argv, ready_marker=ready_marker, cwd=REPO)

    def _tree(self) -> list[psutil.Process]:
        """The process and its children while it runs, else nothing."""
        if not self.alive() or self.pid is None:
            return []
        parent = psutil.Process(self.pid)
        return [parent, *parent.children(recursive=True)]

    def rss_bytes(self) -> int:
        """Resident memory of the process and its children, in bytes."""
        try:
            return sum(p.memory_info().rss for p in self._tree())
        except psutil.NoSuchProcess:
            return 0

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the process and its children have used so far."""
        try:
            times = [p.cpu_times() for p in self._tree()]
        except psutil.NoSuchProcess:
            return 0.0
        return sum(t.user + t.system for t in times)
