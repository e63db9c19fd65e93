"""Rounds told as grown after their first close: "X extended its Series A to $350 million" (session 14).

A company that extends, expands, upsizes or tops up its round raises more money, and reporters then name the backers
of the "top-up" or the "extension" in the next sentence. The verbs alone cannot be table rows: "extended its" would
shadow the customer rows ("expanded its supply agreement with" reads "expanded" and the contract after it), so the
round noun right after the possessive decides, here, and a synthetic raise cue is given to the raise reader.
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.cues import Cue
from streams.extraction.pattern_windows import gated_finditer

_EXTENDED_ROUND = re.compile(
    r"\b(?:(?:has|have|had|is|was|will)[ ](?:been[ ])?)?"
    r"(?:extend(?:ed|s|ing)?|expand(?:ed|s|ing)?|upsiz(?:ed|es|ing|e)|top(?:ped|s|ping)?[ ]up"
    r"|(?:a[ ])?(?:prolong(?:é|e|er)|étend(?:u)?|élargi(?:t)?|agrandi(?:t)?))"
    r"[ ](?:its|their|sa|son|leur)[ ]"
    r"(?=(?:[\w$€£.,\-]+[ ]){0,2}?(?:series[ ][a-h]\b|(?:pre-)?seed\b|round|financing|funding[ ]round|raise\b"
    r"|tranche|série[ ][a-h]\b|tour[ ]de[ ]table|levée|amorçage))"
)
"""An extension verb, its possessive and, looked at, the round it grows: "has extended its Series A", "expanded its
seed round", « a prolongé sa série B », « étend son tour de table » (never "extended its contract / loan / lead")."""


def extended_round_cues(sentence: Sentence, folded: str) -> list[Cue]:
    """Synthetic raise cues, one per round a sentence says its company extended, from the verb to the possessive."""
    return [
        Cue(match.start(), match.end() - 1, "investment", "raise")
        for match in gated_finditer(_EXTENDED_ROUND, folded, folded, sentence.start, sentence.end)
    ]
