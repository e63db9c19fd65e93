"""Replaying the gold articles through the pipeline's own pure functions, and scoring the alerts it raises.

The articles go through exactly what the Faust agents run, in ``published_at`` order, without Kafka:
:func:`streams.news.agents.process_news` (decode, extract, fan out) for each article, then
:func:`streams.companies.state.apply_update` for each company update against that company's state so
far, which is where alerts are decided. State carries over from article to article, so a cue read in
an early article (Google is the biggest customer) drives an alert in a later one, as in production.
The rules are the packaged defaults: gold alerts are labelled against the documented rules.

Alerts are compared per article by (type, company, counterparty), with the party keys of
:mod:`streams.evaluation.parties`, each gold alert pairing with at most one raised alert.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from schemas.alerts import Alert
from schemas.events import Extraction
from schemas.news import NewsItem
from schemas.state import CompanyState
from streams.companies.rules import AlertRules
from streams.companies.state import apply_update
from streams.config import Settings
from streams.evaluation.figures import PRF, Tally
from streams.evaluation.gold import GoldAlert, GoldItem
from streams.evaluation.parties import company_key, ref_key
from streams.extraction.knowledge_base import KnowledgeBase, load_knowledge_base
from streams.news.agents import process_news
from streams.runtime.decode import RejectedMessage, decode_company_update

AlertKey = tuple[str, str, str | None]


@dataclass(frozen=True)
class Replay:
    """What the pipeline made of each article (by item id): its extraction and the alerts its updates raised."""

    extractions: dict[str, Extraction]
    alerts: dict[str, list[Alert]]
    rejected: dict[str, str]


def news_item(item: GoldItem) -> NewsItem:
    """The article as a crawler would send it: no language, so detection is measured too."""
    return NewsItem(id=item.id, title=item.title, body=item.body, published_at=item.published_at)


def replay(items: Sequence[GoldItem], rules: AlertRules, settings: Settings) -> Replay:
    """Run ``items`` through extraction, fan-out and state/alerting in ``published_at`` order (then id).

    An article the pipeline rejects (it would be dead-lettered) is recorded with its reason and
    contributes nothing. Alerts are stamped ``emitted_at`` = the article's publication time, so a
    replay is deterministic.
    """
    states: dict[str, CompanyState] = {}
    extractions: dict[str, Extraction] = {}
    alerts: dict[str, list[Alert]] = {}
    rejected: dict[str, str] = {}
    for item in sorted(items, key=lambda i: (i.published_at, i.id)):
        try:
            output = process_news(news_item(item).model_dump_json().encode(), settings)
        except RejectedMessage as error:
            rejected[item.id] = str(error)
            continue
        extractions[item.id] = output.extraction
        raised = alerts.setdefault(item.id, [])
        for _key, record in output.updates:
            update = decode_company_update(record)  # the bytes the apply agent would read
            state, new_alerts = apply_update(states.get(update.company.id), update, rules, now=item.published_at)
            states[update.company.id] = state
            raised.extend(new_alerts)
    return Replay(extractions, alerts, rejected)


class AlertScores(BaseModel):
    """Alert figures over the whole replay: micro-averaged and per alert type."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    gold_alerts: int
    raised_alerts: int
    micro: PRF
    by_type: dict[str, PRF]
    missed: list[str]
    spurious: list[str]


def _gold_key(alert: GoldAlert, kb: KnowledgeBase) -> AlertKey:
    counterparty = company_key(alert.counterparty, kb) if alert.counterparty is not None else None
    return (alert.type, company_key(alert.company, kb), counterparty)


def _raised_key(alert: Alert, kb: KnowledgeBase) -> AlertKey:
    counterparty = ref_key(alert.counterparty, kb) if alert.counterparty is not None else None
    return (alert.type, ref_key(alert.company, kb), counterparty)


def _describe(item_id: str, alert_type: str, company: str, counterparty: str | None) -> str:
    return f"{item_id}: {alert_type} {company}" + (f" / {counterparty}" if counterparty else "")


def _unmatched(labelled: list[tuple[AlertKey, str]], excess: Counter[AlertKey]) -> list[str]:
    """The labels of the alerts left over once each key's matched ones are used up (``excess`` per key)."""
    left = Counter(excess)
    out: list[str] = []
    for key, label in labelled:
        if left[key] > 0:
            left[key] -= 1
            out.append(label)
    return out


def score_alerts(
    items: Sequence[GoldItem], raised: Mapping[str, Sequence[Alert]], kb: KnowledgeBase | None = None
) -> AlertScores:
    """Compare each article's gold alerts with the alerts its replay raised."""
    base = kb or load_knowledge_base()
    tally = Tally()
    missed: list[str] = []
    spurious: list[str] = []
    for item in items:
        gold = [(_gold_key(a, base), _describe(item.id, a.type, a.company, a.counterparty)) for a in item.gold_alerts]
        got = [
            (
                _raised_key(a, base),
                _describe(item.id, a.type, a.company.name, a.counterparty.name if a.counterparty else None),
            )
            for a in raised.get(item.id, ())
        ]
        gold_keys, got_keys = Counter(key for key, _ in gold), Counter(key for key, _ in got)
        for key in gold_keys | got_keys:
            tp = min(gold_keys[key], got_keys[key])
            tally.add(key[0], tp=tp, fp=got_keys[key] - tp, fn=gold_keys[key] - tp)
        missed += _unmatched(gold, gold_keys - got_keys)
        spurious += _unmatched(got, got_keys - gold_keys)
    return AlertScores(
        gold_alerts=sum(len(item.gold_alerts) for item in items),
        raised_alerts=sum(len(raised.get(item.id, ())) for item in items),
        micro=tally.micro(),
        by_type=tally.by_key(),
        missed=missed,
        spurious=spurious,
    )
