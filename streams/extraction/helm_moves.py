"""A leader leaving one company to run another: "Jane Roe is leaving Orvane to become chief executive of Veltria".

An infinitive of purpose after a departure verb ("is leaving X to become / to run / to take over as", « quitte X pour
prendre la direction de Y ») has the leaver for its subject, however far the subject stands (an apposition in
between: "Jane Roe, the finance chief of Orvane, is leaving to become ..."). Only the departure verb ties the two:
after another verb the infinitive may have an object for its subject ("Orvane hired Jane Roe to run sales").
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Named, Sentence
from streams.extraction.cues import Cue

_GAP_WORDS = 6
"""Words allowed between the departure verb and the infinitive: the company left ("the fast-casual chain")."""

_SUBJECT_GAP = re.compile(r"(?:,[^,;()]{1,80},)?[ ](?:[a-z]+[ ]){0,3}")
"""Between the leaver and the departure verb: an apposition, then auxiliaries and adverbs ("Jane Roe, the finance
chief of X, will"); a clause or another name in between makes someone else the subject."""


def leaver_subject(article: Article, sentence: Sentence, before: list[Named], cue: Cue) -> Named | None:
    """The subject of the departure verb that governs the infinitive ``cue``, if one does, else None.

    ``before`` lists the people named before the cue, in order. The departure verb must stand in the cue's clause
    with at most a few words (the company left) after it, and its subject right before it, past an apposition.
    """
    clause_start = sentence.clauses.span_of(cue.start)[0]
    exit_verb = next(
        (
            c
            for c in reversed(sentence.cues)
            if c.family == "leadership_out"
            and clause_start <= c.start
            and c.end <= cue.start
            and len(article.folded[c.end : cue.start].split()) <= _GAP_WORDS
        ),
        None,
    )
    if exit_verb is None:
        return None
    return next(
        (
            p
            for p in reversed(before)
            if p.end <= exit_verb.start and _SUBJECT_GAP.fullmatch(article.folded, p.end, exit_verb.start)
        ),
        None,
    )
