"""A leader who leaves unnamed: "said its chief financial officer had resigned", "the retirement of its chairman".

Companies often announce an exit before they name the leaver's successor, or without naming the leaver at all. The
post is then told by a tracked title owned by the company ("its", "their", "the company's", « son / sa », or a
company's own "'s"), either as the subject right before an exit verb or right after an exit noun ("the departure of
its CFO", « le départ de son directeur financier »). The change names nobody, so it raises no alert; it only records
that the post is open. A past or future holder ("its former CEO", "its next chairman") is no one leaving now, and a
title over a unit ("its head of the cloud unit") is no company leader (the caller checks the unit).
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_OWNER_BEFORE_TITLE = re.compile(
    r"(?:\b(?:its|their|the[ ]company's|the[ ]group's|the[ ]bank's|son|sa|leur)[ ]|(?<=[\w.])['\u2019]s[ ])"
    r"(?:(?!(?:former|onetime|one-time|ex|previous|next|future|new|incoming|designated|ancien|ancienne|futur"
    r"|nouveau|nouvelle|prochain|prochaine)\b)[a-z\-]+[ ]){0,2}$"
)
"""Right before the title, its owner and up to two describing words ("its longtime", "the company's current"),
never a word that makes the holder someone other than the one in the post today ("its former CEO")."""

_VERB_GAP = re.compile(
    r",?[ ](?:(?:had|has|have|would|will|is|was|also|abruptly|suddenly|unexpectedly|a|avait|va)[ ]){0,2}"
)
"""Between the title and the exit verb: auxiliaries and adverbs only ("its CFO had abruptly resigned")."""

_NOUN_END = re.compile(r"(?:\bof|\bde|\bdu)$")
"""An exit noun whose leaver follows: "departure of", "retirement of", « départ de »."""

_TITLE_REACH = 60
"""From an exit noun to the title it governs ("the departure of the company's longtime chief financial officer")."""


def unnamed_post(article: Article, sentence: Sentence, cue: Cue, tracked: frozenset[str]) -> Cue | None:
    """The tracked title of the company's post an exit cue leaves, when no one is named in it, else None.

    "announced that its chief executive officer is retiring" (the title right before the verb), "the upcoming
    retirement of its chairman", "the departure of Acme's CFO" (right after the noun). The caller has checked that
    no person stands in the cue's place.
    """
    folded = article.folded
    roles = [c for c in sentence.cues if c.family == "role" and c.detail in tracked]
    if _NOUN_END.search(folded, cue.start, cue.end):
        title = next((r for r in roles if cue.end < r.start <= cue.end + _TITLE_REACH), None)
        owner = _owner_start(article, sentence, title) if title is not None else None
        return title if owner is not None and owner == cue.end + 1 else None
    title = next((r for r in reversed(roles) if r.end <= cue.start), None)
    if title is None or _VERB_GAP.fullmatch(folded, title.end, cue.start) is None:
        return None
    return title if _owner_start(article, sentence, title) is not None else None


def post_owner(article: Article, sentence: Sentence, title: Cue) -> tuple[CompanyMention | None, bool]:
    """The company that owns ``title`` and whether another, unknown, name may own it instead.

    The owner is the company before its "'s", else the last one named before "its" / « son » outside an aside and
    not glued to "-listed" / "-based" (a market or a place); None when the sentence names none (the caller looks
    for the story's company then), unless a capitalised name the recogniser missed stands in between.

    "Shares of Nasdaq-listed X fell after the company said its CFO quit": X. "la perte tombe mal pour WPP, après le
    départ de son directeur général": WPP.
    """
    start = _owner_start(article, sentence, title)
    if start is None:
        return None, True
    owned = next((c for c in sentence.companies if c.start == start), None)
    if owned is not None:
        return owned, False
    before = next(
        (
            c
            for c in reversed(sentence.companies)
            if c.end <= start and not article.folded.startswith("-", c.end) and _in_main_clause(sentence, c)
        ),
        None,
    )
    # "Le contrat perdu chez Veltria tombe mal pour Orvane, après le départ de son DG": an unknown name in between may
    # be the owner; no company rather than the wrong one.
    # The sentence's first word is capitalised whatever it is.
    since = before.end if before is not None else article.text.find(" ", sentence.start, start) + 1
    return (None, True) if since > 0 and _unknown_name(article.text, since, start) else (before, False)


def _in_main_clause(sentence: Sentence, company: CompanyMention) -> bool:
    """Whether ``company`` stands outside an apposition or a relative (an attribution or a contrast is the clause's)."""
    aside = sentence.clauses.aside_at(company.start)
    return aside is None or aside[2] not in ("relative", "aside")


_DATE_WORDS = frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december"),
    ]
)
"""Capitalised words that name no party (English days and months; French ones are written in lower case)."""

_CAPITALISED = re.compile(r"(?<![\w(:])[A-ZÀ-Ý][\w\-&]+")
"""A capitalised word, not inside a ticker in parentheses ("(NASDAQ:BBBY)")."""


def _unknown_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word that is no date word stands between ``start`` and ``end`` (outside parentheses)."""
    span = re.sub(r"\([^()]*\)", " ", text[start:end])
    return any(word.group().lower() not in _DATE_WORDS for word in _CAPITALISED.finditer(span))


def _owner_start(article: Article, sentence: Sentence, title: Cue) -> int | None:
    """Where the company's ownership of ``title`` begins ("its", « son », or a named company before its "'s")."""
    owner = _OWNER_BEFORE_TITLE.search(article.folded, max(sentence.start, title.start - _TITLE_REACH), title.start)
    if owner is None:
        return None
    if article.folded[owner.start()] not in "'\u2019":
        return owner.start()
    # "Toshiba's CEO": only a company's own possessive, never a person's ("Roe's chief of staff").
    return next((c.start for c in sentence.companies if c.end == owner.start()), None)
