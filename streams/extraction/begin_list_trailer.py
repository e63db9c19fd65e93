"""A listed company's legal form, which the list goes on after: "A Inc. and B Inc.", "A Corp., B Ltd and C".

The recogniser's mention of a company may stop before its legal form ("SAP Public Service" of "SAP Public Service
Inc."), so the gap to the next member of a list holds the form: the list readers skip it as they skip a member's
place or kind in brackets.
"""

from __future__ import annotations

import re

_LEGAL_FORM_AFTER = re.compile(
    r",?[ ](?:inc|corp|corporation|co|ltd|limited|llc|llp|plc|sa|sas|se|ag|nv|bv|gmbh|spa|ab|asa|oy|pty)\.?"
    r"(?=,[ ]|,?[ ](?:and|et)[ ])"
)
"""Case-folded, right after a member: its legal form, then the list's next separator."""


def past_legal_form(folded: str, end: int) -> int:
    """Where a listed member that ends at ``end`` really ends: past its legal form, if one follows."""
    form = _LEGAL_FORM_AFTER.match(folded, end)
    return form.end() if form is not None else end
