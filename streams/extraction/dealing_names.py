"""Names right after the preposition of a dealing: "a pricing row with Mars", "an order from Kestrel Lease Finance".

A capitalised name after "with", "from", "avec", "auprès de" or "par" ("racheté par Keysight", "offert par Keysight")
stands where a counterparty stands far more often than anything else; the caller's cleaning then drops people,
places, dates and nationalities ("with John Smith", "from China", "avec Paris").
"""

from __future__ import annotations

import re

_DEALING = re.compile(
    r"(?<![\w\-])(?:with|from|avec|auprès[ ]de|par)"
    r"[ ](?:the[ ]|la[ ]|le[ ]|les[ ]|l['\u2019])?(?=[A-Z])"
)
"""A preposition of a dealing, its article included, right before a capital."""

_NEXT = re.compile(r"(?:['\u2019]s?)?(?:[ ][a-zàâçéèêîôû]|[,.;:)\u00bb\"]|$)")
"""After the name: a lower-case word, a possessive or punctuation, so the name is whole ("with Mars, but")."""
_PART_NEXT = re.compile(
    r"[ ](?:(?:division|unit|business|arm|segment|brand|range|class|family|model)s?(?![\w\-])"
    r"|(?:de|du|des|of)[ ]|d['\u2019])"
)
"""After the name, the part of a firm or a product line it names ("from the Convenience division"), or the rest of a
longer name read cut short ("avec la Caisse de dépôt", "les Chantiers de l'Atlantique")."""
_NOT_FIRM_END = re.compile(
    r"(?:[ ](?:City|Park|Valley|County|Bay|Beach|Island|Islands|Class|Series)|[ ][A-Z]+\d+[a-z]*|-[a-z][\w\-]*)$"
)
"""A place's last word ("from Kansas City", "Menlo Park"), a product line's or model's ("the Sovereign Class",
"Power Mac G4") or a compound adjective ("FedRAMP-certified")."""


def dealing_candidates(text: str, org_at: re.Pattern[str]) -> list[tuple[int, str, bool]]:
    """``(start, name, False)`` of each capitalised name ``org_at`` reads right after a dealing preposition."""
    found: list[tuple[int, str, bool]] = []
    for prep in _DEALING.finditer(text):
        name = org_at.match(text, prep.end())
        if (
            name is not None
            and (" " in name.group(0) or not prep.group(0).endswith("the "))  # "with the Commission": a kind noun
            and _NEXT.match(text, name.end()) is not None
            and _PART_NEXT.match(text, name.end()) is None
            and _NOT_FIRM_END.search(name.group(0)) is None
        ):
            found.append((name.start(), name.group(0), False))
    return found
