"""The date a change takes effect when the story gives a day and a month but no year.

Appointment releases date the start without the year the dateline already gives: "effective as of Monday, April 6",
"effective June 1", « à compter du 1er juillet », « prendra ses fonctions le 1er septembre ». Read against the
publication date, such a day is this year's, or the next one's when it would stand more than half a year before
publication (a release of December 20 "effective January 1"), or last year's when it would stand more than half a
year after it (« a démissionné le 20 décembre » in a story of January 10). A day after publication makes the change
announced, not done: a plan (session 26).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from streams.extraction.quantities import MONTH_NUMBERS

_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi)[ ,]{1,2})?"
)

_EN_DAY = re.compile(
    rf"\beffective(?:[ ](?:as[ ]of|from|on))?[ ]{_WEEKDAY}(?P<month>{_MONTH})[ ](?P<day>\d{{1,2}})\b(?!,?[ ]\d{{4}})"
)
""""effective (as of) (Monday,) April 6" with no year after it."""

_FR_DAY = re.compile(
    rf"\b(?:à[ ]compter[ ]du|à[ ]partir[ ]du|dès[ ]le|effective[ ]le|fonctions[ ]le)[ ]{_WEEKDAY}"
    rf"(?P<day>1er|\d{{1,2}})[ ](?P<month>{_MONTH})\b(?![ ,]{{1,2}}\d{{4}})"
)
"""« à compter du 1er juillet », « prendra ses fonctions le 1er septembre » with no year after it."""

_HALF_YEAR = timedelta(days=183)


def effective_without_year(folded: str, start: int, end: int, published_at: datetime | None) -> date | None:
    """The first start date in ``folded[start:end]`` told by day and month alone, its year read from publication."""
    if published_at is None:
        return None
    match = _EN_DAY.search(folded, start, end) or _FR_DAY.search(folded, start, end)
    if match is None:
        return None
    day = 1 if match.group("day") == "1er" else int(match.group("day"))
    published = published_at.date()
    try:
        found = date(published.year, MONTH_NUMBERS[match.group("month")], day)
        if found < published - _HALF_YEAR:
            found = found.replace(year=published.year + 1)
        elif found > published + _HALF_YEAR:
            found = found.replace(year=published.year - 1)
    except ValueError:
        return None  # "February 30", or February 29 carried into a year without one
    return found
