"""A round told by its backers' support alone: « Pour sa deuxième levée, X a pu compter sur A, B et C ».

No raise verb tells the round, so the co-investor reader finds no round to put A, B and C in; the subject of the
support cue is the investee when the sentence names the round as its own ("sa levée", "son tour de table").
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_RECEIVED_SUPPORT = re.compile(
    r"(?:a[ ]pu|peut|pouvait)[ ]compter[ ]sur|(?:a[ ]reçu|reçoit)[ ](?:l'appui|le[ ]soutien)[ ]d"
)
"""A co-investor cue whose subject receives the backers' money: « X a pu compter sur A et B »."""
_OWN_ROUND_BEFORE = re.compile(
    r"\b(?:sa|son)[ ](?:(?:première|deuxième|seconde|troisième|dernière|nouvelle|récente)[ ])?"
    r"(?:levée|tour[ ]de[ ]table|financement|série[ ][a-f])\b"
)
"""Before the cue, the subject's own round: « Pour sa deuxième levée, X a pu compter sur »."""


def supported_investee(sentence: Sentence, cue: Cue, folded: str) -> CompanyMention | None:
    """The company whose own round a support cue tells, when no round was read: the subject before the cue.

    « Pour sa deuxième levée, de 25 millions de dollars, X a pu compter sur A, B et C »: X's round, backed by A, B
    and C. Without "sa levée / son tour de table" before it, relying on a company is no funding (« Airbus peut
    compter sur Safran »).
    """
    if not _RECEIVED_SUPPORT.match(folded, cue.start) or not _OWN_ROUND_BEFORE.search(
        folded, sentence.start, cue.start
    ):
        return None
    return sentence.company_before(cue.start)
