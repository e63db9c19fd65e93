"""Alert rule thresholds: packaged defaults, optionally overridden by a TOML file.

The defaults live in ``alert_rules.toml`` next to this module. ``DEALWATCH_ALERT_RULES`` (see
:class:`streams.config.Settings`) names a file of the same shape; its values replace the
defaults key by key, so an override file only lists what it changes.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from schemas.alerts import Severity
from schemas.events import Money

DEFAULT_RULES_FILE = Path(__file__).with_name("alert_rules.toml")


class _Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MajorCustomerLossRule(_Rule):
    """When a lost customer counts as major (critical alert) rather than a plain one (warning)."""

    watchlist: frozenset[str] = Field(description="Company ids that are always major customers.")
    min_annual_value: float = Field(ge=0)
    min_revenue_share: float = Field(ge=0, le=1)


class ValuationChangeRule(_Rule):
    """How far a valuation must move to raise an alert."""

    min_change: float = Field(gt=0)


class AcquisitionRule(_Rule):
    """Which deals count as an acquisition alert besides outright acquisitions."""

    min_stake_pct: float = Field(ge=0, le=100)
    min_amount: float = Field(ge=0)


class LeadershipChangeRule(_Rule):
    """Severity of a CEO change (other roles are ``info``)."""

    ceo_severity: Severity


class AlertRules(_Rule):
    """Every alert rule's thresholds."""

    major_customer_loss: MajorCustomerLossRule
    valuation_change: ValuationChangeRule
    acquisition: AcquisitionRule
    leadership_change: LeadershipChangeRule
    usd_per_unit: dict[str, float] = Field(
        default_factory=dict, description="Approximate US dollars per unit of a currency (ISO 4217 code)."
    )

    def in_usd(self, money: Money) -> float:
        """``money`` in US dollars, for the thresholds; a currency with no rate counts as US dollars.

        Why: news gives amounts in the reporter's currency, and a threshold read in any currency's units
        would take Rs 1,000 crore (about $115M) or a billion CFA francs (about $1.6M) for a billion-dollar deal.
        """
        return money.value * self.usd_per_unit.get(money.currency, 1.0)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        both_tables = isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = _merge(merged[key], value) if both_tables else value
    return merged


def load_rules(override: Path | None = None) -> AlertRules:
    """Return the default rules, with the values of ``override`` (a TOML file) applied on top.

    Raises:
        OSError: the override file cannot be read.
        tomllib.TOMLDecodeError: it is not valid TOML.
        pydantic.ValidationError: a value has the wrong type or an unknown key.
    """
    data = tomllib.loads(DEFAULT_RULES_FILE.read_text(encoding="utf-8"))
    if override is not None:
        data = _merge(data, tomllib.loads(override.read_text(encoding="utf-8")))
    return AlertRules.model_validate(data)
