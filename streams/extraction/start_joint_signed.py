"""A contract told as signed by its two parties together: "Swiss and SR Technics have signed a seven-year contract".

The verb joins both parties before it and says nothing of who buys. The story says it elsewhere, and only then is a
relation read: a supply verb or relation noun anywhere in it (:mod:`streams.extraction.supply_direction`), a role noun
next to a name or a public body's kind (:mod:`streams.extraction.role_nouns`: "the city of X and Y", "carrier X and
Y"), or one party told as doing the contract's work in a later sentence ("Y will be responsible for all technical
work", « Y assurera la maintenance »). Without such evidence the pair is read as nothing, not guessed.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.role_nouns import role_of

_JOINED = re.compile(r"[ ](?:and|&|et)[ ](?:(?:the|le|la|les|l')[ ]?)?(?:[a-zà-ÿ\-]{2,20}[ ]){0,2}")
"""Between the two parties: "Swiss and SR Technics", « la RATP et le consortium Y » (a short description kept)."""
_LEAD_IN = re.compile(r"[ ](?:(?:the|le|la|les|l')[ ]?)?(?:[a-zà-ÿ\-]{2,20}[ ]){0,2}")
"""Between "between / entre" and the first party: an article, a short description."""
_NEAR = 30
_CONTRACT_REACH = 80
_CONTRACT_NOUN = re.compile(r"\b(?:contract|agreement|deal|contrat|accord|accord-cadre)s?\b")
"""The contract told shortly before "(signed) between / entre": « un contrat de 1,2 milliard entre X et Y »."""
_CONTRACT_AFTER = re.compile(
    r"(?:[ ](?!with\b|avec\b)[a-zà-ÿ0-9$€£.,\-']{1,20}){0,5}?[ ]?(?:contract|agreement|deal|contrat|accord"
    r"|accord-cadre)s?\b(?![ ](?:to[ ](?:merge|combine|form|create)|de[ ](?:fusion|partenariat|coentreprise)))"
)
"""The contract signed, a few words after the verb: "a seven-year contract", « un contrat de maintenance »."""
_NOT_A_SALE = re.compile(
    r"\b(?:merger|merge|joint[ ]venture|partnership|collaboration|alliance|memorandum|letter[ ]of[ ]intent|fusion"
    r"|partenariat|coentreprise|protocole|licen[cs]e|distribution|cooperation|coopération|settlement|loan|credit)\b"
)
"""A pact between equals, or money lent: no customer and no supplier."""
_PARTIES = 2
_WITH_THIRD = re.compile(r"(?:[ ][^ ,.;]{1,20}){0,4}?[ ](?:with|avec)[ ]")
"""A third party the two signed with ("X and Y have signed a contract with Z"): the signed reader's, not ours."""
_DOES_THE_WORK = re.compile(
    r"[ ](?:will|would|is[ ]to|shall)[ ](?:also[ ])?(?:be[ ]responsible[ ]for|supply|provide|deliver|maintain"
    r"|operate|perform|carry[ ]out|build|manage|handle|service|install)\b"
    r"|[ ](?:sera[ ](?:chargée?|responsable)[ ]d|assurera|fournira|livrera|entretiendra|exploitera|construira"
    r"|réalisera)"
)
"""Right after a party in the story: it does the contract's work, so it is the supplier."""


def joint_signed_candidates(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The relation of "X and Y have signed a contract", oriented only by what the story says of the two."""
    folded = article.folded
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if folded.endswith(("between", "entre"), cue.start, cue.end):
        pair = _parties_after(folded, sentence, cue)
        contract = _CONTRACT_NOUN.search(folded, max(clause_start, cue.start - _CONTRACT_REACH), cue.start)
        told = (clause_start, cue.end)
    else:
        pair = _parties_before(folded, sentence, cue, clause_start)
        contract = _CONTRACT_AFTER.match(folded, cue.end, sentence.end)
        told = (cue.start, contract.end() if contract else cue.end)
        if contract is not None and _WITH_THIRD.match(folded, contract.end()):
            return []
    if pair is None or contract is None or _NOT_A_SALE.search(folded, *told):
        return []
    first, second = pair
    oriented = _orient(article, sentence, first, second)
    if oriented is None:
        return []
    customer, supplier = oriented
    return [
        Candidate(
            type="customer_start",
            span=(sentence.start, sentence.end),
            subject=customer,
            object=supplier,
            modality=modality_at(article, sentence, cue.start),
            effective_date=event_date(sentence),
        )
    ]


def _parties_before(
    folded: str, sentence: Sentence, cue: Cue, clause_start: int
) -> tuple[CompanyMention, CompanyMention] | None:
    """The two companies joined right before the verb: "X and Y have signed"."""
    before = [c for c in sentence.companies if clause_start <= c.start and c.end <= cue.start]
    if len(before) < _PARTIES:
        return None
    first, second = before[-2], before[-1]
    if first.id == second.id or not _JOINED.fullmatch(folded, first.end, second.start):
        return None
    if folded[second.end : cue.start].strip(" ,") not in ("", "have", "has", "ont", "avaient", "had"):
        return None
    return first, second


def _parties_after(folded: str, sentence: Sentence, cue: Cue) -> tuple[CompanyMention, CompanyMention] | None:
    """The two companies joined right after "between / entre": « signé entre la STM et le consortium Y »."""
    first = sentence.company_after(cue.end, within=_NEAR)
    if first is None or not _LEAD_IN.fullmatch(folded, cue.end, first.start):
        return None
    second = sentence.company_after(first.end, exclude=first.id, within=_NEAR + 10)
    if second is None or not _JOINED.fullmatch(folded, first.end, second.start):
        return None
    return first, second


def _orient(
    article: Article, sentence: Sentence, first: CompanyMention, second: CompanyMention
) -> tuple[CompanyMention, CompanyMention] | None:
    """(customer, supplier) as the story tells it, else None."""
    supplier = (
        _supplier_by_links(article, first, second)
        or _supplier_by_roles(article.folded, first, second)
        or _supplier_by_work(article, sentence, first, second)
    )
    if supplier is None:
        return None
    return (second, first) if supplier is first else (first, second)


def _supplier_by_links(article: Article, first: CompanyMention, second: CompanyMention) -> CompanyMention | None:
    """The one the story's supply verbs and relation nouns say supplies the other."""
    if article.told_as_supplier(first.id, second.id):
        return first
    return second if article.told_as_supplier(second.id, first.id) else None


def _supplier_by_roles(folded: str, first: CompanyMention, second: CompanyMention) -> CompanyMention | None:
    """The seller, as the words naming the two say it: one side's word is enough when the other has none."""
    first_role = role_of(folded, first, by_name=False)
    second_role = role_of(folded, second, by_name=False)
    if first_role == second_role:
        return None
    if "buyer" in (first_role, second_role):
        return second if first_role == "buyer" else first
    return first if first_role == "seller" else second


def _supplier_by_work(
    article: Article, sentence: Sentence, first: CompanyMention, second: CompanyMention
) -> CompanyMention | None:
    """The one party told after the signature as doing the contract's work ("Y will maintain the fleet")."""
    workers = [
        c
        for c in article.companies
        if c.start >= sentence.end and c.id in (first.id, second.id) and _DOES_THE_WORK.match(article.folded, c.end)
    ]
    if len({c.id for c in workers}) != 1:
        return None
    return first if workers[0].id == first.id else second
