"""Deals an article tells as its background, not as its news ("bought Pirelli last year").

"It is HP's biggest purchase since it paid $20 billion for Compaq in 2002", "Aker before its merger with
Kvaerner": such a deal is a true fact (the state records the holding), but it happened before the story: alerting on it
would tell a user, again, of a deal closed years ago, every time a story recalls it. A deal is background when
every sentence that tells it dates it before the article's year ("in 2002", "l'an dernier", "five years ago", "the
2016 takeover of", "En 2014, X a racheté Y"), or tells it as a series ("the purchases of Star Wars, Marvel and
Fox"), as what came before or since ("before its merger with", "depuis son rachat de"), or as how a company was formed
("created when A merged with B", "né de la fusion de"). A sentence that also names the article's year or a later
one is news, whatever else it recalls.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate
from streams.extraction.cues import Cue
from streams.extraction.deal_pronoun import told_before
from streams.extraction.mentions import CompanyMention
from streams.extraction.quantities import PeriodMention

DEAL_FAMILIES = frozenset(("acquisition", "stake", "investment", "payment"))
"""Cue families that tell a deal: the cue nearest the target is the deal's own."""

_YEAR_AFTER_REACH = 45
"""How far (chars) after the deal's cue and target its year may start ("for rival Compaq in 2002")."""
_YEAR_BEFORE_REACH = 14
"""How far (chars) before the deal's cue its year may end ("the 2016 takeover of", "its 2002 purchase of")."""
_VERB_DATE_REACH = 5
"""How far (chars) after the deal's verb its date may start ("a acquis l'an dernier", "bought in 2016")."""
_OPENING_REACH = 12
"""A year this close to the sentence's start dates the whole sentence ("In 2014, ...", "En 2014, ...")."""

