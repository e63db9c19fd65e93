"""Scoring extracted deal events against gold events, article by article. Pure: no I/O.

Within one article each gold event is paired with at most one extracted event and the other way
round, greedily, best candidates first (same type before same family, then the most attributes in
agreement). Two events can pair when both parties match (:mod:`streams.evaluation.parties`; for a
``leadership_change`` the second party is the incoming person) and:

* **strict**: the types are the same;
* **lenient**: the types are in the same family: ``acquisition``/``stake`` (buying into a company)
  and ``investment``/``valuation`` (a funding round and the price it sets); any other type only
  matches itself.

A swapped subject and object never matches. A matched pair counts as a true positive under the
gold event's type, an unmatched gold event as a false negative under its type, an unmatched
extracted event as a false positive under its own type. Amounts, valuations, stake percentages,
modality, role and previous holder are checked on the lenient pairs where the gold event states them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from schemas.events import CompanyRef, DealEvent, EventType, Extraction, Money
from streams.evaluation.figures import PRF, Accuracy, Tally
from streams.evaluation.gold import GoldEvent, GoldItem, GoldMoney
from streams.evaluation.parties import company_key, ref_key, same_company, same_person
from streams.extraction.knowledge_base import KnowledgeBase, load_knowledge_base

Mode = Literal["strict", "lenient"]

FAMILIES: dict[EventType, str] = {
    "acquisition": "acquisition~stake",
    "stake": "acquisition~stake",
    "investment": "investment~valuation",
    "valuation": "investment~valuation",
}
ATTRIBUTES = ("amount", "valuation", "stake_pct", "modality", "role", "previous_person")
"""What is checked on matched pairs, each only where the gold event states it."""
AMOUNT_TOLERANCE = 0.01
"""An extracted amount is right within 1 % of the gold value, in the same currency."""
STAKE_TOLERANCE = 0.01
"""An extracted stake is right within a hundredth of a percentage point."""


def same_family(left: EventType, right: EventType) -> bool:
    """True when the two types count as the same fact in lenient scoring."""
    return left == right or FAMILIES.get(left, left) == FAMILIES.get(right, right)


def parties_match(gold: GoldEvent, event: DealEvent, kb: KnowledgeBase) -> bool:
    """Both parties match: subject and object, or subject and incoming person for a leadership change.

    An investment read as a valuation or the other way round (lenient only) has one party in common,
    the company valued: the valuation's subject, the investment's object.
    """
    if gold.type != event.type and {gold.type, event.type} == {"investment", "valuation"}:
        gold_valued = gold.subject if gold.type == "valuation" else gold.object
        extracted_valued = event.subject if event.type == "valuation" else event.object
        return same_company(gold_valued, extracted_valued, kb)
    if not same_company(gold.subject, event.subject, kb):
        return False
    if gold.type == "leadership_change":
        return same_person(gold.person, event.person)
    return same_company(gold.object, event.object, kb)


def money_right(gold: GoldMoney, extracted: Money | None) -> bool:
    """Same currency and within :data:`AMOUNT_TOLERANCE` of the gold value."""
    if extracted is None or extracted.currency != gold.currency:
        return False
    return math.isclose(extracted.value, gold.value, rel_tol=AMOUNT_TOLERANCE, abs_tol=0.0)


def _valuation(event: DealEvent) -> Money | None:
    # A valuation event may carry its figure as its amount, as the alert rules read it.
    return event.valuation or (event.amount if event.type == "valuation" else None)


def _checks(gold: GoldEvent, event: DealEvent) -> dict[str, bool]:
    """The attribute checks a pair takes part in: only those the gold event states."""
    checks: dict[str, bool] = {}
    if gold.amount is not None:
        checks["amount"] = money_right(gold.amount, event.amount)
    if gold.valuation is not None:
        checks["valuation"] = money_right(gold.valuation, _valuation(event))
    if gold.stake_pct is not None:
        stake = event.stake_pct
        checks["stake_pct"] = stake is not None and math.isclose(stake, gold.stake_pct, abs_tol=STAKE_TOLERANCE)
    if gold.modality is not None:
        checks["modality"] = event.modality == gold.modality
    if gold.role is not None:
        checks["role"] = event.role is not None and event.role.casefold() == gold.role.casefold()
    if gold.previous_person is not None:
        checks["previous_person"] = same_person(gold.previous_person, event.previous_person)
    return checks


def match_events(
    gold: Sequence[GoldEvent], extracted: Sequence[DealEvent], mode: Mode, kb: KnowledgeBase | None = None
) -> list[tuple[int, int]]:
    """Pair gold and extracted events of one article one-to-one; return ``(gold index, extracted index)`` pairs."""
    base = kb or load_knowledge_base()
    candidates: list[tuple[int, int, int, int]] = []
    for g, gold_event in enumerate(gold):
        for e, event in enumerate(extracted):
            typed = gold_event.type == event.type
            if (typed or (mode == "lenient" and same_family(gold_event.type, event.type))) and parties_match(
                gold_event, event, base
            ):
                agreeing = sum(_checks(gold_event, event).values())
                candidates.append((-typed, -agreeing, g, e))
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_extracted: set[int] = set()
    for *_, g, e in sorted(candidates):
        if g not in used_gold and e not in used_extracted:
            used_gold.add(g)
            used_extracted.add(e)
            pairs.append((g, e))
    return sorted(pairs)


class _Scores(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ModeScores(_Scores):
    """Figures of one matching mode: over all types (micro-averaged) and per type."""

    micro: PRF
    by_type: dict[str, PRF]


class LanguageScores(_Scores):
    """How the articles of one language (the gold label) fared."""

    items: int
    detected: int
    gold_events: int
    extracted_events: int
    strict: PRF
    lenient: PRF


class ItemScores(_Scores):
    """One article's outcome, to find what to look at: what was missed or invented under strict matching."""

    item_id: str
    language: str
    detected_language: str | None
    strict: PRF
    lenient: PRF
    missed: list[str]
    spurious: list[str]


