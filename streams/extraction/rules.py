"""Sentence rules: turn the cues and mentions of one sentence into candidate events.

Each rule reads one cue in its sentence: who stands before it (the buyer, the customer), who
after it (the target, the vendor), which amount and percentage sit nearby, and how certain the
wording is. Rules never look outside their sentence except to resolve "l'entreprise" / "the
company" to the company the article was just talking about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import PERSON_NAME, CompanyMention, find_people
from streams.extraction.quantities import MoneyMention

_PLAN_TAIL = re.compile(r"\b(?:seeks?|seeking|plans?|planning|intends?|wants?|aims?|looking|poised|set|talks)[ ]$")
_FORECAST_TAIL = re.compile(r"\b(?:expects?|expected)[ ]$")
_FORECAST = re.compile(
    r"\b(?:prévoit|prévoient|prévoyait|expects?|expected|anticipe|anticipates?|table sur|forecasts?|projects?"
    r"|projected|devrait|devraient|is on track|on track to|targets?|objectif de|estime atteindre"
    r"|atteindra|dépassera|to reach|to exceed|to top|guidance)\b"
)
_PLAN = re.compile(
    r"\b(?:cherche(?:nt)?(?: désormais| maintenant| aujourd'hui)? à|seeks? to|seeking to|plans? to|planning to"
    r"|envisage(?:nt)? de|compte|intends? to|wants? to|veut|souhaite|aims? to|vise à|is in talks to|in talks to"
    r"|en discussions? pour|en négociations?(?: exclusives)? (?:pour|en vue de)|négocie|negotiating to"
    r"|is looking to|looks to|is considering|considers|prépare|is preparing"
    r"|s'apprête à|is set to|is poised to)\b"
)
_NEGATION = re.compile(
    r"\b(?:ne|n')[ ]?\w{1,20}[ ](?:pas|plus|jamais)\b|\b(?:not|never|no longer|denied|dément"
    r"|abandon(?:ne|né|ed|s)?|scrapped|scraps|called off|renonce|walked away|blocked|bloque|bloqué|annule|annulé)\b"
)
_SUCCESSOR = re.compile(
    r"(?i:succède à|succèdera à|succeeds|succeeding|replaces|replacing|remplace|remplacera|en remplacement de"
    r"|remplacé par|remplacée par|replaced by|succeeded by|will be replaced by)[ ]"
)
_TAKES_OVER = re.compile(
    r"[ ](?:lui succède|lui succèdera|le remplace|la remplace|succeeds (?:him|her)|will succeed"
    r"|replaces (?:him|her)|takes over|prend la relève|prendra la relève)\b"
)
_CLIENT_OF = re.compile(r"(?:client de |client d'|customer of |client of |'s (?:largest|biggest|top|main) customer)")
_BY = re.compile(r"[ ,]{0,3}(?:by|par)[ ]")

_PREPOSITIONS = (" with", " avec", " de", " of", " à", " from", " to")
_BARE_VERB_REACH = 3
_GOODS = re.compile(
    r"(?:'s)?[ ](?:shares?|stock|chips?|gpus?|products?|servers?|licen[cs]es?|bonds?|devices?|phones?|cars?"
    r"|actions|titres|puces|produits|serveurs|obligations|voitures)\b"
)
"""What follows a company name when "bought Nvidia chips" buys goods, not the company."""
FULL_OWNERSHIP = 100.0
_PERCENT_REACH = 30
"""How far (chars) from a deal verb a percentage still describes the stake bought."""
_VALUATION_REACH = 120
_ROLE_REACH = 40
_STEP_DOWN_ROLE_REACH = 20
_DEAL_FAMILIES = ("acquisition", "stake", "investment")
_CUSTOMER_FAMILIES = ("customer_start", "customer_continue", "customer_at_risk", "customer_end")


@dataclass(slots=True)
class Candidate:
    """An event read from one sentence, before the article-level merge."""

    type: str
    span: tuple[int, int]
    subject: CompanyMention | None = None
    object: CompanyMention | None = None
    amount: MoneyMention | None = None
    stake_pct: float | None = None
    valuation: MoneyMention | None = None
    person: str | None = None
    role: str | None = None
    previous_person: str | None = None
    period: str | None = None
    modality: str = "fact"
    effective_date: date | None = None
    major_customer: bool | None = None
    inferred: list[str] = field(default_factory=list)


def modality_at(article: Article, sentence: Sentence, pos: int, window_start: int | None = None) -> str:
    """How certain the wording before ``pos`` is: forecast/plan close to the verb, else rumour in the sentence."""
    start = max(sentence.start, pos - 60) if window_start is None else max(window_start, sentence.start)
    window = article.folded[start:pos]
    if _PLAN.search(window) or _PLAN_TAIL.search(window):
        return "plan"
    if _FORECAST_TAIL.search(window):
        return "forecast"
    if _FORECAST.search(window):
        return "forecast"
    if any(cue.family == "modality_rumor" for cue in sentence.cues):
        return "rumor"
    return "fact"


def _negated(article: Article, sentence: Sentence, pos: int) -> bool:
    return _NEGATION.search(article.folded, max(sentence.start, pos - 40), pos) is not None


def _object_after(article: Article, sentence: Sentence, cue: Cue, exclude: str | None, within: int = 80):
    """The company right after ``cue``, or the one an anaphor after it points to."""
    anaphor_end = article.anaphor_at(cue.end)
    if anaphor_end is not None:
        named = sentence.company_after(anaphor_end, exclude=exclude, within=2)
        if named is not None:
            return named, ""
        client_of = _CLIENT_OF.search(article.folded, sentence.start, sentence.end)
        if client_of is not None:
            vendor = sentence.company_after(client_of.end(), exclude=exclude, within=4)
            if vendor is not None:
                return vendor, "anaphor"
        for company in reversed(sentence.companies):
            if company.end <= cue.start and company.id != exclude:
                return company, "anaphor"
        previous = article.previous_subject(sentence.index)
        if previous is not None and previous.id != exclude:
            return previous, "anaphor"
        return None, ""
    return sentence.company_after(cue.end, exclude=exclude, within=within), ""


def _date(sentence: Sentence) -> date | None:
    return sentence.dates[0].value if sentence.dates else None


def _valuation_claims(sentence: Sentence) -> dict[int, MoneyMention]:
    """Money that follows a valuation cue, by the cue's start."""
    claims: dict[int, MoneyMention] = {}
    for cue in sentence.cues:
        if cue.family != "valuation":
            continue
        for money in sentence.money:
            if money.start >= cue.end and money.start - cue.end <= _VALUATION_REACH:
                claims[cue.start] = money
                break
    return claims


