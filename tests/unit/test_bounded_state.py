"""Bounded company rows: current facts only, replays that are no-ops, no false "already applied", old rows converted.

The feed is generated news skewed hard onto a few companies (Zipf 1.5), so its hottest companies go
past every bound of :mod:`streams.companies.state` within a few hundred articles.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pydantic
import pytest

from schemas import Alert, CompanyRef, CompanyState, CompanyUpdate, DealEvent, Money, NewsItem
from schemas.state import STATE_SCHEMA_VERSION
from streams.companies import state as bounds
from streams.companies.alerting import revenue_rank
from streams.companies.fanout import fan_out
from streams.companies.rules import load_rules
from streams.companies.state import apply_update, is_applied, read_state, state_row
from streams.extraction import extract
from streams.generate.news import GeneratorConfig, generate

NOW = datetime(2026, 6, 1, tzinfo=UTC)
RULES = load_rules()
V1_ROW = Path(__file__).resolve().parents[1] / "fixtures" / "streaming" / "company_state_v1.json"
"""A row main's version-1 code stored for Microsoft after 1,500 generated articles: past every version-2 bound."""
V2_ROW = V1_ROW.with_name("company_state_v2.json")
"""A row version 2 stored (commit 411b262) for Microsoft after 1,500 generated articles: at every version-2 bound."""

BOUNDS = {
    "valuation_history": bounds.MAX_VALUATION_HISTORY,
    "leadership_history": bounds.MAX_LEADERSHIP_HISTORY,
    "revenue": bounds.MAX_REVENUE_POINTS,
    "investors": bounds.MAX_HOLDINGS,
    "holdings": bounds.MAX_HOLDINGS,
    "customers": bounds.MAX_CUSTOMERS,
    "vendors": bounds.MAX_VENDORS,
    "applied_event_ids": bounds.MAX_APPLIED_EVENT_IDS,
}


def published(update: CompanyUpdate) -> tuple[datetime, str, str]:
    """Publication order: time, then event id, then item id (the order a per-company partition delivers)."""
    source = update.event.source
    return (source.published_at or NOW, update.event.event_id, source.item_id)


@pytest.fixture(scope="module")
def feed() -> list[CompanyUpdate]:
    """Updates of 600 generated articles (10 % syndicated copies) in publication order."""
    config = GeneratorConfig(
        count=600, seed=5, duplicates=0.1, invalid=0.0, company_zipf=1.5, min_bytes=800, max_bytes=1000
    )
    updates: list[CompanyUpdate] = []
    for record in generate(config):
        item = NewsItem.model_validate_json(record.value)
        updates += [u for event in extract(item).events for u in fan_out(event)]
    return sorted(updates, key=published)


Folded = tuple[dict[str, CompanyState], list[Alert]]


@pytest.fixture(scope="module")
def reference(feed: list[CompanyUpdate]) -> Folded:
    """The feed folded once, in publication order."""
    return fold(feed)


def per_company(updates: list[CompanyUpdate]) -> dict[str, list[CompanyUpdate]]:
    """``updates`` by company, each company's in the order given."""
    by_company: dict[str, list[CompanyUpdate]] = {}
    for update in updates:
        by_company.setdefault(update.company.id, []).append(update)
    return by_company


def fold(updates: list[CompanyUpdate]) -> Folded:
    """Every company's state and every alert raised, in order."""
    states: dict[str, CompanyState] = {}
    alerts: list[Alert] = []
    for update in updates:
        states[update.company.id], raised = apply_update(states.get(update.company.id), update, RULES, now=NOW)
        alerts += raised
    return states, alerts


def facts(states: dict[str, CompanyState]) -> dict[str, CompanyState]:
    """The states without their replay window, the one part kept in arrival order."""
    return {cid: state.model_copy(update={"applied_event_ids": ()}) for cid, state in states.items()}


def with_replays(
    updates: list[CompanyUpdate], rng: random.Random, count: int, within: int | None
) -> list[CompanyUpdate]:
    """``updates`` with ``count`` of them delivered again after their first delivery, at most ``within`` later."""
    delivered = updates[:]
    for update in rng.sample(updates, count):
        first = delivered.index(update)
        last = len(delivered) if within is None else min(len(delivered), first + within)
        delivered.insert(rng.randint(first + 1, last), update)
    return delivered


