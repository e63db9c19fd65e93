"""Whether a revenue figure covers the whole company or only a part of it: a product, a unit, a region.

Results stories give the group's revenue once and then break it down: "sales of its flagship drug", "les ventes
de sa division", "sales climbed 3% to 7.7 billion euros in Western Europe", "En France, le chiffre d'affaires
s'inscrit à 169 ME". Those figures belong to the part, and the company's revenue is the other one. The readers
here look at the words around the revenue word and the figure, never at one article's names.
"""

from __future__ import annotations

import re

from streams.extraction.org_context import PLACES

_OWNED_PART = re.compile(
    r"[ ](?:of|from|de|du|des|d')[ ]?(?:its|their|the|his|her|son|sa|ses|leur|leurs|le|la|les|l')[ ]?"
    r"(?!(?:group|groupe|company|société|entreprise|firm|firme|ensemble|même|same|year|quarter|half|period|first"
    r"|second|third|fourth|full|fiscal|current|last|previous|prior|past|latest|entire|whole|nine|six|twelve|three"
    r"|combined|merged|new|nouvel|nouveau|nouvelle|exercice|année|an|semestre|trimestre|période|premier|première"
    r"|deuxième|seconde|troisième|quatrième|neuf|mois|months?|ordre|order|t[1-4]|q[1-4]|h[12]|s[12]|\d)\b)"
    r"[a-zé]"
)
"""Right after a revenue word: the part of the business it is told of ("sales of its flagship drug", "sales from
the cloud unit", "les ventes de sa division"), not a period ("revenue of the first half", "chiffre d'affaires de
l'exercice") nor the group itself ("chiffre d'affaires du groupe", "sales of the combined company")."""

_COMPASS = r"(?:(?:western|eastern|northern|southern|central|north|south|east|west|continental)[ ])?"
_PLACE_AFTER = re.compile(
    r"[ ](?:in|en|au|aux|across|dans)[ ](?:the[ ]|l'|la[ ]|le[ ]|les[ ])?" + _COMPASS + r"([a-zéèêëàâîïôûç'\-]+)"
    r"(?:[ ]([a-zéèêëàâîïôûç'\-]+))?"
)
"""Right after a figure or a revenue word: the region it covers ("7.70 billion euros in Western Europe", "sales in
North America")."""
_PLACE_FRONTED = re.compile(
    r"[ \n]{0,3}(?:in|en|au|aux|dans)[ ](?:the[ ]|l'|la[ ]|le[ ]|les[ ])?" + _COMPASS + r"([a-zéèêëàâîïôûç'\-]+)"
    r"(?:[ ]([a-zéèêëàâîïôûç'\-]+))?[^,;.]{0,25},[ ]"
)
"""At the head of the figure's clause: the region the clause is about ("En France, le chiffre d'affaires ...")."""

_JOINT = re.compile(r",[ ](?:and|et|while|whereas|tandis[ ]que)[ ]|;[ ]")
_PLACE_SUBJECT = re.compile(
    r"(?:,[ ](?:and|et|while|whereas|tandis[ ]que)[ ]|;[ ])(?:the[ ]|l'|la[ ]|le[ ])?"
    + _COMPASS
    + r"([a-zéèêëàâîïôûç'\-]+)(?:[ ]([a-zéèêëàâîïôûç'\-]+))?"
)
"""A coordinated clause whose subject is a region: "..., and Western Europe added 3.1% to 7.70 billion euros"."""


_PART_FOR = re.compile(
    r"(?:[ ](?:annual|total|annuelles|totales))?[ ](?:for|pour)[ ](?:the|its|these|those|les|ses|ces)[ ]"
    r"(?:[a-z\-]+[ ]){0,2}"
    r"(?:products?|brands?|drugs?|units?|divisions?|operations|businesses|assets|produits|marques|activités)\b"
)
"""Right after a revenue word: the things sold it is told for ("Total annual sales for the products are about")."""


