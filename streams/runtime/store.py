"""Which table store the worker uses: RocksDB (through rocksdict) when it can run here, else memory."""

from __future__ import annotations

from streams.config import Settings


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
