"""Firms named "<Name> International": the head word the organisation heads leave out.

"International" closes many firms' names ("Martin International", "Gate Gourmet International") but it also opens
services, routes and places ("International Charter services", "Dulles International Airport"), so it is no
organisation head of :mod:`streams.extraction.mentions`. It names a firm here only as the last word of a
capitalised run of one to three words, with no capitalised word after it. A known company's own longer name
("Lexmark International") is left to the knowledge base, which reads the known company.
"""

from __future__ import annotations

import re

from streams.extraction.knowledge_base import KnowledgeBase
from streams.extraction.org_context import NOT_NAMES, is_nationality, is_origin_word

_WORD = r"[A-Z][\w&'\-]{0,30}"
_INTERNATIONAL = re.compile(rf"(?<![\w\-])((?:{_WORD}[ ]){{1,3}})International(?![\w\-])(?![ ][A-Z(])")
"""One to three capitalised words, then "International" with no capitalised word or bracket after it."""


def international_names(text: str, kb: KnowledgeBase) -> list[tuple[int, str, bool]]:
    """``(start, name, strict)`` of every "<Name> International" whose words before the head are no known company.

    One search for the head word, not a scan per capitalised word.
    """
    names: list[tuple[int, str, bool]] = []
    if "International" not in text:
        return names
    for found in _INTERNATIONAL.finditer(text):
        words = found.group(1).split()
        if kb.lookup(" ".join(words)) is None and not any(_describes(word.casefold()) for word in words):
            names.append((found.start(), found.group(0), False))
    return names


def _describes(word: str) -> bool:
    """Whether a word before "International" is an opener, a month, a nationality or a place, not a name's.

    "In January International shipments", "Chinese International division", "Paris International Show".
    """
    return word in NOT_NAMES or is_nationality(word) or is_origin_word(word)
