"""Where an order told as a noun stands: the noun, its goods, then the seller's preposition (read by customer_orders).

Kept apart from the reader so that the cue finder (:mod:`streams.extraction.cues`) imports no article machinery.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import gated_finditer

_GAP_WORD = r"[ ](?!(?:qui|que|dont|mais|afin|alors|tandis|which|that|but|while|after|to)\b)[^ ,;:()«»\"]{1,24}"
"""One word of the goods between the noun and the seller's preposition; never a clause's opening word."""
FR_COUNT = r"(?:\d[\d  ,.]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante"
FR_COUNT += r"|cinquante|soixante|cent|cents|mille)"
"""A French count of goods, in figures or words ("172", "cinq", "vingt")."""
_FR_ORDER: Final = re.compile(
    r"\b(?:(?:une|la|sa|son|leur|cette|l')[ ]?(?:(?:nouvelle|grosse|importante|première|seconde|deuxième)[ ])?"
    r"(?:méga-|mega-|super-)?commandes?(?:[ ](?:ferme|fermes|record|géante))?"
    r"|(?:l'|un[ ]|son[ ]|leur[ ])achat[ ]de[ ]" + FR_COUNT + r"\b"
    r"|command(?:é|ée|és|ées)(?=(?:[ ][^ ,;]{1,20}){0,4}?[ ]par[ ]))"
    r"(?:" + _GAP_WORD + r"){0,14}?[ ](?:à|auprès[ ]d(?:e|u|es)|auprès[ ]d'|chez)(?:(?<=')|(?![\w\-]))"
)
"""A French order noun (or an order participle before its agent), its goods, then the seller's preposition (« chez »
too: « a confirmé une commande de 60 trains chez Y »)."""
_EN_ORDER: Final = re.compile(
    r"\b(?:(?:an?|its|their|the|firm|new|further|additional|repeat|follow-on)[ ]){0,2}orders?"
    r"(?:" + _GAP_WORD + r"){0,6}?[ ]with(?![\w\-])"
)
"""An English order noun, then "with" and the seller ("placed orders with Airbus", "its order with Boeing")."""
PATTERNS: Final[dict[Language, tuple[re.Pattern[str], str]]] = {
    "fr": (_FR_ORDER, "command"),
    "en": (_EN_ORDER, "order"),
}
"""Each language's pattern and a stem every match holds (the pattern runs only where it stands)."""


def find_order_noun_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """(start, end) of every order noun whose seller's preposition closes the cue."""
    pattern, stem = PATTERNS[language]
    if stem not in folded and "achat" not in folded:
        return []
    return [(match.start(), match.end()) for match in gated_finditer(pattern, folded, folded)]
