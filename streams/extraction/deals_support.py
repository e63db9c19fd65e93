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


_OPENS_CAPITAL = re.compile(
    r"(?:a[ ]|avait[ ]|va[ ])?(?:ouvert|ouvre|ouvrir|ouvrira|accueilli|accueille|fait[ ]entrer)[ ]"
    r"(?:(?:aussi|également|désormais|notamment)[ ])?(?:son[ ]capital[ ](?:à|au|aux)|à[ ]son[ ]capital)\b"
)
"""Round 19: a co-investor cue whose subject takes the backers into its own capital: « X ouvre son capital à A et
B », « X accueille à son capital A », « X a fait entrer à son capital A » (the company named is the investee)."""


def supported_investee(sentence: Sentence, cue: Cue, folded: str) -> CompanyMention | None:
    """The company whose own round a support cue tells, when no round was read: the subject before the cue.

    « Pour sa deuxième levée, de 25 millions de dollars, X a pu compter sur A, B et C »: X's round, backed by A, B
    and C. Without "sa levée / son tour de table" before it, relying on a company is no funding (« Airbus peut
    compter sur Safran »). A company that opens its own capital to A and B needs no round told: "son capital" is
    its own (« X a ouvert son capital à A en 2014 »).
    """
    opens = _OPENS_CAPITAL.match(folded, cue.start) is not None
    if not opens and (
        not _RECEIVED_SUPPORT.match(folded, cue.start)
        or not _OWN_ROUND_BEFORE.search(folded, sentence.start, cue.start)
    ):
        return None
    return sentence.company_before(cue.start)
