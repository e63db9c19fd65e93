"""Cue patterns for a French contract lost, ended or won whose own description parts the verb from the other party.

The rows of ``customer_end`` spell the contract right before its party ("perd le contrat de", "a résilié son contrat
avec"), and French reporters describe the contract at length in between:

- a supplier losing a customer's contract told with its object: « Dorvane perd le budget achat d'espace de Korvia »,
  « a perdu le marché de nettoyage des gares de Korvia », « perdrait la délégation des transports publics du Grand
  Korvia » (frame ``passive``: the supplier before the cue, the customer right after it);
- a contract taken from its supplier by the customer, who is named before the contract: « Dorvane se voit retirer
  par Korvia son contrat de maintenance » (frame ``passive``);
- a customer ending the contract « qui le liait à » its supplier: « Korvia n'a pas prolongé le contrat de fourniture
  qui le liait à Dorvane », « a résilié l'accord qui l'unissait depuis 2015 à Dorvane » (frame ``active``: the supplier
  right after the cue, the customer before it);
- a supplier winning a customer's contract told with its object: « Dorvane a remporté le contrat de nettoyage des
  gares de Korvia », « a décroché le plus récent contrat de fourniture d'électricité de la ville de Korvia »
  (``customer_start``, frame ``passive``).

The description is lower-case words ("de nettoyage des gares"), so the last « de / du / d' » before a capitalised name
introduces the customer; a contract whose owner is no name (« le marché de l'emploi », « le contrat de son directeur »)
gives no cue. The patterns run over the article's text (case-insensitive for the verbs, case-sensitive for the words
of the description and the name's capital).
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

_LOWER_WORD = r"(?-i:[a-zà-ÿ][a-zà-ÿ'\-]{0,19})"
"""A word of the description, in lower case (a capital starts the party's name)."""
_OWNER_HEADS = (
    r"ville|commune|région|métropole|communauté|département|province|municipalité|agglomération|société|groupe"
    r"|compagnie"
)
"""Head nouns of a public body or a firm, which open the customer's name (« de la ville de X », « du groupe X »)."""
_DESCRIPTION_WORD = rf"(?:[ ](?!(?:au|à|avec|par|pour|dans|en|sur|qui|que|et|ou|mais|{_OWNER_HEADS})[ ]){_LOWER_WORD})"
"""A lower-case word after the contract noun that opens no other phrase: "achat", "d'espace", "de", "nettoyage" (a
preposition of another party, « au profit de », « avec », ends the description, and a head noun opens the customer's
name)."""
_DESCRIPTION = rf"{_DESCRIPTION_WORD}{{0,6}}?"
"""At most six words of description: "achat d'espace", "de nettoyage des gares"."""
_CONTRACT_NOUN = r"(?:contrats?|marchés?|budgets?|délégation|concession|accord-cadre)"
"""A customer's contract a supplier holds (not « compte » nor « gestion », which name a bank account or a fund)."""

_OWNER_OPENS = rf"(?=(?-i:[A-ZÀ-Ý])|(?-i:(?:{_OWNER_HEADS})[ ](?:(?:de|du|d')[ ]?)?[A-ZÀ-Ý]))"
"""The customer after the description's last « de »: its capitalised name, or a public body's or a firm's head noun
before it (« de la ville de X », « du groupe X »), which the description would otherwise swallow."""

_FR_LOST_DESCRIBED = (
    r"\b(?:perd|perdent|perdu|perdre|perdra|perdrait|perdait|perdant)[ ]"
    r"(?:(?:ainsi|aussi|également|donc|finalement)[ ])?(?:le|la|l'|les|son|sa|ses|un|une)[ ]?"
    rf"(?:{_LOWER_WORD}[ ])?{_CONTRACT_NOUN}{_DESCRIPTION_WORD}{{1,6}}?"
    rf"[ ](?:de[ ](?:la[ ]|l')?|d'|du[ ]|des[ ]){_OWNER_OPENS}"
)
"""A supplier losing a customer's contract described before the customer: « perd le budget achat d'espace de X » (with
no description, « a perdu le contrat de (la) X » is the rows')."""

_FR_WON_DESCRIBED = (
    r"\b(?:remporte|remportent|remporté|remporter|remportera|remportait|décroche|décrochent|décroché|décrocher"
    r"|décrochera|rafle|raflé|rafler|s'adjuge|adjugé|obtient|obtenu|obtenir|obtiendra|gagne|gagné|gagner)[ ]"
    r"(?:(?:ainsi|aussi|également|donc|finalement|à[ ]nouveau)[ ])?(?:le|la|l'|les|un|une)[ ]?"
    rf"(?:{_LOWER_WORD}[ ]){{0,2}}{_CONTRACT_NOUN}{_DESCRIPTION_WORD}{{1,6}}?"
    rf"[ ](?:de[ ](?:la[ ]|l')?|d'|du[ ]|des[ ]){_OWNER_OPENS}"
)
"""A supplier winning a customer's contract described before the customer: « a remporté le contrat de nettoyage des
gares de X », « vient de remporter le plus récent contrat de fourniture d'électricité de la ville de X » (with no
description, « a remporté le marché de X » is the rows')."""

_FR_TENDER_BY = (
    r"\b(?:remporte|remportent|remporté|remporter|remportera|décroche|décroché|décrocher|gagne|gagné|rafle|raflé)[ ]"
    r"l'appels?[ ]d'offres?[ ](?:(?:international|européen|public|national)[ ])?(?:lancé|organisé|publié)"
    r"(?:[ ](?:il[ ]y[ ]a|en|au[ ]début[ ]de|à[ ]la[ ]fin[ ]de|fin|début|l'an[ ]dernier|l'année[ ]dernière)"
    rf"(?:[ ][^ ,.;()]{{1,12}}){{0,4}}?)?[ ]par[ ](?:les[ ]|la[ ]|le[ ]|l')?{_OWNER_OPENS}"
)
"""A supplier winning the tender its customer launched, told with when (« a remporté l'appel d'offre lancé il y a un
an et demi par les Chemins de fer fédéraux »; « appel d'offre » in the singular as some reporters spell it)."""

_FR_ENDING_VERB = (
    r"(?:(?:met|mis|mettre|mettra|mettait|mettrait|mettant)[ ](?:fin|un[ ]terme)[ ](?:à[ ]|au[ ])"
    r"|(?:rompt|rompu|rompre|rompra|rompait|résilie|résilié|résilier|résiliera|résiliait|dénonce|dénoncé|dénoncer"
    r"|annule|annulé|annuler|abandonne|abandonné|abandonner)[ ]"
    r"|(?:n'a|n'avait|ne[ ]va|n'ont)[ ]pas[ ](?:renouvelé|prolongé|reconduit|renouveler|prolonger|reconduire)[ ]"
    r"|ne[ ](?:renouvellera|prolongera|reconduira|renouvellerait|prolongerait|reconduirait|renouvelle|prolonge"
    r"|reconduit)[ ]pas[ ])"
)
"""A verb that ends the contract, or does not renew it, in the tenses news is told in."""
_FR_BOUND_ENDED = (
    rf"\b{_FR_ENDING_VERB}(?:(?:le|l'|la|les|son|sa|ses)[ ]?)?"
    r"(?:contrats?|accords?|partenariat|marchés?|convention|concession|délégation|accord-cadre)"
    rf"{_DESCRIPTION}[ ]qui[ ](?:le|la|l'|les|nous)[ ]?(?:liait|lie|liaient|lient|unissait|unit|unissaient)"
    r"(?:[ ]depuis[ ](?:19|20)\d\d|[ ]depuis[ ](?:\d{1,3}|[a-zà-ÿ\-]{3,12})[ ]ans)?"
    r"[ ](?:à[ ](?:la[ ]|l')?|au[ ]|aux[ ])"
    r"(?=(?-i:[A-ZÀ-Ý]))"
)
"""A customer ending the contract that bound it to its supplier: « n'a pas prolongé le contrat de fourniture qui le
liait à X », « a résilié l'accord qui l'unissait depuis 2015 à X »."""

_FR_TAKEN_BY = (
    r"\b(?:se[ ]voit|se[ ]voient|s'est[ ]vue?|se[ ]sont[ ]vus?|s'était[ ]vue?)[ ]retirer[ ]par[ ](?:la[ ]|le[ ]|l')?"
    r"(?=[^,.;]{2,60}?[ ](?:son|sa|ses|leur|le|la|les)[ ](?:contrats?|marchés?|budgets?|délégation|concession)\b)"
)
"""A contract taken from the supplier by its customer: « la Saur se voit retirer par X son contrat d'eau » (a licence
taken by a regulator, « s'est vu retirer par l'Arcep sa licence », is no contract)."""

_PATTERNS: Final = (
    (
        re.compile(_FR_LOST_DESCRIBED, re.IGNORECASE),
        "customer_end",
        "passive",
        ("perd", "Perd"),
    ),
    (
        re.compile(_FR_TAKEN_BY, re.IGNORECASE),
        "customer_end",
        "passive",
        ("retirer par",),
    ),
    (
        re.compile(_FR_BOUND_ENDED, re.IGNORECASE),
        "customer_end",
        "active",
        (" qui le ", " qui la ", " qui l'", " qui les ", " qui nous "),
    ),
    (
        re.compile(_FR_TENDER_BY, re.IGNORECASE),
        "customer_start",
        "passive",
        ("appel d'offre", "appels d'offre"),
    ),
    (
        re.compile(_FR_WON_DESCRIBED, re.IGNORECASE),
        "customer_start",
        "passive",
        ("remport", "Remport", "décroch", "Décroch", "rafl", "adjug", "obt", "Obt", "gagn", "Gagn"),
    ),
)
"""Each pattern, its family, its frame and its anchors (words of which one stands in every match, looked for in the
text)."""


def find_described_contract_cues(text: str, language: Language) -> list[tuple[int, int, str, str]]:
    """Return (start, end, family, frame) of every French pattern, read in the article's (normalised) text.

    The name's capital is what tells the customer from the description's last word, so the patterns and their anchors
    run over the text itself, whose offsets are the case-folded copy's.
    """
    if language != "fr":
        return []
    return [
        (match.start(), match.end(), family, frame)
        for pattern, family, frame, anchors in _PATTERNS
        for match in anchored_matches(pattern, text, anchors)
    ]
