"""A company described as another's supplier by a noun phrase: a standing ``customer_continue``.

"Courtaulds, one of the largest suppliers to M&S, ...", "TSMC, a major chip supplier to Apple, ...", "CATL is also a
battery supplier to Nio", "Dewhirst and Courtaulds, two of Marks & Spencer's biggest suppliers", "Dialog, another
Apple supplier, ...", "Apple suppliers Pegatron and Catcher Technology fell ...". The cue is the noun "supplier(s)"
(`customer_continue`, frame `supplier_noun`); the companies around it are read by the shape of the phrase. A
list of suppliers before the phrase ("A and B, two of X's suppliers") gives one relation per supplier.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.standing_supply import STANDING

_LEAD = (
    r"(?:,[ ]|[ ](?:is|was|are|were|remains|remained|has[ ]been|had[ ]been|has[ ]long[ ]been|becomes|became)"
    r"(?:[ ](?:also|still|already|now|long))?[ ])"
    r"(?:(?:one|two|three|four|several|some|many|both|all)[ ]of[ ](?:the[ ]|its[ ]|their[ ])?"
    r"|(?:a|an|the|another|its|their)[ ])?"
)
"""Between the supplier and the phrase: an apposition's comma or a copula, then a quantity or an article."""
_BEFORE_TO = re.compile(_LEAD + r"(?:[a-z\-]+[ ]){0,3}$")
"""Supplier, then the adjectives of "suppliers to Y" ("TSMC, a major chip " supplier to Apple)."""
_BEFORE_POSSESSOR = re.compile(_LEAD + r"(?:[a-z\-]+[ ]){0,2}$")
"""Supplier, then the quantity before its customer's name ("A and B, two of " X's, "Y, another important " X supplier)."""
_TO = re.compile(r"[ ](?:to|for|of)[ ]")
"""After the noun, the customer's preposition ("supplier to Apple", "supplier for BMW", "a key supplier of Apple")."""
_POSSESSIVE_AFTER = re.compile(r"(?:'s|')[ ](?:[a-z\-]+[ ]){0,3}|[ ]")
"""Between the customer and the noun: "Marks & Spencer's biggest " suppliers; a known name right before it: "Apple "
supplier."""
_FORMER = re.compile(r"\b(?:former|ex|previous|one-time|onetime|erstwhile)\b")
"""A supplier of the past: no standing relation ("its former supplier Prevent")."""
_LIST_GAP = re.compile(r"(?:,[ ]|,?[ ]and[ ])")
"""Between two members of a list of companies."""
_ATTRIBUTIVE_AFTER = re.compile(r"[ ]")
"""Between the noun and the first supplier it names: "Apple suppliers Pegatron and ...", "Apple supplier Foxconn"."""


def supplier_noun(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The standing relations a supplier noun phrase states, one per supplier it describes."""
    folded = article.folded
    to = _TO.match(folded, cue.end)
    if to is not None:
        customer = next((c for c in sentence.companies if c.start == to.end()), None)
        lead = _BEFORE_TO.search(folded, sentence.start, cue.start)
        if lead is not None and _FORMER.search(lead.group()):
            return []
        suppliers = _list_ending_at(folded, sentence, lead.start()) if customer is not None and lead is not None else []
        return _relations(article, sentence, cue, customer, suppliers)
    customer = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    gap = _POSSESSIVE_AFTER.fullmatch(folded, customer.end, cue.start) if customer is not None else None
    if customer is None or gap is None or _FORMER.search(gap.group()) or (gap.group() == " " and not customer.known):
        return []
    lead = _BEFORE_POSSESSOR.search(folded, sentence.start, customer.start)
    if lead is not None:
        return _relations(article, sentence, cue, customer, _list_ending_at(folded, sentence, lead.start()))
    if _ATTRIBUTIVE_AFTER.match(folded, cue.end):
        return _relations(article, sentence, cue, customer, _list_starting_at(folded, sentence, cue.end + 1))
    return []


def _relations(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    customer: CompanyMention | None,
    suppliers: list[CompanyMention],
) -> list[Candidate]:
    """One ``customer_continue`` per supplier of ``customer``, with the wording's modality before the noun."""
    if customer is None or customer.kind == "unnamed":
        return []
    modality = modality_at(article, sentence, cue.start, future=False)
    return [
        Candidate(
            type="customer_continue",
            span=(sentence.start, sentence.end),
            subject=customer,
            object=supplier,
            modality=modality,
            effective_date=event_date(sentence),
            inferred=[STANDING],  # background: another customer event of the pair in the article says more
        )
        for supplier in suppliers
        if supplier.id != customer.id and supplier.kind != "unnamed"
    ]


def _list_ending_at(folded: str, sentence: Sentence, end: int) -> list[CompanyMention]:
    """The companies of a list whose last member ends at ``end`` ("Dewhirst and Courtaulds" before ", two of")."""
    before = [c for c in sentence.companies if c.end <= end]
    if not before or before[-1].end != end:
        return []
    members = [before[-1]]
    for company in reversed(before[:-1]):
        if _LIST_GAP.fullmatch(folded[company.end : members[-1].start]) is None:
            break
        members.append(company)
    return members[::-1]


def _list_starting_at(folded: str, sentence: Sentence, start: int) -> list[CompanyMention]:
    """The companies of a list whose first member starts at ``start`` ("Pegatron and Catcher Technology")."""
    after = [c for c in sentence.companies if c.start >= start]
    if not after or after[0].start != start:
        return []
    members = [after[0]]
    for company in after[1:]:
        if _LIST_GAP.fullmatch(folded[members[-1].end : company.start]) is None:
            break
        members.append(company)
    return members

