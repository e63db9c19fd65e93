"""Names of several plain words standing in the other party's slot of a deal, customer or partnership cue.

"landed an order for 63 airliners from Kestrel Lease Finance", "agreed to sell 14 jets to Virgin Atlantic": the cue's
clause names its other party after "from" or "to", and that party may be a firm of two to four capitalised words with
no head noun, legal form or inner capital (after "with" a person's name stands as often: "signed a deal with Jane
Roe", whose first name no list holds, so "with" is left to the one-word reader). :mod:`streams.extraction.roles_en`
reads one word there, or a name an organisation marker holds; this reader
takes the longer plain names, which need more care, since people and places stand after these prepositions too:
no word of the name is a place, its first word is no first name, and the name is followed by the clause's end or a
lower-case word (not by "'s", where it owns the next thing). The candidate then goes through the recogniser's usual
checks (people, nationalities, dates, common words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.extraction.cues import PARTY_FAMILIES, Cue
from streams.extraction.org_context import FIRST_NAMES, PLACES, is_nationality
from streams.extraction.pattern_windows import gated_finditer

_REACH = 70
"""How far after the cue its clause may name the other party."""
_CLAUSE_END = re.compile(r"[;:!?()\"\n]|[.,](?!\d)|[ ](?:and|but|while|as|after|before|which|that|who)[ ]")
"""Where the cue's clause ends: a stop, a comma (not inside a figure: "$2.5M"), a bracket or a conjunction that opens
another clause."""
_SLOT = re.compile(
    r"[ ](?:from|to)[ ]"
    r"(?P<name>[A-Z0-9][\w&\-]*(?:[ ][A-Z][\w&\-]*){1,3})"
    r"(?=[.;:,)!?]|[ ][a-z]|$)"
)
"""The first preposition of the other party and a name of two to four capitalised words after it, then the end of the
clause or a lower-case word ("from Calder Protective.", "from Kestrel Lease Finance, described as", "to Virgin Atlantic
for $4.1b")."""


_PERSONAL_PRONOUN = re.compile(r"\b(?:him|her|them)\b")
"""A person's pronoun between the cue and its preposition: the clause is about people ("replaced her with")."""
_RELATION_OF = re.compile(
    r"\b(?:customers?|clients?|suppliers?|vendors?|contracts?|accounts?)[ ]of[ ]"
    r"(?P<name>[A-Z][\w&\-]*(?:[ ][A-Z][\w&\-]*){0,3})"
    r"(?=[.;:,)!?]|[ ][a-z]|$)"
)
"""A relation noun and the firm on its other side: "the biggest customer of Bagir,", "the customers of Novellus
include", "the FMTV contract of Oshkosh Defense three times"."""


def slot_names(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """Plain names in a party's slot (start, name, False).

    Two to four words after "from" / "to" in a party cue's clause; one to four after a relation noun and
    "of" anywhere (one pass over the text).
    """
    names = [
        (relation.start("name"), relation.group("name"), False)
        for relation in gated_finditer(_RELATION_OF, text)
        if plain_party(relation.group("name")) and not _person_named(text, relation)
    ]
    people_verbs = {cue.start for cue in cues if cue.family.startswith("leadership")}
    for cue in cues:
        if cue.family not in PARTY_FAMILIES or cue.start in people_verbs:
            continue  # "replaced him with Nina Roe": a verb that also tells a leadership change takes people
        stop = min(len(text), cue.end + _REACH)
        clause_end = _CLAUSE_END.search(text, cue.end, stop)
        # from the cue's start: a row may hold the preposition ("orders from")
        slot = _SLOT.search(text, cue.start, clause_end.start() if clause_end is not None else stop)
        if (
            slot is not None
            and _PERSONAL_PRONOUN.search(text, cue.start, slot.start()) is None
            and plain_party(slot.group("name"))
            and not _person_named(text, slot)
        ):
            names.append((slot.start("name"), slot.group("name"), False))
    return names


_WHO_NEXT = re.compile(r",?[ ](?:who|whom)\b")


def _person_named(text: str, slot: re.Match[str]) -> bool:
    """Whether the name is a person's.

    "who" follows it, or its last word stands alone elsewhere as a surname does ("takes over from Rich Geruson, who
    ... Geruson had come").
    """
    if _WHO_NEXT.match(text, slot.end("name")):
        return True
    if " " not in slot.group("name"):
        return False  # one word: the recogniser's own checks know the surnames of the people it found
    first, last = slot.group("name").split(" ", 1)[0], slot.group("name").rsplit(" ", 1)[-1]
    alone = re.compile(rf"(?<![\w\-])(?<!{re.escape(first)}[ ]){re.escape(last)}(?![\w\-])")
    return alone.search(text) is not None


def plain_party(name: str) -> bool:
    """Whether a plain name can be a party: no place word, no first name opening it, no nationality."""
    words = name.casefold().split(" ")
    return (
        not any(word in PLACES for word in words)
        and name.casefold() not in PLACES
        and words[0] not in FIRST_NAMES
        and not is_nationality(words[0])
    )
