"""Cue patterns for French takeover verb phrases with words inside them (session 19).

Rows spell « met la main sur » and « a pris le contrôle de »; reporters put a time or an adverb inside the phrase
(« met cette fois la main sur Y », « en prenant le contrôle en 2021 de Y », « a finalement pris le contrôle total
du groupe Y ») or use a tense no row lists (« avait pris le contrôle du »). Each match is an `acquisition` cue of the
`active` frame (buyer before, target after), read like a row.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import gated_finditer

_FILLER = r"(?:(?!(?:pas|plus|jamais|la|le|les|de|du|des|sur)[ ])(?:[a-zà-ÿ]{2,15}|(?:19|20)\d\d)[ ]){0,3}"
"""Up to three words inside the phrase: an adverb or a time ("cette fois", "finalement", "en 2021"), never a
negation or an article (a phrase of its own)."""
_FR_HAND = (
    r"\b(?:met|mettent|mettait|mettra|mettront|mettre|mettant|(?:a|ont|avait|avaient|aurait)[ ]"
    r"(?:(?!pas)[a-zà-ÿ]{2,15}[ ]){0,2}mis)[ ]" + _FILLER + r"la[ ]main[ ]sur[ ]"
)
_FR_CONTROL = (
    r"\b(?:prend|prennent|prenait|prendra|prendront|prendre|prenant|(?:a|ont|avait|avaient|aurait)[ ]"
    r"(?:(?!pas)[a-zà-ÿ]{2,15}[ ]){0,2}pris)[ ]"
    + _FILLER
    + r"le[ ]contrôle(?:[ ](?:total|exclusif|intégral))?[ ]"
    + _FILLER
    + r"(?:de[ ]|du[ ]|d')"
)
PATTERNS: Final[dict[Language, re.Pattern[str] | None]] = {
    "en": None,
    "fr": re.compile(_FR_HAND + "|" + _FR_CONTROL),
}


def find_control_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Spans of the French takeover phrases with words inside, as `acquisition` cues of the `active` frame."""
    pattern = PATTERNS[language]
    if pattern is None or ("main sur" not in folded and "contrôle" not in folded):
        return []
    return [(m.start(), m.end()) for m in gated_finditer(pattern, folded, folded)]
