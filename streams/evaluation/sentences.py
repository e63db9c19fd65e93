"""Two-party facts read from single labelled sentences: a finer, larger measure than the article gold sets.

Each line of a sentence file is one sentence written in the labeller's own words after a real published one
(same structure: voice, asides, attributions, lists), the organisations it names and every two-party fact it
states (``docs/evaluation.md``, "Sentence sets"). A lone sentence has no title or earlier sentence to lean on,
so its figures sit below an article's; what they show is which structures the readers know, type by type, over
thousands of structures instead of a few hundred articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from schemas.events import EventType
from schemas.news import Language, NewsItem
from streams.evaluation.figures import PRF
from streams.evaluation.gold import GoldModality, gold_files
from streams.evaluation.parties import company_key, ref_key
from streams.evaluation.scoring import same_family
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
"""The fact types with two named companies: the only ones a sentence set labels."""


class _Labelled(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LabelledRelation(_Labelled):
    """A two-party fact, its parties written as in the sentence (customer events: customer -> supplier)."""

    type: EventType
    subject: str
    object: str
    modality: GoldModality = "fact"


class LabelledSentence(_Labelled):
    """One sentence, the organisations it names and the two-party facts it states (pairs not listed: none)."""

    id: str
    lang: Language
    source_url: str | None = None
    text: str
    orgs: list[str]
    relations: list[LabelledRelation]


def read_sentences(paths: Iterable[Path]) -> list[LabelledSentence]:
    """The labelled sentences of the JSON Lines files given (a folder stands for every ``*.jsonl`` under it)."""
    sentences: list[LabelledSentence] = []
    for file in gold_files(paths):
        with file.open(encoding="utf-8") as handle:
            sentences += [LabelledSentence.model_validate_json(line) for line in handle if line.strip()]
    return sentences


Fact = tuple[EventType, str, str]
"""(type, subject key, object key)."""


class Outcome(BaseModel):
    """A labelled fact the extractor missed, or a fact it read that no label states."""

    model_config = ConfigDict(frozen=True)
    kind: str
    sentence_id: str
    type: str
    subject: str
    object: str
    text: str


class SentenceScores(BaseModel):
    """Micro and per-type figures of one sentence set, and every miss and false reading."""

    model_config = ConfigDict(frozen=True)
    sentences: int
    lenient: bool
    micro: PRF
    by_type: dict[str, PRF]
    outcomes: list[Outcome]


def _matches(gold: Fact, read: Fact, lenient: bool) -> bool:
    typed = read[0] == gold[0] or (lenient and same_family(read[0], gold[0]))
    if not typed:
        return False
    if (read[1], read[2]) == (gold[1], gold[2]):
        return True
    return gold[0] == "partnership" and (read[2], read[1]) == (gold[1], gold[2])


def score_sentence(sentence: LabelledSentence, kb: KnowledgeBase, lenient: bool) -> tuple[list[Fact], list[Fact]]:
    """Extract one sentence; return the labelled facts it missed and the facts it read that no label states.

    A partnership matches in either order; the modality is not scored (a denial read as a fact is still read).
    """
    extraction = extract(NewsItem(id=sentence.id, body=sentence.text, language=sentence.lang))
    read: list[Fact] = [
        (event.type, ref_key(event.subject, kb), ref_key(event.object, kb))
        for event in extraction.events
        if event.type in PAIR_TYPES and event.subject is not None and event.object is not None
    ]
    labelled: list[Fact] = [
        (relation.type, company_key(relation.subject, kb), company_key(relation.object, kb))
        for relation in sentence.relations
        if relation.type in PAIR_TYPES
    ]
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
        kind=kind, sentence_id=sentence.id, type=fact[0], subject=fact[1], object=fact[2], text=sentence.text
    )


def score_sentences(sentences: list[LabelledSentence], *, lenient: bool = False) -> SentenceScores:
    """Score every sentence; per type, a miss is a false negative and an unlabelled reading a false positive."""
    kb = load_knowledge_base()
    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    outcomes: list[Outcome] = []
    for sentence in sentences:
        missed, false = score_sentence(sentence, kb, lenient)
        labelled = Counter(relation.type for relation in sentence.relations if relation.type in PAIR_TYPES)
        for kind in labelled:
            missed_of_kind = sum(1 for fact in missed if fact[0] == kind)
            tp[kind] += labelled[kind] - missed_of_kind
            fn[kind] += missed_of_kind
        for fact in false:
            fp[fact[0]] += 1
        outcomes += [_outcome("missed", sentence, fact) for fact in missed]
        outcomes += [_outcome("false", sentence, fact) for fact in false]
    by_type: dict[str, PRF] = {kind: PRF.from_counts(tp=tp[kind], fp=fp[kind], fn=fn[kind]) for kind in PAIR_TYPES}
    micro = PRF.from_counts(tp=sum(tp.values()), fp=sum(fp.values()), fn=sum(fn.values()))
    return SentenceScores(sentences=len(sentences), lenient=lenient, micro=micro, by_type=by_type, outcomes=outcomes)
