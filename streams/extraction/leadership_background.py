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
from streams.extraction.pattern_windows import gated_finditer

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

_MONTH_YEAR = re.compile(r"\b(?P<month>" + "|".join(_MONTHS) + r")[ ](?P<year>(?:19|20)\d\d)\b")
"""A month and its year ("in January 2012"): months before publication, counted exactly."""

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

_YEARS_AGO = re.compile(
    r"\b(?:last year|a year ago|(?:two|three|four|five|several|a few|\d+) years ago|l'an dernier|l'année dernière"
    r"|il y a (?:un|deux|trois|quatre|cinq|plusieurs|quelques|\d+) ans?)\b"
)
"""A change dated a year or more back without a year number: "named CEO last year", "il y a deux ans"."""

_LONG_AFTER = re.compile(
    r"\b(?:(?:an?|one|two|three|several|a few|\d+)[ ](?:years?|months?)|(?:just|only|mere)[ ](?:months|weeks|years)"
    r"|moins d'un an|plus d'un an"
    r"|(?:un|deux|trois|quelques|\d+)[ ](?:ans?|mois))[ ](?:after|après qu'|après que|après)\b"
)
"""A clause dated by a lapse after another change: "a year after", "just months after", "moins d'un an après qu'"."""

_LONG_AFTER_REACH = 80
"""How far before the cue the lapse may stand (the subject and an apposition come between)."""

_RECENT_MONTHS = 2
"""A change this many months or more before publication ("last March", "avait retenu fin mars") is a
recollection, not the news; one more month when only the tense says it is over ("left in March")."""


def recalled_change(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the change at ``cue`` is an earlier one the story recalls: no event, so no alert.

    Only the cue's own clause counts, not an aside about someone else in it ("replacing Jane Roe,
    who took the job two years ago").
    """
    start, end = sentence.clauses.span_of(cue.start)

    def seen(pattern: re.Pattern[str], first: int = start) -> list[re.Match[str]]:
        return [
            m
            for m in gated_finditer(pattern, article.folded, article.folded, first, end)
            if sentence.clauses.visible(m.start(), m.end(), cue.start)
        ]

    to_come = bool(seen(_TO_COME))
    lapse = any(m.end() <= cue.start for m in seen(_LONG_AFTER, max(start, cue.start - _LONG_AFTER_REACH)))
    if lapse or (seen(_YEARS_AGO) and not to_come):
        return True
    published = article.published_at
    # "Fin mars, le conseil avait retenu X pour remplacer Y à partir de septembre": decided long ago.
    recalled = bool(seen(_PLUPERFECT))
    if published is None or (to_come and not recalled):
        return False
    past_tense = recalled or bool(seen(_PAST_TENSE))
    dated = [
        (published.year - int(m.group("year"))) * 12 + published.month - _MONTHS[m.group("month")]
        for m in seen(_MONTH_YEAR)
        if past_tense
    ]
    for month in seen(_MONTH_ALONE):
        ago = (published.month - _MONTHS[month.group("month")]) % 12
        marked = recalled or month.group("last") or month.group("dernier")
        dated.append(ago + 1 if marked else ago if past_tense else 0)
    return any(ago >= _RECENT_MONTHS + 1 for ago in dated)
