"""An investor described, in an apposition, as the backer of companies: "X, an early backer of A and B, ...".

Profiles of venture firms name their past bets in passing: "HV Capital, an early backer of Zalando and Delivery
Hero, has closed a fund", "Vertex, the first institution to back Grab, ...", « Sofinnova, investisseur historique
de Kiro, ... », or the apposition opens the sentence ("An early backer of Grab, Vertex has ..."). Like
"Tencent-backed Swiggy", each names a standing investment of untold size; no deal verb reads it, so this does.
A shareholder noun ("shareholder of", « actionnaire de ») is left to the stake readers.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.invest_money_into import LIST_JOINT
from streams.extraction.mentions import CompanyMention

_BACKER_NOUN = (
    r"(?:(?:an?|the|one[ ]of[ ]the|among[ ]the|un|une|l'un[ ]des|l'une[ ]des|le|la|l')[ ]?)?"
    r"(?:(?:early|earliest|first|longtime|long-time|existing|major|big|biggest|largest|key|initial|seed"
    r"|premiers?|premières?|principaux|principal|grands?)[ ]){0,2}"
    r"(?:(?:backers?|investors?|funders?)[ ](?:of|in)[ ]|(?:investisseu(?:r|rs|se)|soutiens?|financeurs?)"
    r"(?:[ ]historiques?)?[ ](?:de[ ]|d'|du[ ]|dans[ ])"
    r"|(?:institution|investor|fund|firm|company|backer)[ ]to[ ](?:back|fund|invest[ ]in)[ ])"
)
_AFTER_INVESTOR = re.compile(r",[ ]" + _BACKER_NOUN)
"""After the investor: the apposition that makes it the backer of what follows (", an early backer of ")."""
_OPENING = re.compile(_BACKER_NOUN, re.IGNORECASE)
"""At the sentence's start: the apposition told before its investor ("An early backer of Grab, Vertex ...")."""
_DESCRIPTION = re.compile(
    r"(?:(?:(?!(?:for|by|with|to|from|of|in|on|at|par|pour|avec|sur|contre|round|funding|financing|raise|deal|bid"
    r"|offer|tour|levée|opération|include|includes|included|are|were|is|was|sont|comptent|comprennent)[ ])"
    r"[a-zà-ÿ'\-]{1,20}|such[ ]as)[ ]){0,4}"
)
"""Between the backer noun and the first company: lower-case words only, in the original case ("consumer names
such as ", "online auctioneer ", « l'allemande »), no preposition, round noun or verb ("a backer of the bid for
Y", "the backers of the round include Y")."""
_DESCRIPTION_REACH = 45
_CLOSE = re.compile(r"(?:[ ](?:inc|corp|ltd|llc|sa|sas)[.]?)?(?:,|[ ]?$)")
"""After the list of backed companies: the apposition closes (or the sentence ends)."""


def _listed(article: Article, sentence: Sentence, first: CompanyMention) -> list[CompanyMention]:
    """``first`` and the companies listed right after it, each maybe after its own "de" (« de Lendix et de SigFox »)."""
    members = [first]
    for company in sentence.companies:
        if company.start <= members[-1].end:
            continue
        gap = LIST_JOINT.fullmatch(article.folded, members[-1].end, company.start)
        if gap is None and not _OF_AGAIN.fullmatch(article.folded, members[-1].end, company.start):
            break
        members.append(company)
    return members


_WITH_INVESTOR = 2
"""An opening apposition's list holds at least one backed company, then the investor."""
_OF_AGAIN = re.compile(r",?[ ](?:and|et)[ ](?:of|in|de|d'|du)[ ]?")


def _backed(
    article: Article, sentence: Sentence, investor: CompanyMention, after: int
) -> list[tuple[CompanyMention, CompanyMention]]:
    """(investor, company) for each company listed from ``after`` to the apposition's close."""
    first = sentence.company_after(after, exclude=investor.id, within=_DESCRIPTION_REACH)
    if first is None or not _DESCRIPTION.fullmatch(article.text, after, first.start):
        return []
    backed = _listed(article, sentence, first)
    if _CLOSE.match(article.folded, backed[-1].end) is None:
        return []  # "X, an investor in Y's plant": the noun phrase goes on past the name
    return [(investor, company) for company in backed if company.id != investor.id]


def backer_appositions(article: Article, sentence: Sentence) -> list[Candidate]:
    """One standing investment per company an investor's apposition says it backs."""
    folded = article.folded
    pairs: list[tuple[CompanyMention, CompanyMention]] = []
    opening = _OPENING.match(article.text, sentence.start)
    pairs += _backed_opening(article, sentence, opening.end()) if opening is not None else []
    for investor in sentence.companies:
        apposition = _AFTER_INVESTOR.match(folded, investor.end)
        if apposition is not None:
            pairs += _backed(article, sentence, investor, apposition.end())
    return [
        Candidate(
            type="investment",
            span=(sentence.start, sentence.end),
            subject=investor,
            object=company,
            modality="fact",
            effective_date=event_date(sentence),
        )
        for investor, company in pairs
    ]


def _backed_opening(article: Article, sentence: Sentence, after: int) -> list[tuple[CompanyMention, CompanyMention]]:
    """Pairs of "An early backer of A and B, X has ...": X, named right after the apposition's comma, backs A, B.

    The list read from A runs on into X (a comma joins them); X is its last member, set off by that comma alone.
    """
    first = sentence.company_after(after, within=_DESCRIPTION_REACH)
    if first is None or not _DESCRIPTION.fullmatch(article.text, after, first.start):
        return []
    listed = _listed(article, sentence, first)
    if len(listed) < _WITH_INVESTOR or article.folded[listed[-2].end : listed[-1].start] != ", ":
        return []
    investor = listed[-1]
    return [(investor, company) for company in listed[:-1] if company.id != investor.id]