MissCause = Literal["party not recognised", "parties recognised", "no named party"]
"""Why a gold event was missed (lenient), as far as the article's entities tell: a party the extractor never
recognised anywhere in the article (company recognition), or every named party recognised (the phrasing)."""


class EventScores(_Scores):
    """Everything the event comparison measured."""

    items: int
    gold_events: int
    extracted_events: int
    extracted_by_type: dict[str, int]
    gold_by_type: dict[str, int]
    strict: ModeScores
    lenient: ModeScores
    attributes: dict[str, Accuracy]
    by_language: dict[str, LanguageScores]
    missed_by_cause: dict[MissCause, int]
    per_item: list[ItemScores]


def _recognised(extraction: Extraction | None, kb: KnowledgeBase) -> set[str]:
    """The comparison keys of the companies the extractor recognised anywhere in the article."""
    if extraction is None:
        return set()
    return {ref_key(CompanyRef(id=e.id, name=e.name), kb) for e in extraction.entities if e.type == "company"}


def miss_cause(event: GoldEvent, recognised: set[str], kb: KnowledgeBase) -> MissCause:
    """Why ``event`` may have been missed: a named party the article's entities lack, or none lacking."""
    named = [name for name in (event.subject, event.object) if name]
    if not named:
        return "no named party"
    if all(company_key(name, kb) in recognised for name in named):
        return "parties recognised"
    return "party not recognised"


def _describe(event_type: str, subject: str | None, second: str | None) -> str:
    return f"{event_type} {subject or '(unnamed)'} -> {second or '(unnamed)'}"


def _gold_text(event: GoldEvent) -> str:
    return _describe(event.type, event.subject, event.person if event.type == "leadership_change" else event.object)


def _extracted_text(event: DealEvent) -> str:
    second = event.person if event.type == "leadership_change" else (event.object.name if event.object else None)
    return _describe(event.type, event.subject.name if event.subject else None, second)


@dataclass
class _LanguageCount:
    items: int = 0
    detected: int = 0
    gold_events: int = 0
    extracted_events: int = 0


