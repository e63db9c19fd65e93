"""Takeover offers told by the bidder's name inside the offer's noun phrase (session 19).

The deal rows read "X's offer for Y", "an offer for Y by X", « l'OPA de X » (target before) and « l'offre sur Y »
(buyer before the noun). Reporters also put the bidder between the noun and its target, or after "from":

- « la contre-offre de Telenor sur TeliaSonera », « l'offre de JPMorgan sur Bear Stearns »: the bidder right after
  "de", the target right after "sur";
- "Acacia accepted a raised $4.5 billion offer from Cisco", "Reuters shares rose on talk of a 600-pence-a-share
  offer from its rival Thomson": a priced offer (an amount or a price a share right before the noun, so not "an
  offer from a rival supplier"), the bidder after "from", the target the clause's subject, or the company after
  "for" ("a $2 billion bid from X for Y");
- "News Corp, whose $5bn bid for Dow Jones was rebuffed": the company the "whose" relative hangs on bids.

An offer is a plan (or a rumour or a denial, as its clause says), never a done deal.
"""

from __future__ import annotations

import re

from streams.extraction.acq_parties import LEGAL_TAIL
from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.quantities import MoneyMention

_FR_OFFER_OF = re.compile(
    r"\b(?:contre-offre|offre|opa|ope|surenchère)s?"
    r"(?:[ ](?:publique[ ]d'(?:achat|échange)|amicale|hostile|inamicale|ferme|améliorée|relevée|rivale|concurrente"
    r"|simplifiée|indicative|de[ ]rachat|de[ ]reprise))*"
    r"[ ](?:de|du|d')[ ]?(?:(?:la|le)[ ]|l')?"
)
"""An offer noun (qualified) then "de": the bidder is named next."""
_FR_ON_TARGET = re.compile(LEGAL_TAIL + r"[ ]sur[ ]")
"""Between the bidder and the target: "sur", maybe a description ("sur le groupe britannique "); "l'offre de X pour
Y" is as often a bid in Y's tender (a customer's choice) as one for Y itself, so it reads nothing."""
_EN_OFFER_FROM = re.compile(
    r"(?P<words>(?:[a-z\-]{2,15}[ ]){0,3}?)(?:offer|bid|proposal|approach|counterbid|counter-bid|counteroffer)s?"
    r"[ ]from[ ](?:(?:its|the|a|an|rival|fellow)[ ])*"
)
"""Right after an offer's price: up to three words ("raised", "cash", "all-stock takeover"), the noun and "from"."""
_NOT_A_TAKEOVER = re.compile(
    r"\b(?:contract|supply|job|licen[cs]e|licensing|financing|funding|loan|investment|settlement|credit|debt"
    r"|refinancing|sponsorship|salary|pay|rescue[ ]loan|bond|tender[ ]price)\b"
)
"""A word before the offer noun that makes it something other than a bid for the company."""
_FOR_TARGET = re.compile(LEGAL_TAIL + r"[ ]for[ ]")
_WHOSE_BID = re.compile(
    LEGAL_TAIL + r",[ ]whose[ ]"
    r"(?:[^ ,;]{1,20}[ ]){0,3}?(?:offer|bid|proposal)[ ](?:for|to[ ]buy|to[ ]acquire)[ ]"
)
"""After a company: a "whose" relative holding its bid for the target named next."""
_PRICE_REACH = 3
"""At most this many characters between an offer's price and the words before its noun."""
_BIDDER_REACH = 40
"""From "from" to the bidder, past a description ("from its Canadian rival ")."""
_FR_BIDDER_REACH = 25
"""From "de" to the bidder, past a short description ("de l'américain ")."""


def offer_candidates(article: Article, sentence: Sentence) -> list[Candidate]:
    """The planned takeovers a sentence tells by an offer naming its bidder inside the noun phrase."""
    if not any(c.family == "acquisition" and c.detail == "offer" for c in sentence.cues):
        return []
    if article.language == "fr":
        return _offers_on(article, sentence)
    return _priced_offers(article, sentence) + _whose_bids(article, sentence)


