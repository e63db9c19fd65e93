"""Names an investor position makes organisations (session 12b).

Fund and firm names often carry no legal form and no head word the recogniser knows ("Invus", "IIFL", "Omnes",
"NVentures"), yet the phrase that introduces them says what they are: "led by A", "with participation from A and
B", "backed by A", "investors including A", "investors: A, B and C", « auprès de A », « leur identité : A, B et C ».
``investor_position_names`` reads the list such a phrase opens, name after name, as long as only a list separator
or a short lower-case description ("existing investors", "the venture firm", "NVIDIA's venture capital arm")
stands between two names, and offers each name as an organisation candidate. The recogniser's own checks still
apply to each (a person's name, a place, a date, "Capital" alone are no organisation).

``joining_list_names`` (session 14) reads the same lists told before their verb: "A, B and C also participated".
"""

from __future__ import annotations

import re

from streams.extraction.pattern_windows import gated_finditer

_OPENER = re.compile(
    r"\b(?:(?:co-)?led[ ](?:jointly[ ])?by|headed[ ]by|spearheaded[ ]by|with[ ](?:the[ ])?participation[ ](?:from|of)"
    r"|participation[ ]from|backed[ ]by|bankrolled[ ]by|funded[ ]by"
    # Session 21: "heavily financed by (both) A and B", « soutenue par A », « financée par A et B », "a joint
    # investment by A and B in X".
    r"|financed[ ]by|(?:soutenue?s?|financée?s?)[ ]par|investments?[ ]by"
    # Round 19: « épaulée par A », « avec la participation de A », « l'investissement de A (dans Y) ».
    r"|épaulée?s?[ ]par|avec[ ]la[ ]participation[ ]d(?:e[ ]|')|l'investissement[ ]d(?:e[ ]|')"
    r"|(?:investors|backers|firms|funds)(?:[ ](?:of|in)[ ](?:the|this)[ ](?:round|raise|financing))?"
    r"[ ](?:including|include[sd]?|such[ ]as|like)"
    # "a round that included A", "in a financing which includes A": the round's members follow the relative.
    r"|(?:round|financing|funding|raise|extension|tranche)[ ](?:that|which)[ ](?:also[ ])?includ(?:ed|es)"
    r"|(?:new|existing|other)[ ](?:investors?|backers?)"
    r"|(?:investors?|backers?|investisseurs?|identité|noter|citer)[ ]?:"
    r"|auprès[ ]d(?:e[ ]|')|(?:mené|menée|conduit|conduite|piloté|pilotée)[ ](?:cette[ ]fois[ ])?par"
    r"|(?:investisseurs|fonds)[ ](?:historiques)?,?[ ]?(?:tels[ ]que|comme|dont)"
    # Session 21: « l'appui de grands investisseurs canadiens, notamment A », « des corporates comme A », « les
    # investisseurs déjà présents, A, B et C ».
    r"|(?:investisseurs|institutionnels|corporates|partenaires)(?:[ ][a-zà-ÿ\-]+){0,2}?,?[ ](?:notamment|tels[ ]que"
    r"|comme)[ ]|investisseurs[ ](?:déjà[ ]présents|existants|actuels),[ ]"
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
    r"|venturing|unit|division|both|earlier|previous|prior"
    r"|historiques?|nouveaux|nouvel|société|gestion|fonds|capital-risque|financier|banque|groupe|américain|français"
    r"|au|aux"
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
    for opener in gated_finditer(_OPENER, folded, folded):
        names.extend(names_listed_at(text, opener.end()))
    return names


def names_listed_at(text: str, pos: int) -> list[tuple[int, str, bool]]:
    """The names of the list that starts at ``pos``, each maybe after a short description or an unnamed member.

    Also read by :mod:`streams.extraction.invest_frame_names`, whose phrases open the same lists.
    """
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


_JOINING_TAIL = re.compile(
    r"[ ](?:(?:have|had|has)[ ])?(?:(?:also|both|each|too|all)[ ])?"
    r"(?:(?:participated|took[ ]part|co-invested|chipped[ ]in|followed[ ]on|invested)"
    r"(?:[ ]in[ ](?:the|this|its|that)[ ](?:round|financing|funding|raise|investment|deal|extension|tranche|top-up))?"
    r"(?:[ ](?:too|as[ ]well))?"
    r"(?=[,.;:!?)]|$|[ ](?:with|alongside|again|for[ ]the[ ]first[ ]time)\b)"
    r"|joined(?:[ ](?:the|this)[ ](?:round|financing|funding|raise|deal))?"
    r"(?:[ ]as[ ](?:new[ ]|existing[ ]|returning[ ])?(?:investors|backers|shareholders))?(?=[,.;:!?)]|$)"
    r"|(?:are|were)[ ](?:also[ ])?(?:the[ ])?(?:other[ ])?(?:new[ ]|existing[ ]|returning[ ])?(?:investors|backers)\b"
    r"|join(?:s|ed)?[ ](?:the[ ](?:company|startup|start-up|firm|group)'s[ ]|its[ ]|their[ ])"
    r"(?:shareholders|investors|backers|cap[ ]table)\b"
    r"|(?:(?:ont|avaient)[ ](?:également[ ]|aussi[ ]|tous[ ]deux[ ]|chacun[ ])?"
    r"(?:participé|pris[ ]part|investi|co-investi|remis[ ]au[ ]pot)|participent|investissent|remettent[ ]au[ ]pot)"
    r"(?=[,.;:!?)]|$|[ ](?:à[ ]l'opération|à[ ]la[ ]levée|à[ ]l'augmentation|à[ ]ce[ ]tour|à[ ]cette[ ]levée"
    r"|à[ ]ce[ ]financement|au[ ]tour|au[ ]financement|à[ ]nouveau)\b)"
    # Session 21: the members of a round that led or joined it (« A et B ont copiloté le tour de X », "A and B
    # co-led the round").
    r"|(?:ont|avaient)[ ](?:également[ ]|aussi[ ]|conjointement[ ])?(?:co-?piloté|co-?dirigé|co-?mené|mené|piloté"
    r"|accompagné|conduit)[ ](?=(?:le|la|l'|ce|cette)[ ]?(?:tour|levée|opération|financement|augmentation))"
    r"|(?:co-)?led[ ](?:the|this|its|that)[ ](?:round|financing|funding|raise)\b"
    r"|(?:ont[ ]rejoint|rejoignent|ont[ ]intégré|intègrent)[ ](?:le[ ]tour[ ]de[ ]table|le[ ]capital|l'actionnariat)\b"
    r"|(?:sont|étaient)[ ](?:les[ ])?(?:autres[ ])?(?:nouveaux[ ])?investisseurs\b)"
)
"""Case-folded: a verb of joining a round after its subject ("also participated", "joined as new backers", "are
other new investors", « ont également participé à l'opération », « ont rejoint le tour de table »); a verb whose
object is something else ("joined the board", "participated in the talks") is none."""
_FUNDING_WORD = re.compile(
    r"\b(?:round|raised?|raises|funding|financing|investors?|backers|levée|lève|levé|levés|tour|financement"
    r"|investisseurs?)\b"
)
_MEMBER = _NAME.pattern
_MEMBERS_BEFORE = re.compile(rf"(?<![\w&'\-.])({_MEMBER}(?:,[ ]{_MEMBER}){{0,6}},?[ ](?:and|et)[ ]{_MEMBER})$")
"""A list of two names or more closed by "and / et", ending right before the verb."""
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.!?;:\n\"«\u201c(][ ]*|,[ ]|\b(?:and|et|while|whereas|tandis[ ]que|alors[ ]que)[ ])"
    rf"(?:{_KIND_WORDS}[ ]){{0,3}}$"
)
"""Case-folded: what may stand before the list, so that it is the clause's subject ("existing investors A and B",
"while A and B"), not a preposition's object ("executives at A and B also participated")."""
_MEMBERS_REACH = 200


