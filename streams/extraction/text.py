"""Text preparation: typography normalisation, size limits and sentence boundaries.

Every transformation here keeps string length, so an offset found in the prepared text is the
same offset in :attr:`schemas.NewsItem.text`; evidence spans stay valid without a mapping table.
"""

from __future__ import annotations

import re

# Curly quotes, guillemets, exotic spaces and dashes become their ASCII twin, one char for one char.
_TYPOGRAPHY: dict[str, str] = (
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
        "\u200a": " ", "\u2005": " ", "\u2006": " ", "\t": " ", "\r": "\n",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u2026": ".",
    }
)  # fmt: skip

# ``str.lower`` may change length (e.g. "İ" -> "i̇"); this table only touches letters whose
# lower case is a single character, which covers every cue word we look for.
LATIN_LOWER = str.maketrans(
    {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
    | {c: c + 32 for c in range(ord("À"), ord("ß")) if c != ord("\u00d7")}
    | {0x152: 0x153, 0x178: 0xFF}
)

_CONTINUATION_MASK, _CONTINUATION_BITS = 0b1100_0000, 0b1000_0000
"""UTF-8 continuation bytes look like 10xxxxxx: never cut before one."""

MAX_SENTENCE_CHARS = 1500
"""Longer runs without a sentence end are cut, so rules always look at bounded windows."""

MAX_TITLE_BYTES = 4_000
"""Titles are cut here like bodies at ``max_body_bytes``: a headline is a line, and an unbounded one
made extraction time grow with whatever a producer put in it (a 2 MB title took minutes)."""

MAX_EVIDENCE_SPANS = 20
"""Evidence sentences kept per fact and article (the first ones in reading order). A fact repeated
45,000 times in one body gave an event of 2.8 MB, over the broker's limit, and merging its spans
took time quadratic in their number. With sentences cut at :data:`MAX_SENTENCE_CHARS`, one event
carries at most 20 x 1,500 characters of evidence."""

_SENTENCE_END = re.compile(r"[.!?](?:[.!?]{0,2}[\"')\]]?[ ]{1,20}|(?<=[a-zà-ÿ][a-zà-ÿ][.!?])(?=[A-ZÀ-Ý][a-zà-ÿ]))")
"""A sentence end: punctuation then spaces, or glued to the next sentence as scraped pages often leave it
("chez Eutelsat.Une telle nomination"): a word of two lower-case letters, the dot, a capitalised word. Both open on
the punctuation (the glued end looks behind it), so ``re`` only tries punctuation (7x faster)."""
_WORD_BEFORE = re.compile(r"(\S{1,12})$")
_ABBREVIATIONS = frozenset(
    {
        "inc", "corp", "ltd", "co", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "no", "m", "mme",
        "u.s", "u.k", "e.g", "i.e", "etc", "approx", "env", "cf", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "l.l.c", "s.a", "n.v", "b.v", "s.a.s", "bros",
        # Session 27: the plural legal form of wire copy ("McGraw-Hill Cos. (MHP) has agreed to sell", "Estee Lauder
        # Cos. (NYSE: EL) agreed to buy"): a ticker after it no longer opens a new sentence without the verb's subject
        "cos",
    }
)  # fmt: skip
_NAME_ENDS = frozenset({"inc", "corp", "ltd", "co", "cos", "l.l.c", "s.a", "n.v", "b.v", "s.a.s", "u.s", "u.k"})
"""Abbreviations that end a name (a legal form, a country): they can close a sentence as well as a name."""
_OPENERS = frozenset(
    {
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "this", "that", "these", "those", "in", "on",
        "but", "however", "meanwhile", "le", "la", "les", "l", "il", "elle", "ils", "elles", "ce", "cette", "ces",
        "mais", "dans", "selon", "un", "une", "sa", "son", "ses", "leur", "leurs",
    }
)  # fmt: skip
"""Words that open a sentence and never continue a name: after "Juniper Networks Inc." they start the next one."""
COUNT_FIRST = re.compile(r"\d[\d,.]*[ ]")
"""A number and a space opening some words: a count of goods ("15 TGV", "64 F-35"), never a firm's name, and goods
by the number in a relation pattern whatever names they hold ("bought 40 Airbus jets from")."""

_NEXT_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


def is_word_char(char: str) -> bool:
    """Whether ``char`` continues a word (a letter, digit or underscore): a match must not start or end in one."""
    return char.isalnum() or char == "_"


_GLUED_DASH = re.compile(r"(?<=\w)\u2014(?=\w)")
"""An em dash written without spaces ("maker Gateway\u2014and with it"): a pause between words, never part of a name."""
_GLUED_DATELINE = re.compile(r"(?m)^([A-Z][A-Z .'\-]{1,40}[A-Z.](?:,[ ][A-Z][A-Za-z.]{1,12})?)\u2014(?=[A-Z])")
"""A dateline glued to the story by an em dash ("WINNIPEG\u2014New Flyer said", "ST. CLOUD, Minn\u2014X said"): the
place is no part of the first name, so the dash becomes a line break (one char for one char)."""
_WRAPPED_NEWLINE = re.compile(r"\n(?<=[\w,%)]\n)(?=[a-zà-ÿ])")
"""A line break inside a sentence of hard-wrapped text ("said it has\nsuccessfully completed").

The break comes first and the pattern looks behind it: ``re`` then only tries line breaks (60x faster)."""
_WRAPPED_LINE_CHARS = 20
"""A wrapped line is prose: the line before or after the break is at least this long ("menu\nclose" stays apart)."""


def normalise(text: str) -> str:
    """Return ``text`` with typographic variants replaced char-for-char (offsets preserved).

    A chain of ``str.replace`` on the few characters present is ~100x faster than
    ``str.translate`` with a mapping, which looks every character up in a dict. A glued em dash and
    the line breaks of hard-wrapped prose become spaces, so names and sentences read across them; a dateline's
    glued em dash becomes a line break, so the place stays out of the first name.
    """
    if "\u2014" in text:
        text = _GLUED_DATELINE.sub(r"\1\n", text)
        text = _GLUED_DASH.sub(" ", text)
    for char, replacement in _TYPOGRAPHY.items():
        if char in text:
            text = text.replace(char, replacement)
    if "\n" in text:
        text = _join_wrapped_lines(text)
    return text


def _join_wrapped_lines(text: str) -> str:
    """Turn into a space each line break that cuts a sentence of prose (the next line goes on in lower case)."""
    chars: list[str] | None = None
    for match in _WRAPPED_NEWLINE.finditer(text):
        pos = match.start()
        line_start = text.rfind("\n", 0, pos) + 1
        next_end = text.find("\n", pos + 1)
        next_len = (len(text) if next_end < 0 else next_end) - pos - 1
        if pos - line_start >= _WRAPPED_LINE_CHARS or next_len >= _WRAPPED_LINE_CHARS:
            chars = chars if chars is not None else list(text)
            chars[pos] = " "
    return text if chars is None else "".join(chars)


def fold_case(text: str) -> str:
    """Lower-case ``text`` without changing its length (so offsets stay valid).

    ``str.lower`` is used when it keeps the length (it never shrinks a character, so equal
    length means one-for-one); otherwise (e.g. "İ" -> "i̇") only Latin letters are folded.
    """
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(LATIN_LOWER)


def truncate_utf8(text: str, max_bytes: int) -> tuple[str, bool]:
    """Cut ``text`` to at most ``max_bytes`` UTF-8 bytes at a character boundary.

    Returns:
        The possibly shortened text and whether it was cut.
    """
    if len(text) * 4 <= max_bytes:
        return text, False
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) <= max_bytes:
        return text, False
    cut = max(max_bytes, 0)
    while cut > 0 and (raw[cut] & _CONTINUATION_MASK) == _CONTINUATION_BITS:
        cut -= 1
    return raw[:cut].decode("utf-8", "surrogatepass"), True


