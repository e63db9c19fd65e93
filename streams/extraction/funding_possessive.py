"""A round told as its company's possession, with no verb of raising: "Y's $11 million Series A" (session 26).

Roundups list rounds as noun phrases ("the week's biggest deals included Y's $11 million round and Z's $8 million
Series A"), and profiles recall them ("after Y's $40 million seed round last year"). Each names one investment: the
possessor raised the amount, its investors untold. A round some investor's verb already reads ("A led Y's $11
million round") is that investor's and is not read again here.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.modality import modality_at

_POSSESSIVE = re.compile(r"(?:'s|\u2019s)[ ](?:(?:new|latest|recent|fresh|first|second|last)[ ])?")
"""Between the possessor and its round's amount: the possessive, maybe an adjective ("Y's latest $11 million")."""
_ROUND_AFTER = re.compile(
    r"[ ](?:(?:oversubscribed|equity|venture|growth|extended|bridge|pre-seed|seed|early-stage|funding|financing"
    r"|investment)[ ]){0,2}(?:(?:pre-)?series[ ][a-h](?:[- ]?\d)?(?:[ ](?:round|financing|funding))?"
    r"|(?:pre-)?seed[ ]round|round|raise|(?:funding|financing|investment)[ ]round)(?![\w\-])",
    re.IGNORECASE,
)
"""Right after the amount: the round it sizes ("$11 million round", "$8M Series A", "€5m seed round")."""
_BACKED_BY = re.compile(
    r"(?:[ ][^ ,;:()]+){0,6}?[ ](?:was|were|is|are|has[ ]been|had[ ]been|will[ ]be)[ ](?:being[ ])?(?:co-)?"
    r"(?:led|headed|spearheaded|backed|funded|financed|provided|joined|made)[ ]by[ ]"
)
"""Case-folded, after the round: its own passive verb naming its investors ("Y's $11 million round was led by A"),
which the investor readers take; the round is theirs to tell."""


def possessive_rounds(article: Article, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """One investment, investor unnamed, per round the sentence names as a company's possession with its amount."""
    rounds: list[Candidate] = []
    for amount in sentence.money:
        told = _ROUND_AFTER.match(article.text, amount.end)
        if amount.per_unit or told is None or _BACKED_BY.match(article.folded, told.end(), sentence.end):
            continue
        owner = next((c for c in reversed(sentence.companies) if c.end <= amount.start), None)
        if owner is None or _POSSESSIVE.fullmatch(article.text, owner.end, amount.start) is None:
            continue
        if any(c.type == "investment" and c.object is not None and c.object.id == owner.id for c in found + rounds):
            continue
        rounds.append(
            Candidate(
                type="investment",
                span=(sentence.start, sentence.end),
                object=owner,
                amount=amount,
                modality=modality_at(article, sentence, amount.start),
                effective_date=event_date(sentence),
            )
        )
    return rounds
