"""Won or signed relations the same sentence tells as the continuation of one that already runs.

"Graham's signed a five-year deal with Aldi that extends their existing partnership", "the Pueblo police
signed a new contract with Axon to keep those services": the signing reads as a start, but the customer was
already buying from that supplier. Such a relation continues (``customer_continue``); it does not start.

:mod:`~streams.extraction.follow_on` already reads follow-on orders, exercised options and contract extensions;
this module reads the other marks of a running relation: a relation extended or expanded, one called existing,
a supplier kept in place. A quantity told as more ("30 more A320neos", "dix A350 supplémentaires") is not read
as a mark: such orders are labelled new as often as continued. A mark counts only when its clause names no
company besides the two parties ("while it keeps buying from Samsung" is another supplier's relation).
"""

from __future__ import annotations

import re

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate

_RELATION_NOUNS = (
    r"partnership|relationship|contract|agreement|deal|collaboration|alliance|arrangement|ties"
    r"|partenariat|contrat|accord|relation|collaboration"
)
_EXTENDED = (
    r"(?:extend|expand|renew|prolong)(?:s|ed|ing)?[ ](?:a|an|the|its|their|our|this|that)[ ]"
    r"(?:[\w\-]+[ ]){0,2}?(?:" + _RELATION_NOUNS + r")"
    r"|(?:prolong|renouvel|étend|élarg)\w*[ ](?:le|la|les|l'|son|sa|ses|leur|leurs|notre|nos)[ ]?"
    r"(?:[\w\-]+[ ]){0,2}?(?:" + _RELATION_NOUNS + r")"
)
"""A relation extended or expanded: "extends their existing partnership", "expanding a contract first signed"."""
_EXISTING = (
    r"(?:existing|long-standing|longstanding|ongoing)[ ](?:[\w\-]+[ ])?(?:" + _RELATION_NOUNS + r")"
    r"|(?:" + _RELATION_NOUNS + r")[ ](?:existant|en[ ]cours)"
)
"""A relation called existing: "their existing supply agreement", "le contrat existant"."""
_KEPT = (
    r"(?:keep|keeps|keeping|kept|retain|retains|retaining|retained)[ ](?:its|their|the|those|these)[ ]"
    r"(?:[\w\-]+[ ])?(?:place|position|role|status|services|business|account)"
    r"|(?:keep|keeps|keeping|kept|continue|continues|continued|continuing|went[ ]on|goes[ ]on|going[ ]on)[ ]"
    r"(?:to[ ])?(?:supply|supplying|provide|providing|deliver|delivering|deploy|deploying|buy|buying|use|using"
    r"|serve|serving|source|sourcing)"
    r"|(?:exercis|exerç|exerc)\w*[ ](?:a|an|one|une|l'|son|sa)[ ]?(?:[\w\-]+[ ])?options?"
)
"""A supplier kept in place: "keeping its place as sole supplier", "to keep those services", "went on buying",
"exercising a price option it had approved"."""
_RUNNING = re.compile(rf"\b(?:{_EXTENDED}|{_EXISTING}|{_KEPT})")
_CLAUSE_EDGE = re.compile(r"[,;:()]|\b(?:while|whereas|but|tandis|alors que|mais)\b")


def as_resumed(article: Article, candidates: list[Candidate]) -> None:
    """Turn into ``customer_continue`` the started relations whose sentence marks them as already running."""
    for candidate in candidates:
        if candidate.type != "customer_start" or candidate.subject is None or candidate.object is None:
            continue
        if _runs_already(article, candidate):
            candidate.type = "customer_continue"


def _runs_already(article: Article, candidate: Candidate) -> bool:
    """True when a mark of a running relation sits in the candidate's sentence, in a clause of its own pair."""
    start, end = candidate.span
    pair = {candidate.subject.id if candidate.subject else "", candidate.object.id if candidate.object else ""}
    for mark in _RUNNING.finditer(article.folded, start, end):
        left, right = _clause(article.folded, start, end, mark.start(), mark.end())
        if all(c.id in pair for c in article.companies if left <= c.start < right):
            return True
    return False


def _clause(folded: str, start: int, end: int, mark_start: int, mark_end: int) -> tuple[int, int]:
    """The bounds of the clause holding a mark: from the last edge before it to the first edge after it."""
    left = start
    for edge in _CLAUSE_EDGE.finditer(folded, start, mark_start):
        left = edge.end()
    after = _CLAUSE_EDGE.search(folded, mark_end, end)
    return left, after.start() if after else end
