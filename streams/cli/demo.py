"""``dealwatch demo``: the whole pipeline on a laptop, from nothing to alerts and company state.

It gets a broker (``DEALWATCH_KAFKA``, else a local one it starts and stops), creates a private
set of topics (a fresh prefix, so a demo never mixes with real data or an earlier demo), runs a
worker subprocess, feeds the bundled EN/FR Scale AI story, prints alerts as they arrive and the
company's state, then removes everything it created.
"""

from __future__ import annotations

import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Annotated

import httpx
import structlog
import typer
from kafka import KafkaAdminClient
from kafka.errors import KafkaError
from rich.console import Console
from rich.markup import escape

from schemas import NewsItem
from streams.cli.common import fail, setup
from streams.cli.company import CompanyLookupError, fetch_company, fetch_recent_alerts, render_company
from streams.clients.feeding.publisher import NewsPublisher
from streams.clients.feeding.sources import parse_jsonl
from streams.clients.subscribing.filters import SeenIds
from streams.clients.subscribing.render import alert_line
from streams.clients.subscribing.stream import AlertStream
from streams.config import Settings
from streams.local.broker import BrokerUnavailableError, broker_session
from streams.local.broker.local import free_port
from streams.local.worker_process import WorkerProcess, WorkerStartError
from streams.logs import configure_logging
from streams.security import kafka_options
from streams.topics import TopicNames, ensure_topics

log = structlog.get_logger(__name__)

STEPS = 7
DEMO_COMPANY = "scale-ai"
EXPECTED_ALERT = "major_customer_loss"
WORKER_START_TIMEOUT_S = 90.0
WORKER_STOP_TIMEOUT_S = 30.0
SETTLE_QUIET_S = 3.0


class DemoError(Exception):
    """A demo step failed; the message says which and where to look."""


def demo_news() -> list[NewsItem]:
    """The bundled demo story, in publication order (``streams/demo_data/news.jsonl``)."""
    text = files("streams.demo_data").joinpath("news.jsonl").read_text(encoding="utf-8")
    parsed = list(parse_jsonl(text, "news.jsonl"))
    bad = [p for p in parsed if p.item is None]
    if bad:
        msg = f"bundled demo data is invalid: {bad[0].location}: {bad[0].error}"
        raise DemoError(msg)
    return [p.item for p in parsed if p.item is not None]


def _worker_env(settings: Settings) -> dict[str, str]:
    """The ``DEALWATCH_*`` variables that give the worker subprocess the demo's settings."""
    return {
        "DEALWATCH_KAFKA": str(settings.kafka),
        "DEALWATCH_TOPIC_PREFIX": settings.topic_prefix,
        "DEALWATCH_APP_ID": settings.app_id,
        "DEALWATCH_DATA_DIR": str(settings.data_dir),
        "DEALWATCH_WEB_HOST": settings.web_host,
        "DEALWATCH_WEB_PORT": str(settings.web_port),
        "DEALWATCH_PARTITIONS": str(settings.partitions),
        "DEALWATCH_LOG_FORMAT": "json",
        # The ready line is an INFO record: a quieter level inherited from the shell would hide it.
        "DEALWATCH_LOG_LEVEL": "DEBUG" if settings.log_level.upper() == "DEBUG" else "INFO",
    }


class AlertPrinter:
    """Prints alerts from the demo's alerts topic as they arrive, each alert id once (background thread)."""

    def __init__(self, settings: Settings, topic: str, console: Console) -> None:
        self._stream = AlertStream(
            settings.bootstrap, topic, group=None, from_beginning=True, follow=True, security=kafka_options(settings)
        )
        self._console = console
        self._seen = SeenIds()
        self.types: list[str] = []
        self.last_at = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="demo-alerts", daemon=True)

    def start(self) -> None:
        """Start printing."""
        self._thread.start()

    def stop(self) -> None:
        """Stop printing and close the consumer."""
        self._stream.stop()
        self._thread.join(timeout=10)
        self._stream.close()

    def _run(self) -> None:
        for received in self._stream:
            if received.alert is None or not self._seen.first_time(received.alert.alert_id):
                continue
            self.types.append(received.alert.type)
            self.last_at = time.monotonic()
            line = alert_line(received.alert)
            line.stylize("bold")
            self._console.print("  [bold]alert[/]", line)


