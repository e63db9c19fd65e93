"""A won contract or order whose own sentence tells the relation's history: it continues, it does not start.

"approved a multi-year agreement with Axon, extending a relationship that began in 2016", "has won a two-year
contract with B&Q, taking their 20-year partnership further", "will use Pratt engines on 30 more A320neos, bringing
its total to 180", "le loueur en a commandé vingt de plus à Airbus", "received a delivery order
modification from the Army", "exercised options on 50 jets": the customer was already buying from the supplier. The
signs are classes, not phrases: a relation noun said to be old or carried on, a count of more of the same, a running
total, a change to a contract in force, an option or a framework the order is drawn from. ``follow_on.py`` reads the
follow-on and repeat-order words; this module reads these other signs the same way, in the relation's sentence only.
A sentence that replaces or leaves someone ("replacing its existing supplier") tells a start, and is left alone.

A second class of marks says the relation runs now, whatever its history: a relation extended, expanded or renewed
("extends their existing partnership", « a prolongé son contrat avec »), called existing or ongoing, a supplier kept
in place ("to keep those services", "went on buying", "exercising a price option"). Such a mark counts when its own
clause names no company besides the two parties ("while it keeps buying from Samsung" is another supplier's). A
quantity told as more in French ("dix A350 supplémentaires") is no mark: such orders are labelled new as often as
continued.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate

_COUNT = (
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|hundred|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante"
    r"|cinquante|soixante|cent)"
)
_RELATION_NOUN = r"(?:relationship|relation|partnership|partenariat|collaboration|ties|business[ ]relationship)"
_CONTRACT_NOUN = r"(?:contract|agreement|deal|contrat|accord)"
_OLD = (
    r"(?:existing|long-standing|longstanding|long-running|longtime|long-time|decades-long|years-long"
    rf"|{_COUNT}-year|{_COUNT}[ ]years?[ ]of|{_COUNT}[ ]ans[ ]de)"
)
_CARRY_ON = (
    r"(?:extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|deepen(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|widen(?:s|ed|ing)?"
    r"|build(?:s|ing)?[ ]on|built[ ]on|prolong\w*|approfondi\w*|renforc\w*|élarg\w*|étend\w*)"
)
_HISTORY = (
    # "a 15-year relationship", "their existing partnership", "vingt ans de partenariat"
    rf"{_OLD}[ ](?:[a-z\-]+[ ]){{0,2}}?{_RELATION_NOUN}"
    # "an existing contract": only "existing" says the contract is old ("a ten-year contract" is the new one)
    rf"|existing[ ](?:[a-z\-]+[ ]){{0,2}}?{_CONTRACT_NOUN}"
    # "extending a relationship that began in 2016", "expanding a contract first signed in 2020"
    rf"|{_CARRY_ON}[ ](?:a|an|the|its|their|our|his|her|son|sa|leur|notre|le|la)[ ](?:[a-z\-\d]+[ ]){{0,3}}?"
    rf"(?:{_RELATION_NOUN}|{_CONTRACT_NOUN}[ ](?:first[ ])?(?:signed|awarded|struck|agreed))"
    # "a firm order for six A321neos, adding to its existing Airbus fleet": the customer already flies the maker's
    r"|(?:adding|adds|added|add)[ ]to[ ](?:its|their)[ ](?:existing|current)[ ](?:[a-z\-\d]+[ ]){0,2}?fleet"
)
_BUYS = r"(?:order(?:s|ed|ing)?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|command\w*|achet\w*|achèt\w*)"
_MORE_OF_IT = (
    # "ordered 20 more A321neos", "en a commandé vingt de plus": bought again ("an option for up to 23 more sets",
    # "added 15 more rights" count options, not a purchase; "une commande de douze robots supplémentaires" may be
    # the first order of a larger fleet, read as a start)
    rf"{_BUYS}[ ](?:[^ ]+[ ]){{0,3}}?{_COUNT}[ ](?:(?:more|additional|further|extra)[ ]|de[ ]plus\b)"
    # "is to supply a further six locos to X", "will deliver another 20 trams to X": more of what it already sells
    rf"|(?:supply|supplies|supplying|deliver|delivers|delivering|provide|provides|providing)[ ]"
    rf"(?:a[ ]further|another|an[ ]additional)[ ]{_COUNT}[ ]"
    # "bringing its total to 180", "lifting its total for the type to 270", "ce qui portera à 38 le nombre"
    r"|(?:bringing|brings|lifting|lifts|taking|takes|raising|raises)[ ](?:its|their|the)[ ](?:total|tally)\b"
    r"|port(?:e|era|ant|ait)[ ]à[ ]\d+[ ](?:le[ ]nombre|le[ ]total|sa[ ]flotte)"
)
_DRAWN_FROM = (
    # "exercised options on 50 jets", "exercising a price option"
    r"exercis(?:e|es|ed|ing)[ ](?:(?:an|a|the|its|their)[ ])?(?:[a-z\-]+[ ])?options?\b"
    # "a contract modification", "an amendment to its contract", "amending its agreement with"
    r"|(?:contract|order|agreement)[ ](?:modification|amendment)s?\b|(?:modification|amendment|change)[ ]to[ ]"
    r"(?:an|the|its|their)[ ](?:existing[ ])?(?:contract|agreement)"
    r"|amend(?:s|ed|ing)?[ ](?:its|their|the|an|a)[ ](?:existing[ ])?(?:contract|agreement|deal)"
    # "under a framework agreement", "dans le cadre d'un accord-cadre conclu en 2016"
    r"|under[ ](?:a|an|the|its|their)[ ](?:existing[ ])?framework|dans[ ]le[ ]cadre[ ]d(?:'un|u|e[ ]l')[ ]?"
    r"(?:accord|contrat)-cadre"
    # "keeping its place as the steelmaker's sole supplier"
    r"|(?:keep|keeps|keeping|kept|retain|retains|retaining|retained)[ ](?:its|their)[ ](?:place|position|status)[ ]as"
)
_CONTINUES = re.compile(rf"\b(?:{_HISTORY}|{_MORE_OF_IT}|{_DRAWN_FROM})")
"""A sign, in the relation's own sentence, that the customer already bought from the supplier."""
_REPLACES = re.compile(
    r"\b(?:replac\w*|switch\w*|instead[ ]of|rather[ ]than|away[ ]from|in[ ]place[ ]of|remplac\w*|au[ ]lieu[ ]d"
    r"|plutôt[ ]que|au[ ]détriment[ ]d|mettant[ ]fin|ending|terminat\w*|résili\w*)"
)
"""A sentence that moves business between suppliers or ends a relation: the history it tells ("its existing
supplier", "mettant fin à quinze ans de collaboration") is the one left."""
_WITH = re.compile(r"[ ](?:[a-z\-\d]+[ ]){0,4}?(?:with|avec|between|entre)[ ](?:the[ ]|la[ ]|le[ ]|l')?")
"""After a sign, the partner of the history it tells: "quinze ans de collaboration avec " Atos."""


