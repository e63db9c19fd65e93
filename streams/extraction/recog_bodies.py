"""The European Union's own bodies as parties: a buyer of vaccines, a funder, a party to a contract.

"The European Union agreed a contract extension with Pfizer", "AstraZeneca avait signé avec la Commission
européenne une précommande": the Union and its executive buy and fund as a state does (:mod:`parties` names
states and ministries). They are named by their full titles only; "EU" alone mostly qualifies a noun ("EU
regulators", "EU member states") and is left alone. Whether a sentence makes one a party (a buyer) or a regulator
("the Commission cleared the merger") is the frames' to read: no deal verb of clearance makes a party.
"""

from __future__ import annotations

import re

from streams.extraction.knowledge_base import slugify

_UNION_BODIES_EN = re.compile(r"European[ ](?:Union|Commission|Investment[ ]Bank)(?![\w\-])")
_UNION_BODIES_FR = re.compile(
    r"(?<![\w\-])(?:(?:Union|Commission)[ ]européenne|Banque[ ]européenne[ ]d['\u2019]investissement)(?![\w\-])"
)
"""The Union, its executive and its bank, in English and in French."""


def union_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, id, name)`` of the European Union's bodies named in ``text``, as public bodies are.

    A quick test for the words first: most stories name none (and "Europe" alone is common).
    """
    bodies: list[tuple[int, int, str, str]] = []
    for pattern, word in ((_UNION_BODIES_EN, "European"), (_UNION_BODIES_FR, "européenne")):
        if word in text:
            bodies += [
                (found.start(), found.end(), "pb-" + slugify(found.group(0)), found.group(0))
                for found in pattern.finditer(text)
            ]
    return bodies
