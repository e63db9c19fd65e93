"""Customers named before their supplier's roster: "A, B and C are (listed) among its customers".

Reporters list a supplier's customers in either order. After the roster ("customers that include A, B and C") the
`passive` frame reads them; before it, the customers come first and the supplier after "of / de" or, when the roster
is "its / ses customers", is the company the possessive stands for: the one named before the list in the sentence
("AWS has a large car business: BMW and Audi are among its customers"), else the subject of the sentence before.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_ADJACENT = re.compile(r"(?:,?[ ](?:inc|corp|co|ltd|llc|plc|sa|se|ag|nv)[.]?)?(?:[ ]\([^()]{1,30}\))?[ ]")
"""Between the last customer and the roster verb: a legal form, a ticker in brackets, a space."""
_SEPARATOR = re.compile(r"(?:,[ ]|,?[ ](?:and|et|&)[ ])(?:the[ ]|la[ ]|le[ ]|les[ ]|l')?")
"""Between two listed customers: ", ", " and ", ", and ", " et "."""
_OF_SUPPLIER = re.compile(r"(?:of|de|du|d')$")
_SUPPLIER_ARTICLE = re.compile(r"[ ]?(?:the[ ]|la[ ]|le[ ]|l')?")


def roster_customers(article: Article, sentence: Sentence, cue: Cue) -> list[CompanyMention]:
    """The customers listed right before the roster cue, in the order told (none when no company touches the cue)."""
    before = [c for c in sentence.companies if c.end <= cue.start]
    if not before or _ADJACENT.fullmatch(article.folded, before[-1].end, cue.start) is None:
        return []
    listed = [before[-1]]
    for company in reversed(before[:-1]):
        if _SEPARATOR.fullmatch(article.folded, company.end, listed[0].start) is None:
            break
        listed.insert(0, company)
    return listed


def roster_parties(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention | None, CompanyMention | None, list[str]]:
    """(first listed customer, supplier) of "A, B and C are among its customers"; the others join with the list."""
    listed = roster_customers(article, sentence, cue)
    if not listed:
        return None, None, []
    return listed[0], _roster_supplier(article, sentence, cue, listed[0]), []


def _roster_supplier(article: Article, sentence: Sentence, cue: Cue, first: CompanyMention) -> CompanyMention | None:
    """The supplier whose roster the customers are on: after "of / de", else the one "its / ses" stands for."""
    if _OF_SUPPLIER.search(article.folded, cue.start, cue.end):
        supplier = sentence.company_after(cue.end, exclude=first.id, within=6)
        article_gap = _SUPPLIER_ARTICLE.fullmatch(article.folded, cue.end, supplier.start) if supplier else None
        return supplier if article_gap is not None else None
    earlier = sentence.first_company_before(first.start, exclude=first.id)
    return earlier or article.previous_subject(sentence.index)


_ROSTER_OPENS = 20
"""How far (chars) from its sentence's start the supplier of a roster after the customers word may stand."""
_POSSESSED = re.compile(r"(?:'s|')[ ](?:[a-z\-]{2,15}[ ]){0,2}$")


def listed_after_roster(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention | None, CompanyMention | None, list[str]]:
    """(first customer, supplier) of "customers that include A, B and C", "a pour clients A et B".

    The supplier is the sentence's subject, named at its start ("Avantech, founded in 1988, made molds for customers
    that include ..."), or the owner of the roster ("Safran's customer base grew to include"); a company named
    elsewhere before the cue is another party ("depends on Apple ... licenses its designs to customers such as X"
    does not make Apple the supplier), so none is read then.
    """
    customer = sentence.company_after(cue.end, within=6)
    supplier = next((c for c in sentence.companies if c.end <= cue.start), None)
    if supplier is not None and supplier.start - sentence.start > _ROSTER_OPENS:
        owner = sentence.company_before(cue.start)
        possessed = owner is not None and _POSSESSED.fullmatch(article.folded, owner.end, cue.start) is not None
        supplier = owner if possessed else None
    if customer is None or supplier is None or customer.id == supplier.id:
        return None, None, []
    return customer, supplier, []
