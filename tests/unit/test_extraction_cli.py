"""``dealwatch extract``: JSON lines in, one Extraction per line out, bad lines reported."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from schemas import Extraction
from streams.cli import main
from streams.cli.extract import extract

GOOD = json.dumps({"id": "a", "body": "Meta acquires Scale AI for $14.3 billion."})
FRENCH = json.dumps({"id": "b", "body": "Google a lancé un nouveau téléphone."})


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(extract)
    return app


def _run(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(_app(), args, input=stdin)


class TestExtractCommand:
    """The extract sub-command, driven with typer's CliRunner."""

    def test_registered_on_the_main_app(self):
        """`dealwatch extract` exists."""
        assert "extract" in [command.name for command in main.app.registered_commands]

    def test_reads_stdin_and_writes_one_extraction_per_line(self):
        """Two items on stdin give two compact Extraction lines, in order, and exit 0."""
        result = _run(["-"], stdin=f"{GOOD}\n\n{FRENCH}\n")
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        extractions = [Extraction.model_validate_json(line) for line in lines]
        assert [e.item_id for e in extractions] == ["a", "b"]
        assert [event.type for event in extractions[0].events] == ["acquisition"]
        assert extractions[1].events == () and extractions[1].language == "fr"
        assert ": " not in lines[0].split('"text"')[0]

    def test_bad_lines_are_reported_and_the_rest_processed(self, tmp_path: Path):
        """Invalid JSON and invalid items are named by line number on stderr; exit code 1."""
        source = tmp_path / "news.jsonl"
        source.write_text(f'{GOOD}\nnot json\n{{"id": "x"}}\n{FRENCH}\n', encoding="utf-8")
        result = _run([str(source)])
        assert result.exit_code == 1
        assert [json.loads(line)["item_id"] for line in result.stdout.splitlines()] == ["a", "b"]
        errors = result.stderr.splitlines()
        assert errors[0].startswith("error: line 2: ")
        assert errors[1].startswith("error: line 3: body")
        assert len(errors) == 2

    def test_missing_file_is_one_clear_error(self, tmp_path: Path):
        """A path that does not exist gives one error line and exit code 1."""
        result = _run([str(tmp_path / "absent.jsonl")])
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.strip() == f"error: no such file: {tmp_path / 'absent.jsonl'}"

    def test_max_body_bytes_option_truncates(self):
        """--max-body-bytes cuts long bodies and flags the extraction."""
        item = json.dumps({"id": "long", "body": "x" * 5_000})
        result = _run(["--max-body-bytes", "1000", "-"], stdin=item + "\n")
        assert result.exit_code == 0
        assert Extraction.model_validate_json(result.stdout).truncated is True
