"""``dealwatch eval``, driven through the main app with typer's CliRunner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from streams.cli import main
from streams.companies.rules import load_rules
from streams.config import Settings
from streams.evaluation.figures import PRF
from streams.evaluation.gold import load_gold
from streams.evaluation.replay import replay
from streams.evaluation.report import EvalReport, build_report

GOLD_SMALL = Path(__file__).parents[1] / "fixtures" / "eval" / "gold_small.jsonl"


def _run(*args: str) -> Result:
    return CliRunner().invoke(main.app, ["eval", *args])


@pytest.fixture(scope="module")
def expected() -> EvalReport:
    """What the library measures on the fixture with the live extractor: the CLI must print exactly that."""
    items = list(load_gold([GOLD_SMALL]).items)
    return build_report(items, replay(items, load_rules(), Settings()), files=[GOLD_SMALL], split_name="small")


def test_json_report_has_every_figure(expected: EvalReport) -> None:
    """--json prints one JSON object: the library's report of the fixture, every figure included."""
    result = _run(str(GOLD_SMALL), "--json", "--split-name", "small")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report == json.loads(expected.model_dump_json())
    assert report["split_name"] == "small"
    assert report["files"] == [str(GOLD_SMALL)]
    assert report["events"]["gold_events"] == 10
    assert report["alerts"]["gold_alerts"] == 7
    assert [item["item_id"] for item in report["events"]["per_item"]] == [f"ev-{n}" for n in range(1, 7)]


def _prf(figures: PRF) -> str:
    return " ".join("-" if v is None else f"{v:.2f}" for v in (figures.precision, figures.recall, figures.f1))


def test_table_report(tmp_path: Path, expected: EvalReport) -> None:
    """Without --json: readable tables with the same figures; a directory argument reads the files under it."""
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
    events = expected.events
    assert f"{_prf(events.strict.micro)} │ {_prf(events.lenient.micro)}" in events_total
    alerts = expected.alerts
    assert f"│ {alerts.gold_alerts:>4} │ {alerts.raised_alerts:>6} │ {alerts.micro.tp:>7} │ {_prf(alerts.micro)}" in (
        alerts_total
    )
    assert _prf(events.strict.by_type["customer_end"]) in rows["customer_end"][0]


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
