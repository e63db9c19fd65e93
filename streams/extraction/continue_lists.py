"""The other members of a list whose first member a customer phrase names: one standing relation per member.

"ILFC, the largest customer of both Boeing and Airbus" names two suppliers after "of"; the phrase readers take the
first company after the preposition, and this module gives the companies listed with it ("A, B and C", "both A and
B"), so that each gets the relation the first one got.
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.mentions import CompanyMention

_LIST_GAP = re.compile(r"(?:,[ ]|,?[ ](?:and|et)[ ])")
"""Between two members of a list of companies."""
_CLOSING_GAP = re.compile(r",[ ](?:and|et)[ ]")
"""A comma before "and" right after the first member closes an apposition ("a customer of Boeing, and Airbus said"); the
serial comma only follows a second member ("Boeing, Airbus, and Embraer")."""


def listed_after(folded: str, sentence: Sentence, first: CompanyMention) -> list[CompanyMention]:
    """The companies that follow ``first`` in its list ("Boeing and Airbus": Airbus), in order."""
    members: list[CompanyMention] = []
    last = first
    for company in (c for c in sentence.companies if c.start >= first.end):
        if _LIST_GAP.fullmatch(folded, last.end, company.start) is None:
            break
        if not members and _CLOSING_GAP.fullmatch(folded, last.end, company.start):
            break
        members.append(company)
        last = company
    return members
