"""The company a revenue word names as its owner: "Kelvora's turnover", « le chiffre d'affaires de Kelvora ».

A name the knowledge base lacks is read as a company by what stands next to it. Results sentences name the owner of
a revenue word in three places: a possessive right before it ("White Young Green's turnover"), a name right after a
French "de" (« les produits d'exploitation de BCE », « le chiffre d'affaires de Lumio »), and the subject of a verb
of reporting right before it (« SII affiche un chiffre d'affaires », "Lumio posted revenue of"). Products and
places stand in those places too (« les ventes de Noël », "France's sales"): a place is no candidate, « ventes »
names no owner after it, a name after "de" must be one word or look like an organisation's, and a name before a
verb or a possessive is read strictly (no person, place or opener; several words need an organisation's look).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from streams.extraction.closing_words import search_back
from streams.extraction.cues import Cue
from streams.extraction.org_context import PLACES

_POSSESSIVE = re.compile(r"['\u2019]s[ ](?:(?:annual|total|net|quarterly|yearly|full-year|group)[ ]){0,2}$")
"""Between an owner and its revenue word: "'s", maybe an adjective or two ("Acme's annual net sales")."""
_REPORTS = re.compile(
    r"[ ](?:(?:a|avait|has|had)[ ])?(?:affiche|affiché|enregistre|enregistré|réalise|réalisé|déclare|déclaré"
    r"|posted|posts|reported|reports|recorded|records|generated|generates)"
    r"[ ](?:(?:un|une|des|de|d'|son|sa|ses|its|total|annual|net|annuels?|consolidé)[ ]?){0,3}$"
)
"""Between a subject and its revenue word: a verb of reporting and the noun's determiners (« a enregistré un »)."""
_BEFORE_REACH = 45
_OWNER_AFTER = re.compile(r"[ ](?:de|d['\u2019])[ ]?(?=[A-ZÀ-Ý])")
"""Between a French revenue word and its owner: « chiffre d'affaires de », « revenus d'»."""
_NOUNS = frozenset(
    ("turnover", "revenue", "revenues", "sales", "chiffre d'affaires", "revenus", "ventes", "produits d'exploitation")
)
"""The revenue words an owner stands next to; "l'activité atteint" and "le CA" take none."""
_OWNED_AFTER = frozenset(("chiffre d'affaires", "revenus", "produits d'exploitation"))
"""The French revenue words whose "de" names their owner; « les ventes de Noël » are a season's, or a product's."""

NameEndingAt = Callable[[str, int], tuple[int, str] | None]


def revenue_owner_names(
    text: str, cues: Sequence[Cue], org_at: re.Pattern[str], org_marker: re.Pattern[str], name_ending_at: NameEndingAt
) -> list[tuple[int, str, bool]]:
    """The owners of revenue words, as name candidates (start, name, strict).

    ``org_at`` matches a capitalised name at a position, ``name_ending_at`` the one ending at a position;
    ``org_marker`` finds what only organisation names hold (an inner capital, a digit, a firm word).
    """
    names: list[tuple[int, str, bool]] = []
    for cue in cues:
        noun = text[cue.start : cue.end].casefold()
        if cue.family != "revenue" or noun not in _NOUNS:
            continue
        window = max(0, cue.start - _BEFORE_REACH)
        before = _POSSESSIVE.search(text, window, cue.start) or _REPORTS.search(text, window, cue.start)
        owner = name_ending_at(text, before.start()) if before is not None else None
        if owner is not None and owner[1].casefold() not in PLACES:
            names.append((owner[0], owner[1], org_marker.search(owner[1]) is None))
        joint = _OWNER_AFTER.match(text, cue.end) if noun in _OWNED_AFTER else None
        after = org_at.match(text, joint.end()) if joint is not None else None
        if (
            after is not None
            and after.group(0).casefold() not in PLACES
            and (" " not in after.group(0) or org_marker.search(after.group(0)) is not None)
        ):
            names.append((after.start(), after.group(0), False))
    return names


_RESULTS_WORDS_EN = (
    r"(?:(?:record|strong|higher|lower|weaker|solid|first|full-year|annual|interim|half-year|quarterly|final"
    r"|preliminary)[ ]){0,2}(?:profits?|results|revenues?|sales|earnings|turnover)\b"
)
_RESULTS_HEADLINE_EN = (
    r"[ ]?(?:[\u2013\u2014:]|-)[ ]" + _RESULTS_WORDS_EN,
    r"[ ](?:reports|posts|announces|delivers|books)[ ]" + _RESULTS_WORDS_EN,
)
_RESULTS_COLON_FR = re.compile(
    r"[ ]?:[ ][^.\n]{0,40}?\b(?:ca|chiffre[ ]d'affaires|ventes|résultats?|bénéfices?|pertes?|ebitda|rn)\b"
)
_NAME_BEFORE_COLON = re.compile(r"[A-ZÀ-Ý][\w&'\-.]*(?:[ ](?:de|du|des|d'|et|&|[A-ZÀ-Ý][\w&'\-.]*)){0,4}(?=[ ]?:[ ])")
"""Session 25 (rev): a French wire's results headline, the name then a colon (« Ramsay Générale de Santé : hausse du
résultat net à 13,4 ME », « Korvia : perte de 40 ME au 1er semestre »)."""
_RESULTS_HEADLINE_FR = re.compile(
    r"(?:(?:les|le|la)[ ])?(?:ventes|bénéfices?|chiffre[ ]d'affaires|résultats?|pertes?|ca)"
    r"(?:[ ](?:annuels?|annuelles?|semestriels?|semestrielles?|trimestriels?|trimestrielles?|nets?))?"
    r"[ ](?:de[ ]|du[ ]|d')$"
)
"""Session 24 (money): a results headline names whose figures the story gives ("Volex - final results", "Korvia
reports record profits", « Le bénéfice de Korvia augmente », « Les ventes de Korvia dépassent les prévisions »)."""


def results_headline_names(text: str, org_at: re.Pattern[str]) -> list[tuple[int, str, bool]]:
    """The company a results headline (the text before the first blank line) is about, as a strict name candidate.

    The body of such a story often never names the company again ("The company has announced its annual results",
    « le chiffre d'affaires a augmenté »), so the headline's name stands even when it does not recur.
    """
    end = text.find("\n\n")
    if end <= 0:
        return []
    headline = text[:end]
    folded = headline.casefold()
    found: list[tuple[int, str, bool]] = []
    opening = org_at.match(headline, 0)
    if opening is not None and any(re.match(words, folded[opening.end() :]) for words in _RESULTS_HEADLINE_EN):
        found.append((0, opening.group(0), True))
    elif (
        opening is not None
        and (named := _NAME_BEFORE_COLON.match(headline))
        and _RESULTS_COLON_FR.match(folded, named.end())
    ):
        found.append((0, named.group(0), False))
    for name in org_at.finditer(headline):
        if name.start() > 0 and search_back(_RESULTS_HEADLINE_FR, folded, max(0, name.start() - 40), name.start()):
            found.append((name.start(), name.group(0), True))
    return found
