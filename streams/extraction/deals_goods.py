"""A purchase participle that describes things bought, not a company.

"20 787-10s bought by United", "EUV machines bought from ASML": a bare participle ("bought", "purchased",
"acquired", with its "by / from") right after a plural common noun is a reduced relative clause on that noun: the
machines or planes were bought, and no company changed hands, whoever is named around it. A firm told by its kind
("the chipmakers bought by X"), its capital or its businesses ("shares bought by X", "the stores acquired from Y")
keeps its deal reading.
"""

from __future__ import annotations

import re

from streams.extraction.cues import Cue
from streams.extraction.org_context import KIND_NOUNS

_BARE_PARTICIPLE = re.compile(r"(?:bought|purchased|acquired)(?:[ ](?:by|from))?")
"""The cue itself: a participle with no auxiliary in it ("has bought" is a verb, not a reduced relative)."""
_PLURAL_BEFORE = re.compile(r"(?:^|[ ])((?:[a-z][a-z\-]{1,24}|[A-Za-z\-]{0,8}\d[A-Za-z0-9\-]{0,16})s)[ ]$")
"""The word right before the participle, a plural in lower case or a model's ("machines", "787-10s", "A350s")."""
_NOT_THINGS = frozenset(
    (
        "has", "was", "is", "as", "its", "this", "his", "always", "perhaps", "thus", "plus", "less", "unless",
        "whereas", "access", "business", "shares", "stakes", "stocks", "holdings", "interests", "assets", "bonds",
        "notes", "plants", "factories", "sites", "stores", "hotels", "units", "businesses", "divisions",
        "subsidiaries", "brands", "operations", "activities", "companies", "firms", "rights", "licences", "licenses",
        "titles", "newspapers", "magazines", "stations", "channels", "networks", "chains", "outlets", "restaurants",
    )
)  # fmt: skip
"""Plurals that are no goods: auxiliaries and adverbs, a company's capital, its sites and businesses."""


def describes_goods(text: str, folded: str, cue: Cue) -> bool:
    """Whether a purchase cue is a participle describing things named right before it ("machines bought from").

    The word is read in the text's own case: a capitalised plural ends a name ("Bramwell Foods bought"), not goods.
    """
    if _BARE_PARTICIPLE.fullmatch(folded, cue.start, cue.end) is None:
        return False
    before = _PLURAL_BEFORE.search(text, max(0, cue.start - 27), cue.start)
    if before is None:
        return False
    word = before.group(1).lower()
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return word not in _NOT_THINGS and not stems & KIND_NOUNS
