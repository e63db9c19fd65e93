"""Cue patterns for a company's capital told as its split among holders (session 26).

"Korvia is owned by Dorvane (60%) and Bellmark (40%)", « le capital de Korvia se répartit entre ... »,
"Korvia's shareholders are ...": a row cannot require the shares that make such a verb a register, so each verb is
a `stake` cue of the `split` frame, read by :mod:`streams.extraction.holding_split` and by no deal cue reader.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

SPLIT_FRAME: Final = "split"
"""The `stake` frame of a split's verb (:func:`find_split_cues`)."""
_SPLIT_VERB: Final = re.compile(
    r"[ ](?:(?:is|are|was|were|remains)[ ](?:now[ ]|still[ ]|currently[ ])?(?:split|divided|shared)[ ](?:between|among)"
    r"|(?:include|includes|are|comprise)"
    r"|(?:est|sont|était|reste|demeure)[ ](?:désormais[ ]|toujours[ ]|actuellement[ ])?"
    r"(?:partagée?s?|répartie?s?|divisée?s?)[ ]entre"
    r"|se[ ](?:répartit|divise|partage)[ ]entre"
    r"|(?:sont|comptent))[ ]"
)
"""The verb of a split: "is split between", « est répartie entre », « se répartit entre »; the bare "include / are"
and « sont » only after a register noun. "owned by", « détenue (à N %) par » are `owned` cues, read there too."""
_SPLIT_ANCHORS: Final = (
    "split", "divided", "shared", "shareholders", "owners", "investors",
    "partagé", "réparti", "divisé", "répartit", "divise", "partage", "actionnaires", "associés",
)  # fmt: skip
"""Words every split verb or register noun holds: the pattern runs only over the sentences where one stands."""
BARE_VERBS: Final = frozenset(("include", "includes", "are", "comprise", "sont", "comptent"))
"""Verbs that tell a split only next to "shareholders" / « actionnaires »."""


def find_split_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Spans of the split verbs (``language`` has one pattern for both: the verbs never cross over)."""
    del language  # one pattern: "is owned by" and « est détenue par » never stand in the other language's text
    return [(m.start(), m.end()) for m in anchored_matches(_SPLIT_VERB, folded, _SPLIT_ANCHORS)]