class TestBounds:
    """A row keeps current facts within fixed bounds, however long the company's history."""

    def test_every_list_stays_within_its_bound_and_the_feed_reaches_each(self, reference: Folded) -> None:
        """No list of any company is over its bound, and some company is at each bound (the test sees them bite)."""
        states, _ = reference
        longest = {name: max(len(getattr(s, name)) for s in states.values()) for name in BOUNDS}
        assert longest == BOUNDS
        for field in ("customers", "vendors"):
            evidence = [r.evidence for s in states.values() for r in getattr(s, field)]
            assert max(map(len, evidence)) == bounds.MAX_RELATIONSHIP_EVIDENCE[field]

    def test_row_size_does_not_grow_with_history(self, seed: dict[str, DealEvent]) -> None:
        """A company in 3,000 reports of same-sized facts has a row no larger than after the first 300."""
        sizes = []
        state = None
        for n in range(3_000):
            for update in fan_out(_synthetic(seed, n)):
                if update.company.id == "scale-ai":
                    state, _ = apply_update(state, update, RULES, now=NOW)
            sizes.append(len(state.model_dump_json()) if state else 0)
        assert max(sizes[300:]) <= max(sizes[:300])
        assert sizes[-1] > 0

    def test_latest_revenue_is_always_kept(self, seed: dict[str, DealEvent]) -> None:
        """Of 12 periods reported in any order, the figure the revenue rule reads is the latest one reported."""
        events = [
            seed["ev-rev-2024"].model_copy(
                update={
                    "event_id": f"rev-{year}-{kind}",
                    "period": str(year),
                    "modality": kind,
                    "amount": Money(value=1e6 * year, currency="USD"),
                }
            )
            for year in range(2015, 2027)
            for kind in ("fact", "forecast")
        ]
        random.Random(3).shuffle(events)  # noqa: S311 - reproducible test data
        state = None
        for event in events:
            state, _ = apply_update(state, fan_out(event)[0], RULES, now=NOW)
        assert state is not None and len(state.revenue) == bounds.MAX_REVENUE_POINTS
        latest = max(state.revenue, key=revenue_rank)
        assert (latest.period, latest.kind, latest.amount.value) == ("2026", "actual", 2026e6)

    @pytest.mark.parametrize(
        ("cue", "amount", "because"),
        [
            (True, None, "major cue in an earlier article"),
            (False, Money(value=150e6, currency="USD"), "annual value $150M >= threshold"),
        ],
        ids=["major-cue", "stated-value"],
    )
    def test_a_customer_that_makes_a_loss_major_outlasts_newer_customers(
        self, seed: dict[str, DealEvent], cue: bool, amount: Money | None, because: str
    ) -> None:
        """A customer with a major cue or a stated value stays after 20 newer customers; its loss is still major."""
        acme = CompanyRef(id="acme", name="Acme")  # not on the watchlist: major by the cue or value alone
        start = seed["ev-google"].model_copy(update={"type": "customer_start", "modality": "fact", "amount": None})
        events = [_at(start, 0, event_id="acme-start", subject=acme, major_customer=cue, amount=amount)]
        events += [
            _at(
                start,
                n,
                event_id=f"start-{n}",
                subject=CompanyRef(id=f"customer-{n}", name=f"Customer {n}"),
                major_customer=False,
            )
            for n in range(1, 21)
        ]
        loss = _at(seed["ev-google"], 30, event_id="acme-end", subject=acme, major_customer=None, amount=None)
        state = None
        for event in [*events, loss]:
            state, alerts = apply_update(state, fan_out(event)[-1], RULES, now=NOW)
        assert state is not None and len(state.customers) == bounds.MAX_CUSTOMERS
        assert [(a.type, a.details["major_because"]) for a in alerts] == [("major_customer_loss", because)]


