"""A minimal Faust app for the broker smoke test: topic -> agent -> table (changelog) -> topic.

Configured from environment variables so the test can give each run unique names.
"""

from __future__ import annotations

import os

import faust

app = faust.App(
    os.environ["SMOKE_APP_ID"],
    broker=f"kafka://{os.environ['SMOKE_BOOTSTRAP']}",
    store="memory://",
    datadir=os.environ["SMOKE_DATADIR"],
    topic_partitions=2,
    topic_replication_factor=1,
    web_enabled=False,
)
source = app.topic(
    os.environ["SMOKE_IN"], key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
)
sink = app.topic(
    os.environ["SMOKE_OUT"], key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
)
counts = app.Table("counts", default=int, partitions=2, key_type=str, value_type=int)


@app.agent(source)
async def count(stream: faust.StreamT[bytes]) -> None:
    """Count messages per key and emit ``key=count``."""
    async for key, _value in stream.items():
        name = key.decode()
        counts[name] += 1
        await sink.send(key=key, value=f"{name}={counts[name]}".encode())
