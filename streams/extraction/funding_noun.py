"""An investment told as a noun with its parties around it: "A's investment of $N in Y" (session 20).

Profiles, probes and recaps name an investment without a verb: "Benchmark's 1997 investment of $6.7 million in
eBay", "the approval of a $25 million joint investment by A and B in Y", « un investissement de 2,5 millions de
dollars consenti par A », « l'investissement de Bpifrance dans Y ». The investor is the noun's possessor (a company
right before "'s", with a year, an amount or an adjective between) or its agent ("by / par A and B", French « de A »
right after the noun); the company invested in follows "in / into / dans", maybe after its description, or, in
French, is the subject of a verb of receiving the investment (« X profite / bénéficie d'un investissement »). Both
must be named: "the investment in Y" with no investor and "an investment by A" with no company say nothing here.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.pattern_windows import gated_finditer

_NOUN = re.compile(r"\b(?:investment|investissement)\b")
_BEFORE_NOUN = re.compile(r"(?:'s|')[ ](?:[^ ,;:()]{1,16}[ ]){0,3}$")
"""Between the possessor and the noun: a year, an amount, an adjective ("'s 1997 ", "'s $5m joint ")."""
_OF_AMOUNT = re.compile(r"[ ](?:of|de|d')[ ]?")
_PARTICIPLE = re.compile(
    r"(?:[ ](?:consenti|consentie|réalisé|réalisée|annoncé|annoncée|made|announced))?(?:[ ](?:en|in)[ ]\d{4})?"
)
"""After the amount: how or when it was made (« consenti en 2017 », "made in 2015")."""
_AGENT = re.compile(r"[ ](?:by|par)[ ](?:(?:the|la|le|l')[ ]?)?")
_FR_OWNER = re.compile(r"[ ](?:de|du|d')[ ]?")
_INTO = re.compile(r"[ ](?:in|into|dans)[ ](?:(?:the|la|le|l')[ ]?)?(?:[a-zà-ÿ\-]{2,20}[ ]){0,3}")
"""Before the company invested in: the preposition and a short lower-case description ("in online auctioneer ")."""
_AND = re.compile(r"(?:,[ ]|,?[ ](?:and|et)[ ])")
_RECEIVES = re.compile(
    r"[ ](?:profite|bénéficie|a[ ]bénéficié|a[ ]profité|a[ ]reçu|reçoit|obtient|a[ ]obtenu)[ ](?:d'un|un|de[ ]l')[ ]?$"
)
"""Before a French noun: the company before receives it (« X profite d'un investissement »)."""
_POSSESSIVE_FR = re.compile(r"\b(?:son|leur)[ ]$")
_TIGHT = 0
_AMOUNT_BEFORE = 12
"""From an amount told before the noun to the noun: one adjective between ("a $25 million joint investment")."""


def listed_companies(sentence: Sentence, article: Article, pos: int) -> list[CompanyMention]:
    """The companies listed right at ``pos`` ("A", "A and B", "A, B et C"); empty when none stands there."""
    first = sentence.company_after(pos, within=_TIGHT)
    if first is None:
        return []
    members = [first]
    while (joint := _AND.match(article.folded, members[-1].end)) is not None:
        member = sentence.company_after(joint.end(), within=_TIGHT)
        if member is None:
            break
        members.append(member)
    return members


def _agents(sentence: Sentence, article: Article, pos: int) -> tuple[list[CompanyMention], int]:
    """The companies listed right at ``pos`` and where the list ends (``pos`` when none)."""
    members = listed_companies(sentence, article, pos)
    return members, members[-1].end if members else pos


def _read_noun(article: Article, sentence: Sentence, start: int, end: int) -> list[Candidate]:
    """The investments one noun at ``start:end`` names, with its amount when one is told with it."""
    folded = article.folded
    amount = next((m for m in sentence.money if 0 <= start - m.end <= _AMOUNT_BEFORE and not m.per_unit), None)
    of = _OF_AMOUNT.match(folded, end)
    told = next((m for m in sentence.money if of is not None and m.start == of.end() and not m.per_unit), None)
    amount = told or amount
    participle = _PARTICIPLE.match(folded, told.end if told is not None else end)
    pos = participle.end() if participle is not None else end
    investors: list[CompanyMention] = []
    if (agent := _AGENT.match(folded, pos)) is not None:
        investors, pos = _agents(sentence, article, agent.end())
    elif told is None and (owner := _FR_OWNER.match(folded, pos)) is not None:
        investors, pos = _agents(sentence, article, owner.end())  # « l'investissement de Bpifrance dans Y »
    possessor = next((c for c in reversed(sentence.companies) if c.end <= start), None)
    if not investors and possessor is not None and _BEFORE_NOUN.fullmatch(folded, possessor.end, start):
        investors = [possessor]
    if not investors and possessor is not None and _POSSESSIVE_FR.search(folded, max(sentence.start, start - 6), start):
        investors = [c for c in [sentence.company_before(start)] if c is not None]  # « X ... son investissement »
    into = _INTO.match(article.text, pos)  # the case kept: a description is lower case, a name is not
    target = sentence.company_after(into.end(), within=_TIGHT) if into is not None else None
    if target is None and _RECEIVES.search(folded, max(sentence.start, start - 30), start):
        target = sentence.company_before(start)
    if target is None:
        return []
    return [
        Candidate(
            type="investment",
            span=(sentence.start, sentence.end),
            subject=investor,
            object=target,
            amount=amount,
            modality=modality_at(article, sentence, start),
            effective_date=event_date(sentence),
        )
        for investor in investors
        if investor.id != target.id
    ]


def noun_investments(article: Article, sentence: Sentence) -> list[Candidate]:
    """One investment per investor an investment noun of the sentence names with the company it went into."""
    found: list[Candidate] = []
    for noun in gated_finditer(_NOUN, article.folded, article.folded, sentence.start, sentence.end):
        found += _read_noun(article, sentence, noun.start(), noun.end())
    return found
