"""Money put into a company is an investment in it, not a purchase of it.

The ``paid`` frame reads "X paid $240m for Y" (a purchase) and "X put $150m into Y shares" (a stake); "Sequoia put
$15 million into Zappos", "investors will put $1 billion into BlackBerry" buy nothing from anyone: the money goes
into the company, which is what an investment is.
"""

from __future__ import annotations

import re

from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

Kind = tuple[str, float | None]
"""A deal's event type and stake size, as ``rules._deal_kind`` reads them."""

_INTO = re.compile(r"[ ](?:into|dans)[ ]")
_FOR = re.compile(r"[ ](?:for|pour)[ ]")


def money_into(folded: str, cue: Cue, target: CompanyMention) -> bool:
    """Whether a ``paid`` cue's money goes "into" the target ("put $15m into Y"), not "for" it."""
    if cue.detail != "paid" or target.start < cue.end:
        return False
    return _INTO.search(folded, cue.end, target.start) is not None and not _FOR.search(folded, cue.end, target.start)


def paid_into_kind(folded: str, cue: Cue, target: CompanyMention, kind: Kind | None) -> Kind | None:
    """``kind``, but an investment of untold size for a takeover of untold size whose money goes into the target."""
    if kind == ("acquisition", None) and money_into(folded, cue, target):
        return "investment", None
    return kind
