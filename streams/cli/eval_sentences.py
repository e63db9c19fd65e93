"""``dealwatch eval-sentences``: facts read from labelled single sentences (docs/evaluation.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from streams.cli.common import fail, setup
from streams.evaluation.figures import PRF
from streams.evaluation.gold import GoldFileError
from streams.evaluation.sentences import read_sentences, score_sentences
from streams.evaluation.unknown_names import with_unknown_names
from streams.extraction.knowledge_base import load_knowledge_base


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def eval_sentences_command(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH...", help="Sentence JSONL files, or directories (every *.jsonl under them)."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print every figure and outcome as one JSON object.")] = False,
    lenient: Annotated[
        bool, typer.Option("--lenient", help="An acquisition may match a stake (and the other way round).")
    ] = False,
    show: Annotated[
        bool, typer.Option("--show", help="Print each missed and each false fact with its sentence.")
    ] = False,
    unknown_names: Annotated[
        bool,
        typer.Option(
            "--unknown-names",
            help="Rename every organisation to an invented name the knowledge base does not know, to measure how "
            "much reading depends on knowing the names.",
        ),
    ] = False,
) -> None:
    """Extract each labelled sentence alone; print precision, recall and F1 of the facts it labels, by type."""
    setup()
    try:
        sentences = read_sentences(paths)
    except (OSError, GoldFileError, ValidationError) as error:
        fail(str(error).splitlines()[0])
    if unknown_names:
        sentences = with_unknown_names(sentences, load_knowledge_base())
    scores = score_sentences(sentences, lenient=lenient)
    if as_json:
        sys.stdout.write(scores.model_dump_json(indent=2) + "\n")
        return
    names = ", organisations renamed" if unknown_names else ""
    table = Table(title=f"{scores.sentences} sentences, {'lenient' if lenient else 'strict'} matching{names}")
    for column in ("type", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    rows: list[tuple[str, PRF]] = [(kind, scores.by_type[kind]) for kind in scores.types] + [("all", scores.micro)]
    for name, figures in rows:
        counts = [str(figures.tp), str(figures.fp), str(figures.fn)]
        table.add_row(name, *counts, _ratio(figures.precision), _ratio(figures.recall), _ratio(figures.f1))
    console = Console()
    console.print(table)
    if show:
        for outcome in scores.outcomes:
            second = outcome.object or "(nobody)"
            line = f"{outcome.kind:6} {outcome.type} {outcome.subject} -> {second} | {outcome.text}"
            console.print(line, markup=False, highlight=False)
