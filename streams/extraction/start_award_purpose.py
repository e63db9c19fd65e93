"""The customer of an award named after its winner, by the work the winner will do for it.

"The largest award of Friday went to General Atomics, which will carry out work on new drones for the U.S. Army",
"The contract went to Acme to build a depot for the Royal Navy": no possessor or "for" before "went to" names the
customer; the work after the winner does, its beneficiary after "for / to / at" (the one that pays).
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.mentions import CompanyMention

_WORK_VERBS = (
    r"supply|provide|deliver|develop|build|design|install|operate|run|manage|maintain|upgrade|make|produce"
    r"|carry[ ]out|perform|support|modernise|modernize|repair|overhaul"
)
_WORK_AFTER_WINNER = re.compile(
    rf"(?:,[ ](?:which|who)[ ](?:will|would|is[ ]to|are[ ]to)|[ ]to)[ ](?:{_WORK_VERBS})\b"
    r"[^.;,]{0,90}?[ ](?:for|to|at)[ ](?:the[ ])?$"
)
"""Between the last winner and the customer: the work, then its beneficiary ("to build drones for the")."""
_REACH = 130


def served_after_winner(folded: str, sentence: Sentence, winner: CompanyMention) -> CompanyMention | None:
    """The company the winner's work is for, named after that work within its clause, if any."""
    for company in sentence.companies:
        if company.start <= winner.end or company.id == winner.id:
            continue
        if company.start - winner.end > _REACH:
            return None
        if _WORK_AFTER_WINNER.fullmatch(folded, winner.end, company.start):
            return company
    return None
