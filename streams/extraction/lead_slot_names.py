"""Organisations read by their slot around a leadership change, when no list knows their names.

Real stories name many firms the knowledge base has never heard of, and a leadership story tells its company by the
places a firm holds around a title or a naming verb:

- the owner written before a title, with the holder's name after it or a naming verb before it: "Korvia Chief
  Financial Officer Jane Roe", "retiring Korvia Chairman and Chief Executive John Doe", "who became Korvia CEO in
  2001"; or with a possessive: "Korvia's boss since 2018";
- the owner after a title and "of" / "at": "chief executive of Korvia", "the CFO at Korvia,";
- the firm a leaver leaves or a newcomer joins or runs: "resigned from Korvia", "left Korvia", "to lead Korvia";
- the firm after the leader a newcomer replaces: "will take over from Jane Roe at Korvia";
- the subject of a sentence whose "its" owns a title or a board ("Korvia said its chief executive ...", "Korvia on
  Monday fired its chief executive"), whose active naming verb names a holder ("Korvia elected Jane Roe chairman"),
  or whose report opens on a title ("Korvia said on Friday that CEO John Doe will retire").

People stand in the same slots ("Smith said its board ..."), so every name goes through the recogniser's checks
(first names, surnames, titles, places, nationalities, dates, common words), and a subject must be one word or carry
an organisation's mark. The readers scan for the cues already found (titles, naming and leaving verbs) or for a rare
anchor (" its "), then look a few words around it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from streams.extraction.cues import Cue
from streams.extraction.org_context import FIRST_NAMES, NOT_FIRM_WORDS, is_nationality
from streams.extraction.person_marks import written_after_first_name

NameEnding = Callable[[str, int], "tuple[int, str] | None"]
Candidate = tuple[int, str, bool]

_TITLE_ADJECTIVES = frozenset({
    "former", "outgoing", "incoming", "interim", "acting", "then", "longtime", "long-time", "retiring", "new",
    "current", "ex", "group", "deputy", "executive", "senior", "global", "company", "board", "the", "its", "his",
    "her", "their", "our", "then-", "co", "founding", "departing", "veteran", "future", "next", "permanent",
})  # fmt: skip
"""Capitalised words before a title that qualify it ("Interim CEO", "Former Chairman"): never its company."""

_HOLDER_AFTER = re.compile(r"(?:[ ]and[ ][a-zA-Z ]{2,40}?)?[ ](?:(?:Mr|Ms|Mrs|Dr)\.?[ ])?[A-Z][\w'\-]+[ ]")
"""After a title, its holder's name ("Chairman and Chief Executive Douglas Ivester", "CFO Greg Smith", "chairman Mr
Ghosn"): the word before the title is then the company that holds it."""

_NAMING_BEFORE = re.compile(
    r"\b(?:became|become|becomes|becoming|as|retiring|outgoing|former|then|(?:take|takes|took|taking)[ ]up[ ]the)[ ]$",
    re.IGNORECASE,
)
"""Before an owner and its title with no holder after it: "who became Korvia CEO in 2001", "as Korvia chairman", "will
take up the Korvia CEO post" (not after a naming verb or a comma: "named Jane Roe CEO", "makes Jane Roe CEO, John Doe
chairman")."""
_NAMING_REACH = 16
"""How far before an owner its naming words may start ("taking up the ")."""

_POSSESSED_TITLE = re.compile(r"['\u2019]s[ ](?:(?:new|current|former|outgoing|incoming|interim|acting|longtime)[ ])?$")
"""A possessive before a title, maybe qualified: "Korvia's boss", "Korvia's new chief executive"."""

_OWNER_OF = re.compile(r"[ ](?:of|at)[ ](?:the[ ])?")
"""After a title, its owner's preposition: "chief executive of the Korvia", "CFO at Korvia"."""

_NAME_END = re.compile(
    r"(?:[.,;:)!?]|[ ](?!(?:division|unit|business|arm|segment|department|operations|team|practice|brand)\b)[a-z]|$)"
)
"""Where an owner's name ends: punctuation, a lower-case word or the text's end (not a person's name after it). A
unit's noun after it makes the name a unit's ("CEO of the Professional division")."""

