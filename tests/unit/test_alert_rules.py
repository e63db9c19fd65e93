"""Alert rules: which updates alert, at what severity, with which id, and how the defaults are overridden."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pydantic
import pytest

from schemas import Alert, CompanyRef, DealEvent, Money
from schemas.events import format_money
from streams.companies.alerting import alert_id
from streams.companies.fanout import fan_out
from streams.companies.rules import AlertRules, load_rules
from streams.companies.state import apply_update
from tests.support.seed_events import fold

NOW = datetime(2025, 6, 13, 9, 0, tzinfo=UTC)
ACME = CompanyRef(id="acme", name="Acme")
TINY = CompanyRef(id="tiny-co", name="Tiny Co")


def run(events: list[DealEvent], rules: AlertRules) -> list[Alert]:
    """The alerts ``events`` raise, applied in order to companies with no state yet."""
    return fold(events, rules, now=NOW)[1]


def summary(alerts: list[Alert]) -> list[tuple[str, str, str, str | None]]:
    return [(a.type, a.severity, a.company.id, a.counterparty.id if a.counterparty else None) for a in alerts]


def variant(event: DealEvent, **changes: object) -> DealEvent:
    return DealEvent.model_validate({**event.model_dump(), **changes})


def later(event: DealEvent, *, days: int) -> dict:
    """``event``'s source, published ``days`` later (reports published in the order a test applies them)."""
    published = event.source.published_at + timedelta(days=days)
    return {**event.source.model_dump(), "published_at": published}


