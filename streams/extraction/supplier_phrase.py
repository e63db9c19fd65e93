"""A company described as another's supplier or customer by a noun phrase: a standing ``customer_continue``.

"Courtaulds, one of the largest suppliers to M&S, ...", "TSMC, a major chip supplier to Apple, ...", "CATL is also a
battery supplier to Nio", "Dewhirst and Courtaulds, two of Marks & Spencer's biggest suppliers", "Dialog, another
Apple supplier, ...", "Apple suppliers Pegatron and Catcher Technology fell ...". The cue is the noun "supplier(s)"
(`customer_continue`, frame `supplier_noun`); the companies around it are read by the shape of the phrase. A
list of suppliers before the phrase ("A and B, two of X's suppliers") gives one relation per supplier. The customer
noun reads the same shapes the other way round (frame `customer_noun`): "Continental, a loyal Boeing customer",
"Intermountain, one of Cerner's best-known hospital customers", "X, a longtime customer of Y".
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate
from streams.extraction.continue_lists import listed_after
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.ongoing_roles import opens_a_list
from streams.extraction.role_examples import role_members
from streams.extraction.standing_supply import standing_candidate

_LEAD = (
    r"(?:,[ ]|[ ](?:is|was|are|were|remains|remained|has[ ]been|had[ ]been|has[ ]long[ ]been|becomes|became)"
    r"(?:[ ](?:also|still|already|now|long))?[ ])"
    r"(?:(?:one|two|three|four|several|some|many|both|all)[ ]of[ ](?:the[ ]|its[ ]|their[ ])?"
    r"|(?:a|an|the|another|its|their)[ ])?"
)
"""Between the supplier and the phrase: an apposition's comma or a copula, then a quantity or an article."""
_BEFORE_TO = re.compile(_LEAD + r"(?:[a-z\-]+[ ]){0,3}$")
"""Supplier, then the adjectives of "suppliers to Y" ("TSMC, a major chip " supplier to Apple)."""
_BEFORE_POSSESSOR = re.compile(_LEAD + r"(?:[a-z\-]+[ ]){0,2}$")
"""Supplier, then the quantity before its customer's name ("A and B, two of " X's; "Y, another important " X
supplier)."""
_TO = re.compile(r"[ ](?:to|for)[ ](?:both[ ])?")
"""After the noun, the customer's preposition ("supplier to Apple", "supplier for BMW"); "a big supplier of Dell" is
left alone (the samples read no relation there)."""
_OF = re.compile(r"[ ]of[ ](?:both[ ])?")
"""After a customer noun, its supplier's preposition ("a longtime customer of Boeing")."""
_POSSESSIVE_AFTER = re.compile(r"(?:'s|')[ ](?:[a-z\-]+[ ]){0,3}|[ ]")
"""Between the customer and the noun: "Marks & Spencer's biggest " suppliers; a known name right before it: "Apple "
supplier."""
_NOT_STANDING = re.compile(
    r"\b(?:former|ex|previous|one-time|onetime|erstwhile|chosen|selected|picked|appointed|tapped|retained)\b"
)
"""A supplier of the past ("its former supplier Prevent") or one just chosen ("has been chosen as driveline supplier
for Y": a new relation, not a standing one): no standing relation."""
_ATTRIBUTED = re.compile(r"(?:according[ ]to|selon|d'après)[ ](?:[\w&.\-]+[ ]){0,2}$")
"""Before a name that is the source of the sentence, not a party of the phrase that follows its comma."""
_ATTRIBUTED_REACH = 40
_LIST_GAP = re.compile(r"(?:,[ ]|,?[ ]and[ ])")
"""Between two members of a list of companies."""
_ATTRIBUTIVE_AFTER = re.compile(r"[ ]")
"""Between the noun and the first supplier it names: "Apple suppliers Pegatron and ...", "Apple supplier Foxconn"."""


