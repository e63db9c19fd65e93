"""The table store: RocksDB (through rocksdict) when it can run here, else memory; its memory bounds and use.

Faust opens one RocksDB database per table partition, each with its own memtables and block cache, and
its defaults (three 64 MiB write buffers and a 2 GiB block cache per database) let a worker's memory
grow with the partitions it holds and the bytes it writes, long after its rows stopped growing.
:func:`rocksdb_options` bounds both from the settings; :func:`store_memory` reads what the databases
hold, for ``dealwatch_table_store_bytes``.
"""

from __future__ import annotations

from typing import Any

import faust

from streams.config import Settings

_MIB = 2**20
MAX_WRITE_BUFFERS = 2
"""Memtables per partition: the one being written and one being flushed, so writes do not stall on a flush."""
MEMORY_PROPERTIES = {
    "memtables": "rocksdb.cur-size-all-mem-tables",
    "block_cache": "rocksdb.block-cache-usage",
    "table_readers": "rocksdb.estimate-table-readers-mem",
}
"""``dealwatch_table_store_bytes`` kinds and the RocksDB property each one reads."""


def rocksdb_available() -> bool:
    """Whether Faust's ``rocksdb://`` store can run here (it uses rocksdict when python-rocksdb is absent)."""
    # Faust internal: the module keeps the binding it managed to import, or None
    # (tests/unit/test_runtime_internals.py pins both names).
    from faust.stores import rocksdb  # noqa: PLC0415  # imported only to probe the optional dependency

    return getattr(rocksdb, "rocksdb", None) is not None or getattr(rocksdb, "rocksdict", None) is not None


def store_url(settings: Settings) -> str:
    """The table store URL for ``settings.store`` (``auto``: RocksDB when installed, else memory)."""
    if settings.store == "rocksdb" or (settings.store == "auto" and rocksdb_available()):
        return "rocksdb://"
    return "memory://"


def rocksdb_options(settings: Settings) -> dict[str, int]:
    """Faust's per-partition RocksDB options (``Table(options=...)``); the memory store ignores them."""
    return {
        "write_buffer_size": settings.store_write_buffer_mb * _MIB,
        "max_write_buffer_number": MAX_WRITE_BUFFERS,
        "block_cache_size": settings.store_block_cache_mb * _MIB,
    }


def store_memory(table: faust.types.TableT[Any, Any]) -> dict[str, int]:
    """Bytes the table's RocksDB databases hold in memory, by kind, summed over the partitions opened here.

    Empty for a store without per-partition databases (memory).
    """
    # Faust internal: the rocksdb Store keeps its open databases by partition in ``_dbs``
    # (tests/unit/test_runtime_internals.py pins it); rocksdict's Rdict reads properties as ints.
    databases: dict[int, Any] = getattr(table.data, "_dbs", None) or {}
    if not databases:
        return {}
    totals = dict.fromkeys(MEMORY_PROPERTIES, 0)
    for database in list(databases.values()):
        for kind, name in MEMORY_PROPERTIES.items():
            totals[kind] += database.property_int_value(name) or 0
    return totals
