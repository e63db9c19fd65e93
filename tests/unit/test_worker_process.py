"""WorkerProcess on tiny Python children: readiness, exit codes, SIGTERM, SIGKILL and the log."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.local.worker_process import WorkerProcess, WorkerStartError

MARKER = "child: ready"
SERVES = f"import time; print({MARKER!r}); time.sleep(60)"
IGNORES_SIGTERM = f"import signal; signal.signal(signal.SIGTERM, signal.SIG_IGN); {SERVES}"
NEVER_READY = "import time; time.sleep(60)"


@pytest.fixture
def started() -> Iterator[list[WorkerProcess]]:
    """Processes a test starts; any still running afterwards are killed."""
    processes: list[WorkerProcess] = []
    yield processes
    for process in processes:
        process.kill()


def child(tmp_path: Path, code: str, started: list[WorkerProcess], log: str = "child.log") -> WorkerProcess:
    process = WorkerProcess(tmp_path / log, argv=["-c", code], ready_marker=MARKER)
    started.append(process)
    return process


class TestStart:
    """start() returns once the marker is logged and fails loudly otherwise."""

    def test_returns_the_seconds_until_the_marker_and_the_process_runs(
        self, tmp_path: Path, started: list[WorkerProcess]
    ) -> None:
        """The time to ready is positive, the process is alive and has a pid, and its output is in the log."""
        process = child(tmp_path, SERVES, started)
        ready_s = process.start(timeout_s=30)
        assert 0 < ready_s < 30
        assert process.alive()
        assert process.pid is not None
        assert process.exit_code is None
        assert MARKER in process.log_tail()

    def test_a_child_exiting_before_ready_raises_with_its_code_and_output(
        self, tmp_path: Path, started: list[WorkerProcess]
    ) -> None:
        """The error names the exit code and the log, and carries the child's last output."""
        process = child(tmp_path, "import sys; print('config is broken'); sys.exit(3)", started)
        with pytest.raises(WorkerStartError) as raised:
            process.start(timeout_s=30)
        assert "exited with code 3" in raised.value.summary
        assert str(process.log_path) in raised.value.summary
        assert "config is broken" in raised.value.log_tail
        assert process.exit_code == 3

    def test_a_child_never_ready_is_killed_after_the_timeout(
        self, tmp_path: Path, started: list[WorkerProcess]
    ) -> None:
        """Not ready in time raises and leaves no process behind."""
        process = child(tmp_path, NEVER_READY, started)
        with pytest.raises(WorkerStartError, match="not ready within"):
            process.start(timeout_s=0.5)
        assert not process.alive()
        assert process.exit_code == -signal.SIGKILL

    def test_a_marker_from_an_earlier_run_in_the_same_log_does_not_count(
        self, tmp_path: Path, started: list[WorkerProcess]
    ) -> None:
        """Readiness is judged on what this start wrote, after the log's earlier content."""
        first = child(tmp_path, SERVES, started)
        first.start(timeout_s=30)
        first.stop()
        second = child(tmp_path, NEVER_READY, started)
        with pytest.raises(WorkerStartError):
            second.start(timeout_s=0.5)
        assert second.log_path.read_text(encoding="utf-8").count(MARKER) == 1

    def test_starting_a_running_process_again_is_refused(self, tmp_path: Path, started: list[WorkerProcess]) -> None:
        """A second start would orphan the first child, so it raises instead."""
        process = child(tmp_path, SERVES, started)
        process.start(timeout_s=30)
        with pytest.raises(RuntimeError, match="already running"):
            process.start(timeout_s=30)


class TestStop:
    """stop() ends the process and reports how it ended."""

    def test_sigterm_ends_a_cooperative_child(self, tmp_path: Path, started: list[WorkerProcess]) -> None:
        """A child with the default SIGTERM handler ends with -SIGTERM."""
        process = child(tmp_path, SERVES, started)
        process.start(timeout_s=30)
        assert process.stop(timeout_s=30) == -signal.SIGTERM
        assert not process.alive()

    def test_a_child_ignoring_sigterm_is_killed_after_the_timeout(
        self, tmp_path: Path, started: list[WorkerProcess]
    ) -> None:
        """The exit code then says SIGKILL, so a caller expecting 0 sees the difference."""
        process = child(tmp_path, IGNORES_SIGTERM, started)
        process.start(timeout_s=30)
        assert process.stop(timeout_s=0.5) == -signal.SIGKILL
        assert not process.alive()

    def test_stopping_an_ended_or_unstarted_process_reports_without_signalling(
        self, tmp_path: Path, started: list[WorkerProcess]
    ) -> None:
        """Never started gives None; already ended gives the code it ended with."""
        process = child(tmp_path, f"import time; print({MARKER!r}); time.sleep(1); raise SystemExit(5)", started)
        assert process.stop() is None
        process.start(timeout_s=30)
        assert process.wait(timeout_s=30) == 5
        assert process.stop() == 5


class TestKillAndWait:
    """kill() ends the process like a crash; wait() does not end it."""

    def test_kill_ends_the_process_with_sigkill(self, tmp_path: Path, started: list[WorkerProcess]) -> None:
        """After kill() the process is gone and its exit code says SIGKILL."""
        process = child(tmp_path, IGNORES_SIGTERM, started)
        process.start(timeout_s=30)
        process.kill()
        assert not process.alive()
        assert process.exit_code == -signal.SIGKILL

    def test_wait_returns_none_while_the_process_runs(self, tmp_path: Path, started: list[WorkerProcess]) -> None:
        """A running process outlives wait()'s timeout and stays alive."""
        process = child(tmp_path, SERVES, started)
        process.start(timeout_s=30)
        assert process.wait(timeout_s=0.2) is None
        assert process.alive()
