"""An organisation's name written out in lower case, then its acronym: « les Chemins de fer fédéraux (CFF) ».

French (and some English) institution names keep only their first word capitalised (« Société nationale des chemins
de fer français (SNCF) », « Régie autonome des transports parisiens (RATP) »); the name readers, which walk back over
capitalised words, would keep only « Chemins » or « Société ». When the words before the parentheses spell the
acronym by their initials (particles « de », « des », « du », « of » aside) and the first of them is capitalised, they
are one name, and the acronym then names it too (:func:`streams.extraction.mentions._acronyms`).
"""

from __future__ import annotations

import re

from streams.extraction.acronym_names import COMMON_ABBREVIATIONS

_ACRONYM = re.compile(r"[ ]\(([A-Z]{3,6})\)")
_PARTICLES = frozenset({
    "de", "des", "du", "d'", "la", "le", "l'", "les", "et", "of", "the", "and", "for", "à", "au", "aux", "en",
})  # fmt: skip
"""Words an acronym skips: « Chemins de fer fédéraux » is CFF."""
_WORD = re.compile(r"[\w\-]+$")
_INSIDE_SENTENCE = re.compile(r"[a-zà-ÿ,'][ ]?$")
"""Before the name: a word in lower case, a comma or an elided article, not a sentence's start."""
_MAX_WORDS = 10


def spelled_acronyms(text: str) -> list[tuple[int, str, bool]]:
    """(start, name, False) of each name whose words' initials spell the acronym in parentheses after it.

    Only names whose words after the first are all in lower case are read here: capitalised ones the other readers
    read whole, and a capitalised word inside may be another party's name (« Société des rédacteurs du Monde (SRM) »,
    which the other readers take when the acronym acts). Only inside a sentence: a capitalised first word opening a
    sentence may be any term (« Excédent brut d'exploitation (EBE) »), one after an article or a preposition is a name
    (« les Chemins de fer fédéraux »).
    """
    found = []
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        if acronym in COMMON_ABBREVIATIONS:
            continue
        start = _spelled_start(text, match.start(), acronym)
        if start is None:
            continue
        name = text[start : match.start()]
        in_sentence = _INSIDE_SENTENCE.search(text, max(0, start - 3), start) is not None
        if in_sentence and all(word[0].islower() for word in name.split()[1:]):
            found.append((start, name, False))
    return found


def _spelled_start(text: str, end: int, acronym: str) -> int | None:
    """The start of the words ending at ``end`` whose initials spell ``acronym`` (the first one capitalised)."""
    letters = list(acronym)
    pos = end
    for _ in range(_MAX_WORDS):
        space = text.rfind(" ", max(0, pos - 30), pos)
        word = text[space + 1 : pos]
        elided = word[:2] if word[:2].lower() in ("d'", "l'") else ""
        word = word[len(elided) :]
        if space < 0 or not _WORD.fullmatch(word):
            return None
        if word.lower() in _PARTICLES and len(letters) < len(acronym):
            pos = space
            continue
        if word[0].upper() != letters[-1]:
            return None
        letters.pop()
        if not letters:
            return space + 1 + len(elided) if word[0].isupper() else None
        pos = space
    return None
