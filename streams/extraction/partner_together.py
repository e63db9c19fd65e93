"""A pair that does something together: "A and B have invested billions together", « A et B lancent ensemble ».

An adverb or adjective of joint action ("together", "jointly", « ensemble », « conjointement », « une offre commune »)
makes the companies of a list subject partners, as a joint verb would: the reporter tells one act of the pair, not
two. The same words also add up two companies' figures ("A and B together hold 40% of the market", « qui réalisent
ensemble 140 milliards d'euros »): a measure verb or a figure next to the word tells such a sum, no alliance; and
"together with C" names a third party, not a pair's joint act.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_SUM = re.compile(
    r"\b(?:hold|holds|held|own|owns|owned|control|controls|controlled|account|accounts|accounted|represent"
    r"|represents|employ|employs|total|make[ ]up|have[ ]a[ ]combined|combined|share|shares|market|sales|revenue"
    r"|détiennent|détenaient|détiendront|contrôlent|pèsent|pesaient|réalisent|réalisaient|représentent|emploient"
    r"|totalisent|cumulent|possèdent|part|parts|chiffre|marché|with|avec|than|bigger|larger|que|merged|merger|fusion"
    r"|led|co-led|round|mené|menée|tour)\b|[%$€£]|\d"
)
"""Next to the joint word, what makes it a sum of two companies' figures ("would together be bigger than"), a third
party ("together with") or the co-leads of a round ("led the round jointly": investors, not partners)."""
_SUM_REACH = 30


def together_subject(article: Article, sentence: Sentence, cue: Cue, members: list[CompanyMention]) -> bool:
    """Whether a list subject ``members`` does the act ``cue`` calls joint, not a sum of their figures."""
    if len(members) < 2:  # noqa: PLR2004 - a pair at least
        return False
    folded = article.folded
    before = folded[max(sentence.start, members[-1].end, cue.start - _SUM_REACH) : cue.start]
    after = folded[cue.end : min(sentence.end, cue.end + _SUM_REACH)]
    return _SUM.search(before) is None and _SUM.search(after) is None
