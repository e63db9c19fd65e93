"""A customer's order of goods whose seller is not named right after the verb.

Two shapes of real wire copy that the verb frames alone miss:

- the seller after "from", past the goods: "Cebu Air ordered 16 A330-900s, ten A321XLRs and five A320neos from
  Airbus", "Space42 ordered its two satellites from Airbus", "has bought 29 trains, with options, from Alstom";
- the seller as the teller of its customer's order: "Boeing announced that Emirates had ordered 30 777-300ERs".

An order verb ("ordered") buys goods whatever follows it; a purchase verb ("bought") buys goods only when they are
counted ("bought 29 trains"), since "bought the unit from X" is a deal with a seller, not a supply.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_ORDER_VERB = re.compile(
    r"\b(?:ordered|orders|order|commandé|commande|commandera|commandent|ont[ ]commandé)(?:[ ]for)?$"
)
_BUY_VERB = re.compile(r"\b(?:buy|buys|bought|buying|purchase[sd]?)$")
_NUMBER = (
    r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|a[ ]hundred|dozens[ ]of"
)
_COUNTED = re.compile(
    rf"[ ](?:(?:up[ ]to|another|a[ ]further|about|around|roughly|nearly|almost|some|more[ ]than|over)[ ])?"
    rf"(?:{_NUMBER})[ ]"
)
"""Right after a purchase verb: a count of what it buys ("bought 29 electric trains")."""
_TOLD_GOODS = re.compile(rf"{_COUNTED.pattern}|[ ]worth[ ]")
"""Right after a verb of ordering told by the maker: a count ("had ordered 30 777s") or a value ("orders worth")."""
_NOT_GOODS = (
    r"stakes?|holdings?|shares|stock|interests?|business(?:es)?|divisions?|assets|operations|control"
    r"|majority|minority|company|companies|firm|subsidiar(?:y|ies)|brands?|rights|plants?|factor(?:y|ies)|sites?"
    r"|percent|cent|to|that|which|who|while|whereas|but|after|before|because|when|by"
)
_GOODS_THEN_FROM = re.compile(
    rf"(?![ ](?:(?:up[ ]to|another|a[ ]further|about|around|some|more[ ]than|{_NUMBER})[ ])*"
    rf"(?:the[ ]|its[ ]|a[ ])?units?\b)"
    rf"(?:[ ](?!(?:{_NOT_GOODS})\b)[a-z0-9$£€\-.,'+]{{1,24}}){{1,14}}?[ ]from[ ]"
)
"""The goods bought (a list of models, an amount, a determiner), then "from"; never a deal's object (a stake, a company,
a unit: "bought two units from X", though "29 electric multiple units" are trains), a clause boundary ("which",
"while") nor an order given to someone ("ordered X to ...")."""
_SELLER_REACH = 25
"""From "from" to the seller's name: "from planemaker Airbus", "from the Chinese yard X"."""
_SAID = re.compile(
    r"[ ](?:said|says|announced|announces|confirmed|disclosed|revealed)(?:[ ](?:on|this|last)[ ][a-z]{1,10})?"
    r"[ ](?:that[ ])?$"
    r"|[ ](?:a[ ])?(?:annonc|indiqu|précis|confirm|dévoil)[eé](?:[ ][a-zé]{1,10})?[ ]qu(?:e[ ]|')$"
)
"""Between the teller and the customer: "Boeing said (on Monday) (that) X had ordered ...", « Airbus annonce (jeudi)
qu'IAG a commandé 37 A320neo »."""
_SAID_OPEN = re.compile(
    r"[ ](?:said|says|announced|announces|confirmed|disclosed|revealed|(?:a[ ])?(?:annonc|indiqu|précis|confirm)[eé])\b"
)
"""Right after the teller, its verb of saying, whatever follows."""


def _buys_goods(folded: str, cue: Cue) -> bool:
    """Whether the cue's verb buys goods: an order always, a purchase only of so many of them."""
    if _ORDER_VERB.search(folded, cue.start, cue.end):
        return True
    return _BUY_VERB.search(folded, cue.start, cue.end) is not None and bool(_COUNTED.match(folded, cue.end))


def seller_after_goods(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """The seller named after "from" once the goods a customer orders are told ("ordered 16 A330s from Airbus")."""
    folded = article.folded
    if cue.family != "customer_start" or not _buys_goods(folded, cue):
        return None
    clause_end = sentence.clauses.span_of(cue.start)[1]
    goods = _GOODS_THEN_FROM.match(folded, cue.end, clause_end)
    if goods is None:
        return None
    seller = sentence.company_after(goods.end(), exclude=exclude, within=_SELLER_REACH)
    return seller if seller is not None and seller.end <= clause_end else None


def order_teller(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention) -> CompanyMention | None:
    """Y in "Y said X had ordered 30 777-300ERs": a maker telling of so many of its goods ordered by its customer.

    Only goods counted or valued ("was buying 11 A330s", "placed orders worth $17bn") with no other company after
    them in the clause (their maker would be named there).
    """
    folded = article.folded
    verb = _ORDER_VERB.search(folded, cue.start, cue.end) or _BUY_VERB.search(folded, cue.start, cue.end)
    if cue.family != "customer_start" or verb is None or not _TOLD_GOODS.match(folded, cue.end):
        return None
    clause_end = sentence.clauses.span_of(cue.start)[1]
    if any(cue.end <= c.start < clause_end for c in sentence.companies):
        return None
    teller = sentence.first_company_before(customer.start, exclude=customer.id)
    if teller is None:
        return None
    # "Airbus said X would buy 51 A320s and that Y was buying 11 A330s": a second report of the same teller.
    second = _SAID_OPEN.match(folded, teller.end) is not None and folded.endswith(
        " and that ", teller.end, customer.start
    )
    return teller if second or _SAID.search(folded, teller.end, customer.start) is not None else None


def counted_in_cue(folded: str, cue: Cue) -> bool:
    """Whether a pattern cue's words after its verb open on a count.

    Goods by the number: a company named inside them is their maker ("will lease 12 new Airbus jets to X"), not a
    company sold ("vend Orange Belgique à Y").
    """
    space = folded.find(" ", cue.start, cue.end)
    return space >= 0 and _COUNTED.match(folded, space, cue.end) is not None
