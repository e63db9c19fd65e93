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

:func:`gated_finditer` (session 25) gives any whole-text scan the same gate without a hand-written word list: the
words one of which every match must hold are read from the compiled pattern itself (:func:`required_words`), so a
pattern edited later keeps a correct gate, and a text that holds none of them is not scanned at all.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # the parser of `re` itself: no stubs
import re._parser as sre_parse  # type: ignore[import-not-found]
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache

import ahocorasick

from streams.extraction.text import LATIN_LOWER, fold_case

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
        yield from gated_finditer(pattern, folded, folded, start, min(end, len(folded)))


_MIN_WORD = 4
"""Shorter required words are left ungated: they stand in most texts and would only swell the anchor finds."""
_MAX_WORDS = 64
_CASE_TRAPS = frozenset("iks")
"""ASCII letters that ``re.IGNORECASE`` also matches to a non-ASCII one (Kelvin sign, long s, dotted capital I)."""
_Words = frozenset[str]


def _literal(op: object, av: object, ignorecase: bool) -> str | None:
    """The one folded character an op matches (``a``, ``[Aa]``, ``é``), or None when it may match another.

    A character counts only when both ways :func:`~streams.extraction.text.fold_case` folds give it the same single
    character; with ``re.IGNORECASE`` only ASCII is taken (Unicode case pairs reach beyond it).
    """
    chars: set[str] = set()
    if op is sre.LITERAL and isinstance(av, int):
        chars.add(chr(av))
    elif op is sre.IN and isinstance(av, list) and all(item[0] is sre.LITERAL for item in av):
        chars.update(chr(item[1]) for item in av)
    folded = {char.lower() for char in chars}
    if len(folded) != 1 or any(char.lower() != char.translate(LATIN_LOWER) for char in chars):
        return None
    char = folded.pop()
    if ignorecase and (char in _CASE_TRAPS or (char.isalpha() and not char.isascii())):
        return None
    return char


def _shortest(words: _Words) -> _Words:
    """``words`` without those that hold another one: a text holding the longer word holds the shorter."""
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


def _better(candidate: _Words | None, best: _Words | None) -> bool:
    if not candidate or len(candidate) > _MAX_WORDS:
        return False
    return best is None or (min(map(len, candidate)), -len(candidate)) > (min(map(len, best)), -len(best))


def _required(ops: sre_parse.SubPattern | list[tuple[object, object]], ignorecase: bool) -> _Words | None:
    """Folded words one of which the text around every match of ``ops`` holds (the most selective set), or None.

    A run of literal characters is such a word; so is the union of an alternation's words when each alternative has
    some, and the words of a group, of a repeat taken at least once and of a positive lookaround. Anything else
    (a class, a backreference, a conditional, a flag change) stops a run and requires nothing.
    """
    best: _Words | None = None
    run: list[str] = []

    def consider(words: _Words | None) -> None:
        nonlocal best
        if _better(words, best):
            best = words

    for op, av in ops:
        char = _literal(op, av, ignorecase)
        if char is not None:
            run.append(char)
            continue
        if run:
            consider(frozenset(("".join(run),)))
            run = []
        if op is sre.SUBPATTERN and isinstance(av, tuple) and not av[1] and not av[2]:
            consider(_required(av[3], ignorecase))
        elif op is sre.BRANCH and isinstance(av, tuple):
            branches = [_required(branch, ignorecase) for branch in av[1]]
            if all(branches):
                consider(_shortest(frozenset().union(*branches)))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and isinstance(av, tuple) and av[0] >= 1:
            consider(_required(av[2], ignorecase))
        elif op in (sre.ASSERT, sre.ATOMIC_GROUP) and isinstance(av, tuple | sre_parse.SubPattern):
            consider(_required(av[1] if isinstance(av, tuple) else av, ignorecase))
    if run:
        consider(frozenset(("".join(run),)))
    return best


