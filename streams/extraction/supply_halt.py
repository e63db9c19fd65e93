"""A supplier's halt of deliveries told as the lever of a quarrel: the customer is at risk, not lost.

"Dorvane has stopped supplying Korvia after months of failed price negotiations", "Dorvane stopped shipping to Korvia
amid a pricing dispute": a maker holding back its goods to win a price round has not ended the relation, and reporters
tell the truce as often as the break. The rows of ``customer_end`` read "stopped supplying X" as an end, which it is
when nothing else is said ("stopped supplying X in 2019"); a halt already made (not one to come: "will stop supplying
X because of a dispute" is the supplier's decision) whose sentence names a quarrel, a negotiation or prices is read
as a risk instead.
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.cues import Cue

_HALT_MADE = re.compile(
    r"(?:(?:has|have|had)[ ])?(?:stopped|stops|halted|halts|suspended|suspends|cut[ ]off|cuts[ ]off)[ ]"
    r"(?:supplying|shipping|delivering|deliveries|shipments|supplies|supply)(?:[ ](?:to|of))?"
    r"|(?:(?:a|ont|avait)[ ])?(?:cessé|suspendu|interrompu|arrêté)[ ](?:de[ ]livrer|ses[ ]livraisons(?:[ ]à|[ ]au)?)"
    r"|ne[ ](?:livre|fournit)[ ]plus"
)
"""A halt of supply already made, in English or French (the cue's own words)."""
_QUARREL = re.compile(
    r"\b(?:negotiations?|talks|disputes?|row|rows|quarrel|feud|stand-?off|spat|clash|disagreement|prices?|pricing"
    r"|négociations?|différend|conflit|désaccord|bras[ ]de[ ]fer|litige|prix|tarifs?|tarifaires?)\b"
)
"""A word of the quarrel the halt belongs to: a price round, a dispute, a stand-off."""


def halt_in_quarrel(folded: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue`` is a supplier's halt already made in a sentence that names a quarrel or a price round."""
    if cue.detail != "passive" or _HALT_MADE.fullmatch(folded, cue.start, cue.end) is None:
        return False
    return _QUARREL.search(folded, sentence.start, sentence.end) is not None
