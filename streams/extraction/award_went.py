"""An award told from the contract's side: "Network Rail's signalling frameworks went to Alstom and Siemens".

Procurement digests and defence wires name the contract first and its winner after "went to": "The largest award of
the day, worth $230 million, for a lab of the U.S. Air Force, went to SRI International". The contract must be named
before the verb in its clause (an award, a contract, a framework, an order); its customer is the contract's possessor
("Network Rail's frameworks") or the company it is for ("... for the U.S. Air Force"), else the one the winner's work
after it serves (start_award_purpose.py). Without both, "went to" is read as nothing ("the CEO went to Google", "the
money went to charity").
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.start_award_purpose import served_after_winner

_AWARD_NOUN = re.compile(r"\b(?:award|contracts?|frameworks?|orders?|tenders?|task[ ]orders?)\b")
"""What went to the winner."""
_OWNER_OF_NOUN = re.compile(r"(?:'s|')[ ](?:[a-z0-9\-$£€.,]{1,20}[ ]){0,3}$")
"""Between the contract's possessor and its noun: "Network Rail's signalling", "the Navy's $2bn"."""
_FOR_CUSTOMER = re.compile(r"[ ](?:for|from|by)[ ](?:the[ ])?$")
"""Right before the customer the contract is for or from: "... a lab for the U.S. Air Force"."""
_WINNER_GAP = re.compile(
    r"(?:[ ](?:the|a|an|privately|publicly|held|owned|listed|local|engineering|defence|defense|firm|group"
    r"|contractor|company|[a-z\-]+-based)){0,4}[ ]"
)
"""Between "went to" and the winner: a short description ("privately held", "engineering group")."""
_NEXT_WINNER = re.compile(r"(?:,|[ ]and)[ ](?:the[ ])?")
"""Between two winners of a list: "went to Alstom, Siemens and ..."."""
_WINNER_REACH = 40


def award_went_candidates(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The relations of "<customer's contract> went to <winners>": the customer starts buying from each winner."""
    folded = article.folded
    clause_start = sentence.clauses.span_of(cue.start)[0]
    noun = _AWARD_NOUN.search(folded, clause_start, cue.start)
    first = sentence.company_after(cue.end, within=_WINNER_REACH)
    if noun is None or first is None or not _WINNER_GAP.fullmatch(folded, cue.end, first.start):
        return []
    winners = listed_winners(folded, sentence, first, _NEXT_WINNER)
    customer = _contract_customer(folded, sentence, noun.start(), cue.start, first.id)
    customer = customer or served_after_winner(folded, sentence, winners[-1])
    if customer is None:
        return []
    return winner_starts(article, sentence, cue, customer, winners)


def winner_starts(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention, winners: list[CompanyMention]
) -> list[Candidate]:
    """One ``customer_start`` of ``customer`` with each winner other than itself, told as of the award's verb."""
    modality = modality_at(article, sentence, cue.start, future=True)
    return [
        Candidate(
            type="customer_start",
            span=(sentence.start, sentence.end),
            subject=customer,
            object=winner,
            modality=modality,
            effective_date=event_date(sentence),
        )
        for winner in winners
        if winner.id != customer.id
    ]


def listed_winners(
    folded: str, sentence: Sentence, first: CompanyMention, between: re.Pattern[str]
) -> list[CompanyMention]:
    """``first`` and the companies listed after it, each one ``between`` the one before ("A, B and C")."""
    winners = [first]
    for company in sentence.companies:
        if company.start > winners[-1].end and between.fullmatch(folded, winners[-1].end, company.start):
            winners.append(company)
    return winners


def _contract_customer(
    folded: str, sentence: Sentence, noun_start: int, verb_start: int, winner: str
) -> CompanyMention | None:
    """The possessor of the contract noun, else the company the contract is for, before the verb."""
    for company in sentence.companies:
        if company.id == winner or company.end > verb_start:
            continue
        if company.end <= noun_start and _OWNER_OF_NOUN.fullmatch(folded, company.end, noun_start):
            return company
        if company.start > noun_start and _FOR_CUSTOMER.search(folded, noun_start, company.start):
            return company
    return None
