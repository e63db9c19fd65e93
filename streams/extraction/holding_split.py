"""A company's capital told as its split among holders, each with its share (session 26).

Reporters give who owns a firm as a register rather than as a deal: "Korvia is owned by Dorvane (60%) and Bellmark
(40%)", "the capital of Korvia is split between Dorvane (55%), Bellmark (30%) and its founders", « le capital de
Korvia se répartit entre Dorvane (34 %), Bellmark (26 %) et les fondateurs », « Korvia est détenue à 60 % par Dorvane
et à 40 % par Bellmark », "Korvia's shareholders are Dorvane, with 34%, and Bellmark, with 26%". The `owned` readers
(:mod:`streams.extraction.acq_ownership`) take one owner whose share the phrase tells, and refuse "owned by A and B"
(whose shares they cannot tell apart): here each holder stands next to its own share, so each is one holding.

The company split is the one right before the verb (past "the capital of", "'s shareholders", « le capital de »);
the holders are the companies after it, each with a share in brackets or after ", with / avec", or after
« à N % par ». A holder of half or more controls (an acquisition); below, a stake. A register is standing
background, not the deal that made it: the events are holdings told earlier (no alert of their own).
"""

from __future__ import annotations

import re
from typing import Final

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.holding_split_patterns import BARE_VERBS, SPLIT_FRAME
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.quantities import PercentMention

_NAME_TAIL: Final = r"(?:[ ,]{1,2}(?:holdings?|group|groupe|inc|corp|ltd|plc|sa|sas|ag|nv|se|llc|co)\.?)?"
"""A legal or group word a company's mention leaves out ("Petrix Holdings", "Brellan SA"), before what follows it."""
_REGISTER_GAP: Final = re.compile(_NAME_TAIL + r"(?:['\u2019]s?)?[ ](?:shareholders|owners|investors)")
"""Between the company and a bare verb: "Korvia's shareholders are", "Korvia' shareholders include"."""
_REGISTER_OF: Final = re.compile(
    r"\b(?:shareholders|owners|investors)[ ](?:in|of)[ ](?:the[ ])?$"
    r"|\b(?:actionnaires|associés)[ ]d(?:e[ ]|u[ ]|')(?:la[ ]|l')?$"
)
"""Right before the company of a bare verb: "shareholders in", « les actionnaires de »."""
_OWNED_GAP: Final = re.compile(_NAME_TAIL + r"(?:['\u2019]s?(?:[ ](?:share[ ])?capital|[ ]shareholders|[ ]owners)?|,)?")
"""Between the company and a split verb: nothing ("the capital of Korvia is split"), "'s capital", "'s owners", the
comma closing an apposition (« le capital de la société, nommée Korvia, se divise entre »)."""
_OWNED_CUE_GAP: Final = re.compile(
    _NAME_TAIL + r"[ ](?:is|was|are|remains|has[ ]been|est|était|sont|reste|demeure|a[ ]été)[ ]"
    r"(?:now[ ]|still[ ]|currently[ ]|jointly[ ]|désormais[ ]|toujours[ ]|actuellement[ ]|conjointement[ ])?|,[ ]"
)
"""Between the company and an `owned` cue ("Korvia is owned by", « Korvia est détenue à 60 % par »)."""
_SHARE_INSIDE: Final = re.compile(r".*\d")
"""An `owned` cue with its first share inside (« détenue à 60 % par »): the ownership readers take one owner, so
only a second share makes it a split."""
_SPLITS: Final = 2
_SHARE_AFTER: Final = re.compile(
    _NAME_TAIL + r"(?:[ ]?\([ ]?|,[ ](?:with|avec)[ ](?:a[ ]|an[ ]|about[ ]|some[ ]|environ[ ])?)"
)
"""Between a holder and its share after it: " (", ", with ", ", avec environ ", past a legal or group word the name
leaves out ("Petrix Holdings (60%)")."""
_SHARE_CLOSED: Final = re.compile(
    r"[ ]?(?:stake[ ]?)?\)|[ ]?(?:stake|du[ ]capital|of[ ]the[ ]capital)?(?:[,.;]|[ ](?:and|et)[ ]|$)"
)
"""After a bracketed or appended share: the bracket, or the comma, "and" or full stop closing it."""
_SHARE_BEFORE: Final = re.compile(
    r"[ ](?:owned[ ])?(?:by|par)[ ](?:(?:the|le|la|les|l')[ ]?)?(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}"
)
"""Between a share and its holder after it: « à 60 % par le groupe », "60% by"."""
_CONTROL: Final = 50.0
_FULL: Final = 100.0
_REACH: Final = 30
"""From a holder to its share (or a share to its holder): a bracket, a comma and a few words at most."""


