"""A takeover told as talks with its target, the company talked with.

"X is in talks with Y about a takeover", « X serait en discussions avec Y en vue de racheter le conglomérat ».
Reporters of deal talks often name the target as the party talked with, then give the deal by a bare noun, a verb
with a pronoun or a description for its object ("about buying the company", « en vue de lui racheter ses actifs »).
The deal readers find no named target after the deal word, so nothing is read. Here the company talked with is the
target and the clause's subject the buyer; a deal word followed by another company ("talks with Y about buying Z")
leaves Y a go-between and is left to the deal readers. The talks make the deal a plan, or a rumour when hedged (see
`modality.py`). Only sentences with a cue are read, so a bare « en vue d'un rachat » is not.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.modality import modality_at

_TALK_WORDS = ("talks", "discussion", "négociation", "pourparlers")
"""A cheap test before the regular expressions: most sentences tell no talks."""
_TALKS_WITH = re.compile(
    r"\b(?:talks|discussions?|négociations?|pourparlers)(?:[ ](?:préliminaires|exclusives|avancées|informelles"
    r"|preliminary|exclusive|advanced|early|informal|early-stage))?[ ](?:with|avec)[ ]"
)
_TALKED_WITH_REACH = 40
"""From "with / avec" to the name of the company talked with, past a short description ("le conglomérat")."""
_DEAL_PURPOSE = re.compile(
    r"(?:[ ][^.;,]{0,30}?)?[ ](?:en[ ]vue[ ](?:de|d')|afin[ ]de|pour|about|over|on|regarding|concerning)[ ]?"
    r"(?:(?:un|une|a|an|the|le|la|l'|lui|leur|possible|éventuel|éventuelle|potential|its|son|sa)[ ]?){0,3}"
    r"(?P<deal>rachat|racheter|acquisition|acquérir|reprise|reprendre|takeover|buying|acquiring|buy|acquire"
    r"|buyout|purchase)\b"
)
"""After the company talked with, the talks' purpose: a takeover ("en vue de racheter", "about a takeover"); not
"to buy", whose object may be a unit of the company talked with ("in talks with Y to buy its Polish unit")."""
_OBJECT_REACH = 25
"""After the deal word, how near another company would be its object ("about buying Z")."""


def target_in_talks(article: Article, sentence: Sentence) -> list[Candidate]:
    """The acquisition of the company the clause's subject is in talks with, when the talks are about buying it."""
    folded = article.folded
    text = folded[sentence.start : sentence.end]
    if not any(word in text for word in _TALK_WORDS):
        return []
    for talks in _TALKS_WITH.finditer(folded, sentence.start, sentence.end):
        target = sentence.company_after(talks.end(), within=_TALKED_WITH_REACH)
        buyer = sentence.company_before(talks.start(), exclude=target.id) if target else None
        purpose = _DEAL_PURPOSE.match(folded, target.end, sentence.end) if target else None
        if target is None or buyer is None or purpose is None:
            continue
        if sentence.company_after(purpose.end("deal"), exclude=target.id, within=_OBJECT_REACH) is not None:
            continue  # "in talks with Y about buying Z": Y is no target
        return [
            Candidate(
                type="acquisition",
                span=(sentence.start, sentence.end),
                subject=buyer,
                object=target,
                # read before the deal word, from the buyer on: the talks make a plan, « serait » a rumour
                modality=modality_at(article, sentence, purpose.start("deal"), buyer.end),
                effective_date=event_date(sentence),
            )
        ]
    return []
