"""Last checks on leadership changes: the company is not the newcomer's origin, the people are people.

Every reader of a change picks its company and its people by its own slots; a wrong pick there raises a
leadership alert naming someone the story never makes the company's leader. These checks read the picks once
more, whatever reader made them:

- the company is not named, in the change's sentence, only as where the newcomer comes from ("Ord joins from
  BAE Systems", "an outsider from Monsanto"): that firm's leadership does not change;
- the company is a company, not a foundation, an association or a union ("chair of the Korvia Foundation");
- a person is never a firm: not a "Paris-based" phrase ("Lyon-based Dorvane runs ventures with Korvia"), not
  the name of a company the article or the knowledge base knows, unless it reads as a first name and surname
  or is the surname of a person the article names in full;
- a person is never a common noun a headline capitalised ("Shortage leaves Intel partners high and dry").
"""

from __future__ import annotations

import re

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.leadership_company import is_origin
from streams.extraction.org_context import is_person

_BODY_HEADS = frozenset({
    "foundation", "fondation", "association", "university", "université", "federation", "fédération",
    "confederation", "confédération", "chamber", "chambre", "museum", "musée", "syndicat",
})  # fmt: skip
"""Last words of a body that is no company ("the Korvia Foundation", "Korvia Fédération"): a chair there is no
change of the firms the alerts follow. Words that end firms' names too ("Western Union", "Sam's Club", "SAS
Institute") are left out."""

_PLACE_PHRASE = re.compile(r"-(?:based|headquartered|listed|owned|basée?s?)\b", re.IGNORECASE)
"""A word that only says where a firm is from: a name holding it ("Lyon-based Dorvane") is no person's."""


def without_false_leaders(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """Drop the leadership changes whose company or people the checks above refuse; clear a refused leaver.

    A change whose only person is refused names nobody the story makes a leader, and is dropped.
    """
    if not any(candidate.type == "leadership_change" for candidate in candidates):
        return candidates  # most stories: no change to check, no set of the article's firm names to build
    firms = {article.text[c.start : c.end].casefold() for c in article.companies} | {
        c.name.casefold() for c in article.companies
    }
    kept: list[Candidate] = []
    for candidate in candidates:
        if candidate.type != "leadership_change":
            kept.append(candidate)
            continue
        if _origin_only(article, candidate) or _no_company(candidate):
            continue
        person = candidate.person if _may_be_person(article, candidate.person, firms) else None
        previous = candidate.previous_person if _may_be_person(article, candidate.previous_person, firms) else None
        if (candidate.person or candidate.previous_person) and not (person or previous):
            continue
        candidate.person, candidate.previous_person = person, previous
        kept.append(candidate)
    return kept


def _no_company(candidate: Candidate) -> bool:
    """Whether the change's subject is a foundation, an association, a union or a school ("Korvia Foundation")."""
    if candidate.subject is None:
        return False
    words = candidate.subject.name.casefold().split()
    return bool(words) and words[-1] in _BODY_HEADS


def _origin_only(article: Article, candidate: Candidate) -> bool:
    """Whether the change's sentence names its company only as someone's origin ("joins from X")."""
    subject = candidate.subject
    if subject is None:
        return False
    start, end = candidate.span
    here = [c for c in article.companies if c.id == subject.id and start <= c.start < end]
    return bool(here) and all(is_origin(article, c) for c in here)


def _may_be_person(article: Article, name: str | None, firms: set[str]) -> bool:
    """Whether ``name`` may be a person's: no place phrase, and no firm's name unless it reads as a person's."""
    if not name:
        return False
    if _PLACE_PHRASE.search(name) or _common_word(article, name):
        return False
    folded = name.casefold()
    if is_person(name) or (folded not in firms and load_knowledge_base().lookup(name) is None):
        return True
    # "Chaussade", read as a firm too, is Jean-Louis Chaussade's surname when the article names him in full.
    return any(is_person(found.group(0)) for found in _with_first_name(name).finditer(article.text))


def _common_word(article: Article, name: str) -> bool:
    """Whether a one-word ``name`` is a common noun a headline capitalised, not a surname.

    "Shortage leaves Intel partners high and dry": the article writes the word in lower case elsewhere ("suffered
    from the shortages") and never after a first name; a surname told alone ("Price left") stays capitalised.
    """
    if not name.isalpha() or not name[:1].isupper() or is_person(name):
        return False
    if _with_first_name(name).search(article.text):
        return False
    return re.search(r"\b" + re.escape(name[:1].lower() + name[1:]) + r"(?:s|es)?\b", article.text) is not None


def _with_first_name(surname: str) -> re.Pattern[str]:
    """A capitalised word (a first name, maybe) right before ``surname``."""
    return re.compile(r"\b[A-ZÀ-Ý][\w\-]{1,20}[ ]" + re.escape(surname) + r"\b")
