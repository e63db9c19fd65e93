"""A new supplier taking an incumbent supplier's place at customers named after it.

Trade reporters tell a supplier swap from the winner's side, the customers last: "Z has displaced X at A and at
B", "Z is set to take over from X in the core network at A, B and C", "Z will take X's place in most of A's
notebooks". No row frame fits (the cue's subject is the newcomer, the company after the verb the supplier that
loses, the customers after "at / in / on"), and the leadership rows own "took over from" (a manager's
successor), so the cue is a pattern of :mod:`streams.extraction.end_patterns` read beside the rows (an overlaid
frame, :data:`streams.extraction.cues._OVERLAID_FRAMES`): each customer named after the incumbent ends its
relation with the incumbent and starts one with the newcomer. A person after the verb ("took over from Jane Roe
at A") is no company and gives nothing; so does a swap with no customer named after the incumbent.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, supplier_switch
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_INCUMBENT_REACH = 4
"""How far after the verb the incumbent may be named ("take over from the X" is not read)."""
_FIRST_AT = re.compile(r"\b(?:at|in|on|with|across)[ ](?:(?:the|most[ ]of|all[ ]of|some[ ]of|many[ ]of)[ ])?$")
"""Before the first customer: "at", "in", "on", perhaps after a short description of the scope ("in either the
radio or the core network at ")."""
_NEXT_IN_LIST = re.compile(r"(?:,[ ]|[ ]and[ ]|,[ ]and[ ])(?:(?:at|in|on)[ ])?(?:the[ ])?$")
"""Between two listed customers: a comma or "and", perhaps the preposition again ("at A in the UK and at B")."""
_LIST_GAP = 30
"""How many characters may part one customer from the next ("BT in Britain, TDC": a country between)."""
_SCOPE_REACH = 60
"""How far after the incumbent the first customer may be named."""


def displaced_incumbents(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The customers' end with the incumbent named right after ``cue`` (and start with the newcomer before it)."""
    incumbent = sentence.company_after(cue.end, within=_INCUMBENT_REACH)
    if incumbent is None:
        return []
    newcomer = sentence.company_before(cue.start, exclude=incumbent.id)
    modality = modality_at(article, sentence, cue.start)
    customers = list(_customers_after(article.folded, sentence, incumbent, newcomer))
    return supplier_switch(sentence, customers, ("customer_end", incumbent), newcomer, modality)


def _customers_after(
    folded: str, sentence: Sentence, incumbent: CompanyMention, newcomer: CompanyMention | None
) -> list[CompanyMention]:
    """The customers named after the incumbent: the first after "at / in / on", the others listed after it."""
    parties = {incumbent.id} | ({newcomer.id} if newcomer is not None else set())
    customers: list[CompanyMention] = []
    last = incumbent.end
    for company in sentence.companies:
        if company.start < incumbent.end or company.id in parties:
            continue
        before = folded[last : company.start]
        if not customers:
            # "X's core gear": the incumbent's possessive may stand right before the scope
            reached = company.start - last <= _SCOPE_REACH
            if not reached or _FIRST_AT.search(before) is None or any(c in before for c in ".;"):
                break
        elif company.start - last > _LIST_GAP or _NEXT_IN_LIST.search(folded, last, company.start) is None:
            break
        customers.append(company)
        last = company.end
    return customers
