"""A takeover whose target a later sentence names: "X a annoncé une acquisition (...). Sa cible est Y".

Reporters often open on the buyer and the kind of deal, then reveal the company bought in a sentence of its own:
"Altran a annoncé une acquisition qui ... Sa cible est le spécialiste néerlandais X", "The group unveiled a
takeover on Monday. Its target is Y". The revealing phrase ("sa cible est", "the target is") is a table row of the
`target_is` frame; the buyer is the company that announced a deal told by an indefinite or possessive noun ("une
acquisition", "an acquisition", "son rachat") in the revealing sentence or the two before it. With no such
announcement, "the target is" means a goal or a market, and gives nothing.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_ANNOUNCED_DEAL = re.compile(
    r"\b(?:an|a|one|its|this|une|un|son|sa|cette|cet)[ ](?:[a-zà-ÿ\-]{1,15}[ ]){0,2}?"
    r"(?:acquisition|takeover|purchase|buyout|rachat|reprise)\b(?!'|[ ](?:of|de|du|des)[ ](?![\d$€£]))"
)
"""A deal told without its target: "a annoncé une acquisition qui", "se lance dans un rachat de 2 milliards",
"unveiled its biggest takeover" (not "the acquisition of Y", whose target the noun reader takes)."""
_PRICE_REACH = 24
"""From the deal noun to its price: "un rachat à 2,2 milliards de francs", "a $2 billion takeover" (before)."""
_TARGET_REACH = 90
"""From "sa cible est" to the target's name, past a description ("le spécialiste néerlandais des services, X")."""
_SENTENCES_BACK = 2
_NOT_THE_COMPLEMENT = re.compile(r"\b(?:où|qui|que|dont|where|which|that|who|whose|whom)\b|[;:()]")
"""Between "the target is" and a company: a relative or a break, so the company is not the target ("La cible est le
marché allemand, où domine Siemens")."""


def target_named_later(article: Article, sentence: Sentence) -> list[Candidate]:
    """The acquisition whose target a `target_is` cue of ``sentence`` names, bought by the announcing company."""
    for cue in sentence.cues:
        if cue.family != "acquisition" or cue.detail != "target_is":
            continue
        target = sentence.company_after(cue.end, within=_TARGET_REACH)
        if target is not None and _NOT_THE_COMPLEMENT.search(article.folded, cue.end, target.start):
            continue
        announced = _announcement(article, sentence, cue, target) if target is not None else None
        if announced is None:
            continue
        buyer, where, pos = announced
        price = next(
            (m for m in where.money if not m.per_unit and abs(m.start - pos) <= _PRICE_REACH + len("acquisition")),
            None,
        )
        return [
            Candidate(
                type="acquisition",
                span=(sentence.start, sentence.end),
                subject=buyer,
                object=target,
                amount=price,
                modality=modality_at(article, where, pos),
                effective_date=event_date(where),
                inferred=["anaphor"],
            )
        ]
    return []


def _announcement(
    article: Article, sentence: Sentence, cue: Cue, target: CompanyMention
) -> tuple[CompanyMention, Sentence, int] | None:
    """The company that announced the deal, its sentence and where its deal noun stands, nearest first."""
    for index in range(sentence.index, max(-1, sentence.index - 1 - _SENTENCES_BACK), -1):
        earlier = article.sentence(index)
        end = cue.start if index == sentence.index else earlier.end
        nouns = list(_ANNOUNCED_DEAL.finditer(article.folded, earlier.start, end))
        if not nouns:
            continue
        buyer = earlier.company_before(nouns[-1].start(), exclude=target.id)
        return (buyer, earlier, nouns[-1].start()) if buyer is not None else None
    return None
