"""Cue patterns for a round's backers named by the investors' own noun phrase, where a table row cannot spell it.

Reporters list a round's backers in the sentence after the raise, its subject the investors of that round, with
any determiner, adjective and round noun: "Investors in this round are A, B and C", "The investors in the new
round were A and B", "Participants in this financing included A", « Parmi les investisseurs de ce tour de table
figurent A et B », « Les participants à l'opération sont A et B ». Each such subject and its verb give one
``co_investor`` cue in the ``after`` frame (the list follows), read by the same reader as the rows "investors in
the round include" (:mod:`streams.extraction.rules`), which checks that a company follows a copula at once.

Backers also stand "among its existing investors" / « parmi ses investisseurs historiques », an adjective inside
the phrase the rows spell bare ("among its investors"): a ``co_investor`` cue in the ``cue`` frame (the list
before it). Customers, partners or employees in the same places name no backer, so only investor nouns are read.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

_EN_INVESTORS = r"(?:investors|backers|participants|contributors)"
_EN_ROSTER = (
    r"(?:\b(?:the|its|their)[ ])?(?:(?:other|new|existing|additional|main|key)[ ]){0,2}"
    + _EN_INVESTORS
    + r"[ ](?:in|of|to)[ ](?:the|this|that|its|their|today's)[ ](?:[a-z0-9\-]{1,15}[ ]){0,3}?"
    r"(?:round|financing|funding|raise|extension|tranche|investment)"
    r"[ ](?:are|were|include|included|includes|comprise|comprised)\b"
)
"""The round's investors as a subject, their verb a copula or "include": "Investors in this round are", "The other
backers of the Series B round included"."""
_EN_AMONG = (
    r"\bamong[ ](?:its|their|the[ ]company's)[ ]"
    r"(?:(?:existing|early|earlier|current|other|previous|biggest|largest|main|major|first|longtime|long-time)[ ]){1,2}"
    + r"(?:investors|backers|shareholders)\b"
)
"""Standing backers with an adjective: "among its existing backers", "among their early investors"."""

_EN_RETURNED = (
    r"\b(?:also[ ])?(?:returned|came[ ]back)[ ](?:for|to)[ ](?:the|this|that|its|their|a|an)[ ]"
    r"(?:[a-z0-9$€£.,\-]{1,15}[ ]){0,4}?(?:round|financing|funding|raise|extension|tranche|series[ ][a-h]|seed)\b"
    r"(?![ ]of[ ](?:talks|negotiations|discussions|voting|votes|bidding|layoffs|cuts))"
)
"""Session 27: a returning backer, the investors before the verb ("earlier investors such as A and B returned for the
round", "A returned for a $35m series B round"); a round of talks is none."""

_FR_INVESTORS = r"(?:investisseurs|participants|contributeurs|souscripteurs)"
_FR_ROSTER = (
    r"\b(?:parmi[ ])?les[ ](?:(?:autres|nouveaux|principaux)[ ])?"
    + _FR_INVESTORS
    + r"[ ](?:de[ ](?:ce|cette|cet|la|le)[ ]|de[ ]l'|du[ ]|à[ ](?:ce|cette|cet|la)[ ]|à[ ]l'|au[ ])"
    r"(?:(?:nouveau|nouvelle|dernier|dernière|premier|première)[ ])?"
    r"(?:tour(?:[ ]de[ ]table)?|levée(?:[ ]de[ ]fonds)?|opération|financement|augmentation[ ]de[ ]capital)"
    r"(?:[ ](?:sont|étaient|figurent|comptent|comprennent|incluent)"
    r"|,?[ ]on[ ](?:retrouve|trouve|compte|note))\b"
)
"""The same in French: « Parmi les investisseurs de ce tour de table figurent », « Les participants à l'opération
sont », « Les investisseurs de cette levée comptent »."""
_FR_AMONG = (
    r"\bparmi[ ](?:ses|leurs|les)[ ](?:investisseurs|actionnaires|soutiens)[ ]"
    r"(?:historiques|existants|actuels|initiaux|de[ ]la[ ]première[ ]heure)\b"
)
"""« parmi ses investisseurs historiques », « parmi ses actionnaires existants »."""

_EN_COMPANY_ROSTER = (
    r"\bamong[ ]the[ ](?:other[ ])?(?:(?:existing|early|new|main)[ ])?(?:investors|backers|shareholders)[ ](?:of|in)[ ]"
    r"[^,;.]{2,60}?[ ](?:are|were|include|included)\b"
)
"""A company's standing backers, the company named inside the subject: "Among the other backers of X were"."""
_FR_COMPANY_ROSTER = (
    r"\b(?:parmi[ ])?les[ ](?:autres[ ])?(?:principaux[ ])?(?:investisseurs|actionnaires)[ ](?:de[ ]|d')"
    r"(?!ce[ ]|cette[ ]|cet[ ]|la[ ]|le[ ]|l')[^,;.]{2,60}?(?:,[^,;.]{0,90},)?[ ](?:sont|figurent)\b"
)
"""The same in French, an aside after the company: « Les investisseurs de X, qui fabrique des adhésifs, sont »."""

_PATTERNS: Final[dict[Language, tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]]] = {
    "en": (
        (re.compile(_EN_ROSTER), "after", ("investors", "backers", "participants", "contributors")),
        (re.compile(_EN_AMONG), "cue", ("among",)),
        (re.compile(_EN_COMPANY_ROSTER), "after", ("among the",)),
        (re.compile(_EN_RETURNED), "cue", ("returned", "came back")),
    ),
    "fr": (
        (re.compile(_FR_ROSTER), "after", ("investisseurs", "participants", "contributeurs", "souscripteurs")),
        (re.compile(_FR_AMONG), "cue", ("parmi",)),
        (re.compile(_FR_COMPANY_ROSTER), "after", ("investisseurs", "actionnaires")),
    ),
}
"""Each pattern, its ``co_investor`` frame and its anchors (``pattern_windows.anchored_matches``)."""


_ROSTERS: Final = {pattern for patterns in _PATTERNS.values() for pattern, frame, _ in patterns if frame == "after"}


def is_roster(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is a roster subject and its verb ("Investors in this round are").

    Like a copula after "the investors", it opens a list only when a company follows at once: "The investors in
    this round were pleased that Acme ..." names no backer (``round_sequel.copula_without_list``).
    """
    return any(pattern.fullmatch(folded, start, end) is not None for pattern in _ROSTERS)


def find_roster_cues(folded: str, language: Language) -> list[tuple[int, int, str]]:
    """Return (start, end, frame) of every roster pattern of ``language`` in the case-folded text."""
    return [
        (match.start(), match.end(), frame)
        for pattern, frame, anchors in _PATTERNS[language]
        for match in anchored_matches(pattern, folded, anchors)
    ]