def _step(console: Console, number: int, text: str) -> None:
    console.print(f"[bold cyan][{number}/{STEPS}][/] {text}")


@contextmanager
def _demo_broker(settings: Settings, console: Console) -> Iterator[str]:
    if settings.kafka:
        _step(console, 1, f"Using the Kafka broker at {settings.kafka} (DEALWATCH_KAFKA)")
    else:
        _step(console, 1, "Starting a local Kafka broker (KRaft, from the cached jars; the first run downloads them)")
    with broker_session(settings) as bootstrap:
        if not settings.kafka:
            console.print(f"      broker ready at {bootstrap}")
        yield bootstrap


def _delete_demo_topics(settings: Settings, prefix: str) -> list[str]:
    """Remove the demo's topics and the worker's consumer group from a broker the demo did not start."""
    admin = KafkaAdminClient(
        bootstrap_servers=settings.bootstrap, client_id=f"{prefix}-cleanup", **kafka_options(settings)
    )
    try:
        doomed = sorted(t for t in admin.list_topics() if t.startswith(prefix))
        if doomed:
            admin.delete_topics(doomed)
        admin.delete_groups([prefix])
    finally:
        admin.close()
    return doomed


def _wait_for_alerts(printer: AlertPrinter, worker: WorkerProcess, timeout_s: float) -> None:
    """Wait until the expected alert arrived and nothing new came for a moment, or the timeout passed.

    Raises:
        DemoError: the worker died meanwhile.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not worker.alive():
            msg = f"the worker stopped unexpectedly (exit code {worker.exit_code}); see {worker.log_path}"
            raise DemoError(msg)
        quiet = time.monotonic() - printer.last_at >= SETTLE_QUIET_S
        if EXPECTED_ALERT in printer.types and quiet:
            return
        time.sleep(0.2)


def _show_company(console: Console, settings: Settings) -> None:
    url = f"http://{settings.web_host}:{settings.web_port}"
    with httpx.Client(base_url=url, timeout=10.0) as client:
        try:
            state = fetch_company(client, DEMO_COMPANY)
            alerts = fetch_recent_alerts(client, state.company.id)
        except (CompanyLookupError, httpx.HTTPError) as exc:
            msg = f"could not read {DEMO_COMPANY}'s state: {exc}"
            raise DemoError(msg) from exc
    console.print(render_company(state, alerts))


def _feed_story(console: Console, settings: Settings, news: list[NewsItem], pace_s: float) -> None:
    """Send the items one by one, each acknowledged before the next, so alerts show up between them."""
    publisher = NewsPublisher(
        str(settings.kafka),
        settings.topic("news"),
        max_message_bytes=settings.max_message_bytes,
        security=kafka_options(settings),
    )
    try:
        for item in news:
            publisher.send(item, item.id)
            publisher.flush()
            day = item.published_at.date().isoformat() if item.published_at else "----------"
            console.print(f"  [dim]news[/]  {day}  {escape(f'[{item.language}]')} {escape(item.title)}")
            time.sleep(pace_s)
    finally:
        report = publisher.close()
    if report.unsent:
        msg = f"{report.unsent} demo news items were not acknowledged by the broker"
        raise DemoError(msg)


def run_demo(settings: Settings, console: Console, *, pace_s: float, settle_timeout_s: float) -> None:
    """Run every step; raise :class:`DemoError` or :class:`BrokerUnavailableError` on failure."""
    started = time.monotonic()
    prefix = f"dealwatch-demo-{uuid.uuid4().hex[:6]}"
    news = demo_news()
    with _demo_broker(settings, console) as bootstrap, tempfile.TemporaryDirectory(prefix="dealwatch-demo-") as tmp:
        demo = settings.model_copy(
            update={
                "kafka": bootstrap,
                "topic_prefix": prefix,
                "app_id": prefix,
                "partitions": 1,  # one partition keeps the story in order end to end
                "data_dir": Path(tmp) / "data",
                "web_port": free_port(),
            }
        )
        names = TopicNames.from_settings(demo)
        _step(
            console, 2, f"Creating topics {prefix}.* ({', '.join(n.removeprefix(prefix + '.') for n in names.all())})"
        )
        ensure_topics(demo)
        # Outside the temporary directory, so the log survives a failed demo for a look.
        worker = WorkerProcess(Path(tempfile.gettempdir()) / f"{prefix}-worker.log", _worker_env(demo))
        printer: AlertPrinter | None = None
        try:
            _step(console, 3, f"Starting a worker (web API on http://{demo.web_host}:{demo.web_port})")
            try:
                worker.start(WORKER_START_TIMEOUT_S)
            except WorkerStartError as exc:
                raise DemoError(exc.summary) from exc
            _step(console, 4, f"Subscribing to {names.alerts}")
            printer = AlertPrinter(demo, names.alerts, console)
            printer.start()
            _step(console, 5, f"Feeding {len(news)} news items (EN and FR) to {names.news}")
            _feed_story(console, demo, news, pace_s)
            _wait_for_alerts(printer, worker, settle_timeout_s)
            _step(console, 6, f"State of Scale AI from the worker (GET /companies/{DEMO_COMPANY})")
            _show_company(console, demo)
            if EXPECTED_ALERT not in printer.types:
                msg = f"no {EXPECTED_ALERT} alert arrived within {settle_timeout_s:.0f} s; see {worker.log_path}"
                raise DemoError(msg)
        finally:
            cleanup = "removing the demo topics" if settings.kafka else "stopping the local broker"
            _step(console, 7, f"Stopping the worker and {cleanup}")
            if printer is not None:
                printer.stop()
            code = worker.stop(WORKER_STOP_TIMEOUT_S)
            if code not in (0, None):
                console.print(f"[yellow]  the worker exited with code {code}; its log: {worker.log_path}[/]")
            elif printer is not None and EXPECTED_ALERT in printer.types:
                worker.log_path.unlink(missing_ok=True)
            if settings.kafka:
                try:
                    _delete_demo_topics(demo, prefix)
                except KafkaError as exc:
                    console.print(f"[yellow]  could not remove the demo topics {prefix}.*: {exc}[/]")
    console.print(f"[bold green]Demo finished in {time.monotonic() - started:.0f} s.[/]")


def demo(
    *,
    pace: Annotated[float, typer.Option(min=0, help="Seconds between two news items, to watch alerts arrive.")] = 0.5,
    timeout: Annotated[
        float, typer.Option(min=1, help="Longest wait for the alerts after the last item, in seconds.")
    ] = 30.0,
) -> None:
    """Run the pipeline end to end on the bundled Scale AI story, then clean up (needs no setup).

    Uses the broker in DEALWATCH_KAFKA, else starts a local one (and stops it at the end). Creates private
    topics, starts a worker, feeds EN/FR news, prints alerts live and Scale AI's state, then removes what it made.
    """
    settings = setup()
    if settings.log_level.upper() != "DEBUG":
        # The numbered steps say what happens; INFO logs (broker selection, topic creation) would repeat them.
        configure_logging("WARNING", settings.log_format)
    console = Console(highlight=False, soft_wrap=True)
    try:
        run_demo(settings, console, pace_s=pace, settle_timeout_s=timeout)
    except (DemoError, BrokerUnavailableError) as exc:
        fail(str(exc))
    except KafkaError as exc:
        fail(f"Kafka error during the demo: {exc!r}")
