"""A syndicated copy of an old fact raises what the state's facts say, however many events came in between.

A copy (the same facts in another article, published later) has the first copy's event id. Whether that id is
still in the replay window depends on how many unrelated events the company saw since, and on whether a replay
of the first copy put it back there; neither may decide an alert. The copy is published after the company's
current fact, so the fold makes it current again; the change rules judge it by value, in or out of the window.
Its alert names the fact it replaces (``alert_id``'s ``replaces``), so it never shares an id with the alert the
first copy raised against another fact, with another title.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from schemas import Alert, CompanyRef, CompanyState, CompanyUpdate, DealEvent, Money
from streams.companies import state as bounds
from streams.companies.alerting import alert_id
from streams.companies.fanout import fan_out
from streams.companies.rules import load_rules
from streams.companies.state import apply_update, is_applied

NOW = datetime(2026, 6, 1, tzinfo=UTC)
RULES = load_rules()
WINDOW = bounds.MAX_APPLIED_EVENT_IDS
FILLERS = [0, 10, WINDOW - 3, WINDOW, 100]
"""Unrelated events between the old fact and its copy: the old id in the window, at its edge, past it."""


def _at(event: DealEvent, minutes: int, item_id: str | None = None, **changes: object) -> DealEvent:
    """``event`` published ``minutes`` after 2025-01-01 (in article ``item_id`` if given), with ``changes``."""
    published = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    source = event.source.model_copy(update={"published_at": published, "item_id": item_id or event.source.item_id})
    return event.model_copy(update={"source": source, **changes})


def _update(event: DealEvent) -> CompanyUpdate:
    (update,) = [u for u in fan_out(event) if u.company.id == "scale-ai"]
    return update


def _fillers(seed: dict[str, DealEvent], count: int, start: int) -> list[CompanyUpdate]:
    """``count`` revenue reports about the company, one a minute from ``start``: no valuation, no CEO."""
    return [
        _update(_at(seed["ev-rev-2024"], start + n, f"filler-{n}", event_id=f"filler-{n:03d}", period=str(1000 + n)))
        for n in range(count)
    ]


def _customer(n: int) -> CompanyRef:
    return CompanyRef(id=f"customer-{n}", name=f"Customer {n}")


def _fold(updates: list[CompanyUpdate]) -> tuple[CompanyState, list[list[Alert]]]:
    state: CompanyState | None = None
    raised: list[list[Alert]] = []
    for update in updates:
        state, alerts = apply_update(state, update, RULES, now=NOW)
        raised.append(alerts)
    assert state is not None
    return state, raised


def _sequences(
    first: CompanyUpdate, between: list[CompanyUpdate], copy: CompanyUpdate, fillers: list[CompanyUpdate]
) -> dict[str, list[CompanyUpdate]]:
    """The old fact, newer facts, ``fillers``, then the copy: as is, and with the first copy replayed late."""
    return {
        "as-is": [first, *between, *fillers, copy],
        "first-copy-replayed": [first, *between, *fillers, first, copy],
    }


class TestCopyOfAnOldValuation:
    """$10B (first valuation, no alert), $20B, $40B, unrelated news, then a syndicated copy of the $10B story."""

    @pytest.fixture
    def events(self, seed: dict[str, DealEvent]) -> dict[str, CompanyUpdate]:
        base = seed["ev-valuation"]

        def valued(value: float, minutes: int, event_id: str, item_id: str) -> CompanyUpdate:
            money = Money(value=value, currency="USD", qualifier="exact")
            return _update(_at(base, minutes, item_id, event_id=event_id, valuation=money))

        return {
            "first": valued(10e9, 0, "val-10b", "story-10b"),
            "20b": valued(20e9, 1, "val-20b", "story-20b"),
            "40b": valued(40e9, 2, "val-40b", "story-40b"),
            "copy": valued(10e9, 10_000, "val-10b", "syndicated-10b"),
        }

    @pytest.mark.parametrize("fillers", FILLERS)
    def test_the_copy_raises_the_same_alert_in_or_out_of_the_window(
        self, seed: dict[str, DealEvent], events: dict[str, CompanyUpdate], fillers: int
    ) -> None:
        """The copy makes $10B current again, a fall of 75 % from $40B: one alert, the same id, in every case."""
        expected = [alert_id("valuation_change", "scale-ai", None, "val-10b", replaces="val-40b")]
        between = [events["20b"], events["40b"]]
        for name, updates in _sequences(events["first"], between, events["copy"], _fillers(seed, fillers, 10)).items():
            state, raised = _fold(updates)
            assert [a.alert_id for a in raised[-1]] == expected, (name, fillers)
            assert raised[-1][0].details["previous_valuation"] == 40e9
            assert state.valuation is not None and state.valuation.value.value == 10e9
            assert state.valuation.source is not None and state.valuation.source.item_id == "syndicated-10b"

    @pytest.mark.parametrize("fillers", FILLERS)
    def test_the_copy_is_applied_or_not_by_the_window_alone(
        self, seed: dict[str, DealEvent], events: dict[str, CompanyUpdate], fillers: int
    ) -> None:
        """What the test above varies: before the copy, the old id is in the window exactly when few events came
        between or the first copy was replayed, and no fact of the row carries it (the history keeps $20B, $40B)."""
        between = [events["20b"], events["40b"]]
        for name, updates in _sequences(events["first"], between, events["copy"], _fillers(seed, fillers, 10)).items():
            before, _ = _fold(updates[:-1])
            in_window = name == "first-copy-replayed" or fillers + 2 < WINDOW
            assert is_applied(before, "val-10b") is in_window, (name, fillers)
            assert [p.value.value for p in before.valuation_history] == [20e9, 40e9]

    @pytest.mark.parametrize("fillers", FILLERS)
    def test_replays_of_the_first_copy_raise_nothing(
        self, seed: dict[str, DealEvent], events: dict[str, CompanyUpdate], fillers: int
    ) -> None:
        """The first copy replayed late, before or after the syndicated copy: history, no alert, no change of fact."""
        between = [events["20b"], events["40b"]]
        fill = _fillers(seed, fillers, 10)
        for updates in ([events["first"], *between, *fill], [events["first"], *between, *fill, events["copy"]]):
            state, _ = _fold(updates)
            again, alerts = apply_update(state, events["first"], RULES, now=NOW)
            assert alerts == []
            assert again.model_copy(update={"applied_event_ids": ()}) == state.model_copy(
                update={"applied_event_ids": ()}
            )

    def test_a_copy_of_the_current_valuation_raises_nothing(
        self, seed: dict[str, DealEvent], events: dict[str, CompanyUpdate]
    ) -> None:
        """A copy of the $40B story, the current valuation, published later, in or out of the window: no change."""
        copy = events["40b"].model_copy(update={"event": _at(events["40b"].event, 10_000, "syndicated-40b")})
        for fillers in FILLERS:
            updates = [events["first"], events["20b"], events["40b"], *_fillers(seed, fillers, 10), copy]
            _, raised = _fold(updates)
            assert raised[-1] == [], fillers

    def test_a_copy_published_before_the_current_valuation_raises_nothing(
        self, seed: dict[str, DealEvent], events: dict[str, CompanyUpdate]
    ) -> None:
        """A copy of the $10B story published before the $40B one (an earlier syndication): history, in any case."""
        early = events["first"].model_copy(update={"event": _at(events["first"].event, 1, "syndicated-10b")})
        for fillers in FILLERS:
            for updates in _sequences(events["first"], [events["20b"], events["40b"]], early,
                                      _fillers(seed, fillers, 10)).values():  # fmt: skip
                state, raised = _fold(updates)
                assert raised[-1] == [], fillers
                assert state.valuation is not None and state.valuation.value.value == 40e9


class TestCopyOfAnOldCeoAppointment:
    """Ann Lee named CEO, then Bo Chan, Cy Diaz, Di Eng, unrelated news, then a syndicated copy of Ann Lee's story."""

    @pytest.fixture
    def events(self, seed: dict[str, DealEvent]) -> dict[str, CompanyUpdate]:
        base = seed["ev-ceo"]

        def named(person: str, minutes: int, item_id: str) -> CompanyUpdate:
            event_id = "ceo-" + person.split(maxsplit=1)[0].lower()
            return _update(_at(base, minutes, item_id, event_id=event_id, person=person, previous_person=None))

        return {
            "first": named("Ann Lee", 0, "story-ann"),
            "later": [named(p, n, f"story-{n}") for n, p in enumerate(("Bo Chan", "Cy Diaz", "Di Eng"), start=1)],
            "copy": named("Ann Lee", 10_000, "syndicated-ann"),
        }

    @pytest.mark.parametrize("fillers", FILLERS)
    def test_the_copy_raises_the_same_alert_in_or_out_of_the_window(
        self, seed: dict[str, DealEvent], events: dict[str, CompanyUpdate], fillers: int
    ) -> None:
        """The copy makes Ann Lee CEO again, succeeding Di Eng: an alert of its own, not her first story's (which
        succeeded nobody), with the same id in every case."""
        first = [alert_id("leadership_change", "scale-ai", None, "ceo-ann")]
        expected = [alert_id("leadership_change", "scale-ai", None, "ceo-ann", replaces="ceo-di")]
        copy, later = events["copy"], events["later"]
        for name, updates in _sequences(events["first"], later, copy, _fillers(seed, fillers, 10)).items():
            state, raised = _fold(updates)
            assert [a.alert_id for a in raised[0]] == first
            assert [a.alert_id for a in raised[-1]] == expected, (name, fillers)
            assert raised[-1][0].title != raised[0][0].title
            assert raised[-1][0].details["previous_person"] == "Di Eng"
            assert state.ceo is not None and state.ceo.person == "Ann Lee"


