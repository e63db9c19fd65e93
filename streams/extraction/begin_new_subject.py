"""A conjunct with a subject of its own that the recogniser did not name: the customer before it does not act.

"Booking.com named Anomaly its agency, and Celebrity Cruises awarded its account to Lucky Generals": the second clause
has its own subject, a capitalised name the recogniser may miss; the first clause's company is no customer of
Lucky Generals. A verb right after the conjunction shares the first subject ("X chose Y and awarded ..."), so only a
capitalised run between the conjunction and the verb counts, and only when no company the recogniser named starts
there (then that company is the subject the readers find).
"""

from __future__ import annotations

import re

_NEW_SUBJECT_BEFORE = re.compile(
    r"(?:,[ ](?:and|but|et|mais)[ ]|,?[ ](?:while|whereas|tandis[ ]que|alors[ ]que)[ ]|;[ ])(?:the[ ]|la[ ]|le[ ]|l')?"
    r"(?P<subject>[A-Z][\w&.\-']*(?:[ ](?:of[ ]|de[ ])?[A-Z][\w&.\-']*){0,4})"
    r"[ ](?:(?:has|have|had|also|then|a|ont|avait|aussi)[ ])?$"
)
"""Right before a cue: a clause's conjunction and a capitalised subject ("..., and Celebrity Cruises ", "; Brenmoor has
", "while X "); a bare "and" more often joins two subjects of one verb ("A and B have renewed")."""
_REACH = 80
_MIN_GAP = 2
"""A customer right before the cue ("X awarded") leaves no room for a conjunct."""


def new_subject_between(text: str, customer_end: int, cue_start: int) -> int | None:
    """Where the own subject of a conjunct between a customer and the cue after it starts, if there is one."""
    if cue_start - customer_end < _MIN_GAP:
        return None
    found = _NEW_SUBJECT_BEFORE.search(text, max(customer_end, cue_start - _REACH), cue_start)
    return found.start("subject") if found is not None else None
