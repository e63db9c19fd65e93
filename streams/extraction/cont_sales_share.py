"""A customer told as a share of its supplier's sales: a standing ``customer_continue``.

"Sprint accounted for 61% of TeleNav's revenue", "Apple makes up about 40% of revenue at Skyworks", "sales to
Symantec made up 24 percent of Digital River's revenue", "Dialog gets 70% of its sales from Apple", « Apple pesait
23,9 % des ventes de STMicroelectronics », « X réalise 30 % de son chiffre d'affaires avec Y » all say that a
customer buys from its supplier today, without any relation verb. The share verb and its fraction are found first
(one scan of the story); the customer is the company (or list) right before the verb, or the one sales go "to";
the supplier owns the revenue ("Y's", "of Y", "at Y"), or, for "its revenue", is the company the sentence spoke of
before. The relation is background (marked standing): a loss or a risk of the same pair in the story says more.
"""

from __future__ import annotations

import re
from itertools import islice

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate
from streams.extraction.continue_made_by import LIST_GAP, list_from
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.pattern_windows import anchored_matches
from streams.extraction.share_phrases import (
    ABOUT,
    AFTER_REVENUE,
    FRACTION,
    REVENUE,
    SHARE,
    SHARE_ANCHORS,
    SHARE_NOUN,
)
from streams.extraction.standing_supply import standing_candidate

_OWN_WHOLE = re.compile(r"(?:its|their|son|sa|leur)[ ](?:[a-z\-]+[ ]){0,3}$")
_ANAPHORIC_WHOLE = re.compile(
    r"(?:(?:its|their|son|sa|leur)[ ]|(?:the|le|la|l')[ ]?(?:[a-z\-]+[ ]){0,3}?[a-z\-]+'s[ ])"
    r"(?:[a-z\-]+[ ]){0,3}"
)
"""The whole of a share, owned by a company told before: "of its revenue", "of the chipmaker's revenue"."""
_CUSTOMER_GAP = re.compile(
    r"(?:,[^,.;]{1,80},)?(?:,[ ]which|,[ ]qui)?[ ](?:ne[ ]|n')?"
    r"(?:(?:alone|together|currently|now|still|also|already|only|long|once|typically|usually|likely|probably"
    r"|previously|historically|ensemble|à[ ]lui[ ]seul|à[ ]elle[ ]seule|alors|encore|déjà|aujourd'hui),?[ ])*"
)
"""From the customer to the share verb: an apposition, "which", an adverb ("Apple currently brings in",
"GM, Nissan and BMW together make up", « Apple ne pesait que »); no possessive ("Apple's iPhone made up")."""
_SALES_TO = re.compile(
    r"\b(?:sales|deliveries|shipments|business|orders|ventes|livraisons)[ ](?:to|with|from|à|aux|au|avec)[ ]$"
)
"""Right before a customer named as the destination of sales: "sales to Symantec made up 24 percent"."""
_WHOLE_FROM = re.compile(r"[ ](?:[a-z\-\d]+[ ]){0,4}?(?:from|avec|auprès[ ]de|auprès[ ]d')[ ]?")
"""After the revenue word of a verb of earning: where its customer is named ("of its sales from Apple")."""
_FR_RELIES_FOR = re.compile(
    r"\bdépend(?:ait|ent|aient)?[ ](?:(?:fortement|largement|encore|toujours)[ ])?(?:de[ ]|du[ ]|d')(?P<customer>)"
    rf"[^.;,]{{1,50}}?[ ]pour[ ]{ABOUT}{FRACTION}[ ](?:de|des|du|d')[ ]?(?:son|sa|ses|leur|leurs)[ ]"
    rf"(?:[a-zà-ÿ\-]+[ ]){{0,2}}?{REVENUE}\b"
)
"""A supplier depending on a customer for a share of its sales: « Valeo dépend de Renault pour 20 % de son chiffre
d'affaires » (the English "relies on Apple for half its sales" is read by :mod:`relation_patterns`)."""
_REACH = 120
_PARTIES = 2
_MAX_PHRASES = 40
"""At most this many phrases of each shape are read in one story: each is read against its sentence's companies, so
an endless run of them (a megabyte with no full stop) would cost the square of its length."""
_MAJOR_SHARE_PCT = 10.0
"""A share below a tenth of the supplier's sales states no relation (as ``rules._MAJOR_SHARE_PCT``): "Renault
représente 4 % des ventes de Valeo" may be a passing figure."""
"""A share phrase is read only in a sentence naming at least a customer and a supplier."""
"""How far (chars) before the verb a customer named as the destination of sales may start."""