@cache
def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded words one of which the folded text holds wherever ``pattern`` matches, or None (no usable gate).

    Read from the pattern's parse: a text whose folded copy (:func:`~streams.extraction.text.fold_case`) holds none of
    them has no match. Words shorter than four characters make no gate (they stand in nearly every story).
    """
    if pattern.flags & (re.VERBOSE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    words = _required(parsed, bool(parsed.state.flags & re.IGNORECASE))
    if words is None or min(map(len, words)) < _MIN_WORD:
        return None
    return tuple(sorted(words))


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False when the folded article ``folded`` holds none of the words ``pattern`` requires: no match in it."""
    gate = _GATES.get(id(pattern))
    if gate is None:
        gate = _GATES[id(pattern)] = (pattern, _registered_words(pattern))
    words = gate[1]
    return words is None or not _anchor_starts(folded, _ANCHORS.automaton).keys().isdisjoint(words)


_GATES: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
"""Each gated pattern's words, by the pattern's id (kept alive here): hashing a compiled pattern hashes its whole code,
some microseconds for a long one, as much as the gate saves on a short window."""


def _registered_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`required_words`, added to the anchors: every later automaton holds them (anchors are only ever added)."""
    words = required_words(pattern)
    if words is not None:
        _ANCHORS.holding(words)
    return words


def gated_finditer(
    pattern: re.Pattern[str], haystack: str, folded: str | None = None, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(haystack, pos, endpos)``, not run when the folded ``haystack`` holds none of its words.

    ``folded`` is the folded ``haystack`` (the whole article's, also when ``pos:endpos`` is a sentence of it). The
    words come from :func:`required_words` and are looked for in the one anchor pass of the article, so the matches
    are the same as the plain scan's; only a text that cannot match is spared the scan. Without ``folded`` the
    haystack is folded here (the anchor finds of an equal text are kept, so this costs one ``str.lower``).

    A pattern whose every match opens on one of a few words (:func:`start_words`) is not scanned at all: it is tried
    only where the anchor pass found one of them (:func:`_matches_at_starts`), and only in a story that holds one of
    the words it requires (its openings, "is", "has", stand in every story; the words it requires often do not).
    """
    folded = fold_case(haystack) if folded is None else folded
    end = len(haystack) if endpos is None else endpos
    starts = _START_WORDS.get(id(pattern))
    if starts is None:
        starts = _START_WORDS[id(pattern)] = (pattern, _registered_starts(pattern))
    if not may_match(pattern, folded):
        return iter(())  # first: a story without the words it requires is not looked at, even at its openings
    if starts[1] is not None:
        return _matches_at_starts(
            pattern, haystack, _anchor_starts(folded, _ANCHORS.automaton), starts[1], pos=pos, end=end
        )
    return pattern.finditer(haystack, pos, end)


_MIN_START = 3
"""Shorter opening words are not looked for: they stand dozens of times in every story ("a ", "de")."""
_MAX_STARTS = 64
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
"""Ops that consume nothing: a match opens on what follows them ("\\b", "(?<![\\w])", "(?=[A-Z])")."""


def opening_of(ops: sre_parse.SubPattern | list[tuple[object, object]], ignorecase: bool) -> tuple[_Words, bool]:
    """Folded words one of which every match of ``ops`` opens on, and whether each match is one of them whole.

    Literal characters extend every word; a group or an alternation extends them by each of its own words (and
    ends the words when its words may be followed by more of it); an optional repeat by its words or nothing (or
    ends them with its words and those of what follows). Zero-width ops extend nothing. Anything else ends the
    words: they still open every match. An empty word means a match may open on anything.
    """
    words: _Words = frozenset(("",))
    for index, (op, av) in enumerate(ops):
        char = _literal(op, av, ignorecase)
        if char is not None:
            words = frozenset(word + char for word in words)
            continue
        if op in _ZERO_WIDTH:
            continue
        inner = _opening_op(op, av, ignorecase, list(ops)[index + 1 :])
        if inner is None or len(words) * len(inner[0]) > _MAX_STARTS:
            return words, False
        words = _joined(words, inner[0])
        if not inner[1]:
            return words, False
    return words, True


