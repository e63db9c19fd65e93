"""The incumbent supplier that a customer's review, or its search for other suppliers, puts at risk.

A review cue names the customer ("Honda is in talks with a potential second supplier", "It is looking for
alternative suppliers", "BMW pourrait changer de fournisseur") but seldom the supplier it threatens: reporters
name that one with an anchor phrase, in the same sentence or a neighbouring one. An anchor either sets a
company against the newcomer ("a backup to Y", "a supplier other than Y", "beyond its partnership with Y",
"a tender to replace Y", "au-delà de son partenariat avec Y", "en plus de Y"), names the customer's current tie
("its existing battery-production agreement with Y", "a long-standing relationship with Y", "son contrat actuel avec
Y", "every cell in X's hybrids comes from Y"), names the trouble behind the search ("delays at Y", "le retard de Y"),
names the holder of the account under review ("its media account at Y", "the account, held by Y,", "le budget
détenu par Y", "whose media is bought by Y", "kept the business inside Y", "aujourd'hui entre les mains de Y",
"current supplier Y"), tells the years the account spent with it ("after ten years with Y", « après dix ans avec
Y »), or calls a company the customer's source ("Y is its only source for the
part", "Y currently supplies", "Y est son seul fournisseur").

The anchor is looked for in the cue's sentence, then the two after it, then the two before it; in a
neighbouring sentence only when no company but the customer comes before the anchor (another company's
supply story is not the customer's). The first company the anchor names, other than the customer, is the
incumbent.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article
from streams.extraction.mentions import CompanyMention

_NEIGHBOURS = (1, 2, -1, -2)
"""Sentences after, then before, the cue's sentence where an anchor may name the incumbent."""

