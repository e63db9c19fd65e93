"""``dealwatch alerts``: read the alerts topic, filtered, each alert once."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Annotated, get_args

import structlog
import typer
from rich.console import Console

from schemas.alerts import SEVERITY_RANK, AlertType
from streams.cli.common import fail, setup
from streams.cli.feed import BootstrapOption, resolve_bootstrap
from streams.clients.subscribing.filters import AlertFilter, SeenIds
from streams.clients.subscribing.render import alert_json, alert_line
from streams.clients.subscribing.stream import AlertStream, SubscribeError
from streams.security import kafka_options

log = structlog.get_logger(__name__)

ALERT_TYPES: tuple[str, ...] = get_args(AlertType)


def alerts(
    *,
    follow: Annotated[
        bool, typer.Option("--follow", "-F", help="Keep waiting for new alerts (Ctrl-C to stop).")
    ] = False,
    from_beginning: Annotated[
        bool,
        typer.Option(
            "--from-beginning", help="With --follow: replay the retained alerts first, then wait for new ones."
        ),
    ] = False,
    types: Annotated[
        list[str] | None,
        typer.Option("--type", help=f"Only this alert type; repeat for several. One of: {', '.join(ALERT_TYPES)}."),
    ] = None,
    company: Annotated[
        str | None, typer.Option("--company", "-c", help="Only alerts about this company (id or name, any case).")
    ] = None,
    min_severity: Annotated[
        str, typer.Option("--min-severity", "-s", help="Lowest severity shown: info, warning or critical.")
    ] = "info",
    group: Annotated[
        str | None,
        typer.Option("--group", "-g", help="Join this consumer group and commit progress (share the stream)."),
    ] = None,
    max_alerts: Annotated[
        int | None, typer.Option("--max", "-n", min=1, help="Exit after printing this many alerts.")
    ] = None,
    json_out: Annotated[
        bool | None,
        typer.Option("--json/--pretty", help="JSON lines, or coloured lines (default: pretty on a terminal)."),
    ] = None,
    topic: Annotated[
        str | None, typer.Option("--topic", "-t", help="Topic to read (default: <prefix>.alerts).")
    ] = None,
    bootstrap: BootstrapOption = None,
) -> None:
    """Print alerts from the alerts topic, one line each, every alert_id once.

    Without --follow: print the alerts the topic holds (from the oldest) and exit when caught up.
    With --follow: wait for new alerts only (add --from-beginning to replay the history first).
    With --group: resume from the group's committed position and commit what was shown.
    Without --group nothing is committed, so looking never disturbs anyone.

    Output: coloured lines on a terminal, JSON lines (the Alert schema) when piped or with --json.
    """
    settings = setup()
    selection = _selection(types or [], company, min_severity)
    out = Console(highlight=False, soft_wrap=True)
    as_json = (not out.is_terminal) if json_out is None else json_out
    target = topic or settings.topic("alerts")
    try:
        stream = AlertStream(
            resolve_bootstrap(settings, bootstrap),
            target,
            group=group,
            from_beginning=from_beginning or not follow,
            follow=follow,
            security=kafka_options(settings),
            connect_timeout_s=settings.connect_timeout_s,
        )
    except SubscribeError as exc:
        fail(str(exc))

    counts = Counter[str]()
    try:
        _print_alerts(stream, selection, counts, as_json=as_json, out=out, max_alerts=max_alerts)
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a --follow session ends; what was shown stays committed (with --group)
    finally:
        stream.close()
    log.debug("alerts.done", topic=target, **counts)
    _summarise(counts)


def _selection(types: list[str], company: str | None, min_severity: str) -> AlertFilter:
    """The filter the options ask for; an unknown type or severity is a usage error (exit 2)."""
    unknown = sorted(set(types) - set(ALERT_TYPES))
    if unknown:
        fail(f"unknown --type {', '.join(unknown)}; choose from: {', '.join(ALERT_TYPES)}", code=2)
    if min_severity not in SEVERITY_RANK:
        fail(f"unknown --min-severity {min_severity!r}; choose from: {', '.join(SEVERITY_RANK)}", code=2)
    return AlertFilter(types=frozenset(types), company=company, min_severity=min_severity)


def _summarise(counts: Counter[str]) -> None:
    """One dim line on a terminal's stderr: what was shown and what was skipped."""
    if Console(stderr=True).is_terminal:
        typer.secho(
            f"{counts['shown']} alerts shown ({counts['duplicate']} duplicates, {counts['filtered']} filtered out, "
            f"{counts['undecodable']} undecodable)",
            err=True,
            dim=True,
        )


def _print_alerts(
    stream: AlertStream,
    selection: AlertFilter,
    counts: Counter[str],
    *,
    as_json: bool,
    out: Console,
    max_alerts: int | None,
) -> None:
    """Print each new, selected alert; count what was shown, repeated, filtered out or undecodable."""
    seen = SeenIds()
    for received in stream:
        stream.mark_done(received)
        if received.alert is None:
            counts["undecodable"] += 1
            typer.secho(
                f"skipped {stream.topic}[{received.partition}]@{received.offset}: {received.error}",
                err=True,
                fg=typer.colors.YELLOW,
            )
        elif not seen.first_time(received.alert.alert_id):
            counts["duplicate"] += 1
        elif not selection.matches(received.alert):
            counts["filtered"] += 1
        else:
            if as_json:
                sys.stdout.write(alert_json(received.alert) + "\n")
                sys.stdout.flush()
            else:
                out.print(alert_line(received.alert))
            counts["shown"] += 1
            if max_alerts is not None and counts["shown"] >= max_alerts:
                return
