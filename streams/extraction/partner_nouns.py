"""A company told as another's partner by the relation noun alone: "X is a long-standing partner of Y".

Reporters often state an alliance with no verb of allying, by the noun "partner" and its two sides: the holder by a
copula or an apposition ("Korvia is a partner of Dorvane", "Korvia, a strategic partner of Dorvane", "Korvia
remains a business partner of Dorvane", « Korvia est un partenaire historique de Dorvane », « Korvia, allié de
Dorvane »), the other side after "of / de" or as a possessive before the noun ("Korvia is also Dorvane's partner in a
battery venture", "A and B, which are Dorvane's partners on EV technology"). The phrase states a standing alliance.

A partner of the past ("a former partner of") names none, and a person's partner ("Jane Roe, a partner at Ardian",
"his partner") has no company on one side. Whoever has partners or is one is a business, so the names in those two
slots are also offered to the recogniser (:mod:`streams.extraction.partner_names`), whose checks for people, places
and openers still apply. Everything is read around one cue: bounded looks of one sentence.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.partner_names import HOLDER_LEAD, POSSESSOR_GAP

_OF = re.compile(r"(?:of|de|d'|du)$")
"""A cue ending in the preposition of the other side ("partner of", « partenaire historique de »); the others ("partner
in", "partners on") name it only as a possessive before them."""
_OTHER_AFTER = re.compile(r"[ ]?(?:(?:the|le|la|l')[ ]?)?")
"""Between "of / de" and the other side: "a partner of the Korvia group" names Korvia."""
_HOLDER_REACH = 90
"""How far before the noun its holder may end (past the copula, an article and a few adjectives)."""
_LIST_STEP = re.compile(r"(?:,[ ]|,?[ ](?:and|et)[ ])")
"""Between two holders listed before the phrase: "Mazda and Subaru, which are Toyota's partners"."""


def partner_noun_pairs(article: Article, sentence: Sentence, cue: Cue) -> list[tuple[CompanyMention, CompanyMention]]:
    """The (holder, other side) pairs a partner noun states, one per listed holder; none for a past partner."""
    folded = article.folded
    other, lead_end = _possessor(article, sentence, cue)
    if other is None and _OF.search(folded, cue.start, cue.end):
        gap = _OTHER_AFTER.match(folded, cue.end)
        other = sentence.company_after(gap.end(), within=0) if gap is not None else None
        lead_end = cue.start
    if other is None:
        return []
    holder = next(
        (c for c in reversed(sentence.companies) if c.end <= lead_end and c.id != other.id),
        None,
    )
    if (
        holder is None
        or lead_end - holder.end > _HOLDER_REACH
        or not HOLDER_LEAD.fullmatch(folded, holder.end, lead_end)
    ):
        return []
    return [(member, other) for member in _listed_before(folded, sentence, holder) if member.id != other.id]


def _possessor(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention | None, int]:
    """The other side told as a possessive right before the noun ("Dorvane's partner"), and where it starts."""
    named = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if named is None or not POSSESSOR_GAP.fullmatch(article.folded, named.end, cue.start):
        return None, -1
    return named, named.start


def _listed_before(folded: str, sentence: Sentence, last: CompanyMention) -> list[CompanyMention]:
    """``last`` and the companies listed right before it ("A, B and C, which are Y's partners")."""
    members = [last]
    for company in reversed([c for c in sentence.companies if c.end <= last.start]):
        if _LIST_STEP.fullmatch(folded, company.end, members[-1].start) is None:
            break
        members.append(company)
    return members[::-1]
