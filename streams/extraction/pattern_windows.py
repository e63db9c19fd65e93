"""Run a pattern only over the sentences where one of its anchors stands.

Every hand-written pattern reader (``risk_patterns``, ``end_patterns``, ``relation_patterns``, ``roster_patterns``,
``holding_patterns``) comes with anchors: words of which one stands in every match ("order", "contract", "among", a
verb's stem). A pattern that opens on a common verb ("is", "keeps", "a") or on an alternation of verbs is tried at
every position of the text, so one pass costs about as much as all the table's phrases; its anchors are found with
``str.find`` instead, and the pattern is run over the sentence around each find only (sentences cut at ". ", "; " and
line ends, so a match never crosses them), which finds the same matches for a pattern that stays within a sentence and
holds an anchor.

The anchors of every reader are looked for together: each new anchor joins one Aho-Corasick automaton, which finds
all of them in one pass per text, where a ``str.find`` per anchor scanned the text some 160 times an article. The
word gates of the frame readers (:class:`WordGates`: a pattern is tried only when the text holds one of its words)
read the same pass (session 22; they scanned each article once more per reader).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache

import ahocorasick

_STOP = re.compile(r"\. |; |\n")
"""The stops that cut sentences; no two of them can overlap, so one scan finds every occurrence of each."""


@lru_cache(maxsize=8)
def _stops(folded: str) -> tuple[list[int], list[int]]:
    """(ends, starts) of every stop in ``folded``: where each stop ends and where each one starts, in text order.

    About forty patterns of an article look for sentences around their anchors in the same text; the stops are
    found once per text (a few articles are kept, the readers of one article run one after the other).
    """
    found = [(match.end(), match.start()) for match in _STOP.finditer(folded)]
    return [end for end, _ in found], [start for _, start in found]


class _AnchorAutomaton:
    """The anchors asked for so far, in one automaton rebuilt when a reader brings a new one (at its first call)."""

    def __init__(self) -> None:
        self.anchors: frozenset[str] = frozenset()
        self.automaton = ahocorasick.Automaton()

    def holding(self, anchors: tuple[str, ...]) -> ahocorasick.Automaton:
        """The automaton, with ``anchors`` added if one is new (a fresh automaton: one already handed out stays)."""
        if not self.anchors.issuperset(anchors):
            self.anchors |= frozenset(anchors)
            automaton = ahocorasick.Automaton()
            for anchor in self.anchors:
                automaton.add_word(anchor, anchor)
            automaton.make_automaton()
            self.automaton = automaton
        return self.automaton


_ANCHORS = _AnchorAutomaton()


@lru_cache(maxsize=8)
def _anchor_starts(folded: str, automaton: ahocorasick.Automaton) -> dict[str, list[int]]:
    """Every start of every anchor of ``automaton`` in ``folded``, overlapping ones too, in text order per anchor."""
    starts: dict[str, list[int]] = {}
    for last, anchor in automaton.iter(folded):
        starts.setdefault(anchor, []).append(last - len(anchor) + 1)
    return starts


def holds_any(folded: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands in ``folded``, read from the same one-pass finds as the anchors."""
    starts = _anchor_starts(folded, _ANCHORS.holding(words))
    return any(word in starts for word in words)


class WordGates:
    """The patterns of one reader and the words one of which each pattern's every match holds.

    A pattern opening on an alternation of words ("raised|received|...") is tried at every position of the article,
    some hundred microseconds per pattern on a news story, though most stories hold none of its words: it is tried
    only when the one-pass finds of the anchors saw one of its words.
    """

    def __init__(self, gates: Mapping[re.Pattern[str], tuple[str, ...]]) -> None:
        self._gates = dict(gates)
        self._words = tuple(dict.fromkeys(word for words in self._gates.values() for word in words))
        _ANCHORS.holding(self._words)  # at import: the automaton is not rebuilt at a reader's first article

    def open(self, folded: str) -> frozenset[re.Pattern[str]]:
        """The patterns one of whose words ``folded`` holds."""
        starts = _anchor_starts(folded, _ANCHORS.holding(self._words))
        return frozenset(pattern for pattern, words in self._gates.items() if any(word in starts for word in words))


def finditer_if(pattern: re.Pattern[str], haystack: str, opened: frozenset[re.Pattern[str]]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``haystack`` (a text or its folded copy) if the gates opened it, else none."""
    return pattern.finditer(haystack) if pattern in opened else iter(())


def _sentence_around(folded: str, pos: int) -> tuple[int, int]:
    """(start, end) of the stretch between the stops before and after ``pos``.

    It starts where the last stop that ends by ``pos`` ends, and ends one past the first stop that starts at or after
    ``pos`` (the text's end when there is none).
    """
    ends, starts = _stops(folded)
    before = bisect_right(ends, pos)
    after = bisect_left(starts, pos)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(folded)) + 1


def anchored_matches(pattern: re.Pattern[str], folded: str, anchors: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in the sentences of ``folded`` that hold one of ``anchors``, in text order."""
    starts = _anchor_starts(folded, _ANCHORS.holding(anchors))
    windows: set[tuple[int, int]] = set()
    for anchor in anchors:
        reached = 0  # the end of the last window: a find of the anchor resumes there
        for pos in starts.get(anchor, ()):
            if pos >= reached:
                window = _sentence_around(folded, pos)
                windows.add(window)
                reached = window[1]
    for start, end in sorted(windows):
        yield from pattern.finditer(folded, start, min(end, len(folded)))
