"""``dealwatch eval``, driven through the main app with typer's CliRunner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import Result
from typer.testing import CliRunner

from streams.cli import main

GOLD_SMALL = Path(__file__).parents[1] / "fixtures" / "eval" / "gold_small.jsonl"


def _run(*args: str) -> Result:
    return CliRunner().invoke(main.app, ["eval", *args])


def test_json_report_has_every_figure() -> None:
    """--json prints one JSON object with the event and alert figures of the fixture."""
    result = _run(str(GOLD_SMALL), "--json", "--split-name", "small")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["split_name"] == "small"
    assert report["files"] == [str(GOLD_SMALL)]
    strict = report["events"]["strict"]["micro"]
    assert (strict["tp"], strict["fp"], strict["fn"], strict["precision"], strict["recall"]) == (6, 2, 4, 0.75, 0.6)
    assert report["events"]["lenient"]["micro"]["precision"] == 7 / 8
    assert report["events"]["attributes"]["amount"] == {"correct": 3, "total": 4, "value": 0.75}
    assert report["alerts"]["micro"]["tp"] == 5
    assert report["alerts"]["spurious"] == ["ev-3: major_customer_loss Orange / Atos"]
    assert [item["item_id"] for item in report["events"]["per_item"]] == [f"ev-{n}" for n in range(1, 7)]


def test_table_report(tmp_path: Path) -> None:
    """Without --json: readable tables; a directory argument reads the files under it."""
    shutil.copy(GOLD_SMALL, tmp_path / "gold.jsonl")
    result = _run(str(tmp_path), "--split-name", "dev")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"Gold set [dev]: 6 items from {tmp_path / 'gold.jsonl'}" in out
    rows: dict[str, list[str]] = {}
    for line in out.splitlines():
        if line.count("│") > 2:
            rows.setdefault(line.split("│")[1].strip(), []).append(line)
    events_total, alerts_total = rows.pop("all (micro)")
    assert "0.75 0.60 0.67 │ 0.88 0.70 0.78" in events_total
    assert "│    7 │      6 │       5 │ 0.83 0.71 0.77" in alerts_total
    assert "0.50 0.33 0.40" in rows["customer_end"][0]
    assert "3/4 (0.75)" in rows["amount"][0]
    assert "0.50 0.50 0.50" in rows["fr"][0]
    assert "0.50 0.50 0.50" in rows["major_customer_loss"][0]


def test_bad_gold_line_is_one_error_line_and_exit_1(tmp_path: Path) -> None:
    """A bad line fails the whole run with one `error: file:line: reason` line on stderr, nothing on stdout."""
    bad = tmp_path / "gold.jsonl"
    bad.write_text(GOLD_SMALL.read_text(encoding="utf-8") + '{"id": "x"}\n', encoding="utf-8")
    result = _run(str(bad))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {bad}:7: ")


def test_missing_path_exit_1(tmp_path: Path) -> None:
    """A path that does not exist is one error line."""
    result = _run(str(tmp_path / "absent"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'absent'}: no such file or directory"