def _is_boundary(text: str, line_start: int, dot: int, after: int) -> bool:
    if after >= len(text):
        return True
    nxt = text[after]
    if nxt.islower():
        return False
    if text[dot] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(line_start, dot - 12), dot)
    if word is None:
        return True
    token = word.group(1).lstrip("(\"'").lower()
    if token in _NAME_ENDS and (following := _NEXT_WORD.match(text, after)) and following.group().lower() in _OPENERS:
        return True  # "... for Juniper Networks Inc. The move ...": the form ends the name and the sentence
    # "J. Smith" or "Scale AI Inc. said": an initial or abbreviation, not a sentence end; "... closed a $200m
    # Series C. Bain Capital led it": a round's letter ends the sentence.
    initial = len(token) == 1 and token.isalpha() and not _ROUND_LETTER.search(text, max(line_start, dot - 12), dot)
    return not (token in _ABBREVIATIONS or initial)


_ROUND_LETTER = re.compile(r"(?i:\bs[ée]ries?)[ ][A-Z]$")
"""Before a period: a round's letter ("Series C", "série B"), never a person's initial."""


def _chunks(start: int, end: int, text: str) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text``.

    Lines are hard boundaries (crawler noise such as "menu" or "Source:" stays on its own line
    and never glues itself to a real sentence); inside a line, ``. ! ?`` followed by a space and
    a non-lower-case character end a sentence unless they close an abbreviation or an initial.
    """
    spans: list[tuple[int, int]] = []
    pos, size = 0, len(text)
    while pos < size:
        nl = text.find("\n", pos)
        line_end = size if nl < 0 else nl
        start = pos
        for match in _SENTENCE_END.finditer(text, pos, line_end):
            if _is_boundary(text, pos, match.start(), match.end()):
                _add(spans, text, start, match.end())
                start = match.end()
        _add(spans, text, start, line_end)
        pos = line_end + 1
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    if end > start:
        spans.extend(_chunks(start, end, text))