_AGAINST = (
    r"(?:a[ ]|as[ ]a[ ])?back-?up[ ](?:supplier[ ]|source[ ])?(?:to|for)|other[ ]than|in[ ]addition[ ]to"
    r"|alongside|besides|beyond(?:[ ](?:its|their)(?:[ ][a-z\-]{2,15}){1,3}[ ](?:with|from))?"
    r"|au-delà[ ]d(?:e|u|es)(?:[ ](?:son|sa|ses|leur)(?:[ ][a-zà-ÿ\-]{2,15}){1,3}[ ](?:avec|de|du|d'))?"
    r"|en[ ]plus[ ]d(?:e|u|es)|en[ ]complément[ ]d(?:e|u|es)|à[ ]côté[ ]d(?:e|u|es)"
    r"|autres?[ ](?:[a-zà-ÿ\-]{2,15}[ ])?que|to[ ]replace|pour[ ]remplacer|en[ ]remplacement[ ]d(?:e|u|es)"
    r"|(?:alternatives?|replacements?|substitutes?)[ ](?:to|for)"
    r"|alternatives?[ ](?:à|au|aux)"
)
"""A company set against the newcomer: the one the customer has now."""
_TIE = (
    r"(?:(?:comes?|came|coming)[ ]from|(?:supplied|made|built|provided|sourced)[ ](?:by|from)"
    r"|(?:fournie?s?|fabriquée?s?|produite?s?)[ ]par|provien(?:t|nent)[ ]d(?:e|u|es))"
    r"|(?:its|their|a|the|[a-z\-]{2,20}'s)[ ]"
    r"(?:(?:existing|current|long-?standing|longtime|long-term|exclusive|sole)[ ])?"
    r"(?:[a-z\-]{2,20}[ ]){0,2}(?:agreement|contract|relationship|supply[ ]deal|arrangement)[ ]with"
    r"|(?:son|sa|leur)[ ](?:(?:actuel|historique|exclusif)[ ])?(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}(?:accord|contrat|relation)"
    r"[ ](?:(?:actuel|historique|exclusif)[ ])?avec"
    r"|(?:reli(?:es|ed|ing)|depend(?:s|ed|ing)?)[ ](?:(?:heavily|solely|entirely|exclusively)[ ])?on"
    r"|dépend(?:ait|ent)?[ ](?:(?:entièrement|exclusivement|fortement)[ ])?(?:de|du|d')"
)
"""The customer's current tie to a company: only supply words (an alliance or a partnership may be anything)."""
_TROUBLE = (
    r"(?:delays?|problems?|troubles?|difficulties|quality[ ]issues|shortfalls?|setbacks?)[ ](?:at|of|with|from)"
    r"|(?:retards?|problèmes?|difficultés|déboires|défaillances?)[ ](?:de|du|d'|des|chez)"
)
"""The trouble at a supplier that drives the customer's search."""
_CURRENT = (
    r"(?:current|existing|incumbent|present)[ ](?:[a-z\-]{2,15}[ ])?"
    r"(?:supplier|provider|vendor|distributor|agency|operator)"
    r"|(?:fournisseur|prestataire|exploitant|distributeur|titulaire)[ ](?:actuel|sortant|historique)"
)
"""A description of the incumbent right before its name ("with current supplier Y", "le prestataire sortant Y")."""
_HOLDER = (
    r"(?:accounts?|business|budgets?|contracts?|media|contrat|marché)(?:,|[ ][-\u2013\u2014])?[ ]"
    r"(?:(?:is|are|was|were)[ ])?"
    r"(?:(?:currently|now|still|actuellement)[ ])?"
    r"(?:(?:held|handled|managed|run|bought|planned)[ ]by|at"
    r"|(?:détenu|géré|tenu)[ ]par|chez)"
    r"|kept[ ](?:the|its|their)[ ](?:[a-z\-]{2,15}[ ])?(?:account|business|budget)[ ](?:inside|with|at)"
    r"|(?:aujourd'hui|actuellement|toujours)[ ]entre[ ]les[ ]mains[ ]d(?:e|u|es)"
)
"""The agency or supplier that holds the account under review ("its $830 million media account at Zenith", "whose
media is bought by Y", "kept the business inside Y", "aujourd'hui entre les mains de Y"). Session 27 (ccont): several
accounts at once ("its creative and media accounts at JWT and Mindshare"), and the holder between dashes ("its £39m
account - currently held by WCRS - up for pitch")."""
_YEARS_WITH = (
    r"(?:after|following|ending|closing)[ ](?:(?:more[ ]than[ ]|nearly[ ]|almost[ ])?(?:\d{1,3}|an?|[a-z]{3,9})[ \-])?"
    r"(?:years?|decades?)[ ](?:with|at)"
    r"|après[ ](?:plus[ ]de[ ]|près[ ]de[ ])?(?:\d{1,3}|[a-zà-ÿ]{3,9})[ ](?:ans|années|décennies)[ ]"
    r"(?:de[ ](?:collaboration|partenariat|contrat|fidélité)[ ])?(?:avec|chez)"
)
"""The years the account spent with its holder: "up for review after ten years with Y", "after decades at Y" (the
count may go unsaid), « après dix ans avec Y »."""
_WARNED = re.compile(
    r"[ ](?:warn(?:s|ed)|caution(?:s|ed)|flag(?:s|ged)|disclos(?:es|ed)|a[ ](?:prévenu|averti|alerté)|prévient|avertit)"
    r"(?:[ ](?:investors|analysts|on|in|lundi|mardi|mercredi|jeudi|vendredi|[a-z]{2,12}day)\b){0,3}[ ]?"
    r"(?:that[ ]|qu'|que[ ])"
)
"""A supplier's warning about its customer: "Y warned (investors) that X ...", "Y a prévenu qu'X ..." (never "Y warned
X it ...": X is the one told)."""
_ANCHOR_BEFORE_NAME = re.compile(rf"\b(?:{_AGAINST}|{_TIE}|{_TROUBLE}|{_HOLDER}|{_CURRENT}|{_YEARS_WITH})[ ]?")
_DESCRIPTION = re.compile(r"(?:(?:the|its|le|la|les|l'|son|sa)[ ]?)?(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}")
"""What may stand between an anchor and the name: "avec le japonais NEC", "with chipmaker Texas Instruments"."""
_DESCRIPTION_REACH = 30
_ANCHOR_AFTER_NAME = re.compile(
    r"(?:,[ ]|[ ](?:is|was|remains|has[ ]been|est|était|reste|demeure)[ ])(?:(?:its|their|the|son|sa|leur|le|la)[ ])?"
    r"(?:only|sole|main|current|existing|exclusive|incumbent|primary|seul|unique|principal|actuel|exclusif)[ ]"
    r"(?:[a-zà-ÿ\-]{2,15}[ ])?(?:source|supplier|provider|vendor|fournisseur|prestataire|sous-traitant)s?\b"
    r"|,[ ](?:son|sa|leur)[ ](?:fournisseur|prestataire|sous-traitant)[ ]"
    r"(?:actuel|historique|exclusif|unique|attitré)\b"
    r"|(?:,[ ](?:which|qui))?[ ](?:currently|already|still|exclusively|solely)[ ](?:supplies|provides|makes|builds"
    r"|delivers)\b"
    r"|(?:,[ ]qui)?[ ](?:fournit|livre|approvisionne)[ ](?:déjà|actuellement|exclusivement)\b"
)
"""After a company: it is the customer's source ("Y is its only source", "Y currently supplies")."""


