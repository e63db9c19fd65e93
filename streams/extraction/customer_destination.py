"""The customer a supplier's work is for, named as the owner of what the work goes into.

A supply verb's customer is often not right after "for / to / pour / à" but owns the thing the goods are for:
"will keep supplying modems for older Apple devices", "will go on supplying GPUs for Apple's MacBook Air", "will
provide the software for the wireless network of Triangle Communications", "fabrique les sièges des avions de X".
The owner is named after "of / de" at the end of a short noun phrase, with a possessive ("Apple's"), or as the first
word of a noun it qualifies ("Apple devices"); a name followed by a verb, a comma or a clause word is none of these.
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.mentions import CompanyMention

_DESTINATION = re.compile(
    r"[ ]?(?:(?:the|its|their|a|an|le|la|les|l'|des|du|ses|leurs)[ ]?)?"
    r"(?:(?!(?:and|or|et|ou|which|that|who|qui|que|with|avec|by|par|to|à|from|in|en)[ ])[a-z0-9à-ÿ\-]{1,20}[ ]){0,5}?"
    r"(?:of|de|du|des|d')[ ]?(?:(?:the|la|le|l')[ ]?)?$"
    r"|[ ]?(?:(?!(?:and|or|et|ou|which|that|who|qui|que|with|avec|by|par|to|à|from|in|en)[ ])[a-z0-9\-]{1,20}[ ]){0,3}$"
)
"""From the preposition to the owner: "the fixed wireless network of ", "the new range of ", or up to three lower-case
words before an attributive or possessive name ("older ", "recently launched ")."""
_OWNER_AFTER = re.compile(
    r"(?:'s|')[ ]|[ ](?!(?:and|or|et|ou|which|that|who|qui|que|is|are|was|were|has|have|will"
    r"|said|says|est|sont|a|ont|in|to|for|from|by|with|at|on)\b)[a-z][a-z0-9\-]{2,20}\b"
)
"""Right after a name that owns or qualifies the destination: "'s", or a lower-case noun ("Apple devices")."""
_REACH = 70
"""From the preposition to the owner's name."""


def destination_owner(folded: str, sentence: Sentence, pos: int, exclude: str | None) -> CompanyMention | None:
    """The company owning what a supplier's work at ``pos`` (right after "for / to / pour") goes into, else None."""
    clause_end = sentence.clauses.span_of(max(pos - 1, sentence.start))[1]
    for company in sentence.companies:
        if company.start < pos or company.id == exclude:
            continue
        if company.start > pos + _REACH or company.start >= clause_end:
            return None
        gap = folded[pos : company.start]
        if not _DESTINATION.fullmatch(gap):
            return None
        of_owner = gap.rstrip().endswith(("of", "de", "du", "des", "d'", "the", "la", "le", "l'"))
        if of_owner or _OWNER_AFTER.match(folded, company.end):
            return company
        return None
    return None
