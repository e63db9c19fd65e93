"""The customers a major-customer phrase describes when they are named after it, or listed before it.

The phrase readers of ``rules`` take one customer: the company apposed before the phrase ("Korvia, Dorvane's largest
customer") or its copula's subject. Reporters also name the customer after the phrase, in apposition to it ("shares
of Dorvane fell after its largest customer, Korvia, cut orders", "Dorvane's biggest client Korvia", « son premier
client, Korvia, »), and list several customers before a plural phrase ("Korvia, Bellmark and Quentaro, all of them
major customers of Dorvane", "Korvia and Bellmark are Dorvane's largest customers", « Korvia et Bellmark, deux des
plus gros clients de Dorvane »). This module reads both shapes; each customer found gets the standing relation the
phrase states.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.continue_lists import listed_after
from streams.extraction.continue_made_by import list_from
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_OWNED_PHRASE = re.compile(r"(?:\b(?:its|their|son|sa|ses|leur|leurs)|[\w.&\-]'s?|s')[ ](?:[a-z\-]+[ ]){0,2}$")
"""Right before the phrase, its owner: "its (two) ", "Dorvane's ", « son »: the phrase names its holder's customer."""
_APPOSED_NAME = re.compile(r",?[ ]")
"""Between the phrase and the customer it names: ", Korvia" or " Korvia"."""
_AFTER_APPOSED = re.compile(
    r"(?:[ ]\([^()]{1,30}\))?(?:[,;.]|$|[ ](?!(?:said|says|told|reported|added|a[ ]déclaré|a[ ]indiqué|selon)\b)"
    r"[a-zà-ÿ])"
)
"""After the customer: its ticker, then the apposition's comma or its clause's verb; not a speaker (", Korvia said")."""
_OWNER_REACH = 40
"""How far (chars) before the phrase its owner may start."""
_LIST_GAP = re.compile(r"(?:,[ ]|,?[ ](?:and|et|&)[ ])")
"""Between two members of a list of companies."""
_PLURAL_LEAD = re.compile(
    r"(?:,[ ]|[ ](?:are|were|remain|remained|have[ ]been|had[ ]been|sont|étaient|restent|demeurent)"
    r"(?:[ ](?:also|still|aussi|toujours|now))?(?:[ ](?:among|parmi))?[ ])"
    r"(?:(?:all|both|two|three|four|five|several|some|each|deux|trois|quatre|cinq|plusieurs|tous|toutes)[ ]"
    r"(?:of[ ](?:them[ ])?|des[ ]|d'entre[ ](?:eux|elles)[ ])?)?"
    r"(?:(?:the|its|their|les|leurs|ses|des)[ ])?(?:(?:[a-z\-]+|[\w.&\-]+'s?)[ ]){0,3}$"
)
"""From the last listed customer to the phrase: an apposition's comma or a copula, a quantity, an owner, adjectives
(", all of them ", " are Dorvane's ", ", deux des ")."""
_RANKED_AGAINST = re.compile(r"[ ](?:behind|ahead[ ]of|derrière|devant)[ ](?:the[ ]|le[ ]|la[ ]|l')?")
"""After a ranked phrase, the customers it is ranked against: "second-biggest client behind Apple", « devant A »."""
_RANK_REACH = 60
"""How far (chars) after the phrase its ranking may go on ("second-largest customer, behind A and ahead of B")."""
_RANK_GAP = re.compile(r"(?:[ ](?:of|de|du|d'|with|avec)[ ]?[^.;:()\",]{0,40}?)?,?")
"""Between the phrase and its first ranking word: its supplier or share maybe ("of Y", "with 14% of sales"), no verb
("trails behind")."""
_OF_DESCRIBED = re.compile(r"[ ](?:of|de|d'|du|at|chez)[ ]?")
"""After the phrase, the preposition of its holder told by its trade ("of the foundry", « du groupe »)."""


def customers_named_after(folded: str, sentence: Sentence, cue: Cue) -> list[CompanyMention]:
    """The customers apposed right after an owned phrase ("its largest customers, Korvia and Bellmark,"), in order."""
    if _OWNED_PHRASE.search(folded, max(sentence.start, cue.start - _OWNER_REACH), cue.start) is None:
        return []
    gap = _APPOSED_NAME.match(folded, cue.end)
    first = next((c for c in sentence.companies if gap is not None and c.start == gap.end()), None)
    if first is None:
        return []
    listed = [first, *listed_after(folded, sentence, first)]
    return listed if _AFTER_APPOSED.match(folded, listed[-1].end) is not None else []


def last_listed(folded: str, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The last of the customers listed right before a plural phrase ("A, B and C, all of them major customers")."""
    before = [c for c in sentence.companies if c.end <= cue.start]
    last = before[-1] if before else None
    return last if last is not None and listed_with(folded, sentence, last, cue) else None


def listed_with(folded: str, sentence: Sentence, customer: CompanyMention, cue: Cue) -> list[CompanyMention]:
    """The other customers listed with ``customer`` when their list stands right before a phrase describing them all.

    "Korvia, Bellmark and Quentaro, all of them major customers of Dorvane": Bellmark and Quentaro for Korvia (or
    Korvia and Bellmark for Quentaro). Nothing when the list does not end at the phrase's apposition or copula.
    """
    before = [c for c in sentence.companies if c.end <= cue.start]
    if customer not in before:
        return []
    at = before.index(customer)
    start = at
    while start > 0 and _LIST_GAP.fullmatch(folded, before[start - 1].end, before[start].start) is not None:
        start -= 1
    end = at
    while end + 1 < len(before) and _LIST_GAP.fullmatch(folded, before[end].end, before[end + 1].start) is not None:
        end += 1
    if start == end or _PLURAL_LEAD.fullmatch(folded, before[end].end, cue.start) is None:
        return []
    return [c for c in before[start : end + 1] if c.id != customer.id]


def described_vendor(
    article: Article, sentence: Sentence, cue: Cue, customers: list[CompanyMention]
) -> CompanyMention | None:
    """The supplier a phrase names by its trade ("Apple and Nvidia, all of them major customers of the foundry").

    It is the sentence's first company (its subject: "TSMC, which leads 2nm production, is testing with ..."), when
    it is not a customer and the story gives it no other trade than the one told.
    """
    of = _OF_DESCRIBED.match(article.folded, cue.end)
    described = article.anaphor_at(of.end()) if of is not None else None
    if of is None or described is None or not sentence.companies:
        return None
    subject = sentence.companies[0]
    if subject.end > cue.start or subject.id in {c.id for c in customers}:
        return None
    return article.fitting(subject, article.anaphor_kind(of.end(), described), exclude=customers[0].id)


def ranked_against(folded: str, sentence: Sentence, cue: Cue) -> list[CompanyMention]:
    """The customers a ranked phrase is measured against, the supplier's customers too.

    "Huawei ranks as TSMC's second-biggest client behind Apple", "Korvia is Dorvane's second-largest customer, behind
    Bellmark and ahead of Quentaro", « le deuxième client, derrière A mais devant B et C »: A, B and C buy from the
    same supplier. "after" is left out: "became its largest customer after Bellmark cut orders" tells a time.
    """
    ranked: list[CompanyMention] = []
    end = min(sentence.end, cue.end + _RANK_REACH)
    first = _RANKED_AGAINST.search(folded, cue.end, end)
    if first is None or _RANK_GAP.fullmatch(folded, cue.end, first.start()) is None:
        return []
    for word in _RANKED_AGAINST.finditer(folded, first.start(), end):
        ranked += list_from(folded, sentence, word.end())
    return ranked
