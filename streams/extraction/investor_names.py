"""Names an investor position makes organisations (session 12b).

Fund and firm names often carry no legal form and no head word the recogniser knows ("Invus", "IIFL", "Omnes",
"NVentures"), yet the phrase that introduces them says what they are: "led by A", "with participation from A and
B", "backed by A", "investors including A", "investors: A, B and C", « auprès de A », « leur identité : A, B et C ».
``investor_position_names`` reads the list such a phrase opens, name after name, as long as only a list separator
or a short lower-case description ("existing investors", "the venture firm", "NVIDIA's venture capital arm")
stands between two names, and offers each name as an organisation candidate. The recogniser's own checks still
apply to each (a person's name, a place, a date, "Capital" alone are no organisation).

``listed_before_joining`` (session 14) reads the same lists told before their verb: "A, B and C also participated".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.extraction.cues import Cue

_OPENER = re.compile(
    r"\b(?:(?:co-)?led[ ](?:jointly[ ])?by|headed[ ]by|spearheaded[ ]by|with[ ](?:the[ ])?participation[ ](?:from|of)"
    r"|participation[ ]from|backed[ ]by|bankrolled[ ]by|funded[ ]by"
    r"|(?:investors|backers|firms|funds)(?:[ ](?:of|in)[ ](?:the|this)[ ](?:round|raise|financing))?"
    r"[ ](?:including|include[sd]?|such[ ]as|like)"
    # "a round that included A", "in a financing which includes A": the round's members follow the relative.
    r"|(?:round|financing|funding|raise|extension|tranche)[ ](?:that|which)[ ](?:also[ ])?includ(?:ed|es)"
    r"|(?:new|existing|other)[ ](?:investors?|backers?)"
    r"|(?:investors?|backers?|investisseurs?|identité|noter|citer)[ ]?:"
    r"|auprès[ ]d(?:e[ ]|')|(?:mené|menée|conduit|conduite|piloté|pilotée)[ ]par"
    r"|(?:investisseurs|fonds)[ ](?:historiques[ ])?(?:tels[ ]que|comme|dont)"
    # Session 14: a copula lists them ("The other investors are A and B", « les investisseurs qui y ont participé
    # sont entre autres A et B »).
    r"|(?:the|its|les|ses)[ ](?:(?:other|autres)[ ])?(?:[a-z0-9\-]+[ ]){0,2}?(?:investors|backers|investisseurs)"
    r"(?:[ ](?:qui|who|that)[ ][^,;.]{1,40}?)?[ ](?:are|were|sont|étaient)(?:[ ](?:entre[ ]autres|notamment|among"
    r"[ ]others|including))?"
    # Session 14: co-investors joined to one who took part: "also took part in the financing, alongside A and B".
    r"|(?:participated|took[ ]part|joined|invested|participé|pris[ ]part)(?:[ ](?:in|au|à)[ ](?:the[ ]|this[ ]|its[ ]"
    r"|l')?(?:round|financing|funding|raise|extension|tour[ ]de[ ]table|tour|opération|levée))?,?[ ]"
    r"(?:alongside|along[ ]with|together[ ]with|aux[ ]côtés[ ]d[e']|avec))[ ]?"
)
"""Case-folded: the phrases after which a name stands where an investor stands."""
_WORD_REST = r"(?:[\w&'\-]|\.(?=\w))*"
_NAME = re.compile(rf"(?:[A-Z0-9]|[a-z](?=[A-Z])){_WORD_REST}(?:[ ](?:(?:[A-Z&]|\d+[A-Za-z]){_WORD_REST}|of|de|des))*")
"""A run of capitalised words: the candidate name (the recogniser trims what is not its name). It never runs past a
full stop ("Ace Management. C'est") nor takes a bare number ("Vision Fund 2")."""
_KIND_WORDS = (
    r"the|its|their|a|an|le|la|les|l'|ses|son|leurs|des|de|d'|du|new|existing|other|current|early|returning|lead"
    r"|venture|capital|arm|firm|funds?|family|office|investment|investors?|backers?|shareholders?|growth|private"
    r"|equity|asset|manager|management|bank|group|sovereign|wealth|state|corporate|strategic|global|us|investisseurs?"
    r"|venturing|unit|division"
    r"|historiques?|nouveaux|nouvel|société|gestion|fonds|capital-risque|financier|banque|groupe|américain|français"
)
_DESCRIPTION = re.compile(
    r"(?:[A-Z][\w\-]*(?:'s|\u2019s)[ ])?"  # "NVIDIA's venture capital arm NVentures"
    rf"(?:(?:{_KIND_WORDS})(?:[ ]|(?<=')))"
    r"{0,5}"
)
"""Words before a name that describe an investor ("existing investors", "the venture firm", « la société de gestion »);
a person's description ("lawmaker", "filmmaker") is none of them, so "backed by lawmaker Ro Khanna" names no firm."""
_SEPARATOR = re.compile(
    r"(?:,?[ ](?:along[ ]with|alongside|as[ ]well[ ]as|together[ ]with|ainsi[ ]que|aux[ ]côtés[ ]de)[ ]"
    r"|,[ ](?:and[ ]|et[ ])?|[ ](?:and|et)[ ])"
)
"""Between two investors of one list (a connector first: ", along with " is one separator, not ", ")."""
_UNNAMED_MEMBER = re.compile(
    r"(?:(?:several|various|other|some|plusieurs|quelques|private|individual|unnamed|undisclosed)[ ])?"
    r"(?:business[ ]angels?|angels?|family[ ]offices|private[ ]investors|individuals|particuliers"
    r"|investisseurs[ ]privés)(?![\w\-])"
)
"""A list member told without a name ("auprès de business angels et de X"): skipped, the list goes on after it."""
_MAX_MEMBERS = 15


