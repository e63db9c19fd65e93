"""A deal or alliance noun owned by a possessor the recogniser does not name ("Mobileye's alliance with BMW").

The possessor is the noun's party: "Mobileye's newly announced alliance with BMW and Intel" is Mobileye's alliance,
"the drugstore chain's planned acquisition by Walgreens" is the chain's sale. When that possessor is not a company
the recogniser found, the frame readers used to fall back on the clause's subject ("Tesla CEO Elon Musk tied the
break-up to Mobileye's ... alliance with BMW" made Tesla BMW's partner). These helpers tell the readers that the
party stands in the possessive, and what can still be read: the allies listed together after "with", or the
company a possessive description ("the drugstore chain's") takes up.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.partner_lists import listed_after, member_pairs

_POSSESSIVE_BEFORE = re.compile(
    r"(?P<owner>\b[A-Z][\w&.\-]*|\b[Tt]he[ ](?P<kind>[a-z\-]{2,20}(?:[ ][a-z\-]{2,20})?))['\u2019]s[ ]"
    r"(?:[\w\-]{2,20}[ ]){0,3}$"
)
"""Right before a cue: a possessive and up to three words ("Mobileye's newly announced self-driving ",
"the drugstore chain's planned ")."""
_REACH = 80
_ANTECEDENT_REACH = 120
"""How far before a possessive description the company it takes up may stand ("in Rite Aid Corp. if the drugstore
chain's")."""


def unnamed_possessor(article: Article, sentence: Sentence, cue: Cue) -> re.Match[str] | None:
    """The possessive before ``cue`` whose owner is no recognised company, or None.

    A possessive that a company mention ends in ("BMW's alliance with") is the pair readers' own case.
    """
    start = max(sentence.start, cue.start - _REACH)
    match = _POSSESSIVE_BEFORE.search(article.text, start, cue.start)
    if match is None:
        return None
    owner_end = match.end("owner")
    if any(c.start <= match.start("owner") < c.end or c.end == owner_end for c in sentence.companies):
        return None
    return match


def described_antecedent(sentence: Sentence, possessive: re.Match[str], exclude: str | None) -> CompanyMention | None:
    """The company a possessive description takes up: the nearest one before it in the sentence.

    "McKesson could lose a customer in Rite Aid Corp. if the drugstore chain's planned acquisition by Walgreens is
    approved": the chain is Rite Aid. A capitalised possessor ("Mobileye's") names a company of its own: none.
    """
    if possessive.group("kind") is None:
        return None
    before = [
        c
        for c in sentence.companies
        if c.end <= possessive.start() and possessive.start() - c.end <= _ANTECEDENT_REACH and c.id != exclude
    ]
    return before[-1] if before else None


def possessed_target(
    article: Article, sentence: Sentence, cue: Cue, buyer: CompanyMention | None, target: CompanyMention | None
) -> CompanyMention | None:
    """The target of a passive deal cue, the possessor when one stands before it unnamed.

    "the drugstore chain's planned acquisition by Walgreens": the chain (the company the description takes up),
    "Zorbix's acquisition by Walgreens": nobody the recogniser knows; otherwise ``target`` as the frame read it.
    """
    if cue.detail != "passive" or (possessive := unnamed_possessor(article, sentence, cue)) is None:
        return target
    return described_antecedent(sentence, possessive, buyer.id if buyer else None)


def allies_of_unnamed(
    article: Article, sentence: Sentence, cue: Cue, partner: CompanyMention | None
) -> list[tuple[CompanyMention, CompanyMention]] | None:
    """The pairs of an alliance noun owned by an unnamed possessor, or None when a company owns it (or nobody).

    "Mobileye's alliance with BMW and Intel" allies BMW and Intel; "Mobileye's alliance with BMW" pairs nobody the
    recogniser knows (never the clause's subject with BMW).
    """
    if cue.detail not in ("forward", "noun") or unnamed_possessor(article, sentence, cue) is None:
        return None
    allies = [partner, *listed_after(article, sentence, partner)] if partner is not None else []
    return member_pairs(allies) if len(allies) > 1 else []
