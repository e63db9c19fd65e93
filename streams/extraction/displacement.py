"""A supplier displacing a rival at a customer: "Ericsson has displaced Nokia at Vodafone".

Telecom and equipment reporters tell a switch of supplier from the winner's side, the customer only after "at":
"Y displaced X at Z", "Y will take over from X at Z", "Y replaced X at Z and at W". The subject is not the customer
(as in "Z replaced X"): Z starts buying from Y and stops buying from X. Without a customer after "at" nothing is
read here, and the verb's other readings (a succession, "Z replaced X") go on as before.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, supplier_switch
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_DISPLACE_VERB = re.compile(
    r"\b(?:displac(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|oust(?:s|ed|ing)?|unseat(?:s|ed|ing)?"
    r"|supplant(?:s|ed|ing)?|(?:take|takes|took|taking)[ ]over[ ]from)$"
)
_RIVAL_REACH = 50
"""From the verb to the displaced rival: "replace equipment from the incumbent, China's X"."""
_RIVAL_GAP = re.compile(
    r"(?:[ ](?:the|its|their|equipment|gear|kit|from|incumbent|rival|long-time|longtime|[a-z]{2,15}'s),?){0,5}[ ]"
)
"""Between the verb and the rival: its gear, its role or its country ("equipment from the incumbent, China's")."""
_AT_CUSTOMER = re.compile(
    r"(?:'s)?,?(?:[ ](?!(?:and|but|while|which|who|as|after|before|because)\b)[a-z0-9\-',]{1,20}){0,8}?"
    r"[ ](?:at|in[ ]the[ ]network[ ]of|in[ ]the[ ]networks[ ]of)[ ](?:the[ ])?"
)
"""Between the rival and the customer: what is displaced, then "at" ("in the core network at", "at")."""
_NEXT_CUSTOMER = re.compile(r"(?:[ ]in[ ](?:the[ ])?[a-z][a-z\-]{1,20})?,?[ ](?:and[ ])?(?:at[ ](?:the[ ])?)?")
"""Between two customers of a list: a place, then "and at" ("at X in the UK and at Y")."""


def displaced_at(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention, CompanyMention, list[CompanyMention]] | None:
    """(winner, displaced rival, customers) when ``cue`` tells a displacement at named customers, else None."""
    folded = article.folded
    if not _DISPLACE_VERB.search(folded, cue.start, cue.end):
        return None
    winner = sentence.company_before(cue.start)
    rival = sentence.company_after(cue.end, within=_RIVAL_REACH)
    if winner is None or rival is None or not _RIVAL_GAP.fullmatch(folded, cue.end, rival.start):
        return None
    customers: list[CompanyMention] = []
    pos, gap = rival.end, _AT_CUSTOMER
    for company in sentence.companies:
        if company.start < pos or company.id in (winner.id, rival.id):
            continue
        if not gap.fullmatch(folded, pos, company.start):
            break
        customers.append(company)
        pos, gap = company.end, _NEXT_CUSTOMER
    return (winner, rival, customers) if customers else None


def displacement_candidates(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate] | None:
    """The relations of "Y displaced X at Z": Z starts buying from Y and stops buying from X; None if not so told."""
    found = displaced_at(article, sentence, cue)
    if found is None:
        return None
    winner, rival, customers = found
    modality = modality_at(article, sentence, cue.start, future=True)
    return supplier_switch(sentence, customers, ("customer_end", rival), winner, modality)


def displaces(folded: str, cue: Cue) -> bool:
    """Whether ``cue`` is a verb of displacing a rival (which names no customer before it)."""
    return _DISPLACE_VERB.search(folded, cue.start, cue.end) is not None
