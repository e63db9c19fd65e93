"""Which of a reader's patterns an article may match, from one scan of the words each pattern needs (session 21).

A pattern opening on an alternation of words ("raised|received|...") is tried at every position of the
article, some hundred microseconds per pattern on a news story, though most stories hold none of its words. A
reader lists, for each pattern, words one of which any match must hold; one Aho-Corasick pass over the folded text
finds them all, and only the patterns whose words were seen are scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import ahocorasick


class WordGates:
    """The patterns of one reader and the words each needs, matched in one pass."""

    def __init__(self, gates: Mapping[re.Pattern[str], tuple[str, ...]]) -> None:
        self._gates = dict(gates)
        self._automaton = ahocorasick.Automaton()
        for words in self._gates.values():
            for word in words:
                self._automaton.add_word(word, word)
        self._automaton.make_automaton()

    def open(self, folded: str) -> frozenset[re.Pattern[str]]:
        """The patterns one of whose words ``folded`` holds."""
        seen = {word for _, word in self._automaton.iter(folded)}
        return frozenset(pattern for pattern, words in self._gates.items() if not seen.isdisjoint(words))


def finditer_if(pattern: re.Pattern[str], haystack: str, opened: frozenset[re.Pattern[str]]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``haystack`` (a text or its folded copy) if the gates opened it, else none."""
    return pattern.finditer(haystack) if pattern in opened else iter(())
