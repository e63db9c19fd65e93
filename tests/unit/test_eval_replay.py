"""Alert scoring from a replay of the small gold fixture through the pipeline's own functions (no Kafka).

The replay tests run the live extractor; the scoring tests use ``alerts_small.jsonl``, the alerts that
replay raised when the fixture was written, so the scoring rules are tested on fixed inputs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas.alerts import Alert
from streams.companies.rules import AlertRules, load_rules
from streams.config import Settings
from streams.evaluation.figures import PRF
from streams.evaluation.gold import GoldItem, load_gold
from streams.evaluation.replay import Replay, replay, score_alerts

GOLD_SMALL = Path(__file__).parents[1] / "fixtures" / "eval" / "gold_small.jsonl"
ALERTS_SMALL = GOLD_SMALL.with_name("alerts_small.jsonl")


@pytest.fixture(scope="module")
def items() -> list[GoldItem]:
    return list(load_gold([GOLD_SMALL]).items)


@pytest.fixture(scope="module")
def alert_rules() -> AlertRules:
    return load_rules()


@pytest.fixture(scope="module")
def replayed(items: list[GoldItem], alert_rules: AlertRules) -> Replay:
    return replay(items, alert_rules, Settings())


@pytest.fixture(scope="module")
def frozen_alerts() -> dict[str, list[Alert]]:
    alerts: dict[str, list[Alert]] = {f"ev-{n}": [] for n in range(1, 7)}
    for line in ALERTS_SMALL.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        alerts[record["item_id"]].append(Alert.model_validate(record["alert"]))
    return alerts


def test_every_item_is_extracted_and_its_alerts_kept_by_item(replayed: Replay) -> None:
    """Each item has its extraction; alerts are filed under the item whose update raised them."""
    assert sorted(replayed.extractions) == ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6"]
    assert replayed.rejected == {}
    assert sorted(replayed.alerts) == sorted(replayed.extractions)
    for item_id, alerts in replayed.alerts.items():
        assert all(item_id in alert.source_item_ids for alert in alerts)
    assert any(replayed.alerts.values())


def test_alert_figures(items: list[GoldItem], frozen_alerts: dict[str, list[Alert]]) -> None:
    """5 of 7 gold alerts raised, 1 of 6 raised alerts wrong: the swapped customer in ev-3, the missed event in ev-5."""
    scores = score_alerts(items, frozen_alerts)
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


def test_duplicate_gold_alerts_pair_one_to_one(items: list[GoldItem], frozen_alerts: dict[str, list[Alert]]) -> None:
    """A gold alert listed twice is matched once: the copy counts as missed."""
    ev4 = next(item for item in items if item.id == "ev-4")
    doubled = ev4.model_copy(update={"gold_alerts": ev4.gold_alerts * 2})
    scores = score_alerts([doubled], frozen_alerts)
    assert scores.micro == PRF.from_counts(tp=1, fp=0, fn=1)
    assert scores.missed == ["ev-4: leadership_change Ubisoft"]
