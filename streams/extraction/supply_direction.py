"""Who supplies whom, as the article says it in words no relation cue reads, to orient an ambiguous relation.

"Burts Chips has terminated its supply agreement with MJ Baker" reads either way: a supplier may end a supply
agreement as well as its customer. Reporters say which side supplies elsewhere in the story, with a supply verb
and the customer right after it ("it is no longer prepared to supply MJ Baker", "supplying MJ Baker did not fit
with Burts' strategy", "X continuera à approvisionner Y"), or with work done "for" the customer ("Eltel will build
networks for Elisa"). Such a verb's supplier is the nearest company before it
in its sentence (the one told about, not a company of an earlier clause), so "Safran will supply Airbus instead"
says nothing of Capgemini.

Relation nouns say it too, and a supplier's own story usually does: "Inghams will continue to be Woolworths' main
chicken supplier", "Whole Foods is UNFI's largest customer", "... with Whole Foods, its largest customer, ...",
« Korvia, premier client de Dorvane ». "Synlait has inked a supply agreement with Bright Dairy" then reads the way
the rest of the story tells it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from streams.extraction.mentions import CompanyMention
from streams.extraction.pattern_windows import gated_finditer

_SUPPLY_VERB = re.compile(
    r"\b(?:supply|supplies|supplying|supplied|(?:deliver|delivers|delivering|delivered|ship|ships|shipping"
    r"|shipped)[ ]to|supplier[ ](?:to|of)|approvisionn(?:er|e|ait|ent|era|ant)"
    r"|fournisseur[ ](?:de|d'|du))[ ](?:the[ ]|le[ ]|la[ ]|l')?"
)
"""A supply verb (or a supplier noun) with its customer right after it: "supply MJ Baker", "supplier to Asda"."""
_WORK_FOR = re.compile(
    r"\b(?:(?:will|to|would|also)[ ](?:also[ ])?(?:build|construct|make|manufacture|produce|maintain|operate|run"
    r"|deliver|install|design|develop)|builds|constructs|makes|manufactures|produces|maintains|operates|installs"
    r"|(?:construira|fabriquera|produira|livrera|installera|exploitera|entretiendra|développera|assurera)"
    r"|construit|fabrique|produit|entretient|exploite)"
    r"(?:[ ](?!for\b|pour\b)[a-zà-ÿ0-9\-']{1,20}){1,4}[ ](?:for|pour)[ ](?:the[ ]|le[ ]|la[ ]|l')?"
)
"""Work done for a customer named right after "for / pour", the work's object between: "Eltel will also construct
FTTH networks for Elisa", "X fabrique des fourgons pour Y". Not a bare "for": "X will build a plant for $50m" names
no company after it, and the verb needs an object before "for" ("works for Y" is an employee's)."""


_OWNED_SUPPLIER = re.compile(
    r"(?:'s|')[ ](?:(?!and[ ]|or[ ])[a-z\-]{1,15}[ ]){0,4}?(?:supplier|provider|vendor|distributor|subcontractor)\b"
)
"""A company's supplier, after its possessive: "Woolworths' main chicken meat supplier" (Woolworths buys)."""
_IS_CUSTOMER = re.compile(
    r"(?:[ ](?:is|was|remains|remained|has[ ]been|had[ ]been|will[ ]remain|will[ ]be|became|becomes|est|était|reste"
    r"|restait|demeure|a[ ]été|devient)[ ](?:(?:now|still|also|désormais|toujours|aussi)[ ])?(?:the[ ]|le[ ]|la[ ])?"
    r"|,[ ](?:(?:a|an|the|un|une|le|la|son|sa)[ ]|(?=(?:premier|première|principal|principale|plus|grand|grande"
    r"|gros)[ ])))"
    r"(?:(?!and[ ]|et[ ])[a-zà-ÿ\-]{1,15}[ ]){0,3}?(?:customer|client|cliente)[ ](?:of|de|d')[ ]?"
)
"""The customer before a copula, then its supplier after "customer of": "Korvia is the largest customer of Dorvane",
« Korvia, premier client de Dorvane »."""
_IS_OWNED_CUSTOMER = re.compile(
    r"[ ](?:is|was|remains|remained|has[ ]been|had[ ]been|will[ ]remain|will[ ]be|became|becomes)[ ]"
    r"(?:(?:now|still|also)[ ])?$"
)
"""A copula between the customer and its supplier's possessive: "Dorvane is Korvia's largest customer"."""
_OWNED_CUSTOMER = re.compile(r"(?:'s|')[ ](?:(?!and[ ]|or[ ])[a-z\-]{1,15}[ ]){0,3}?(?:customer|client)\b")
_ITS_CUSTOMER = re.compile(
    r",[ ](?:its|son|sa)[ ](?:(?!and[ ]|et[ ])[a-zà-ÿ\-]{1,15}[ ]){0,3}?(?:customer|client|cliente)\b(?![ ](?:of|de)\b)"
)
"""A customer in apposition, "its" standing for the story's supplier: "with Whole Foods, its largest customer,"; the
supplier is the sentence's one other company, else the story's first one."""
_COPULA_REACH = 60


def supply_links(
    folded: str, spans: list[tuple[int, int]], companies: list[CompanyMention]
) -> frozenset[tuple[str, str]]:
    """The (supplier id, customer id) pairs the article's supply verbs state, in one pass over the text."""
    starts = [c.start for c in companies]
    sentence_starts = [span[0] for span in spans]
    links: set[tuple[str, str]] = set()
    for verb in (*gated_finditer(_SUPPLY_VERB, folded, folded), *gated_finditer(_WORK_FOR, folded, folded)):
        at = bisect_left(starts, verb.end())
        if at == len(companies) or companies[at].start != verb.end():
            continue
        customer = companies[at]
        sentence_start = spans[max(0, bisect_right(sentence_starts, verb.start()) - 1)][0]
        supplier = _nearest_before(companies[: bisect_left(starts, verb.start())], sentence_start, customer.id)
        if supplier is not None:
            links.add((supplier.id, customer.id))
    links.update(_relation_noun_links(folded, spans, companies))
    return frozenset(links)


def _relation_noun_links(
    folded: str, spans: list[tuple[int, int]], companies: list[CompanyMention]
) -> set[tuple[str, str]]:
    """The (supplier id, customer id) pairs relation nouns state: "Y's main supplier", "X is Y's largest customer"."""
    by_end = {c.end: c for c in companies}
    starts = [c.start for c in companies]
    sentence_starts = [span[0] for span in spans]
    links: set[tuple[str, str]] = set()

    def sentence_of(at: int) -> tuple[int, int]:
        return spans[max(0, bisect_right(sentence_starts, at) - 1)]

    for noun in _OWNED_SUPPLIER.finditer(folded):
        customer = by_end.get(noun.start())
        if customer is not None:
            before = companies[: bisect_left(starts, customer.start)]
            supplier = _nearest_before(before, sentence_of(noun.start())[0], customer.id)
            if supplier is not None:
                links.add((supplier.id, customer.id))
    for noun in _OWNED_CUSTOMER.finditer(folded):
        supplier = by_end.get(noun.start())
        if supplier is None:
            continue
        at = bisect_left(starts, supplier.start)
        customer = companies[at - 1] if at > 0 else None
        if (
            customer is not None
            and customer.id != supplier.id
            and supplier.start - customer.end <= _COPULA_REACH
            and _IS_OWNED_CUSTOMER.search(folded, customer.end, supplier.start)
        ):
            links.add((supplier.id, customer.id))
    for company in companies:
        relation = _IS_CUSTOMER.match(folded, company.end, company.end + _COPULA_REACH)
        if relation is not None:
            at = bisect_left(starts, relation.end())
            if at < len(companies) and companies[at].start == relation.end() and companies[at].id != company.id:
                links.add((companies[at].id, company.id))
        if _ITS_CUSTOMER.match(folded, company.end):
            start, end = sentence_of(company.start)
            others = {c.id for c in companies[bisect_left(starts, start) : bisect_left(starts, end)]} - {company.id}
            if not others:  # "The contract with Dorvane, its largest customer, ...": the story's first company
                others = {next((c.id for c in companies if c.id != company.id), company.id)} - {company.id}
            if len(others) == 1:
                links.add((others.pop(), company.id))
    return links


def _nearest_before(before: list[CompanyMention], sentence_start: int, customer: str) -> CompanyMention | None:
    """The last of ``before`` inside the verb's sentence that is not the customer."""
    for company in reversed(before):
        if company.start < sentence_start:
            return None
        if company.id != customer:
            return company
    return None
