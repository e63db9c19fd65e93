"""Facts read from single labelled sentences: a finer, larger measure than the article gold sets.

Each line of a sentence file is one sentence written in the labeller's own words after a real published one
(same structure: voice, asides, attributions, lists), the organisations it names and every fact of its kind of
set it states (``docs/evaluation.md``, "Sentence sets"): two-party facts, or leadership changes. A lone sentence
has no title or earlier sentence to lean on, so its figures sit below an article's; what they show is which
structures the readers know, type by type, over thousands of structures instead of a few hundred articles.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Literal, NamedTuple, Self

from pydantic import BaseModel, ConfigDict, model_validator

from schemas.events import DealEvent, EventType
from schemas.news import Language, NewsItem
from streams.evaluation.figures import PRF
from streams.evaluation.gold import GoldModality, GoldMoney, gold_files
from streams.evaluation.parties import company_key, ref_key, same_person
from streams.evaluation.scoring import AMOUNT_TOLERANCE, same_family
from streams.extraction.engine import extract
from streams.extraction.knowledge_base import KnowledgeBase, load_knowledge_base

PAIR_TYPES: tuple[EventType, ...] = (
    "acquisition",
    "stake",
    "investment",
    "customer_start",
    "customer_continue",
    "customer_end",
    "customer_at_risk",
    "partnership",
)
"""The fact types with two named companies: the ones a two-party sentence set labels."""

LabelledKind = Literal["pairs", "leadership", "revenue"]
"""What a sentence's relations list in full: its two-party facts, its leadership changes or its revenue figures."""

SCORED_TYPES: dict[LabelledKind, tuple[EventType, ...]] = {
    "pairs": PAIR_TYPES,
    "leadership": ("leadership_change",),
    "revenue": ("revenue",),
}


