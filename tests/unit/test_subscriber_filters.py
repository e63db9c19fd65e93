"""Alert selection, at-most-once display and rendering for ``dealwatch alerts``."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from schemas.alerts import Alert
from schemas.events import CompanyRef
from streams.clients.subscribing.filters import AlertFilter, SeenIds
from streams.clients.subscribing.render import alert_json, alert_line

SCALE = CompanyRef(id="scale-ai", name="Scale AI")
GOOGLE = CompanyRef(id="google", name="Google")


def _alert(alert_type: str = "major_customer_loss", severity: str = "critical", **kw: object) -> Alert:
    data: dict[str, object] = {
        "alert_id": f"{alert_type}-1",
        "type": alert_type,
        "severity": severity,
        "company": SCALE,
        "counterparty": GOOGLE,
        "title": "Google, Scale AI's largest customer (~$200M/yr), is cutting ties",
        "occurred_at": datetime(2025, 6, 14, 9, 30, tzinfo=UTC),
        "emitted_at": datetime(2026, 1, 1, tzinfo=UTC),
    }
    return Alert.model_validate({**data, **kw})


class TestAlertFilter:
    """Type, company and severity filters combine with AND; empty filters let everything through."""

    def test_empty_filter_keeps_everything(self) -> None:
        """The default selection matches any alert."""
        assert AlertFilter().matches(_alert(severity="info"))

    def test_type_filter(self) -> None:
        """Only the listed types pass."""
        selection = AlertFilter(types=frozenset({"acquisition", "valuation_change"}))
        assert selection.matches(_alert("acquisition"))
        assert not selection.matches(_alert("major_customer_loss"))

    @pytest.mark.parametrize("company", ["scale-ai", "Scale AI", "scale ai", "GOOGLE", "google"])
    def test_company_matches_company_or_counterparty_by_id_or_name(self, company: str) -> None:
        """The company filter accepts the id or the name, in any case, of either party."""
        assert AlertFilter(company=company).matches(_alert())

    def test_company_filter_rejects_other_companies(self) -> None:
        """An alert about other companies does not pass, nor does a partial name."""
        assert not AlertFilter(company="openai").matches(_alert())
        assert not AlertFilter(company="scale").matches(_alert())

    @pytest.mark.parametrize(
        ("severity", "minimum", "kept"),
        [
            ("info", "info", True),
            ("info", "warning", False),
            ("warning", "warning", True),
            ("critical", "warning", True),
        ],
    )
    def test_min_severity(self, severity: str, minimum: str, kept: bool) -> None:
        """Alerts below the minimum severity are dropped."""
        assert AlertFilter(min_severity=minimum).matches(_alert(severity=severity)) is kept


class TestSeenIds:
    """Each alert id is shown once, with bounded memory."""

    def test_repeat_is_reported_once(self) -> None:
        """The second sighting of an id is a repeat."""
        seen = SeenIds()
        assert [seen.first_time(i) for i in ("a", "b", "a", "b", "c")] == [True, True, False, False, True]

    def test_oldest_ids_are_forgotten_beyond_capacity(self) -> None:
        """With capacity 2, the least recently seen id is forgotten first."""
        seen = SeenIds(capacity=2)
        for alert_id in ("a", "b", "c"):
            seen.first_time(alert_id)
        assert seen.first_time("c") is False
        assert seen.first_time("a") is True


class TestRendering:
    """One readable line for people, the exact schema for scripts."""

    def test_line_has_time_severity_type_parties_and_title(self) -> None:
        """The pretty line reads left to right: when, how bad, what, who, the headline."""
        line = alert_line(_alert()).plain
        assert line == (
            "2025-06-14 09:30  CRITICAL  major_customer_loss  Scale AI / Google  "
            "Google, Scale AI's largest customer (~$200M/yr), is cutting ties"
        )

    def test_line_without_counterparty_or_occurrence_uses_emission_time(self) -> None:
        """Without occurred_at the emission time is shown; without counterparty only the company."""
        line = alert_line(_alert("leadership_change", "warning", counterparty=None, occurred_at=None)).plain
        assert line.startswith("2026-01-01 00:00  WARNING   leadership_change    Scale AI  ")

    def test_json_round_trips(self) -> None:
        """The JSON line validates back into the same alert."""
        alert = _alert()
        text = alert_json(alert)
        assert "\n" not in text
        assert Alert.model_validate(json.loads(text)) == alert
