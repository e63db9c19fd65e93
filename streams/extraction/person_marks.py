"""What marks a capitalised word as a person's: an honorific before it, a first name before it somewhere in the story.

The recogniser, the leadership readers and the subject readers ask the same questions of a name ("Sir Alan Marsh",
"Bob Iger ... Iger said"); they are answered here once (session 22: three honorific lists and two copies of the
"written after a first name" loop were folded here).

A surname is known when the story writes it right after a first name somewhere. The words that follow a first name
are indexed once per story, the first time a name is asked about: looking for every repeat of each name asked about
was quadratic in a long repetitive story (a name told 25,000 times, asked about once per candidate).
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.extraction.org_context import FIRST_NAMES

HONORIFICS = ("Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Prof", "Professor", "Rev", "Father")
"""Words of rank or calling before a person's name that the recogniser's titles leave out: "Sir John Bond", "Dame
Sharon", "Professor Ada Quill"."""
HONORIFIC_WORDS = frozenset(word.casefold() for word in HONORIFICS)
HONORIFIC_OPENS = re.compile(rf"(?:{'|'.join(HONORIFICS)})[ ]")
"""An honorific opening a name ("Sir Alan Marsh"): the name is a person's, whatever slot found it."""
PERSON_COURTESY = ("Mr", "Mrs", "Ms", "Mme", "Mlle")
"""Courtesy titles only people carry; "Dr" is left out, as it opens firms' names too (Dr. Oetker, Dr Pepper)."""
_COURTESY = ("Dr", *PERSON_COURTESY, "Madame", "Monsieur")
"""Also the spelt-out French ones (session 24: « mettre un terme au mandat de Monsieur Paulo Castellari »), left out of
:data:`PERSON_COURTESY` as a shop's name may open with them (Monsieur Bricolage)."""
TITLE_OPENS = re.compile(rf"(?:{'|'.join((*HONORIFICS, *_COURTESY))})\.?[ ]")
"""An honorific or a courtesy title opening a person's name ("Mr William Johnson", "Dr. Tony O'Reilly"); the name
proper follows it."""

_FIRST_NAME = r"([A-ZÀ-Ý](?<![\w\-'\u2019].)[a-zß-ÿ]+)(-[A-ZÀ-Ý][a-zß-ÿ]+)?[ ]"
FIRST_NAME_BEFORE = re.compile(_FIRST_NAME + "$")
"""A capitalised word (maybe a compound, "Jean-Louis") right before a space: a first name when :data:`FIRST_NAMES`
has its first part. Searched back from a name over :data:`FIRST_NAME_REACH` characters."""
FIRST_NAME_REACH = 32
_FIRST_NAME_ANYWHERE = re.compile(_FIRST_NAME)
_ALNUM = re.compile(r"[^\W_]*")
"""The letters and digits a word opens on (``str.isalnum`` characters): the key a name is looked up by."""


@lru_cache(maxsize=4)
def _after_first_names(text: str) -> dict[str, list[int]]:
    """Where a word follows a first name in ``text``, by the letters and digits it opens on ("Iger" of "Iger's")."""
    starts: dict[str, list[int]] = {}
    for first in _FIRST_NAME_ANYWHERE.finditer(text):
        if first.end() - first.start() <= FIRST_NAME_REACH and first.group(1).casefold() in FIRST_NAMES:
            starts.setdefault(_opening_run(text, first.end()), []).append(first.end())
    return starts


def _opening_run(text: str, pos: int) -> str:
    """The letters and digits ``text`` holds from ``pos`` on, up to the first other character."""
    run = _ALNUM.match(text, pos)
    return run.group() if run is not None else ""


def written_after_first_name(text: str, name: str) -> bool:
    """Whether the story writes ``name`` right after a first name somewhere ("Bob Iger ... Iger"): a surname."""
    for start in _after_first_names(text).get(_opening_run(name, 0), ()):
        end = start + len(name)
        if text.startswith(name, start) and (end == len(text) or not text[end].isalnum()):
            return True
    return False
