"""A customer named as an example of the kind of buyer a supplier's work goes to.

"has supplied traffic systems to several Japanese railways, including JR West and JR East", "sells cathode material to
battery makers such as Panasonic", « fournit des phares à plusieurs constructeurs, dont Renault et Stellantis »: the
supply verb's customer is not named right after "to / à" but after a plural noun of its kind and a word that opens
examples. The first example is the customer; the list reader gives the others the same relation.
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.mentions import CompanyMention

_KIND_THEN_EXAMPLES = re.compile(
    r"[ ](?:(?:the|des|de|d'|les|ses|its|their|leurs|other|many|some|several|numerous|various|plusieurs|nombreux"
    r"|divers|d'autres|\d+|two|three|four|five|six|ten|deux|trois|quatre|cinq|six|dix)[ ]?)?"
    r"(?:(?!(?:from|of|to|with|for|by|and|or|de|du|des|à|avec|pour|par|et|ou)[ ])[a-zà-ÿ\-]{2,20}[ ]){0,3}?"
    r"[a-zà-ÿ\-]{3,20}(?:s|x),?[ ](?:including|such[ ]as|like|among[ ]them|notably|dont|comme|tels[ ]que"
    r"|telles[ ]que|notamment|parmi[ ]lesquels|parmi[ ]lesquelles)[ ](?:the[ ]|le[ ]|la[ ]|l')?"
)
"""After "to / à": a plural noun of buyers, with its determiner and adjectives, then a word opening examples ("several
Japanese railways, including ", « des constructeurs comme »)."""
_REACH = 80


def first_example(folded: str, sentence: Sentence, pos: int, exclude: str | None) -> CompanyMention | None:
    """The first company named as an example of the buyers described right after ``pos``, if the phrase is built so."""
    for company in sentence.companies:
        if company.start > pos + _REACH:
            return None
        if company.start > pos and company.id != exclude and _KIND_THEN_EXAMPLES.fullmatch(folded, pos, company.start):
            return company
    return None