_DATED_BY = re.compile(r"(?:\b(?:in|en|since|depuis|dès)[ ](?:early[ ]|late[ ]|mid-|début[ ]|fin[ ])?)$")
"""Right before a year that dates what precedes it: "in 2002", "en 2014", "since early 2019"."""
_RELATIVE_PAST = re.compile(r"^(?:last year|l'an dernier|l'année dernière)")
"""A relative year that is itself a date ("bought Pirelli last year")."""
_OPENING_DATE = re.compile(
    r"^(?:(?:(?:late|early|back|later|earlier)[ ])?(?:in|en)[ ](?:late[ ]|early[ ]|mid-)?"
    r"|(?:début|fin|mi-|courant)[ ]?)$"
)
"""Before a year opening the sentence: "In 2014, ...", "Late in 2018, ...", "In mid-2019, ...", « Fin 2018, ... »."""
_APPOSITION = re.compile(r"^,[ ](?:the|a|an|its|le|la|l'|un|une|son|sa)[ ]?[^,;:()]{1,50},")
"""Right after the deal's target, a description set off by commas, which a date after it skips: "invested $12.8
billion in Juul, the e-cigarette start-up, in 2018"."""
_YEARS_AGO = re.compile(
    r"\b(?:[\w-]+[ ](?:years?|decades?)[ ]ago|il[ ]y[ ]a[ ](?:plus[ ]de[ ]|près[ ]de[ ])?[\w-]+[ ](?:ans|années"
    r"|décennies?))\b"
)
"""Years counted back from the article: "five years ago", "a decade ago", « il y a dix ans » (a date before it)."""
_SERIES = re.compile(r"\b(?:purchases|acquisitions|takeovers|rachats)\b")
"""A plural deal noun tells a company's record, not one new deal ("steered it through purchases of A and B")."""
_SINCE_OR_BEFORE = re.compile(
    r"\b(?:since|before|prior to|depuis|avant)[ ](?:its|their|his|her|the|sa|son|ses|leur|la|le|l'|[\w&.'-]+'s)"
    r"[ ]?(?:[\w$€£.,-]+[ ]){0,3}$"
)
"""Before a deal noun: what came before or since it ("before its merger with", "depuis son rachat par")."""
_FORMED_BY = re.compile(
    r"(?<!l')\b(?:created when|formed when|formed by|formed through|formed in|born of|born from|was created by"
    r"|né de|née de|nés de|issu de|issue de|issus de|créé lors de|créée lors de)\b[^.;]{0,60}$"
)
"""Before a deal cue: how a company came to be ("was created when Alliance Boots merged with Walgreens")."""


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "janvier"), ("february", "février"), ("march", "mars"), ("april", "avril"), ("may", "mai"),
            ("june", "juin"), ("july", "juillet"), ("august", "août"), ("september", "septembre"),
            ("october", "octobre"), ("november", "novembre"), ("december", "décembre"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH_AFTER = re.compile(
    r"(?:[ ](?:back[ ]|earlier[ ]|late[ ]|early[ ])?(?:in|en|début|fin)[ ](?:early[ ]|late[ ]|mid-)?)("
    + "|".join(_MONTHS)
    + r")\b(?![ ]?\d)"
)
"""Right after the deal, a month with no year: "bought Periscope in March", « a racheté X en mars »."""
_MONTH_REACH = 20
_AHEAD = re.compile(
    r"\b(?:will|would|shall|expected|expects|expect|plans?|planned|intends?|aims?|set to|due|to close|to complete"
    r"|va|vont|devrait|doit|prévue?|compte|envisage)\b"
)
"""A sentence telling what is to come: a month in it may be next year's ("expected to close in March")."""
_MONTHS_BACK = 2
"""How many months before the article's a month must be to date a deal before the news (a deal of last month is
often the news still)."""


def _month_before(article: Article, sentence_start: int, sentence_end: int, anchor_end: int) -> bool:
    """A month right after the deal, this year and well before the article's: "buying Periscope in March" (July).

    A month later than the article's is last year's, or next year's in a sentence telling what is to come: neither
    is read, so the deal stays news.
    """
    published = article.published_at
    folded = article.folded
    month = _MONTH_AFTER.match(folded, anchor_end) or _MONTH_AFTER.search(
        folded, anchor_end, min(sentence_end, anchor_end + _MONTH_REACH)
    )
    if published is None or month is None or any(mark in folded[anchor_end : month.start()] for mark in ",;:()"):
        return False
    if _AHEAD.search(folded, sentence_start, sentence_end):
        return False
    return _MONTHS[month.group(1)] <= published.month - _MONTHS_BACK


def told_as_history(article: Article, spans: Sequence[tuple[int, int]], target: CompanyMention | None) -> bool:
    """Whether every sentence in ``spans`` tells the deal on ``target`` as the article's background.

    A deal with no named target, an undated article, or a sentence where the target cannot be found are never
    background: the default is news, so an alert is never lost to a guess.
    """
    published = article.published_at
    if target is None or published is None or not spans:
        return False
    return all(_sentence_tells_history(article, start, target.id, published.year) for start, _ in spans)


def _sentence_tells_history(article: Article, start: int, target_id: str, year: int) -> bool:
    sentence = article.sentence(article.sentence_index(start))
    if any(p.year >= year for p in sentence.periods):
        return False
    target = next((m for m in sentence.companies if m.id == target_id), None)
    if target is None:
        return False
    cue = _nearest_deal_cue(sentence.cues, target)
    folded = article.folded
    if cue is not None:
        cue_text = folded[cue.start : cue.end]
        before_cue = folded[max(sentence.start, cue.start - 60) : cue.start]
        if _SERIES.search(cue_text) or _SINCE_OR_BEFORE.search(before_cue) or _FORMED_BY.search(before_cue):
            return True
        if told_before(folded, sentence.start, cue.start):
            return True  # "who left Lexmark after it was acquired by Apex"
    anchor_start = min(target.start, cue.start) if cue else target.start
    anchor_end = max(target.end, cue.end) if cue else target.end
    if _ago_after(folded, anchor_end, sentence.end) or _month_before(article, sentence.start, sentence.end, anchor_end):
        return True
    past = [p for p in sentence.periods if p.year < year]
    return any(
        _dates_after(folded, anchor_end, p)
        or _dates_before(folded, anchor_start, p)
        or (cue is not None and _dates_verb(folded, cue.end, p))
        or _opens(folded, sentence.start, p)
        for p in past
    )


def _nearest_deal_cue(cues: Sequence[Cue], target: CompanyMention) -> Cue | None:
    deal_cues = [c for c in cues if c.family in DEAL_FAMILIES]
    if not deal_cues:
        return None
    return min(deal_cues, key=lambda c: max(c.start - target.end, target.start - c.end, 0))


def _ago_after(folded: str, anchor_end: int, sentence_end: int) -> bool:
    """Years counted back right after the deal, in its clause: "bought Atos five years ago", « il y a dix ans »."""
    ago = _YEARS_AGO.search(folded, anchor_end, min(sentence_end, anchor_end + _YEAR_AFTER_REACH))
    return ago is not None and not any(mark in folded[anchor_end : ago.start()] for mark in ",;:()")


def _dates_after(folded: str, anchor_end: int, period: PeriodMention) -> bool:
    """A year right after the deal, in its clause, past an apposition: "paid $20 billion for rival Compaq in 2002"."""
    if not anchor_end <= period.start <= anchor_end + _YEAR_AFTER_REACH:
        return False
    between = _APPOSITION.sub("", folded[anchor_end : period.start], count=1)
    if any(mark in between for mark in ",;:()"):
        return False
    return bool(_RELATIVE_PAST.match(folded[period.start : period.end]) or _DATED_BY.search(between))


def _dates_before(folded: str, anchor_start: int, period: PeriodMention) -> bool:
    """A year right before the deal noun: "the 2016 takeover of", "its 2002 purchase of"."""
    return anchor_start - _YEAR_BEFORE_REACH <= period.end <= anchor_start and not any(
        mark in folded[period.end : anchor_start] for mark in ",;:()"
    )


def _dates_verb(folded: str, cue_end: int, period: PeriodMention) -> bool:
    """A year right after the deal's verb, before its object, which dates the verb and so every target it takes.

    "a acquis l'an dernier le fabricant X, ainsi que Y", "bought in 2016 a stake in X".
    """
    between = folded[cue_end : period.start]
    return 0 <= len(between) <= _VERB_DATE_REACH and (
        (between.strip() == "" and bool(_RELATIVE_PAST.match(folded[period.start : period.end])))
        or bool(_DATED_BY.fullmatch(between.lstrip()))
    )


def _opens(folded: str, sentence_start: int, period: PeriodMention) -> bool:
    """A year opening the sentence: "In 2014, HP bought ...", "En 2014, X a racheté ..."."""
    return period.start - sentence_start <= _OPENING_REACH and bool(
        _OPENING_DATE.search(folded[sentence_start : period.start].lstrip())
    )


def already_held(candidates: list[Candidate]) -> None:
    """Make background a holding told as already held when the story's news for the same pair goes beyond it.

    "Kubota, which currently holds 9.09% of Escorts, will raise its stake to 44.8%", « Trudaine, qui détient déjà
    43 % de Filae, lance une OPA »: the news is the larger stake or the takeover; the holding stays a fact, with no
    alert of its own. A holding the news does not pass ("qui possède déjà 27 %" beside a 17.9 % block bought) stays
    news.
    """
    largest: dict[tuple[str, str], float] = {}
    for candidate in candidates:
        if candidate.already or candidate.subject is None or candidate.object is None:
            continue
        pair = (candidate.subject.id, candidate.object.id)
        if candidate.type == "acquisition":
            largest[pair] = math.inf
        elif candidate.type == "stake" and candidate.stake_pct is not None:
            largest[pair] = max(largest.get(pair, 0.0), candidate.stake_pct)
    for candidate in candidates:
        if not candidate.already or candidate.subject is None or candidate.object is None:
            continue
        beyond = largest.get((candidate.subject.id, candidate.object.id))
        if beyond is not None and (candidate.stake_pct is None or beyond > candidate.stake_pct):
            candidate.earlier = True
