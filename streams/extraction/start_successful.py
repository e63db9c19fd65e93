"""The winners of a tender named by their role: "The successful suppliers include A and B".

Procurement notices and council reports tell the buyer's award first and name the winners in the next sentence by
their role: "The Korvia Institute has awarded a contract for feedstuffs. The successful suppliers include A and B",
"The successful suppliers for each lot are A for Lot 1, and B for Lots 2 and 3". Each winner after the verb (a list
too) supplies; the buyer is the company before the role in its sentence ("X said the successful bidder was Y"), else
the subject of a purchase told in one of the two sentences before (:func:`start_built_by.buyer_told_before`). A
role with no winner named ("the successful bidder will be announced in May") reads nothing.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.award_went import listed_winners, winner_starts
from streams.extraction.candidate import Candidate
from streams.extraction.cues import Cue
from streams.extraction.start_built_by import buyer_told_before

_NAMING_VERB = re.compile(
    r"(?:[ ](?:for|in|on)[ ][^,.;]{1,30}?)?[ ](?:is|are|was|were|include|includes|included|will[ ]be)[ ]"
    r"(?:(?:the|named|listed|as[ ]follows:?)[ ])?"
)
"""Between the role and its first winner: "(for each lot) are", "include", "was"."""
_NEXT_WINNER = re.compile(
    r"(?:,?[ ](?:ltd|limited|plc|inc|llc|corp|co|gmbh|ag|sa|bhd|sdn[ ]bhd)[.]?)?(?:[ ](?:for|in)[ ][^,.;]{1,25}?)?"
    r"(?:,|,?[ ]and)[ ](?:the[ ])?"
)
"""Between two winners of a list, maybe after the first's legal form and the lot it won: "A Ltd for Lot 1, and B"."""


def successful_candidates(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The customer starts of the winners a tender's role names, the buyer told before them."""
    folded = article.folded
    verb = _NAMING_VERB.match(folded, cue.end, sentence.end)
    first = sentence.company_after(verb.end(), within=0) if verb is not None else None
    if first is None:
        return []
    winners = listed_winners(folded, sentence, first, _NEXT_WINNER)
    winner_ids = {winner.id for winner in winners}
    buyer = sentence.first_company_before(cue.start)
    if buyer is None or buyer.id in winner_ids:
        buyer = buyer_told_before(article, sentence, winner_ids)
    if buyer is None:
        return []
    return winner_starts(article, sentence, cue, buyer, winners)