def sentence_candidates(article: Article, sentence: Sentence) -> list[Candidate]:
    """Return every candidate event of one sentence."""
    found: list[Candidate] = []
    valuations = _valuation_claims(sentence)
    valuation_money = {id(m) for m in valuations.values()}
    free_money = [m for m in sentence.money if id(m) not in valuation_money]
    deal = None
    for cue in sentence.cues:
        if cue.family in _DEAL_FAMILIES:
            candidate = _deal(article, sentence, cue, free_money)
            if candidate is not None:
                deal = deal or candidate
                found.append(candidate)
    for cue_start, money in valuations.items():
        cue = next(c for c in sentence.cues if c.start == cue_start)
        found.append(_valuation(article, sentence, cue, money, deal))
        if deal is not None and deal.valuation is None:
            deal.valuation = money
    for cue in sentence.cues:
        rule = _CUE_RULES.get(cue.family)
        if rule is not None:
            found.extend(rule(article, sentence, cue, free_money))
    deal_money = {id(c.amount) for c in found if c.amount is not None}
    if any(cue.family == "revenue" for cue in sentence.cues):
        found.extend(_revenue(article, sentence, [m for m in free_money if id(m) not in deal_money]))
    return found


_Parties = tuple[CompanyMention | None, CompanyMention | None, list[str]]