def _offers_on(article: Article, sentence: Sentence) -> list[Candidate]:
    """« la contre-offre de X sur Y »: the bidder right after "de", the target right after "sur"."""
    folded = article.folded
    found: list[Candidate] = []
    for offer in _FR_OFFER_OF.finditer(folded, sentence.start, sentence.end):
        bidder = sentence.company_after(offer.end(), within=_FR_BIDDER_REACH)
        if bidder is None or " sur " in folded[offer.end() - 1 : bidder.start]:
            continue  # « l'offre de rachat sur Y » names no bidder: Y is the target
        on = _FR_ON_TARGET.match(folded, bidder.end)
        target = _described_next(folded, sentence, on.end()) if on is not None else None
        if target is not None and target.id != bidder.id:
            found.append(_offer(article, sentence, bidder, target, offer.start()))
    return found


def _priced_offers(article: Article, sentence: Sentence) -> list[Candidate]:
    """Read "a $4.5 billion offer from X (for Y)": the bidder after "from", the target after "for" or the subject."""
    folded = article.folded
    prices: list[tuple[int, int, MoneyMention | None]] = [
        (m.start, _skip_price_tail(folded, m), m) for m in sentence.money
    ]
    prices += [(p.start(), p.end(), None) for p in _SHARE_PRICE.finditer(folded, sentence.start, sentence.end)]
    found: list[Candidate] = []
    read: set[int] = set()
    for start, words, money in prices:
        offer = _EN_OFFER_FROM.match(folded, words)
        if offer is None or offer.end() in read or _NOT_A_TAKEOVER.search(offer.group("words")):
            continue
        read.add(offer.end())
        bidder = sentence.company_after(offer.end(), within=_BIDDER_REACH)
        if bidder is None:
            continue
        named_for = _FOR_TARGET.match(folded, bidder.end)
        target = _described_next(folded, sentence, named_for.end()) if named_for else None
        target = target or sentence.company_before(start, exclude=bidder.id)
        if target is not None and target.id != bidder.id:
            total = money if money is not None and words - money.end <= 1 else None  # "$41 a share" is a price
            found.append(_offer(article, sentence, bidder, target, start, money=total))
    return found


def _whose_bids(article: Article, sentence: Sentence) -> list[Candidate]:
    """Read "X, whose $5bn bid for Y was rebuffed": the company the relative hangs on bids for Y."""
    found: list[Candidate] = []
    for company in sentence.companies:
        whose = _WHOSE_BID.match(article.folded, company.end)
        target = _described_next(article.folded, sentence, whose.end()) if whose else None
        if whose is not None and target is not None and target.id != company.id:
            found.append(_offer(article, sentence, company, target, whose.start()))
    return found


_SHARE_PRICE = re.compile(r"(?<![\w.,])[$€£]?\d[\d.,]*-?(?:pence|cents?|euros?|dollars?|p)?-a-share[ ]")
"""A price a share written as one word, which the amount reader leaves ("a 600-pence-a-share offer")."""
_DESCRIPTION = re.compile(
    r"(?:(?:the|its|a|le|la|les)[ ]|l')?(?:(?!(?:of|de|du|des|d')(?:[ ]|$))[a-zà-ÿ\-]{1,15}[ ]){0,3}"
)
"""Before a company named after a preposition: an article and a short description ("le groupe italien "), never a
complement ("sur le lot de Y": Y is not the company bid for)."""
_DESCRIBED_REACH = 40


def _described_next(folded: str, sentence: Sentence, pos: int) -> CompanyMention | None:
    """The company named at ``pos``, maybe after a short lower-case description ("the Wall Street ...": none)."""
    company = sentence.company_after(pos, within=_DESCRIBED_REACH)
    return company if company is not None and _DESCRIPTION.fullmatch(folded, pos, company.start) else None


_PRICE_TAIL = re.compile(r"(?:-a-share|[ ]a[ ]share|[ ]per[ ]share)?[ ]")


def _skip_price_tail(folded: str, money: MoneyMention) -> int:
    """Where the words after an amount begin, past "a share" ("a $41-a-share cash offer") and the space."""
    tail = _PRICE_TAIL.match(folded, money.end, money.end + _PRICE_REACH + len("-a-share"))
    return tail.end() if tail is not None else money.end


def _offer(
    article: Article,
    sentence: Sentence,
    bidder: CompanyMention,
    target: CompanyMention,
    pos: int,
    *,
    money: MoneyMention | None = None,
) -> Candidate:
    """The planned acquisition of ``target`` by ``bidder``; an offer told as made is still only a plan."""
    modality = modality_at(article, sentence, pos)
    return Candidate(
        type="acquisition",
        span=(sentence.start, sentence.end),
        subject=bidder,
        object=target,
        amount=money if money is not None and not money.per_unit else None,
        modality="plan" if modality == "fact" else modality,
        effective_date=event_date(sentence),
    )