# Marks of a relation running now (its own clause must name no other company).
_RUNNING_NOUNS = (
    r"partnership|relationship|contract|agreement|deal|collaboration|alliance|arrangement|ties"
    r"|partenariat|contrat|accord|relation|collaboration"
)
_EXTENDED = (
    r"(?:extend|expand|renew|prolong)(?:s|ed|ing)?[ ](?:a|an|the|its|their|our|this|that)[ ]"
    r"(?:[\w\-]+[ ]){0,2}?(?:" + _RUNNING_NOUNS + r")"
    r"|(?:prolong|renouvel|étend|élarg)\w*[ ](?:le|la|les|l'|son|sa|ses|leur|leurs|notre|nos)[ ]?"
    r"(?:[\w\-]+[ ]){0,2}?(?:" + _RUNNING_NOUNS + r")"
)
"""A relation extended or expanded: "extends their existing partnership", "expanding a contract first signed"."""
_EXISTING = (
    r"(?:existing|long-standing|longstanding|ongoing)[ ](?:[\w\-]+[ ])?(?:" + _RUNNING_NOUNS + r")"
    r"|(?:" + _RUNNING_NOUNS + r")[ ](?:existant|en[ ]cours)"
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


def as_continued(article: Article, candidates: list[Candidate]) -> None:
    """Turn into ``customer_continue`` the relations started in a sentence that tells they already ran.

    Only a start whose two parties are named: the sign speaks of the pair the sentence relates.
    """
    for candidate in candidates:
        if candidate.type != "customer_start" or candidate.subject is None or candidate.object is None:
            continue
        if _told_history(article, candidate) or _runs_already(article, candidate):
            candidate.type = "customer_continue"


def _pair(candidate: Candidate) -> set[str]:
    """The ids of the relation's two parties."""
    return {candidate.subject.id if candidate.subject else "", candidate.object.id if candidate.object else ""}


def _told_history(article: Article, candidate: Candidate) -> bool:
    """True when the sentence tells the pair's history and replaces or leaves nobody."""
    start, end = candidate.span
    if _REPLACES.search(article.folded, start, end):
        return False
    pair = _pair(candidate)
    return any(_of_pair(article, sign.end(), end, pair) for sign in _CONTINUES.finditer(article.folded, start, end))


def _of_pair(article: Article, sign_end: int, end: int, pair: set[str]) -> bool:
    """Whether the sign speaks of the pair: not "fifteen years of collaboration with Z", another supplier's history."""
    with_other = _WITH.match(article.folded, sign_end, end)
    if with_other is None:
        return True
    at = bisect_left(article.company_starts, with_other.end())
    named = article.companies[at] if at < len(article.companies) else None
    return named is None or named.start != with_other.end() or named.id in pair


def _runs_already(article: Article, candidate: Candidate) -> bool:
    """True when a mark of a running relation sits in the candidate's sentence, in a clause of its own pair."""
    start, end = candidate.span
    pair = _pair(candidate)
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
