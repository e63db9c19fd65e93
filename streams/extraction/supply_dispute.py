"""A quarrel between a customer and its supplier: "X is in a pricing row with Y", "X clashed with Y".

A row over prices or a contract puts the relation at risk (deliveries held back, goods off the shelves), but the
sentence names the two sides in either order ("Mars remains at loggerheads with discounter Aldi", "Delta settled a
quarrel with caterer LSG Sky Chefs"). The reader takes the side before the cue and the one right after it, and
orders them only when the sentence or the knowledge base tells who buys: a role noun right before a name
("supermarket chain Jumbo", "parts maker Collins & Aikman") or a supplier noun in apposition after it. Failing those,
the knowledge base's sectors order a quarrel between a retailer and a maker of consumer goods ("Unilever's pricing
quarrel with Tesco"), and a quarrel over prices in which one side is either ("Coca-Cola clashed with Edeka over
prices"): the retailer buys, the maker sells. With no such sign (two tech groups suing each other) it gives nothing: a
dispute alone is no customer relation. A quarrel "between X and Y" names both sides after the cue.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import CompanyMention

_Parties = tuple[CompanyMention | None, CompanyMention | None, list[str]]

_OTHER_SIDE_REACH = 25
"""How far after the cue the other side may be named (a role noun may stand between: "with discounter Aldi")."""
_CUSTOMER_NOUN = re.compile(
    r"\b(?:supermarkets?|supermarket[ ]chain|grocers?|grocery[ ]chain|retailers?|retail[ ]chain|chain|discounter"
    r"|carmakers?|automakers?|airlines?|carriers?|operators?|drugstore[ ]chain|hospital"
    r"|(?:l'|l'[ ])?enseigne|(?:le[ ])?distributeur|(?:la[ ])?chaîne(?:[ ]de[ ]supermarchés)?"
    r"|(?:le[ ])?discounter)[ ]?$"
)
"""A buyer's role right before its name ("supermarket chain Jumbo", "discounter Aldi")."""
_SUPPLIER_NOUN = re.compile(
    r"\b(?:suppliers?|caterers?|makers?|manufacturers?|vendors?|producers?|contractors?|bottlers?|brewers?|publishers?"
    r"|food[ ]group|consumer[ ]goods[ ]group|packaged[ ]food[ ]company"
    r"|(?:le[ ])?fournisseur|(?:l'|l'[ ])?industriel|(?:le[ ])?fabricant)[ ]?$"
)
"""A seller's role right before its name ("caterer LSG Sky Chefs", "parts maker Collins & Aikman")."""
_SUPPLIER_APPOSITION = re.compile(
    r",[ ](?:its|the|a)[ ](?:[a-z\-]{2,15}[ ]){0,3}?(?:supplier|maker|manufacturer|caterer|vendor|provider)\b"
)
"""A seller's role in apposition right after its name ("Rolls-Royce, the sole engine maker for ...")."""
_CUSTOMER_APPOSITION = re.compile(
    r",[ ](?:its|their|the|a|one[ ]of[ ](?:its|their|the))[ ](?:[a-z\-]{2,15}[ ]){0,3}?(?:customers?|clients?)\b"
)
"""A buyer's role in apposition right after its name ("Kelmar, its largest customer", "X, one of its biggest
clients"): the side named is the customer."""
_ROLE_REACH = 30
"""How many characters before a name its role noun may start."""
_ANAPHOR_SUPPLIER = re.compile(
    r"\b(?:the|le|la|l')[ ]?(?:[a-zà-ÿ\-]{2,15}[ ]){0,3}?(?:supplier|contractor|vendor|maker|manufacturer|caterer"
    r"|provider|fournisseur|sous-traitant|prestataire|fabricant|équipementier)\b"
)
_ANAPHOR_CUSTOMER = re.compile(
    r"\b(?:the|le|la|l')[ ]?(?:[a-zà-ÿ\-]{2,15}[ ]){0,3}?(?:retailer|grocer|supermarket[ ]chain|carmaker|automaker"
    r"|airline|distributeur|enseigne|constructeur)\b"
)
"""Between the first side and the cue, the role noun that takes it up as the clause's subject: "Shares in X fell after
the mining services contractor suspended its dividend over a dispute with Y" (X supplies), "Shares in X rose after
the retailer settled its row with Y" (X buys)."""


def dispute_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """(customer, supplier) of a quarrel cue whose sides the sentence or the knowledge base orders, else nothing."""
    first, second = _sides(article, sentence, cue)
    if first is None or second is None:
        return None, None, []
    folded = article.folded
    for buyer, seller in ((first, second), (second, first)):
        if _role(folded, sentence, buyer) == "customer" or _role(folded, sentence, seller) == "supplier":
            return buyer, seller, []
    taken_up = _anaphor_role(folded, first, cue)
    if taken_up is not None:
        return (second, first, []) if taken_up == "supplier" else (first, second, [])
    for buyer, seller in ((first, second), (second, first)):
        if _role_elsewhere(article, buyer) == "customer" or _role_elsewhere(article, seller) == "supplier":
            return buyer, seller, []
    ordered = _sector_order(first, second, _PRICE_TOPIC.search(folded, sentence.start, sentence.end) is not None)
    return (*ordered, []) if ordered is not None else (None, None, [])


_BETWEEN = re.compile(r"(?:between|entre)[ ]$")
"""A cue that names both sides after it: "a bitter falling-out between X and Y"."""
_AND = re.compile(r",?[ ](?:and|et)[ ]$")


