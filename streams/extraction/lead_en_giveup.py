"""English verbs of giving a post up: "is giving up his post", "gave up the chief executive job at X".

The verb alone gives nothing up ("gave up on the bid", "give up market share"): the post must stand right after it,
as a tracked title ("the CEO role", "the chief executive job") or a word for a post ("his post", "the job"). A seat
on the board is no post here: a director's seat, not a leader's exit. The French counterpart is
``leadership_fr_giveup.py``.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue

_GIVES_UP = re.compile(r"\b(?:give|gives|gave|giving|given)[ ]up$")
"""A departure cue that says nothing of a post on its own: the post must follow."""

_POST_DETERMINER = re.compile(r"[ ](?:(?:the|his|her|their)[ ](?:top[ ]|current[ ])?)?")
"""Between the verb and the post: an article or a possessive ("his post", "the top job", "her CEO role")."""

_POST_WORD = re.compile(r"(?:post|job|role|position|title)\b")
"""Words for a post that name no title: the title, if any, follows ("his post as CEO")."""


def post_given_up_en(article: Article, sentence: Sentence, cue: Cue, tracked: frozenset[str]) -> bool:
    """Whether an English departure cue names the post it leaves, when it must.

    True for any other departure cue, and for a verb of giving up with a tracked title or a post word right after
    it; False when nothing of the kind follows ("gave up on the merger"): no departure.
    """
    folded = article.folded
    if article.language != "en" or _GIVES_UP.search(folded, cue.start, cue.end) is None:
        return True
    gap = _POST_DETERMINER.match(folded, cue.end)
    at = gap.end() if gap is not None else cue.end
    if any(c.family == "role" and c.detail in tracked and c.start == at for c in sentence.cues):
        return True
    return _POST_WORD.match(folded, at) is not None
