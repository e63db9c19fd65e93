"""A customer relation told as a standing fact by a major-customer phrase ("X, Y's largest customer").

"Walmart is Procter & Gamble's largest customer", "Dialog, whose biggest customer Apple ...", "Apple, its top
customer, ..." state that X buys from Y today: a ``customer_continue`` between the two, marked major. The phrase is
read as a note by ``rules._customer_notes``; this module turns a note whose two parties are named into the
relation, unless the sentence already tells another customer event of the same pair ("Apple, its biggest
customer, will stop using it" is an end, not a continuation).
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.not_customer import only_could_become

STANDING = "standing"
"""Mark (in ``Candidate.inferred``) of a relation read from a major-customer phrase: the engine drops it when the
article tells another customer event of the same pair, which says more."""

_ITS = re.compile(r"\b(?:its|their|son|sa|leur)[ ](?:[a-zà-ÿ\-]{2,15}[ ]){0,2}$")
"""Right before the cue: a possessive standing for the supplier ("Apple, its largest customer", « son premier »)."""


def standing_relation(
    article: Article,
    sentence: Sentence,
    customer: CompanyMention,
    vendor: CompanyMention | None,
    *,
    cue_start: int,
    found: list[Candidate],
) -> Candidate | None:
    """The ``customer_continue`` a major-customer phrase states between ``customer`` and its supplier, if named.

    The supplier is ``vendor`` (named in the phrase: "Y's", "of Y"), else, for "its largest customer", the
    sentence's first company before the customer (its subject: "Dialog shares fell after Apple, its largest
    customer, ..."). Nothing when either party is unnamed or the sentence reads another customer event of the pair.
    """
    if vendor is None:
        vendor = _possessor_subject(article, sentence, customer, cue_start)
    if vendor is None or only_could_become(article.folded, sentence.start, cue_start):
        return None  # "Y said X could become its largest customer": a possibility, no relation today
    pair = {customer.id, vendor.id}
    if any(c.type.startswith("customer_") and {_id(c.subject), _id(c.object)} == pair for c in found):
        return None
    modality = modality_at(article, sentence, cue_start, future=False)
    return standing_candidate(sentence, customer, vendor, modality, major=True)


def standing_candidate(
    sentence: Sentence,
    customer: CompanyMention,
    supplier: CompanyMention,
    modality: str,
    *,
    major: bool | None = None,
) -> Candidate | None:
    """The ``customer_continue`` marked :data:`STANDING` of two named, distinct parties; None for any other pair.

    Every reader of a relation told as a state (a major-customer phrase, "a supplier to X", "chips used by X")
    builds it here, so the engine can drop it when the article tells another customer event of the pair.
    """
    if customer.id == supplier.id or "unnamed" in (customer.kind, supplier.kind):
        return None
    return Candidate(
        type="customer_continue",
        span=(sentence.start, sentence.end),
        subject=customer,
        object=supplier,
        modality=modality,
        effective_date=event_date(sentence),
        major_customer=major,
        inferred=[STANDING],
    )


def _possessor_subject(
    article: Article, sentence: Sentence, customer: CompanyMention, cue_start: int
) -> CompanyMention | None:
    """The company "its" stands for in "X, its largest customer": the sentence's first company, before X."""
    if _ITS.search(article.folded, max(sentence.start, cue_start - 40), cue_start) is None:
        return None
    first = sentence.companies[0] if sentence.companies else None
    return first if first is not None and first.end <= customer.start else None


def _id(company: CompanyMention | None) -> str | None:
    return company.id if company is not None else None


def without_told_standing(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a standing relation when the article tells another customer event of the same pair.

    "Apple, Imagination's largest customer, ..." beside "Apple will stop using Imagination's chips": the end is the
    news about the pair, the standing relation only its background (its major mark reaches the end as a note).
    """
    told = {
        frozenset((_id(c.subject), _id(c.object)))
        for c in candidates
        if c.type.startswith("customer_") and STANDING not in c.inferred
    }
    return [
        c for c in candidates if STANDING not in c.inferred or frozenset((_id(c.subject), _id(c.object))) not in told
    ]