_UNIT_FOR = re.compile(
    r"[ ](?:for|pour)[ ](?:its|their|the|son|sa|leur)[ ](?:[a-z\-]+[ ]){1,2}"
    r"(?:operation|business|segment|division|unit|arm)\b"
    r"|[ ]pour[ ](?:sa|son|leur|la|le)[ ](?:branche|division|activité|pôle|unité)[ ](?!(?:de|du|en|sur)[ ])[a-zé]"
)
"""Right after a figure or its revenue word: the unit it is told for, named with what it does ("revenue of more than
$20 billion for its commercial cloud operation", « pour sa branche énergie »); a bare "for the business" may be the
whole company."""
_UNIT_AT = re.compile(
    r"[ ](?:in|at|from)[ ](?:its|their|the|[a-z0-9&\-]+'s)[ ](?:[a-z\-]+[ ]){0,3}?"
    r"(?:division|unit|segment|business|arm|branch)\b"
)
"""Right after a revenue word: the unit it is told of, named in between ("Revenue in its diagnostics division rose",
"Revenue at X's pharmaceuticals division", "revenue in the commercial airline business"; session 25)."""
_ZONE_AFTER = re.compile(r"[ ]dans[ ](?:la|cette)[ ](?:zone|région)\b")
"""Right after a revenue word: « 20 millions d'euros de revenus dans la zone », a region told before (session 25)."""
_UNIT_NAMED = re.compile(
    r"[ ](?:du|de[ ]la|de[ ]l'|of[ ]the)[ ]?(?:pôle|branche|division|segment|unité|métier|unit|business[ ]unit)\b"
)
"""Right after a revenue word: a unit named by its kind ("le chiffre d'affaires du pôle Client Particulier",
"revenue of the Tax unit"), session 25 (rev)."""
_BREAKDOWN = re.compile(
    r"[ ](?:breakdown|split|by[ ](?:segment|division|unit|business)|par[ ](?:activité|pôle|segment))\b"
)
"""Right after a revenue word: the parts it is broken into ("Revenue breakdown: Legal, $883M"), session 25 (rev)."""
_THIS_REGION = re.compile(
    r"[^.;]{0,90}?\b(?:dans|in|sur)[ ](?:cette|ce|this|that)[ ](?:région|zone|pays|marché|region|market|country|area)\b"
)
"""After a figure in its sentence: the region the sentence went on to name ("Avec des ventes de 342 millions d'euros
sur neuf mois, l'activité dans cette région a progressé"), session 25 (rev)."""
_MARKET_BEFORE = re.compile(r"\b(?:domestic|international|overseas|foreign|export|exports)[ ]$")
_MARKET_AFTER = re.compile(r"[ ](?:à[ ]l'(?:international|export|étranger)|domestiques?|à[ ]l'exportation)\b")
"""Around a revenue word: the market it is told of ("its domestic revenues jumped", « les ventes à l'export »)."""
_LINE_BEFORE = re.compile(
    r"\b(?:advertising|ad|ads|construction|subscriptions?|services?|products?|hardware|software|licen[cs](?:e|ing)"
    r"|cloud|gaming|streaming|search|royalty|commission|merchandise|wholesale|retail|segment|division|unit|core"
    r"|defence|defense|aerospace|aviation|pharmaceuticals?|pharma|diagnostics)[ ]$"
)
"""Right before a revenue word: the line of business it is told of ("construction revenue was £193.5 million",
"Total advertising revenue was $885 million"), not the company's total (session 24, money)."""


def names_a_part(folded: str, cue_end: int, cue_start: int | None = None) -> bool:
    """Whether the revenue word ending at ``cue_end`` is told of a product, a unit, a region or a market of the company.

    ``cue_start`` lets the word before it be read too ("domestic revenues").
    """
    return (
        _OWNED_PART.match(folded, cue_end) is not None
        or _PART_FOR.match(folded, cue_end) is not None
        or _UNIT_FOR.match(folded, cue_end) is not None
        or _UNIT_AT.match(folded, cue_end) is not None
        or _ZONE_AFTER.match(folded, cue_end) is not None
        or _UNIT_NAMED.match(folded, cue_end) is not None
        or _BREAKDOWN.match(folded, cue_end) is not None
        or _MARKET_AFTER.match(folded, cue_end) is not None
        or (cue_start is not None and _MARKET_BEFORE.search(folded, max(0, cue_start - 15), cue_start) is not None)
        or (cue_start is not None and _LINE_BEFORE.search(folded, max(0, cue_start - 15), cue_start) is not None)
        or _place_at(_PLACE_AFTER, folded, cue_end)
    )


def unit_after(folded: str, amount_end: int) -> bool:
    """Whether the figure ending at ``amount_end`` is told for a unit of the company named after it."""
    return _UNIT_FOR.match(folded, amount_end) is not None


def regional(folded: str, clause_start: int, window: tuple[int, int], amount_end: int) -> bool:
    """Whether the figure ending at ``amount_end`` is a region's.

    A place right after it, heading its clause, or the subject of a clause coordinated before it within ``window``
    ("..., and Western Europe added 3% to €7.7bn").
    """
    return (
        _place_at(_PLACE_AFTER, folded, amount_end)
        or _THIS_REGION.match(folded, amount_end) is not None
        or _place_at(_PLACE_FRONTED, folded, clause_start)
        or any(_place_at(_PLACE_SUBJECT, folded, joint.start()) for joint in _JOINT.finditer(folded, *window))
    )


def _place_at(pattern: re.Pattern[str], folded: str, pos: int) -> bool:
    match = pattern.match(folded, pos)
    if match is None:
        return False
    first, second = match.group(1), match.group(2)
    # "Asia-Pacific", "Europe-Moyen-Orient": a compound region opens on a place; session 26: a hyphenated place is
    # one itself (« Aux Etats-Unis et en Amérique Latine, le chiffre d'affaires ... »).
    return first in PLACES or first.split("-")[0] in PLACES or (second is not None and f"{first} {second}" in PLACES)