def joining_list_names(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each member of a list that is the subject of a verb of joining a round.

    "Greyhound, Socii and Augustinus also participated", "IIFL and Mirae Assets are other new investors": the verb
    says the listed names are investors, so each is offered as an organisation (the recogniser still rejects people,
    places and dates). A single name is not read: a bare surname joins rounds as often as a fund.
    """
    names: list[tuple[int, str, bool]] = []
    for tail in gated_finditer(_JOINING_TAIL, folded, folded):
        if not names and _FUNDING_WORD.search(folded) is None:
            return names
        members = _subject_list(text, folded, tail.start())
        if members is not None:
            names.extend((member.start(), member.group(0), False) for member in _NAME.finditer(text, *members))
    return names


def _subject_list(text: str, folded: str, verb: int) -> tuple[int, int] | None:
    """The span of the list of names that ends right before ``verb`` and opens its clause, or None.

    The longest list is tried first; when something other than a clause's opening stands before it ("In 2020, A
    and B"), a shorter one that starts later may ("A and B").
    """
    pos = max(0, verb - _MEMBERS_REACH)
    while (members := _MEMBERS_BEFORE.search(text, pos, verb)) is not None:
        if _CLAUSE_OPENS.search(folded, max(0, members.start() - 60), members.start()) is not None:
            return members.span(1)
        pos = members.start() + 1
    return None
