"""``dealwatch generate``: a seeded synthetic news feed as JSONL, for benches, demos and load tests."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, BinaryIO

import typer

from streams.cli.common import fail, setup
from streams.generate import DEFAULT_EVENT_MIX, EVENT_KINDS, LANGUAGES, GeneratorConfig, generate, to_jsonl
from streams.generate.mix import parse_mix

_DEFAULT_EVENT_MIX_TEXT = ",".join(f"{name}={weight:g}" for name, weight in DEFAULT_EVENT_MIX.items())


def generate_command(
    *,
    count: Annotated[int, typer.Option("--count", "-n", min=0, help="Number of records.")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same bytes.")] = 0,
    lang_mix: Annotated[
        str, typer.Option("--lang-mix", help="Relative weights of en and fr stories.")
    ] = "en=0.5,fr=0.5",
    event_mix: Annotated[
        str,
        typer.Option(
            "--event-mix", help=f"Relative weights of story types: {', '.join(EVENT_KINDS)} (none = no deal)."
        ),
    ] = _DEFAULT_EVENT_MIX_TEXT,
    duplicates: Annotated[
        float, typer.Option("--duplicates", min=0, max=1, help="Share of re-published stories.")
    ] = 0.05,
    invalid: Annotated[float, typer.Option("--invalid", min=0, max=1, help="Share of invalid records.")] = 0.02,
    unknown: Annotated[
        float, typer.Option("--unknown", min=0, max=1, help="Share of company mentions outside the knowledge base.")
    ] = 0.2,
    min_bytes: Annotated[int, typer.Option("--min-bytes", help="Smallest article body (UTF-8 bytes).")] = 1000,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest article body (UTF-8 bytes).")] = 6000,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Write synthetic English and French business news as JSONL (one news item per line)."""
    setup()
    try:
        config = GeneratorConfig(
            count=count,
            seed=seed,
            lang_mix=parse_mix(lang_mix, LANGUAGES),
            event_mix=parse_mix(event_mix, EVENT_KINDS),
            duplicates=duplicates,
            invalid=invalid,
            unknown_companies=unknown,
            min_bytes=min_bytes,
            max_bytes=max_bytes,
        )
    except ValueError as exc:
        fail(str(exc))
    if output is None:
        _write(config, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    try:
        with output.open("wb") as sink:
            _write(config, sink)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    typer.echo(f"wrote {count} records to {output}", err=True)


def _write(config: GeneratorConfig, sink: BinaryIO) -> None:
    for line in to_jsonl(generate(config)):
        sink.write(line)
