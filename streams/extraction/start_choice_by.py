"""A choice told as a noun with its maker first: « la désignation par la SNCB de CAF », "the selection by X of Y".

French reports of tenders name the buyer right after the choice noun ("le choix par la SNCB du consortium Y",
« l'adjudication par les CFF de 29 rames à Y »), then the supplier after "de / du / of", maybe described
("de l'espagnol CAF"), or after the goods and "à / to". The buyer is the one after "par / by"; the chosen company
is the supplier. A chosen company "comme / as" something other than a supplier (a partner, a rank) is no supplier,
nor is a public body chosen (a city chosen for a site).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

Described = Callable[[int, str | None], CompanyMention | None]
"""The company after a position when only a short description of it stands between ("l'espagnol CAF")."""

_BY_AT_END = re.compile(r"[ ](?:par|by)$")
_AGENT_REACH = 5
"""Chars between "par / by" and the buyer's name: an article the name of a public body leaves out ("les CFF")."""
_OF_CHOSEN = re.compile(r"[ ](?:du|des|de|of)(?=[ ])|[ ]d'")
"""Right after the buyer: the chosen supplier's "de / du / of" ("par la SNCB du consortium Y")."""
_GOODS_TO = re.compile(r"[ ](?:de|d'|of)[^.;,]{1,60}?[ ](?:à|au|to)(?=[ ])")
"""Right after the buyer: the goods chosen, then their supplier after "à / to" ("par les CFF de 29 rames à Y")."""
_GROUP_OF = re.compile(
    r"[ ](?:du|de[ ]la|de[ ]l'|of[ ]the|of[ ]a)[ ]?(?:consortium|groupement|alliance|coentreprise|joint[ ]venture)"
    r"(?:[ ](?:formé|formée|mené|menée|emmené|emmenée|led)[ ](?:par|by))?[ ]"
)
"""Right after the buyer: a group chosen, named by its (first) member ("du consortium Alstom-Bombardier")."""
_TO_RECEIVER = re.compile(
    r"(?:[ ]\([^()]{1,12}\))?[ ](?:à|au|aux)[ ](?:(?:duo|groupe|groupement|consortium|tandem|trio|société|sociétés"
    r"|constructeur|industriel|concurrent|son[ ]concurrent|leur[ ]concurrent)[ ])?"
)
"""Right after the buyer of an award noun: its receiver after « à / au » (« par le ministère (DGA) au duo A et B »,
« par le syndicat à son concurrent Y »), maybe named by a kind word."""
_NAME_REACH = 4
_AS_ROLE = re.compile(r"[ ](?:as|comme)[ ]")
_SUPPLIER_ROLE = re.compile(
    r"[ ](?:as|comme)[ ](?:(?:the|its|a|le|la|l')[ ]?)?(?:(?:[a-zà-ÿ\-]{2,15})[ ]){0,1}"
    r"(?:soumissionnaire|fournisseur|prestataire|attributaire|adjudicataire|supplier|vendor|contractor|bidder"
    r"|provider|lauréat)"
)
"""A role that makes the chosen company a supplier ("comme soumissionnaire préférentiel", "as preferred bidder")."""


def chosen_by_agent(
    article: Article, sentence: Sentence, cue: Cue, described: Described
) -> tuple[CompanyMention, CompanyMention] | None:
    """(customer, supplier) of a choice noun ending in "par / by", read buyer first; None if the shape is not it."""
    folded = article.folded
    if _BY_AT_END.search(folded, cue.start, cue.end) is None:
        return None
    customer = sentence.company_after(cue.end, within=_AGENT_REACH)
    if customer is None:
        return None
    vendor = _chosen_after(folded, sentence, customer, described)
    if vendor is None or vendor.id == customer.id or vendor.kind != "company":
        return None  # "le choix par X de la ville de Lyon pour son siège": a place or a public body is chosen
    if _AS_ROLE.match(folded, vendor.end) and not _SUPPLIER_ROLE.match(folded, vendor.end):
        return None  # "le choix par X de Y comme partenaire": a partner, not a supplier
    return customer, vendor


def _chosen_after(
    folded: str, sentence: Sentence, customer: CompanyMention, described: Described
) -> CompanyMention | None:
    """The supplier after the buyer: a group's first member, the one after "de / of" or "à / au", or after the goods.

    The one after "de / of" may be described ("de l'espagnol CAF"); the goods are followed by "à / to".
    """
    group = _GROUP_OF.match(folded, customer.end)
    if group is not None:
        return sentence.company_after(group.end(), exclude=customer.id, within=0)
    of = _OF_CHOSEN.match(folded, customer.end)
    if of is not None:
        if of.group().endswith("'"):
            named = sentence.company_after(of.end(), exclude=customer.id, within=0)
        else:
            named = sentence.company_after(of.end() + 1, exclude=customer.id, within=_NAME_REACH)
            named = named or described(of.end(), customer.id)
        if named is not None:
            return named
    receiver = _TO_RECEIVER.match(folded, customer.end)
    if receiver is not None:
        named = sentence.company_after(receiver.end(), exclude=customer.id, within=_NAME_REACH)
        return named or described(receiver.end() - 1, customer.id)
    to = _GOODS_TO.match(folded, customer.end)
    if to is None:
        return None
    return sentence.company_after(to.end() + 1, exclude=customer.id, within=_NAME_REACH) or described(
        to.end(), customer.id
    )
