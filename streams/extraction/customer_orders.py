"""An order of goods told as a noun, its seller after "à / auprès de / with": the customer starts buying.

Order verbs are table rows ("X commande 40 rames à Y", "ordered 30 jets from Y"); a reporter as often tells the
order as a noun that a buyer's verb or a possessive carries, its goods in between, the seller last:

- "X a validé une commande de dix A350 supplémentaires à Airbus", "X a confirmé sa commande de 33 A350 auprès
  d'Airbus", "sa méga-commande auprès d'Airbus", "X placed orders with Airbus for 50 A350s", "firm orders with Y";
- the customer inside the noun phrase: "la commande de 172 bus de la STIB à EvoBus", "la commande passée par la STIB
  à EvoBus", "les 42 Dreamliner commandés par American Airlines à Boeing", "l'achat de 25 A350 par X à Y".

The seller is the company right after the closing preposition (maybe described: "à l'avionneur européen Airbus").
The customer is the company the noun phrase names after "par / de" (not a count's maker: "de 25 Boeing 787"), else
the clause's subject when the noun is its own ("sa commande", "its order") or a buyer's verb carries it ("a passé /
validé / confirmé / signé une commande", "placed / firmed orders"). A seller's verb before the noun ("a remporté /
décroché / reçu une commande auprès de X", "won an order with X") makes the company after it the customer: the
supplier-side rows read that, and this reader leaves it. A purchase noun ("l'achat de") buys goods only when they are
counted: "l'achat de la filiale de X à Y" is a deal with a seller.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_SELLER_REACH = 40
"""From the preposition to the seller's name: "auprès de l'avionneur européen Airbus"."""
_SELLER_GAP = re.compile(r"(?:[ ]?(?:l'|la|le|les|the|[a-zà-ÿ\-]{2,15}))*[ ]?")
"""Between the preposition and the seller: a determiner and a short description, no figure, no verb of a clause."""
_AGENT_BEFORE = re.compile(r"(?:[ ](?:par|de|du|d'|by|of)|[ ]passée?s?[ ]par)[ ]?(?:la[ ]|le[ ]|l'|les[ ]|the[ ])?$")
"""Right before the customer named inside the noun phrase: "de la STIB", "passée par la STIB", "by X"."""
_COUNT_BEFORE = re.compile(r"\d[ ]$|\b(?:de|of)[ ]\d[\d  ,.]*[ ]$")
"""A count right before a company inside the goods: its maker's goods ("de 25 Boeing 787"), no customer."""
_OWN_NOUN = re.compile(r"\b(?:sa|son|ses|leur|leurs|its|their)[ ]|'s[ ]", re.IGNORECASE)
"""The noun owned by the clause's subject: "sa commande", "its order", "Emirates' order"."""
_BUYER_VERB = re.compile(
    r"\b(?:pass|confirm|valid|sign|officialis|formalis|concrétis|ferm|plac|firm|turn|convert|doubl|add)"
    r"[a-zé]*[ ](?:[^ ]+[ ]){0,4}$"
)
"""A buyer's verb carrying the noun a few words before it: "a passé (mercredi) une", "placed", "turned ... into"."""
_SELLER_VERB = re.compile(
    r"\b(?:remport|décroch|obten|obtient|reçu|reçoit|recev|enregistr|engrang|finalis|livr|arrach|rafl|gagn|won|win"
    r"|secur|receiv|book|land|clinch|bag|deliver|announc|annonc)"
)
"""A seller's verb before the noun: the company after the preposition is then the customer, read by other rows."""

_CHANGED_VERB = re.compile(
    r"\b(?:rédu|rédui|divis|annul|report|décal|remett|revoi|revu|gel|suspend|cut|cancel|reduc|defer|trim|scal|halv"
    r"|postpon|delay|freez|froz)[a-zéè]*[ ](?:[^ ]+[ ]){0,6}$"
)
"""A verb changing the subject's own order a few words before it ("réduire de moitié sa commande", "cut its order
with"): the order is old, the news a risk or an end that other rows read; no start."""


def order_noun_candidates(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    subject_of: Callable[[Article, Sentence, Cue], CompanyMention | None],
) -> list[Candidate]:
    """The customer start an order noun tells, or nothing when its customer or seller is not named."""
    folded = article.folded
    seller = sentence.company_after(cue.end, within=_SELLER_REACH)
    if seller is None or not _SELLER_GAP.fullmatch(folded, cue.end, seller.start):
        return []
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if _SELLER_VERB.search(folded, clause_start, cue.start):
        return []
    customer = _customer_inside(folded, sentence, cue, seller.id) or _owning_subject(
        article, sentence, cue, seller.id, subject_of
    )
    if customer is None:
        return []
    return [
        Candidate(
            type="customer_start",
            span=(sentence.start, sentence.end),
            subject=customer,
            object=seller,
            modality=modality_at(article, sentence, cue.start, future=True),
            effective_date=event_date(sentence),
        )
    ]


def _customer_inside(folded: str, sentence: Sentence, cue: Cue, seller: str) -> CompanyMention | None:
    """The customer the noun phrase names after "par / de": "la commande de 172 bus de la STIB à EvoBus"."""
    for company in sentence.companies:
        if cue.start < company.start < cue.end and company.id != seller:
            before = folded[max(cue.start, company.start - 20) : company.start]
            if _AGENT_BEFORE.search(before) and not _COUNT_BEFORE.search(before):
                return company
    return None


def _owning_subject(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    seller: str,
    subject_of: Callable[[Article, Sentence, Cue], CompanyMention | None],
) -> CompanyMention | None:
    """The clause's subject, when the noun is its own or a buyer's verb carries it."""
    folded = article.folded
    before = folded[max(sentence.start, cue.start - 45) : cue.start]
    if _CHANGED_VERB.search(before):
        return None  # "veut diviser par deux sa commande auprès d'Airbus": an order cut, a risk the rows read
    owned = _OWN_NOUN.match(folded, cue.start) is not None or before.endswith(("'s ", "' "))
    if not owned and _BUYER_VERB.search(before) is None:
        return None
    customer = subject_of(article, sentence, cue)
    return customer if customer is not None and customer.id != seller and customer.end <= cue.start else None
