"""Guards on who buys and who is bought when a deal verb's nearest company is the wrong party (session 19).

Two shapes put a company next to a deal verb that is not the party the verb's frame looks for:

- a second verb of a subject-less conjunct ("X bought Y last year and bid for a majority stake in Z"): the first
  company before the second verb is Y, the object of the first verb, while X (the shared subject) buys Z too;
- a passive inside a "whose" relative ("Coca-Cola, whose U.S. media is bought by MediaVest, ..."): the thing
  after "whose / dont" is what is bought, not the company the relative hangs on.
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_OBJECT_REACH = 40
"""At most this many characters between a deal verb and the company it takes ("bought Italian tyre maker ")."""
_DESCRIBED_OBJECT = re.compile(r"[ ](?:(?:the|its|a|an|le|la|les|l'|son|sa|ses)[ ]?)?(?:[a-zà-ÿ\-]{1,20}[ ]){0,4}")
"""Between a deal verb and the company it takes: an article and a short description, no punctuation."""
_SUBJECTLESS_CONJUNCT = re.compile(
    r"(?:[ ](?!(?:which|who|that|whose|qui|que|dont|lequel|laquelle)\b)[^ ,;:()]{1,20}){0,12}?"
    r",?[ ](?:and|et)[ ](?:(?:then|later|also|puis|ensuite|aussi)[ ])?"
    r"(?!(?:it|they|he|she|il|elle|ils|elles|the|le|la|les|l')[ ])(?:[^ ,;:()]{1,20}[ ]){0,5}"
)
"""From the first verb's object to the second deal verb: a few words of that first clause ("last year in a deal"),
then "and / et" opening a conjunct with no subject of its own ("and bid in December for ")."""
_ACTIVE_DEAL = ("acquisition", "stake")
LEGAL_TAIL = (
    r"(?:[ ,]{1,2}(?:inc|corp|corporation|ltd|plc|sa|sas|ag|nv|se|llc|co|group|groupe|holdings?|partners|capital)\.?)?"
)
"""After a company's mention: the legal form or group word the recogniser may leave out of it ("Tarvik Holdings")."""


def conjunct_first_deal(folded: str, sentence: Sentence, cue: Cue, buyer: CompanyMention | None) -> Cue | None:
    """The earlier deal verb whose object ``buyer`` is, when ``cue`` opens a subject-less conjunct after it.

    "X bought Y last year and bid for a majority stake in Z": Y is taken by "bought", so it buys nothing in the
    conjunct; the conjunct shares the first verb's subject, which the caller reads from the returned cue. None when
    ``buyer`` is not such an object (its own clause, a relative "Y, which then bought Z", a new subject "and it").
    """
    if buyer is None or buyer.end > cue.start:
        return None
    if _SUBJECTLESS_CONJUNCT.fullmatch(folded, buyer.end, cue.start) is None:
        return None
    if any(c.start >= buyer.end and c.end <= cue.start for c in sentence.companies):
        return None
    for earlier in reversed(sentence.cues):
        if (
            earlier.family in _ACTIVE_DEAL
            and earlier.detail == "active"
            and earlier.end <= buyer.start
            and buyer.start - earlier.end <= _OBJECT_REACH
            and _DESCRIBED_OBJECT.fullmatch(folded, earlier.end, buyer.start) is not None
        ):
            return earlier
    return None


_WHOSE_THING = re.compile(
    LEGAL_TAIL + r"(?:[ ]\([^()]{1,30}\))?,?[ ](?:whose|dont)[ ](?:(?:the|le|la|les|l'|son|sa)[ ]?)?"
    r"(?!(?:rachat|reprise|acquisition|cession|vente|absorption|takeover|purchase|sale|buyout)\b)"
)
"""Right after the company a passive deal verb would take: a "whose / dont" relative whose own noun is the subject
(not a deal noun: "X, whose takeover by Y ..." still tells X bought)."""


def bought_thing_of(folded: str, target: CompanyMention, cue: Cue) -> bool:
    """Whether the passive deal verb at ``cue`` is said of something of ``target`` told in a "whose" relative.

    "Coca-Cola, whose U.S. media is bought by MediaVest,": the media is bought; « X, dont la filiale a été rachetée
    par Y »: the unit is. Neither makes ``target`` the company bought.
    """
    relative = _WHOSE_THING.match(folded, target.end)
    return relative is not None and relative.end() <= cue.start and "," not in folded[relative.end() : cue.start]