class TestReplays:
    """Replaying any update, or delivering updates in any order the ordering rules allow: the same facts and alerts."""

    @pytest.mark.parametrize("seed", [1, 2, 3])
    def test_replays_after_a_crash_change_nothing(
        self, feed: list[CompanyUpdate], reference: Folded, seed: int
    ) -> None:
        """150 updates delivered again up to 60 updates after the first delivery: the same facts, the same alerts.

        The replay window may differ: it is kept in arrival order, and a replay of a syndicated copy can come
        after the copy's id (added with its first copy) left the window; it is then recorded again.
        """
        states, alerts = fold(with_replays(feed, random.Random(seed), 150, within=60))  # noqa: S311 - test data
        assert facts(states) == facts(reference[0])
        assert [a.alert_id for a in alerts] == [a.alert_id for a in reference[1]]
        assert all(len(state.applied_event_ids) <= bounds.MAX_APPLIED_EVENT_IDS for state in states.values())

    def test_an_update_delivered_twice_in_a_row_changes_nothing(self, feed: list[CompanyUpdate]) -> None:
        """Every update of the feed delivered twice in a row: the second delivery returns the state itself, no alert."""
        states: dict[str, CompanyState] = {}
        for update in feed:
            states[update.company.id], _ = apply_update(states.get(update.company.id), update, RULES, now=NOW)
            again, alerts = apply_update(states[update.company.id], update, RULES, now=NOW)
            assert alerts == [] and again is states[update.company.id]

    @pytest.mark.parametrize("seed", [1, 2, 3])
    def test_replays_any_time_later_lose_nothing(self, feed: list[CompanyUpdate], reference: Folded, seed: int) -> None:
        """300 updates delivered again any time later: the same facts, and no alert id but those of the first run."""
        states, alerts = fold(with_replays(feed, random.Random(seed), 300, within=None))  # noqa: S311 - test data
        assert facts(states) == facts(reference[0])
        assert {a.alert_id for a in alerts} == {a.alert_id for a in reference[1]}

    @pytest.mark.parametrize("window", [4, 10_000])
    def test_no_alert_id_depends_on_the_replay_window_size(
        self, feed: list[CompanyUpdate], reference: Folded, window: int, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A window of 4 ids, or one that never evicts, with replays any time later or none: the same alert ids.

        What the window holds depends on how many unrelated events a company saw and on replays (a replay of an id
        that left it records it again), so it must not decide an alert: a syndicated copy of an old fact, published
        after the current one, raises the same change alert whether or not its first copy's id is still there.
        """
        monkeypatch.setattr(bounds, "MAX_APPLIED_EVENT_IDS", window)
        for delivered in (feed, with_replays(feed, random.Random(4), 300, within=None)):  # noqa: S311 - test data
            states, alerts = fold(delivered)
            assert facts(states) == facts(reference[0])
            assert {a.alert_id for a in alerts} == {a.alert_id for a in reference[1]}

    @pytest.mark.parametrize("seed", [1, 2, 3])
    def test_companies_interleaved_in_any_order_give_the_same_states_and_alerts(
        self, feed: list[CompanyUpdate], reference: Folded, seed: int
    ) -> None:
        """Each company's updates in publication order, companies interleaved at random, replays in between."""
        rng = random.Random(seed)  # noqa: S311 - test data
        queues = [q[::-1] for q in per_company(feed).values()]
        delivered: list[CompanyUpdate] = []
        while queues:
            queue = rng.choice(queues)
            delivered.append(queue.pop())
            queues = [q for q in queues if q]
        states, alerts = fold(with_replays(delivered, rng, 100, within=60))
        assert facts(states) == facts(reference[0])
        assert {a.alert_id for a in alerts} == {a.alert_id for a in reference[1]}

    @pytest.mark.parametrize("seed", [1, 2])
    def test_same_second_facts_in_any_order_give_the_same_facts(
        self, feed: list[CompanyUpdate], reference: Folded, seed: int
    ) -> None:
        """Facts published at the same second, in any order: the same facts (alerts then may differ, as documented)."""
        rng = random.Random(seed)  # noqa: S311 - test data
        delivered: list[CompanyUpdate] = []
        for updates in per_company(feed).values():
            seconds: dict[datetime | None, list[CompanyUpdate]] = {}
            for update in updates:
                seconds.setdefault(update.event.source.published_at, []).append(update)
            for same_second in seconds.values():
                rng.shuffle(same_second)
            delivered += [u for same_second in seconds.values() for u in same_second]
        assert facts(fold(delivered)[0]) == facts(reference[0])


class TestNoFalseApplied:
    """Only an event the row folded counts as applied, so no new event loses its alert."""

    def test_applied_ids_are_folded_ids(self, feed: list[CompanyUpdate], reference: Folded) -> None:
        """Every id a row calls applied is one of its updates; no other id, however close, is."""
        states, _ = reference
        folded: dict[str, set[str]] = {}
        for update in feed:
            folded.setdefault(update.company.id, set()).add(update.event.event_id)
        every_id = {update.event.event_id for update in feed}
        for cid, state in states.items():
            applied = {i for i in every_id if is_applied(state, i)}
            assert applied and applied <= folded[cid]
            near = {i[:-1] for i in folded[cid]} | {i + "0" for i in folded[cid]} | {i.upper() for i in folded[cid]}
            assert not any(is_applied(state, i) for i in near)

    def test_a_new_event_alerts_on_a_full_row(self, seed: dict[str, DealEvent]) -> None:
        """After 200 reports fill every bound and the window, a new acquisition alerts, even on a kept one's terms."""
        state = None
        for n in range(200):
            state, _ = apply_update(state, fan_out(_synthetic(seed, n))[-1], RULES, now=NOW)
        assert state is not None and len(state.investors) == bounds.MAX_HOLDINGS
        kept = state.investors[-1]
        same_terms = _synthetic(seed, 195).model_copy(update={"event_id": "never-seen"})
        assert kept.company == same_terms.subject and not is_applied(state, "never-seen")
        _, alerts = apply_update(state, fan_out(same_terms)[-1], RULES, now=NOW)
        assert [(a.type, a.details["event_id"]) for a in alerts] == [("acquisition", "never-seen")]

    def test_an_event_behind_a_fact_but_out_of_the_window_is_applied(self, seed: dict[str, DealEvent]) -> None:
        """The CEO's appointment, 100 events back, is still recognised: its replay raises nothing, changes nothing."""
        state = None
        appointment = fan_out(seed["ev-ceo"])[0]
        state, alerts = apply_update(state, appointment, RULES, now=NOW)
        assert [a.type for a in alerts] == ["leadership_change"]
        for n in range(100):
            state, _ = apply_update(state, fan_out(_synthetic(seed, n))[-1], RULES, now=NOW)
        assert "ev-ceo" not in state.applied_event_ids and state.ceo is not None
        replayed, alerts = apply_update(state, appointment, RULES, now=NOW)
        assert alerts == [] and replayed is state


class TestVersion1Rows:
    """A row version 1 stored is converted, bounded, with the same current facts; a row that is not a state raises."""

    @pytest.fixture
    def stored(self) -> dict:
        return json.loads(V1_ROW.read_bytes())

    def test_the_fixture_is_a_version_1_row_past_the_bounds(self, stored: dict) -> None:
        """What the conversion is tested on: version 1, every list longer than its version-2 bound."""
        assert stored["schema_version"] == 1
        assert all(len(stored[name]) > bound for name, bound in BOUNDS.items())
        with pytest.raises(pydantic.ValidationError):
            CompanyState.model_validate(stored)

    def test_conversion_keeps_the_current_facts_within_the_bounds(self, stored: dict) -> None:
        """The valuation, CEO, latest revenue and major customers stay; the lists are cut; the newest ids kept."""
        state = read_state(stored)
        assert state.schema_version == STATE_SCHEMA_VERSION
        assert {name: len(getattr(state, name)) for name in BOUNDS} == BOUNDS
        assert state.valuation is not None and state.valuation.model_dump(mode="json") == stored["valuation"]
        assert state.ceo is not None and state.ceo.model_dump(mode="json") == stored["ceo"]
        latest = max(stored["revenue"], key=lambda r: (r["period"], r["kind"] == "actual"))
        assert max(state.revenue, key=revenue_rank).model_dump(mode="json") == latest
        majors = {c["company"]["id"] for c in stored["customers"] if c["major"]}
        assert majors and majors <= {c.company.id for c in state.customers if c.major}
        assert list(state.applied_event_ids) == stored["applied_event_ids"][-bounds.MAX_APPLIED_EVENT_IDS :]
        assert read_state(state.model_dump(mode="json")) == state

    def test_a_converted_row_takes_updates(self, stored: dict, seed: dict[str, DealEvent]) -> None:
        """A replay of an event the old row applied raises nothing; a new CEO raises its alert."""
        state = read_state(stored)
        replay = fan_out(seed["ev-ceo"].model_copy(update={"event_id": stored["ceo"]["event_id"],
                                                          "person": stored["ceo"]["person"]}))[0]  # fmt: skip
        replay = replay.model_copy(update={"company": state.company})
        assert apply_update(state, replay, RULES, now=NOW)[1] == []
        later = seed["ev-ceo"].source.model_copy(update={"published_at": datetime(2027, 1, 1, tzinfo=UTC)})
        new_ceo = seed["ev-ceo"].model_copy(update={"event_id": "ev-new-ceo", "person": "Jane Roe", "source": later})
        update = fan_out(new_ceo)[0].model_copy(update={"company": state.company})
        new_state, alerts = apply_update(state, update, RULES, now=NOW)
        assert [a.type for a in alerts] == ["leadership_change"]
        assert new_state.ceo is not None and new_state.ceo.person == "Jane Roe"

    @pytest.mark.parametrize(
        "row",
        [
            ["not", "an", "object"],
            {"schema_version": 1, "company": {"id": "x", "name": "X"}, "applied_event_ids": "not a list"},
            {"schema_version": 1, "company": "not an object"},
            {"schema_version": STATE_SCHEMA_VERSION + 1, "company": {"id": "x", "name": "X"}},
        ],
        ids=["list", "v1-bad-ids", "v1-bad-company", "unknown-version"],
    )
    def test_a_row_that_is_not_a_state_raises_a_validation_error(self, row: object) -> None:
        """The apply agent turns exactly this error into a logged reset, never a crash."""
        with pytest.raises(pydantic.ValidationError):
            read_state(row)


class TestVersion2Rows:
    """A row version 2 stored (longer bounds, another encoding) is converted on read, its replay window kept."""

    @pytest.fixture
    def stored(self) -> dict:
        return json.loads(V2_ROW.read_bytes())

    def test_the_fixture_is_a_version_2_row_past_the_bounds(self, stored: dict) -> None:
        """What the conversion is tested on: version 2, lists longer than today's bounds, vendors with evidence."""
        assert stored["schema_version"] == 2
        assert all(len(stored[name]) >= bound for name, bound in BOUNDS.items())
        assert any(len(stored[name]) > bound for name, bound in BOUNDS.items())
        assert all(vendor["evidence"] for vendor in stored["vendors"])
        with pytest.raises(pydantic.ValidationError):
            CompanyState.model_validate(stored)

    def test_conversion_keeps_the_current_facts_within_the_bounds(self, stored: dict) -> None:
        """The valuation, CEO, latest revenue, major customers and every applied id stay; the lists are cut."""
        state = read_state(stored)
        assert state.schema_version == STATE_SCHEMA_VERSION
        assert {name: len(getattr(state, name)) for name in BOUNDS} == BOUNDS
        assert state.valuation is not None and state.valuation.event_id == stored["valuation"]["event_id"]
        assert state.valuation == state.valuation_history[-1]
        assert state.ceo is not None and (state.ceo.person, state.ceo.event_id) == (
            stored["ceo"]["person"],
            stored["ceo"]["event_id"],
        )
        latest = max(stored["revenue"], key=lambda r: (r["period"], r["kind"] == "actual"))
        assert max(state.revenue, key=revenue_rank).event_id == latest["event_id"]
        majors = {c["company"]["id"] for c in stored["customers"] if c.get("major")}
        assert majors and majors <= {c.company.id for c in state.customers if c.major}
        assert list(state.applied_event_ids) == stored["applied_event_ids"]
        assert all(not vendor.evidence for vendor in state.vendors)
        assert read_state(json.loads(json.dumps(state_row(state)))) == state

    def test_a_replayed_event_of_the_old_window_raises_nothing(self, stored: dict, seed: dict[str, DealEvent]) -> None:
        """An acquisition whose id the version-2 row recorded as applied: no alert, no change; a new id alerts."""
        state = read_state(stored)
        company = state.company
        applied = seed["ev-stake"].model_copy(
            update={
                "event_id": stored["applied_event_ids"][0],
                "type": "acquisition",
                "object": company,
                "valuation": None,
            }
        )
        (update,) = [u for u in fan_out(applied) if u.company.id == company.id]
        again, alerts = apply_update(state, update, RULES, now=NOW)
        assert alerts == [] and facts({"x": again}) == facts({"x": state})
        fresh = update.model_copy(update={"event": applied.model_copy(update={"event_id": "never-seen"})})
        assert [a.type for a in apply_update(state, fresh, RULES, now=NOW)[1]] == ["acquisition"]


class TestCompactRows:
    """The stored row leaves nulls, defaults and repeats out, and reads back as the same state (same API output)."""

    @staticmethod
    def stored(state: CompanyState) -> object:
        """What the table hands back for ``state``'s row: its JSON, parsed."""
        return json.loads(json.dumps(state_row(state)))

    def test_every_folded_row_reads_back_equal(self, feed: list[CompanyUpdate]) -> None:
        """Every state the fold writes, full rows included, reads back equal and dumps as it did before."""
        written = _states_in_order(feed)
        largest = max(written, key=lambda state: len(state.model_dump_json()))
        assert {name: len(getattr(largest, name)) for name in BOUNDS} == BOUNDS  # a row at every bound
        for state in written:
            read = read_state(self.stored(state))
            assert read == state
            assert read.model_dump(mode="json") == state.model_dump(mode="json")
            assert read_state(state.model_dump(mode="json")) == state  # a row written in full before still reads

    def test_a_relationship_writes_its_own_source_once(self, reference: Folded) -> None:
        """Evidence from a relationship's own article keeps its text; same source, event or time are marked."""
        rows = [state_row(state) for state in reference[0].values()]
        stored = [rel for row in rows for rel in row.get("customers", []) + row.get("vendors", [])]
        assert any(set(e) == {"text"} for rel in stored for e in rel.get("ev", []))  # evidence
        assert any(rel.get("as") is rel.get("ae") is True for rel in stored)  # annual_value_source, _event_id
        assert any(point.get("t") is True for row in rows for point in row.get("valuation_history", []))  # as_of

    def test_current_facts_are_written_as_their_history_entry(self, reference: Folded) -> None:
        """The valuation is always its history's last entry, written as an index; a CEO in the history too."""
        rows = [(state, state_row(state)) for state in reference[0].values()]
        valued = [(state, row) for state, row in rows if state.valuation is not None]
        assert valued and all(row["valuation"] == len(state.valuation_history) - 1 for state, row in valued)
        assert any(isinstance(row.get("ceo"), int) for _, row in rows)

    def test_applied_ids_are_packed_and_others_kept_as_a_list(self) -> None:
        """Event ids (24 hex digits) are packed 16 characters each; a window with any other id stays a list."""
        company = CompanyRef(id="x", name="X")
        hex_ids = tuple(f"{n:024x}" for n in range(bounds.MAX_APPLIED_EVENT_IDS))
        packed = state_row(CompanyState(company=company, applied_event_ids=hex_ids))
        assert isinstance(packed["applied_event_ids"], str) and len(packed["applied_event_ids"]) == 16 * len(hex_ids)
        assert (
            read_state(self.stored(CompanyState(company=company, applied_event_ids=hex_ids))).applied_event_ids
            == hex_ids
        )
        for odd in ("ev-1", "A" * 24, f"{1:023x} "):
            state = CompanyState(company=company, applied_event_ids=(*hex_ids[:3], odd))
            assert state_row(state)["applied_event_ids"] == [*hex_ids[:3], odd]
            assert read_state(self.stored(state)) == state

    @pytest.mark.parametrize("packed", ["not base64!", "AAAA", 7], ids=["not-base64", "not-whole-ids", "number"])
    def test_a_damaged_packed_window_raises_a_validation_error(self, packed: object) -> None:
        """A packed window that is no whole number of ids is left to validation, which the apply agent handles."""
        with pytest.raises(pydantic.ValidationError):
            read_state({"schema_version": STATE_SCHEMA_VERSION, "company": {"id": "x", "name": "X"},
                        "applied_event_ids": packed})  # fmt: skip

    @pytest.mark.parametrize("seed", [1, 2])
    def test_replays_through_stored_rows_change_nothing(
        self, feed: list[CompanyUpdate], reference: Folded, seed: int
    ) -> None:
        """Each update applied to the state read back from the stored row, 150 replays: the same facts and alerts."""
        rows: dict[str, object] = {}
        alerts: list[Alert] = []
        for update in with_replays(feed, random.Random(seed), 150, within=60):  # noqa: S311 - test data
            stored = rows.get(update.company.id)
            state, raised = apply_update(None if stored is None else read_state(stored), update, RULES, now=NOW)
            rows[update.company.id] = self.stored(state)
            alerts += raised
        assert facts({cid: read_state(row) for cid, row in rows.items()}) == facts(reference[0])
        assert [a.alert_id for a in alerts] == [a.alert_id for a in reference[1]]

    def test_a_converted_version_1_row_reads_back_equal_and_smaller(self) -> None:
        """The version-1 fixture, converted (past every bound), round-trips, in fewer bytes than its full dump."""
        state = read_state(json.loads(V1_ROW.read_bytes()))
        assert read_state(self.stored(state)) == state
        assert len(json.dumps(state_row(state))) < len(json.dumps(state.model_dump(mode="json")))

    def test_the_row_always_says_its_schema_version(self) -> None:
        """An empty state's row is its version and company alone: the version is written although it is the default."""
        state = CompanyState(company=CompanyRef(id="x", name="X"))
        assert self.stored(state) == {"schema_version": STATE_SCHEMA_VERSION, "company": {"id": "x", "name": "X"}}
        assert read_state(self.stored(state)) == state


def _states_in_order(updates: list[CompanyUpdate]) -> list[CompanyState]:
    """Every state the fold writes for ``updates``, in order."""
    states: dict[str, CompanyState] = {}
    written: list[CompanyState] = []
    for update in updates:
        states[update.company.id], _ = apply_update(states.get(update.company.id), update, RULES, now=NOW)
        written.append(states[update.company.id])
    return written


def _at(event: DealEvent, days: int, **changes: object) -> DealEvent:
    """``event`` published ``days`` after 2025-01-01, with ``changes``."""
    published = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=days)
    return event.model_copy(update={"source": event.source.model_copy(update={"published_at": published}), **changes})


