"""Run a pattern only over the sentences where one of its anchors stands.

Every hand-written pattern reader (``risk_patterns``, ``end_patterns``, ``relation_patterns``, ``roster_patterns``,
``holding_patterns``) comes with anchors: words of which one stands in every match ("order", "contract", "among", a
verb's stem). A pattern that opens on a common verb ("is", "keeps", "a") or on an alternation of verbs is tried at
every position of the text, so one pass costs about as much as all the table's phrases; its anchors are found with
``str.find`` instead, and the pattern is run over the sentence around each find only (sentences cut at ". ", "; " and
line ends, so a match never crosses them), which finds the same matches for a pattern that stays within a sentence and
holds an anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_STOPS = (". ", "; ", "\n")


def _sentence_around(folded: str, pos: int) -> tuple[int, int]:
    """(start, end) of the stretch between the stops before and after ``pos``."""
    start = max((found + len(stop) for stop in _STOPS if (found := folded.rfind(stop, 0, pos)) >= 0), default=0)
    ends = [found for stop in _STOPS if (found := folded.find(stop, pos)) >= 0]
    return start, min(ends, default=len(folded)) + 1


def anchored_matches(pattern: re.Pattern[str], folded: str, anchors: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in the sentences of ``folded`` that hold one of ``anchors``, in text order."""
    windows: set[tuple[int, int]] = set()
    for anchor in anchors:
        pos = folded.find(anchor)
        while pos >= 0:
            window = _sentence_around(folded, pos)
            windows.add(window)
            pos = folded.find(anchor, window[1])
    for start, end in sorted(windows):
        yield from pattern.finditer(folded, start, min(end, len(folded)))
