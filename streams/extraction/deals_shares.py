"""A company's shares held or bought by the number or by name: a stake of untold size, never a takeover.

A verb of having needs a size to tell a stake ("owns Instagram" is a parent's, « détient Y » alone says nothing of
the part), but a count of the company's shares is one: "Berkshire owned 10.5 million shares of Union Pacific",
"holds 2 million Acme shares", « détient 3 millions d'actions Acme ». An uncounted "owns shares of Y" stays unread
(a reporter's or a fund's passing remark). A purchase verb right before "<name> shares" ("intends to buy Toyota
shares worth 48 billion yen") buys part of the company, not the company.
"""

from __future__ import annotations

import re

from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_COUNT = (
    r"[ ](?:(?:about|almost|nearly|around|some|roughly|over|more than|environ|près de|plus de)[ ])?"
    r"\d[\d.,]*(?:[ ](?:million|millions|billion|billions|milliards?|mn|bn|lakh|crore))?[ ]"
)
_COUNT_OF = re.compile(
    _COUNT + r"(?:(?:shares|stock)[ ](?:of|in)|(?:d'|de[ ])(?:actions|titres)(?:[ ](?:de|du)|[ ]d')?)[ ]?"
)
"""Between a verb of having and the company: a count of its shares ("10.5 million shares of ", "2 millions
d'actions ")."""
_COUNT_BEFORE_NAME = re.compile(_COUNT)
_SHARES_AFTER_NAME = re.compile(r"(?:'s)?[ ](?:shares|stock)\b")
"""After the company: its shares ("Acme shares", "Acme's stock")."""
_BOUGHT_GAP = re.compile(r"[ ](?:(?:more|additional|further|new)[ ])?")
"""Between a purchase verb and "<name> shares": nothing but a word of more."""


def counted_holding(folded: str, cue: Cue, target: CompanyMention) -> bool:
    """Whether a verb of having holds a count of the target's shares: a stake, whatever its size."""
    if cue.family != "stake" or target.start < cue.end:
        return False
    if _COUNT_OF.fullmatch(folded, cue.end, target.start) is not None:
        return True
    return (
        _COUNT_BEFORE_NAME.fullmatch(folded, cue.end, target.start) is not None
        and _SHARES_AFTER_NAME.match(folded, target.end) is not None
    )


def named_shares_bought(folded: str, cue: Cue, target: CompanyMention) -> bool:
    """Whether a purchase verb buys "<target> shares" right after it: part of the company, not the company."""
    return (
        cue.family == "acquisition"
        and cue.detail == "active"
        and target.start >= cue.end
        and _BOUGHT_GAP.fullmatch(folded, cue.end, target.start) is not None
        and _SHARES_AFTER_NAME.match(folded, target.end) is not None
    )


_MORE_COUNTED = re.compile(r"[ ](?:and|et|ainsi que)" + _COUNT_OF.pattern)
"""Between two holdings of one verb: "10.5 million shares of A and almost 6.4 million shares of B"."""


def next_counted_member(folded: str, end: int) -> int | None:
    """Where the next company of a list of counted holdings starts ("... of A and 6.4 million shares of B"), if any."""
    more = _MORE_COUNTED.match(folded, end)
    return more.end() if more is not None else None
