"""Pipelines under test as OS processes: :class:`~streams.local.worker_process.WorkerProcess` plus memory and CPU."""

from __future__ import annotations

from pathlib import Path

import psutil

from streams.local.worker_process import WorkerProcess

# The working directory of every process under test: ``bench.*`` modules are not installed.
REPO = Path(__file__).resolve().parents[1]


class ManagedProcess(WorkerProcess):
    """A process under test that also reports the memory and CPU time of its process tree."""

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
