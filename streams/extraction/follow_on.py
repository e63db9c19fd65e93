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
_EXTENDED_IN_SENTENCE = (
    r"contract[ ]extensions?|extension[ ]of[ ]its[ ]contract"
    # "received one-year extensions for its contracts to supply X", "a five-year extension, worth $11 million, to its
    # spares contract with X": the extension's own contract, past an aside of up to 40 characters
    # "through the extension of the airline's current maintenance contract", "an extension of a contract to provide
    # X with doors": the extended contract's owner or its kind may stand before the noun (the text is folded)
    r"|extensions?(?:,[^,;]{1,40},)?[ ](?:of|to|for|on)[ ](?:its|their|the|an?)[ ]"
    r"(?:[a-z\-]{1,15}[ ]|[a-z\-]{1,20}'s?[ ]){0,4}?"
    r"(?:contracts?|agreements?|deals?)"
    # "signed a five-year deal to extend overhaul services with X": what is extended is the work already done
    r"|to[ ](?:extend|renew)[ ](?:(?:its|their|the)[ ])?(?:[\w\-]+[ ]){0,3}?"
    r"(?:contracts?|agreements?|deals?|partnership|relationship|services?|support)[ ](?:with|for)"
)
_LONGER_RELATIONSHIP = (
    r"(?:take|takes|taking|bring|brings|bringing|extend|extends|extending)[ ](?:the|their|its)[ ]"
    r"(?:[a-z\-]{1,15}[ ]){0,2}?(?:relationship|partnership|association|collaboration)[ ]"
    r"(?:between[ ](?:the[ ]two|both)[ ](?:companies|businesses|groups|firms|parties)[ ])?"
    r"to[ ](?:\d{1,3}|[a-z\-]{3,12})[ ]years"
    r"|(?:relationship|partnership|association|collaboration)[ ](?:that|which)[ ](?:began|started|dates[ ]back)"
)
"""A relation told by the years it now reaches or by its beginning ("will take the relationship between the two
businesses to 27 years", "extending a partnership that began in 2004"): the pair traded before."""
_IN_SENTENCE = re.compile(rf"\b(?:{_FOLLOW_ON}|{_MORE_OF_THE_SAME}|{_EXTENDED_IN_SENTENCE}|{_LONGER_RELATIONSHIP})\b")
"""Said in the won contract's own sentence: "received a follow-on order from X", "une commande supplémentaire", "won a
contract extension with an unnamed bank"."""
_POINTS_BACK = re.compile(
    rf"\b(?:{_FOLLOW_ON}"
    rf"|(?:the|this|that|cette|cet|ce|la)[ ](?:(?:[a-zà-ÿ\-]{{1,15}}|\d[\w\-]*)[ ]){{0,2}}?"
    rf"(?:contract[ ](?:extension|renewal)|(?:extension|renewal)[ ]of[ ]the[ ]contract"
    rf"|(?:prolongation|reconduction|renouvellement|extension)[ ]d[ue][ ](?:son[ ]|du[ ])?contrat)"
    # "the potential to increase its current five-million-litre business with X": the pair already traded
    rf"|(?:its|their)[ ](?:current|existing)[ ](?:[\w\-]+[ ]){{0,3}}?business[ ]with|{_LONGER_RELATIONSHIP})\b"
)
"""A later sentence telling the contract just won as a follow-on ("cette commande correspond à une levée d'option"),
naming it as an extension ("the contract extension has a potential value of"), calling the pair's trade current
("to increase its current business with X") or counting the relation's years ("takes their relationship to 20
years")."""


def as_follow_on(article: Article, candidates: list[Candidate]) -> None:
    """Turn into ``customer_continue`` the won relations the story tells as a follow-on of an existing one.

    In its own sentence, or in a later sentence that points back to it ("the contract extension", "cette
    levée d'option") and names no other party: the nearest relation started before it is the one meant.
    """
    # An unnamed customer's contract extended in its own sentence continues too ("won a contract extension worth
    # £528m with an unnamed telecoms provider"); only a named one may be pointed back to from a later sentence.
    in_sentence = [c for c in candidates if c.type == "customer_start" and c.object is not None]
    continued = {_pair(c) for c in in_sentence if _IN_SENTENCE.search(article.folded, *c.span)}
    starts = [c for c in in_sentence if c.subject is not None]
    for start, end in article.spans:
        told = [c for c in starts if c.span[1] <= start]
        if not told or _POINTS_BACK.search(article.folded, start, end) is None:
            continue
        meant = _pair(max(told, key=lambda c: c.span[0]))
        if all(c.id in meant for c in article.companies if start <= c.start < end):
            continued.add(meant)  # not "the renewal of its contract with Z": another relation
    for candidate in in_sentence:
        if _pair(candidate) in continued:
            candidate.type = "customer_continue"


def _pair(candidate: Candidate) -> tuple[str | None, str | None]:
    return (
        candidate.subject.id if candidate.subject else None,
        candidate.object.id if candidate.object else None,
    )
