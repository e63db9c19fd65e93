"""Look back from a position only when the text there ends on a word every match of the pattern ends on.

Many readers read back from a company or a cue: ``pattern.search(folded, pos - 60, pos)`` with a pattern anchored at the
window's end by ``$`` ("among the customers of " X, "its top supplier " X). ``re`` tries such a pattern at every
position of the window, each attempt running on until it fails; yet every match ends on one of a few words the pattern
spells last (" of ", "supplier "), so a window that does not end on one of them holds no match and is not searched.
The words are read from the pattern's parse, as the opening words of :func:`pattern_windows.start_words` are (the parse
is read backwards), so a pattern edited later keeps a correct gate.

The gate costs about half a microsecond, as much as a plain search of a short window by a pattern that fails on the
first letters of most words; it pays for a pattern that may open at every word of its window ("(?:{word}[ ]){0,3}?"
before the role noun) and is used where the profile shows such a search (session 28: four look-backs; the other 165
look-back searches of the readers were measured slower gated than plain).
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # the parser of `re` itself: no stubs
import re._parser as sre_parse  # type: ignore[import-not-found]
from functools import cache

from streams.extraction.pattern_windows import opening_of

_Ops = list[tuple[object, object]]
_MIN_CLOSING = 2
"""Shorter closing words are not looked for: a window before a name nearly always ends on " "."""


def _backwards(ops: sre_parse.SubPattern | _Ops) -> _Ops:
    """``ops`` read from their end: a pattern whose opening words are the reversed closing words of ``ops``.

    Groups, alternatives and repeated items are reversed inside; every other op matches the same characters read
    either way (a class, a literal) or is zero-width, which :func:`pattern_windows.opening_of` skips.
    """
    reversed_ops: _Ops = []
    for op, av in reversed(list(ops)):
        if op is sre.SUBPATTERN and isinstance(av, tuple):
            reversed_ops.append((op, (av[0], av[1], av[2], _backwards(av[3]))))
        elif op is sre.BRANCH and isinstance(av, tuple):
            reversed_ops.append((op, (av[0], [_backwards(branch) for branch in av[1]])))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and isinstance(av, tuple):
            reversed_ops.append((op, (av[0], av[1], _backwards(av[2]))))
        elif op is sre.ATOMIC_GROUP and isinstance(av, sre_parse.SubPattern):
            reversed_ops.append((op, _backwards(av)))
        else:
            reversed_ops.append((op, av))
    return reversed_ops


@cache
def closing_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded words one of which ends every match of ``pattern``, a pattern that ends on ``$``; or None (no gate).

    Only a pattern whose last op is ``$`` (not multi-line) has them: its matches end where the searched window ends,
    or before a line break that ends it. A word another one ends is left out; a set holding a word under two
    characters is none.
    """
    if pattern.flags & (re.VERBOSE | re.LOCALE | re.MULTILINE) or not isinstance(pattern.pattern, str):
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    ops = list(parsed)
    if not ops or ops[-1] != (sre.AT, sre.AT_END):
        return None
    backwards = opening_of(_backwards(ops[:-1]), bool(parsed.state.flags & re.IGNORECASE))[0]
    words = frozenset(word[::-1] for word in backwards)
    words = frozenset(word for word in words if not any(other != word and word.endswith(other) for other in words))
    if not words or min(map(len, words)) < _MIN_CLOSING:
        return None
    return tuple(sorted(words))


_CLOSING: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None, int]] = {}
"""Each pattern's closing words and the longest one's length, by the pattern's id (kept alive here): hashing a
compiled pattern hashes its whole code."""


def search_back(
    pattern: re.Pattern[str], haystack: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """``pattern.search(haystack, pos, endpos)``, not run when the window cannot end on one of its closing words.

    The window's tail is lower-cased here (a few characters), so ``haystack`` may be the text or its folded copy: the
    closing words hold only characters that ``str.lower`` folds to one character, so a character it lengthens can
    only stand before them. ``$`` also matches before a line break that ends the window, so a window ending on one
    is tried without it too.
    """
    gate = _CLOSING.get(id(pattern))
    if gate is None:
        words = closing_words(pattern)
        gate = _CLOSING[id(pattern)] = (pattern, words, max(map(len, words)) if words else 0)
    size = len(haystack)
    end = size if endpos is None else max(0, min(endpos, size))
    words = gate[1]
    if words is not None:
        tail = haystack[max(pos, 0, end - gate[2] - 1) : end].lower()
        if not (tail.endswith(words) or (tail[-1:] == "\n" and tail.endswith(words, 0, len(tail) - 1))):
            return None
    return pattern.search(haystack, pos, end)
