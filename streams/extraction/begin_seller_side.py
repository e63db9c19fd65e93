"""An order told from the seller's side: "Boeing landed an order for 63 jets from X", "Y has won orders worth $2bn".

A counted order ("order for", "orders", « une commande de ») is read with its buyer as the clause's subject ("X
placed an order for 20 A350s"). When a seller's verb governs the noun ("won / landed / received / secured / booked /
bagged an order", « a décroché / remporté / reçu une commande »), the subject sells: the buyer is the company after
"from / de la part de", which the rows of the win read. The counted reading would make the seller a buyer of its own
customer, so it is refused.
"""

from __future__ import annotations

import re

_SELLER_VERB_BEFORE = re.compile(
    r"\b(?:won|wins|winning|landed|lands|landing|received|receives|receiving|secured|secures|securing|booked|books"
    r"|booking|bagged|bags|got|gets|clinched|clinches|scored|scores|nabbed|snagged|obtained|obtains|took[ ]in"
    r"|win|land|receive|secure|book|bag|get|clinch|score|obtain|take[ ]in"
    r"|décroché|décroche|remporté|remporte|reçu|reçoit|obtenu|obtient|engrangé|engrange|enregistré|enregistre"
    r"|décrocher|remporter|recevoir|obtenir|engranger|enregistrer)[ ]"
    r"(?:(?:an?|the|its|new|firm|further|more|additional|fresh|une?|des|de|d'|la|le|nouvelles?|nouveaux?)[ ]?"
    r"|[$€£]?\d[\d.,]*[ ]?(?:m|bn|million|billion|millions?|milliards?)?[ ]|(?:[a-z\-]{2,15}|us[$])[ ]){0,5}$"
)
"""Right before a counted order noun, with no comma between: a seller's verb, also in the infinitive ("was able to
secure commitments and orders for", « espère décrocher des commandes »), and the noun's determiner, amount or
description ("landed an $8.8 billion ", "has won ", « a décroché une »)."""
_REACH = 60


def told_by_seller(folded: str, clause_start: int, cue_start: int) -> bool:
    """Whether a seller's verb governs the order noun that starts at ``cue_start`` (see :data:`_SELLER_VERB_BEFORE`)."""
    return _SELLER_VERB_BEFORE.search(folded, max(clause_start, cue_start - _REACH), cue_start) is not None