class TestSeedAlerts:
    """The seed article raises exactly the three expected alerts."""

    def test_seed_raises_expected_alerts(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """Acquisition Meta/Scale AI, CEO change at Scale AI and the major loss of Google, nothing else."""
        assert sorted(summary(run(list(seed.values()), rules))) == [
            ("acquisition", "warning", "scale-ai", "meta"),
            ("leadership_change", "warning", "scale-ai", None),
            ("major_customer_loss", "critical", "scale-ai", "google"),
        ]

    def test_major_loss_title_reads_as_a_headline(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """The title names the customer, the vendor, the yearly value and what is happening."""
        (alert,) = run([seed["ev-google"]], rules)
        assert alert.title == "Google, Scale AI's major customer (~$200M/yr), is cutting ties"
        assert alert.evidence[0].url == "https://example.com/meta-scale-ai"
        assert alert.source_item_ids == ("seed-meta-scale",)

    def test_alert_ids_are_deterministic(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """Two runs over the same events give the same alert ids; only emitted_at may differ."""
        first = run(list(seed.values()), rules)
        second = run(list(seed.values()), rules)
        assert [a.alert_id for a in first] == [a.alert_id for a in second]
        assert first[0].alert_id == alert_id("acquisition", "scale-ai", "meta", "ev-stake")


class TestMajorCustomerLoss:
    """A lost customer is critical when major, a warning otherwise."""

    @pytest.mark.parametrize(
        "subject", [None, CompanyRef(id="unnamed-largest-customer", name="its largest customer", kind="unnamed")]
    )
    def test_an_unnamed_major_customer_is_still_the_vendors_loss(
        self, seed: dict[str, DealEvent], rules: AlertRules, subject: CompanyRef | None
    ) -> None:
        """A vendor losing "its largest customer" gets the critical alert; it names no counterparty."""
        loss = variant(
            seed["ev-google"],
            event_id="e-unnamed",
            subject=subject.model_dump() if subject else None,
            major_customer=True,
        )
        alerts = run([loss], rules)
        assert summary(alerts) == [("major_customer_loss", "critical", "scale-ai", None)]
        assert alerts[0].title.startswith("An unnamed customer, Scale AI's major customer")

    def test_an_unnamed_minor_customer_is_a_warning(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """Without a major cue or a large amount, an unnamed customer's loss is customer_at_risk."""
        loss = variant(seed["ev-google"], event_id="e-unnamed-2", subject=None, major_customer=None, amount=None)
        assert summary(run([loss], rules)) == [("customer_at_risk", "warning", "scale-ai", None)]

    def test_major_cue_from_earlier_article_is_remembered(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A major cue read earlier makes a later, cue-less loss of a non-watchlist customer critical."""
        earlier = variant(seed["ev-openai"], event_id="e1", subject=ACME.model_dump(), major_customer=True)
        later = variant(
            seed["ev-google"],
            event_id="e2",
            subject=ACME.model_dump(),
            major_customer=None,
            amount=None,
            modality="fact",
        )
        alerts = run([earlier, later], rules)
        assert summary(alerts) == [("major_customer_loss", "critical", "scale-ai", "acme")]
        assert alerts[0].details["major_because"] == "major cue in an earlier article"
        assert alerts[0].title == "Acme, Scale AI's major customer, has cut ties"

    def test_unknown_small_customer_loss_is_a_warning(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A loss with no major cue, off the watchlist and small is a customer_at_risk warning."""
        small = variant(
            seed["ev-google"], subject=TINY.model_dump(), major_customer=None, amount={"value": 1e6, "currency": "USD"}
        )
        assert summary(run([small], rules)) == [("customer_at_risk", "warning", "scale-ai", "tiny-co")]

    def test_watchlist_customer_is_major(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A watchlist company is major without any cue or amount."""
        bare = variant(seed["ev-google"], major_customer=None, amount=None)
        assert summary(run([bare], rules))[0][:2] == ("major_customer_loss", "critical")

    def test_large_annual_value_is_major(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A customer paying at least the threshold a year is major."""
        big = variant(seed["ev-google"], subject=TINY.model_dump(), major_customer=None)
        assert summary(run([big], rules))[0][0] == "major_customer_loss"

    def test_revenue_share_makes_a_customer_major(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A customer worth at least 10 % of the vendor's latest revenue is major."""
        loss = variant(
            seed["ev-google"], subject=TINY.model_dump(), major_customer=None, amount={"value": 90e6, "currency": "USD"}
        )
        alerts = run([seed["ev-rev-2024"], loss], rules)
        assert summary(alerts) == [("major_customer_loss", "critical", "scale-ai", "tiny-co")]
        assert alerts[0].details["major_because"] == "10% of revenue"

    def test_loss_alerts_once_per_status(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """At-risk then ended alerts twice; another at-risk report after the end alerts nothing."""
        at_risk = seed["ev-google"]
        ended = variant(at_risk, event_id="e-ended", modality="fact", source=later(at_risk, days=1))
        again = variant(at_risk, event_id="e-again", source=later(at_risk, days=2))
        assert [a.details["status"] for a in run([at_risk, ended, again], rules)] == ["at_risk", "ended"]

    def test_an_at_risk_customer_found_major_later_escalates(
        self, seed: dict[str, DealEvent], rules: AlertRules
    ) -> None:
        """A minor at-risk customer reported at risk again with a major cue gets the critical alert, once."""
        minor = variant(seed["ev-google"], subject=TINY.model_dump(), major_customer=None, amount=None)
        major = variant(minor, event_id="e-major", major_customer=True, source=later(minor, days=1))
        again = variant(major, event_id="e-major-again", source=later(minor, days=2))
        alerts = run([minor, major, again], rules)
        assert summary(alerts) == [
            ("customer_at_risk", "warning", "scale-ai", "tiny-co"),
            ("major_customer_loss", "critical", "scale-ai", "tiny-co"),
        ]
        assert alerts[1].details["major_because"] == "major cue in this article"

    def test_a_minor_customer_at_risk_again_raises_nothing(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A second at-risk report with nothing that makes the customer major is not news."""
        minor = variant(seed["ev-google"], subject=TINY.model_dump(), major_customer=None, amount=None)
        again = variant(minor, event_id="e-again", source=later(minor, days=1))
        assert summary(run([minor, again], rules)) == [("customer_at_risk", "warning", "scale-ai", "tiny-co")]

    def test_customer_side_update_raises_nothing(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """Google losing a vendor is not an alert; only the vendor's loss of a customer is."""
        google_update = fan_out(seed["ev-google"])[0]
        _, alerts = apply_update(None, google_update, rules, now=NOW)
        assert alerts == []


class TestValuationChange:
    """A valuation that moves by at least the threshold alerts."""

    def test_big_jump_alerts(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """13.8B then 29B alerts once, with the previous value in the details."""
        earlier = variant(
            seed["ev-valuation"],
            event_id="e-old",
            valuation={"value": 13.8e9, "currency": "USD"},
            source={"item_id": "old", "published_at": "2024-05-21T00:00:00Z"},
        )
        alerts = [a for a in run([earlier, *seed.values()], rules) if a.type == "valuation_change"]
        assert len(alerts) == 1
        assert alerts[0].details["previous_valuation"] == 13.8e9
        assert alerts[0].title == "Scale AI valued at $29B, up 110% from $13.8B"

    def test_small_move_is_silent(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A 10 % move raises nothing."""
        earlier = variant(seed["ev-valuation"], event_id="e-old", valuation={"value": 26.4e9, "currency": "USD"})
        assert run([earlier, seed["ev-valuation"]], rules) == []

    def test_first_valuation_is_silent(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """Without a previous valuation there is nothing to compare."""
        assert run([seed["ev-valuation"]], rules) == []


class TestAcquisition:
    """Acquisitions, big stakes and big amounts alert on the target."""

    def test_small_stake_is_silent(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A 5 % stake for $50M raises nothing."""
        small = variant(seed["ev-stake"], stake_pct=5, amount={"value": 50e6, "currency": "USD"}, valuation=None)
        assert run([small], rules) == []

    def test_outright_acquisition_alerts(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """An acquisition with no stake or amount still alerts."""
        deal = variant(seed["ev-stake"], type="acquisition", stake_pct=None, amount=None, valuation=None)
        (alert,) = run([deal], rules)
        assert (alert.type, alert.title) == ("acquisition", "Meta acquires Scale AI")

    def test_a_deal_recalled_as_background_is_silent(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A deal the story recalls ("bought Scale AI in 2019") is recorded but raises nothing; the news does."""
        recalled = variant(seed["ev-stake"], history=True)
        assert run([recalled], rules) == []
        (alert,) = run([variant(recalled, history=False)], rules)
        assert alert.type == "acquisition"

    def test_stake_title(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A stake alert says who took how much for how much."""
        (alert,) = run([seed["ev-stake"]], rules)
        assert alert.title == "Meta takes a 49% stake in Scale AI for $14.3B (valued at $29B)"


class TestThresholdsInDollars:
    """Amounts are compared with the thresholds in US dollars, whatever currency the story gives them in."""

    @pytest.mark.parametrize(
        ("value", "currency", "alerts"),
        [
            (1.2e9, "USD", True),
            (950e6, "EUR", True),  # about $1.03B
            (900e6, "EUR", False),  # about $970M
            (10e9, "INR", False),  # Rs 1,000 crore, about $115M
            (100e9, "INR", True),  # Rs 10,000 crore, about $1.15B
            (5e9, "XOF", False),  # five billion CFA francs, about $8M
            (100e9, "JPY", False),  # about $670M
        ],
    )
    def test_a_big_amount_alerts_by_its_dollar_value(
        self, seed: dict[str, DealEvent], rules: AlertRules, value: float, currency: str, alerts: bool
    ) -> None:
        """A small stake alerts on its amount only when that amount is worth $1B or more."""
        stake = variant(seed["ev-stake"], stake_pct=5, amount={"value": value, "currency": currency}, valuation=None)
        assert bool(run([stake], rules)) is alerts

    def test_annual_value_in_another_currency(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """£90M a year (about $114M) makes a customer major; Rs 500 crore (about $58M) does not."""
        for amount, kind in (({"value": 90e6, "currency": "GBP"}, "major_customer_loss"),
                             ({"value": 5e9, "currency": "INR"}, "customer_at_risk")):  # fmt: skip
            loss = variant(seed["ev-google"], subject=TINY.model_dump(), major_customer=None, amount=amount)
            assert summary(run([loss], rules))[0][0] == kind, amount

    def test_a_currency_with_no_rate_counts_as_dollars(self, rules: AlertRules) -> None:
        """What the table does not list keeps the threshold's own units (the behaviour before rates)."""
        assert rules.in_usd(Money(value=2e9, currency="XYZ")) == 2e9

    def test_rates_can_be_overridden(self, tmp_path: Path) -> None:
        """A rules file changes one rate and keeps the others."""
        override = tmp_path / "rules.toml"
        override.write_text("[usd_per_unit]\nINR = 0.012\n", encoding="utf-8")
        rules = load_rules(override)
        assert rules.usd_per_unit["INR"] == 0.012 and rules.usd_per_unit["EUR"] == load_rules().usd_per_unit["EUR"]


class TestLeadershipChange:
    """CEO changes are warnings, other roles info, and the same CEO again is silent."""

    def test_other_role_is_info(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A new CFO is an info alert."""
        cfo = variant(seed["ev-ceo"], role="CFO", person="Ann Lee", previous_person=None)
        assert summary(run([cfo], rules)) == [("leadership_change", "info", "scale-ai", None)]

    def test_same_ceo_again_is_silent(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A second article naming the same CEO raises nothing."""
        again = variant(seed["ev-ceo"], event_id="e-again")
        assert len(run([seed["ev-ceo"], again], rules)) == 1


class TestRuleOverrides:
    """A TOML file overrides the packaged defaults key by key."""

    def test_override_changes_only_listed_keys(self, tmp_path: Path) -> None:
        """Overriding the valuation threshold keeps every other default."""
        override = tmp_path / "rules.toml"
        override.write_text("[valuation_change]\nmin_change = 0.5\n", encoding="utf-8")
        rules = load_rules(override)
        assert rules.valuation_change.min_change == 0.5
        assert rules.acquisition == load_rules().acquisition

    def test_override_watchlist_changes_severity(self, seed: dict[str, DealEvent], tmp_path: Path) -> None:
        """Removing Google from the watchlist and raising the value threshold makes a cue-less loss a warning."""
        override = tmp_path / "rules.toml"
        override.write_text("[major_customer_loss]\nwatchlist = []\nmin_annual_value = 1e12\n", encoding="utf-8")
        bare = variant(seed["ev-google"], major_customer=None)
        assert summary(run([bare], load_rules(override)))[0][:2] == ("customer_at_risk", "warning")

    def test_unknown_key_is_rejected(self, tmp_path: Path) -> None:
        """A misspelt key fails loudly instead of being ignored."""
        override = tmp_path / "rules.toml"
        override.write_text("[acquisition]\nmin_stake = 10\n", encoding="utf-8")
        with pytest.raises(pydantic.ValidationError):
            load_rules(override)


class TestFormatMoney:
    """Amounts read like headlines."""

    @pytest.mark.parametrize(
        ("money", "text"),
        [
            (Money(value=14.3e9, currency="USD"), "$14.3B"),
            (Money(value=200e6, currency="USD", qualifier="about"), "~$200M"),
            (Money(value=2e9, currency="EUR", qualifier="more_than"), ">€2B"),
            (Money(value=950, currency="CHF"), "950 CHF"),
        ],
    )
    def test_format(self, money: Money, text: str) -> None:
        """Each amount renders with its symbol, scale and qualifier."""
        assert format_money(money) == text


class TestOutOfOrderFacts:
    """A fact published before the company's current fact of its kind is history: no change alert against it."""

    def test_older_valuation_arriving_late_raises_nothing(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """29B (June 2025) then 7.1B (published 2024) alerts nothing for the older figure."""
        older = variant(
            seed["ev-valuation"],
            event_id="e-older",
            valuation={"value": 7.1e9, "currency": "USD"},
            source=later(seed["ev-valuation"], days=-400),
        )
        assert [a.type for a in run([seed["ev-valuation"], older], rules) if a.type == "valuation_change"] == []
        assert [a.type for a in run([older, seed["ev-valuation"]], rules) if a.type == "valuation_change"] == [
            "valuation_change"
        ]

    def test_older_ceo_change_arriving_late_raises_nothing(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """An appointment published before the current CEO's raises no leadership alert."""
        older = variant(
            seed["ev-ceo"], event_id="e-old-ceo", person="Jane Roe", previous_person=None,
            source=later(seed["ev-ceo"], days=-30),
        )  # fmt: skip
        alerts = run([seed["ev-ceo"], older], rules)
        assert [a.details["person"] for a in alerts if a.type == "leadership_change"] == ["Jason Droege"]

    def test_older_customer_report_arriving_late_raises_nothing(
        self, seed: dict[str, DealEvent], rules: AlertRules
    ) -> None:
        """An at-risk report published before the relationship's current (active) report alerts nothing."""
        active = variant(seed["ev-google"], event_id="e-active", type="customer_continue", modality="fact")
        older_risk = variant(seed["ev-google"], event_id="e-risk", source=later(seed["ev-google"], days=-10))
        assert [a for a in run([active, older_risk], rules) if a.type.endswith(("loss", "risk"))] == []

    def test_one_article_stating_use_and_risk_alerts_in_either_order(
        self, seed: dict[str, DealEvent], rules: AlertRules
    ) -> None:
        """A use and a risk in one article ("uses Y, but may leave"): the risk alerts in either order."""
        uses = variant(seed["ev-google"], event_id="z-uses", type="customer_continue", modality="fact")
        threat = variant(seed["ev-google"], event_id="a-threat", type="customer_at_risk", modality="plan")
        for order in ([uses, threat], [threat, uses]):
            risks = [a for a in run(order, rules) if a.type.endswith(("loss", "risk"))]
            assert [a.details["event_id"] for a in risks] == ["a-threat"]
