"""Cue patterns for a customer that goes on buying from its supplier, in any tense of the verbs.

A table row is a fixed phrase, and the continuing relation is told with two verbs whose forms multiply:
"continues to use", "will continue using", "is still relying on", "continuait à utiliser", "poursuivra
sa collaboration avec". Each pattern here is a verb of going on (or "still"), then a verb of using,
relying on or buying from, in any of their forms; it yields a cue of the family ``customer_continue`` in the
`active` frame (customer before, supplier after), read by the same frame reader as a row
(:mod:`streams.extraction.rules`). A longer row that covers the same words wins.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language

_EN_GO_ON = (
    r"\b(?:continu(?:e|es|ed|ing)[ ](?:to[ ])?|keep(?:s|ing)?[ ]|kept[ ]"
    r"|(?:is|are|was|were|remains?|has[ ]been|have[ ]been)[ ]still[ ]|still[ ])"
)
"""Going on: "continues to", "will continue", "keeps", "is still", "still"."""
_EN_USE = (
    r"(?:us(?:e|es|ed|ing)|rel(?:y|ies|ied|ying)[ ]on|depend(?:s|ed|ing)?[ ]on"
    r"|(?:buy(?:s|ing)?|bought)[ ](?:[a-z\-]{2,15}[ ]){0,2}?from"
    r"|sourc(?:e|es|ed|ing)[ ](?:[a-z\-]{2,15}[ ]){0,2}?from|order(?:s|ed|ing)?[ ](?:[a-z\-]{2,15}[ ]){0,2}?from"
    r"|work(?:s|ed|ing)?[ ]with|partner(?:s|ed|ing)?[ ]with|do(?:es|ing)?[ ]business[ ]with|did[ ]business[ ]with)"
)
"""Using, relying on or buying from a supplier, in any form; the supplier follows ("continue using Samsung")."""
_FR_GO_ON = (
    r"\b(?:continu(?:e|ent|era|eront|erait|eraient|ait|aient|er)|poursui(?:t|vent|vra|vront|vrait|vre))"
    r"[ ](?:à[ ]|d'|de[ ])"
)
"""Going on: "continue de", "continuera à", "poursuit", and their tenses."""
_FR_USE = (
    r"(?:utiliser|faire[ ]appel[ ]à|recourir[ ]à|s'approvisionner[ ](?:auprès[ ]d(?:e|')|chez)"
    r"|se[ ]fournir[ ](?:auprès[ ]d(?:e|')|chez)|acheter[ ](?:[a-zé\-]{2,15}[ ]){0,2}?(?:auprès[ ]d(?:e|')|chez)"
    r"|travailler[ ]avec|collaborer[ ]avec|commander[ ](?:[a-zé\-]{2,15}[ ]){0,2}?(?:à|auprès[ ]d(?:e|')))"
)
"""Using, calling on or buying from a supplier ("continue d'utiliser", "continuera à s'approvisionner auprès de")."""

PATTERNS: Final[dict[Language, tuple[re.Pattern[str], ...]]] = {
    "en": (re.compile(_EN_GO_ON + _EN_USE + r"(?![\w\-])"),),
    "fr": (re.compile(_FR_GO_ON + _FR_USE + r"(?:(?<=')|(?![\w\-]))"),),
}


def find_continue_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Return (start, end) of every going-on-with-a-supplier pattern of ``language`` in the case-folded text."""
    if not any(stem in folded for stem in _STEMS):
        return []  # a pass over the whole text only where a verb of going on stands
    return [(match.start(), match.end()) for pattern in PATTERNS[language] for match in pattern.finditer(folded)]


_STEMS = ("continu", "still", "keep", "kept", "poursui")