def _opening_op(
    op: object, av: object, ignorecase: bool, rest: list[tuple[object, object]]
) -> tuple[_Words, bool] | None:
    """:func:`opening_of` of a group, an alternation or a repeat taken at most once first (None for another op).

    ``rest`` is what follows the op: an optional repeat opens on its own words or those of ``rest``.
    """
    if op is sre.SUBPATTERN and isinstance(av, tuple) and not av[1] and not av[2]:
        return opening_of(av[3], ignorecase)
    if op is sre.BRANCH and isinstance(av, tuple):
        return _opening_branch(av[1], ignorecase)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and isinstance(av, tuple) and av[0] <= 1:
        inner, whole = opening_of(av[2], ignorecase)
        if av[0] == 1:
            return inner, whole and av[1] == 1
        if whole and av[1] == 1:
            return inner | {""}, True
        return inner | opening_of(rest, ignorecase)[0], False
    return None


def _opening_branch(branches: list[sre_parse.SubPattern], ignorecase: bool) -> tuple[_Words, bool] | None:
    """:func:`opening_of` of an alternation: the words of all its alternatives (None when they grow too many)."""
    inner: _Words = frozenset()
    whole = True
    for branch in branches:
        found, complete = opening_of(branch, ignorecase)
        inner, whole = inner | found, whole and complete
    if len(inner) > _MAX_STARTS:
        return _trimmed(inner), False
    return inner, whole


def _trimmed(words: _Words) -> _Words:
    """``words`` cut to the longest length that leaves at most :data:`_MAX_STARTS` of them (still opening every match).

    An alternation of many phrases ("investors including", "investors such as", ...) opens on fewer shorter words.
    """
    for length in range(max(map(len, words)) - 1, 0, -1):
        cut = frozenset(word[:length] for word in words)
        if len(cut) <= _MAX_STARTS:
            return cut
    return frozenset(word[:1] for word in words)


def _joined(words: _Words, tails: _Words) -> _Words:
    """Every word of ``words`` followed by every word of ``tails``."""
    return frozenset(word + tail for word in words for tail in tails)


@cache
def start_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded words one of which opens every match of ``pattern`` in the folded text, or None (no usable set).

    Read from the pattern's parse, as :func:`required_words`. A word another one opens is left out (a match opening
    on "led by" opens on "led"); a set holding a word under three characters, or too many words, is none.
    """
    if pattern.flags & (re.VERBOSE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    words = opening_of(parsed, bool(parsed.state.flags & re.IGNORECASE))[0]
    words = frozenset(word for word in words if not any(other != word and word.startswith(other) for other in words))
    if min(map(len, words)) < _MIN_START or len(words) > _MAX_STARTS:
        return None
    return tuple(sorted(words))


_START_WORDS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
"""Each pattern's :func:`start_words`, by the pattern's id (kept alive here), as :data:`_GATES`."""


def _registered_starts(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`start_words`, added to the anchors (as :func:`_registered_words`)."""
    words = start_words(pattern)
    if words is not None:
        _ANCHORS.holding(words)
    return words


def _matches_at_starts(
    pattern: re.Pattern[str], haystack: str, finds: dict[str, list[int]], words: tuple[str, ...], *, pos: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(haystack, pos, end)``, tried only where one of its opening ``words`` stands.

    The scan tries every position from left to right and resumes after each match; no match opens anywhere else
    than on one of ``words``, so trying those positions in the same order finds the same matches. Every word is at
    least one character long, so no match is empty.
    """
    starts: set[int] = set()
    for word in words:
        found = finds.get(word)
        if found:
            starts.update(found[bisect_left(found, pos) : bisect_left(found, end)])
    for start in sorted(starts):
        if start < pos:
            continue
        match = pattern.match(haystack, start, end)
        if match is not None:
            yield match
            pos = match.end()
