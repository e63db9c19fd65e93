"""Partners told by a relative clause on "with which / avec lequel": "Y, with which X formed an alliance in 2019".

Reporters name a partner first and tell the alliance in a relative clause: « le groupe Y, avec lequel le constructeur
a noué un accord dans l'autopartage », « A et B, les deux constructeurs avec lesquels X forme une alliance », "Y,
with which X set up a joint venture". The company (or the list) right before the relative word, maybe past an
apposition, is one side; the clause's subject, named after the relative word or told by a kind noun for the sentence's
first company ("le constructeur français"), is the other. Only a clause that holds a word of alliance counts: "the
supplier with which X signed a contract" tells a purchase. Everything is read within the sentence around the cue.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_ALLIANCE = re.compile(
    r"[^.;]{0,60}?\b(?:alliances?|partenariats?|coentreprises?|co-entreprises?|sociétés?[ ]communes?|joint[ ]ventures?"
    r"|partnerships?|tie-ups?|noué[ ]un[ ]accord|noue[ ]un[ ]accord|s'est[ ]allié|s'est[ ]alliée|collabore|coopère"
    r"|partnered|teamed[ ]up|collaborates?|cooperates?)\b"
)
"""In the relative clause, a word of alliance ("forme une alliance", "set up a joint venture", « a noué un accord »)."""
_APPOSED = re.compile(r",?[ ](?:(?:les|le|la|the|ses|its)[ ](?:[a-zà-ÿ\-]{2,20}[ ]){1,3})?")
"""Between the partner named before and the relative word: nothing, a comma, or an apposition ("les deux
constructeurs")."""
_KIND_SUBJECT = re.compile(r"[ ](?:le|la|the)[ ](?:[a-zà-ÿ\-]{2,20}[ ]){1,2}")
"""A kind noun standing for the sentence's first company as the clause's subject: "le constructeur français"."""
_LIST_STEP = re.compile(r"(?:,[ ]|,?[ ](?:and|et)[ ](?:de[ ]|d')?)")
"""Between two partners listed before the relative: "de Nissan et de Mitsubishi Motors"."""
_REACH = 60


def relative_with_pairs(article: Article, sentence: Sentence, cue: Cue) -> list[tuple[CompanyMention, CompanyMention]]:
    """The (subject, partner) pairs a "with which / avec lequel" clause of alliance states (see the module doc)."""
    folded = article.folded
    if _ALLIANCE.match(folded, cue.end, min(sentence.end, cue.end + _REACH + 30)) is None:
        return []
    before = [c for c in sentence.companies if c.end <= cue.start]
    if not before or cue.start - before[-1].end > _REACH or not _APPOSED.fullmatch(folded, before[-1].end, cue.start):
        return []
    partners = _listed_before(folded, before)
    subject = sentence.company_after(cue.end, within=_REACH)
    if subject is None and _KIND_SUBJECT.match(folded, cue.end):
        subject = next((c for c in before if all(c.id != p.id for p in partners)), None)
    if subject is None:
        return []
    return [(subject, partner) for partner in partners if partner.id != subject.id]


def _listed_before(folded: str, before: list[CompanyMention]) -> list[CompanyMention]:
    """The last company of ``before`` and those listed right before it."""
    members = [before[-1]]
    for company in reversed(before[:-1]):
        if _LIST_STEP.fullmatch(folded, company.end, members[-1].start) is None:
            break
        members.append(company)
    return members[::-1]
