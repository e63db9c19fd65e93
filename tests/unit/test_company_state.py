"""Fan-out and the pure state-apply function, on hand-built seed events."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import CompanyRef, CompanyState, DealEvent
from streams.companies.fanout import fan_out
from streams.companies.rules import AlertRules, load_rules
from streams.companies.state import MAX_APPLIED_EVENT_IDS, MAX_VALUATION_HISTORY, apply_update
from tests.support.seed_events import fold

NOW = datetime(2025, 6, 13, 9, 0, tzinfo=UTC)


class TestFanOut:
    """One update per affected company, keyed by company."""

    def test_stake_updates_investor_and_target(self, seed: dict[str, DealEvent]) -> None:
        """A stake updates the investor from the subject side and the target from the object side."""
        updates = fan_out(seed["ev-stake"])
        assert [(u.company.id, u.perspective) for u in updates] == [("meta", "subject"), ("scale-ai", "object")]

    def test_customer_end_updates_customer_and_vendor(self, seed: dict[str, DealEvent]) -> None:
        """A customer_end updates both the customer and the vendor."""
        assert [u.company.id for u in fan_out(seed["ev-google"])] == ["google", "scale-ai"]

    def test_valuation_updates_only_the_valued_company(self, seed: dict[str, DealEvent]) -> None:
        """A valuation concerns only its subject."""
        assert [u.company.id for u in fan_out(seed["ev-valuation"])] == ["scale-ai"]

    def test_partnership_updates_nobody(self, seed: dict[str, DealEvent]) -> None:
        """Partnerships carry no tracked state, so they fan out to no company."""
        partnership = seed["ev-openai"].model_copy(update={"type": "partnership"})
        assert fan_out(partnership) == []

    def test_same_company_on_both_sides_updates_once(self, seed: dict[str, DealEvent]) -> None:
        """An event naming one company twice updates it once."""
        event = seed["ev-stake"].model_copy(update={"object": CompanyRef(id="meta", name="Meta")})
        assert [u.company.id for u in fan_out(event)] == ["meta"]

    def test_unnamed_customer_updates_only_the_vendor(self, seed: dict[str, DealEvent]) -> None:
        """ "A major customer" has no company state: only the named vendor is updated."""
        unnamed = CompanyRef(id="unnamed-major-customer", name="a major customer", kind="unnamed")
        event = seed["ev-google"].model_copy(update={"subject": unnamed})
        assert [(u.company.id, u.perspective) for u in fan_out(event)] == [("scale-ai", "object")]

    def test_public_body_customer_gets_state(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A ministry that ends a contract is a real customer: it and the vendor are both updated."""
        ministry = CompanyRef(id="ministry-of-health", name="Ministry of Health", kind="public_body")
        event = seed["ev-google"].model_copy(update={"subject": ministry})
        assert [u.company.id for u in fan_out(event)] == ["ministry-of-health", "scale-ai"]
        states, _ = fold([event], rules, now=NOW)
        assert states["ministry-of-health"].company.kind == "public_body"
        assert [c.company.kind for c in states["scale-ai"].customers] == ["public_body"]

    def test_unnamed_party_never_gets_state(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """The vendor records the unnamed customer; no state row is keyed by the unnamed party."""
        unnamed = CompanyRef(id="unnamed-major-customer", name="a major customer", kind="unnamed")
        states, _ = fold([seed["ev-google"].model_copy(update={"subject": unnamed})], rules, now=NOW)
        assert set(states) == {"scale-ai"}
        assert [c.company.name for c in states["scale-ai"].customers] == ["a major customer"]


class TestApplySeed:
    """The seed article's events build the expected company state."""

    def test_scale_ai_state(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """Scale AI ends valued at $29B, 49 % held by Meta, led by Jason Droege, Google at risk, OpenAI active."""
        states, _ = fold(list(seed.values()), rules, now=NOW)
        scale = states["scale-ai"]
        assert scale.valuation is not None and scale.valuation.value.value == 29e9
        assert [(i.company.id, i.stake_pct) for i in scale.investors] == [("meta", 49.0)]
        assert scale.ceo is not None and scale.ceo.person == "Jason Droege"
        assert scale.ceo.previous_person == "Alexandr Wang"
        customers = {c.company.id: c for c in scale.customers}
        assert customers["google"].status == "at_risk" and customers["google"].major
        assert customers["google"].annual_value is not None and customers["google"].annual_value.value == 200e6
        assert customers["openai"].status == "active"
        assert {(r.period, r.kind, r.amount.value) for r in scale.revenue} == {
            ("2024", "actual", 870e6),
            ("2025", "forecast", 2e9),
        }

    def test_one_valuation_point_per_article_and_value(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """The stake carrying $29B and the valuation event of the same article make one history point."""
        assert seed["ev-stake"].valuation == seed["ev-valuation"].valuation
        assert seed["ev-stake"].source.item_id == seed["ev-valuation"].source.item_id
        for events in ([seed["ev-stake"], seed["ev-valuation"]], [seed["ev-valuation"], seed["ev-stake"]]):
            states, _ = fold(events, rules, now=NOW)
            assert [p.value.value for p in states["scale-ai"].valuation_history] == [29e9]

    def test_counterparties_get_their_side(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """Meta holds Scale AI and Google has Scale AI as an at-risk vendor."""
        states, _ = fold(list(seed.values()), rules, now=NOW)
        assert [(h.company.id, h.stake_pct) for h in states["meta"].holdings] == [("scale-ai", 49.0)]
        assert [(v.company.id, v.status) for v in states["google"].vendors] == [("scale-ai", "at_risk")]

    def test_last_event_time_is_the_source_publication(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """last_event_at is the article's publication time, not the processing time."""
        states, _ = fold(list(seed.values()), rules, now=NOW)
        assert states["scale-ai"].last_event_at == datetime(2025, 6, 13, 8, 0, tzinfo=UTC)


class TestReplay:
    """A replayed or duplicated event changes nothing and alerts nothing."""

    def test_replayed_event_is_a_no_op(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """Applying every seed event a second time leaves every state equal and raises no alert."""
        states, _ = fold(list(seed.values()), rules, now=NOW)
        for event in seed.values():
            for update in fan_out(event):
                state, alerts = apply_update(states[update.company.id], update, rules, now=NOW)
                assert alerts == []
                assert state == states[update.company.id]

    def test_applied_ids_are_bounded(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """The applied-event-id set keeps only the most recent ids."""
        state = None
        base = seed["ev-openai"]
        for i in range(MAX_APPLIED_EVENT_IDS + 5):
            update = fan_out(base.model_copy(update={"event_id": f"ev-{i}"}))[1]
            state, _ = apply_update(state, update, rules, now=NOW)
        assert state is not None
        assert len(state.applied_event_ids) == MAX_APPLIED_EVENT_IDS
        assert state.applied_event_ids[-1] == f"ev-{MAX_APPLIED_EVENT_IDS + 4}"


class TestOrdering:
    """Older facts arriving late do not overwrite newer ones."""

    def test_older_valuation_does_not_replace_newer(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A valuation published earlier joins the history in publication order but does not become the latest."""
        states, _ = fold([seed["ev-valuation"]], rules, now=NOW)
        old_source = seed["ev-valuation"].source.model_copy(update={"published_at": datetime(2024, 5, 1, tzinfo=UTC)})
        old = seed["ev-valuation"].model_copy(
            update={
                "event_id": "ev-old",
                "valuation": seed["ev-valuation"].valuation.model_copy(update={"value": 13.8e9}),
                "source": old_source,
            }
        )
        state, _ = apply_update(states["scale-ai"], fan_out(old)[0], rules, now=NOW)
        assert state.valuation is not None and state.valuation.value.value == 29e9
        assert [p.value.value for p in state.valuation_history] == [13.8e9, 29e9]

    def test_new_ceo_moves_previous_into_history(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A later CEO change keeps the earlier one in the leadership history and names the predecessor."""
        later_source = seed["ev-ceo"].source.model_copy(update={"published_at": datetime(2026, 1, 1, tzinfo=UTC)})
        later = seed["ev-ceo"].model_copy(
            update={"event_id": "ev-ceo-2", "person": "Jane Roe", "previous_person": None, "source": later_source}
        )
        states, _ = fold([seed["ev-ceo"], later], rules, now=NOW)
        scale = states["scale-ai"]
        assert scale.ceo is not None and (scale.ceo.person, scale.ceo.previous_person) == ("Jane Roe", "Jason Droege")
        assert [leader.person for leader in scale.leadership_history] == ["Jason Droege", "Jane Roe"]


def _variant(event: DealEvent, n: int, **changes: object) -> DealEvent:
    """A copy of ``event`` with its own id, published ``n`` days after 2025-01-01."""
    published = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=n)
    return event.model_copy(
        update={
            "event_id": f"{event.event_id}-{n}",
            "source": event.source.model_copy(update={"published_at": published}),
            **changes,
        }
    )


def _history(seed: dict[str, DealEvent]) -> list[DealEvent]:
    """Competing facts about the same keys: stakes, valuations, revenue figures, CEOs and a customer, at many dates."""
    events: list[DealEvent] = []
    for n in range(6):
        events.append(_variant(seed["ev-stake"], n, stake_pct=10.0 + n, valuation=None))
        events.append(_variant(seed["ev-valuation"], n, valuation=seed["ev-valuation"].valuation.model_copy(
            update={"value": 1e9 * (n + 1)})))  # fmt: skip
        events.append(_variant(seed["ev-rev-2024"], n, amount=seed["ev-rev-2024"].amount.model_copy(
            update={"value": 1e6 * (n + 1)})))  # fmt: skip
        events.append(_variant(seed["ev-ceo"], n, person=f"Person {n}", previous_person=None))
        events.append(_variant(seed["ev-google" if n % 2 else "ev-openai"], n, major_customer=n == 1))
    events.append(_variant(seed["ev-stake"], 3, event_id="ev-stake-same-day", valuation=None))  # a tie on the date
    return events


def _comparable(state: CompanyState) -> dict:
    """The state with its replay guard as a set: that list alone keeps arrival order, to evict the oldest ids."""
    return {**state.model_dump(mode="json"), "applied_event_ids": sorted(state.applied_event_ids)}


class TestOrderIndependence:
    """The final state depends on the facts, not on the order they arrive in (partitions interleave differently)."""

    @settings(max_examples=60, deadline=None)
    @given(order=st.randoms(use_true_random=False))
    def test_any_arrival_order_gives_the_same_state(self, seed: dict[str, DealEvent], order: random.Random) -> None:
        """Folding the same events in a shuffled order gives every company the same state."""
        rules = load_rules()
        events = _history(seed)
        reference, _ = fold(events, rules, now=NOW)
        shuffled = events[:]
        order.shuffle(shuffled)
        states, _ = fold(shuffled, rules, now=NOW)
        assert {cid: _comparable(s) for cid, s in states.items()} == {
            cid: _comparable(s) for cid, s in reference.items()
        }

    def test_latest_facts_win(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """The latest published stake, valuation and CEO are current; the CEO's predecessor is derived."""
        states, _ = fold(list(reversed(_history(seed))), rules, now=NOW)
        scale = states["scale-ai"]
        assert [(i.company.id, i.stake_pct) for i in scale.investors] == [("meta", 15.0)]
        assert scale.valuation is not None and scale.valuation.value.value == 6e9
        assert [p.value.value for p in scale.valuation_history] == [1e9 * (n + 1) for n in range(6)][
            -MAX_VALUATION_HISTORY:
        ]
        assert scale.ceo is not None and (scale.ceo.person, scale.ceo.previous_person) == ("Person 5", "Person 4")
        customers = {c.company.id: c for c in scale.customers}
        assert customers["google"].major and customers["google"].since == datetime(2025, 1, 2, tzinfo=UTC)


class TestDenied:
    """A denied fact is recorded as applied but changes no state and raises no alert; a rumour never ends a relation."""

    def test_denied_customer_end_changes_nothing(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A denied end between two tracked companies leaves both states equal, without an alert."""
        states, _ = fold(list(seed.values()), rules, now=NOW)
        denied = seed["ev-openai"].model_copy(
            update={"event_id": "ev-denied", "type": "customer_end", "modality": "denied", "major_customer": True}
        )
        for update in fan_out(denied):
            before = states[update.company.id]
            state, alerts = apply_update(before, update, rules, now=NOW)
            assert alerts == []
            assert state.model_copy(update={"applied_event_ids": before.applied_event_ids}) == before
            assert state.applied_event_ids[-1] == "ev-denied"

    def test_denied_ceo_change_keeps_the_ceo(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A denied appointment does not replace the CEO nor alert."""
        states, _ = fold([seed["ev-ceo"]], rules, now=NOW)
        denied = seed["ev-ceo"].model_copy(
            update={"event_id": "ev-ceo-denied", "person": "Jane Roe", "modality": "denied"}
        )
        state, alerts = apply_update(states["scale-ai"], fan_out(denied)[0], rules, now=NOW)
        assert alerts == [] and state.ceo is not None and state.ceo.person == "Jason Droege"

    def test_rumoured_end_puts_at_risk_but_never_ends(self, seed: dict[str, DealEvent], rules: AlertRules) -> None:
        """A rumoured customer_end makes the relation at risk; only a stated end ends it (today's rule, kept)."""
        rumour = seed["ev-openai"].model_copy(
            update={"event_id": "ev-rumour", "type": "customer_end", "modality": "rumor"}
        )
        states, _ = fold([seed["ev-openai"], rumour], rules, now=NOW)
        customers = {c.company.id: c.status for c in states["scale-ai"].customers}
        assert customers["openai"] == "at_risk"