class TestCopyOfAnOldCustomerLoss:
    """Google plans to cut ties, then is reported a customer again, unrelated news, then a copy of the first story."""

    @pytest.fixture
    def events(self, seed: dict[str, DealEvent]) -> dict[str, CompanyUpdate]:
        loss, again = seed["ev-google"], seed["ev-openai"]
        return {
            "first": _update(_at(loss, 0, "story-loss")),
            "later": [_update(_at(again, 1, "story-again", event_id="google-again", subject=loss.subject))],
            "copy": _update(_at(loss, 10_000, "syndicated-loss")),
        }

    @pytest.mark.parametrize("fillers", FILLERS)
    def test_the_copy_raises_the_first_storys_alert_in_or_out_of_the_window(
        self, seed: dict[str, DealEvent], events: dict[str, CompanyUpdate], fillers: int
    ) -> None:
        """The copy puts Google at risk again, after the report that it is a customer again: a loss alert that names
        that report, the same id in every case (the first story's alert named no earlier report)."""
        first = [alert_id("major_customer_loss", "scale-ai", "google", "ev-google")]
        expected = [alert_id("major_customer_loss", "scale-ai", "google", "ev-google", replaces="google-again")]
        copy, later = events["copy"], events["later"]
        for name, updates in _sequences(events["first"], later, copy, _fillers(seed, fillers, 10)).items():
            state, raised = _fold(updates)
            assert [a.alert_id for a in raised[0]] == first
            assert [a.alert_id for a in raised[-1]] == expected, (name, fillers)
            assert [(c.company.id, c.status) for c in state.customers] == [("google", raised[-1][0].details["status"])]

    @pytest.mark.parametrize("fillers", FILLERS)
    def test_a_replay_of_the_first_story_raises_nothing(
        self, seed: dict[str, DealEvent], events: dict[str, CompanyUpdate], fillers: int
    ) -> None:
        """The first story replayed after Google is a customer again: older than the relationship's report, history."""
        updates = [events["first"], *events["later"], *_fillers(seed, fillers, 10), events["first"]]
        _, raised = _fold(updates)
        assert raised[-1] == []

    @pytest.mark.parametrize("fillers", FILLERS)
    def test_a_copy_after_the_bound_dropped_the_customer_is_judged_as_a_first_report(
        self, seed: dict[str, DealEvent], fillers: int
    ) -> None:
        """Acme at risk, then 10 newer customers drop it from the list: a later copy of the Acme story is judged as
        a first report (the first story's alert again, same id and title: a duplicate) in or out of the window; a
        replay of the story itself raises nothing."""
        acme = CompanyRef(id="acme", name="Acme")  # not on the watchlist, no cue, no value: the first one dropped
        loss = _at(seed["ev-google"], 0, "story-acme", event_id="acme-risk", subject=acme, major_customer=None,
                   amount=None)  # fmt: skip
        start = seed["ev-google"].model_copy(update={"type": "customer_start", "modality": "fact", "amount": None})
        newer = [
            _update(_at(start, n, f"start-{n}", event_id=f"start-{n}", subject=_customer(n), major_customer=None))
            for n in range(1, 11)
        ]
        first, copy = _update(loss), _update(_at(loss, 10_000, "syndicated-acme"))
        expected = [alert_id("customer_at_risk", "scale-ai", "acme", "acme-risk")]
        for name, updates in _sequences(first, newer, copy, _fillers(seed, fillers, 20)).items():
            state, raised = _fold(updates)
            assert [a.alert_id for a in raised[0]] == expected
            assert [a.alert_id for a in raised[-1]] == expected, (name, fillers)
            assert raised[-1][0].title == raised[0][0].title
            assert "acme" in {c.company.id for c in state.customers}
        before, _ = _fold([first, *newer, *_fillers(seed, fillers, 20)])
        assert "acme" not in {c.company.id for c in before.customers} and before.customers_horizon is not None
        if is_applied(before, "acme-risk"):  # in the window: a replay of the story itself is no newer than the horizon
            assert apply_update(before, first, RULES, now=NOW)[1] == []