def _sides(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The two sides of a quarrel: the one before the cue and the one right after it, or the two after "between"."""
    if _BETWEEN.search(article.folded, cue.start, cue.end):
        first = sentence.company_after(cue.end, within=_OTHER_SIDE_REACH)
        if first is None:
            return None, None
        second = sentence.company_after(first.end, exclude=first.id, within=8)
        if second is None or not _AND.search(article.folded, first.end, second.start):
            return None, None
        return first, second
    first = sentence.company_before(cue.start) or _pronoun_speaker(article, sentence, cue)
    if first is not None and _NEW_SUBJECT.search(article.text, first.end, cue.start):
        first = None  # "X clashed with A, and Mars remains at loggerheads with B": the second quarrel is not X's
    second = sentence.company_after(cue.end, exclude=first.id if first else None, within=_OTHER_SIDE_REACH)
    return first, second


_NEW_SUBJECT = re.compile(r",[ ](?:and|but|while|whereas|et|mais|tandis[ ]que)[ ](?:[A-Z][\w&'\-]*[ ]){1,3}")
"""A clause joined after the first side with a capitalised subject of its own (a name the recogniser missed)."""


_PRICE_TOPIC = re.compile(r"\b(?:pric(?:e|es|ing)|tarif(?:s|aire|aires)?|prix)\b")
"""The quarrel is over what the goods cost ("over prices", "a pricing row", « sur les tarifs »)."""
_BUYER_SECTOR = "retail"
_SELLER_SECTOR = "consumer"


def _sector_order(
    first: CompanyMention, second: CompanyMention, over_prices: bool
) -> tuple[CompanyMention, CompanyMention] | None:
    """(buyer, seller) when the knowledge base's sectors say it: a retailer buys from a maker of consumer goods.

    Both sides must carry opposite sectors, or one side one and the quarrel be over prices; two retailers, two makers
    or a retailer against a tech group order nothing.
    """
    sectors = {mention.start: _sector(mention) for mention in (first, second)}
    for buyer, seller in ((first, second), (second, first)):
        buyer_sector, seller_sector = sectors[buyer.start], sectors[seller.start]
        if (buyer_sector, seller_sector) == (_BUYER_SECTOR, _SELLER_SECTOR):
            return buyer, seller
        if over_prices and seller_sector is None and buyer_sector == _BUYER_SECTOR:
            return buyer, seller
        if over_prices and buyer_sector is None and seller_sector == _SELLER_SECTOR:
            return buyer, seller
    return None


def _sector(mention: CompanyMention) -> str | None:
    """The knowledge base's sector of a known company, else None."""
    if not mention.known:
        return None
    company = load_knowledge_base().get(mention.id)
    return company.sector if company is not None else None


_IT_BEFORE = re.compile(r"\b(?:that[ ])?it[ ](?:is|was|has|had|remains|remained)\b[^,;]{0,30}$")
"""A pronoun subject right before the cue: "X disclosed in a filing that it is in a dispute with Y"."""


def _pronoun_speaker(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The sentence's first company when "it" is the quarrel's subject and no company stands between (the teller)."""
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if _IT_BEFORE.search(article.folded, max(clause_start, cue.start - 60), cue.start) is None:
        return None
    teller = sentence.first_company_before(cue.start)
    if teller is None or any(teller.end <= c.start < cue.start for c in sentence.companies):
        return None  # "X said Y's unit says it is in a row with Z": "it" is not X
    return teller


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _role_elsewhere(article: Article, company: CompanyMention) -> str | None:
    """The role a role noun gives ``company`` at another of its mentions ("interiors supplier Lear" a sentence before).

    A story calls a side a supplier once ("to force interiors supplier Lear to keep shipping") and then names both
    sides bare ("a price dispute between Chrysler and Lear"); only one role may be told, or none counts.
    """
    folded = article.folded
    roles = set()
    for mention in article.companies:
        if mention.id != company.id or mention.start == company.start:
            continue
        before = folded[max(0, mention.start - _ROLE_REACH) : mention.start]
        breaks = list(_SENTENCE_BREAK.finditer(before))
        before = before[breaks[-1].end() :] if breaks else before
        if _CUSTOMER_NOUN.search(before):
            roles.add("customer")
        elif _SUPPLIER_NOUN.search(before) or _SUPPLIER_APPOSITION.match(folded, mention.end, mention.end + 60):
            roles.add("supplier")
    return roles.pop() if len(roles) == 1 else None


def _anaphor_role(folded: str, first: CompanyMention, cue: Cue) -> str | None:
    """The role a role noun standing between the first side and the cue gives that side (it takes it up), else None.

    Only when the first side comes before the cue: a side read from "it" or after "between" has no such gap.
    """
    if first.end > cue.start:
        return None
    gap = folded[first.end : cue.start]
    supplier, customer = _ANAPHOR_SUPPLIER.search(gap), _ANAPHOR_CUSTOMER.search(gap)
    if (supplier is None) == (customer is None):
        return None  # no role noun, or both: nothing says which one takes up the first side
    return "supplier" if supplier is not None else "customer"


def _role(folded: str, sentence: Sentence, company: CompanyMention) -> str | None:
    """The role ("customer" or "supplier") the words around ``company`` tell, else None."""
    before = folded[max(sentence.start, company.start - _ROLE_REACH) : company.start]
    if _CUSTOMER_NOUN.search(before) or _CUSTOMER_APPOSITION.match(folded, company.end, sentence.end):
        return "customer"
    if _SUPPLIER_NOUN.search(before) or _SUPPLIER_APPOSITION.match(folded, company.end, sentence.end):
        return "supplier"
    return None
