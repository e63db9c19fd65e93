"""A retailer's delisting told through brands: the maker that owns them is the supplier.

« Leclerc a retiré de ses rayons La Vache qui rit (Bel) », « les marques Nana et Tena de la société Essity »,
"pulled Dove and Lynx, both made by Unilever": the row frame takes the brand after the verb as the supplier, but the
reporter names its owner in brackets or after "du groupe / de la société / made by". The retailer buys from the
owner, so the event moves to it; brands listed before one owner fold into a single event with it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate

_BRACKETED_OWNER = re.compile(r"(?:[ ][\w'\-]{1,15}){0,3}[ ]\($")
"""Between a brand and its owner in brackets: a few words of the brand's name (« La Vache qui rit (Bel) »)."""
_OTHER_BRANDS = r"(?:(?:,[ ]|[ ]et[ ]|[ ]and[ ]|,[ ]and[ ])[A-Z][\w'\-]{1,20}){0,4}"
"""After a brand, the other brands listed with it (« Nana et Tena »)."""
_NEXT_BRAND = re.compile(_OTHER_BRANDS + r"(?:,[ ]|[ ]et[ ]|[ ]and[ ]|,[ ]and[ ])$")
"""Between a brand and the next one listed (which may be read as a company of its own)."""
_OWNER_AFTER = re.compile(
    _OTHER_BRANDS + r",?[ ]"
    r"(?:de[ ]la[ ]société|de[ ]l'entreprise|du[ ]fabricant|made[ ]by|both[ ]made[ ]by)[ ]$"
)
"""Between a brand (perhaps the first of a list of brands) and its maker named after them; "owned by" and « du groupe »
name a supplier's parent as often ("its supplier Y, owned by Z"), which is no brand's maker."""
_BRAND_WORD = re.compile(r"\b(?:marques?|brands?|produits?|products?|articles?)\b", re.IGNORECASE)
"""Before the brand, within :data:`_BRAND_BEFORE`: the word that says goods or brands are delisted, not a firm."""
_BRAND_BEFORE = 60
_REACH = 80
"""How far after the brand its owner may be named."""


def owners_of_brands(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """Each customer loss whose supplier is a brand named with its owner, moved to the owner."""
    return [_to_owner(article, c) for c in candidates]


def _to_owner(article: Article, candidate: Candidate) -> Candidate:
    brand = candidate.object
    if candidate.type not in ("customer_end", "customer_at_risk") or brand is None:
        return candidate
    sentence = article.sentence(article.sentence_index(brand.start))
    text = article.text
    if _BRAND_WORD.search(text, max(sentence.start, brand.start - _BRAND_BEFORE), brand.start) is None:
        return candidate
    for owner in sentence.companies:
        if owner.start <= brand.end or owner.start - brand.end > _REACH or owner.id == brand.id:
            continue
        gap = text[brand.end : owner.start]
        bracketed = _BRACKETED_OWNER.fullmatch(gap) is not None and text.startswith(")", owner.end)
        if bracketed or _OWNER_AFTER.fullmatch(gap) is not None:
            if candidate.subject is not None and owner.id == candidate.subject.id:
                return candidate
            return replace(candidate, object=owner)
        if _NEXT_BRAND.fullmatch(gap) is not None:
            continue
        break  # the next company after the brand is no owner: the brand is the maker
    return candidate
