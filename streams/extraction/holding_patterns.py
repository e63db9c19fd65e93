"""Cue patterns for a holding raised, where a table row cannot spell the words between the verb and the company.

Rows spell "raised its stake in", « a accru sa participation dans »; reporters put words between: an adverb or a
time ("upped its stake last night in Y", « a encore accru sa participation »), another way into the capital (« au
capital du groupe Y », « au sein de Y »), a headline's bare noun ("hikes stake in Y"), any tense (« renforcera »,
"is boosting"). Each match is a `stake` cue in the `into` frame (holder before, company right after), read by the
same frame reader as a row (:mod:`streams.extraction.rules`); a longer row over the same words wins.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

_EN_RAISE = (
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|up(?:s|ped|ping)?"
    r"|hik(?:e|es|ed|ing)|doubl(?:e|es|ed|ing))[ ]"
)
"""A verb raising a holding, in any form ("raised", "is boosting", "hikes", "upped")."""
_EN_HOLDING = (
    r"(?:(?:its|his|her|their)[ ])?(?:(?:minority|majority|equity|direct|existing)[ ])?(?:stake|holding|shareholding)"
    r"[ ]"
)
"""The holding raised, the possessive left out in a headline ("hikes stake in")."""
_EN_BETWEEN = (
    r"(?:(?:again|further|slightly|sharply|yesterday|today|(?:(?:last|this|earlier[ ]this)[ ]"
    r"(?:night|week|month|year|quarter))|(?:on[ ])?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))[ ])?"
)
"""A time or an adverb between the holding and its company ("upped its stake last night in")."""
_FR_ADVERB = (
    r"(?:(?:encore|de[ ]nouveau|à[ ]nouveau|une[ ]nouvelle[ ]fois|également|aussi|légèrement|fortement|discrètement"
    r"|récemment|déjà)[ ])?"
)
_FR_RAISE = (
    r"\b(?:(?:a|ont|avait|avaient|aurait|auraient|avoir)[ ]" + _FR_ADVERB + r"(?:accru|augmenté|renforcé|relevé|doublé)"
    r"|(?:accroît|accroissent|accroîtra|accroîtront|accroître|augmente|augmentent|augmentera|augmenteront|augmenter"
    r"|renforce|renforcent|renforcera|renforceront|renforcer|relève|relèvent|relèvera|relever|double|doublent"
    r"|doublera|doubler)(?:[ ](?:encore|de[ ]nouveau|à[ ]nouveau|légèrement|fortement))?)[ ]"
)
"""A French verb raising a holding, in any tense, an adverb inside the compound ("a encore accru", « renforcera »)."""
_FR_INTO = (
    r"(?:sa|leur)[ ]participation[ ](?:dans(?:[ ]le[ ]capital[ ]d(?:e|u|'))?|au[ ]capital[ ]d(?:e|u|')"
    r"|au[ ]sein[ ]d(?:e|u|'))(?:(?<=')|(?![\w\-]))"
)
"""The holding and the way into the company: « sa participation au capital du groupe Y », « au sein de Y »."""

PATTERNS: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(_EN_RAISE + _EN_HOLDING + _EN_BETWEEN + r"in(?:to)?(?![\w\-])"),
    "fr": re.compile(_FR_RAISE + _FR_INTO),
}
_ANCHORS: Final[dict[Language, tuple[str, ...]]] = {
    "en": ("stake", "holding"),
    "fr": ("participation",),
}
"""Words every match holds: the pattern runs only over the sentences where one stands (``anchored_matches``)."""


def find_holding_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Return (start, end) of every raised holding of ``language`` in ``folded``, its company right after the end."""
    return [(match.start(), match.end()) for match in anchored_matches(PATTERNS[language], folded, _ANCHORS[language])]
