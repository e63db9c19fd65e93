"""The supplier a French buyer's giving or ordering verb names after "à": "a commandé 70 bus articulés à EvoBus".

A name the knowledge base lacks is read as a company by what stands next to it. After "attribuer / confier /
commander ... à", the receiver is the supplier ("a attribué à Stadler Rail les rames", "commandait 125 voitures à
Bombardier", "a commandé 38 trains au constructeur français Alstom"), often a few words after the verb, which the
one-word reach of :func:`streams.extraction.mentions._role_names` does not see. Places also follow "à" ("livrées à
Bruges"): a known place is no candidate, and a name must be one word or look like an organisation's. Likewise
the customer that owns a supplier noun ("le premier fournisseur d'Hydro-Québec").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.extraction.cues import Cue
from streams.extraction.org_context import PLACES

_RECEIVER_FRAMES = frozenset({"dative", "counted"})
"""The customer_start frames whose supplier may follow "à": a giving verb, goods bought by the number."""
_SUPPLIER_OF = ("fournisseur de", "fournisseur d'", "fournisseurs de", "fournisseurs d'")
"""A supplier noun's owner follows it: "le principal fournisseur d'Hydro-Québec"."""
_RECEIVER_REACH = 90
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_TO = re.compile(r"[ ](?:à|au|aux)[ ]")
_KIND = re.compile(
    r"(?:(?:constructeur|fabricant|groupe|spécialiste|industriel|équipementier|chantier|consortium|opérateur"
    r"|prestataire|société|start-up|entreprise|loueur|motoriste|avionneur)[ ](?:[a-zà-ÿ\-]{2,15}[ ]){0,2})?"
)
"""After "à / au / aux", maybe the receiver's kind and origin ("au constructeur français ")."""
_FIRM_OPENER = re.compile(
    r"(?:Transports|Autocars|Cars|Laboratoires|Établissements|Ateliers|Chantiers|Éditions|Compagnie|Société)[ ]"
)
"""A French firm's name led by its trade (session 25, custfr: « a confié aux Transports Bethuizeau », « aux Autocars
X »): an organisation's, though it has no head noun at its end."""


def receiver_names(
    text: str, cues: Sequence[Cue], org_at: re.Pattern[str], org_marker: re.Pattern[str]
) -> list[tuple[int, str, bool]]:
    """The names after "à" of French giving and ordering verbs, as name candidates (start, name, strict=False).

    ``org_at`` matches a capitalised name at a position; ``org_marker`` finds what only organisation names hold
    (an inner capital, a digit, a firm word), which a name of several words needs here.
    """
    names: list[tuple[int, str, bool]] = []
    folded = text.casefold()
    for cue in cues:
        if cue.family == "customer_continue" and folded.endswith(_SUPPLIER_OF, cue.start, cue.end):
            owner = org_at.match(text, cue.end + (0 if text[cue.end - 1] in "'\u2019" else 1))
            names += [(owner.start(), owner.group(0), False)] if owner is not None else []
            continue  # "le premier fournisseur d'Hydro-Québec": the customer owns the supplier noun
        if cue.family != "customer_start" or cue.detail not in _RECEIVER_FRAMES:
            continue
        name = _receiver(text, cue.end, org_at)
        if name is None or name.group(0).casefold() in PLACES:
            continue
        if _FIRM_OPENER.fullmatch(name.group(0) + " "):
            continue  # "aux Transports publics de la région": the trade word alone names no firm
        if " " in name.group(0) and org_marker.search(name.group(0)) is None and not _FIRM_OPENER.match(name.group(0)):
            continue
        names.append((name.start(), name.group(0), False))
    return names


def _receiver(text: str, start: int, org_at: re.Pattern[str]) -> re.Match[str] | None:
    """The first capitalised name after "à" within the clause, past what is given or ordered.

    "commandait 125 voitures à deux niveaux à Bombardier": the first "à" opens no name, the second does.
    """
    stop = start + _RECEIVER_REACH
    end = next((m.start() for m in _CLAUSE_END.finditer(text, start, stop)), stop)
    for to in _TO.finditer(text, start, end):
        kind = _KIND.match(text, to.end())
        name = org_at.match(text, kind.end() if kind is not None else to.end())
        if name is not None:
            return name
    return None
