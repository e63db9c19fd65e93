"""A French round named with its company as the subject of a verb that names its backers.

French digests write the round first and the company as its complement, then the investors as the verb's object
or agent: « le tour de 30 M$ d'Eyevensys a réuni A, B et C », « la série B de 50 M$ de Meati a été menée par A »,
often after a fronted lead (« Dirigé par X, le tour de ... de Y a réuni aussi A et B »). No raise cue puts the
company before "auprès de", and no co-investor cue follows a round subject with an owner, so neither frame reads
them; this reader does, one investment per backer, of untold size (the round's own event stays, as its total).
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import BACKED_ROUND, Candidate, event_date
from streams.extraction.invest_money_into import LIST_JOINT
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.pattern_windows import may_match
from streams.extraction.quantities import MoneyMention

_ROUND_OF_OWNER = re.compile(
    r"\b(?:le|la|l'|son|sa|ce|cette)[ ]?(?:tour(?:[ ]de[ ]table)?|levée(?:[ ]de[ ]fonds)?|série[ ][a-h]"
    r"|augmentation[ ]de[ ]capital|opération)(?:[ ]d'amorçage)?"
    r"(?:[ ](?:de|d')[ ]?(?:plus[ ]de[ ]|près[ ]de[ ])?\d[\d,.]*[ ]?(?:[mk]€|md€|m\$|md\$|millions?|milliards?)"
    r"(?:[ ](?:d'euros|de[ ]dollars|€|\$))?)?[ ](?:de[ ]|d')$"
)
"""Right before the company: the round that is the clause's subject (« le tour de 30 M$ d' », « la série B de »)."""
_BACKERS_VERB = re.compile(
    r"(?:,[^,]{1,80},)?[ ](?:a|ont)[ ](?:(?:aussi|également|surtout|notamment|enfin)[ ])?"
    r"(?:(?:réuni|rassemblé|attiré|fédéré)[ ](?:(?:aussi|également|notamment|surtout)[ ])?"
    r"|été[ ](?:(?:co)?(?:menée?|dirigée?|conduite?|pilotée?)|suivie?|souscrite?)[ ](?:(?:conjointement|notamment"
    r"|surtout)[ ])?par[ ](?:(?:le|la|les|l')[ ]?)?)"
)
"""After the company: the verb whose object or agent lists the round's backers (« a réuni aussi », « menée par »)."""
_FRONTED_LEAD = re.compile(
    r"(?:(?:co)?(?:dirigée?|menée?|conduite?|pilotée?)|emmenée?)[ ](?:conjointement[ ])?par[ ](?:(?:le|la|l')[ ]?)?"
)
"""At the sentence's start, the round's lead told first: « Dirigé par X, le tour de Y a réuni ... »."""
_LED_AGENT = re.compile(r"(?:menée?|dirigée?|conduite?|pilotée?)[ ]")
"""In the verb: the agent after it leads the round (« a été menée par »), not only takes part (« suivie par »)."""
_LIST_END = re.compile(r",[ ]")
_BACKER_KIND = re.compile(
    r"(?:(?:(?:les|des|de|d'|le|la|l'|ses|son|sa)[ ]?)?(?:fonds|investisseurs?|actionnaires?|business[ ]angels"
    r"|sociétés[ ]de[ ]capital-(?:risque|investissement))(?:[ ][a-zà-ÿ\-]{2,20}){0,2}?(?:[ ](?:comme|dont|tels[ ]que"
    r"|notamment))?[ ])?"
)
"""Between the verb and its first backer: nothing, or the backers' kind (« des fonds comme », « l'investisseur »)."""
_KIND_REACH = 60


def _list_from(article: Article, sentence: Sentence, first: CompanyMention, end: int) -> list[CompanyMention]:
    """``first`` and the companies listed right after it, all before ``end``."""
    members = [first]
    for company in sentence.companies:
        if company.start <= members[-1].end or company.end > end:
            continue
        if LIST_JOINT.fullmatch(article.folded, members[-1].end, company.start) is None:
            break
        members.append(company)
    return members


def _fronted_leads(article: Article, sentence: Sentence, owner: CompanyMention) -> list[CompanyMention]:
    """The leads of a round told before its subject: « Dirigé par A et B, le tour de ... de Y »."""
    lead = _FRONTED_LEAD.match(article.folded, sentence.start)
    first = sentence.company_after(lead.end(), within=0) if lead is not None else None
    if first is None:
        return []
    leads = _list_from(article, sentence, first, owner.start)
    return leads if _LIST_END.match(article.folded, leads[-1].end) else []