class _Labelled(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LabelledRelation(_Labelled):
    """A fact, its parties written as in the sentence.

    Two-party facts name ``object`` (customer events: customer -> supplier); a leadership change names no object
    but the company (``subject``), the incoming ``person`` (None when the sentence only says someone leaves), the
    ``previous_person`` leaving (None when unnamed: "announced the retirement of its chief executive") and the
    normalised ``role``; a revenue figure names the company (``subject``), its ``amount`` and ``period``.
    """

    type: EventType
    subject: str
    object: str | None = None
    person: str | None = None
    previous_person: str | None = None
    role: str | None = None
    amount: GoldMoney | None = None
    period: str | None = None
    modality: GoldModality = "fact"

    @model_validator(mode="after")
    def _parties_fit_the_type(self) -> Self:
        people = self.person is not None or self.previous_person is not None
        if self.type == "leadership_change":
            if self.object is not None:
                raise ValueError("a leadership change names its people in person and previous_person, no object")
        elif self.type == "revenue":
            if self.amount is None or self.object is not None or people:
                raise ValueError("a revenue figure names its amount, no object and no person")
        elif self.object is None or people:
            raise ValueError(f"a {self.type} fact names an object and no person")
        return self


class LabelledSentence(_Labelled):
    """One sentence, the organisations (and people) it names and the facts of its kind it states.

    ``labels`` says which facts ``relations`` lists in full ("pairs": two-party facts; "leadership": leadership
    changes; "revenue": revenue figures); only those types are scored on it, as a fact not listed is "no fact".
    """

    id: str
    lang: Language
    source_url: str | None = None
    labels: LabelledKind = "pairs"
    text: str
    orgs: list[str]
    people: list[str] = []
    relations: list[LabelledRelation]

    @model_validator(mode="after")
    def _relations_fit_the_labels(self) -> Self:
        if any(relation.type not in SCORED_TYPES[self.labels] for relation in self.relations):
            raise ValueError(f"a sentence labelled {self.labels!r} lists only {', '.join(SCORED_TYPES[self.labels])}")
        return self


def read_sentences(paths: Iterable[Path]) -> list[LabelledSentence]:
    """The labelled sentences of the JSON Lines files given (a folder stands for every ``*.jsonl`` under it)."""
    sentences: list[LabelledSentence] = []
    for file in gold_files(paths):
        with file.open(encoding="utf-8") as handle:
            sentences += [LabelledSentence.model_validate_json(line) for line in handle if line.strip()]
    return sentences


class Fact(NamedTuple):
    """A fact reduced to what is scored: its type, subject key and second party, or its amount for revenue."""

    type: EventType
    subject: str
    second: str | None
    """The object's key; a leadership change's incoming person; None for revenue."""
    amount: tuple[str, float] | None = None
    """A revenue figure's currency and value."""

    def shown(self) -> str | None:
        """The second party or the amount, as an outcome line shows it."""
        return f"{self.amount[0]} {self.amount[1]:,.0f}" if self.amount is not None else self.second


class Outcome(BaseModel):
    """A labelled fact the extractor missed, or a fact it read that no label states."""

    model_config = ConfigDict(frozen=True)
    kind: str
    sentence_id: str
    type: str
    subject: str
    object: str | None
    text: str


class SentenceScores(BaseModel):
    """Micro and per-type figures of one sentence set, and every miss and false reading."""

    model_config = ConfigDict(frozen=True)
    sentences: int
    lenient: bool
    types: list[EventType]
    micro: PRF
    by_type: dict[str, PRF]
    outcomes: list[Outcome]


def _matches(gold: Fact, read: Fact, lenient: bool) -> bool:
    typed = read.type == gold.type or (lenient and same_family(read.type, gold.type))
    if not typed:
        return False
    if gold.type == "leadership_change":
        return read.subject == gold.subject and same_person(gold.second, read.second)
    if gold.type == "revenue":
        return read.subject == gold.subject and _same_amount(gold.amount, read.amount)
    if (read.subject, read.second) == (gold.subject, gold.second):
        return True
    return gold.type == "partnership" and (read.second, read.subject) == (gold.subject, gold.second)


def _same_amount(gold: tuple[str, float] | None, read: tuple[str, float] | None) -> bool:
    if gold is None or read is None or gold[0] != read[0]:
        return False
    return math.isclose(gold[1], read[1], rel_tol=AMOUNT_TOLERANCE)


def _read(event: DealEvent, kb: KnowledgeBase) -> Fact | None:
    """The fact an event states, or None when it leaves a party the set labels unnamed."""
    if event.subject is None:
        return None
    subject = ref_key(event.subject, kb)
    if event.type == "leadership_change":
        return Fact(event.type, subject, event.person)
    if event.type == "revenue":
        money = event.amount
        return Fact(event.type, subject, None, (money.currency, money.value) if money is not None else None)
    if event.object is None:
        return None
    return Fact(event.type, subject, ref_key(event.object, kb))


def _labelled(relation: LabelledRelation, kb: KnowledgeBase) -> Fact:
    subject = company_key(relation.subject, kb)
    if relation.type == "revenue" and relation.amount is not None:
        return Fact(relation.type, subject, None, (relation.amount.currency, relation.amount.value))
    if relation.object is None:
        return Fact(relation.type, subject, relation.person)
    return Fact(relation.type, subject, company_key(relation.object, kb))


def score_sentence(sentence: LabelledSentence, kb: KnowledgeBase, lenient: bool) -> tuple[list[Fact], list[Fact]]:
    """Extract one sentence; return the labelled facts it missed and the facts it read that no label states.

    Only the types the sentence labels are read. A partnership matches in either order; a leadership change
    matches on the company and the incoming person (None for a departure alone), as in the article scoring; a
    revenue figure on the company and the amount (same currency, within the article scoring's tolerance: two
    figures of one company in a sentence are two facts). The modality and period are not scored (a denial read as
    a fact is still read).
    """
    scored = SCORED_TYPES[sentence.labels]
    extraction = extract(NewsItem(id=sentence.id, body=sentence.text, language=sentence.lang))
    read = [fact for event in extraction.events if event.type in scored and (fact := _read(event, kb)) is not None]
    labelled = [_labelled(relation, kb) for relation in sentence.relations]
    missed: list[Fact] = []
    for gold in labelled:
        hit = next((index for index, fact in enumerate(read) if _matches(gold, fact, lenient)), None)
        if hit is None:
            missed.append(gold)
        else:
            read.pop(hit)
    return missed, read


def _outcome(kind: str, sentence: LabelledSentence, fact: Fact) -> Outcome:
    return Outcome(
        kind=kind,
        sentence_id=sentence.id,
        type=fact.type,
        subject=fact.subject,
        object=fact.shown(),
        text=sentence.text,
    )


def score_sentences(sentences: list[LabelledSentence], *, lenient: bool = False) -> SentenceScores:
    """Score every sentence; per type, a miss is a false negative and an unlabelled reading a false positive.

    The figures cover the types the set's sentences label (two-party types, leadership, or both).
    """
    kb = load_knowledge_base()
    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    outcomes: list[Outcome] = []
    for sentence in sentences:
        missed, false = score_sentence(sentence, kb, lenient)
        labelled = Counter(relation.type for relation in sentence.relations)
        for kind in labelled:
            missed_of_kind = sum(1 for fact in missed if fact.type == kind)
            tp[kind] += labelled[kind] - missed_of_kind
            fn[kind] += missed_of_kind
        for fact in false:
            fp[fact.type] += 1
        outcomes += [_outcome("missed", sentence, fact) for fact in missed]
        outcomes += [_outcome("false", sentence, fact) for fact in false]
    kinds = {sentence.labels for sentence in sentences}
    types = [kind for labels, scored in SCORED_TYPES.items() if labels in kinds for kind in scored]
    by_type: dict[str, PRF] = {kind: PRF.from_counts(tp=tp[kind], fp=fp[kind], fn=fn[kind]) for kind in types}
    micro = PRF.from_counts(tp=sum(tp.values()), fp=sum(fp.values()), fn=sum(fn.values()))
    return SentenceScores(
        sentences=len(sentences), lenient=lenient, types=types, micro=micro, by_type=by_type, outcomes=outcomes
    )