def named_incumbent(article: Article, index: int, customer: CompanyMention) -> CompanyMention | None:
    """The incumbent supplier an anchor names near sentence ``index``, where ``customer`` reviews its suppliers."""
    for offset in (0, *_NEIGHBOURS):
        position = index + offset
        if 0 <= position < len(article.spans):
            found = _anchored(article, position, customer, own_sentence=offset == 0)
            if found is not None:
                return found
    return None


def warning_supplier(article: Article, index: int, customer: CompanyMention) -> CompanyMention | None:
    """Y in "Y warned that X may not renew its contract", "Y a prévenu qu'X pourrait se tourner vers un autre".

    The company that warns about its customer's review is the supplier it puts at risk.
    """
    start, _ = article.spans[index]
    teller = next((c for c in article.companies if start <= c.start and c.end <= customer.start), None)
    if teller is None or teller.id == customer.id:
        return None
    warned = _WARNED.search(article.folded, teller.end, customer.start)
    if warned is None or warned.end() != customer.start or "," in article.folded[teller.end : warned.start()]:
        return None
    return teller


def _anchored(article: Article, index: int, customer: CompanyMention, own_sentence: bool) -> CompanyMention | None:
    """The first company of sentence ``index`` an anchor names, other than ``customer``."""
    start, end = article.spans[index]
    companies = [c for c in article.companies if start <= c.start and c.end <= end]
    for company in companies:
        if company.id == customer.id:
            continue
        if _ANCHOR_AFTER_NAME.match(article.folded, company.end, end) and _alone_before(
            companies, company.start, customer, own_sentence
        ):
            return company
    for anchor in _after_customer_first(list(_ANCHOR_BEFORE_NAME.finditer(article.folded, start, end)), customer):
        named = next(
            (
                c
                for c in companies
                if anchor.end() <= c.start <= anchor.end() + _DESCRIPTION_REACH and c.id != customer.id
            ),
            None,
        )
        if (
            named is not None
            and _DESCRIPTION.fullmatch(article.folded, anchor.end(), named.start)
            and _alone_before(companies, anchor.start(), customer, own_sentence)
        ):
            return named
    return None


def _after_customer_first(anchors: list[re.Match[str]], customer: CompanyMention) -> list[re.Match[str]]:
    """The anchors after the customer first, then the others, each group in reading order.

    Two reviews in one sentence each name their holder after their own customer: in "A is reviewing its accounts at
    Y, and B its account at Z", Z is B's incumbent, not Y.
    """
    return [a for a in anchors if a.start() >= customer.end] + [a for a in anchors if a.start() < customer.end]


def _alone_before(companies: list[CompanyMention], pos: int, customer: CompanyMention, own_sentence: bool) -> bool:
    """Whether no company but the customer comes before ``pos`` (always true in the cue's own sentence)."""
    return own_sentence or all(c.id == customer.id for c in companies if c.end <= pos)