def _unnamed_round_of(deal: Candidate, owner: CompanyMention) -> bool:
    """Whether ``deal`` is the round of ``owner`` the sentence's raise verb read with no investor."""
    return deal.type == "investment" and deal.subject is None and deal.object is not None and deal.object.id == owner.id


def owned_round_backers(article: Article, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """One investment per backer of « le tour de N de Y a réuni A et B », « la série B de Y a été menée par A »."""
    folded = article.folded
    for owner in sentence.companies:
        subject = (
            _ROUND_OF_OWNER.search(folded, max(sentence.start, owner.start - 60), owner.start)
            if may_match(_ROUND_OF_OWNER, folded)
            else None
        )
        if subject is None:
            continue
        verb = _BACKERS_VERB.match(folded, owner.end)
        first = sentence.company_after(verb.end(), within=_KIND_REACH) if verb is not None else None
        if verb is None or first is None or not _BACKER_KIND.fullmatch(folded, verb.end(), first.start):
            continue
        leads = _fronted_leads(article, sentence, owner)
        listed = _list_from(article, sentence, first, sentence.end)
        told = {(c.subject.id, c.object.id) for c in found if c.subject is not None and c.object is not None}
        round_ = next((c for c in found if _unnamed_round_of(c, owner)), None)
        if round_ is not None:
            round_.inferred.append(BACKED_ROUND)  # its backers are named: the engine drops the unnamed round
        # The leads carry the round's amount (« Dirigé par X », « a été menée par X »); other backers have no part told.
        led = _LED_AGENT.search(folded, verb.start(), verb.end()) is not None
        in_subject = next((m for m in sentence.money if subject.start() <= m.start and m.end <= owner.start), None)
        total = round_.amount if round_ is not None and round_.amount is not None else in_subject
        amounts = {b.id: total if b in leads or led else None for b in leads + listed}
        return _investments(article, sentence, leads + listed, owner, at=verb.start(), told=told, amounts=amounts)
    return []


def _investments(
    article: Article,
    sentence: Sentence,
    backers: list[CompanyMention],
    owner: CompanyMention,
    *,
    at: int,
    told: set[tuple[str, str]],
    amounts: dict[str, MoneyMention | None] | None = None,
) -> list[Candidate]:
    """One investment of each backer in ``owner``, but a pair already told; modality read at ``at``."""
    return [
        Candidate(
            type="investment",
            span=(sentence.start, sentence.end),
            subject=backer,
            object=owner,
            amount=amounts.get(backer.id) if amounts else None,
            modality=modality_at(article, sentence, at),
            effective_date=event_date(sentence),
        )
        for backer in backers
        if backer.id != owner.id and (backer.id, owner.id) not in told
    ]


_ROUND_VALUES = re.compile(
    r",[ ](?:cette|l'|la|le)[ ]?(?:opération|levée(?:[ ]de[ ]fonds)?|tour[ ]de[ ]table|augmentation[ ]de[ ]capital)"
    r"(?:[ ][^,.;]{1,40}?)?[ ](?:valorise|valorisait|valoriserait)[ ]"
)
"""After a fronted lead and its list: the round as the subject of the price it sets, the company next (« Menée par A
et B, cette opération valorise Y à N »)."""
_ASIDE = re.compile(r",[ ](?:aux[ ]côtés|avec|ainsi[ ]que)[^,.;]{1,60}(?=,)")
"""Between the fronted leads and the round: an aside naming unnamed others (« , aux côtés d'autres investisseurs »)."""


def fronted_leads_of_valued(article: Article, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """One investment per fronted lead of « Menée par A, B et C, cette opération valorise Y à N » (session 24, money).

    The round's company is told only as the object of the valuation verb; the leads' share of it is not told
    in the sentence, so they get no amount.
    """
    folded = article.folded
    lead = _FRONTED_LEAD.match(folded, sentence.start)
    if lead is None:
        return []
    first = sentence.company_after(lead.end(), within=_KIND_REACH)
    if first is None or not _BACKER_KIND.fullmatch(folded, lead.end(), first.start):
        return []
    leads = _list_from(article, sentence, first, sentence.end)
    aside = _ASIDE.match(folded, leads[-1].end)
    values = _ROUND_VALUES.match(folded, aside.end() if aside is not None else leads[-1].end)
    owner = sentence.company_after(values.end(), within=0) if values is not None else None
    if values is None or owner is None:
        return []
    told = {(c.subject.id, c.object.id) for c in found if c.subject is not None and c.object is not None}
    return _investments(article, sentence, leads, owner, at=values.start(), told=told)
