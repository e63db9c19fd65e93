"""Fixtures shared by the unit tests of company state and alert rules."""

from __future__ import annotations

import pytest

from schemas import DealEvent
from streams.companies.rules import AlertRules, load_rules
from tests.support.seed_events import load_seed_events


@pytest.fixture(scope="module")
def seed() -> dict[str, DealEvent]:
    """The seed deal events by event id."""
    return load_seed_events()


@pytest.fixture(scope="module")
def rules() -> AlertRules:
    """The default alert rules."""
    return load_rules()
