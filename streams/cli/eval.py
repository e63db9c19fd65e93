"""``dealwatch eval``: extraction and alert figures on a real-news gold set (docs/evaluation.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from streams.cli.common import fail, setup
from streams.companies.rules import load_rules
from streams.evaluation.gold import GoldFileError, load_gold
from streams.evaluation.replay import replay
from streams.evaluation.report import build_report, render_report


def eval_command(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH...", help="Gold JSONL files, or directories (every *.jsonl under them)."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print every figure as one JSON object.")] = False,
    split_name: Annotated[
        str | None, typer.Option("--split-name", help="Name shown in the report, e.g. dev or test.")
    ] = None,
) -> None:
    """Replay gold articles through the pipeline; print strict/lenient event scores and alert scores.

    The alert rules are the packaged defaults (the gold alerts are labelled against them).
    """
    settings = setup()
    try:
        gold = load_gold(paths)
    except GoldFileError as error:
        fail(str(error))
    replayed = replay(gold.items, load_rules(), settings)
    report = build_report(gold.items, replayed, files=gold.files, split_name=split_name)
    if as_json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        render_report(report, Console())