_MOVE_VERBS = frozenset({
    "left", "leaves", "will leave", "has left", "would leave", "quit", "quits", "has quit", "joins", "has joined",
    "will join", "to join", "to lead", "will lead", "would lead", "to run", "will run", "would run", "to head",
    "will head", "would head", "resigned", "has resigned", "resigning from", "stepping down", "stepped down",
    "steps down", "step down", "will step down", "to step down", "is stepping down", "has stepped down",
    "takes the helm", "took the helm", "will take the helm", "to take the helm", "take the helm",
})  # fmt: skip
"""Leadership verbs whose company may follow: the one left ("resigned from Korvia") or joined ("to lead Korvia")."""

_MOVE_OBJECT = re.compile(r"[ ](?:(?:from|at|of)[ ])?(?:the[ ])?")
"""Between a leaving or joining verb and its company: "left ", "stepping down from ", "takes the helm at the "."""

_PREPOSED_ONLY = frozenset({
    "resigned", "has resigned", "stepping down", "stepped down", "steps down", "step down", "will step down",
    "to step down", "is stepping down", "has stepped down", "takes the helm", "took the helm", "will take the helm",
    "to take the helm", "take the helm",
})  # fmt: skip
"""Verbs whose company follows only after a preposition ("stepped down from Korvia", "takes the helm at Korvia")."""

_LEAVER_AT = re.compile(
    r"[ ](?:(?i:chief[ ]executive|ceo|chairman|chairwoman|chair|president|founder|boss|cfo|coo)[ ])?"
    r"(?P<first>[A-Z][a-z]+)(?:[ ][A-Z][\w'\-]+){1,2}[ ]at[ ](?:the[ ])?"
)
"""After a verb of succession, the leader replaced by full name, maybe titled, then "at" and the company ("from Jane
Roe at ", "replaces CEO Jane Roe at ")."""
_LEADER_TITLE = re.compile(
    r"\b(?:ceo|chief[ ]executive|chairman|chairwoman|chair|president|boss|cfo|coo|founder)\b", re.IGNORECASE
)
_TITLE_REACH = 60
"""How far before the verb or after the company a leader's title makes the succession a leader's."""

_TRAILING_REPORTER = re.compile(
    r",[ ](?P<name>[A-Z][\w&\-]*(?:[ ][A-Z][\w&\-]*){0,2})[ ](?:said|says|announced|confirmed)(?=[ .,;])"
)
"""A sentence's reporter after its report: ", Korvia said.", ", Korvia Group said on Monday"."""
_TRAILER_REACH = 200
"""How far after a leadership cue its sentence's reporter may stand."""

_FRENCH_HIRING = frozenset({
    "débauche", "a débauché", "recrute", "a recruté", "nomme", "a nommé", "désigne", "a désigné", "promeut", "a promu",
})  # fmt: skip
"""French verbs of hiring or naming in the active voice: the firm that hires stands right before them."""
_CLAUSE_END_FR = re.compile(r"[.;:!?]|[ ]qui[ ]|[ ](?:mais|tandis)[ ]")
_HIRED_TITLE_REACH = 80
"""How far after a French verb of hiring the title of the one hired may stand."""

_ITS_TITLE = re.compile(r"[ ]its[ ](?:[a-z\-]+[ ]){0,3}?(?:board|successor|chief|ceo|cfo|coo|chair|chairman|president)")
"""A title or board the subject owns: "its chief executive", "its current CEO", "its board", "its new chairman"."""

_SUBJECT_REACH = 110
"""How far before its "its" or its naming verb a sentence's subject may open."""

