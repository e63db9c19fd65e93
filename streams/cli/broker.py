"""``dealwatch broker``: the local single-node Kafka used where no broker or Docker is available."""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import Annotated

import typer

from streams.cli.common import fail, setup
from streams.clients.probe import metadata_ok
from streams.config import get_settings
from streams.local.broker import BrokerUnavailableError, LocalKafka
from streams.local.broker.listeners import SECURITY_CHOICES
from streams.local.broker.local import TOOLS, fetch_jars, kafka_version, tool_command

app = typer.Typer(help="Run a local Apache Kafka broker (KRaft) from Maven Central jars.", no_args_is_help=True)


def _state_file() -> Path:
    return get_settings().cache_dir / "run" / "broker.json"


@app.command()
def fetch() -> None:
    """Download the pinned Kafka jars into the cache (once; later calls return at once)."""
    settings = setup()
    try:
        libs = fetch_jars(settings.cache_dir)
    except BrokerUnavailableError as exc:
        fail(str(exc))
    typer.echo(f"Kafka {kafka_version()} jars in {libs}")


@app.command()
def start(
    port: int = typer.Option(
        None, envvar="DEALWATCH_LOCAL_KAFKA_PORT", help="Client port on 127.0.0.1 (default: 39092).", show_default=False
    ),
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            help="Keep the broker's data (topics, offsets) here and reuse it on the next start; "
            "default: a temporary directory deleted on stop.",
        ),
    ] = None,
    security: str = typer.Option(
        "none",
        "--security",
        help="Client listener: none (PLAINTEXT); sasl (SASL_PLAINTEXT, user 'dealwatch' with a random password for "
        "PLAIN and SCRAM-SHA-256/512); ssl (mutual TLS with a test CA). Prints the exports a client needs; "
        "with --data-dir the password or certificates are kept there, so the exports stay valid across restarts.",
    ),
) -> None:
    """Start the local broker in the background and wait until it serves metadata."""
    settings = setup()
    if security not in SECURITY_CHOICES:
        fail(f"unknown --security {security!r}; choose one of: {', '.join(SECURITY_CHOICES)}", code=2)
    state = _state_file()
    if state.exists():
        running = LocalKafka.from_state(settings.cache_dir, state.read_text(encoding="utf-8"))
        if running.is_running():
            fail(f"a local broker is already running at {running.bootstrap} (stop it with `dealwatch broker stop`)")
        state.unlink()
    broker = LocalKafka(
        cache_dir=settings.cache_dir,
        port=port or settings.local_kafka_port,
        security=security,
        data_dir=data_dir,
    )
    _start(broker)


def _start(broker: LocalKafka) -> None:
    """Start ``broker``, remember it for status/stop/restart and print how to use it."""
    try:
        broker.start()
    except BrokerUnavailableError as exc:
        fail(str(exc))
    state = _state_file()
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(broker.to_state(), encoding="utf-8")
    if broker.data_dir is not None:
        kept = "data" if broker.security == "none" else "data and credentials"
        typer.echo(f"{kept} kept in {broker.data_dir} (reused by the next start with the same --data-dir)")
    typer.echo(f"Kafka {kafka_version()} ready at {broker.bootstrap} (log: {broker.log_path})")
    typer.echo("Use it with:")
    for name, value in broker.client_env.items():
        typer.echo(f"export {name}={shlex.quote(value)}")


@app.command()
def status() -> None:
    """Say whether the local broker runs and answers; exit 1 when it does not."""
    settings = setup()
    state = _state_file()
    if not state.exists():
        fail("no local broker started (start one with `dealwatch broker start`)")
    broker = LocalKafka.from_state(settings.cache_dir, state.read_text(encoding="utf-8"))
    if not broker.is_running():
        fail(f"the local broker (pid {broker.pid}) is not running")
    answering = metadata_ok(broker.plaintext_bootstrap)
    typer.echo(f"running: pid {broker.pid}, {broker.bootstrap}, {'ready' if answering else 'NOT answering'}, "
               f"log {broker.log_path}")  # fmt: skip
    raise typer.Exit(0 if answering else 1)


@app.command()
def restart() -> None:
    """Stop the local broker and start it again on the same port (and data, when started with --data-dir)."""
    settings = setup()
    state = _state_file()
    if not state.exists():
        fail("no local broker started (start one with `dealwatch broker start`)")
    old = LocalKafka.from_state(settings.cache_dir, state.read_text(encoding="utf-8"))
    old.stop()
    state.unlink()
    if old.data_dir is None:
        typer.echo("restarting without --data-dir: the new broker starts empty")
    _start(LocalKafka(cache_dir=settings.cache_dir, port=old.port, security=old.security, data_dir=old.data_dir))


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    help=f"Run one of Kafka's own tools from the cached jars, e.g. `dealwatch broker tools kafka-consumer-groups "
    f"--bootstrap-server 127.0.0.1:39092 --describe --all-groups`. Tools: {', '.join('kafka-' + t for t in TOOLS)}.",
)
def tools(ctx: typer.Context, name: str = typer.Argument(..., help="Tool name, e.g. kafka-console-consumer.")) -> None:
    """Replace this process with the tool's JVM, so its exit code, output and Ctrl-C are the tool's own."""
    settings = setup()
    try:
        command = tool_command(settings.cache_dir, name, list(ctx.args))
    except BrokerUnavailableError as exc:
        fail(str(exc))
    os.execv(command[0], command)  # noqa: S606 - the JVM from PATH with the cached jars


@app.command()
def stop() -> None:
    """Stop the local broker and delete its data (kept when it was started with --data-dir)."""
    settings = setup()
    state = _state_file()
    if not state.exists():
        typer.echo("no local broker to stop")
        return
    broker = LocalKafka.from_state(settings.cache_dir, state.read_text(encoding="utf-8"))
    broker.stop()
    state.unlink()
    typer.echo("local broker stopped")
