"""Find a given word in an article with ``str.find`` instead of a pattern compiled for that word.

The recognisers ask of each candidate name whether the story writes it alone, in lower case, after another
capitalised word, and so on. A pattern built around ``re.escape(word)`` is compiled afresh for each new word (``re``
keeps 512 patterns, and a day's news brings thousands of names), which cost more than the scan; the word is a
literal, so ``str.find`` finds its occurrences and only their neighbours are looked at. Each helper says which
pattern it stands for and gives the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from streams.extraction.text import is_word_char


def _glued(char: str) -> bool:
    r"""Whether ``char`` continues a word or a hyphenated compound: the ``[\w\-]`` of the patterns replaced."""
    return is_word_char(char) or char == "-"


def alone_starts(text: str, word: str) -> Iterator[int]:
    r"""Starts of ``word`` with no word character or hyphen on either side, left to right, never overlapping.

    The starts ``re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", text)`` gives, for a non-empty word.
    """
    size, length = len(text), len(word)
    pos = text.find(word)
    while pos >= 0:
        end = pos + length
        if (pos == 0 or not _glued(text[pos - 1])) and (end >= size or not _glued(text[end])):
            yield pos
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def written_alone(word: str, text: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a word of its own, not inside a longer word or compound."""
    return next(alone_starts(text, word), None) is not None


def texts_after(text: str, word: str, size: int) -> set[str]:
    """The ``size`` characters after each occurrence of ``word`` (``re.finditer(re.escape(word), text)``'s ends)."""
    after = set()
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        after.add(text[end : end + size])
        pos = text.find(word, end)
    return after


def _capital_token_ends_at(text: str, end: int) -> bool:
    r"""Whether ``(?<![\w.])(?:[A-Z]\.|[A-Z][\w\-']*)`` can match ending at ``end``.

    That is an initial or a capitalised word ("L." or "Calhoun") that starts after no word character or dot.
    """

    def starts_here(pos: int) -> bool:
        return "A" <= text[pos] <= "Z" and (pos == 0 or not (is_word_char(text[pos - 1]) or text[pos - 1] == "."))

    if end >= len("L.") and text[end - 1] == "." and starts_here(end - 2):
        return True
    pos = end - 1
    while pos >= 0:
        if starts_here(pos):
            return True
        if not (_glued(text[pos]) or text[pos] == "'"):
            return False
        pos -= 1
    return False


def after_capital_word(text: str, word: str) -> bool:
    r"""Whether ``word`` follows a capitalised word or an initial ("L. Calhoun", "David Calhoun") somewhere.

    The answer of ``re.search(rf"(?<![\w.])(?:[A-Z]\.|[A-Z][\w\-']*) {re.escape(word)}(?![\w\-])", text)``.
    """
    spaced, size = " " + word, len(text)
    pos = text.find(spaced)
    while pos >= 0:
        end = pos + len(spaced)
        if (end >= size or not _glued(text[end])) and _capital_token_ends_at(text, pos):
            return True
        pos = text.find(spaced, pos + 1)
    return False


def followed_by(text: str, name: str, after: re.Pattern[str]) -> bool:
    """Whether some occurrence of ``name`` is followed by what ``after`` matches right there.

    The answer of ``re.search(re.escape(name) + after.pattern, text)`` for a non-empty name.
    """
    pos = text.find(name)
    while pos >= 0:
        if after.match(text, pos + len(name)) is not None:
            return True
        pos = text.find(name, pos + 1)
    return False
