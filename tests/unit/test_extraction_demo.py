"""The bundled demo news (``streams/demo_data/news.jsonl``) gives the facts the demo story relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import DealEvent, Extraction, NewsItem
from streams.extraction import extract

DEMO_PATH = Path(__file__).resolve().parents[2] / "streams" / "demo_data" / "news.jsonl"


@pytest.fixture(scope="module")
def extractions() -> dict[str, Extraction]:
    items = [NewsItem.model_validate(json.loads(line)) for line in DEMO_PATH.read_text(encoding="utf-8").splitlines()]
    return {item.url.rsplit("/", 1)[-1]: extract(item) for item in items if item.url}


def _events(extraction: Extraction, event_type: str) -> list[DealEvent]:
    return [event for event in extraction.events if event.type == event_type]


def _only(extraction: Extraction, event_type: str) -> DealEvent:
    (event,) = _events(extraction, event_type)
    return event


def _ids(event: DealEvent) -> tuple[str | None, str | None]:
    return (event.subject.id if event.subject else None, event.object.id if event.object else None)


class TestDemoNews:
    """Each demo article, read by the engine, states what the demo shows."""

    def test_funding_round_is_one_investment_by_its_lead_investor(self, extractions):
        """ "Scale AI raises $1 billion" and "... in a round led by Accel" are one investment, by Accel."""
        funding = extractions["scale-ai-funding-round"]
        with_amount = [event for event in _events(funding, "investment") if event.amount is not None]
        assert len(with_amount) == 1
        (round_,) = with_amount
        assert _ids(round_) == ("accel", "scale-ai")
        assert round_.amount.value == pytest.approx(1e9)
        assert round_.valuation is not None and round_.valuation.value == pytest.approx(13.8e9)
        assert all(event.subject is not None for event in funding.events)

    def test_funding_round_values_scale_ai(self, extractions):
        """ "The financing values Scale AI at $13.8 billion" is a valuation of Scale AI."""
        valuation = _only(extractions["scale-ai-funding-round"], "valuation")
        assert _ids(valuation) == ("scale-ai", None)
        assert valuation.valuation.value == pytest.approx(13.8e9) and valuation.valuation.currency == "USD"

    def test_co_investors_take_part_without_an_amount(self, extractions):
        """Amazon and Meta, who "also took part in the round", invest in Scale AI, amount unstated."""
        investments = _events(extractions["scale-ai-funding-round"], "investment")
        co_investors = {_ids(event) for event in investments if event.amount is None}
        assert co_investors == {("amazon", "scale-ai"), ("meta", "scale-ai")}

    def test_biggest_customer_renews_for_about_150_million_a_year(self, extractions):
        """Google renews with Scale AI; the next sentence makes it the largest customer at ~$150M a year."""
        renewal = _only(extractions["google-scale-ai-biggest-customer"], "customer_continue")
        assert _ids(renewal) == ("google", "scale-ai")
        assert renewal.major_customer is True
        assert renewal.amount is not None and renewal.amount.value == pytest.approx(150e6)
        assert renewal.amount.qualifier == "about" and renewal.amount.currency == "USD"

    def test_french_valuation_of_the_start_up_is_the_target_s(self, extractions):
        """ "L'opération valorise la start-up à 29 milliards" values Scale AI, not its buyer Meta."""
        deal = extractions["meta-scale-ai-49-pour-cent"]
        valuation = _only(deal, "valuation")
        assert _ids(valuation) == ("scale-ai", None)
        assert valuation.valuation.value == pytest.approx(29e9)
        stake = _only(deal, "stake")
        assert _ids(stake) == ("meta", "scale-ai") and stake.stake_pct == 49
        assert stake.valuation is not None and stake.valuation.value == pytest.approx(29e9)

    def test_french_revenue_target_is_a_forecast(self, extractions):
        """$870M in 2024 is a fact; "vise plus de 2 milliards de dollars en 2025" is a forecast."""
        revenues = {event.period: event for event in _events(extractions["meta-scale-ai-49-pour-cent"], "revenue")}
        assert set(revenues) == {"2024", "2025"}
        assert revenues["2024"].modality == "fact" and revenues["2024"].amount.value == pytest.approx(870e6)
        assert revenues["2025"].modality == "forecast" and revenues["2025"].amount.value == pytest.approx(2e9)
        assert revenues["2025"].amount.qualifier == "more_than"

    def test_english_deal_values_the_data_labelling_company(self, extractions):
        """ "a deal that values the data-labelling company at $29 billion" values the target, Scale AI."""
        deal = extractions["meta-scale-ai-deal"]
        assert _ids(_only(deal, "valuation")) == ("scale-ai", None)
        stake = _only(deal, "stake")
        assert _ids(stake) == ("meta", "scale-ai")
        assert stake.amount.value == pytest.approx(14.3e9) and stake.stake_pct == 49
        assert stake.valuation is not None and stake.valuation.value == pytest.approx(29e9)

    def test_new_ceo_replaces_the_founder(self, extractions):
        """Jason Droege becomes CEO of Scale AI in place of Alexandr Wang."""
        change = _only(extractions["scale-ai-new-ceo"], "leadership_change")
        assert _ids(change) == ("scale-ai", None)
        assert (change.person, change.role, change.previous_person) == ("Jason Droege", "CEO", "Alexandr Wang")

    def test_largest_customer_plans_to_leave_for_about_200_million(self, extractions):
        """ "prévoit de rompre ses liens" is a plan; "Le groupe devait verser environ 200 millions" is Google's."""
        (loss,) = extractions["google-rompt-avec-scale-ai"].events
        assert (loss.type, *_ids(loss)) == ("customer_end", "google", "scale-ai")
        assert loss.modality == "plan"
        assert loss.major_customer is True
        assert loss.amount is not None and loss.amount.value == pytest.approx(200e6)
        assert loss.amount.qualifier == "about"

    def test_customers_start_and_stay(self, extractions):
        """OpenAI becomes a customer of Scale AI, then keeps working with it after the Meta deal."""
        assert [(e.type, *_ids(e)) for e in extractions["openai-client-scale-ai"].events] == [
            ("customer_start", "openai", "scale-ai")
        ]
        assert [(e.type, *_ids(e), e.modality) for e in extractions["openai-stays-with-scale-ai"].events] == [
            ("customer_continue", "openai", "scale-ai", "fact")
        ]
