"""Deal objects that point back to a company named before instead of naming one.

Regulatory digests and offer notices write the target once, in a heading or the previous sentence,
then refer to it: "X, qui détient 99 % du capital de cette société", "X holds 12% of this company",
"X s'engage à acquérir les actions non détenues", "X offered to buy the remaining shares". The
target of such a clause is the last other company named before the cue (read in ``rules``).
"""

from __future__ import annotations

import re

from streams.extraction.cues import Cue

_THIS_COMPANY = re.compile(
    r"[ ](?:[\w%',.\-]+[ ]){0,5}?(?:de|d'|of|in|dans)[ ]?(?:cette|cet|ce|this|that)[ ]"
    r"(?:[a-zà-ÿ\-]{1,20}[ ]){0,2}?(?:société|entreprise|banque|groupe|firme|compagnie|company|firm|group|bank|lender"
    r"|insurer|assureur|maker|fabricant|spécialiste|éditeur|laboratoire|start-up|startup)\b"
)
"""After a holding or deal cue, a demonstrative description: "99,49 % du capital de cette société"."""
_SHARES_NOT_HELD = re.compile(
    r"[ ](?:les|the|all the|all|toutes les|chaque|each)[ ](?:remaining[ ]|outstanding[ ])?"
    r"(?:actions|shares|titres|action|share)"
    r"(?:[ ](?:non[ ]détenue?s|qu'(?:il|elle)[ ]ne[ ]détient[ ]pas|it[ ]does[ ]not[ ](?:already[ ])?own|not[ ]already"
    r"[ ]owned|it[ ]doesn't[ ]own))?\b"
)
"""After a buying verb, the shares themselves: "acquérir les actions non détenues", "buy the remaining shares"."""


def points_back(folded: str, cue: Cue) -> bool:
    """Whether the object of ``cue`` is a company told before: a demonstrative description, or its shares."""
    if cue.family == "stake":
        return _THIS_COMPANY.match(folded, cue.end) is not None
    if cue.family == "acquisition" and cue.detail == "active":
        return _THIS_COMPANY.match(folded, cue.end) is not None or _SHARES_NOT_HELD.match(folded, cue.end) is not None
    return False
