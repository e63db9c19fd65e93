"""Cue patterns for an ownership told with its share inside the phrase (session 22).

A row cannot spell the share between the participle and its owner: « Korvia, détenue à 40 % par Dorvane », « filiale
à 100 % de Dorvane », "a 40%-owned unit of" ... "Korvia, 60%-owned by Dorvane". Each match is an `acquisition` cue
of the `owned` frame, read by :mod:`streams.extraction.acq_ownership`, which makes a share below half a stake.

Session 28: the unit noun told with its owner's name ("Dorvane's Korvia unit", "Korvia, Dorvane's banking unit",
"Korvia, a Dorvane subsidiary") was read only in a sentence that held some other cue: a sentence telling nothing
else ("Every chip designed by Korvia, Dorvane's chip unit, is made by Z") was never read. The noun after a
possessive or a name is now a cue of the `unit` frame, so the sentence is read by the same unit reader.
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


_UNIT_PATTERNS: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"(?:['\u2019]s?[ ](?:[a-z\-]{2,15}[ ]){0,2}|,[ ](?:a|an|the)[ ](?:[\w&.\-]+[ ]){1,3})"
        r"(?<!-based[ ])(?:unit|division|subsidiary)\b"
    ),
}
"""A unit noun after its owner's possessive ("'s chip unit", "'s own bank subsidiary") or in an apposition that may
hold the owner's name (", a singapore power subsidiary"): the unit reader checks both names. A place adjective
before the noun ("Orion's Hong Kong-based subsidiary, Pan Orion") is not the unit's name."""
_UNIT_ANCHORS: Final = ("unit", "division", "subsidiary")


def find_unit_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Spans of the unit nouns told with an owner, as `acquisition` cues of the `unit` frame (English only)."""
    pattern = _UNIT_PATTERNS.get(language)
    if pattern is None:
        return []
    matches = anchored_matches(pattern, folded, _UNIT_ANCHORS)
    return [(m.end() - len(m.group().rsplit(" ", 1)[-1]), m.end()) for m in matches]
