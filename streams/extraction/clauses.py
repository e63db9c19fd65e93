"""Clauses of one sentence: which words an event's parties, modality and negation may come from.

A sentence often carries more than one statement: an attribution ("Microsoft said on Tuesday
that ...", "selon Microsoft, ..."), a contrast ("Unlike Google, ..."), a relative or
parenthetical aside (", which could not be reached for comment,") or two coordinated facts
("Meta bought Scale AI and Microsoft bought Nuance"). Rules read an event inside its own clause
with the asides hidden, so the speaker, the contrasted company or the aside's "plans to" never
take a role in the fact. Everything here is a bounded scan of one sentence: linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from streams.extraction.cues import Cue
from streams.extraction.tables import MARKER_FAMILIES

HiddenSpan = tuple[int, int, str]
"""(start, end, kind): kind is "attribution", "contrast", "relative" or "aside"."""
_ANY_KIND = frozenset({"attribution", "contrast", "relative", "aside"})
_ASIDE_KINDS = frozenset({"relative", "aside"})

_WRAPPER_REACH = 100
"""How far (chars) an "according to X," / "Unlike X," wrapper may run before its comma."""
_SPEECH_REACH = 40
"""How far after "said" the "that" or the reported clause's subject may start."""
_TRAILING_REACH = 70
"""How long a trailing ", two people familiar with the talks said." may be."""
_CONJUNCT_REACH = 8
_THAT = re.compile(r"(?:[ ](?:on|in|last|this|late|early|[a-z]+day|[a-z]+ly)\b[^,.;]{0,30}?)?[ ](?:that|que|qu')\b")
_SPEECH_OBJECT = re.compile(r"(?:[ ](?:on|in|last|this|late|early)\b[^,.;]{0,30}?)?,?[ ]")
_COMMA = re.compile(r",(?!\d)")
_AFTER_COMMA = re.compile(r",[ ]?$")
_SOURCE_FAMILIES = frozenset({"clause", "modality_rumor"})
"""Cue families a source opener may stand in: its own ("according to"), or a rumour cue that swallows it."""
_SHAPING = frozenset({"clause", "role"})
"""Cue families that may hide part of a sentence (speakers, asides, titles in apposition)."""
_CLAUSE_END = re.compile(r",(?!\d)|;")
_BACKERS_WORD = (
    r"(?:(?:(?:existing|earlier|early|new|other|current|returning|previous|longtime)[ ])?"
    r"(?:investors?|backers?|shareholders?|investisseurs?|actionnaires?)[ ])"
)
"""Between "with / from" and a listed name: the group it belongs to ("with existing backers A and B")."""
_LISTED = re.compile(
    r"(?:, |\b(?:with|avec|from|to|including|notamment|chez|that|which|que) "
    + _BACKERS_WORD
    + r"?)(?P<name>[A-Z][\w&'.\-]*(?: [A-Z&][\w&'.\-]*){0,4})$"
)
"""A listed name before "and": ", Southern Air" in "Atlas Air, Southern Air and ATSG"; "with A" in "with A and B";
"that A" in "a round that A and B led" (the relative's verb is the pair's)."""
_AGENT_LISTED = re.compile(
    r"\b(?P<by>by|par|of)[ ](?:(?:the|la|le|les|l')[ ]?)?[A-Z][\w&'.\-]*(?: [A-Z&][\w&'.\-]*){0,4}$"
)
"""A by-agent or a noun's complement before "and": "the takeover of Y by A and B", "the tender of A and B" list two
names unless a verb follows B ("... by A and B bought C"); after "of" the list must close with punctuation ("shares
of A and B fell" may still be cut there)."""
_LIST_CLOSED = re.compile(r"(?:[ ](?:inc|corp|co|ltd|plc|llc|sa|ag|nv|se)\.?)?[,.;]")
_VERB_REACH = 12
_LIST_TAIL_REACH = 40
_ADVERB_RELATIVE = re.compile(r",[ ](?:now|until now|previously|formerly|désormais|jusqu'ici|jusqu'alors|auparavant)$")
"""Relative markers that are adverbs: right before a fact verb they close an apposition, they open no aside."""

_INVESTOR_GROUP_BEFORE = re.compile(
    r"\b(?:investisseurs?|actionnaires?|fonds|investors|backers|shareholders|funds)(?:[ ][a-zà-ÿ\-]{2,20}){0,2}$"
)
"""Before ", dont": a group of investors whose members the relative lists, not an aside to hide."""

