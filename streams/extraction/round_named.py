"""Investors whose verb names the round they led or joined: "X led Y's $200m round", "X a mené la levée de Y".

Digests tell a round from the investor's side as often as from the company's: "DST Global led Chime's $200
million funding round", "SoftBank's Vision Fund co-led a $600m series D round for CMR Surgical with Ally Bridge",
"Eurazeo a mené le tour de table de 12 millions d'euros de Kervalis". The round's company then stands after the
verb, either as the owner of the round noun ("Y's ... round") or after the round noun and a preposition ("a round
for / in Y", "la levée de fonds de Y"). The investor is the clause's subject, with its partners when the sentence
lists them ("A and B co-led ...") or names them after the company ("... for Y with Z", "... de Y aux côtés de Z").
Leads share the round's amount; a participant's own part is not told, so it gets none.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_ROUND_NOUN = (
    r"(?:rounds?|funding|financing|raise|fundraise|fundraising|investment|extension|series[ ][a-h]|seed"
    r"|tour(?:[ ]de[ ]table|(?![ ]de[ ]france|[ ]du[ ]monde))|levée(?:[ ]de[ ]fonds)?|financement"
    r"|augmentation[ ]de[ ]capital|série[ ][a-h]|amorçage)"
)
_OWNER_THEN_ROUND = re.compile(
    r"(?:'s|')[ ](?:[^ ,;:()]{1,20}[ ]){0,6}?" + _ROUND_NOUN + r"\b(?:[ ](?:round|funding|financing)\b)?"
)
"""After the company that owns the round: "'s $200 million March 2019 funding round", "'s Series B (round)"."""
_BEFORE_OWNER = re.compile(r"[ ](?:the[ ])?")
_NAME_THEN_ROUND = re.compile(r"[ ](?:(?:seed|series[ ][a-h]|funding|financing|growth|latest|new)[ ])?round\b")
"""After a company named as its round's attribute: " round", " seed round" ("is leading the Korvane round")."""
_ROUND_THEN_COMPANY = re.compile(
    r"[ ](?:(?:a|an|the|its|le|la|l'|un|une|au|à[ ]la|à[ ]l')[ ]?)?(?:[^ ,;:()]{1,20}[ ]){0,6}?"
    + _ROUND_NOUN
    + r"(?:[ ](?:round|funding|financing|de[ ]table|de[ ]fonds))?(?:[ ](?:de|d'un[ ]montant[ ]de)[ ][^ ,;:]{1,12}"
    r"(?:[ ][^ ,;:]{1,12}){0,3}?)?[ ]?(?:for|in|into|of|de|d'|du|pour)[ ]?(?:the[ ]|la[ ]|le[ ]|l')?"
    r"(?:[a-zà-ÿ][a-zà-ÿ\-]{1,20}[ ]){0,5}$"
)
"""Between the verb and the company: " a $600m series D round for UK-based robotics developer ", " le tour de table
de 12 millions d'euros de ", " à une levée de fonds de 25 millions d'euros pour l'agence de voyages en ligne "
(session 25)."""
_AFTER_ROUND_NOUN = re.compile(
    r"(?:[ ](?:de|of)[ ][^ ,;:]{1,12}(?:[ ][^ ,;:]{1,12}){0,3}?)?[ ]?(?:for|in|into|of|de|d'|du|pour)[ ]?"
    r"(?:the[ ]|la[ ]|le[ ]|l')?"
)
"""After a cue that ends on the round noun: " de 12 millions d'euros de ", " of "."""
_ENDS_ON_ROUND = re.compile(_ROUND_NOUN + r"$")
_PLURAL_ROUNDS = re.compile(r"\brounds[ ](?:in|into|for)[ ]$")
"""Right before the first company: a plural round noun, each company listed after it raising its own round."""
_LEAD_VERB = re.compile(
    r"\b(?:led|co-led|headed|spearheaded|mené|co-mené|mène|conduit|piloté|pilote|dirigé|dirige"
    # Session 24 (money): "ended up leading", "to lead" lead the round as "led" does.
    r"|leading|co-leading|lead|co-lead)\b"
)
_CO_LEAD = re.compile(r"\bco-?(?:led|mené|dirigé)|codirigé")
_PARTNERS_AFTER = re.compile(r"[ ]?,?[ ](?:with|alongside|together with|avec|aux côtés de|aux côtés d')[ ]")
_LIST_JOINT = re.compile(r",[ ]|,?[ ](?:and|et)[ ]")
_SUBJECT_JOINT = re.compile(r",?[ ](?:and|et)[ ]")
_COMPANY_REACH = 100
_PARTNER_REACH = 40
"""From "with" to a co-lead told by its kind first: " with healthcare investment group "."""
"""From the verb to the round's company: " a $600 million series D round for UK-based surgical robot developer "."""


def _listed(article: Article, sentence: Sentence, first: CompanyMention) -> list[CompanyMention]:
    """``first`` and the companies listed right after it ("A, B and C", "A et B")."""
    members = [first]
    while (joint := _LIST_JOINT.match(article.folded, members[-1].end)) is not None:
        member = sentence.company_after(joint.end(), within=0)
        if member is None or any(m.id == member.id for m in members):
            break
        members.append(member)
    return members


_TARGET_JOINT = re.compile(r"(?:[ ](?:inc|ltd|llc|plc|corp|sa|sas|ag|gmbh)\.?)?(?:,[ ]|,?[ ](?:and|et)[ ])")
"""Between two companies listed after "rounds in": a comma or a conjunction, maybe after a legal suffix."""


