"""The customer of a verb told as someone's decision: « la décision des CFF d'accorder à Y un contrat ».

A cue in the infinitive after « la décision de X de / d' » belongs to X, the holder of the decision, however many
companies the sentence names before (« Stadler conteste la décision des CFF d'accorder à Y ... »: Stadler contests,
the CFF give the contract). The holder is the company right before the infinitive's « de / d' », itself right after
the decision noun. The decision may also be told by a relative clause on its holder: « la décision de la SNCB qui a
retenu Y ».
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_BEFORE_INFINITIVE = re.compile(r"[ ]de[ ]|[ ]d'|[ ]|,?[ ]qui[ ]")
"""Between the holder and the cue (which may hold the « de / d' » itself), or the relative « qui » of a decision told
in a finite verb (session 25, custfr: « a fait appel de la décision de la SNCB qui a retenu Y »)."""
_DECISION_OF = re.compile(
    r"\b(?:décision|décisions|choix|intention|volonté)[ ](?:de[ ]la[ ]|de[ ]l'|des[ ]|du[ ]|de[ ]|d')"
    r"(?:(?:[a-zà-ÿ\-]{2,20}[ ]){0,2})?$"
)
"""Right before the holder: the decision noun and its « de / des / du » (maybe a short description: « du groupe »)."""
_REACH = 40


def decision_holder(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company whose decision the cue's infinitive tells, if the cue follows « la décision de X de »."""
    folded = article.folded
    holder = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if holder is None or _BEFORE_INFINITIVE.fullmatch(folded, holder.end, cue.start) is None:
        return None
    before = _DECISION_OF.search(folded, max(sentence.start, holder.start - _REACH), holder.start)
    return holder if before is not None else None