_PAST_VERB_RELATIVE = re.compile(r",[ ](?:named|appointed)$")
"""Relative markers that are also a past tense: "X, named CEO in 2019, said" or "Danone, a dairy group, named X"."""

_SUBJECT_APPOSITION = re.compile(r",[ ](?:an?|the|one of|its)[ ][^,;()]{1,100}$")
"""An apposition that describes a company ("Danone, the yogurt maker,", "X, a provider of storage software,")."""

_LEGAL_TAIL = re.compile(r"(?:[ ](?:inc|corp|co|ltd|plc|llc|sa|ag|nv|se)\.?)?")


@dataclass(frozen=True, slots=True)
class Clauses:
    """Clause starts and hidden asides of one sentence ``[start, end)``."""

    start: int
    end: int
    bounds: tuple[int, ...]
    hidden: tuple[HiddenSpan, ...]
    sources: tuple[tuple[int, int], ...] = ()
    """Where the sentence cites a source ("according to Jefferies", "selon Kantar"), hidden or not."""

    def span_of(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos``: an aside when ``pos`` lies in one, else the main clause."""
        if not self.hidden and len(self.bounds) == 1:
            return self.start, self.end  # most sentences: one clause, nothing hidden
        aside = self.aside_at(pos)
        if aside is not None:
            return aside[0], aside[1]
        index = bisect_right(self.bounds, pos) - 1
        start = self.bounds[max(index, 0)]
        end = self.bounds[index + 1] if index + 1 < len(self.bounds) else self.end
        return start, end

    def cited(self, pos: int) -> bool:
        """Whether ``pos`` lies in a cited source: a company there is where the news comes from, never a party."""
        return any(start <= pos < end for start, end in self.sources)

    def main_clause(self, pos: int) -> int:
        """The index of the coordinated clause holding ``pos``, asides ignored."""
        return max(bisect_right(self.bounds, pos) - 1, 0)

    def aside_at(self, pos: int) -> HiddenSpan | None:
        """The hidden span holding ``pos``, if any."""
        for span in self.hidden:
            if span[0] <= pos < span[1]:
                return span
        return None

    def visible(self, start: int, end: int, pos: int) -> bool:
        """Whether a mention at ``start:end`` may take a role in an event read at ``pos``."""
        return not self._hidden_from(start, end, pos, _ANY_KIND)

    def in_aside(self, start: int, end: int, pos: int) -> bool:
        """Whether a mention at ``start:end`` lies in a relative or parenthetical aside that ``pos`` is not in.

        Unlike :meth:`visible`, an attribution does not count: its speaker may stand for "it" in the reported
        clause, a company described in the speaker's aside ("X, which counts Y as a customer, said") never does.
        """
        return self._hidden_from(start, end, pos, _ASIDE_KINDS)

    def _hidden_from(self, start: int, end: int, pos: int, kinds: frozenset[str]) -> bool:
        """Whether a hidden span of one of ``kinds``, other than the one holding ``pos``, holds ``start:end``."""
        if not self.hidden:
            return False
        own = self.aside_at(pos)
        return any(span is not own and span[2] in kinds and span[0] <= start and end <= span[1] for span in self.hidden)

    def window_start(self, pos: int) -> int:
        """Where the wording that qualifies an event at ``pos`` may start: its clause, after any aside."""
        start = self.span_of(pos)[0]
        if not self.hidden:
            return start
        for span in self.hidden:
            if start <= span[1] <= pos and span[0] < pos and self.aside_at(pos) is not span:
                start = max(start, span[1])
        return start


def _next_comma(folded: str, pos: int, end: int, reach: int) -> int | None:
    match = _COMMA.search(folded, pos, min(end, pos + reach))
    return match.start() if match else None


_TITLE_OPENS = re.compile(r",[ ](?:(?:le|la|l'|the|son|sa|its|his|her|ex-|former|ancien|ancienne)[ ]?)?$")
_APPOSITION_REACH = 60
_OWNERSHIP_REACH = 90
"""From an ownership cue in apposition to the comma that closes it, past a list of a few names."""
_NAME_END = re.compile(r"\b[A-ZÀ-Ý][\w'\-]*$")


def _apposition(text: str, folded: str, role: Cue, end: int) -> HiddenSpan | None:
    """Hide the title in "Guillaume Faury, patron de Safran,": it describes the name and gives no role.

    Only after a capitalised word (a name): in "la directrice financière d'OpenAI, Sarah Friar, a
    confirmé", the title opens the subject and OpenAI acts.
    """
    opens = _TITLE_OPENS.search(folded, max(0, role.start - 12), role.start)
    if opens is None or not _NAME_END.search(text, max(0, opens.start() - 20), opens.start()):
        return None
    close = _COMMA.search(folded, role.end, min(end, role.end + _APPOSITION_REACH))
    return (opens.start(), close.start(), "relative") if close is not None else None


_OWNERSHIP_OPENS = re.compile(r",[ ](?:(?:the|a|an|la|le|l'|sa|son)[ ]?)?(?:[A-Za-zÀ-ÿ\-]{2,20}[ ]){0,2}$")
"""Before an ownership cue in apposition: ", ", ", the Japanese " ("Yum Brands, the Japanese parent of ...")."""
_OWNER_NOUN = re.compile(r"(?:the[ ])?parent")
"""An owner told by a noun ("the parent of"), not by a verb ("owns", « contrôle »: a stake cue as well)."""
_APPOSITION_CLOSE = re.compile(r",[ ](?![A-ZÀ-Ý0-9])|[;(]")
"""The comma that closes an apposition listing names: the next word is no name (", said", « , a annoncé »)."""


def _ownership_apposition(text: str, folded: str, cue: Cue, end: int) -> HiddenSpan | None:
    """Hide "Yum Brands, the parent of A, B and C," up to its closing comma: it places the name, the name acts.

    The last listed name is no speaker of the "said" after the comma (the sentence's subject is).
    Only after a name, and only when a comma closes it in reach (else the apposition is the clause itself).
    """
    opens = _OWNERSHIP_OPENS.search(folded, max(0, cue.start - 30), cue.start)
    if opens is None or not _NAME_END.search(text, max(0, opens.start() - 20), opens.start()):
        return None
    close = _APPOSITION_CLOSE.search(text, cue.end, min(end, cue.end + _OWNERSHIP_REACH))
    return (opens.start(), close.start(), "relative") if close is not None else None


def _paren_spans(folded: str, start: int, end: int) -> list[HiddenSpan]:
    spans: list[HiddenSpan] = []
    pos = folded.find("(", start, end)
    while pos >= 0:
        close = folded.find(")", pos, min(end, pos + _WRAPPER_REACH))
        if close < 0:
            break
        spans.append((pos, close + 1, "aside"))
        pos = folded.find("(", close, end)
    return spans


@dataclass(slots=True)
class _Reading:
    """The sentence being analysed: its text, bounds, fact cue starts and the clauses found so far."""

    text: str
    folded: str
    start: int
    end: int
    facts: list[int]
    company_starts: list[int]
    company_ends: list[int]
    bounds: list[int]
    hidden: list[HiddenSpan]
    sources: list[tuple[int, int]]

    def company_near(self, pos: int) -> bool:
        index = bisect_right(self.company_starts, pos - 1)
        return index < len(self.company_starts) and self.company_starts[index] - pos <= _CONJUNCT_REACH

    def relative_after_conjunct(self, pos: int) -> int | None:
        """Where the relative clause after the company right after ``pos`` starts (", qui lui confient"), if any."""
        index = bisect_right(self.company_starts, pos - 1)
        if index == len(self.company_starts) or self.company_starts[index] - pos > _CONJUNCT_REACH:
            return None
        relative = _RELATIVE_AFTER_NAME.match(self.folded, self.company_ends[index])
        return relative.start() if relative is not None else None


_NOUN_ONLY = frozenset({"role_noun"})
"""Fact families whose cue is a bare noun ("supplier", "customers"), never a clause's verb."""
_IN_PASSING = frozenset({("acquisition", "owned"), ("acquisition", "owner")})
"""Ownership told in an apposition ("Yum, the parent of A, B and C, said ..."): no clause's verb, so the "and" of
its list splits nothing (a verb such as "owns" is a stake cue as well, which counts)."""


def analyse(
    text: str,
    folded: str,
    span: tuple[int, int],
    cues: list[Cue],
    company_starts: list[int],
    *,
    conjunction: re.Pattern[str],
    company_ends: list[int] | None = None,
    source: re.Pattern[str] | None = None,
) -> Clauses:
    """Split the sentence ``folded[span[0]:span[1]]`` into clauses and hide its asides.

    Args:
        text: the article (capitals tell names).
        folded: the case-folded article.
        span: where the sentence starts and ends.
        cues: the sentence's cues (clause markers, role words and fact cues).
        company_starts: start offsets of the sentence's company mentions, sorted.
        conjunction: the language's clause-joining words (:func:`streams.extraction.cues.conjunctions`).
        company_ends: end offsets of the same mentions, in the same order: an "and" inside a name
            ("Department for Health and Social Care") joins no clauses.
        source: the language's source openers (:func:`streams.extraction.cues.source_openers`): each one
            marks a cited source up to its comma or the sentence's end.
    """
    start, end = span
    cited = source is not None and company_starts and any(c.family in _SOURCE_FAMILIES for c in cues)
    sources = _sources(folded, start, end, source) if cited and source is not None else []
    facts = [
        c.start
        for c in cues
        if c.family not in MARKER_FAMILIES and c.family not in _NOUN_ONLY and (c.family, c.detail) not in _IN_PASSING
    ]
    semicolon = folded.find(";", start, end) >= 0
    adversative = _ADVERSATIVE.search(folded, start, end) is not None
    if (
        len(facts) <= 1
        and not semicolon
        and not adversative
        and folded.find("(", start, end) < 0
        and not any(c.family in _SHAPING for c in cues)
    ):
        return Clauses(start, end, (start,), (), tuple(sources))  # one fact, nothing to hide: most sentences
    reading = _Reading(
        text,
        folded,
        start,
        end,
        facts,
        company_starts,
        company_ends or [],
        [start],
        _paren_spans(folded, start, end),
        sources,
    )
    speakers = [c.start for c in cues if c.family == "clause" and c.detail == "speech"]
    if len(reading.facts) > 1 or speakers or semicolon or adversative:
        for match in conjunction.finditer(folded, start, end):
            _conjunction(reading, match.start(), match.end(), speakers)
    for cue in cues:
        if cue.family == "role":
            apposition = _apposition(text, folded, cue, end)
            if apposition is not None:
                reading.hidden.append(apposition)
        elif (cue.family, cue.detail) in _IN_PASSING and _OWNER_NOUN.match(folded, cue.start):
            owned = _ownership_apposition(text, folded, cue, end)
            reading.hidden.extend([owned] if owned is not None else [])
        elif cue.family == "clause" and cue.detail == "speech":
            _speech(reading, cue)
        elif cue.family == "clause":
            _wrapper(reading, cue)
    reading.hidden.sort()
    reading.bounds.sort()
    return Clauses(start, end, tuple(reading.bounds), tuple(reading.hidden), tuple(reading.sources))


def _sources(folded: str, start: int, end: int, source: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans from each source opener to its comma or the sentence's end: "according to a filing with X"."""
    spans = []
    for match in source.finditer(folded, start, end):
        comma = _next_comma(folded, match.end(), end, _WRAPPER_REACH)
        spans.append((match.start(), comma if comma is not None else end))
    return spans


def _wrapper(reading: _Reading, cue: Cue) -> None:
    """Hide "according to X," / "Unlike X," up to its comma, and a relative clause up to its end."""
    folded, end = reading.folded, reading.end
    if cue.detail == "relative":
        verb_next = any(cue.end < f <= cue.end + 1 for f in reading.facts)
        if verb_next and _ADVERB_RELATIVE.search(folded, cue.start, cue.end):
            return  # "Artisan, the U.S. asset manager, now holds 10% of Philips": the main verb after an apposition
        if _closes_subject_apposition(reading, cue):
            return  # "StorageNetworks, a software provider, named Jane Roe CEO": the verb, not a reduced relative
        if _INVESTOR_GROUP_BEFORE.search(folded, max(reading.start, cue.start - _LIST_TAIL_REACH), cue.start):
            return  # "auprès de ses investisseurs historiques, dont A, B et C": the group's members, a list
        close = _CLAUSE_END.search(folded, cue.end, end)
        reading.hidden.append((cue.start, close.start() if close else end, "relative"))
        return
    comma = _next_comma(folded, cue.end, end, _WRAPPER_REACH)
    stop = comma if comma is not None else end
    source = cue.detail == "attribution_prefix"
    # "..., according to a filing with the regulator.": a source closing the sentence hides whatever words it holds.
    closing = source and comma is None and _AFTER_COMMA.search(folded, max(reading.start, cue.start - 2), cue.start)
    if closing or not any(cue.end <= f < stop for f in reading.facts):
        reading.hidden.append((cue.start, stop, "attribution" if source else "contrast"))
    elif not source and stop < end and any(stop < f for f in reading.facts):
        # "Although Google bought a stake last year, Meta now owns 49%": each fact in its own clause.
        reading.bounds.append(stop)
    elif not source and _AFTER_COMMA.search(folded, max(reading.start, cue.start - 2), cue.start):
        # "Y lost the tender at X, although X will keep using the firm's kit": a trailing concession is a clause of
        # its own, with its own subject (X keeps Y; read across, Y would keep X).
        reading.bounds.append(cue.start)


def _closes_subject_apposition(reading: _Reading, cue: Cue) -> bool:
    """Whether ", named" / ", appointed" follows an apposition that describes the clause's company subject.

    "Danone, the yogurt maker, named Jane Roe CEO": the participle is the sentence's verb. After a person or a
    title ("Jane Roe, named CEO in 2019, said") it stays a reduced relative that describes its holder.
    """
    folded = reading.folded
    if not _PAST_VERB_RELATIVE.fullmatch(folded, cue.start, cue.end):
        return False
    clause_start = reading.bounds[bisect_right(reading.bounds, cue.start) - 1]
    opens = folded.rfind(",", clause_start, cue.start)
    if opens < 0 or not _SUBJECT_APPOSITION.fullmatch(folded, opens, cue.start):
        return False
    return any(
        clause_start <= start and "," not in folded[clause_start:start] and _LEGAL_TAIL.fullmatch(folded, end, opens)
        for start, end in zip(reading.company_starts, reading.company_ends, strict=True)
    )


_WARNING = re.compile(r"warn(?:s|ed)|caution(?:s|ed)|a[ ]prévenu|prévient|a[ ]averti|avertit")
"""Speech verbs of warning: a supplier often warns of its own unnamed customer ("X warned that a major customer may
leave"), so only a named subject after "that" makes the warner a mere speaker."""
_ARTICLE_NEXT = re.compile(r"[ ]?(?:(?:the|la|le|les)[ ]|l')?")


def _named_next(reading: _Reading, at: int) -> bool:
    """Whether a company's name opens the reported clause at ``at`` (after an article, if any)."""
    article = _ARTICLE_NEXT.match(reading.folded, at)
    return article is not None and article.end() in reading.company_starts


def _speech(reading: _Reading, cue: Cue) -> None:
    """Hide "X said (on Tuesday) that", "X said" before a named subject, or a trailing ", X said"."""
    folded, end = reading.folded, reading.end
    clause_start = reading.bounds[bisect_right(reading.bounds, cue.start) - 1]
    that = _THAT.match(folded, cue.end, min(end, cue.end + _SPEECH_REACH))
    warning = _WARNING.fullmatch(folded, cue.start, cue.end) is not None
    if that is not None and (not warning or _named_next(reading, that.end())):
        reading.hidden.append((clause_start, that.end(), "attribution"))
        return
    spoken = _SPEECH_OBJECT.match(folded, cue.end, min(end, cue.end + _SPEECH_REACH))
    if spoken is not None and spoken.end() in reading.company_starts and any(f > cue.end for f in reading.facts):
        reading.hidden.append((clause_start, spoken.end(), "attribution"))
        return
    comma = folded.rfind(",", max(reading.start, cue.start - _TRAILING_REACH), cue.start)
    if comma >= 0 and not any(comma < f < end for f in reading.facts) and end - cue.end <= _TRAILING_REACH:
        reading.hidden.append((comma, end, "attribution"))


_PERSON_AHEAD = re.compile(
    r"[ ][A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ ][A-ZÀ-Ý][a-zà-ÿ]+"
    r"[ ](?:will|would|is|was|has|becomes|sera|a|est|devient|deviendra)\b"
)
"""A first name, a surname and a verb: the subject of a new clause ("..., and Jane Roe will become CEO")."""

_ADVERSATIVE = re.compile(r",[ ](?:but|mais|so|donc)\b")
"""A comma and "but" / "mais", or the consequence "so" / "donc": what follows has its own subject when a company
comes next ("Samsung makes the chip, so Apple still relies on it")."""
_CONTRASTIVE = re.compile(r"whereas|tandis que|alors que")
"""Conjunctions whose clause has its own subject and verb ("whereas", "tandis que"): unlike "and", never a list."""
_COMMA_WHILE = re.compile(r",[ ]while$")
_GERUND_NEXT = re.compile(r"[ ](?:also[ ]|still[ ])?[a-z]+ing\b")
"""After ", while": a gerund keeps the first clause's subject ("X bought Y, while also taking a stake in Z")."""


_RELATIVE_AFTER_NAME = re.compile(r",[ ](?:qui|which|who)[ ]")
"""A relative clause right after a name: its verb is the name's, not a second clause's ("A et B, qui lui confient")."""
_COMPLEMENT = re.compile(r"[ ]?(?:de[ ]|d'|du[ ]|des[ ]|of[ ]|from[ ]|à[ ]|au[ ]|aux[ ])")
"""Right after "and / et": a preposition makes the company after it a complement, never a new clause's subject."""


def _agents_listed(reading: _Reading, start: int, end: int, speakers: list[int]) -> bool:
    """Whether "and" at ``start`` joins two by-agents ("acquired by A and B"): B does not act in a fact of its own.

    B acts when a fact cue or a speech verb follows it closely ("... by A and B bought C", "... of A and B said").
    """
    agent = _AGENT_LISTED.search(reading.text, max(reading.bounds[-1], start - _LIST_TAIL_REACH), start)
    if agent is None:
        return False
    index = bisect_right(reading.company_starts, end - 1)
    if index == len(reading.company_starts) or reading.company_starts[index] - end > _CONJUNCT_REACH:
        return False
    after = reading.company_ends[index]
    if agent.group("by") == "of" and _LIST_CLOSED.match(reading.folded, after) is None:
        return False
    return not any(after <= point <= after + _VERB_REACH for point in (*reading.facts, *speakers))


def _conjunction(reading: _Reading, start: int, end: int, speakers: list[int]) -> None:
    """Split at ";" always; at "and" / "et" when a fact stands on each side and a company or a speaker follows."""
    if reading.folded.startswith(";", start):
        reading.bounds.append(start)
        return
    if any(first < start < last for first, last in zip(reading.company_starts, reading.company_ends, strict=False)):
        return  # "Department for Health and Social Care": a name's own "and"
    listed = _LISTED.search(reading.text, max(reading.bounds[-1], start - _LIST_TAIL_REACH), start)
    comma_and = reading.folded.startswith(",", start)
    if listed is not None and listed.start("name") in reading.company_starts and not comma_and:
        return  # "uses A, B and C, but ...": the last "and" of a list of companies joins names, not clauses
    if not comma_and and _agents_listed(reading, start, end, speakers):
        return
    before = any(reading.bounds[-1] <= f < start for f in reading.facts)  # bounds grow left to right here
    after = [f for f in reading.facts if f > end]
    relative = reading.relative_after_conjunct(end)
    if relative is not None:
        # "a séduit la Marine nationale et la Royal Navy, qui lui confient ...": the fact after is the relative's.
        after = [f for f in after if f < relative]
    speech_after = any(end <= speaker <= end + _SPEECH_REACH for speaker in speakers)
    # "X deviendrait président, tandis que Jane Roe serait nommée DG": a contrast opens a clause.
    # "said X had resigned and that Jane Roe would run it": "and that" opens a second reported clause.
    # ", and Jane Roe will become CEO": after a comma, a person's full name opens a clause of its own.
    contrast = (
        _CONTRASTIVE.search(reading.folded, start, end) is not None
        # A roundup's next deal: "A raised $21M from B, while language app C got $12M from D" (C acts, not A).
        or (_COMMA_WHILE.search(reading.folded, start, end) is not None and not _GERUND_NEXT.match(reading.folded, end))
        or reading.folded.startswith((" that ", " que ", " qu'"), end)
        or (comma_and and _PERSON_AHEAD.match(reading.text, end) is not None)
    )
    # "un ancien de STMicroelectronics et d'Atos, annonce": a company after "et d' / and of" completes a noun, and
    # the speech verb after it has the sentence's subject.
    complement = _COMPLEMENT.match(reading.folded, end) is not None
    subject_next = reading.company_near(end) and not complement
    # "Analysts said Google could follow, but Meta bought Scale AI": after ", but" a new subject opens a clause,
    # so neither the first clause's company nor its "could" reaches the fact.
    # After ", but it", "it" is the first clause's subject: no split.
    opposed = _ADVERSATIVE.match(reading.folded, start) is not None and subject_next
    joined = (opposed or (before and (contrast or subject_next))) and bool(after) and end < after[0]
    if (speech_after and not complement) or joined:
        reading.bounds.append(start)