def supplier_noun(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The standing relations a supplier noun phrase states, one per supplier it describes and customer it names."""
    customer, suppliers = _phrase_parties(article, sentence, cue, _TO)
    if not suppliers:  # "Korvia's suppliers, including Dorvane and Bellmark"
        customer, suppliers = role_members(article, sentence, cue)
    customers = _with_listed(article, sentence, cue, customer)
    pairs = [(c, supplier) for c in customers for supplier in suppliers]
    return [r for c, s in pairs if (r := _relation(article, sentence, cue, c, s)) is not None]


def customer_noun(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The standing relations a customer noun phrase states ("X, a loyal Boeing customer"), one per customer."""
    supplier, customers = _phrase_parties(article, sentence, cue, _OF)
    if not customers:  # "Among Dorvane's customers are Korvia and Bellmark"
        supplier, customers = role_members(article, sentence, cue)
    suppliers = _with_listed(article, sentence, cue, supplier)
    pairs = [(customer, s) for customer in customers for s in suppliers]
    return [r for c, s in pairs if (r := _relation(article, sentence, cue, c, s)) is not None]


def _with_listed(article: Article, sentence: Sentence, cue: Cue, named: CompanyMention | None) -> list[CompanyMention]:
    """The company named after the noun's preposition and those listed with it ("a customer of Boeing and Airbus")."""
    if named is None:
        return []
    return [named, *listed_after(article.folded, sentence, named)] if named.start > cue.end else [named]


def _phrase_parties(
    article: Article, sentence: Sentence, cue: Cue, preposition: re.Pattern[str]
) -> tuple[CompanyMention | None, list[CompanyMention]]:
    """The company a role noun phrase names ("to Y", "Y's", "Y") and the companies it describes (apposed or listed).

    Nothing when the phrase speaks of the past ("its former supplier") or of a supplier just chosen.
    """
    folded = article.folded
    after = preposition.match(folded, cue.end)
    if after is not None:
        named = next((c for c in sentence.companies if c.start == after.end()), None)
        lead = _BEFORE_TO.search(folded, sentence.start, cue.start)
        if named is None or lead is None or _NOT_STANDING.search(lead.group()) or opens_a_list(folded, named.end):
            return None, []
        return named, _unattributed(folded, _list_ending_at(folded, sentence, lead.start()))
    named = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    gap = _POSSESSIVE_AFTER.fullmatch(folded, named.end, cue.start) if named is not None else None
    if named is None or gap is None or _NOT_STANDING.search(gap.group()):
        return None, []
    lead = _BEFORE_POSSESSOR.search(folded, sentence.start, named.start)
    if lead is not None:  # "Dialog, another Apple supplier": apposed, the attribute may be unknown
        return named, _list_ending_at(folded, sentence, lead.start())
    # "Apple suppliers Pegatron and ...": an unknown attribute with no apposition may be a product's name
    if _ATTRIBUTIVE_AFTER.match(folded, cue.end) and (gap.group() != " " or named.known):
        return named, _list_starting_at(folded, sentence, cue.end + 1)
    return None, []


def _unattributed(folded: str, described: list[CompanyMention]) -> list[CompanyMention]:
    """The companies an apposed phrase describes, none when they are the sentence's source.

    "According to Capital IQ, the customers of Novellus include ...": the source is no party of the phrase.
    """
    if described and _ATTRIBUTED.search(folded, max(0, described[0].start - _ATTRIBUTED_REACH), described[0].start):
        return []
    return described


def _relation(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention, supplier: CompanyMention
) -> Candidate | None:
    """The ``customer_continue`` of two named, distinct parties, with the wording's modality before the noun.

    Marked standing: background, as another customer event of the pair in the article says more.
    """
    return standing_candidate(sentence, customer, supplier, modality_at(article, sentence, cue.start, future=False))


def _list_ending_at(folded: str, sentence: Sentence, end: int) -> list[CompanyMention]:
    """The companies of a list whose last member ends at ``end`` ("Dewhirst and Courtaulds" before ", two of")."""
    before = [c for c in sentence.companies if c.end <= end]
    if not before or before[-1].end != end:
        return []
    members = [before[-1]]
    for company in reversed(before[:-1]):
        if _LIST_GAP.fullmatch(folded[company.end : members[-1].start]) is None:
            break
        members.append(company)
    return members[::-1]


def _list_starting_at(folded: str, sentence: Sentence, start: int) -> list[CompanyMention]:
    """The companies of a list whose first member starts at ``start`` ("Pegatron and Catcher Technology")."""
    after = [c for c in sentence.companies if c.start >= start]
    if not after or after[0].start != start:
        return []
    members = [after[0]]
    for company in after[1:]:
        if _LIST_GAP.fullmatch(folded[members[-1].end : company.start]) is None:
            break
        members.append(company)
    return members
