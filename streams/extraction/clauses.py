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
_CLAUSE_END = re.compile(r",(?!\d)|;")


@dataclass(frozen=True, slots=True)
class Clauses:
    """Clause starts and hidden asides of one sentence ``[start, end)``."""

    start: int
    end: int
    bounds: tuple[int, ...]
    hidden: tuple[HiddenSpan, ...]

    def span_of(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos``: an aside when ``pos`` lies in one, else the main clause."""
        aside = self.aside_at(pos)
        if aside is not None:
            return aside[0], aside[1]
        index = bisect_right(self.bounds, pos) - 1
        start = self.bounds[max(index, 0)]
        end = self.bounds[index + 1] if index + 1 < len(self.bounds) else self.end
        return start, end

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
        own = self.aside_at(pos)
        return not any(span is not own and span[0] <= start and end <= span[1] for span in self.hidden)

    def window_start(self, pos: int) -> int:
        """Where the wording that qualifies an event at ``pos`` may start: its clause, after any aside."""
        start = self.span_of(pos)[0]
        for span in self.hidden:
            if start <= span[1] <= pos and span[0] < pos and self.aside_at(pos) is not span:
                start = max(start, span[1])
        return start


def _next_comma(folded: str, pos: int, end: int, reach: int) -> int | None:
    match = _COMMA.search(folded, pos, min(end, pos + reach))
    return match.start() if match else None


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


def analyse(folded: str, start: int, end: int, cues: list[Cue], company_starts: list[int]) -> Clauses:
    """Split the sentence ``folded[start:end]`` into clauses and hide its asides.

    Args:
        folded: the case-folded article.
        start: where the sentence starts.
        end: where it ends.
        cues: the sentence's cues (clause markers and fact cues).
        company_starts: start offsets of the sentence's company mentions, sorted.
    """
    hidden: list[HiddenSpan] = _paren_spans(folded, start, end)
    facts = [c.start for c in cues if c.family not in MARKER_FAMILIES]
    bounds = [start]
    companies = set(company_starts)

    def company_near(pos: int) -> bool:
        index = bisect_right(company_starts, pos - 1)
        return index < len(company_starts) and company_starts[index] - pos <= _CONJUNCT_REACH

    for cue in cues:
        if cue.family != "clause":
            continue
        if cue.detail in ("attribution_prefix", "contrast"):
            comma = _next_comma(folded, cue.end, end, _WRAPPER_REACH)
            stop = comma if comma is not None else end
            if not any(cue.end <= f < stop for f in facts):
                hidden.append((cue.start, stop, "attribution" if cue.detail == "attribution_prefix" else "contrast"))
        elif cue.detail == "relative":
            close = _CLAUSE_END.search(folded, cue.end, end)
            hidden.append((cue.start, close.start() if close else end, "relative"))
        elif cue.detail == "speech":
            that = _THAT.match(folded, cue.end, min(end, cue.end + _SPEECH_REACH))
            clause_start = bounds[-1]
            if that is not None:
                hidden.append((clause_start, that.end(), "attribution"))
                continue
            spoken = _SPEECH_OBJECT.match(folded, cue.end, min(end, cue.end + _SPEECH_REACH))
            if spoken is not None and spoken.end() in companies and any(f > cue.end for f in facts):
                hidden.append((clause_start, spoken.end(), "attribution"))
                continue
            comma = folded.rfind(",", max(start, cue.start - _TRAILING_REACH), cue.start)
            if comma >= 0 and not any(comma < f < end for f in facts) and end - cue.end <= _TRAILING_REACH:
                hidden.append((comma, end, "attribution"))
        elif cue.detail == "conjunction" and folded.startswith(";", cue.start):
            bounds.append(cue.start)  # a semicolon joins two statements
        elif cue.detail == "conjunction":
            before = any(bounds[-1] <= f < cue.start for f in facts)
            nxt = [f for f in facts if f > cue.end]
            speech_after = any(
                c.family == "clause" and c.detail == "speech" and cue.end <= c.start <= cue.end + _SPEECH_REACH
                for c in cues
            )
            if speech_after or (before and nxt and company_near(cue.end) and cue.end < nxt[0]):
                bounds.append(cue.start)
    hidden.sort()
    return Clauses(start, end, tuple(bounds), tuple(hidden))
