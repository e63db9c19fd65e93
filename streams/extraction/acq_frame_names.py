"""Buyers read by their role in an acquisition noun's frame, when no knowledge base knows them (session 21).

An acquisition told as a noun names its target after "of" and its buyer after "by": "the takeover of X by A and
B", "its planned acquisition by A", « le rachat de l'éditeur par A », « la reprise de X par le groupe A ». The target
is read by the anchors of :mod:`streams.extraction.org_context`; this reader offers the names of the agent list
after "by / par", at most a few words past the noun (a target told by its name or a short description, no clause
between). Time phrases ("by March", « par an ») and people are dropped by the recogniser's usual checks.
"""

from __future__ import annotations

import re

from streams.extraction.investor_names import names_listed_at

_BOUGHT_BY = re.compile(
    r"\b(?:acquisition|purchase|takeover|buyout|buy-out|rachat|reprise|absorption)"
    r"(?:[ ](?:of|de|d'|du|des)[ ]?(?:[^ ,;:()«»\"]{1,24}[ ]){1,5}?|[ ])"
    r"(?:by|par)[ ](?:la[ ]|le[ ]|l'|les[ ]|the[ ])?(?=[A-ZÀ-Ý])"
)
"""An acquisition noun, maybe its target, and "by / par" before a capitalised agent (matched on the text)."""


def buyer_frame_names(text: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each buyer an acquisition noun's agent phrase names."""
    names: list[tuple[int, str, bool]] = []
    for bought in _BOUGHT_BY.finditer(text):
        names.extend(names_listed_at(text, bought.end()))
    return names
