"""Cue patterns for takeover offers that name their bidder inside the noun phrase (session 19).

A row cannot spell the words between an offer's price and its noun ("a raised $4.5 billion all-cash offer from X")
nor the bidder between the noun and its target (« la contre-offre de X sur Y »). Each match is an `acquisition` cue of
the `offer` frame, read by :mod:`streams.extraction.acq_offers`, which checks the price, the bidder and the target.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import gated_finditer

_CUE_PATTERNS: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\d[^ ]{0,24}[ ](?:[a-z\-]{2,15}[ ]){0,5}?"
        r"(?:offer|bid|proposal|approach|counterbid|counter-bid|counteroffer)s?[ ]from[ ]"
    ),
    "fr": re.compile(r"\b(?:contre-offre|offre|opa|ope|surenchère)s?[ ](?:[^ ,;.]{1,40}[ ]){1,8}?sur[ ]"),
}
"""Where an offer may name its bidder inside: a figure before "offer from", or an offer noun up to "sur". The reader
checks the rest (the price, the bidder and the target named). Every run is bounded: an unbounded figure run took
more than 10 minutes on a megabyte of digits (it rescans to the end from every digit)."""


_PUBLIC_OFFER_FR: Final = re.compile(
    r"\b(?:offre[ ]publique[ ]d'(?:achat|échange)|offre[ ]publique[ ]mixte|opa|ope)"
    r"(?:[ ]\((?:opa|ope)\))?"
    r"(?:[ ](?:amicale|hostile|inamicale|simplifiée|volontaire|obligatoire|irrévocable|non[ ]sollicitée"
    r"|en[ ]numéraire|en[ ]espèces|en[ ]titres|en[ ]actions|mixte)){0,3}"
    r"(?:[ ]auprès[ ]de[ ]l'(?:amf|autorité[ ]des[ ]marchés[ ]financiers(?:[ ]\(amf\))?))?"
    r"[ ](?:visant|sur)[ ](?:les[ ](?:actions|titres)[ ](?!de[ ]|du[ ]|d'|des[ ]))?"
)
"""A French public offer and its target, with what a notice puts between (session 24): « une offre publique d'achat
simplifiée visant les actions Natixis », « une offre publique d'achat (OPA) sur Suez », « une OPA volontaire en
numéraire auprès de l'AMF visant le solde des actions de Y ». Rows spell the offer right before "sur / visant" only."""


def find_public_offer_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Spans of French public offers whose target follows, as `acquisition` cues of the `noun` frame."""
    if language != "fr":
        return []
    return [(m.start(), m.end()) for m in _PUBLIC_OFFER_FR.finditer(folded)]


def find_offer_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Spans of the offers whose bidder the noun phrase may name, as `acquisition` cues of the `offer` frame."""
    return [(m.start(), m.end()) for m in gated_finditer(_CUE_PATTERNS[language], folded, folded)]
