"""Who supplies whom, as the article says it in words no relation cue reads, to orient an ambiguous relation.

"Burts Chips has terminated its supply agreement with MJ Baker" reads either way: a supplier may end a supply
agreement as well as its customer. Reporters say which side supplies elsewhere in the story, with a supply verb
and the customer right after it ("it is no longer prepared to supply MJ Baker", "supplying MJ Baker did not fit
with Burts' strategy", "X continuera à approvisionner Y"), or with work done "for" the customer ("Eltel will build
networks for Elisa"). Such a verb's supplier is the nearest company before it
in its sentence (the one told about, not a company of an earlier clause), so "Safran will supply Airbus instead"
says nothing of Capgemini.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from streams.extraction.mentions import CompanyMention

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


def supply_links(
    folded: str, spans: list[tuple[int, int]], companies: list[CompanyMention]
) -> frozenset[tuple[str, str]]:
    """The (supplier id, customer id) pairs the article's supply verbs state, in one pass over the text."""
    starts = [c.start for c in companies]
    sentence_starts = [span[0] for span in spans]
    links: set[tuple[str, str]] = set()
    for verb in (*_SUPPLY_VERB.finditer(folded), *_WORK_FOR.finditer(folded)):
        at = bisect_left(starts, verb.end())
        if at == len(companies) or companies[at].start != verb.end():
            continue
        customer = companies[at]
        sentence_start = spans[max(0, bisect_right(sentence_starts, verb.start()) - 1)][0]
        supplier = _nearest_before(companies[: bisect_left(starts, verb.start())], sentence_start, customer.id)
        if supplier is not None:
            links.add((supplier.id, customer.id))
    return frozenset(links)


def _nearest_before(before: list[CompanyMention], sentence_start: int, customer: str) -> CompanyMention | None:
    """The last of ``before`` inside the verb's sentence that is not the customer."""
    for company in reversed(before):
        if company.start < sentence_start:
            return None
        if company.id != customer:
            return company
    return None
