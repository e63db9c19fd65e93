"""A quarrel between a customer and its supplier: "X is in a pricing row with Y", "X clashed with Y".

A row over prices or a contract puts the relation at risk (deliveries held back, goods off the shelves), but the
sentence names the two sides in either order ("Mars remains at loggerheads with discounter Aldi", "Delta settled a
quarrel with caterer LSG Sky Chefs"). The reader takes the side before the cue and the one right after it, and
orders them only when the sentence or the knowledge base tells who buys: a role noun right before a name
("supermarket chain Jumbo", "parts maker Collins & Aikman") or a supplier noun in apposition after it. With no such
sign (two tech groups suing each other) it
gives nothing: a dispute alone is no customer relation.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_Parties = tuple[CompanyMention | None, CompanyMention | None, list[str]]

_OTHER_SIDE_REACH = 25
"""How far after the cue the other side may be named (a role noun may stand between: "with discounter Aldi")."""
_CUSTOMER_NOUN = re.compile(
    r"\b(?:supermarkets?|supermarket[ ]chain|grocers?|grocery[ ]chain|retailers?|retail[ ]chain|chain|discounter"
    r"|carmakers?|automakers?|airlines?|carriers?|operators?|drugstore[ ]chain|hospital)[ ]$"
)
"""A buyer's role right before its name ("supermarket chain Jumbo", "discounter Aldi")."""
_SUPPLIER_NOUN = re.compile(
    r"\b(?:suppliers?|caterers?|makers?|manufacturers?|vendors?|producers?|contractors?|bottlers?|brewers?|publishers?"
    r"|food[ ]group|consumer[ ]goods[ ]group|packaged[ ]food[ ]company)[ ]$"
)
"""A seller's role right before its name ("caterer LSG Sky Chefs", "parts maker Collins & Aikman")."""
_SUPPLIER_APPOSITION = re.compile(
    r",[ ](?:its|the|a)[ ](?:[a-z\-]{2,15}[ ]){0,3}?(?:supplier|maker|manufacturer|caterer|vendor|provider)\b"
)
"""A seller's role in apposition right after its name ("Rolls-Royce, the sole engine maker for ...")."""
_ROLE_REACH = 30
"""How many characters before a name its role noun may start."""


def dispute_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """(customer, supplier) of a quarrel cue whose sides the sentence or the knowledge base orders, else nothing."""
    first = sentence.company_before(cue.start) or _pronoun_speaker(article, sentence, cue)
    second = sentence.company_after(cue.end, exclude=first.id if first else None, within=_OTHER_SIDE_REACH)
    if first is None or second is None:
        return None, None, []
    folded = article.folded
    for buyer, seller in ((first, second), (second, first)):
        if _role(folded, sentence, buyer) == "customer" or _role(folded, sentence, seller) == "supplier":
            return buyer, seller, []
    return None, None, []


_IT_BEFORE = re.compile(r"\b(?:that[ ])?it[ ](?:is|was|has|had|remains|remained)\b[^,;]{0,30}$")
"""A pronoun subject right before the cue: "X disclosed in a filing that it is in a dispute with Y"."""


def _pronoun_speaker(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The sentence's first company when "it" is the quarrel's subject and no company stands between (the teller)."""
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if _IT_BEFORE.search(article.folded, max(clause_start, cue.start - 60), cue.start) is None:
        return None
    teller = sentence.first_company_before(cue.start)
    if teller is None or any(teller.end <= c.start < cue.start for c in sentence.companies):
        return None  # "X said Y's unit says it is in a row with Z": "it" is not X
    return teller


def _role(folded: str, sentence: Sentence, company: CompanyMention) -> str | None:
    """The role ("customer" or "supplier") the words around ``company`` tell, else None."""
    before = folded[max(sentence.start, company.start - _ROLE_REACH) : company.start]
    if _CUSTOMER_NOUN.search(before):
        return "customer"
    if _SUPPLIER_NOUN.search(before) or _SUPPLIER_APPOSITION.match(folded, company.end, sentence.end):
        return "supplier"
    return None