def _synthetic(seed: dict[str, DealEvent], n: int) -> DealEvent:
    """Report ``n`` about Scale AI: a same-sized acquisition, valuation, CEO, revenue or customer fact, one a minute."""
    counterparty = CompanyRef(id=f"company-{n:05d}", name=f"Company {n:05d}")
    kind = n % 5
    base = (seed["ev-stake"], seed["ev-valuation"], seed["ev-ceo"], seed["ev-rev-2024"], seed["ev-openai"])[kind]
    changes: dict[str, object] = {"event_id": f"synthetic-{n:05d}"}
    if kind == 0:
        changes |= {"subject": counterparty, "type": "acquisition", "valuation": None}
    elif kind == 1:
        changes |= {"valuation": Money(value=1e9 + n, currency="USD")}
    elif kind == 2:
        changes |= {"person": f"Person {n:05d}", "previous_person": None}
    elif kind == 3:
        changes |= {"period": str(1000 + n)}
    else:
        changes |= {"subject": counterparty}
    event = _at(base, 0, **changes)
    published = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=n)
    return event.model_copy(update={"source": event.source.model_copy(update={"published_at": published})})


@pytest.mark.parametrize("order", [0, 1, 2])
def test_a_full_investor_list_keeps_the_round_lead_with_its_amount(order: int) -> None:
    """Three investors told in one article, then a later stake: the two kept are the later stake and the round's
    lead, which carries the round's amount (not an investor told only as taking part), in any arrival order."""
    item = NewsItem(
        id="round",
        title="Lumetra raises $40 million",
        body="Lumetra raised $40 million in a round led by Accel. Amazon and Meta also took part in the round.",
        language="en",
        published_at=NOW,
    )
    later = NewsItem(
        id="stake",
        title="Meta buys into Lumetra",
        body="Meta bought a 10% stake in Lumetra for $12 million.",
        language="en",
        published_at=NOW + timedelta(days=30),
    )
    updates = [u for event in extract(item).events for u in fan_out(event) if u.company.id == "lumetra"]
    updates = updates[order:] + updates[:order]
    updates += [u for event in extract(later).events for u in fan_out(event) if u.company.id == "lumetra"]
    state = None
    for update in updates:
        state, _ = apply_update(state, update, RULES, now=NOW)
    assert state is not None
    assert {(holding.company.name, holding.kind) for holding in state.investors} == {
        ("Meta", "stake"),
        ("Accel", "investment"),
    }
