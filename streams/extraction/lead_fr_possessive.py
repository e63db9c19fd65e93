"""French appointments told as a noun owned by the newcomer: "sa nomination à la tête d'Eurocopter".

After a full name, French press goes on with the possessive: « Jane Roe va quitter le groupe, tandis que sa
nomination à la tête de X était annoncée », « à la veille de sa prise de fonctions comme directeur général ». The
noun is a naming cue; its person is the one "sa / son" stands for, read by the naming's usual subject search.

The same nouns also date a tenure or a later event: « depuis sa nomination », « cinq mois après sa nomination »,
« lors de son arrivée à la tête de X en 2015 ». Such a noun after a preposition of time recalls the change, and a
noun with no post right after it (« sa nomination a surpris ») names no title: neither is read.

Session 26: the noun with its newcomer after it is recalled the same way (« depuis l'arrivée de X à la tête de Y »,
"since the appointment of X as CEO"): a tenure that dates the rest of the sentence, not a change of this story.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Named, Sentence
from streams.extraction.cues import Cue
from streams.extraction.leadership_people import earlier_person

_OWNED_NOUN = re.compile(r"(?:sa|son)[ ](?:nomination|désignation|arrivée|prise[ ]de[ ]fonctions?)$")
"""The naming nouns a possessive owns (the table's rows "sa nomination", "son arrivée", ...)."""

_POST_AFTER = re.compile(
    r"[ ](?:à[ ]la[ ]tête|au[ ]poste[ ]d|comme[ ]|en[ ]tant[ ]qu|à[ ]la[ ]présidence|à[ ]la[ ]direction[ ]générale"
    r"|au[ ]rang[ ]d)"
)
"""A post right after the noun: « à la tête de », « au poste de », « comme », « à la présidence »."""

_TIME_BEFORE = re.compile(
    r"(?:\b(?:depuis|après|avant|dès|lors[ ]de|jusqu'à|pendant|au[ ]moment[ ]de|malgré)|(?<![\w'])à)[ ]$"
)
"""A preposition that makes the noun a date or a circumstance: « depuis sa nomination », « lors de son arrivée »,
« à son arrivée »; « l'annonce de sa nomination » is the news."""


_NOMINAL = re.compile(
    r"(?:l'|la[ ]|the[ ])?(?:arrivée|nomination|désignation|arrival|appointment)[ ](?:de|d'|of)[ ]?",
)
"""A naming noun with its newcomer after it (the table's rows "l'arrivée de", "la nomination de", ...)."""

_RECALL_BEFORE = re.compile(r"\b(?:depuis|lors[ ]de|avant|dès|jusqu'à|since|ever[ ]since|before|until)[ ]$")
"""A preposition that dates a tenure by its start (« depuis l'arrivée de X »); "après / after" may tell the news."""


def recalled_naming(folded: str, cue: Cue) -> bool:
    """Whether a nominal naming cue is governed by a preposition of time that recalls it.

    « Depuis l'arrivée de Jane Roe à la tête d'Air France, ... » dates a tenure; "Shares rose after the appointment
    of Jane Roe" may be the news itself and stays read.
    """
    if _NOMINAL.fullmatch(folded, cue.start, cue.end) is None:
        return False
    return _RECALL_BEFORE.search(folded, max(0, cue.start - 16), cue.start) is not None


def unowned_post(folded: str, cue: Cue) -> bool:
    """Whether a possessive naming noun at ``cue`` tells no change of its owner (so it is not read).

    False for every other cue. True when no post follows the noun, or a preposition of time or circumstance
    governs it (« depuis sa nomination à la tête de X »); « à la veille de sa prise de fonctions » is read.
    """
    if _OWNED_NOUN.fullmatch(folded, cue.start, cue.end) is None:
        return False
    if _POST_AFTER.match(folded, cue.end) is None:
        return True
    return _TIME_BEFORE.search(folded, max(0, cue.start - 24), cue.start) is not None


def noun_owner(article: Article, sentence: Sentence, cue: Cue) -> Named | None:
    """The person "sa / son" of a naming noun stands for: the last one named before it (maybe in another clause).

    « Jane Roe va quitter le groupe, tandis que sa nomination à la tête de X était annoncée »: Jane Roe.
    """
    if _OWNED_NOUN.fullmatch(article.folded, cue.start, cue.end) is None:
        return None
    return earlier_person(article, sentence, cue.start)