class TestOneFactCurrentTwice:
    """$2.4B, $65.1B, a later story's $2.4B, a later story's $65.1B: event ids come from the fact, so the last two
    stories carry the first two's ids, and each makes its fact current again."""

    @pytest.fixture
    def stories(self, seed: dict[str, DealEvent]) -> list[CompanyUpdate]:
        base = seed["ev-valuation"]
        values = [(2.4e9, "val-2.4b"), (65.1e9, "val-65.1b"), (2.4e9, "val-2.4b"), (65.1e9, "val-65.1b")]
        return [
            _update(_at(base, n, f"story-{n}", event_id=event_id, valuation=Money(value=value, currency="USD")))
            for n, (value, event_id) in enumerate(values)
        ]

    def test_a_fall_back_to_an_old_fact_has_an_id_of_its_own(self, stories: list[CompanyUpdate]) -> None:
        """Up, down, up again: the fall's id is not the first rise's (the same event id, with another title); the
        second rise is the first one again (the same change between the same two facts): same id, same title."""
        _, raised = _fold(stories)
        assert [len(alerts) for alerts in raised] == [0, 1, 1, 1]
        rise, fall, again = (alerts[0] for alerts in raised[1:])
        assert fall.alert_id != rise.alert_id and fall.title != rise.title
        assert "down" in fall.title and "from $65.1B" in fall.title
        assert (again.alert_id, again.title) == (rise.alert_id, rise.title)

    def test_a_replay_of_each_delivery_raises_its_alert_again_with_the_same_id_and_title(
        self, stories: list[CompanyUpdate]
    ) -> None:
        """A crash replays a delivery against the state before it (its row not written): the same alert, same id."""
        state: CompanyState | None = None
        for update in stories:
            before = state
            state, alerts = apply_update(before, update, RULES, now=NOW)
            _, again = apply_update(before, update, RULES, now=NOW)
            assert [(a.alert_id, a.title) for a in again] == [(a.alert_id, a.title) for a in alerts]
            assert apply_update(state, update, RULES, now=NOW)[1] == []  # replayed after its row was written
