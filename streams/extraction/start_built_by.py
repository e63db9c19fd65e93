"""Goods a supplier is to build, told from the goods' side: "six to be built by Ingalls and four by Bath Iron Works".

Defence and rail copy often names the buyer's award first and the maker only in a passive of the work to come: "The
Navy has awarded contracts for ten destroyers, six to be built by Dorvane and four by Bellmark", "The new trains are
to be built by train maker Dorvane following a procurement competition run by Korvia", "Korvia awarded its largest
shipbuilding contract ever. ... The submarines will be built by prime contractor Dorvane". The maker (after the cue,
maybe described, maybe a list: "and four by Z") supplies; the buyer is, in order:

- the company before the cue in its sentence that a purchase word follows ("X has awarded contracts ...");
- the company after the maker that runs, orders or commissions the purchase ("a competition run by X");
- the subject of a purchase told in one of the two sentences before ("X awarded its largest contract").

Only the future or the infinitive is a cue ("will be built by", "to be supplied by"): "the plant built by X in 1990"
tells history, and "will be built by 2027" names no company. Without a buyer, nothing is read.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_MAKER_GAP = re.compile(r"(?:[ ](?:the|a|an|its|[a-z][a-z\-]{1,20})){0,5}[ ]")
"""Between the cue and the maker: a short lower-case description ("prime contractor", "Derby-based train maker")."""
_MAKER_REACH = 60
_NEXT_MAKER = re.compile(r"(?:[ ][a-z]+){0,2}(?:,|,?[ ]and)[ ](?:(?:\w+|the)[ ]){0,2}?(?:by[ ])?(?:the[ ])?")
"""Between two makers of a list, maybe after the first's yard or division: "six to be built by A's B division and
four by C", "by A, B and C"."""
_UNIT_OF = re.compile(r"(?:'s|')[ ]")
"""Between a maker and its unit named next: "Dorvane's Korvia Shipbuilding division" (the list goes on after it)."""
_PURCHASE = re.compile(
    r"\b(?:award(?:s|ed)?|order(?:s|ed)?|contracts?|purchas(?:e|es|ed)|bought|buys?|procur(?:e|es|ed|ement)"
    r"|commission(?:s|ed)?|tender(?:s|ed)?|deal|agreement)\b"
)
"""A word that makes a company the buyer of the goods to be built."""
_WON = re.compile(
    r"\b(?:won|wins|secured|secures|landed|lands|received|receives|bagged|clinched|(?:was|been)[ ]awarded)\b"
)
"""A winner's verb after the first company: "Y won a contract for trains that will be built by its unit Z" (Y sells)."""
_BUYER_AFTER = re.compile(
    r"[ ](?:(?:run|ordered|commissioned|procured|awarded|placed|tendered)[ ]by|for)[ ](?:the[ ])?$"
)
"""Right before a buyer named after the maker: "following a competition run by X", "for the X"."""
_BUYER_AFTER_REACH = 120
_SENTENCES_BACK = 2


def built_by_candidates(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The customer starts of goods "to be built / supplied by" a maker, the buyer named around them."""
    folded = article.folded
    first = sentence.company_after(cue.end, within=_MAKER_REACH)
    if first is None or not _MAKER_GAP.fullmatch(folded, cue.end, first.start):
        return []
    makers, last = [first], first
    for company in sentence.companies:
        if company.start <= last.end:
            continue
        if _UNIT_OF.fullmatch(folded, last.end, company.start):
            last = company
        elif _NEXT_MAKER.fullmatch(folded, last.end, company.start):
            makers.append(company)
            last = company
    maker_ids = {maker.id for maker in makers}
    buyer = (
        _buyer_before(folded, sentence, cue, maker_ids)
        or _buyer_after(folded, sentence, makers[-1], maker_ids)
        or buyer_told_before(article, sentence, maker_ids)
    )
    if buyer is None:
        return []
    # The future is the work's, not the purchase's: "the ships will be built by Y" after an award is a fact.
    modality = modality_at(article, sentence, cue.start, future=False)
    return [
        Candidate(
            type="customer_start",
            span=(sentence.start, sentence.end),
            subject=buyer,
            object=maker,
            modality=modality,
            effective_date=event_date(sentence),
        )
        for maker in makers
    ]


def _buyer_before(folded: str, sentence: Sentence, cue: Cue, makers: set[str]) -> CompanyMention | None:
    """The sentence's first company before the cue when a purchase word follows it: "X has awarded contracts ..."."""
    for company in sentence.companies:
        if company.end > cue.start:
            return None
        if company.id not in makers and _PURCHASE.search(folded, company.end, cue.start):
            return None if _WON.search(folded, company.end, cue.start) else company
    return None


def _buyer_after(folded: str, sentence: Sentence, maker: CompanyMention, makers: set[str]) -> CompanyMention | None:
    """The company after the maker that runs or orders the purchase: "... a procurement competition run by X"."""
    for company in sentence.companies:
        if company.start <= maker.end or company.id in makers:
            continue
        if company.start - maker.end > _BUYER_AFTER_REACH:
            return None
        if _BUYER_AFTER.search(folded, max(maker.end, company.start - 20), company.start):
            return company
    return None


def buyer_told_before(article: Article, sentence: Sentence, excluded: set[str]) -> CompanyMention | None:
    """The subject of a purchase told in one of the two sentences before: "X awarded its largest contract ever".

    The company before the purchase word in its clause (the grammatical subject), when it is none of ``excluded``
    (the winners): "The Navy on Monday awarded ...", "The Department for Infrastructure has completed the procurement".
    """
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - _SENTENCES_BACK), -1):
        earlier = article.sentence(index)
        for purchase in _PURCHASE.finditer(article.folded, earlier.start, earlier.end):
            buyer = earlier.company_before(purchase.start())
            if buyer is not None and buyer.id not in excluded:
                return buyer
    return None