_OPENING = re.compile(
    r"(?:^|(?<=[.!?\n])[ ]{0,2}|(?<=[.!?][\"\u201d])[ ])"
    r"(?:(?:On|This|Last|Earlier|Late|In)[ ][\w\- ]{1,25},?[ ]|[A-Z][a-z]+,[ ]"
    r"|(?:Meanwhile|Separately|Also|Earlier|Later|Now|Then|Still|Today|Yesterday|Even[ ]though|Although|Though"
    r"|While|After|When|Because|But|And)[ ])?(?:The[ ](?:board[ ](?:of[ ]directors[ ])?of[ ](?:the[ ])?)?)?"
    r"(?P<name>[A-Z][\w&\-.]*(?:[ ][A-Z][\w&\-.]*){0,3})"
    r"(?:,[ ][^,;:()\n]{2,90},)?"
    r"(?P<link>(?:[ ][\w\-']+){0,9}?)[ ]?$"
)
"""A sentence's opening subject (after an opener such as a date or "However,", maybe with an apposition; or its board:
"The board of Korvia installed Jane Roe as chief executive") and the words up to the anchor."""

_SUBJECT_VERBS = frozenset({
    "said", "says", "announced", "announces", "confirmed", "confirms", "named", "names", "appointed", "appoints",
    "elected", "made", "fired", "ousted", "removed", "sacked", "dismissed", "replaced", "hired", "tapped", "picked",
    "chose", "promoted", "swapped",
})  # fmt: skip
"""The verbs whose subject owns the "its" after them: a company tells of or acts on its own leaders."""

_NOT_SUBJECT_WORDS = frozenset({"and", "but", "while", "as", "after", "before", "which", "who", "when", "because"})
"""Words that open another clause between a name and "its": the name is then no subject of the anchor's verb."""

_PLURAL_PEOPLE = re.compile(r"[A-Z][a-z]{2,20}(?:ers|ors|ees|ists|ians|ants|ents|ives|als|ics)")
"""A plural noun for people ("Regulators", "Employees", "Analysts"): a group of people, no company."""


_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})

_ACTIVE_NAMING = frozenset({
    "named", "appointed", "elected", "fired", "ousted", "hired", "tapped", "poached", "picked", "promoted", "installed",
    "removed", "sacked", "dismissed", "has made", "was made", "chose", "selected", "has named", "has appointed",
    "has fired", "has sacked", "has removed", "has dismissed", "has tapped", "has poached", "has picked", "has chosen",
    "has selected", "has hired", "has installed", "has promoted", "swapped", "has swapped",
})  # fmt: skip
"""Naming and firing verbs in the active voice: their subject is the company (or its board) that acts."""

_TITLE_AFTER_NAMING = re.compile(
    r"[^.;:]{0,70}?\b(?:ceo|chief[ ]executive|chairman|chairwoman|chair|president|successor|cfo|coo|boss)\b"
)
"""A title in the naming verb's clause: "elected Jane Roe chairman", "fired Mr Ghosn as chairman"."""

_REPORTED_TITLE = re.compile(
    r"[ ](?:said|says|announced|confirmed)(?:[ ](?:on[ ])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday))?(?:[ ]that|[ ](?:in|at|on)[ ][\w\- ]{1,40}?[ ]that)?[ ]"
    r"(?:(?:suspended|outgoing|current|interim|acting|embattled|longtime|long-serving|former)[ ])?"
    r"(?:its[ ]|(?:(?:chief|ceo|cfo|coo|chairman|chairwoman|chair|president)\b)"
    r"|it[ ](?:has[ ]|had[ ]|will[ ]|would[ ])?(?:appointed|named|elected|hired|promoted|picked|chosen|selected)\b)",
    re.IGNORECASE,
)
"""A report that opens on a title, "its" or "it" and a naming verb: "X said on Friday that CEO John Doe will retire",
"X said in a press release this morning that suspended chief executive John Doe ...", "X said it has appointed"."""

_REPORTED_HOLDER = re.compile(
    r"[ ](?:said|says|announced|confirmed)(?:[ ](?:on[ ])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday))?(?:[ ]that)?[ ](?P<first>[A-Z][a-z]+)(?:[ ][A-Z]\.)?(?:[ ][A-Z][\w'\-]+){1,2}"
    r"[ ](?:has[ ]|had[ ]|will[ ]|would[ ]|is[ ]|was[ ])?(?:been[ ]|be[ ])?$"
)
"""A report whose clause opens on a person's full name right before a leadership verb: "X also said that Jane Roe has
resigned as chief executive", "X said on Monday John Doe will succeed ...", "X said Jane Roe has been elected" (the
name's first word a first name)."""
_REPORT_REACH = 80

