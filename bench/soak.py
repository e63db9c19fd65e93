"""Soak: a paced stream for a long time while workers are killed and the broker restarts; is anything lost?

Two workers read a stream in which every article raises exactly one alert (an acquisition or a 30 %
stake with a unique amount), so each article fed must show up in the ``source_item_ids`` of some alert.
Every ``--kill-every`` seconds one worker is killed with SIGKILL (alternately), the time until the
other answers every company is measured (:func:`streams.local.takeover.watch_takeover`), and the
killed one is started again. At ``--broker-restart-at`` the broker (kept in a data directory) is
stopped and started on the same data. At the end: articles fed vs covered by alerts, duplicate alert
records, dead letters, takeover times, and RSS and consumer lag over time (plots).

By hand, 30 minutes at half the sustained rate of this workload, which it measures first (two workers
draining a backlog of ``--backlog`` soak articles; every article raises an alert, so the rate is far
below that of ordinary news)::

    .venv/bin/python -m bench.soak --minutes 30 --kill-every 300 --broker-restart-at 900

A 1-minute slice runs in CI (tests/integration/test_soak.py).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psutil
import structlog
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from bench.processes import REPO
from schemas import NewsItem
from streams.companies.fanout import fan_out
from streams.companies.rules import load_rules
from streams.companies.state import apply_update
from streams.config import get_settings
from streams.extraction import extract
from streams.extraction.knowledge_base import load_knowledge_base
from streams.local.broker import LocalKafka
from streams.local.broker.local import free_port
from streams.local.takeover import watch_takeover
from streams.local.worker_process import WorkerProcess, WorkerStartError
from streams.logs import configure_logging
from streams.topics import TopicNames

log = structlog.get_logger(__name__)

COMPANIES = ["Apple", "Microsoft", "Amazon", "Nvidia", "Tesla", "Netflix", "Oracle", "Intel", "Salesforce",
             "Adobe", "Cisco", "Uber", "Airbnb", "OpenAI", "Anthropic", "Scale AI", "Mistral AI", "Databricks",
             "Snowflake", "Dataiku"]  # fmt: skip
TEMPLATES = [
    "{buyer} acquired {target} for ${amount} million.",
    "{buyer} agreed to buy {target} for ${amount} million in cash.",
    "{buyer} took a 30% stake in {target} for ${amount} million.",
]
START = datetime(2025, 1, 1, tzinfo=UTC)
TICK_S = 0.1
SAMPLE_S = 2.0
TAKEOVER_TIMEOUT_S = 90.0
DRAIN_TIMEOUT_S = 180.0
START_ATTEMPTS = 5


PAIRS = [(buyer, target) for buyer in COMPANIES for target in COMPANIES if target != buyer]
random.Random(0).shuffle(PAIRS)  # consecutive articles name different companies


def amount_millions(i: int) -> int:
    """The amount of article ``i``: never the same for two articles of one pair, even at 3 significant digits.

    Event ids keep amounts to 3 significant digits (:func:`streams.extraction.engine.event_id`), so two
    articles on one deal at nearby amounts are one fact and raise one alert; an amount that grew by one
    per article (the generator's first design) made 530 of 52,359 articles copies of an earlier one.
    The n-th article of a pair gets the n-th number of 100, 101, ..., 999, 1,000, 1,010, ...
    """
    nth = i // len(PAIRS)
    return (100 + nth % 900) * 10 ** (nth // 900)


def article(i: int, run: str) -> tuple[bytes, bytes]:
    """Article ``i`` of a run: one acquisition or stake between two companies, a fact no other article states."""
    buyer, target = PAIRS[i % len(PAIRS)]
    body = TEMPLATES[i % len(TEMPLATES)].format(buyer=buyer, target=target, amount=amount_millions(i))
    item = NewsItem(id=f"{run}-{i}", title="", body=body, published_at=START + timedelta(seconds=i))
    return item.id.encode(), item.model_dump_json().encode()


def check_generator(count: int = 200) -> None:
    """Each generated article must raise exactly one alert, or 'expected' would mean nothing."""
    rules, states = load_rules(), {}
    for i in range(count):
        raised = 0
        for event in extract(NewsItem.model_validate_json(article(i, "check")[1])).events:
            for update in fan_out(event):
                states[update.company.id], alerts = apply_update(
                    states.get(update.company.id), update, rules, now=START
                )
                raised += len(alerts)
        if raised != 1:
            msg = f"article {i} raises {raised} alerts, not 1: {article(i, 'check')[1]!r}"
            raise AssertionError(msg)


@dataclass
class Plan:
    """What the soak does: duration, rate (articles/s), kill period and broker restart time (seconds)."""

    minutes: float
    rate: float
    kill_every_s: float
    broker_restart_at_s: float | None
    partitions: int = 4
    broker_restart_before_kill: bool = False
    """Restart the broker right before every kill: the sequence of the losses the soak slice found in CI."""


@dataclass
class Report:
    """What the soak saw."""

    fed: int = 0
    alert_records: int = 0
    missing: list[str] = field(default_factory=list)
    missing_found_in: dict[str, list[str]] = field(default_factory=dict)
    duplicate_records: int = 0
    dead_letters: int = 0
    exits: int = 0
    """Workers that ended on their own (an infrastructure failure ends a worker by design) and were restarted."""
    takeovers_s: list[float | None] = field(default_factory=list)
    kills_at_s: list[float] = field(default_factory=list)
    broker_restart_s: float | None = None
    drained_s: float | None = None
    samples: list[dict[str, float]] = field(default_factory=list)


class Feeder(threading.Thread):
    """Sends ``rate`` articles per second until stopped; an article the broker refused is sent again later."""

    def __init__(self, bootstrap: str, topic: str, rate: float, run: str) -> None:
        super().__init__(daemon=True)
        self.topic, self.rate, self.run_id = topic, rate, run
        self.producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20, retries=10)
        self.sent = 0
        self.retry: list[int] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    def _send(self, i: int) -> None:
        key, value = article(i, self.run_id)

        def failed(_exc: BaseException) -> None:
            with self.lock:
                self.retry.append(i)

        self.producer.send(self.topic, key=key, value=value).add_errback(failed)

    def run(self) -> None:
        """Pace by the clock: after a stall (broker down) it catches up, as a crawler's backlog would."""
        started = time.monotonic()
        while not self.stopping.is_set():
            due = int((time.monotonic() - started) * self.rate)
            with self.lock:
                again, self.retry = self.retry, []
            for i in [*again, *range(self.sent, due)]:
                try:
                    self._send(i)
                except Exception:  # noqa: BLE001 - any send failure: the article is sent again next tick
                    with self.lock:
                        self.retry.append(i)
            self.sent = max(self.sent, due)
            time.sleep(TICK_S)

    def finish(self) -> int:
        """Stop pacing, deliver what failed, and return how many distinct articles were fed."""
        self.stopping.set()
        self.join()
        for _ in range(10):
            self.producer.flush(timeout=60)
            with self.lock:
                again, self.retry = self.retry, []
            if not again:
                break
            for i in again:
                self._send(i)
        self.producer.close(timeout=10)
        return self.sent


def _lag(admin: KafkaAdminClient, consumer: KafkaConsumer, group: str, topics: list[str], partitions: int) -> int:
    committed = admin.list_group_offsets(group).get(group, {})
    tps = [TopicPartition(topic, p) for topic in topics for p in range(partitions)]
    ends = consumer.end_offsets(tps)
    return sum(ends[tp] - (committed[tp].offset if tp in committed else 0) for tp in tps)


def _end_total(consumer: KafkaConsumer, topic: str, partitions: int) -> int:
    return sum(consumer.end_offsets([TopicPartition(topic, p) for p in range(partitions)]).values())


class Sampler(threading.Thread):
    """Every SAMPLE_S seconds: each worker's RSS, the group's lag (news and company updates), alerts so far."""

    def __init__(self, soak: Soak) -> None:
        super().__init__(daemon=True)
        self.soak = soak
        self.stopping = threading.Event()

    def run(self) -> None:
        """Sample until stopped; a broker that is down gives a gap, not an error."""
        while not self.stopping.wait(SAMPLE_S):
            sample = {"t": time.monotonic() - self.soak.started}
            for name, worker in self.soak.workers.items():
                try:
                    rss = psutil.Process(worker.pid).memory_info().rss if worker.alive() and worker.pid else 0
                except psutil.NoSuchProcess:
                    rss = 0
                sample[f"rss_mb_{name}"] = rss / 2**20
            try:
                sample["lag"] = self.soak.lag()
                sample["alerts"] = _end_total(self.soak.probe(), self.soak.names.alerts, self.soak.plan.partitions)
            except Exception:  # noqa: BLE001 - the broker may be restarting
                self.soak.reset_clients()
                continue
            self.soak.report.samples.append(sample)


class Soak:
    """One soak run on its own broker (kept in ``workdir``), topics and two workers."""

    def __init__(self, plan: Plan, workdir: Path) -> None:
        self.plan, self.workdir = plan, workdir
        self.run_id = f"soak-{uuid.uuid4().hex[:6]}"
        self.broker = LocalKafka(cache_dir=get_settings().cache_dir, data_dir=workdir / "kafka", heap="768m")
        self.names = TopicNames.from_settings(get_settings().model_copy(update={"topic_prefix": self.run_id}))
        self.workers: dict[str, WorkerProcess] = {}
        self.urls: dict[str, str] = {}
        self.report = Report()
        self.started = time.monotonic()
        self._admin: KafkaAdminClient | None = None
        self._probe: KafkaConsumer | None = None
        self._clients_lock = threading.Lock()

    def probe(self) -> KafkaConsumer:
        """A group-less consumer for end offsets (made again after a broker restart)."""
        with self._clients_lock:
            if self._probe is None:
                self._probe = KafkaConsumer(bootstrap_servers=self.broker.bootstrap, group_id=None)
            return self._probe

    def lag(self) -> int:
        """Records of the news and company-updates topics the worker group has not consumed yet."""
        with self._clients_lock:
            if self._admin is None:
                self._admin = KafkaAdminClient(bootstrap_servers=self.broker.bootstrap)
        topics = [self.names.news, self.names.company_updates]
        return _lag(self._admin, self.probe(), self.run_id, topics, self.plan.partitions)

    def _worker(self, name: str) -> WorkerProcess:
        port = free_port()
        self.urls[name] = f"http://127.0.0.1:{port}"
        env = {
            "DEALWATCH_KAFKA": self.broker.bootstrap,
            "DEALWATCH_TOPIC_PREFIX": self.run_id,
            "DEALWATCH_APP_ID": self.run_id,
            "DEALWATCH_PARTITIONS": str(self.plan.partitions),
            "DEALWATCH_DATA_DIR": str(self.workdir / f"worker-{name}"),
            "DEALWATCH_WEB_PORT": str(port),
            "DEALWATCH_LOG_FORMAT": "json",
        }
        return WorkerProcess(self.workdir / f"worker-{name}.log", env, cwd=REPO)

    @contextmanager
    def _pipeline(self) -> Iterator[None]:
        """The broker and two workers, running for the block and stopped after it."""
        self.broker.start()
        try:
            self.workers = {name: self._worker(name) for name in ("a", "b")}
            for worker in self.workers.values():
                worker.start(120)
            yield
        finally:
            for worker in self.workers.values():
                worker.stop(timeout_s=15)
            self.reset_clients()
            self.broker.stop()

    def run(self) -> Report:
        """Feed, kill, restart, drain and count."""
        check_generator()
        with self._pipeline():
            self.started = time.monotonic()
            feeder = Feeder(self.broker.bootstrap, self.names.news, self.plan.rate, self.run_id)
            sampler = Sampler(self)
            feeder.start()
            sampler.start()
            self._schedule()
            self.report.fed = feeder.finish()
            self._restart_exited()
            self._drain()
            sampler.stopping.set()
            sampler.join()
            self._count()
        return self.report

    def sustained_rate(self, articles: int) -> float:
        """Articles per second the two workers take from a backlog of ``articles`` (no kill): the soak's 100 %."""
        with self._pipeline():
            began = time.monotonic()
            feeder = Feeder(self.broker.bootstrap, self.names.news, articles, self.run_id)
            feeder.start()
            time.sleep(1.0)  # one second of pacing at ``articles`` per second hands the whole backlog over
            fed = feeder.finish()
            self._drain()
            elapsed = time.monotonic() - began
        if self.report.drained_s is None:
            msg = f"{fed} articles not drained in {DRAIN_TIMEOUT_S:g} s"
            raise RuntimeError(msg)
        return fed / elapsed

    def _schedule(self) -> None:
        """Kill a worker every kill_every_s and restart the broker once, until the duration is over."""
        end = self.started + self.plan.minutes * 60
        next_kill = self.started + self.plan.kill_every_s
        restart_at = None if self.plan.broker_restart_at_s is None else self.started + self.plan.broker_restart_at_s
        kills = 0
        keys = [ref.id for name in COMPANIES for ref in load_knowledge_base().search(name, limit=1)]
        while time.monotonic() < end:
            if restart_at is not None and time.monotonic() >= restart_at:
                self._restart_broker()
                restart_at = None
            elif time.monotonic() >= next_kill:
                if self.plan.broker_restart_before_kill:
                    self._restart_broker()
                self._restart_exited()
                victim, survivor = ("a", "b") if kills % 2 == 0 else ("b", "a")
                self.report.kills_at_s.append(time.monotonic() - self.started)
                seconds = self._kill_and_watch(victim, survivor, keys)
                self.report.takeovers_s.append(seconds)
                log.warning("soak.kill", victim=victim, takeover_s=seconds)
                if not self.workers[victim].alive():
                    self._start(victim)
                kills += 1
                next_kill += self.plan.kill_every_s
            time.sleep(0.5)

    def _kill_and_watch(self, victim: str, survivor: str, keys: list[str]) -> float | None:
        """Kill ``victim`` and return the seconds until ``survivor`` answers every key (None: not in time).

        A survivor that ends on its own meanwhile (skipped records end a worker by design,
        streams/runtime/skipped_records.py) is restarted, as its supervisor would, and the watch goes on.
        """
        killed_at = time.monotonic()
        kill = self.workers[victim].kill
        while (remaining := TAKEOVER_TIMEOUT_S - (time.monotonic() - killed_at)) > 0:
            try:
                result = watch_takeover(self.urls[survivor], keys, kill, remaining)
            except httpx.TransportError:  # the survivor is down, or too slow to answer: watch on
                if not self.workers[survivor].alive():
                    self._restart(survivor)
                kill = _nothing
                continue
            return None if result.seconds is None else time.monotonic() - killed_at
        return None

    def _restart_exited(self) -> None:
        """Restart a worker that ended on its own, as its supervisor would (the soak kills only live ones)."""
        for name, worker in self.workers.items():
            if not worker.alive():
                self._restart(name)

    def _restart(self, name: str) -> None:
        log.warning("soak.worker_exited", worker=name)
        self.report.exits += 1
        self._start(name)

    def _start(self, name: str) -> None:
        """Start a worker, again if it ends before it is ready (as a supervisor would), at most START_ATTEMPTS times."""
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                self.workers[name].start(120)
                return
            except WorkerStartError:
                if attempt == START_ATTEMPTS:
                    raise
                log.warning("soak.worker_start_failed", worker=name, attempt=attempt)
                self.report.exits += 1

    def reset_clients(self) -> None:
        """Drop the probe clients: one made while the broker was down never recovers, so make new ones."""
        with self._clients_lock:
            for client in (self._admin, self._probe):
                if client is not None:
                    client.close()
            self._admin = self._probe = None

    def _restart_broker(self) -> None:
        began = time.monotonic()
        self.reset_clients()
        self.broker.stop()
        self.broker.start()
        self.report.broker_restart_s = time.monotonic() - self.started
        log.warning("soak.broker_restarted", seconds=round(time.monotonic() - began, 1))

    def _drain(self) -> None:
        began = time.monotonic()
        while time.monotonic() - began < DRAIN_TIMEOUT_S:
            try:
                if self.lag() == 0:
                    self.report.drained_s = time.monotonic() - began
                    return
            except Exception:  # noqa: BLE001 - retried with new clients until the timeout
                self.reset_clients()
            time.sleep(1.0)

    def _read(self, topic: str) -> Iterator[ConsumerRecord]:
        """Every record of ``topic`` up to its end offsets at the call."""
        tps = [TopicPartition(topic, p) for p in range(self.plan.partitions)]
        ends = self.probe().end_offsets(tps)
        reader = KafkaConsumer(bootstrap_servers=self.broker.bootstrap, group_id=None, auto_offset_reset="earliest")
        reader.assign(tps)
        reader.seek_to_beginning(*tps)
        try:
            while any(reader.position(tp) < ends[tp] for tp in tps):
                for records in reader.poll(timeout_ms=1000).values():
                    yield from records
        finally:
            reader.close()

    def _count(self) -> None:
        ids: Counter[str] = Counter()
        covered: set[str] = set()
        for record in self._read(self.names.alerts):
            alert = json.loads(record.value)
            ids[alert["alert_id"]] += 1
            covered.update(alert.get("source_item_ids", ()))
        self.report.alert_records = sum(ids.values())
        self.report.duplicate_records = sum(ids.values()) - len(ids)
        fed = (f"{self.run_id}-{i}" for i in range(self.report.fed))
        self.report.missing = [item_id for item_id in fed if item_id not in covered]
        self.report.dead_letters = _end_total(self.probe(), self.names.deadletter, self.plan.partitions)
        if self.report.missing:
            self._locate_missing()

    def _locate_missing(self) -> None:
        """Say how far each article without an alert got (news, events, updates, dead letters): where it was lost."""
        wanted = {item_id: f'"{item_id}"'.encode() for item_id in self.report.missing}
        found: dict[str, list[str]] = {item_id: [] for item_id in wanted}
        for topic in (self.names.news, self.names.events, self.names.company_updates, self.names.deadletter):
            for record in self._read(topic):
                for item_id, quoted in wanted.items():
                    if quoted in (record.value or b"") or record.key == item_id.encode():
                        found[item_id].append(f"{topic}[{record.partition}]@{record.offset}")
        self.report.missing_found_in = found
        log.error("soak.missing", found_in=found)


def _nothing() -> None:
    """No kill: the victim is already down."""


def write_report(report: Report, plan: Plan, out: Path, sustained: float | None = None) -> None:
    """Markdown summary and two plots (RSS, lag) with the kills and the broker restart marked."""
    import matplotlib  # noqa: PLC0415 - bench extra, only for the by-hand report

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    times = [s["t"] / 60 for s in report.samples]
    for metric, ylabel in (("rss", "RSS (MiB)"), ("lag", "records not yet consumed")):
        fig, ax = plt.subplots(figsize=(9, 3.5))
        if metric == "rss":
            for name in ("a", "b"):
                ax.plot(times, [s.get(f"rss_mb_{name}", 0) for s in report.samples], label=f"worker {name}")
            ax.legend()
        else:
            ax.plot(times, [s["lag"] for s in report.samples])
        for kill in report.kills_at_s:
            ax.axvline(kill / 60, color="red", alpha=0.4)
        if report.broker_restart_s is not None:
            ax.axvline(report.broker_restart_s / 60, color="black", linestyle="--")
        ax.set_xlabel("minutes (red: kill -9 of a worker, dashed: broker restart)")
        ax.set_ylabel(ylabel)
        fig.tight_layout()
        fig.savefig(out / f"soak-{metric}.png", dpi=100)
        plt.close(fig)
    takeovers = ", ".join("never" if t is None else f"{t:.1f}" for t in report.takeovers_s)
    lines = [
        f"# Soak: {plan.minutes:g} min at {plan.rate:g} articles/s, kill -9 every {plan.kill_every_s:g} s, "
        f"broker restart at {plan.broker_restart_at_s} s"
        + (" and before each kill" if plan.broker_restart_before_kill else ""),
        "",
        *(
            [f"- rate: half the sustained rate of {sustained:.1f} articles/s, measured first on a backlog"]
            if sustained
            else []
        ),
        f"- articles fed: {report.fed}; each raises one alert; articles with no alert: **{len(report.missing)}**",
        *(f"  - {item}: found in {', '.join(where) or 'no topic'}" for item, where in report.missing_found_in.items()),
        f"- alert records: {report.alert_records}, duplicates (an alert_id again): {report.duplicate_records}",
        f"- dead letters: {report.dead_letters}; workers that ended on their own and were restarted: {report.exits}",
        f"- takeover after each kill (s): {takeovers}",
        f"- drained {report.drained_s and round(report.drained_s, 1)} s after feeding stopped",
        f"- peak RSS (MiB): {max((s.get(f'rss_mb_{w}', 0) for s in report.samples for w in 'ab'), default=0):.0f}",
        "",
        "![RSS](soak-rss.png)",
        "![lag](soak-lag.png)",
    ]
    (out / "soak.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Parse the plan, run it, write bench/results/soak/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument(
        "--rate", type=float, help="articles/s (default: half the sustained rate, measured first on a backlog)"
    )
    parser.add_argument("--backlog", type=int, default=3000, help="articles of the sustained-rate measurement")
    parser.add_argument("--kill-every", type=float, default=300)
    parser.add_argument("--broker-restart-at", type=float, default=900)
    parser.add_argument(
        "--broker-restart-before-each-kill", action="store_true", help="also restart the broker right before each kill"
    )
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "soak")
    args = parser.parse_args()
    configure_logging("WARNING", "console")
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        rate, sustained = args.rate, None
        if rate is None:
            sustained = Soak(Plan(0, 0, 0, None), Path(tmp) / "sustained").sustained_rate(args.backlog)
            log.warning("soak.sustained_rate", articles_per_s=round(sustained, 1))
            rate = sustained / 2
        plan = Plan(
            args.minutes,
            rate,
            args.kill_every,
            args.broker_restart_at,
            broker_restart_before_kill=args.broker_restart_before_each_kill,
        )
        report = Soak(plan, Path(tmp) / "soak").run()
    write_report(report, plan, args.out, sustained)
    print((args.out / "soak.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
