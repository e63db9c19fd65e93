"""Cue patterns for a customer's loss told through the goods between the verb and the other party.

Two shapes the table rows and the patterns of :mod:`streams.extraction.end_patterns` and
:mod:`streams.extraction.risk_patterns` leave out, because the goods stand between the verb and the party and the maker
is named after them rather than inside them:

- a customer ridding itself of goods "from" or "made by" a supplier: "would no longer contain chips from X",
  "replacing processors from X", "will swap out routers made by X" (``customer_end``, frame ``active``: the supplier
  right after the cue, the customer before it);
- a supplier holding back what it ships to a customer: "stopped shipping seat covers and gearbox casings to X", "held
  back supplies of some products from X" (``customer_at_risk``, frame ``passive``: the supplier before the cue, the
  customer after it). A halt is the lever of a quarrel, not an end; the plain "stopped supplying X" stays a row, and
  so does a stop to come ("will stop supplying seats to X").

The maker of the goods must be written with a capital right after the cue (a year, "next year" or "the ground up"
names no supplier), so the patterns read the article's text as well as its case-folded copy.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.end_patterns import NAMED_DAY
from streams.extraction.pattern_windows import anchored_matches

_GOODS_WORD = (
    r"(?!(?:from|by|to|with|after|before|while|when|as|because|since|until|amid|which|that|it|they|we)[ ])"
    r"[a-z0-9\-]{2,20}[ ]"
)
"""A word of the goods: no preposition, conjunction or pronoun that would open another phrase ("replacing parts it
buys from X with its own" is the customer's in-house move, a risk read by the ``insource`` frame)."""

_NO_MAKER_AHEAD = r"(?!\d|next[ ]|the[ ]|(?:early|mid|late)[ \-]|" + NAMED_DAY + r")"
"""After the goods' "from" / "to": no date ("from next year", "from July", "from Monday"), whose capital is no maker."""

_EN_RID_GOODS_FROM = (
    r"\b(?:replac(?:e|es|ed|ing)|drop(?:s|ped|ping)?|ditch(?:es|ed|ing)?|dump(?:s|ed|ing)?|abandon(?:s|ed|ing)?"
    r"|phas(?:e|es|ed|ing)[ ]out|(?:swap|rip|strip)(?:s|ped|ping)?[ ]out"
    r"|no[ ]longer[ ](?:contain|include|use|feature|carry)s?|(?:would|will)[ ]not[ ](?:contain|include|use))[ ]"
    r"(?:(?:its|their|the|all|some|existing|current|older)[ ]){0,2}"
    rf"{_GOODS_WORD}(?:{_GOODS_WORD}){{0,3}}?"
    r"(?:from|made[ ]by|supplied[ ]by|built[ ]by|produced[ ]by|designed[ ]by)[ ]" + _NO_MAKER_AHEAD
)
"""A customer ridding itself of a supplier's goods named after them: "replacing processors from X", "no longer contain
chips from X", "swap out routers made by X"."""
_EN_HALT_GOODS = (
    r"\b(?<!will[ ])(?<!would[ ])(?<!to[ ])"
    r"(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze|ceas(?:e|es|ed|ing)"
    r"|cut(?:s|ting)?[ ]off|withh(?:old|olds|olding|eld)|hold(?:s|ing)?[ ]back|held[ ]back)[ ]"
    r"(?:shipping|delivering|supplying|sending"
    r"|(?:(?:its|their|all|some)[ ])?(?:deliveries|shipments|supplies)[ ]of)[ ]"
    r"(?:(?:some|all|its|their|certain|about|around|more[ ]than|\d{1,4})[ ]){0,2}"
    rf"{_GOODS_WORD}(?:{_GOODS_WORD}|and[ ]){{0,5}}?"
    r"(?:to|from)[ ]" + _NO_MAKER_AHEAD
)
"""A supplier holding back its goods from a customer: "stopped shipping seat covers and gearbox casings to X", "held
back supplies of certain products from major grocer X". A stop to come ("will stop supplying seats to X", "plans to
stop shipping") is the supplier's decision to end: the end rows read it."""

_EN_TOLD_TO_HALT = (
    r"\b(?:told|tells|telling|asked)[ ]"
    r"(?=[^ ,.;]+(?:[ ][^ ,.;]+){0,3}?[ ]to[ ](?:(?:immediately|temporarily)[ ])?(?:halt|stop|suspend|pause|cease)[ ]"
    r"(?:(?:immediately|temporarily)[ ])?(?:all[ ])?(?:its[ ])?"
    r"(?:deliveries|shipments|supplies|sending|shipping|supplying|delivering|production|work)\b"
    r"(?![ ](?:[^ ,.;]+[ ]){0,3}?to[ ](?!the[ ]|its[ ]|their[ ])))"
)
"""A customer telling its supplier to halt what it delivers: "told X to halt deliveries of shipsets", "told X to stop
immediately sending any tests". The cue is the telling verb; the supplier stands right after it. Goods stopped on their
way to a third party ("told X to stop shipping chips to China") tell an export ban, not a customer's halt; an order
("ordered X to halt") is a regulator's or a court's as often."""

_EN_PATTERNS: Final = (
    (re.compile(_EN_RID_GOODS_FROM), "customer_end", "active", 0, (" from ", " by ")),
    (
        re.compile(_EN_TOLD_TO_HALT),
        "customer_at_risk",
        "active",
        0,
        ("told", "tells", "telling", "asked"),
    ),
    (
        re.compile(_EN_HALT_GOODS),
        "customer_at_risk",
        "passive",
        3,
        ("shipping", "delivering", "supplying", "sending", " of "),
    ),
)
"""Each pattern, its family, its frame, how many lower-case role words may stand before the party ("major grocer X";
none after the goods' "from": the maker follows at once) and its anchors (one stands in every match)."""


def find_loss_cues(folded: str, text: str, language: Language) -> list[tuple[int, int, str, str]]:
    """Return (start, end, family, frame) of every goods pattern whose party after it is a capitalised name."""
    if language != "en":
        return []
    return [
        (match.start(), match.end(), family, frame)
        for pattern, family, frame, role_words, anchors in _EN_PATTERNS
        for match in anchored_matches(pattern, folded, anchors)
        if _ROLE_WORDS[role_words].match(text, match.end(), min(len(text), match.end() + 60)) is not None
    ]


_ROLE_WORDS: Final = {
    count: re.compile(rf"(?:(?!the[ ]|its[ ]|their[ ])[a-z\-]{{2,15}}[ ]){{0,{count}}}(?=[A-Z])") for count in (0, 3)
}
"""A capitalised word at the party's place, after at most so many lower-case role words ("major UK grocer Tesco")."""