_SEARCH = re.compile(
    r"[ ](?:looks|is[ ]looking|searches|is[ ]searching|(?:has[ ])?(?:started|began|begun)[ ]searching)[ ]for[ ]"
    r"(?:a|an|its)[ ](?:[a-z\-]+[ ]){0,2}?(?:ceo|chief[ ]executive|chairman|chair|cfo|successor|leader)\b"
)
"""A firm searching for a leader: "while Korvia looks for a permanent CEO", "Korvia has started searching for a chief
executive"."""


def leadership_slot_names(
    text: str,
    cues: Sequence[Cue],
    org_at: re.Pattern[str],
    org_marker: re.Pattern[str],
    name_ending_at: NameEnding,
) -> list[Candidate]:
    """Name candidates (start, name, strict) in the company slots of titles and leadership verbs.

    ``org_at`` matches a capitalised name at a position, ``org_marker`` finds what only organisations' names hold,
    ``name_ending_at`` reads the capitalised words before a position (all from :mod:`streams.extraction.mentions`).
    """
    folded = text.casefold()
    names: list[Candidate] = []
    titles = [cue.start for cue in cues if cue.family == "role" and cue.detail != "other"]  # in text order
    # whether the story reports anything, asked once: per cue, a search of the whole story was quadratic in its length
    reported = (" said " in folded or " announced " in folded, " said" in folded)
    for cue in cues:
        if cue.family == "role" and cue.detail != "other":
            names += _title_owners(text, cue, org_at, org_marker, name_ending_at)
        elif cue.family.startswith("leadership"):
            names += _helm_cue_names(text, folded, cue, titles, (org_at, org_marker, name_ending_at), reported=reported)
    if " its " in folded:
        for its in _ITS_TITLE.finditer(folded):
            names += _subject_before(text, its.start(), org_marker, verb_before=True)
    for report in _REPORTED_TITLE.finditer(text) if "said" in folded or "announced" in folded else ():
        names += _subject_before(text, report.start(), org_marker, verb_before=False)
    for search in _SEARCH.finditer(folded) if "for a" in folded else ():
        searcher = name_ending_at(text, search.start() + 1)
        if searcher is not None and _may_be_firm(text, searcher[1], org_marker):
            names.append((*searcher, False))
    return names


def _helm_cue_names(
    text: str,
    folded: str,
    cue: Cue,
    titles: list[int],
    readers: tuple[re.Pattern[str], re.Pattern[str], NameEnding],
    *,
    reported: tuple[bool, bool],
) -> list[Candidate]:
    """The firms in the slots around one leadership verb.

    The firm left or joined, the replaced leader's, the reporter's, the active naming's subject, the French hirer.
    ``reported``: whether the story holds " said " or " announced ", and " said" (a trailing reporter's verb).
    """
    org_at, org_marker, name_ending_at = readers
    verb = folded[cue.start : cue.end]
    names: list[Candidate] = []
    if verb in _MOVE_VERBS:
        names += _moved_company(text, folded, cue, org_at, org_marker)
    elif cue.family == "leadership_in" and cue.detail == "succeeds":
        names += _succession_company(text, cue, org_at, org_marker)
    said_or_announced, said = reported
    if said_or_announced:
        names += _reporter_of_holder(text, cue, org_marker)
    if said:
        names += _trailing_reporter(text, cue, titles, org_marker)
    if verb in _ACTIVE_NAMING and _TITLE_AFTER_NAMING.match(folded, cue.end):
        names += _subject_before(text, cue.start, org_marker, verb_before=False)
    if cue.family == "leadership_in" and verb in _FRENCH_HIRING:
        names += _french_hirer(text, cue, titles, org_marker, name_ending_at)
    return names


