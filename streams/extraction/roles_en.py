"""English names read from their role in the sentence, when nothing else marks them as a company's.

The subject before a verb group (:data:`VERB_GROUP_EN`), the owner of what only a firm owns
(:data:`POSSESSIVE_OWNER`), and the object a relation cue introduces further on, after "with" or "from".

A deal, customer or partnership cue often names its other party a few words on, past what was agreed or ordered:
"build a joint factory with Korvane", "placed a $1.3 million order for test samples with Korvane", "sourced chips
from Korvane". The name right after the cue is read in :mod:`streams.extraction.mentions`; this reader takes the
first name after "with" or "from" in the rest of the cue's clause. The preposition only says "a party stands here",
so the name must look like one: one word or a word an organisation holds (``org_marker``), no place, no person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.extraction.cues import PARTY_FAMILIES, Cue
from streams.extraction.org_context import FIRST_NAMES, PLACES
from streams.extraction.pattern_windows import gated_finditer

_VERB_GROUP_WORD = (
    r"(?:is|was|are|were|has|have|had|been|be|will|would|could|may|might|can|should|also|already|itself"
    r"|now|still|then|just|later|first|since|once|not|yet|ready|set|expected|likely|about|(?!only)[a-z]{2,}ly"
    r"|(?:plans|planned|proposes|proposed|intends|intended|wants|wanted|aims|hopes|expects|agreed|has[ ]agreed"
    r"|decided|moved|sought|seeks|threatened|prepares|is[ ]preparing)[ ]to"
    r"|(?:expected|likely|unlikely|set|due|poised|going|about|ready)[ ]to"
    r"|said(?:[ ]on)?(?:[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?:[ ]that)?[ ]it)"
)
VERB_GROUP_EN = re.compile(rf"(?<=[ ])(?:{_VERB_GROUP_WORD}[ ]){{1,5}}$")
"""The English verb group between a sentence's subject and its deal verb: auxiliaries, adverbs, a verb of intent
("Lyell has itself invested", "Hovis proposes to end", "Comverge said Monday it had agreed to be bought", "Solid Power
could be ready to supply", "Juniper is expected to cut"); searched right before a cue (past the "to" a cue row opens
on: "to end") by the opening-subject finder of :mod:`streams.extraction.mentions`, which then reads the subject
before it."""
VERB_GROUP_REACH = 60
"""How far before its deal verb a verb group may start."""
POSSESSIVE_OWNER = re.compile(
    r"['\u2019](?<=[\w&.]['\u2019])s?[ ](?:(?:[a-z0-9$£€¥][\w$.\-]*|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December))[ ]){0,3}?"
    r"(?:chips?|technology|technologies|software|products|services|platform|plants?|factory|factories|stores"
    r"|network|portfolio|(?:funding|financing|series[ ][a-h]|seed)[ ]round|round|labs|division|subsidiaries"
    r"|managing[ ]director|chief[ ]executive|finance[ ]director|customers?|suppliers?|clients|alliance"
    r"|partnerships?|joint[ ]venture|takeover|acquisition|purchase[ ]of|buyout|merger[ ]with"
    r"|(?:offer|bid)[ ]for|shareholders|investors|backers|brands)\b(?![\-'])"
)
"""A possessive whose thing only a firm owns, a few lower-case words (or a month) on: "Korvane's vision chips",
"Korvane's new $400M round", "Korvane's June round", "Korvane's single biggest customer", "Korvane's managing
director", "Korvane's £1bn cash offer for", "Korvane's purchase of" (no "deal", "order", "fund" or "investment":
people own those too). The name ends right before the apostrophe."""
_OWNER_WORD = re.compile(r"(?:^|(?<=[ \n]))(\S+)$")
"""The word right before a possessive's apostrophe."""
_OWNER_WORD_CHARS = 40


def possessive_owner_ends(text: str) -> list[int]:
    """Where a firm's name ends before a possessive of :data:`POSSESSIVE_OWNER`, in one pass of the text.

    The word before the apostrophe must open with a capital or a digit: "the iPhone's chips" names a product. A
    word opening a quote is left out too ('"Mitra Chem's labs': the name would be read cut short).
    """
    ends = []
    for owned in gated_finditer(POSSESSIVE_OWNER, text):
        word = _OWNER_WORD.search(text, max(0, owned.start() - _OWNER_WORD_CHARS), owned.start())
        if word is not None and (word.group(1)[0].isupper() or word.group(1)[0].isdigit()):
            previous = text[max(0, word.start() - _OWNER_WORD_CHARS) : word.start()].rsplit(" ", 2)
            if not any(part[:1] in "\"\u201c\u00ab'" for part in previous[-2:] if part):
                ends.append(owned.start())
    return ends


_REACH = 60
"""How far after the cue its clause may name the other party."""
_CLAUSE_END = re.compile(r"[.;:!?,()\"\n]|[ ](?:and|but|while|as|after|before|which|that|who)[ ]")
"""Where the cue's clause ends: a stop, a comma, a bracket or a conjunction that opens another clause."""
_PREPOSITION = re.compile(r"(?:^|[ ])(?:with|from)[ ](?=[A-Z])")
"""The prepositions that name the other side of a relation ("a deal with", "orders from"); after "the" a product or
a unit stands as often ("dropped ATI from the Power Mac G4", "from the Convenience division")."""


def relation_objects(
    text: str, cues: Sequence[Cue], org_at: re.Pattern[str], org_marker: re.Pattern[str]
) -> list[tuple[int, str, bool]]:
    """The names after "with" / "from" in the clause of a party cue, as candidates (start, name, strict=False).

    ``org_at`` matches a capitalised name at a position; ``org_marker`` finds what only organisation names hold
    (an inner capital, a digit, a firm word), which a name of several words needs here.
    """
    names: list[tuple[int, str, bool]] = []
    for cue in cues:
        if cue.family not in PARTY_FAMILIES:
            continue
        name = _object_after(text, cue.end, org_at)
        if name is None or not _looks_like_party(name.group(0), org_marker):
            continue
        names.append((name.start(), name.group(0), False))
    return names


def _object_after(text: str, start: int, org_at: re.Pattern[str]) -> re.Match[str] | None:
    """The first capitalised name after "with" / "from" in the clause that starts at ``start``, or None."""
    stop = min(len(text), start + _REACH)
    clause_end = _CLAUSE_END.search(text, start, stop)
    end = clause_end.start() if clause_end is not None else stop
    preposition = _PREPOSITION.search(text, start, end)
    return org_at.match(text, preposition.end()) if preposition is not None else None


def _looks_like_party(name: str, org_marker: re.Pattern[str]) -> bool:
    """Whether a name after a preposition can be the other party: no place, no person, one word or an org's."""
    folded = name.casefold()
    if folded in PLACES or folded.split(" ", 1)[0] in FIRST_NAMES:
        return False
    return " " not in name or org_marker.search(name) is not None
