"""``dealwatch feed``: publish news items from crawler output to the news topic."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from typing import Annotated

import structlog
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from streams.cli.common import fail, setup
from streams.clients.feeding.publisher import FeedReport, NewsPublisher, PublishError, check_topic
from streams.clients.feeding.sources import FORMATS, Parsed, SourceError, check_sources, read_sources
from streams.config import Settings
from streams.security import kafka_options

log = structlog.get_logger(__name__)

MAX_LISTED_ERRORS = 20
EXIT_INTERRUPTED = 130
KIB = 1024

BootstrapOption = Annotated[
    str | None,
    typer.Option(
        "--bootstrap",
        "-b",
        envvar="DEALWATCH_KAFKA",
        help="Kafka bootstrap servers (default: the local broker, 127.0.0.1:39092).",
        show_default=False,
    ),
]


def quiet_http_logs() -> None:
    """Hide httpx's one INFO line per request: noise around a command's answer (DEBUG still shows them)."""
    logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLogger().level))


def resolve_bootstrap(settings: Settings, override: str | None) -> str:
    """The broker to talk to: ``--bootstrap`` (or ``DEALWATCH_KAFKA``), else the local jar broker."""
    return override or settings.bootstrap


def feed(
    sources: Annotated[
        list[str],
        typer.Argument(
            metavar="SOURCE...",
            help="JSON Lines file, directory of .txt/.html/.json files, RSS/Atom file or http(s) URL, or - for stdin.",
            show_default=False,
        ),
    ],
    *,
    topic: Annotated[
        str | None,
        typer.Option("--topic", "-t", help="Topic to publish to (default: <prefix>.news, env DEALWATCH_TOPIC_PREFIX)."),
    ] = None,
    bootstrap: BootstrapOption = None,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help=f"Input format: {', '.join(FORMATS)} (auto: by suffix, then content)."),
    ] = "auto",
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first invalid record (exit 1) instead of skipping it.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Validate only: read and check every record, send nothing.")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON object on stdout.")] = False,
) -> None:
    """Publish NewsItems to the news topic, keyed by item id.

    Records are validated first: invalid ones are reported with file and line, then skipped (fatal with --strict).
    Items without an id get a stable one from their URL or content, so a re-feed does not count a story twice.
    The command exits only after the broker acknowledged every item (acks=all).

    Exit codes: 0 all valid items acknowledged; 1 error (broker, topic, source, --strict, unsent); 130 interrupted.
    """
    settings = setup()
    quiet_http_logs()
    if fmt not in FORMATS:
        fail(f"unknown --format {fmt!r}; choose one of: {', '.join(FORMATS)}", code=2)
    target = topic or settings.topic("news")
    try:
        check_sources(sources)
    except SourceError as exc:
        fail(str(exc))
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    records = read_sources(sources, fmt)  # type: ignore[arg-type]  # checked against FORMATS above

    if dry_run:
        report = _validate_only(records, strict, err)
    else:
        address = resolve_bootstrap(settings, bootstrap)
        try:
            security = kafka_options(settings)
            check_topic(address, target, security, settings.connect_timeout_s)
            publisher = NewsPublisher(address, target, max_message_bytes=settings.max_message_bytes, security=security)
        except PublishError as exc:
            fail(str(exc))
        report = _publish(records, publisher, strict, err)

    _summarise(report, target, dry_run=dry_run, json_out=json_out, err=err)
    if report.unsent or (strict and report.rejected):
        raise typer.Exit(1)


def _validate_only(records: Iterator[Parsed], strict: bool, err: Console) -> FeedReport:
    report = FeedReport()
    try:
        for parsed in records:
            report.read += 1
            if not _accept(parsed, report, strict, err):
                break
    except SourceError as exc:
        fail(str(exc))
    return report


def _publish(records: Iterator[Parsed], publisher: NewsPublisher, strict: bool, err: Console) -> FeedReport:
    report = publisher.report
    progress = _progress(err)
    interrupted = False
    source_error: str | None = None
    with progress or nullcontext():
        task = progress.add_task("feeding", total=None, stats="") if progress else None
        try:
            for parsed in records:
                if not _send_one(parsed, publisher, strict, err):
                    break
                if progress is not None and task is not None:
                    progress.update(task, stats=_stats(report))
        except SourceError as exc:
            source_error = str(exc)
        except KeyboardInterrupt:
            interrupted = True
            err.print("[yellow]interrupted: waiting for acknowledgements of the items already queued[/]")
        finally:
            publisher.close(timeout_s=10.0 if interrupted else 60.0)
            if progress is not None and task is not None:
                progress.update(task, stats=_stats(report))
    for location, reason in report.failed[:MAX_LISTED_ERRORS]:
        err.print(f"[red]unsent[/] {location}: {reason}")
    if source_error is not None:
        _summarise(report, publisher.topic, dry_run=False, json_out=False, err=err)
        fail(source_error)
    if interrupted:
        _summarise(report, publisher.topic, dry_run=False, json_out=False, err=err)
        raise typer.Exit(EXIT_INTERRUPTED)
    return report


def _send_one(parsed: Parsed, publisher: NewsPublisher, strict: bool, err: Console) -> bool:
    """Validate and queue one record; return False when the run must stop (``--strict``)."""
    report = publisher.report
    report.read += 1
    if not _accept(parsed, report, strict, err):
        return False
    if parsed.item is not None and not publisher.send(parsed.item, parsed.location):
        location, reason = report.rejected[-1]
        err.print(f"[yellow]rejected[/] {location}: {reason}")
        return not strict
    return True


def _accept(parsed: Parsed, report: FeedReport, strict: bool, err: Console) -> bool:
    """Record a rejection; return False when the run must stop (``--strict``)."""
    if parsed.error is None:
        return True
    report.rejected.append((parsed.location, parsed.error))
    if len(report.rejected) <= MAX_LISTED_ERRORS:
        err.print(f"[yellow]rejected[/] {parsed.location}: {parsed.error}", soft_wrap=True)
    elif len(report.rejected) == MAX_LISTED_ERRORS + 1:
        err.print("[yellow]rejected[/] ... (further rejections are counted in the summary, not listed)")
    return not strict


def _progress(err: Console) -> Progress | None:
    if not err.is_terminal:
        return None
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.fields[stats]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _stats(report: FeedReport) -> str:
    return f"read {report.read}  sent {report.sent}  rejected {len(report.rejected)}  {_size(report.bytes_sent)}"


def _size(n: int) -> str:
    if n < KIB:
        return f"{n} B"
    if n < KIB * KIB:
        return f"{n / KIB:.1f} KB"
    return f"{n / KIB / KIB:.1f} MB"


def _summarise(report: FeedReport, topic: str, *, dry_run: bool, json_out: bool, err: Console) -> None:
    log.debug("feed.done", topic=topic, dry_run=dry_run, **{k: v for k, v in report.as_dict().items() if k != "errors"})
    if json_out:
        sys.stdout.write(json.dumps({"topic": topic, "dry_run": dry_run, **report.as_dict()}) + "\n")
        return
    if dry_run:
        err.print(f"dry run: {report.valid} valid, {len(report.rejected)} rejected, of {report.read} records read")
        return
    colour = "green" if not report.unsent and not report.rejected else "yellow"
    line = (
        f"[{colour}]sent {report.sent}[/] of {report.read} records to {topic}: "
        f"{len(report.rejected)} rejected, {report.unsent} unsent, "
        f"{_size(report.bytes_sent)} in {report.elapsed_s:.1f} s ({report.rate:.0f} items/s)"
    )
    err.print(line)
