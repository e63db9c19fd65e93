"""Cue patterns for an ownership told with its share inside the phrase (session 22).

A row cannot spell the share between the participle and its owner: « Korvia, détenue à 40 % par Dorvane », « filiale
à 100 % de Dorvane », "a 40%-owned unit of" ... "Korvia, 60%-owned by Dorvane". Each match is an `acquisition` cue
of the `owned` frame, read by :mod:`streams.extraction.acq_ownership`, which makes a share below half a stake.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

_SHARE_PATTERNS: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(r"\b\d{1,3}(?:\.\d{1,2})?[ ]?(?:%|percent|per[ ]cent)[ -](?:owned|controlled|held)[ ]by[ ]"),
    "fr": re.compile(
        r"\b(?:(?:détenue?s?|contrôlée?s?|possédée?s?)[ ](?:à[ ](?:hauteur[ ]de[ ])?)?|filiales?[ ]à[ ])"
        r"\d{1,3}(?:,\d{1,2})?[ ]?%[ ](?:par[ ]|de[ ]|du[ ]|des[ ]|d')"
    ),
}
"""A share told inside the phrase: "40%-owned by", « détenue à 99,99 % par », « filiale à 100 % de »."""
_SHARE_ANCHORS: Final[dict[Language, tuple[str, ...]]] = {
    "en": ("owned by", "controlled by", "held by"),
    "fr": ("détenu", "contrôlé", "possédé", "filiale"),
}
"""Words every share phrase holds: the pattern runs only over the sentences where one stands."""


def find_owned_share_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Spans of the ownership phrases with a share inside, as `acquisition` cues of the `owned` frame."""
    return [(m.start(), m.end()) for m in anchored_matches(_SHARE_PATTERNS[language], folded, _SHARE_ANCHORS[language])]
