"""Names a partner noun makes organisations: "Korvia is a partner of Dorvane", "Korvia, Dorvane's partner in ...".

Whoever has partners or is one is a business, so the names standing on both sides of the relation noun "partner" /
« partenaire » / « allié » are offered as organisation candidates even when no knowledge base knows them. The
recogniser's own checks (people, places, nationalities, dates, openers, common words) still apply to each candidate;
the alliance itself is read by :mod:`streams.extraction.partner_nouns`.
"""

from __future__ import annotations

import re
from itertools import islice

from streams.extraction.begin_supplied_names import listed_at
from streams.extraction.pattern_windows import gated_finditer

HOLDER_LEAD = re.compile(
    r"(?:,[ ](?:(?:which|who|qui)[ ](?:is|are|was|were|est|sont|était|étaient)[ ])?"
    r"|[ ](?:is|was|are|were|remains|remained|has[ ]been|had[ ]been|have[ ]been|became|becomes|est|était|sont|étaient"
    r"|reste|restent|restait|demeure|devient|est[ ]devenue?|a[ ]été)[ ])"
    r"(?:(?:also|still|already|now|long|aussi|également|toujours|déjà|désormais)[ ])?"
    r"(?:(?:one|two|some|several|both|all)[ ]of[ ](?:the[ ]|its[ ]|their[ ])?"
    r"|(?:a|an|the|another|un|une|le|la|l'|l'un[ ]des|l'une[ ]des|l'un[ ]de[ ]ses|l'une[ ]de[ ]ses)[ ]?)?"
    r"(?:(?!(?:former|ex|previous|one-time|onetime|erstwhile|ancien|ancienne|son|sa|ses|its|his|her|their)[ ])"
    r"[a-zà-ÿ\-]{2,20}[ ]){0,3}$"
)
"""Between the holder and the noun (or the other side's possessive): an apposition's comma or a copula, a quantity or
an article, a few adjectives ("is a long-standing ", ", one of the ", « est un partenaire historique » reads the
adjective after the noun). A past partner ("a former partner") or a pronoun's ("its partner": :mod:`partners`
reads it) stops it."""
POSSESSOR_GAP = re.compile(r"['\u2019]s?[ ](?:(?!(?:former|ex|previous)[ ])[a-z\-]{2,20}[ ]){0,2}")
"""Between the other side and the noun, its possessive and a few adjectives: "Dorvane's longtime " partner."""


_WORD = r"[A-ZÀÂÇÉÈÊÎÔÛŒ0-9](?:[\w&\-]|\.(?=\w)){0,30}"
"""A capitalised word of a name (no apostrophe: a possessive closes the name)."""
_NAME = rf"{_WORD}(?:[ ](?:{_WORD}|&)){{0,3}}"
_NOUN = re.compile(r"\b(?:partners?|partenaires?|alliée?s?)\b")
"""The relation noun, in lower case (a name's "Partners", as in "Korvia Partners", is no relation)."""
_NOUN_LOOK_BACK = 120
_HOLDER_BEFORE = re.compile(rf"(?<![\w'\u2019])(?P<name>{_NAME})" + HOLDER_LEAD.pattern)
"""The holder of the noun, then the copula or apposition and the adjectives up to it (:data:`HOLDER_LEAD`)."""
_OWNER_BEFORE = re.compile(rf"(?<![\w'\u2019])(?P<name>{_NAME})" + POSSESSOR_GAP.pattern + "$")
"""The other side as a possessive before the noun: "Dorvane's longtime " partner."""
_OTHER_NAMED = re.compile(
    r"(?:[ ](?:historique|stratégique|industriel|privilégié))?[ ](?:of|de|du)[ ](?:(?:the|le|la)[ ])?"
    r"(?=[A-ZÀÂÇÉÈÊÎÔ])|(?:[ ](?:historique|stratégique|industriel|privilégié))?[ ](?:d|l)['\u2019](?=[A-ZÀÂÇÉÈÊÎÔ])"
)
"""After the noun, the other side's preposition and its capitalised name: "partner of Korvia", « allié d'Orvane »."""
_MAX_NOUNS = 60
"""Partner nouns read in one story: each costs a short look back, and an endless text holds endless nouns."""


def partner_role_names(text: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of the names a partner noun holds: its holder and the other side.

    The holder is offered only when the other side is named too (after "of" or as a possessive): "Jane Roe, a
    partner at Ardian" names no firm's partner, "Korvia, a partner of Dorvane" does.
    """
    names: list[tuple[int, str, bool]] = []
    for noun in islice(gated_finditer(_NOUN, text), _MAX_NOUNS):
        window = max(0, noun.start() - _NOUN_LOOK_BACK)
        owner = _OWNER_BEFORE.search(text, window, noun.start())
        other = _OTHER_NAMED.match(text, noun.end())
        if owner is None and other is None:
            continue
        if owner is not None:
            names.append((owner.start("name"), owner.group("name"), False))
        else:
            names.extend(listed_at(text, other.end()) if other is not None else [])
        holder = _HOLDER_BEFORE.search(text, window, owner.start() if owner is not None else noun.start())
        if holder is not None:
            names.append((holder.start("name"), holder.group("name"), False))
    return names
