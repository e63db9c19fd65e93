"""``dealwatch top``: a live terminal view of the workers and their lag, for users without Grafana."""

from __future__ import annotations

import json
import logging
import time
from typing import Annotated

import httpx
import typer
from kafka import KafkaAdminClient
from kafka.errors import KafkaError
from rich.console import Console, Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from streams.cli.common import setup
from streams.clients.dashboard import RateWindow, Snapshot, take_snapshot
from streams.clients.lag import new_admin
from streams.clients.probe import metadata_ok
from streams.config import Settings
from streams.security import kafka_options
from streams.topics import TopicNames


def top(
    url: Annotated[
        list[str] | None,
        typer.Option(
            "--url",
            help="A worker's web API; repeat for each worker (default http://DEALWATCH_WEB_HOST:DEALWATCH_WEB_PORT).",
            show_default=False,
        ),
    ] = None,
    kafka: Annotated[
        str | None,
        typer.Option(
            help="Broker to read the group's lag from (env DEALWATCH_KAFKA; default the local broker).",
            show_default=False,
        ),
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Print one snapshot and exit.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print snapshots as JSON lines, one per refresh (with --once: one).")
    ] = False,
    interval: Annotated[float, typer.Option(min=0.2, help="Seconds between refreshes.")] = 1.0,
) -> None:
    """Watch the workers: per-partition lag and owner, rates over the last minute, alerts, dead letters, readiness."""
    settings = setup()
    for chatty in ("httpx", "httpcore", "kafka"):  # a line per request would scroll the view away
        logging.getLogger(chatty).setLevel(logging.WARNING)
    urls = [u.rstrip("/") for u in url or [f"http://{settings.web_host}:{settings.web_port}"]]
    bootstrap = kafka or settings.kafka or f"127.0.0.1:{settings.local_kafka_port}"
    names = TopicNames.from_settings(settings)
    sources = [names.news, names.company_updates]
    admin = _admin(bootstrap, settings)
    rates = RateWindow()
    try:
        with httpx.Client(timeout=2.0) as client:

            def snapshot() -> Snapshot:
                taken = take_snapshot(client, urls, group=settings.app_id, source_topics=sources, admin=admin)
                if admin is None:
                    taken.broker_error = f"the broker at {bootstrap} does not answer"
                rates.add(taken)
                return taken

            if as_json:  # for scripts: one line per refresh, rates from the second line on
                while True:
                    typer.echo(json.dumps(snapshot().to_json()))
                    if once:
                        return
                    time.sleep(interval)
            if once:
                Console().print(render(snapshot(), bootstrap))
                return
            # The terminal's alternate screen, like top(1): redrawn in place, the shell restored on exit.
            with Live(render(snapshot(), bootstrap), auto_refresh=False, screen=True) as live:
                while True:
                    time.sleep(interval)
                    live.update(render(snapshot(), bootstrap), refresh=True)
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a user leaves the live view
    finally:
        if admin is not None:
            admin.close()


def _admin(bootstrap: str, settings: Settings) -> KafkaAdminClient | None:
    """An admin client for the lag, or None when the broker does not answer (top then shows the workers' lag)."""
    security = kafka_options(settings)
    if not metadata_ok(bootstrap, timeout_s=2.0, security=security):  # quick: the client alone retries for 30 s
        return None
    try:
        return new_admin(bootstrap, f"{settings.app_id}-top", security)
    except (KafkaError, OSError, ValueError):
        return None


def render(snapshot: Snapshot, bootstrap: str) -> Group:
    """The live view of one snapshot: workers, partitions, rates and totals, alerts, dead letters."""
    header = Text.assemble(
        ("dealwatch top", "bold"),
        f"  group {snapshot.group}  broker {bootstrap}  {snapshot.taken_at}  (Ctrl-C to quit)",
    )
    if snapshot.broker_error:
        header.append(f"\nbroker: {snapshot.broker_error} (lag from the workers)", style="yellow")

    workers = Table(title="workers", title_justify="left", expand=True)
    for column in ("url", "state", "partitions"):
        workers.add_column(column)
    for worker in snapshot.workers:
        state = (
            Text("ready", "green")
            if worker.ready
            else Text("not ready", "yellow")
            if worker.up
            else Text("down", "red")
        )
        workers.add_row(worker.url, state, worker.error or ", ".join(worker.partitions) or "-")

    partitions = Table(
        title=f"lag (total {sum(p.lag for p in snapshot.partitions)})", title_justify="left", expand=True
    )
    partitions.add_column("partition")
    for column in ("end", "committed", "lag"):
        partitions.add_column(column, justify="right")
    partitions.add_column("owner")
    for part in snapshot.partitions:
        partitions.add_row(
            f"{part.topic}/{part.partition}",
            _num(part.end_offset),
            _num(part.committed),
            Text(str(part.lag), "red" if part.lag else "green"),
            part.owner or "-",
        )

    counters = Table(title="last minute", title_justify="left", expand=True)
    counters.add_column("")
    counters.add_column("per second", justify="right")
    counters.add_column("total", justify="right")
    for label, total in snapshot.totals.items():
        rate = snapshot.rates_per_s.get(label)
        counters.add_row(label.replace("_", " "), "-" if rate is None else f"{rate:.1f}", f"{total:.0f}")

    summary = Table.grid(expand=True, padding=(0, 1))
    for _ in range(3):
        summary.add_column(ratio=1)
    summary.add_row(
        counters,
        _totals_table("alerts by type", snapshot.alerts_by_type),
        _totals_table("dead letters by stage/error", snapshot.dead_letters),
    )
    return Group(header, workers, partitions, summary)


def _totals_table(title: str, totals: dict[str, float]) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("")
    table.add_column("total", justify="right")
    for key, value in sorted(totals.items(), key=lambda item: -item[1]):
        table.add_row(key, f"{value:.0f}")
    if not totals:
        table.add_row("none", "0")
    return table


def _num(value: int | None) -> str:
    return "-" if value is None else str(value)
