"""Alert scoring from a replay of the small gold fixture through the pipeline's own functions (no Kafka)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.companies.rules import AlertRules, load_rules
from streams.config import Settings
from streams.evaluation.figures import PRF
from streams.evaluation.gold import GoldItem, load_gold
from streams.evaluation.replay import Replay, replay, score_alerts

GOLD_SMALL = Path(__file__).parents[1] / "fixtures" / "eval" / "gold_small.jsonl"


@pytest.fixture(scope="module")
def items() -> list[GoldItem]:
    return list(load_gold([GOLD_SMALL]).items)


@pytest.fixture(scope="module")
def alert_rules() -> AlertRules:
    return load_rules()


@pytest.fixture(scope="module")
def replayed(items: list[GoldItem], alert_rules: AlertRules) -> Replay:
    return replay(items, alert_rules, Settings())


def test_every_item_is_extracted_and_its_alerts_kept_by_item(replayed: Replay) -> None:
    """Each item has its extraction; alerts are filed under the item whose update raised them."""
    assert sorted(replayed.extractions) == ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6"]
    assert replayed.rejected == {}
    raised = {item_id: sorted(a.type for a in alerts) for item_id, alerts in replayed.alerts.items()}
    assert raised == {
        "ev-1": ["acquisition"],
        "ev-2": ["acquisition"],
        "ev-3": ["major_customer_loss"],
        "ev-4": ["leadership_change"],
        "ev-5": ["major_customer_loss"],
        "ev-6": ["valuation_change"],
    }


def test_alert_figures(items: list[GoldItem], replayed: Replay) -> None:
    """5 of 7 gold alerts raised, 1 of 6 raised alerts wrong: the swapped customer in ev-3, the missed event in ev-5."""
    scores = score_alerts(items, replayed.alerts)
    assert (scores.gold_alerts, scores.raised_alerts) == (7, 6)
    assert scores.micro == PRF.from_counts(tp=5, fp=1, fn=2)
    assert scores.by_type == {
        "acquisition": PRF.from_counts(tp=2, fp=0, fn=0),
        "customer_at_risk": PRF.from_counts(tp=0, fp=0, fn=1),
        "leadership_change": PRF.from_counts(tp=1, fp=0, fn=0),
        "major_customer_loss": PRF.from_counts(tp=1, fp=1, fn=1),
        "valuation_change": PRF.from_counts(tp=1, fp=0, fn=0),
    }
    assert scores.missed == [
        "ev-3: major_customer_loss Atos / Orange",
        "ev-5: customer_at_risk Capgemini / Airbus",
    ]
    assert scores.spurious == ["ev-3: major_customer_loss Orange / Atos"]


def test_state_carries_from_earlier_items(items: list[GoldItem], alert_rules: AlertRules) -> None:
    """ev-6's valuation change needs ev-1's earlier valuation: replayed alone, it raises nothing."""
    alone = [item for item in items if item.id == "ev-6"]
    assert replay(alone, alert_rules, Settings()).alerts == {"ev-6": []}


def test_replay_follows_published_at_not_file_order(items: list[GoldItem], alert_rules: AlertRules) -> None:
    """Items given newest first are still replayed oldest first: same alerts, same ids."""
    forward = replay(items, alert_rules, Settings()).alerts
    backward = replay(list(reversed(items)), alert_rules, Settings()).alerts
    assert {k: [a.alert_id for a in v] for k, v in backward.items()} == {
        k: [a.alert_id for a in v] for k, v in forward.items()
    }


def test_an_item_the_pipeline_rejects_is_recorded(items: list[GoldItem], alert_rules: AlertRules) -> None:
    """An item too large for the news topic is recorded as rejected with the dead-letter reason."""
    large = items[0].model_copy(update={"body": items[0].body + " More." * 2_000})
    result = replay([large], alert_rules, Settings(max_message_bytes=10_000))
    assert result.extractions == {}
    assert result.rejected["ev-1"].startswith("decode: MessageTooLarge")


def test_duplicate_gold_alerts_pair_one_to_one(items: list[GoldItem], replayed: Replay) -> None:
    """A gold alert listed twice is matched once: the copy counts as missed."""
    ev4 = next(item for item in items if item.id == "ev-4")
    doubled = ev4.model_copy(update={"gold_alerts": ev4.gold_alerts * 2})
    scores = score_alerts([doubled], replayed.alerts)
    assert scores.micro == PRF.from_counts(tp=1, fp=0, fn=1)
    assert scores.missed == ["ev-4: leadership_change Ubisoft"]
