"""Holdings and holders read too far from their words: an owner prefix's company, a holder inside a fronted phrase.

"Alphabet-owned Waymo" names Waymo's owner: the prefix is glued to the one name right after it, or to a short
description of it ("Tencent-backed food startup Swiggy"). Past a comma or a coordination the prefix's noun was
something else ("CBS-owned stations, Showtime and CBS Sports Network": the stations are CBS's; what the list names
next is only covered by the same agreement), so nobody is owned.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

OWNED_REACH = 15
"""At most this many chars from an owner prefix to the name it describes."""
_GLUED_GAP = re.compile(r"[ ](?:(?!(?:and|or|et|ou)[ ])[a-zà-ÿ\-]{1,15}[ ]){0,2}")
"""Between an owner prefix and its company: nothing, or one or two description words ("food startup")."""


def glued_owned(article: Article, sentence: Sentence, cue: Cue, owner: CompanyMention | None) -> CompanyMention | None:
    """The company an owner prefix ("-owned", "-backed") describes: the first after it, past description words only.

    "CBS-owned stations, Showtime and ...", "Alphabet-owned apps and Waymo": the prefix's noun is a common one,
    so nobody named is owned.
    """
    owned = sentence.company_after(cue.end, exclude=owner.id if owner else None, within=OWNED_REACH)
    if owned is None or _GLUED_GAP.fullmatch(article.folded, cue.end, owned.start) is None:
        return None
    return owned
