"""The peer: dealwatch's job on Quix Streams, built from dealwatch's own pure functions.

Runs in the peer's virtualenv (:mod:`bench.peer.venv`), from the checkout (the bench starts it with
``cwd`` at the repository root), so ``schemas`` and ``streams`` are the very code the worker runs:

* ``news`` -> :func:`streams.news.agents.process_news` (decode, validate, extract, fan out) ->
  ``events`` (one record per deal event) and ``company-updates`` (one per company, keyed by
  :func:`streams.companies.fanout.company_key`), or ``deadletter``;
* ``company-updates`` -> :func:`streams.companies.state.apply_update` on the company's row in Quix's
  state store (the row the worker stores, :func:`streams.companies.state.state_row`) -> ``alerts``, or ``deadletter``.

What differs is how the framework is driven: Quix buffers state writes and produced records per
checkpoint, flushes the producer and writes one changelog record per changed company before each
commit (every 5 s); the worker batches the updates that arrive within 100 ms, waits for the batch's
alerts to be acknowledged, then writes one changelog record per changed company of the batch
(:mod:`streams.companies.agents`). Delivery is at least once in both.

Run: ``python -m bench.peer.app BOOTSTRAP PREFIX STATE_DIR``; it logs :data:`bench.peer.READY` once it polls.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from quixstreams import Application, State, message_context
from quixstreams.dataframe import StreamingDataFrame
from quixstreams.models import Topic
from quixstreams.models.serializers import Serializer

from streams.companies.rules import load_rules
from streams.companies.state import apply_update, read_state, state_row
from streams.config import Settings
from streams.news.agents import process_news
from streams.runtime.deadletter import dead_letter
from streams.runtime.decode import RejectedMessage, decode_company_update
from streams.topics import TopicNames

COMMIT_INTERVAL_S = 5.0
STORE_KEY = "row"


@dataclass(frozen=True)
class Record:
    """One output record: the topic it goes to, its key and its value bytes."""

    topic: str
    key: bytes | None
    value: bytes


class _RecordValue(Serializer):
    """Writes a :class:`Record`'s value bytes (its key goes through ``to_topic(key=...)``)."""

    def __call__(self, value: Record, ctx: Any) -> bytes:
        return value.value


def _now_ms(*_: object) -> int:
    """Output timestamps are send times, as the worker's are (Quix would copy the input's)."""
    return int(time.time() * 1000)


def _dead(rejection: RejectedMessage, key: bytes | None, value: bytes | None, topic: str) -> Record:
    context = message_context()
    letter = dead_letter(
        rejection, topic=context.topic, partition=context.partition, offset=context.offset, key=key, value=value
    )
    return Record(topic, key, letter.model_dump_json().encode())


def build(bootstrap: str, prefix: str, state_dir: str) -> Application:
    """The Quix application with both stages, on the topics the worker would use under ``prefix``."""
    settings = Settings(kafka=bootstrap, topic_prefix=prefix, app_id=prefix)
    names = TopicNames.from_settings(settings)
    rules = load_rules(settings.alert_rules)
    app = Application(
        broker_address=bootstrap,
        consumer_group=prefix,
        auto_offset_reset="earliest",
        commit_interval=COMMIT_INTERVAL_S,
        state_dir=state_dir,
        loglevel="INFO",
    )

    def topic(name: str) -> Topic:
        return app.topic(
            name,
            key_deserializer="bytes",
            value_deserializer="bytes",
            key_serializer="bytes",
            value_serializer=_RecordValue(),
        )

    outputs = {name: topic(name) for name in (names.events, names.company_updates, names.alerts, names.deadletter)}

    def extract(value: bytes | None, key: bytes | None, _ts: int, _headers: object) -> list[Record]:
        try:
            output = process_news(value, settings)
        except RejectedMessage as rejection:
            return [_dead(rejection, key, value, names.deadletter)]
        # process_news hands back the records already serialised and size-checked, as the worker sends them.
        events = [Record(names.events, key, value) for key, value in output.events]
        updates = [Record(names.company_updates, key, value) for key, value in output.updates]
        return events + updates

    def fold(value: bytes | None, state: State) -> list[Record]:
        try:
            update = decode_company_update(value)
            stored = state.get(STORE_KEY)
            current = read_state(stored) if stored is not None else None
            new_state, alerts = apply_update(current, update, rules, now=datetime.now(UTC))
        except RejectedMessage as rejection:
            return [_dead(rejection, message_context().key, value, names.deadletter)]
        except Exception as exc:  # noqa: BLE001 - one bad update must not stop every company, as in the worker
            return [_dead(RejectedMessage.from_exception("apply", exc), None, value, names.deadletter)]
        if new_state is not current:  # a replayed event changes nothing: no write
            state.set(STORE_KEY, state_row(new_state))  # the row the worker stores
        key = update.company.id.encode()
        return [Record(names.alerts, key, alert.model_dump_json().encode()) for alert in alerts]

    news = app.dataframe(topic(names.news))
    _route(news.apply(extract, expand=True, metadata=True), outputs)
    updates = app.dataframe(outputs[names.company_updates])
    _route(updates.apply(fold, stateful=True, expand=True), outputs)
    return app


def _route(records: StreamingDataFrame, outputs: dict[str, Topic]) -> None:
    """Send each :class:`Record` to its topic, stamped with the send time."""
    stamped = records.set_timestamp(_now_ms)
    for name, out in outputs.items():
        branch = stamped.filter(lambda record, name=name: record.topic == name)
        branch.to_topic(out, key=lambda record: record.key)


def main() -> None:
    """Entry point: ``python -m bench.peer.app BOOTSTRAP PREFIX STATE_DIR``."""
    bootstrap, prefix, state_dir = sys.argv[1:4]
    build(bootstrap, prefix, state_dir).run()


if __name__ == "__main__":
    main()