def _title_owners(
    text: str, cue: Cue, org_at: re.Pattern[str], org_marker: re.Pattern[str], name_ending_at: NameEnding
) -> list[Candidate]:
    """The company before a title ("Korvia CFO Jane Roe", "Korvia's boss") and the one after it ("CEO of Korvia")."""
    names: list[Candidate] = []
    possessive = _POSSESSED_TITLE.search(text, max(0, cue.start - 24), cue.start)
    before = name_ending_at(text, possessive.start() if possessive else cue.start)
    if before is not None and (
        possessive is not None
        or _HOLDER_AFTER.match(text, cue.end)
        or _NAMING_BEFORE.search(text, max(0, before[0] - _NAMING_REACH), before[0])
    ):
        owner = _without_qualifiers(*before)
        if owner is not None and _may_be_firm(text, owner[1], org_marker):
            names.append((*owner, False))
    of = _OWNER_OF.match(text, cue.end)
    after = org_at.match(text, of.end()) if of is not None else None
    if after is not None and _NAME_END.match(text, after.end()) and _may_be_firm(text, after.group(0), org_marker):
        names.append((after.start(), after.group(0), False))
    return names


def _without_qualifiers(start: int, name: str) -> tuple[int, str] | None:
    """The owner's name without the title's qualifiers that open it ("Interim Korvia" -> "Korvia"); None if all are."""
    words = name.split(" ")
    while words and words[0].casefold().rstrip("-") in _TITLE_ADJECTIVES:
        start += len(words.pop(0)) + 1
    if not words or words[-1].casefold() in _TITLE_ADJECTIVES:
        return None
    return start, " ".join(words)


def _moved_company(
    text: str, folded: str, cue: Cue, org_at: re.Pattern[str], org_marker: re.Pattern[str]
) -> list[Candidate]:
    """The company a leaver leaves or a newcomer joins, right after the verb ("left Korvia", "resigned from Korvia")."""
    gap = _MOVE_OBJECT.match(text, cue.end)
    if gap is None:
        return []
    if folded[cue.start : cue.end] in _PREPOSED_ONLY and not folded.startswith((" from ", " at ", " of "), cue.end):
        return []
    after = org_at.match(text, gap.end())
    if after is None or not _NAME_END.match(text, after.end()) or not _may_be_firm(text, after.group(0), org_marker):
        return []
    return [(after.start(), after.group(0), False)]


def _succession_company(text: str, cue: Cue, org_at: re.Pattern[str], org_marker: re.Pattern[str]) -> list[Candidate]:
    """The company after the leader replaced and "at" ("will take over from CEO Jane Roe at Korvia in July").

    A leader's title must stand near: "will replace Jane Roe at Davos" names a place, not a firm.
    """
    leaver = _LEAVER_AT.match(text, cue.end)
    if leaver is None or leaver.group("first").casefold() not in FIRST_NAMES:
        return []
    after = org_at.match(text, leaver.end())
    if after is None or not _NAME_END.match(text, after.end()) or not _may_be_firm(text, after.group(0), org_marker):
        return []
    if _LEADER_TITLE.search(text, max(0, cue.start - _TITLE_REACH), after.end() + _TITLE_REACH) is None:
        return []
    return [(after.start(), after.group(0), False)]


def _trailing_reporter(text: str, cue: Cue, titles: list[int], org_marker: re.Pattern[str]) -> list[Candidate]:
    """The firm reporting its leader's change at the sentence's end ("John Doe will act as interim CEO, Korvia said").

    A leader's title must stand in the same sentence, before the reporter: "..., Smith said" after a mere move is a
    person's word as often.
    """
    reporter = _TRAILING_REPORTER.search(text, cue.end, cue.end + _TRAILER_REACH)
    if reporter is None or ". " in text[cue.end : reporter.start()]:
        return []
    name = reporter.group("name")
    if (
        not _title_within(titles, cue.start - _TITLE_REACH, reporter.start())
        or name.split(" ")[0].casefold() in FIRST_NAMES
        or not _may_be_firm(text, name, org_marker)
    ):
        return []
    return [(reporter.start("name"), name, False)]