def investor_position_names(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of every name a list opened by an investor phrase holds."""
    names: list[tuple[int, str, bool]] = []
    for opener in _OPENER.finditer(folded):
        names.extend(_list_at(text, opener.end()))
    return names


def _list_at(text: str, pos: int) -> list[tuple[int, str, bool]]:
    """The names of the list that starts at ``pos``, each maybe after a short description or an unnamed member."""
    members: list[tuple[int, str, bool]] = []
    while len(members) < _MAX_MEMBERS:
        described = _DESCRIPTION.match(text, pos)
        start = described.end() if described is not None else pos
        member = _NAME.match(text, start) or _UNNAMED_MEMBER.match(text, start)
        if member is None:
            break
        if member.re is _NAME:
            members.append((member.start(), member.group(0), False))
        separator = _SEPARATOR.match(text, member.end())
        if separator is None:
            break
        pos = separator.end()
    return members


_JOINING_VERB = re.compile(
    r"particip|took[ ]part|take[ ]part|joined|joining|invested|backers|investors|pris[ ]part|rejoi"
)
"""A co-investor phrase that tells its subject joined the round ("also participated", "joined as new backers", «
ont également participé »), not one that leads or pays ("led,", "contributed")."""
_SUBJECT_OPENS = re.compile(
    r"(?:^|[.!?:][ ]+|\n+|[\"\u201c\u00ab][ ]?|[,;][ ](?:and|while|whereas|et|tandis[ ]que)[ ]|;[ ])"
)
"""Where the subject of a co-investor phrase opens: the sentence, an opening quotation, a clause after ", and"."""
_SUBJECT_REACH = 200
_MIN_LISTED = 2


def listed_before_joining(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """The names of a list that is the whole subject of a joining phrase: "A, B and C also participated".

    Reporters often name a round's other backers before the verb ("IIFL and Mirae Asset are other new investors",
    « A, B et C ont également participé au tour »), names no table knows. The list must fill the subject, from the
    sentence's (or its clause's) start to the phrase, with two names at least, so "Analysts at A said B also
    participated" and a lone sentence opener name nothing.
    """
    names: list[tuple[int, str, bool]] = []
    for cue in cues:
        if cue.family != "co_investor" or cue.detail != "cue" or not text.startswith(" ", cue.start - 1):
            continue
        if _JOINING_VERB.search(text[cue.start : cue.end].casefold()) is None:
            continue
        low = max(0, cue.start - _SUBJECT_REACH)
        start = low + max((m.end() for m in _SUBJECT_OPENS.finditer(text[low : cue.start])), default=0)
        members = _list_at(text, start)
        if len(members) >= _MIN_LISTED and members[-1][0] + len(members[-1][1]) == cue.start - 1:
            names.extend(members)
    return names
