"""Orders and contracts a story tells as the next step of an existing relation, not as a new customer.

"Alstom a reçu de la SNCF une commande de 30 rames" reads as a won contract, but when the story adds
"dans le cadre de cette levée d'option" or "the contract extension is worth $130 million", the customer
was already buying: an option exercised under a framework contract, a follow-on order, an extension.
Such a relation continues (``customer_continue``); it does not start.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate

_FOLLOW_ON = (
    r"follow-on[ ](?:order|contract|award)s?|repeat[ ]orders?"
    r"|(?:exercised|exercises|exercising)[ ](?:an|the|a[ ]further|its|their)[ ](?:[a-z\-]{1,15}[ ])?options?"
    r"|option[ ]exercise|levée[ ]d'(?:une[ ])?option"
    # "a conversion into firm orders for 10 of the 20 options", "converted its options into firm orders"
    r"|conver(?:sion|ted|ts|ting)[ ](?:into|to)[ ]firm[ ]orders?"
    r"|conver(?:ted|ts|ting)[ ](?:[a-z\d\-]+[ ]){0,3}?options?[ ](?:into|to)[ ](?:firm[ ])?orders?"
    r"|levée[ ]de[ ](?:la[ ])?tranche[ ]optionnelle|tranche[ ]optionnelle|commandes?[ ](?:complémentaires?"
    r"|supplémentaires?)"
)
_MORE_OF_THE_SAME = (
    r"(?:an[ ]additional|another|a[ ]further|a[ ]second|a[ ]third|a[ ]repeat)[ ](?:[a-z\-\d$.,]{1,15}[ ]){0,2}orders?"
    r"|order(?:ed|s)?[ ](?:for[ ])?\d[\d,.]*[ ](?:more|additional|further|extra)"
    r"|command\w*[ ](?:de[ ])?\d[\d ,.]*[ ](?:[a-zà-ÿ\-]{1,25}[ ]){0,4}supplémentaires"
    r"|pass(?:er|é|e|ent)[ ](?:une|de)[ ]nouvelles?[ ]commandes?"
)
"""An order told as more of what the customer already buys, in its own sentence only ("ordered 20 more A321neos",
"placed an additional order with", "commande 15 TGV supplémentaires", "passer une nouvelle commande auprès de"): a
later sentence's "more" may count anything ("will hire 200 more pilots")."""
_IN_SENTENCE = re.compile(
    rf"\b(?:{_FOLLOW_ON}|{_MORE_OF_THE_SAME}|contract[ ]extension|extension[ ]of[ ]its[ ]contract)\b"
)
"""Said in the won contract's own sentence: "received a follow-on order from X", "une commande supplémentaire"."""
_POINTS_BACK = re.compile(
    rf"\b(?:{_FOLLOW_ON}"
    rf"|(?:the|this|that|cette|cet|ce|la)[ ](?:(?:[a-zà-ÿ\-]{{1,15}}|\d[\w\-]*)[ ]){{0,2}}?"
    rf"(?:contract[ ](?:extension|renewal)|(?:extension|renewal)[ ]of[ ]the[ ]contract"
    rf"|(?:prolongation|reconduction|renouvellement|extension)[ ]d[ue][ ](?:son[ ]|du[ ])?contrat)"
    # "the potential to increase its current five-million-litre business with X": the pair already traded
    rf"|(?:its|their)[ ](?:current|existing)[ ](?:[\w\-]+[ ]){{0,3}}?business[ ]with)\b"
)
"""A later sentence telling the contract just won as a follow-on ("cette commande correspond à une levée d'option"),
naming it as an extension ("the contract extension has a potential value of"), or calling the pair's trade current
("to increase its current business with X")."""


def as_follow_on(article: Article, candidates: list[Candidate]) -> None:
    """Turn into ``customer_continue`` the won relations the story tells as a follow-on of an existing one.

    In its own sentence, or in a later sentence that points back to it ("the contract extension", "cette
    levée d'option") and names no other party: the nearest relation started before it is the one meant.
    """
    starts = [c for c in candidates if c.type == "customer_start" and c.subject is not None]
    continued = {_pair(c) for c in starts if _IN_SENTENCE.search(article.folded, *c.span)}
    for start, end in article.spans:
        told = [c for c in starts if c.span[1] <= start]
        if not told or _POINTS_BACK.search(article.folded, start, end) is None:
            continue
        meant = _pair(max(told, key=lambda c: c.span[0]))
        if all(c.id in meant for c in article.companies if start <= c.start < end):
            continued.add(meant)  # not "the renewal of its contract with Z": another relation
    for candidate in starts:
        if _pair(candidate) in continued:
            candidate.type = "customer_continue"


def _pair(candidate: Candidate) -> tuple[str | None, str | None]:
    return (
        candidate.subject.id if candidate.subject else None,
        candidate.object.id if candidate.object else None,
    )
