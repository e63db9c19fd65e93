"""Logged exceptions keep their traceback but not the local variables of every frame."""

from __future__ import annotations

import json
import logging

import pytest
import structlog

from streams.logs import configure_logging


def fail_with_a_big_local() -> None:
    payload = "SECRET-PAYLOAD " * 100
    raise ValueError(f"bad input of {len(payload)} chars")


def log_failure(logger_name: str, *, stdlib: bool) -> None:
    try:
        fail_with_a_big_local()
    except ValueError:
        if stdlib:
            logging.getLogger(logger_name).exception("stdlib_failure")
        else:
            structlog.get_logger(logger_name).exception("structlog_failure")


class TestTracebacks:
    """Tracebacks name the frames and the error, without locals, in both formats."""

    @pytest.mark.parametrize("stdlib", [False, True])
    def test_json_traceback_has_frames_but_no_locals(self, capsys: pytest.CaptureFixture[str], stdlib: bool) -> None:
        """The JSON line carries the exception type, message and frames, and no frame's local variables."""
        configure_logging("INFO", "json")
        log_failure("dealwatch.test", stdlib=stdlib)
        line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
        (exception,) = line["exception"]
        assert (exception["exc_type"], exception["exc_value"]) == ("ValueError", "bad input of 1500 chars")
        assert any(frame["name"] == "fail_with_a_big_local" for frame in exception["frames"])
        assert all("locals" not in frame for frame in exception["frames"])
        assert "SECRET-PAYLOAD" not in json.dumps(line)

    def test_console_traceback_is_plain(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The console shows Python's usual traceback, without a table of locals."""
        configure_logging("INFO", "console")
        log_failure("dealwatch.test", stdlib=False)
        err = capsys.readouterr().err
        assert "Traceback (most recent call last):" in err
        assert "ValueError: bad input of 1500 chars" in err
        assert "SECRET-PAYLOAD" not in err