def _french_hirer(
    text: str, cue: Cue, titles: list[int], org_marker: re.Pattern[str], name_ending_at: NameEnding
) -> list[Candidate]:
    """The firm right before a French verb of hiring whose clause gives a title.

    « Korvia débauche Jane Roe, directrice financière de X », « Pour remplacer John Doe, Korvia a recruté Jane Roe
    comme directrice générale »; a first name before the verb is a person's (« Jean Roux nomme »).
    """
    clause_end = _CLAUSE_END_FR.search(text, cue.end, cue.end + _HIRED_TITLE_REACH)
    end = clause_end.start() if clause_end is not None else cue.end + _HIRED_TITLE_REACH
    if not _title_within(titles, cue.end, end):
        return []
    hirer = name_ending_at(text, cue.start)
    if hirer is None or hirer[1].split(" ")[0].casefold() in FIRST_NAMES:
        return []
    if not _may_be_firm(text, hirer[1], org_marker):
        return []
    return [(*hirer, False)]


def _title_within(titles: list[int], start: int, end: int) -> bool:
    """Whether a leader's title (``titles``: their starts in text order) starts in ``start:end``.

    A bisection, so that a long article's every cue does not rescan its every title.
    """
    at = bisect_left(titles, start)
    return at < len(titles) and titles[at] < end


def _reporter_of_holder(text: str, cue: Cue, org_marker: re.Pattern[str]) -> list[Candidate]:
    """The subject of a report whose clause opens on the holder and her verb ("Korvia said that Jane Roe resigned")."""
    report = _REPORTED_HOLDER.search(text, max(0, cue.start - _REPORT_REACH), cue.start)
    if report is None or report.group("first").casefold() not in FIRST_NAMES:
        return []
    return _subject_before(text, report.start(), org_marker, verb_before=False)


def _one_or_marked(name: str, org_marker: re.Pattern[str]) -> bool:
    """Whether a name is one word or holds an organisation's mark (several plain words may be a person's name)."""
    return " " not in name or org_marker.search(name) is not None


def _subject_before(text: str, anchor: int, org_marker: re.Pattern[str], *, verb_before: bool) -> list[Candidate]:
    """The subject opening the sentence whose anchor ("its", a naming verb, a report) stands at ``anchor``.

    The words between must be a verb group: lower-case words and weekdays, then maybe the holder's name ("Korvia has
    made Jane Roe its new chief executive"); with ``verb_before`` (an "its" anchor) they must hold a verb whose
    subject owns that "its" ("said", "named", "fired"). A surname the story gives a first name elsewhere ("Bob Iger
    ... Iger said its board"), a group of people and the state are no subject here.
    """
    opening = _OPENING.search(text, max(0, anchor - _SUBJECT_REACH), anchor)
    if opening is None:
        return []
    name = opening.group("name")
    if not _may_be_firm(text, name, org_marker):
        return []
    words = opening.group("link").split()
    if words and words[-1] == "as":
        words.pop()  # "named Jane Roe as its new CTO"
    while len(words) > 1 and words[-1][0].isupper() and words[-1] not in _WEEKDAYS:
        words.pop()  # the holder, after a verb
    if not all(w[0].islower() or w in _WEEKDAYS for w in words) or _NOT_SUBJECT_WORDS.intersection(words):
        return []
    if verb_before and not _SUBJECT_VERBS.intersection(words):
        return []
    return [(opening.start("name"), name, False)]


HEADLINE_VERB = re.compile(
    r"(?<![\w])(?:Elects|Names|Appoints|Taps|Hires|Picks|Promotes|Nominates|Selects|Chooses|Poaches|Ousts|Fires|Replaces"
    r"|Nomme|Désigne|Recrute)[ ]"
)
"""A title-cased headline's naming verb in a capitalised run ("Korvia Board Elects Jane Roe CEO"): no firm's name."""


def _may_be_firm(text: str, name: str, org_marker: re.Pattern[str]) -> bool:
    """Whether a subject may be a firm: one word or marked, no people, state or origin, no known surname.

    A surname is known when the story gives it a first name elsewhere ("Bob Iger ... Iger said its board").
    """
    return (
        _one_or_marked(name, org_marker)
        and not HEADLINE_VERB.match(name)
        and not _PLURAL_PEOPLE.fullmatch(name)
        and name.casefold() not in NOT_FIRM_WORDS
        and not is_nationality(name.rpartition(" ")[2].casefold())  # "its North American chief executive"
        and not written_after_first_name(text, name)
    )
