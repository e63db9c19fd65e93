"""A holding moved to a size, its company named between "its" and the noun: "Fiat lifts its Chrysler holding to 30%".

Headlines and leads put the company held before the noun ("raised its Volkswagen stake to 50.8%", "cut its Alibaba
holding to 4%"), which the threshold rows ("raised its stake to") cannot spell. The row is the noun and "to"
(`named_holding` frame: "stake to", "holding to"); it reads only when a company stands right after "its / their"
and right before the noun, a verb of moving (raise, lift, up, cut ...) before "its", and a percentage right after
"to". The holder is the clause's subject before the verb.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.modality import modality_at

_MOVED_ITS = re.compile(
    r"\b(?:rais|lift|boost|increas|up|upp|cut|trim|reduc|doubl|tak|took|bring|brought|bought|buil|lower|slash)"
    r"[a-z]{0,5}[ ](?:(?:its|their)[ ])?$"
)
"""Before the company held: a verb that moves a holding and its owner ("lifts its ", "has cut their "); a headline
drops the owner ("Koor ups Credit Suisse stake to 2.12 pct")."""
_SIZE_REACH = 14
"""From "to" to its percentage ("to about 30%", "to 50.8%")."""
_FULL = 100.0


def named_holdings(article: Article, sentence: Sentence) -> list[Candidate]:
    """Stakes of "X <moves> its Y stake to N%" in ``sentence`` (see the module docstring)."""
    found: list[Candidate] = []
    for cue in sentence.cues:
        if cue.family != "stake" or cue.detail != "named_holding":
            continue
        held = next((c for c in sentence.companies if 0 < cue.start - c.end <= 1), None)
        moved = _MOVED_ITS.search(article.folded, max(sentence.start, held.start - 20), held.start) if held else None
        if held is None or moved is None:
            continue
        size = sentence.percent_after(cue.end, _SIZE_REACH)
        holder = sentence.company_before(moved.start())
        if size is None or holder is None or holder.id == held.id or size.value >= _FULL:
            continue
        found.append(
            Candidate(
                type="stake",
                span=(sentence.start, sentence.end),
                subject=holder,
                object=held,
                stake_pct=size.value,
                modality=modality_at(article, sentence, moved.start()),
                effective_date=event_date(sentence),
            )
        )
    return found
