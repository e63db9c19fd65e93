"""Knowledge-base names written in another case than the base's: "Axa" for AXA, "BPIFrance" for Bpifrance.

The base's finder matches names as written (and a few shouted forms of long names), so a reporter's own case
of a one-word name goes unread. A word is read as the company when its case-folded form is one of the base's
one-word names or aliases and its case is a name's: a capital then lower case for a name the base writes in
capitals ("Adia" for "ADIA"), or inner capitals ("BPIFrance"). A word in capitals is not: a ticker ("NOW"), a
headline's word or another thing's acronym as often as the company.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from streams.extraction.knowledge_base import Company, KnowledgeBase

_WORD = re.compile(r"[A-Z](?<![\w\-.&].)[A-Za-z]{2,}(?![\w\-&])")
"""A capitalised word of three letters or more (the capital first, so the scan skips other positions at once)."""
_OPENS = re.compile(r"(?:^|[.!?\n:][ ]{0,2}|[\"\u201c\u00ab][ ]?)$")
"""A sentence, a line or a quote opens right before the word."""
_FORMS: dict[int, dict[str, tuple[str, Company]]] = {}
"""Per knowledge base (by identity): case-folded one-word name -> (the base's spelling, company)."""


def _one_word_forms(kb: KnowledgeBase) -> dict[str, tuple[str, Company]]:
    """The base's one-word names and aliases by case-folded form, built once per base."""
    forms = _FORMS.get(id(kb))
    if forms is None:
        forms = {}
        for company in kb:
            for surface in (company.name, *company.aliases):
                if " " not in surface and surface.isalpha():
                    forms.setdefault(surface.casefold(), (surface, company))
        _FORMS[id(kb)] = forms
    return forms


def _name_case(word: str, spelling: str, opens: bool) -> bool:
    """Whether ``word`` is written as a name in another case than the base's ``spelling``.

    A word in capitals is left out: tickers ("NASDAQ: AAOI", "NOW"), headlines and acronyms of other things.
    A capital opening a sentence says nothing: "Ses résultats" is no "SES".
    """
    if word == spelling or word.isupper():
        return False
    if spelling.isupper():
        return not opens  # "Adia", "Axa": a name the base writes in capitals, written as a name
    return any(char.isupper() for char in word[1:])  # "BPIFrance", "PriceWaterhouseCoopers"


def case_variants(text: str, kb: KnowledgeBase) -> Iterator[tuple[int, int, Company]]:
    """``(start, end, company)`` of each one-word knowledge-base name the text writes in its own case."""
    forms = _one_word_forms(kb)
    for match in _WORD.finditer(text):
        word = match.group(0)
        known = forms.get(word.casefold())
        if known is None or word == known[0]:
            continue  # most capitalised words: no base name, or the base's own spelling (the finder reads it)
        opens = _OPENS.search(text, max(0, match.start() - 4), match.start()) is not None
        if _name_case(word, known[0], opens):
            yield match.start(), match.end(), known[1]
