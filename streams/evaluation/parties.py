"""Deciding whether a gold label and an extracted value name the same party.

Gold files write names as a story does ("Alphabet's Google", "Groupe Renault", "Scale AI Inc."),
the extractor returns knowledge-base ids or slugs of unknown names. Both sides are reduced to one
key: the knowledge-base company id when the name resolves to one (canonical name, alias, legal
suffix, or the owned company of a possessive), else the slug of the name without its legal suffix,
leading article or trailing generic corporate words ("Cevian Capital" is "Cevian", "Harman International
Industries" is "Harman"; a country or unit word is kept: "Orange Belgique" is not "Orange"). That slug is
the knowledge-base company's own when it is the slug of one company's name or alias reduced the same way:
"Hershey" and "The Hershey Company" are the knowledge base's "Hershey Company", whose short form the
recogniser does not match in text (a common word), while a story and its gold write it so. People are
compared by name, a bare surname matching the full name.
"""

from __future__ import annotations

import re
from functools import cache

from schemas.events import CompanyRef
from streams.extraction.knowledge_base import KnowledgeBase, load_knowledge_base, slugify

_APOSTROPHES = "'\u2019"
_POSSESSIVE = re.compile(rf"^.+?[{_APOSTROPHES}]s\s+(?P<owned>.+)$")
_GENERIC_TAIL = frozenset(
    ("capital", "partners", "group", "groupe", "holding", "holdings", "international", "industries", "corporation",
     "company", "companies", "enterprises", "global", "worldwide")
)  # fmt: skip
"""Words a story may add to or drop from an unknown company's name without naming another company."""
_ARTICLE = re.compile(rf"^(?:the\s+|les?\s+|la\s+|l[{_APOSTROPHES}]\s*)", re.IGNORECASE)


def company_key(name: str, kb: KnowledgeBase | None = None) -> str:
    """Return the comparison key of a company name: ``kb:<id>`` when the knowledge base knows it, else ``name:<slug>``.

    The possessive form names the owned company: "Alphabet's Google" is Google.
    """
    base = kb or load_knowledge_base()
    text = name.strip()
    possessive = _POSSESSIVE.match(text)
    for candidate in (text, possessive.group("owned") if possessive else None):
        if candidate is not None and (company := base.lookup(candidate)) is not None:
            return f"kb:{company.id}"
    key = _name_key(text, base)
    company_id = _short_forms(base).get(key)
    return f"kb:{company_id}" if company_id is not None else f"name:{key}"


def _name_key(name: str, kb: KnowledgeBase) -> str:
    """The slug of ``name`` without leading article, legal suffix or trailing generic words."""
    tokens = slugify(kb.strip_suffix(_ARTICLE.sub("", name.strip()))).split("-")
    while len(tokens) > 1 and tokens[-1] in _GENERIC_TAIL:
        tokens.pop()
    return "-".join(tokens)


@cache
def _short_forms(kb: KnowledgeBase) -> dict[str, str]:
    """Map :func:`_name_key` of every knowledge-base name and alias to its company id.

    A key two companies share maps to neither.
    """
    owners: dict[str, set[str]] = {}
    for company in kb:
        for name in (company.name, *company.aliases):
            owners.setdefault(_name_key(name, kb), set()).add(company.id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def ref_key(ref: CompanyRef, kb: KnowledgeBase | None = None) -> str:
    """Return the comparison key of an extracted company: its id when it is a knowledge-base id, else its name's key."""
    base = kb or load_knowledge_base()
    return f"kb:{ref.id}" if ref.id in base else company_key(ref.name, base)


def same_company(gold: str | None, extracted: CompanyRef | None, kb: KnowledgeBase | None = None) -> bool:
    """True when both name the same company, or both leave the party unnamed (None).

    An extracted party of kind ``unnamed`` ("one of its customers") is unnamed, as the gold format and the
    pipeline (fan-out, alert rules) read it.
    """
    if extracted is not None and extracted.kind == "unnamed":
        extracted = None
    if gold is None or extracted is None:
        return gold is None and extracted is None
    return company_key(gold, kb) == ref_key(extracted, kb)


def _name_tokens(person: str) -> list[str]:
    return [token for token in slugify(person).split("-") if token]


def same_person(gold: str | None, extracted: str | None) -> bool:
    """True when both name the same person: same surname, and same first initial when both give a first name.

    "Dupont" and "Marie Dupont" match; "M. Dupont" and "Marie Dupont" match; "Jean Dupont" and
    "Marie Dupont" do not. Both None (no person stated) match too.
    """
    if gold is None or extracted is None:
        return gold is None and extracted is None
    left, right = _name_tokens(gold), _name_tokens(extracted)
    if not left or not right or left[-1] != right[-1]:
        return False
    return len(left) == 1 or len(right) == 1 or left[0][0] == right[0][0]
