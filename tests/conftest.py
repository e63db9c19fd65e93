"""Fixtures shared by every test tier."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import structlog

TIERS = ("unit", "agent", "integration")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with its tier (its folder), so ``pytest -m unit`` runs one tier."""
    for item in items:
        for tier in TIERS:
            if f"/tests/{tier}/" in str(item.path):
                item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """Give each test the global logging state it started with."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    structlog.reset_defaults()
