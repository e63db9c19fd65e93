"""A buyer putting a vendor's system to work, the vendor told as its adjective: "X is installing a Dorvane EHR".

Health, public and corporate IT stories tell a new supplier by what is installed, rolled out or switched on: "X signed
a contract to install an Epic EHR", "X implemented an Epic system", "X rolled out a Dorvane records platform", "X went
live on Epic". The cue is the adopting verb (table rows of the ``system_maker`` frame); the vendor is the company
right after its determiner, and a system noun must follow the vendor ("a Dorvane tablet" is a product sold, "installed
Jane Roe as chief executive" a person). Only "live on" names the vendor bare. The customer is the clause's subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.system_maker_names import SYSTEM_NOUN

_DETERMINER = re.compile(r"[ ](?:an?|the|its|their)[ ](?:new[ ])?")
"""Between the adopting verb and the vendor: "installs a new Dorvane system"."""
_SYSTEM_AFTER = re.compile(r"(?:[ ][a-z\-]{2,20})?[ ]" + SYSTEM_NOUN + r"\b")
"""Right after the vendor: what it sells to run the buyer's work, maybe after one modifier ("records platform")."""
_VENDOR_REACH = 12


def system_maker_candidates(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    subject_of: Callable[[Article, Sentence, Cue], CompanyMention | None],
) -> list[Candidate]:
    """The customer start of a system adopted from the vendor named as its adjective; none for other objects."""
    folded = article.folded
    vendor = sentence.company_after(cue.end, within=_VENDOR_REACH)
    if vendor is None:
        return []
    if folded.endswith(" on", cue.start, cue.end):
        if vendor.start != cue.end + 1:
            return []
    elif not _DETERMINER.fullmatch(folded, cue.end, vendor.start) or not _SYSTEM_AFTER.match(folded, vendor.end):
        return []
    customer = subject_of(article, sentence, cue)
    if customer is None or customer.id == vendor.id or customer.end > cue.start:
        return []
    return [
        Candidate(
            type="customer_start",
            span=(sentence.start, sentence.end),
            subject=customer,
            object=vendor,
            modality=modality_at(article, sentence, cue.start, future=True),
            effective_date=event_date(sentence),
        )
    ]