def _deal_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Return (buyer or investor, target, how the target was found) for a deal cue."""
    inferred: list[str] = []
    if cue.detail == "passive":
        target = sentence.company_before(cue.start)
        buyer = sentence.company_after(cue.end, exclude=target.id if target else None, within=60)
    elif cue.detail == "raise":
        target = sentence.company_before(cue.start)
        if target is None and article.anaphor_before(max(sentence.start, cue.start - 30), cue.start):
            target = article.previous_subject(sentence.index)
            inferred.append("anaphor")
        intro = next((c for c in sentence.cues if c.family == "investor" and c.start >= cue.end), None)
        exclude = target.id if target else None
        buyer = sentence.company_after(intro.end, exclude=exclude, within=40) if intro else None
    elif cue.detail == "noun":
        target, how = _object_after(article, sentence, cue, exclude=None, within=80)
        inferred += [how] if how else []
        buyer = None
        if target is not None:
            by = _BY.match(article.folded, target.end)
            if by is not None:
                buyer = sentence.company_after(by.end(), exclude=target.id, within=4)
            buyer = buyer or sentence.company_before(cue.start, exclude=target.id)
    else:
        buyer = sentence.company_before(cue.start)
        target, how = _object_after(article, sentence, cue, exclude=buyer.id if buyer else None, within=120)
        inferred += [how] if how else []
    return buyer, target, inferred


def _deal_kind(sentence: Sentence, cue: Cue, target: CompanyMention) -> tuple[str, float | None] | None:
    """A percentage below 100 next to the deal makes it a stake; "stake in" without one is unreadable."""
    window_end = max(target.start, cue.end)
    stake_pct = next(
        (p.value for p in sentence.percents if cue.start - _PERCENT_REACH <= p.start <= window_end + _PERCENT_REACH),
        None,
    )
    if cue.detail == "raise":
        return cue.family, None
    if stake_pct is not None and stake_pct < FULL_OWNERSHIP:
        return "stake", stake_pct
    if any(c.family == "stake" and cue.end <= c.start <= target.start for c in sentence.cues):
        # "to acquire a stake in Anthropic": a stake of unstated size.
        return "stake", None
    if cue.family == "stake":
        return ("acquisition", None) if stake_pct is not None else None
    return cue.family, None


def _deal(article: Article, sentence: Sentence, cue: Cue, money: list[MoneyMention]) -> Candidate | None:
    buyer, target, inferred = _deal_parties(article, sentence, cue)
    if target is None or (buyer is not None and buyer.id == target.id):
        return None
    if (cue.detail == "raise" and not money) or (cue.detail != "raise" and buyer is None):
        return None
    kind = _deal_kind(sentence, cue, target)
    if kind is None or _negated(article, sentence, cue.start):
        return None
    if kind[0] != "stake" and _GOODS.match(article.folded, target.end):
        return None
    amount = _nearest(money, cue.start)
    if kind[0] == "investment" and cue.detail == "active" and amount is None:
        return None
    return Candidate(
        type=kind[0],
        span=(sentence.start, sentence.end),
        subject=buyer,
        object=target,
        amount=amount,
        stake_pct=kind[1],
        modality=modality_at(article, sentence, cue.start),
        effective_date=_date(sentence),
        inferred=inferred,
    )


def _nearest(money: list[MoneyMention], pos: int) -> MoneyMention | None:
    if not money:
        return None
    return min(money, key=lambda m: abs(m.start - pos))


def _valuation(
    article: Article, sentence: Sentence, cue: Cue, money: MoneyMention, deal: Candidate | None
) -> Candidate:
    inferred: list[str] = []
    subject = sentence.company_after(cue.end)
    if subject is not None and subject.start >= money.start:
        subject = None
    if subject is None and deal is not None:
        subject = deal.object
    if subject is None:
        before = [c for c in sentence.companies if c.end <= cue.start]
        subject = before[-1] if before else None
    if subject is None:
        subject = article.previous_subject(sentence.index) or article.focus
        inferred.append("anaphor")
    return Candidate(
        type="valuation",
        span=(sentence.start, sentence.end),
        subject=subject,
        valuation=money,
        amount=money,
        modality=modality_at(article, sentence, cue.start),
        effective_date=_date(sentence),
        inferred=inferred,
    )


def _revenue(article: Article, sentence: Sentence, money: list[MoneyMention]) -> list[Candidate]:
    if not money:
        return []
    inferred: list[str] = []
    subject = sentence.companies[0] if sentence.companies and sentence.companies[0].start < money[0].start else None
    if subject is None:
        subject = article.previous_subject(sentence.index) or article.focus
        inferred.append("anaphor")
    if subject is None:
        return []
    found = []
    previous_end = sentence.start
    for index, amount in enumerate(money):
        segment_end = money[index + 1].start if index + 1 < len(money) else sentence.end
        period = next((p for p in sentence.periods if amount.end <= p.start < segment_end), None)
        if period is None and index == 0:
            period = next((p for p in reversed(sentence.periods) if previous_end <= p.start < amount.start), None)
        modality = modality_at(article, sentence, amount.start, window_start=previous_end)
        found.append(
            Candidate(
                type="revenue",
                span=(sentence.start, sentence.end),
                subject=subject,
                amount=amount,
                period=str(period.year) if period else None,
                modality="forecast" if modality == "plan" else modality,
                inferred=list(inferred),
            )
        )
        previous_end = amount.end
    return found


def _customer(article: Article, sentence: Sentence, cue: Cue, money: list[MoneyMention]) -> list[Candidate]:
    if cue.detail == "reverse":
        vendor = sentence.company_before(cue.start)
        customer = sentence.company_after(cue.end, exclude=vendor.id if vendor else None, within=60)
        how = ""
    else:
        customer = sentence.company_before(cue.start)
        # A bare verb ("dropped", "a choisi") takes its object right after it; "... with X" may wait a little.
        bare_verb = not article.folded.endswith(_PREPOSITIONS, cue.start, cue.end)
        within = _BARE_VERB_REACH if bare_verb else 40
        vendor, how = _object_after(article, sentence, cue, exclude=customer.id if customer else None, within=within)
    if customer is None or vendor is None or customer.id == vendor.id or _negated(article, sentence, cue.start):
        return []
    major = any(c.family == "major_customer" for c in sentence.cues) or None
    candidate = Candidate(
        type=cue.family,
        span=(sentence.start, sentence.end),
        subject=customer,
        object=vendor,
        amount=_nearest(money, cue.start),
        modality=modality_at(article, sentence, cue.start),
        effective_date=_date(sentence),
        major_customer=major,
        inferred=[how] if how else [],
    )
    return [candidate]


def _partnership(article: Article, sentence: Sentence, cue: Cue, _money: list[MoneyMention]) -> list[Candidate]:
    if cue.detail == "between":
        first = sentence.company_after(cue.end, within=40)
        second = sentence.company_after(first.end, exclude=first.id, within=30) if first else None
    else:
        first = sentence.company_before(cue.start)
        second = sentence.company_after(cue.end, exclude=first.id if first else None, within=40)
    if first is None or second is None or _negated(article, sentence, cue.start):
        return []
    return [
        Candidate(
            type="partnership",
            span=(sentence.start, sentence.end),
            subject=first,
            object=second,
            modality=modality_at(article, sentence, cue.start),
            effective_date=_date(sentence),
        )
    ]


def _role_after(sentence: Sentence, pos: int) -> Cue | None:
    return next((c for c in sentence.cues if c.family == "role" and c.start >= pos), None)


def _role_company(article: Article, sentence: Sentence, role: Cue) -> CompanyMention | None:
    for fact in article.roles:
        if fact.start <= role.start < fact.end and fact.company_id:
            return next((c for c in article.companies if c.id == fact.company_id), None)
    return None


def _previous_holder(article: Article, company_id: str, role: str, new_person: str | None) -> str | None:
    for fact in article.roles:
        if fact.company_id == company_id and fact.role == role and fact.person != new_person:
            return fact.person
    return None


def _leadership_in(article: Article, sentence: Sentence, cue: Cue, _money: list[MoneyMention]) -> list[Candidate]:
    role = _role_after(sentence, cue.end)
    if role is None or role.start - cue.end > _ROLE_REACH:
        return []
    people = find_people(article.text, (sentence.start, sentence.end), article.companies, article.company_starts)
    right_after = next((name for start, name in people if cue.end <= start <= cue.end + 2), None)
    before = [name for start, name in people if start < cue.start]
    previous = None
    if cue.detail == "succeeds":
        # "Paul Martin succède à Jean Durand": the name after the verb is the one leaving.
        person, previous = (before[0] if before else None), right_after
    else:
        person = right_after or (before[0] if before else None)
    if person is None:
        return []
    company = _role_company(article, sentence, role) or (sentence.companies[0] if sentence.companies else None)
    inferred = []
    if company is None:
        company = article.focus
        inferred.append("anaphor")
    if company is None:
        return []
    if previous is None:
        successor = _SUCCESSOR.search(article.text, sentence.start, sentence.end)
        if successor is not None:
            named = PERSON_NAME.match(article.text, successor.end(), sentence.end)
            previous = named.group(0) if named and named.group(0) != person else None
    previous = previous or _previous_holder(article, company.id, role.detail, person)
    return [
        Candidate(
            type="leadership_change",
            span=(sentence.start, sentence.end),
            subject=company,
            person=person,
            role=role.detail,
            previous_person=previous,
            modality=modality_at(article, sentence, cue.start),
            effective_date=_date(sentence),
            inferred=inferred,
        )
    ]


def _leadership_out(article: Article, sentence: Sentence, cue: Cue, _money: list[MoneyMention]) -> list[Candidate]:
    people = find_people(article.text, (sentence.start, sentence.end), article.companies, article.company_starts)
    before = [name for start, name in people if start < cue.start]
    if not before:
        return []
    leaving = before[-1]
    role = _role_after(sentence, cue.end)
    role_name = role.detail if role is not None and role.start - cue.end <= _STEP_DOWN_ROLE_REACH else None
    if role_name is None:
        held = [f for f in article.roles if f.person == leaving]
        role_name = held[0].role if held else None
    if role_name is None:
        return []
    company = (_role_company(article, sentence, role) if role else None) or (
        sentence.companies[0] if sentence.companies else article.focus
    )
    if company is None:
        return []
    successor = None
    named_by = _SUCCESSOR.search(article.text, cue.start, sentence.end)
    if named_by is not None:
        named = PERSON_NAME.match(article.text, named_by.end(), sentence.end)
        successor = named.group(0) if named else None
    if successor is None:
        # "François Provost lui succède", "Jane Roe will succeed him".
        for start, name in people:
            if start > cue.end and _TAKES_OVER.match(article.folded, start + len(name)):
                successor = name
                break
    return [
        Candidate(
            type="leadership_change",
            span=(sentence.start, sentence.end),
            subject=company,
            person=successor,
            role=role_name,
            previous_person=leaving,
            modality=modality_at(article, sentence, cue.start),
            effective_date=_date(sentence),
        )
    ]


_Rule = Callable[[Article, Sentence, Cue, list[MoneyMention]], list[Candidate]]
_CUE_RULES: dict[str, _Rule] = {
    **dict.fromkeys(_CUSTOMER_FAMILIES, _customer),
    "leadership_in": _leadership_in,
    "leadership_out": _leadership_out,
    "partnership": _partnership,
}
