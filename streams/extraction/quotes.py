"""A company speaking of itself in a quote: "we" there is the company the attribution gives.

Reporters let the parties tell the news: "« Nous prolongeons notre accord avec Astrelle », a déclaré le directeur
financier de Solvane", "'We have decided to end our contract with Brimley,' said Jo Marsh, chief executive of
Kestrel Foods". The rules read parties where names stand, so the speaker's company is set where its first person
stands: the subject "we" / "nous" inside the quotation marks of a sentence whose attribution, outside them, has a
verb of speech and names exactly one company. Two companies outside the quote leave the speaker unknown, and no
party is guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from schemas.news import Language
from streams.extraction.mentions import CompanyMention

_FIRST_PERSON = {
    "en": re.compile(r"\bwe\b"),
    "fr": re.compile(r"\bnous(?=[ ](?:[\w-]+ons|sommes)\b)"),
}
"""The subject "we" ("nous" before a verb of its own: "nous prolongeons", "nous avons"; not "il nous a dit"). The
possessive is left alone: "our largest customer, X" already names the speaker's customer by its apposition."""
_MARK = re.compile('"')
_SPEECH = {
    "en": re.compile(r"\b(?:said|says|told|added|explained|stated|commented|according to)\b"),
    "fr": re.compile(
        r"\b(?:a déclaré|déclare|a indiqué|indique|a expliqué|explique|a précisé|précise|a affirmé|affirme"
        r"|a ajouté|ajoute|a souligné|souligne|a commenté|commente|a confié|confie|estime|a estimé|selon)\b"
    ),
}


def speaker_mentions(
    folded: str, language: Language, spans: Sequence[tuple[int, int]], companies: Sequence[CompanyMention]
) -> list[CompanyMention]:
    """The speaker's company at each "we" / "nous" of a quote whose attribution names it (see the module)."""
    first_person = _FIRST_PERSON.get(language)
    speech = _SPEECH.get(language)
    if first_person is None or speech is None or '"' not in folded:
        return []
    found: list[CompanyMention] = []
    all_marks = [match.start() for match in _MARK.finditer(folded)]
    for start, end in spans:
        marks = all_marks[bisect_left(all_marks, start) : bisect_left(all_marks, end)]
        quotes = list(zip(marks[::2], marks[1::2], strict=False))
        if not quotes:
            continue
        outside = _outside(start, end, quotes)
        speaker = _speaker(folded, outside, companies, speech)
        if speaker is None:
            continue
        for quote_start, quote_end in quotes:
            found.extend(
                CompanyMention(match.start(), match.end(), speaker.id, speaker.name, speaker.known, speaker.kind)
                for match in first_person.finditer(folded, quote_start, quote_end)
            )
    return found


def _outside(start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces, pos = [], start
    for quote_start, quote_end in quotes:
        pieces.append((pos, quote_start))
        pos = quote_end + 1
    pieces.append((pos, end))
    return [(a, b) for a, b in pieces if b > a]


def _speaker(
    folded: str, outside: list[tuple[int, int]], companies: Sequence[CompanyMention], speech: re.Pattern[str]
) -> CompanyMention | None:
    if not any(speech.search(folded, a, b) for a, b in outside):
        return None
    named = [c for c in companies if any(a <= c.start and c.end <= b for a, b in outside)]
    if len({c.id for c in named}) != 1:
        return None
    return named[0]
