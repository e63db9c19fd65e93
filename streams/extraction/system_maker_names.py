"""Names of a system's maker, read where a buyer puts it to work: "is switching to an Epic records platform".

Health, public and corporate IT stories name the vendor as the adjective of what it sells: "signed a contract to
install an Epic EHR", "implemented an Epic system", "is moving to a Workday cloud platform", "went live on Epic". A firm
the knowledge base does not know stands there often, so the capitalised words between an adopting verb's determiner
and a system noun (maybe after one modifier: "records") are offered as an organisation candidate, as is the name after
"went / go live on". The recogniser's usual checks still reject people, places and common words. Kept apart from the
reader (:mod:`streams.extraction.start_system_maker`) so that the name readers import no article machinery.
"""

from __future__ import annotations

import re
from typing import Final

SYSTEM_NOUN: Final = r"(?:systems?|platforms?|software|ehr|erp|crm|records|cloud|suite)"
"""What a vendor sells a buyer to run its work on (case-folded)."""
_SYSTEM_AT = re.compile(r"[ ](?i:" + SYSTEM_NOUN + r")\b")
"""The rare anchor the scan looks for first; the adopting verb is then read backwards over a short window."""
_NAME = r"(?P<name>[A-Z][\w&\-.]*(?:[ ][A-Z][\w&\-.]*){0,2})"
_ADOPTED_BEFORE = re.compile(
    r"(?<![\w\-])(?:(?:install|implement|deploy|adopt|select|chose|choos|pick|bought|buy|purchas)[a-z]*"
    r"|roll[a-z]*[ ]out|(?:switch|mov|migrat)[a-z]*[ ](?:to|onto))"
    r"[ ](?:an?|the|its|their)[ ](?:new[ ])?" + _NAME + r"(?:[ ][a-z\-]{2,20})?$"
)
"""Up to the system noun: an adopting verb, a determiner, the maker's name, maybe one modifier ("records")."""
_LIVE_ON = re.compile(r"(?<![\w\-])(?:went|go|goes|going|gone)[ ]live[ ]on[ ]" + _NAME)
"""A system switched on, named by its maker: "went live on Epic on Feb. 1"."""
_LOOK_BACK = 90


def system_maker_names(text: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each maker named as the adjective of an adopted system or after "live on"."""
    names: list[tuple[int, str, bool]] = []
    for noun in _SYSTEM_AT.finditer(text):
        window_start = max(0, noun.start() - _LOOK_BACK)
        adopted = _ADOPTED_BEFORE.search(text[window_start : noun.start()])
        if adopted is not None:
            names.append((window_start + adopted.start("name"), adopted.group("name"), False))
    if " live on " in text:
        names.extend((live.start("name"), live.group("name"), False) for live in _LIVE_ON.finditer(text))
    return names
