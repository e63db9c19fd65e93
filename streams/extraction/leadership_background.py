"""Leadership changes a story recalls rather than reports: dated months before it, or told as "a year after".

Real appointment stories recall earlier moves to explain the news: "since his arrival at the head
of the group last March, in place of X", "a new chief executive, X, arrived in early December",
"less than a year after his brother took the chair of Y". Read as news, each would raise a
leadership alert for a change that happened long before. The news itself is told without a past
date, or with a date still to come ("will take over in April"), so a past month two or more
months before publication, in the clause of a change told in a past tense, marks a recollection;
so does a clause hanging on "<duration> after" ("moins d'un an après que").
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8, "september": 9,
    "october": 10, "november": 11, "december": 12, "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}  # fmt: skip
"""Month names ("may" / "mai" left out: a modal in English, and rarely alone in French)."""

_MONTH_ALONE = re.compile(
    r"\b(?P<last>last[ ])?(?:in|en|début|fin|mi-|early|late|mid-|at the (?:start|end) of)?[ ]?"
    r"(?P<month>" + "|".join(_MONTHS) + r")\b(?![ ]\d)(?P<dernier>[ ]dernier)?"
)
"""A month named without a year ("en mars dernier", "in early December", "last March"): this year's or last."""

_PAST_TENSE = re.compile(
    r"\b(?:was|were|had|has been|took|became|joined|arrived|est arrivée?|a pris|avait|avaient|a été|était"
    r"|ont été|s'est)\b"
)
"""A past tense in the clause: the dated change is over, not announced."""

_PLUPERFECT = re.compile(r"\b(?:had|avait|avaient)[ ](?:been[ ]|été[ ])?[a-zéèêàâîôûç]+(?:ed|é|ée|i|is|u|it)\b")
"""A pluperfect ("had named", "avait retenu"): a change decided before the story's news."""

_TO_COME = re.compile(
    r"\b(?:will|would|is to|shall|effective|from|starting|as of|à compter|à partir|sera|prendra|deviendra"
    r"|succédera|succèdera|remplacera|assurera|dirigera)\b"
)
"""Words of a change still to come: a month there is its start."""

_LONG_AFTER = re.compile(
    r"\b(?:(?:an?|one|two|three|several|a few|\d+)[ ](?:years?|months?)|moins d'un an|plus d'un an"
    r"|(?:un|deux|trois|quelques|\d+)[ ](?:ans?|mois))[ ](?:after|après qu'|après que|après)\b"
)
"""A clause dated by a lapse after another change: "a year after", "moins d'un an après qu'"."""

_LONG_AFTER_REACH = 80
"""How far before the cue the lapse may stand (the subject and an apposition come between)."""

_RECENT_MONTHS = 2
"""A change this many months or more before publication ("last March", "avait retenu fin mars") is a
recollection, not the news; one more month when only the tense says it is over ("left in March")."""


def recalled_change(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the change at ``cue`` is an earlier one the story recalls: no event, so no alert."""
    folded = article.folded
    start, end = sentence.clauses.span_of(cue.start)
    if _LONG_AFTER.search(folded, max(start, cue.start - _LONG_AFTER_REACH), cue.start):
        return True
    published = article.published_at
    if published is None:
        return False
    # "Fin mars, le conseil avait retenu X pour remplacer Y à partir de septembre": decided long ago.
    recalled = _PLUPERFECT.search(folded, start, end) is not None
    if not recalled and _TO_COME.search(folded, start, end):
        return False
    past_tense = _PAST_TENSE.search(folded, start, end) is not None
    for month in _MONTH_ALONE.finditer(folded, start, end):
        ago = (published.month - _MONTHS[month.group("month")]) % 12
        marked = recalled or month.group("last") or month.group("dernier")
        if (marked and ago >= _RECENT_MONTHS) or (past_tense and ago >= _RECENT_MONTHS + 1):
            return True
    return False
