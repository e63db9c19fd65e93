"""The table store's memory is bounded by the settings, and reported (streams/runtime/store.py).

A real Faust RocksDB store (rocksdict) is opened on a temporary directory and written to directly:
what is measured is RocksDB's own accounting of its memtables.
"""

from __future__ import annotations

import os
from pathlib import Path

import faust

from streams.companies.table import companies_table
from streams.config import Settings
from streams.runtime.store import store_memory

_MIB = 2**20
WRITTEN = 24 * _MIB


def fill(table: faust.Table, partition: int = 0) -> None:
    """Write ``WRITTEN`` bytes of incompressible 8 KB rows into one partition's database."""
    database = table.data._db_for_partition(partition)  # type: ignore[attr-defined]  # Faust internal, pinned
    for i in range(WRITTEN // 8000):
        database[f"company-{i}".encode()] = os.urandom(8000)


def settings(tmp_path: Path, **overrides: object) -> Settings:
    return Settings(store="rocksdb", data_dir=tmp_path, partitions=1, **overrides)  # type: ignore[arg-type]


def test_the_companies_table_holds_at_most_two_write_buffers_per_partition(tmp_path: Path) -> None:
    """24 MiB written with 1 MiB write buffers leave at most 2 MiB in memtables; the rest is flushed to disk."""
    app = faust.App("store-bounded", store="rocksdb://", datadir=str(tmp_path))
    table = companies_table(app, settings(tmp_path, store_write_buffer_mb=1, store_block_cache_mb=1))
    fill(table)
    held = store_memory(table)
    assert set(held) == {"memtables", "block_cache", "table_readers"}
    assert 0 < held["memtables"] <= 2 * _MIB + 64 * 1024  # RocksDB rounds a buffer up to its arena blocks
    assert held["block_cache"] <= _MIB


def test_faust_defaults_keep_everything_written_in_memory(tmp_path: Path) -> None:
    """The baseline the bound is against: a table without options keeps the same 24 MiB in its memtables."""
    app = faust.App("store-default", store="rocksdb://", datadir=str(tmp_path))
    table = app.Table("plain", partitions=1)
    fill(table)
    assert store_memory(table)["memtables"] >= WRITTEN


def test_a_memory_store_reports_nothing(tmp_path: Path) -> None:
    """The memory store has no RocksDB databases: no series rather than zeros that look like a bound."""
    app = faust.App("store-memory", store="memory://")
    table = companies_table(app, Settings(store="memory", partitions=1))
    table.data["x"] = {"id": "x"}  # type: ignore[index]
    assert store_memory(table) == {}
