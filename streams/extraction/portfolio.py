"""A company's portfolio described, not a deal told: "Exor holds stakes in Ferrari, Stellantis and Juventus".

A plural holding noun ("stakes in", « des participations dans ») after a verb of having ("holds", "has", "with",
« détient », « avec ») and followed by a list of companies describes what an investor already owns, the way a
profile does; the story reports no stake taken. A verb of taking between them ("took stakes in A and B",
« a pris des participations dans ») is news and is left alone, and so is one named holding ("détient une
participation dans X").
"""

from __future__ import annotations

import re

_PLURAL_HOLDING = re.compile(r"\b(?:stakes|holdings|interests|investments|participations|parts) (?:in|dans)\b")
"""A noun naming several holdings, before the first of them."""

_HAVING = re.compile(
    r"\b(?:holds?|holding|has|have|having|owns?|owning|with|détient|détiennent|détenant|possède|possèdent|"
    r"possédant|avec)\b"
)
"""A verb of having: what follows is owned already."""

_TAKING = re.compile(
    r"\b(?:took|takes?|taken|taking|bought|buys?|buying|acquired?|acquires|acquiring|pris|prend|prennent|prendre|"
    r"acquis|acquiert|rachète|racheté|achète|acheté)\b"
)
"""A verb of taking: the holdings are news."""

_NEXT_ITEM = re.compile(r"(?:\s*,\s*(?:and |et )?|\s+(?:and|et|or|ou)\s+)(?:in |dans )?(?:the |la |le |les |l')?")
"""What joins two holdings of a list."""

_EXAMPLES = re.compile(r"\b(?:or|ou|such as|like|including|comme|notamment|tels? que|telles? que)\b")
"""Holdings given as examples of more."""
_PROFILE_LENGTH = 3
"""A list of this many holdings or more is a profile; two named plainly may be the news."""


def _listed(folded: str, first_end: int, starts: dict[int, int], clause_end: int) -> int:
    """How many holdings the list starting with the one ending at ``first_end`` names (``starts``: start -> end)."""
    count, end = 1, first_end
    while (joint := _NEXT_ITEM.match(folded, end, clause_end)) is not None and joint.end() in starts:
        count, end = count + 1, starts[joint.end()]
    return count


def describes_portfolio(folded: str, clause: tuple[int, int], first: tuple[int, int], starts: dict[int, int]) -> bool:
    """True when the holding at ``first`` heads a list of holdings its owner already has: a profile.

    The plural noun must come last before the holding, after a verb of having and with no verb of taking between;
    the list names three holdings or more, or gives them as examples ("Facebook, Dropbox ou Spotify"). Two holdings
    named plainly ("holds stakes in GE and in Carlyle") stay facts.
    """
    clause_start, clause_end = clause
    nouns = [m.start() for m in _PLURAL_HOLDING.finditer(folded, clause_start, first[0])]
    if not nouns or _NEXT_ITEM.match(folded, first[1], clause_end) is None:
        return False
    having = [m.end() for m in _HAVING.finditer(folded, clause_start, nouns[-1])]
    if not having or _TAKING.search(folded, having[-1], first[0]) is not None:
        return False
    examples = _EXAMPLES.search(folded, nouns[-1], min(first[1] + 40, clause_end)) is not None
    return examples or _listed(folded, first[1], starts, clause_end) >= _PROFILE_LENGTH
