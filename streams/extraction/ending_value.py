"""What a lost customer was worth, told apart from the sentence that tells the loss.

A story often tells the loss first ("BA may ditch Gate Gourmet") and its size later, pointing back to the
relation by a definite noun phrase ("Walking away from the £130m contract will not be easy", « la perte de ce
contrat de 200 millions d'euros »), or by the supplier's sales to the customer ("Spartan said its yearly sales to
D&W come to roughly $130 million"). That amount is what makes the loss major for the alert rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from streams.extraction.article import Sentence
from streams.extraction.mentions import CompanyMention
from streams.extraction.quantities import MoneyMention

_POINTER_BEFORE = re.compile(r"\b(?:the|this|that|its)[ ](?:(?:annual|yearly|lucrative|lost)[ ])?$")
"""Right before the amount of a relation pointed back to: "the ", "this ", "its annual "."""
_RELATION_AFTER = re.compile(
    r"(?:[ \-](?:a|per)[ \-]year|[ \-]annual|[ \-]yearly)?[ \-]"
    r"(?:[a-z\-]{2,20}[ ]){0,2}?(?:contracts?|deals?|accounts?|agreements?|orders?|business)\b"
)
"""Right after that amount: the relation noun, after at most two modifiers ("£130m contract", "$50m-a-year
supply deal", "$20 million advertising account")."""
_POINTER_BEFORE_FR = re.compile(
    r"\b(?:le|ce|du|au|cet|la|cette|sa|son)[ ](?:contrat|marché|budget|compte|commande|accord)"
    r"(?:[ ](?:annuel|cadre|de[ ]fourniture|d'approvisionnement))?[ ](?:de|d'un[ ]montant[ ]de|estimée?[ ]à"
    r"|évaluée?[ ]à)[ ](?:près[ ]de[ ]|environ[ ]|quelque[ ]|plus[ ]de[ ])?$"
)
"""Before the amount of a relation pointed back to in French: « ce contrat de », « le marché d'un montant de »."""
_REACH = 40


def told_relation_value(folded: str, money: list[MoneyMention]) -> MoneyMention | None:
    """The amount of a relation the sentence points back to ("the £130m contract", « ce contrat de 200 M€ »), if any.

    Only a definite or possessive determiner points back: "a £130m contract" may be a new one.
    """
    for amount in money:
        before = folded[max(0, amount.start - _REACH) : amount.start]
        if _POINTER_BEFORE.search(before) and _RELATION_AFTER.match(folded, amount.end):
            return amount
        if _POINTER_BEFORE_FR.search(before):
            return amount
    return None


_SELLER_BEFORE = re.compile(r"(?:'s|')[ ]|[ ][a-z]{3,15}(?:[ ]that)?[ ]its[ ]")
"""Between a supplier and its "sales to": a possessive ("Spartan's annual sales to") or a teller and "its"
("Spartan said its yearly sales to", "Metcash estimates that its sales to")."""


def seller_of_sales(folded: str, sentence: Sentence, cue_start: int) -> CompanyMention | None:
    """The supplier whose "sales to" a customer are told: the company right before, as owner or teller of "its".

    With it the yearly value goes to that supplier's relation only, even when the customer has other suppliers in
    the story ("D&W moves to Supervalu ... Spartan said its yearly sales to D&W come to $130 million").
    """
    seller = next((c for c in reversed(sentence.companies) if c.end <= cue_start), None)
    if seller is None or _SELLER_BEFORE.fullmatch(folded, seller.end, cue_start) is None:
        return None
    return seller


_PERIOD_AFTER = re.compile(
    r"(?:[ \-](?:a|per|each|every)[ \-](?P<after>month|quarter)(?![ \-]?(?:ago|earlier|later|after|before|of|or))"
    r"|[ ]?/[ ]?(?P<slash>month|mo|quarter|qtr)\b"
    r"|[ ](?:in|of)[ ](?P<noun>monthly|quarterly)[ ]"
    r"|[ ](?P<adverb>monthly|quarterly)\b"
    r"|[ ](?:par|chaque)[ ](?P<fr>mois|trimestre)\b"
    r"|[ ](?:(?:de|d')[ ]?)?(?:[a-z]{2,20}[ ])?(?P<fr_adj>mensuels?|mensuelles?|trimestriels?|trimestrielles?)\b)"
)
"""Right after an amount: the month or quarter it is told for ("$2 million a month", "$20 million in monthly
revenue", "$3m-a-quarter contract", « 5 millions d'euros par mois », « 2 M€ de revenus mensuels »); "a month ago"
dates it, no rate."""
_PERIOD_BEFORE = re.compile(
    r"\b(?P<before>monthly|quarterly|mensuel|trimestriel)[ ](?:[a-z]{2,20}[ ]){0,2}(?:of|de)[ ]$"
)
"""Right before an amount: "a monthly fee of ", "quarterly sales of ", « un loyer mensuel de »."""


def yearly(folded: str, amount: MoneyMention) -> MoneyMention:
    """``amount`` as a yearly value: times twelve when told a month, four when told a quarter, else as it is.

    A customer relation's amount is what it is worth each year (the alert rules compare it with a yearly
    threshold and the supplier's revenue), and a story may tell it by the month ("the loss of $20 million in
    monthly revenue") or the quarter.
    """
    after = _PERIOD_AFTER.match(folded, amount.end)
    before = _PERIOD_BEFORE.search(folded, max(0, amount.start - _REACH), amount.start)
    told = after if after is not None else before
    if told is None:
        return amount
    word = next(w for w in told.groupdict().values() if w is not None)
    times = 12 if word.startswith(("mo", "mensuel")) else 4  # a month ("month", "mo", "mois"), else a quarter
    return replace(amount, value=amount.value * times)