def sales_share_relations(article: Article) -> list[Candidate]:
    """The standing relations every share-of-sales phrase of the story states, one per customer-supplier pair."""
    relations: list[Candidate] = []
    for match in islice(anchored_matches(SHARE, article.folded, SHARE_ANCHORS), _MAX_PHRASES):
        if not article.companies:
            break
        sentence = article.sentence(article.sentence_index(match.start()))
        if len(sentence.companies) < _PARTIES or _minor(sentence, match.start(), match.end()):
            continue
        pairs = _part_pairs(article, sentence, match) if match.group("part") else _whole_pairs(article, sentence, match)
        if pairs and modality_at(article, sentence, match.start(), future=False) == "fact":
            relations += [r for c, s in pairs if (r := standing_candidate(sentence, c, s, "fact")) is not None]
    for match in islice(
        anchored_matches(SHARE_NOUN, article.folded, ("la part", "quote-part", "the share")), _MAX_PHRASES
    ):
        sentence = article.sentence(article.sentence_index(match.start()))
        customer = sentence.company_after(match.end("customer"), within=0)
        supplier = sentence.company_after(match.end(), within=0)
        if customer is not None and customer.end < match.end():
            relations.extend(_standing(sentence, customer, supplier))
    for match in islice(anchored_matches(_FR_RELIES_FOR, article.folded, ("dépend",)), _MAX_PHRASES):
        sentence = article.sentence(article.sentence_index(match.start()))
        customer = sentence.company_after(match.end("customer"), within=0)
        supplier = sentence.company_before(match.start())
        if customer is not None and modality_at(article, sentence, match.start(), future=False) == "fact":
            relations.extend(
                [] if _minor(sentence, match.start(), match.end()) else _standing(sentence, customer, supplier)
            )
    return relations


def _minor(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the share told between ``start`` and ``end`` is a percentage below a tenth."""
    return any(start <= p.start < end and p.value < _MAJOR_SHARE_PCT for p in sentence.percents)


def _standing(sentence: Sentence, customer: CompanyMention, supplier: CompanyMention | None) -> list[Candidate]:
    """The standing relation of the pair, told as a fact; none when the supplier is unnamed or the same."""
    relation = standing_candidate(sentence, customer, supplier, "fact") if supplier is not None else None
    return [relation] if relation is not None else []


def _part_pairs(
    article: Article, sentence: Sentence, match: re.Match[str]
) -> list[tuple[CompanyMention, CompanyMention]]:
    """Read "X accounts for N% of Y's revenue": the customers before the verb, the supplier owning the revenue."""
    customers, destined = _customers_before(article, sentence, match.start())
    if not customers:
        return []
    supplier = _revenue_owner(article, sentence, match)
    if supplier is None and (destined or _ANAPHORIC_WHOLE.fullmatch(article.folded, *match.span("owner"))):
        supplier = _spoken_of(sentence, customers, match.start())
    return [(customer, supplier) for customer in customers] if supplier is not None else []


def _whole_pairs(
    article: Article, sentence: Sentence, match: re.Match[str]
) -> list[tuple[CompanyMention, CompanyMention]]:
    """Read "Y gets N% of its revenue from X": the supplier before the verb, the customers after "from"."""
    if _OWN_WHOLE.fullmatch(article.folded, match.start("owner"), match.end("owner")) is None:
        return []
    source = _WHOLE_FROM.match(article.folded, match.end())
    supplier = sentence.company_before(match.start())
    if source is None or supplier is None:
        return []
    customers = list_from(article.folded, sentence, source.end())
    return [(customer, supplier) for customer in customers if customer.id != supplier.id]


def _customers_before(article: Article, sentence: Sentence, verb: int) -> tuple[list[CompanyMention], bool]:
    """The customer (or list) ending right before the verb, or the one sales go to a little before it (True)."""
    folded = article.folded
    before = [c for c in sentence.companies if c.end <= verb]
    if not before:
        return [], False
    last = before[-1]
    if _CUSTOMER_GAP.fullmatch(folded, last.end, verb) is not None and last.start not in sentence.owners:
        customers = _list_ending(folded, before)
        first = customers[0].start
        return customers, _SALES_TO.search(folded, max(0, first - 25), first) is not None
    destined = [
        c for c in before if verb - c.start <= _REACH and _SALES_TO.search(folded, max(0, c.start - 25), c.start)
    ]
    return (list_from(folded, sentence, destined[0].start), True) if destined else ([], False)


def _list_ending(folded: str, before: list[CompanyMention]) -> list[CompanyMention]:
    """The list of companies that ends with ``before[-1]`` ("GM, Nissan, BMW and Hyundai" together make up)."""
    members = [before[-1]]
    for company in reversed(before[:-1]):
        if LIST_GAP.fullmatch(folded, company.end, members[-1].start) is None:
            break
        members.append(company)
    return members[::-1]


def _revenue_owner(article: Article, sentence: Sentence, match: re.Match[str]) -> CompanyMention | None:
    """The supplier named with the revenue: "of Y's revenue", "of revenue at Y", « des ventes de Y »."""
    folded = article.folded
    for company in sentence.companies:
        inside = match.start("owner") <= company.start and company.end <= match.end("owner")
        if inside and folded.startswith(("'s ", "' "), company.end):
            return company
    after = AFTER_REVENUE.match(folded, match.end())
    return sentence.company_after(after.end(), within=0) if after is not None else None


def _spoken_of(sentence: Sentence, customers: list[CompanyMention], verb: int) -> CompanyMention | None:
    """For "its revenue", "the chipmaker's sales", bare "revenue": the nearest other company before the verb.

    One in the customer's apposition comes first ("Honda, long Takata's biggest customer, accounted for ... of the
    parts maker's sales"), then the nearest before the customer ("a blow to Intel, given that Apple brings in").
    """
    ids = {c.id for c in customers}
    others = [c for c in sentence.companies if c.end <= verb and c.id not in ids and c.start < customers[0].start]
    inside = [c for c in sentence.companies if customers[0].end <= c.start and c.end <= verb and c.id not in ids]
    nearest = inside or others
    return nearest[-1] if nearest else None