_SALE_VERB = re.compile(
    r"(?:sold|sells|sell|selling|agreed[ ]to[ ]sell|cède|cédé|cédera|cèdera|céder|cèdent|vend|vendu|vendra|vendre"
    r"|vendent)(?:[ ](?:to|à))?$"
)
"""A sale verb, maybe with its "to / à" (a passive row "sold to", "cédé à" spelt as one cue)."""
_PASSIVE_AUXILIARY = re.compile(r"(?:,|\b(?:was|were|been|being|is|are|be|été|est|sont|fut|être))[ ]$")
_DATIVE = re.compile(r"[ ]?(?:(?:to|à|au|aux)[ ])?(?:(?:the|le|la|les)[ ]|l')?(?:[a-zà-ÿ\-]{1,15}[ ]){0,3}?$")
"""Between the sale verb and its buyer: "to / à / au", maybe a short description ("au fonds ", "to rival ")."""
_SOLD_OBJECT = re.compile(
    r"(?:[ ,]{1,2}(?:inc|corp|ltd|plc|sa|sas|ag|nv|se|llc|co|group|groupe|holdings?|partners|capital)\.?)?[ ]"
    r"(?:(?:le[ ]solde[ ]de|la[ ]totalité[ ]de|le[ ]reste[ ]de|the[ ]rest[ ]of|all[ ]of|the[ ]remainder[ ]of)[ ])?"
    r"(?:its|their|sa|son|ses|leur|leurs|[\d.,]+[ ]?(?:%|percent|per[ ]cent)[ ](?:de|d'|du|of))"
)
"""Right after the buyer of a sale told dative first: the seller's own thing or a share of a company ("its 20%
stake in", « sa participation dans », « le solde de sa participation dans », "20 % de")."""
_SOLD_REACH = 60
_TO = re.compile(r"[ ](?:to|à|au|aux)[ ]")


def dative_sale(folded: str, sentence: Sentence, cue: Cue) -> tuple[CompanyMention, CompanyMention] | None:
    """(buyer, company sold) of a sale that names its buyer before what is sold: "X sold to Z its stake in Y".

    « Nestlé cède à Novartis le solde de sa participation dans Alcon », "Vivendi sold to Bolloré its 20% stake in
    Lagardère": Z buys into Y. Read as a passive ("X sold to Z"), X would be bought; read as a sale, Z would be the
    company sold. A passive ("X was sold to Z, its ...") is none.
    """
    if (
        cue.family != "acquisition"
        or cue.detail not in ("sale", "passive")
        or _SALE_VERB.search(folded, cue.start, cue.end) is None
        or _PASSIVE_AUXILIARY.search(folded, max(sentence.start, cue.start - 12), cue.start)
        # "X sold Z to ...": the company after the verb is what is sold
        or (not folded.endswith((" to", " à"), cue.start, cue.end) and _TO.match(folded, cue.end) is None)
    ):
        return None
    buyer = sentence.company_after(cue.end, within=_SOLD_REACH)
    if buyer is None or _DATIVE.fullmatch(folded, cue.end, buyer.start) is None:
        return None
    sold = _SOLD_OBJECT.match(folded, buyer.end)
    target = sentence.company_after(sold.end(), exclude=buyer.id, within=_SOLD_REACH) if sold else None
    seller = sentence.company_before(cue.start)
    if target is None or (seller is not None and target.id == seller.id):
        return None
    return buyer, target


def after_dative_sale(folded: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue`` stands in what a sale told dative first sells ("sold to Z its stake in Y": Z's deal)."""
    return any(
        c.end <= cue.start and c is not cue and dative_sale(folded, sentence, c) is not None for c in sentence.cues
    )


_FROM_SELLER = re.compile(r"[ ]from[ ](?:(?:the|its|a|an)[ ])?(?:[a-z\-]{1,15}[ ]){0,2}$")
"""Right before the company a price is paid "for": "from" names who sold the thing bought ("for a licence from ")."""


def bought_from(folded: str, start: int, company: CompanyMention) -> bool:
    """Whether ``company``, after a price's "for" at ``start``, sold what was bought rather than being bought.

    "paid $5 million for the rights to the drug from Y", "paying $600 million for a licence from Y": a thing bought
    from Y; "paid $2 billion for Y" and "for a 10% stake in Y" still buy Y.
    """
    return _FROM_SELLER.search(folded, start, company.start) is not None
