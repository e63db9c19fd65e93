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


_FORMED_UNIT = re.compile(
    r"[ ]((?:[A-Z][\w\-]{0,30}[ ]){0,2}[A-Z][\w\-]{0,30}),?[ ]"
    r"(?:Ltd|Limited|Inc|Corp|Corporation|LLC|Co|Pty|Pvt|GmbH|AG|plc|PLC|SE|NV|N\.V|BV|AB|Oy|S\.A|SA|SpA|Ltda)"
    r"(?![\w\-])"
)
"""One to three capitalised words after a known name, then a legal form: "Siemens Mobility Ltd"."""
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def formed_unit_at(text: str, end: int, unit_heads: frozenset[str]) -> re.Match[str] | None:
    """The words that make a known name at ``:end`` a registered unit of its own, closed by a legal form.

    "Siemens Mobility Ltd", "Hitachi Rail STS UK Ltd", "Samsung SDI Co." name that unit, not the known group whose
    name opens it: its first word is a unit's head noun (``unit_heads``) or one of its words an acronym. Other
    words may be the group's own full name ("Newmont Mining Corp.", "Mubadala Development Co.", "Porsche Automobil
    Holding SE" are the known companies), so they are left to the knowledge base. The caller keeps the known company
    when the whole name is one of its own names. ``group(1)`` holds the words, as for the other unit readers.
    """
    formed = _FORMED_UNIT.match(text, end)
    if formed is None:
        return None
    words = formed.group(1).split(" ")
    return formed if words[0] in unit_heads or any(_ACRONYM.fullmatch(word) for word in words) else None


_OF_PLACE_HEAD = re.compile(
    r"(?<![\w\-])(?:Bank|Farmers|Growers|Building[ ]Society)[ ]of[ ](?:the[ ])?"
    r"[A-Z][\w\-]{1,30}(?:[ ][A-Z][\w\-]{1,30}){0,2}(?![\w\-])"
)
"""A bank's or a producers' body's head noun that goes on with "of" and its place: "Bank of Queensland", "Bank of
the West", "Dairy Farmers of Britain"."""
_OF_PLACE_WORDS = ("Bank of", "Farmers of", "Growers of", "Society of")
"""The head nouns with their "of", to skip the search in the stories that hold none."""
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w\-]{1,30}[ ]){1,3}$")
"""Capitalised words before the head noun: "First National Bank of Pennsylvania"."""
_REACH = 100


def of_place_names(text: str) -> list[tuple[int, str, bool]]:
    """``(start, name, strict)`` of the banks and producers' bodies named "<...> Bank of <Place>" and the like.

    The capitalised-word readers stop at "of"; a central bank ("Bank of England") is a public body found first.
    One search for the head nouns, then a look back at the words before each.
    """
    names: list[tuple[int, str, bool]] = []
    if not any(head in text for head in _OF_PLACE_WORDS):
        return names
    for found in _OF_PLACE_HEAD.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, found.start() - _REACH), found.start())
        start = before.start() if before is not None else found.start()
        names.append((start, text[start : found.end()], False))
    return names
