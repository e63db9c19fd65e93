"""``dealwatch extract``: run the extraction engine over NewsItem JSON lines, without Kafka."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer
from pydantic import ValidationError

from schemas import NewsItem
from streams.cli.common import fail, setup
from streams.extraction import extract as extract_item


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "item"
        return f"{where}: {first['msg']}"
    return str(error)


def _run(lines: TextIO, max_body_bytes: int) -> int:
    failed = 0
    out = sys.stdout
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = NewsItem.model_validate_json(line)
        except ValueError as error:
            failed += 1
            typer.secho(f"error: line {number}: {_reason(error)}", err=True, fg=typer.colors.RED)
            continue
        out.write(extract_item(item, max_body_bytes=max_body_bytes).model_dump_json())
        out.write("\n")
    out.flush()
    return failed


def extract(
    path: Annotated[
        str,
        typer.Argument(metavar="[PATH|-]", help="NewsItem JSON Lines file, or - for stdin.", show_default=False),
    ] = "-",
    max_body_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-body-bytes",
            envvar="DEALWATCH_MAX_BODY_BYTES",
            help="Truncate bodies above this size (default: 1000000).",
            show_default=False,
            min=1,
        ),
    ] = None,
) -> None:
    """Print one Extraction JSON line per NewsItem line; bad lines are reported on stderr (exit 1)."""
    settings = setup()
    limit = max_body_bytes or settings.max_body_bytes
    if path == "-":
        failed = _run(sys.stdin, limit)
    else:
        source = Path(path)
        if not source.is_file():
            fail(f"no such file: {source}")
        try:
            with source.open(encoding="utf-8") as lines:
                failed = _run(lines, limit)
        except UnicodeDecodeError as error:
            fail(f"{source} is not UTF-8 text: {error.reason}")
    raise typer.Exit(1 if failed else 0)