def split_holdings(article: Article, sentence: Sentence) -> list[Candidate]:
    """The holdings a split of one company's capital tells in ``sentence`` (see the module docstring)."""
    found: list[Candidate] = []
    for cue in sentence.cues:
        owned = cue.family == "acquisition" and cue.detail == "owned"
        if not (owned or (cue.family == "stake" and cue.detail == SPLIT_FRAME)) or not sentence.percents:
            continue
        split = _owned_split(article, sentence, cue) if owned else _company_split(article, sentence, cue)
        holders = _holders(article, sentence, cue.start if owned else cue.end, split) if split is not None else []
        if owned and _SHARE_INSIDE.match(article.folded, cue.start, cue.end) and len(holders) < _SPLITS:
            continue
        modality = modality_at(article, sentence, cue.start)
        found.extend(
            Candidate(
                type="acquisition" if share.value >= _CONTROL else "stake",
                span=(sentence.start, sentence.end),
                subject=holder,
                object=split,
                stake_pct=share.value,
                modality=modality,
                effective_date=event_date(sentence),
                holding=True,
                earlier=True,
            )
            for holder, share in holders
        )
    return found


def share_told_after(article: Article, sentence: Sentence, company: CompanyMention) -> bool:
    """Whether ``company`` has its own share right after it ("Dorvane (34%)", "Dorvane, with 34%,"), as in a split."""
    return any(_after(article, company, share) for share in sentence.percents)


def _company_split(article: Article, sentence: Sentence, verb: Cue) -> CompanyMention | None:
    """The company whose capital the verb splits, right before it (past "'s capital", "'s shareholders")."""
    before = [c for c in sentence.companies if c.end <= verb.start]
    if not before:
        return None
    last = before[-1]
    gap = article.folded[last.end : verb.start]
    if article.folded[verb.start : verb.end].strip() not in BARE_VERBS:
        return last if _OWNED_GAP.fullmatch(gap) is not None else None
    register = _REGISTER_OF.search(article.folded, max(sentence.start, last.start - 30), last.start)
    return last if _REGISTER_GAP.fullmatch(gap) is not None or (not gap and register is not None) else None


def _owned_split(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company an `owned` cue splits ("Korvia is owned by", « Korvia est détenue à 60 % par »), right before it."""
    before = [c for c in sentence.companies if c.end <= cue.start]
    if not before or _OWNED_CUE_GAP.fullmatch(article.folded, before[-1].end, cue.start) is None:
        return None
    return before[-1]


def _holders(
    article: Article, sentence: Sentence, start: int, split: CompanyMention
) -> list[tuple[CompanyMention, PercentMention]]:
    """Each company after ``start`` with its own share next to it."""
    found: list[tuple[CompanyMention, PercentMention]] = []
    for company in (c for c in sentence.companies if c.start >= start and c.id != split.id):
        share = _share_of(article, sentence, company)
        if share is not None and 0 < share.value < _FULL and all(h.id != company.id for h, _ in found):
            found.append((company, share))
    return found


def _share_of(article: Article, sentence: Sentence, company: CompanyMention) -> PercentMention | None:
    """The share told right after ``company`` ("(34%)", ", with 34%,") or right before it (« à 60 % par »)."""
    for share in sentence.percents:
        if _after(article, company, share):
            return share
        if share.end <= company.start <= share.end + _REACH and _SHARE_BEFORE.fullmatch(
            article.folded, share.end, company.start
        ):
            return share
    return None


def _after(article: Article, company: CompanyMention, share: PercentMention) -> bool:
    """Whether ``share`` is told right after ``company``, in brackets or after ", with", and closed there."""
    return (
        company.end <= share.start <= company.end + _REACH
        and _SHARE_AFTER.fullmatch(article.folded, company.end, share.start) is not None
        and _SHARE_CLOSED.match(article.folded, share.end) is not None
    )
