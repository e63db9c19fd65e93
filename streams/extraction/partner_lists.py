"""Partners named as a list: "joint ventures with A, B, C and D", « le consortium formé par A, B, C et D ».

A partnership cue often names more than one partner on a side. Its readers find the first two companies; the rest of
a list joined by commas and closed by "and / et" are partners too: each listed company of a partner list is the
subject's partner, and the members of a consortium, a group or a pair subject ("A, B and C will pool efforts") are
each other's partners. A list is read only when "and / et" closes it and nothing but a comma, a preposition or the
end follows its last member, so a comma that opens a new clause ("with A, B said") brings no partner. The scan walks
the companies right after the first one: one bounded pass over a sentence's companies.
"""

from __future__ import annotations

import re
from itertools import combinations

from streams.extraction.article import Article, Sentence
from streams.extraction.mentions import CompanyMention

_LEGAL = r"(?:[ ](?:group|groupe|holdings?|inc|corp|co|ltd|sa|se|ag|nv|plc|llc)[.]?)?(?:[ ]\([^()]{1,40}\))?"
_DESCRIPTION = (
    r"(?:(?:its|their|the|fellow|sa|son|la|le|les|l'|de|d'|du|des)[ ]?)?"
    r"(?:(?!(?:and|et|or|ou|with|avec|to|à|for|pour|including|notamment|dont|such|like|comme|of|de|du|des)[ ])"
    r"[a-zà-ÿ\-]{2,20}(?:'s)?[ ]){0,3}(?:(?:la|le|l')[ ]?)?"
)
_COMMA_STEP = re.compile(_LEGAL + r",[ ]" + _DESCRIPTION)
"""Between two members inside a list: "A, B", "A Inc., the German B", « A, l'allemand B »; not « A, propriétaire de
B »: a description ending in "de" names what A owns or belongs to."""
_AND_STEP = re.compile(_LEGAL + r",?[ ](?:and|et|&)[ ]" + _DESCRIPTION)
"""Before a list's last member: "and", ", and", "et", maybe with its description ("et de General Electric")."""
_LIST_CLOSED = re.compile(
    _LEGAL + r"(?:[ ]\([^()]{1,40}\))?(?:[.,;:]|$|[ ](?:on|in|to|for|at|over|from|under|during|last|this|next|earlier"
    r"|since|after|as|which|that|who|pour|dans|en|sur|afin|au|aux|lors|depuis|après|comme|qui|dont|avec|with)\b)"
)
"""After a partner list's last member: a comma, the end, a preposition or a relative; a verb would make it the
subject of a new clause ("with A and B will supply ...")."""
_MAX_MEMBERS = 12


def listed_after(
    article: Article, sentence: Sentence, first: CompanyMention, before: int | None = None
) -> list[CompanyMention]:
    """The companies listed after ``first`` in one list closed by "and / et", or nothing.

    "A, B, C and D" gives [B, C, D] for A; "A and B" gives [B]; "A, B said" gives nothing (no "and" closes it).
    All of them lie in ``first``'s clause; a company named twice (its short name) is taken once. With ``before`` (a
    cue's start) the list is the cue's subject and must end before it; else :data:`_LIST_CLOSED` must follow it.
    """
    named = sentence.companies
    index = next((i for i, c in enumerate(named) if c.start == first.start), None)
    if index is None:
        return []
    span = sentence.clauses.span_of(first.start)
    members: list[CompanyMention] = []
    previous = first
    for company in named[index + 1 : index + 1 + _MAX_MEMBERS]:
        same_clause = sentence.clauses.span_of(company.start) == span
        if _AND_STEP.fullmatch(article.folded, previous.end, company.start):
            if not same_clause and before is None:
                return []  # with a bound, "et B a été retenu" may open a clause of its own: B still closes the list
            members.append(company)
            if before is not None:
                closed = company.end <= before
            else:
                closed = _LIST_CLOSED.match(article.folded, company.end, sentence.end) is not None
            return _distinct(first, members) if closed else []
        if not same_clause or not _COMMA_STEP.fullmatch(article.folded, previous.end, company.start):
            return []
        members.append(company)
        previous = company
    return []


def _distinct(first: CompanyMention, members: list[CompanyMention]) -> list[CompanyMention]:
    """The members in order, each company once and none the same as ``first``."""
    seen = {first.id}
    kept: list[CompanyMention] = []
    for member in members:
        if member.id not in seen:
            seen.add(member.id)
            kept.append(member)
    return kept


_MAX_PAIRWISE = 4
"""Members beyond which a group is read as no partnership at all: five banks that "se sont associés pour ce prêt"
are a syndicate, and an industry initiative of eight firms is no set of 28 bilateral alliances."""


def member_pairs(members: list[CompanyMention]) -> list[tuple[CompanyMention, CompanyMention]]:
    """Every pair of a consortium's or a list subject's members, in order of mention; none past four members."""
    return list(combinations(members, 2)) if len(members) <= _MAX_PAIRWISE else []
