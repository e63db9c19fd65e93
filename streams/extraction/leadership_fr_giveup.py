"""French verbs of giving a post up: "renonce à son poste de PDG", "abandonne la direction de X", "n'est plus PDG".

The verb alone gives nothing up ("renonce à l'offre de rachat", "abandonne le projet"): the post must stand right
after it, as a title ("la présidence du conseil", "PDG") or a word for a post ("son poste", "ses fonctions").
"La direction de X" is running X: the chief executive's post, though "direction" alone is no title.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue

_GIVES_UP = re.compile(r"\b(?:renon(?:c|ç)\w*[ ](?:à|au|aux)|abandonn\w*|n'est plus)$")
"""A departure cue that says nothing of a post on its own: the post must follow."""

_POST_DETERMINER = re.compile(r"[ ](?:(?:la|le|l'|son|sa|ses)[ ]?)?")
"""Between the verb and the post: an article or a possessive ("à son poste", "la présidence", "n'est plus PDG")."""

_POST_WORD = re.compile(r"(?:poste|fonctions|mandat)\b")
"""Words for a post that name no title: the title, if any, follows ("son poste de CEO de X")."""

_RUNNING = re.compile(r"direction[ ](?:de[ ]|du[ ]|d'|et[ ])")
""""la direction de X" (and "la direction et la présidence de X"): running the company, a chief executive's post."""


def post_given_up(article: Article, sentence: Sentence, cue: Cue, tracked: frozenset[str]) -> tuple[bool, str | None]:
    """Whether a departure cue names the post it leaves, when it must, and the role its words imply.

    (True, None) for any other departure cue, or when a title or a post word follows a verb of giving up at once
    (the title is read after it as for any departure); (True, "CEO") for "la direction de X"; (False, None) when no
    post follows the verb: no departure.
    """
    folded = article.folded
    if article.language != "fr" or _GIVES_UP.search(folded, cue.start, cue.end) is None:
        return True, None
    gap = _POST_DETERMINER.match(folded, cue.end)
    at = gap.end() if gap is not None else cue.end
    if any(c.family == "role" and c.detail in tracked and c.start == at for c in sentence.cues):
        return True, None
    if _POST_WORD.match(folded, at):
        return True, None
    if _RUNNING.match(folded, at):
        return True, "CEO"
    return False, None
