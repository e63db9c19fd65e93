"""``dealwatch worker``: run the stream processor (extract, apply) and its web API."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Annotated

import faust
import structlog
import typer
from kafka.errors import KafkaError

from streams.app import create_app
from streams.cli.common import fail, setup
from streams.clients.probe import BrokerConnectionError, check_broker
from streams.metrics import observe_gc_collections
from streams.security import describe, kafka_options
from streams.topics import ensure_topics

log = structlog.get_logger(__name__)


def worker(
    web_port: Annotated[
        int | None,
        typer.Option(envvar="DEALWATCH_WEB_PORT", help="Port of the web API (default: 6066).", show_default=False),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option(
            envvar="DEALWATCH_PARTITIONS",
            min=1,
            help="Partitions of the topics it creates (default: 4).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run a worker: news -> deal events -> company state and alerts. Stop it with Ctrl-C or SIGTERM."""
    settings = setup()
    overrides = {"web_port": web_port, "partitions": partitions}
    settings = settings.model_copy(
        update={"kafka": settings.bootstrap, **{name: value for name, value in overrides.items() if value is not None}}
    )
    try:
        # Fails in seconds with the address and the cause (refused, TLS, SASL) instead of Faust's retries.
        # The budget counts from the process start: on a loaded machine the imports alone take seconds.
        check_broker(
            settings.bootstrap,
            kafka_options(settings),
            settings.connect_timeout_s,
            retry=True,
            hint="set DEALWATCH_KAFKA",
            spent_s=seconds_since_start(),
        )
    except BrokerConnectionError as exc:
        fail(str(exc))
    log.info("broker_reachable", bootstrap=settings.bootstrap, **describe(settings))
    try:
        ensure_topics(settings)
    except KafkaError as exc:
        fail(f"cannot create the topics on {settings.kafka}: {exc!r} (is the broker running? `dealwatch broker start`)")
    # Faust creates only the last level of its data dir; a fresh deployment may lack the parents.
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = create_app(settings)
    # What exists now (the knowledge base, rules, the app) lives as long as the worker. Without this,
    # every full collection re-scans it: 60-85 ms pauses every second or two at 300 articles/s.
    gc.freeze()
    log.info("startup_objects_frozen", objects=gc.get_freeze_count())
    observe_gc_collections()
    # Logging stays ours (streams.logs): mode's Worker would otherwise replace the root handlers.
    runner = faust.Worker(app, loglevel=settings.log_level, quiet=True, override_logging=False, redirect_stdouts=False)
    # Without the terminal spinner Faust logs "[^Worker]: Ready" through our handler instead of drawing on stdout.
    runner.spinner = None
    runner.execute_from_commandline()


def seconds_since_start() -> float:
    """How long this process has run (Linux /proc); 0.0 where that cannot be read.

    A worker's start-up (Python and the CLI's imports, about 2 s of CPU) takes 4-5 s on a loaded machine;
    the broker check subtracts it so that "no broker" is reported on time either way.
    """
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        uptime_s = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
        # Fields after "pid (command)": state is field 3 of proc(5), starttime (clock ticks since boot) field 22.
        started_ticks = int(stat.rpartition(")")[2].split()[19])
    except (OSError, ValueError, IndexError):
        return 0.0
    return max(0.0, uptime_s - started_ticks / os.sysconf("SC_CLK_TCK"))
