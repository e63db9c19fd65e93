"""``dealwatch broker``: the local single-node Kafka used where no broker or Docker is available."""

from __future__ import annotations

import shlex
from pathlib import Path

import typer

from streams.cli.common import fail, setup
from streams.clients.probe import metadata_ok
from streams.config import get_settings
from streams.local.broker import BrokerUnavailableError, LocalKafka
from streams.local.broker.listeners import SECURITY_CHOICES
from streams.local.broker.local import fetch_jars, kafka_version

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
    security: str = typer.Option(
        "none",
        "--security",
        help="Client listener: none (PLAINTEXT); sasl (SASL_PLAINTEXT, user 'dealwatch' with a fresh password for "
        "PLAIN and SCRAM-SHA-256/512); ssl (mutual TLS with a fresh test CA). Prints the exports a client needs.",
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
    try:
        broker = LocalKafka(
            cache_dir=settings.cache_dir,
            port=port or settings.local_kafka_port,
            security=security,  # type: ignore[arg-type]  # checked against SECURITY_CHOICES above
        ).start()
    except BrokerUnavailableError as exc:
        fail(str(exc))
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(broker.to_state(), encoding="utf-8")
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
def stop() -> None:
    """Stop the local broker and delete its data."""
    settings = setup()
    state = _state_file()
    if not state.exists():
        typer.echo("no local broker to stop")
        return
    broker = LocalKafka.from_state(settings.cache_dir, state.read_text(encoding="utf-8"))
    broker.stop()
    state.unlink()
    typer.echo("local broker stopped")
