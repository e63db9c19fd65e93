"""Major-customer cues whose words between the rank and the customer noun no table row can spell.

The ``major_customer`` rows list "largest customer", "major client", "biggest contract" word for word; reporters put a
market or a trade between the two: "one of its largest retail customers", "a major overseas customer", "its largest
own-label bread manufacturing contract", "its biggest U.S. client". Each pattern here is a rank word, one to three
words of description and the customer's or the contract's noun; it yields a ``major_customer`` cue read like a row's.
A row over the same words, with no word between, is left to the table.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

_RANK: Final = (
    r"\b(?:(?:single|second|third)[ \-])?(?:largest|biggest)|\bmajor|\bkey|\bmain|\bprincipal|\bmost[ ]important"
)
"""The words that rank a customer among its supplier's: the superlatives and the rank adjectives of the rows."""
_NOT_DESCRIBING: Final = (
    r"(?:with|from|for|and|or|but|the|of|to|by|its|their|in|on|at|as|that|which|who|said|says|is|was|are|were|has"
    r"|had|have|will|would|than|after|before|while|not|shareholder|shareholders|supplier|suppliers|rival|rivals"
    r"|competitor|competitors|ever)"
)
"""Words that link or open a clause, or name another role ("its largest shareholder and customer" is a shareholder
first), so never part of the description; "its biggest ever contract" is a record, not a customer's rank."""
_EN_RANKED_DESCRIBED = re.compile(
    rf"(?:{_RANK})[ ](?:(?!{_NOT_DESCRIBING}[ ])[a-z][a-z\-.&']{{1,20}}[ ]){{1,3}}?"
    r"(?:customers?|clients?|contracts?|accounts?|buyers?)\b"
)
"""A ranked customer with a description between rank and noun: "largest retail customers", "major overseas customer",
"largest own-label bread manufacturing contract"."""
_ANCHORS: Final = ("customer", "client", "contract", "account", "buyer")


def find_major_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Return (start, end) of every described major-customer phrase of an English case-folded text."""
    if language != "en":
        return []
    return [(match.start(), match.end()) for match in anchored_matches(_EN_RANKED_DESCRIBED, folded, _ANCHORS)]
