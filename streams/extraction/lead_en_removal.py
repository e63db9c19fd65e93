"""English infinitives of a board's decision to remove a leader: "voted to remove Jane Roe as chairman".

"to oust", "to fire", "to dismiss", "to sack" and "to remove" are departures only when the leaver follows at once: a
name, a pronoun, or a title with its article ("to fire its chief executive"). The same verbs govern anything else in
business news ("would work to remove bottlenecks", "vowed to oust rivals from the market", "to fire up production"):
no leaver right after, no departure, whoever stands earlier in the sentence.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue

_BOARD_INFINITIVE = re.compile(r"\bto[ ](?:oust|fire|dismiss|sack|remove)$")
"""A departure cue of a decision told by an infinitive: its object must be the leaver."""

_BEFORE_LEAVER = re.compile(
    r"[ ](?:(?:its|the|his|her|their)[ ])?(?:(?:current|former|interim|embattled|longtime|founding)[ ])?"
)
"""Between the verb and its object: an article or a possessive, an adjective of tenure ("its current chairman")."""

_PRONOUN = re.compile(r"(?:him|her|them)\b")


def leaver_follows_en(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether an English departure cue has the leaver it needs right after it.

    True for any other cue; for a board's infinitive, True only when a capitalised name, a pronoun or a role cue
    follows (after an article or an adjective of tenure).
    """
    if article.language != "en" or _BOARD_INFINITIVE.search(article.folded, cue.start, cue.end) is None:
        return True
    gap = _BEFORE_LEAVER.match(article.folded, cue.end)
    at = gap.end() if gap is not None else cue.end
    if any(c.family == "role" and c.start == at for c in sentence.cues):
        return True
    if _PRONOUN.match(article.folded, at) is not None:
        return True
    return at < len(article.text) and article.text[at].isupper()
