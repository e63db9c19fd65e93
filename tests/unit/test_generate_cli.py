"""``dealwatch generate``: JSONL to stdout or a file, reproducible, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from streams.cli.main import app

runner = CliRunner()


class TestGenerateCommand:
    """The command writes the seeded feed and rejects bad options cleanly."""

    def test_writes_count_lines_to_stdout(self) -> None:
        """--count 20 prints 20 JSONL lines."""
        result = runner.invoke(app, ["generate", "--count", "20", "--seed", "3", "--invalid", "0"])
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert len(lines) == 20
        assert all(json.loads(line)["body"] for line in lines)

    def test_same_seed_same_file(self, tmp_path: Path) -> None:
        """Two runs with one seed write identical files."""
        for name in ("a", "b"):
            args = ["generate", "-n", "30", "--seed", "9", "--lang-mix", "fr=1", "-o", str(tmp_path / f"{name}.jsonl")]
            assert runner.invoke(app, args).exit_code == 0
        assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()

    def test_event_mix_option(self) -> None:
        """--event-mix restricts the stories to the named types."""
        args = ["generate", "-n", "10", "--event-mix", "acquisition=1", "--lang-mix", "en=1", "--invalid", "0"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        bodies = [json.loads(line)["body"] for line in result.stdout.splitlines()]
        assert all(any(verb in body for verb in ("acqui", "buy", "take over")) for body in bodies)

    def test_bad_mix_is_one_error_line(self) -> None:
        """An unknown language exits non-zero with one error line and no traceback."""
        result = runner.invoke(app, ["generate", "--lang-mix", "de=1"])
        assert result.exit_code == 1
        assert "unknown name 'de'" in result.output
        assert "Traceback" not in result.output
