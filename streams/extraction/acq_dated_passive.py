"""Cue patterns for a takeover passive with a time between the participle and its buyer (session 26).

Rows spell "acquired by" and « repris par »; a reporter dates the deal inside the passive ("Dumarais was acquired in
2019 by Corvantis", "bought last year by", « a été repris le 19 décembre dernier par le groupe X », « rachetée en
2021 par »). Without a row for the whole span the bare participle ("acquired", « repris ») is read in the `active`
frame, and the target before it becomes the buyer: the parties come out swapped. Each match is an `acquisition` cue
of the `passive` frame (target before, buyer after the closing "by" / « par »), longer than the bare participle, so
it wins the overlap.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import gated_finditer

_MONTHS_EN = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_DAYS_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR = r"(?:19|20)\d\d"
_WHEN_EN = (
    r"(?:in[ ](?:(?:early|late|mid)[ \-])?(?:" + _MONTHS_EN + r"(?:[ ]" + _YEAR + r")?|" + _YEAR + r")"
    r"|on[ ](?:" + _DAYS_EN + r"|" + _MONTHS_EN + r"[ ]\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]" + _YEAR + r")?)"
    r"|last[ ](?:year|month|week|summer|spring|autumn|fall|winter|" + _DAYS_EN + r")"
    r"|(?:earlier[ ])?this[ ](?:year|month|week)"
    r"|(?:two|three|four|five|six|several|a[ ]few)[ ](?:years|months|weeks)[ ]ago|a[ ](?:year|month)[ ]ago)"
)
"""A date inside an English passive: "in 2019", "in early March", "on Monday", "last year", "two years ago"."""
_EN: Final = re.compile(
    r"\b(?:acquired|bought|purchased|taken[ ]over|snapped[ ]up|bought[ ]out)[ ],?"
    + _WHEN_EN
    + r",?[ ]by[ ](?![a-z]+ing\b)"
)
_MONTHS_FR = r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre)"
_DAYS_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_WHEN_FR = (
    r"(?:en[ ](?:" + _MONTHS_FR + r"(?:[ ](?:dernier|" + _YEAR + r"))?|" + _YEAR + r")"
    r"|(?:début|fin|mi-)[ ]?" + _MONTHS_FR + r"(?:[ ](?:dernier|" + _YEAR + r"))?"
    r"|le[ ](?:1er|\d{1,2})[ ]" + _MONTHS_FR + r"(?:[ ](?:dernier|" + _YEAR + r"))?"
    r"|(?:ce[ ])?" + _DAYS_FR + r"(?:[ ]dernier)?"
    r"|l'an[ ](?:dernier|passé)|l'année[ ](?:dernière|passée)|cette[ ](?:semaine|année)|ce[ ]mois-ci"
    r"|il[ ]y[ ]a[ ](?:deux|trois|quatre|cinq|six|dix|\d+|quelques)[ ](?:ans|mois|semaines))"
)
"""A date inside a French passive: « en 2019 », « le 19 décembre dernier », « l'an dernier », « début mars »."""
_FR: Final = re.compile(r"\b(?:rachetée?s?|reprise?s?|acquise?s?)[ ],?" + _WHEN_FR + r",?[ ]par[ ]")
PATTERNS: Final[dict[Language, re.Pattern[str]]] = {"en": _EN, "fr": _FR}


def find_dated_passive_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Spans of a takeover participle, a date and "by" / « par », as `acquisition` cues of the `passive` frame.

    "by" before a gerund ("acquired in 2019 by buying shares") tells how, not who: no cue.
    """
    pattern = PATTERNS.get(language)
    if pattern is None or (" by " not in folded and " par " not in folded):
        return []
    return [(m.start(), m.end() - 1) for m in gated_finditer(pattern, folded, folded)]