class _ModeTallies:
    """Per-type and per-language counts of one matching mode; :meth:`add` also returns the item's own figures."""

    def __init__(self) -> None:
        self.by_type = Tally()
        self.by_language = Tally()

    def add(self, item: GoldItem, events: Sequence[DealEvent], pairs: list[tuple[int, int]]) -> PRF:
        matched_gold = {g for g, _ in pairs}
        matched_extracted = {e for _, e in pairs}
        for g, gold_event in enumerate(item.gold_events):
            self.by_type.add(gold_event.type, tp=g in matched_gold, fn=g not in matched_gold)
        for e, event in enumerate(events):
            if e not in matched_extracted:
                self.by_type.add(event.type, fp=1)
        tp = len(pairs)
        fp, fn = len(events) - tp, len(item.gold_events) - tp
        self.by_language.add(item.language, tp=tp, fp=fp, fn=fn)
        return PRF.from_counts(tp, fp, fn)

    def scores(self) -> ModeScores:
        return ModeScores(micro=self.by_type.micro(), by_type=self.by_type.by_key())


def score_events(
    items: Sequence[GoldItem], extractions: Mapping[str, Extraction], kb: KnowledgeBase | None = None
) -> EventScores:
    """Compare each item's gold events with its extraction (an item without one extracted nothing)."""
    base = kb or load_knowledge_base()
    modes: dict[Mode, _ModeTallies] = {"strict": _ModeTallies(), "lenient": _ModeTallies()}
    checked: dict[str, list[bool]] = {name: [] for name in ATTRIBUTES}
    extracted_by_type: Counter[str] = Counter()
    gold_by_type: Counter[str] = Counter()
    languages: dict[str, _LanguageCount] = {}
    per_item: list[ItemScores] = []
    missed_by_cause: Counter[MissCause] = Counter()
    for item in items:
        extraction = extractions.get(item.id)
        events = extraction.events if extraction is not None else ()
        extracted_by_type.update(event.type for event in events)
        gold_by_type.update(event.type for event in item.gold_events)
        detected = extraction.language if extraction is not None else None
        count = languages.setdefault(item.language, _LanguageCount())
        count.items += 1
        count.detected += detected == item.language
        count.gold_events += len(item.gold_events)
        count.extracted_events += len(events)
        strict_pairs = match_events(item.gold_events, events, "strict", base)
        lenient_pairs = match_events(item.gold_events, events, "lenient", base)
        for g, e in lenient_pairs:
            for name, right in _checks(item.gold_events[g], events[e]).items():
                checked[name].append(right)
        lenient_gold = {g for g, _ in lenient_pairs}
        recognised = _recognised(extraction, base)
        missed_by_cause.update(
            miss_cause(event, recognised, base) for g, event in enumerate(item.gold_events) if g not in lenient_gold
        )
        strict_gold = {g for g, _ in strict_pairs}
        strict_extracted = {e for _, e in strict_pairs}
        per_item.append(
            ItemScores(
                item_id=item.id,
                language=item.language,
                detected_language=detected,
                strict=modes["strict"].add(item, events, strict_pairs),
                lenient=modes["lenient"].add(item, events, lenient_pairs),
                missed=[_gold_text(ev) for g, ev in enumerate(item.gold_events) if g not in strict_gold],
                spurious=[_extracted_text(ev) for e, ev in enumerate(events) if e not in strict_extracted],
            )
        )
    strict_by_language = modes["strict"].by_language.by_key()
    lenient_by_language = modes["lenient"].by_language.by_key()
    return EventScores(
        items=len(items),
        gold_events=gold_by_type.total(),
        extracted_events=extracted_by_type.total(),
        extracted_by_type=dict(sorted(extracted_by_type.items())),
        gold_by_type=dict(sorted(gold_by_type.items())),
        strict=modes["strict"].scores(),
        lenient=modes["lenient"].scores(),
        attributes={name: Accuracy.from_counts(sum(rights), len(rights)) for name, rights in checked.items()},
        by_language={
            language: LanguageScores(
                items=count.items,
                detected=count.detected,
                gold_events=count.gold_events,
                extracted_events=count.extracted_events,
                strict=strict_by_language[language],
                lenient=lenient_by_language[language],
            )
            for language, count in sorted(languages.items())
        },
        missed_by_cause=dict(sorted(missed_by_cause.items())),
        per_item=per_item,
    )