def _targets(article: Article, sentence: Sentence, first: CompanyMention) -> list[CompanyMention]:
    """``first`` and the companies listed right after it ("rounds in A, B and C"), each raising its own round."""
    members = [first]
    while (joint := _TARGET_JOINT.match(article.folded, members[-1].end)) is not None:
        member = sentence.company_after(joint.end(), within=0)
        if member is None or any(m.id == member.id for m in members):
            break
        members.append(member)
    return members


def _round_company(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention, int] | None:
    """The company whose round the verb names, and where the round's words end."""
    company = sentence.company_after(cue.end, within=_COMPANY_REACH)
    if company is None:
        return None
    folded = article.folded
    if _BEFORE_OWNER.fullmatch(folded, cue.end, company.start):
        # Round 19: "led the Korvane round", "joined the Korvane seed round": the name stands as the round's attribute.
        owned = _OWNER_THEN_ROUND.match(folded, company.end) or _NAME_THEN_ROUND.match(folded, company.end)
        return (company, owned.end()) if owned is not None else None
    # "a mené le tour de table | de 12 millions d'euros de X": the cue's own words may name the round.
    gap = _AFTER_ROUND_NOUN if _ENDS_ON_ROUND.search(folded, cue.start, cue.end) else _ROUND_THEN_COMPANY
    if gap.fullmatch(folded, cue.end, company.start):
        return company, company.end
    return None


_SPEECH = re.compile(r"\b(?:said|says|told|tells|reported|added|noted)\b")
_CLAUSE_JOINED = re.compile(r",?[ ](?:while|whereas|and|tandis[ ]que|alors[ ]que)[ ](?=[^ ]+(?:'s|\u2019s)[ ])")
"""A conjunction opening a clause whose subject is a possessive round ("..., while Canva's round was led by")."""
_ROUND_SUBJECT_END = re.compile(r"(?:,[^,]{0,80},)?[ ]$")
"""Between a possessive round subject and its verb: an optional aside (", which valued the business at $6 billion,")."""


def round_owner_before(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company of a round that is the subject of the cue: "Canva's June round, which ..., was led by A".

    Only the first company of the sentence, or of a clause a conjunction opens ("A raised $8m from B, while
    Canva's round was led by C", round 19), its round noun right after its possessive, the verb right after the
    round words or after one aside.
    """
    owner = next(iter(sentence.companies), None)
    if owner is None or owner.end > cue.start:
        return None
    joined = list(_CLAUSE_JOINED.finditer(article.folded, owner.end, cue.start))
    if joined:
        owner = sentence.company_after(joined[-1].end(), within=0)
        if owner is None:
            return None
    owned = _OWNER_THEN_ROUND.match(article.folded, owner.end)
    if owned is None or owned.end() > cue.start or _SPEECH.search(article.folded, owner.end, owned.end()):
        return None  # "X's chief said the Y round was led by A": the round is not X's
    if any(owner.end < c.start < owned.end() for c in sentence.companies):
        return None
    return owner if _ROUND_SUBJECT_END.fullmatch(article.folded, owned.end(), cue.start) else None


def round_named_after(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """One investment per investor of "X led / joined Y's round", "A et B ont mené la levée de fonds de Y".

    Nothing when the verb names no round of a company after it, or no company stands before it in its clause.
    """
    found = _round_company(article, sentence, cue)
    subject = sentence.company_before(cue.start)
    if found is None or subject is None:
        return []
    target, round_end = found
    # Session 24 (money): "X led rounds in A, B and C": one round in each company listed after the plural noun.
    targets = (
        _targets(article, sentence, target) if _PLURAL_ROUNDS.search(article.folded, cue.end, target.start) else []
    )
    clause_start = sentence.clauses.span_of(cue.start)[0]
    investors = [c for c in _listed(article, sentence, subject) if c.end <= cue.start]  # "Accel and Index co-led"
    for company in reversed([c for c in sentence.companies if clause_start <= c.start and c.end <= subject.start]):
        if _SUBJECT_JOINT.fullmatch(article.folded, company.end, investors[0].start) is None:
            break
        investors.insert(0, company)
    verb = article.folded[cue.start : cue.end]
    amount = next((m for m in sentence.money if cue.end <= m.start and m.end <= round_end and not m.per_unit), None)
    amount = amount if _LEAD_VERB.search(verb) else None
    shares = {i.id: amount for i in investors}
    # "co-led a round for Y with Z", "X is leading Y's round, with Z also taking part": after the company or its round.
    partners = _PARTNERS_AFTER.match(article.folded, target.end) or _PARTNERS_AFTER.match(article.folded, round_end)
    if partners is not None and (first := sentence.company_after(partners.end(), within=_PARTNER_REACH)) is not None:
        # "co-led a round for Y with Z": Z co-leads; "a mené le tour de Y aux côtés de Z": Z only takes part.
        listed = _listed(article, sentence, first)
        investors += listed
        shares |= {i.id: amount if _CO_LEAD.search(verb) else None for i in listed}
    return [
        Candidate(
            type="investment",
            span=(sentence.start, sentence.end),
            subject=investor,
            object=owner,
            amount=shares[investor.id] if len(targets) < 2 else None,  # noqa: PLR2004
            modality=modality_at(article, sentence, cue.start),
            effective_date=event_date(sentence),
        )
        for owner in (targets if len(targets) > 1 else [target])
        for investor in {i.id: i for i in investors if i.id != owner.id}.values()
    ]
