"""French verbs of handing a post over, the post as their object: « transmet son poste de CEO à X ».

The table's hand-over rows spell fixed idioms (« cède son fauteuil à », « passe la main à »). Reporters also hand
over a named post, its title and owner between the verb and « à »: « il transmet aujourd'hui son poste de CEO à
Wim De Ridder », « confie la direction générale de la banque à son bras droit, X », « a cédé la présidence du
conseil au fondateur, X ». No row can spell the words between, so this pattern finds the verb when a post follows
it (a word for a post, or the chief executive's, chair's or finance chief's title) and « à / au » closes it; the
hand-over reader then takes the leaver before the verb, the newcomer after « à » and the title from the post.

A verb of giving with no post after it gives nothing (« confie à l'AFP que ... », « cède sa filiale à X »), nor
does a department (« confie la direction des marques à X »: no tracked title).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from schemas.news import Language
from streams.extraction.pattern_windows import gated_finditer

if TYPE_CHECKING:
    from streams.extraction.cues import Cue

_VERB = (
    r"(?:transmet|transmettra|transmettrait|transmettant|a[ ]transmis|avait[ ]transmis|confie|confiera|confierait"
    r"|confiant|a[ ]confié|avait[ ]confié|cède|cédera|céderait|cédant|a[ ]cédé|avait[ ]cédé|passe|passera"
    r"|passerait|passant|a[ ]passé|avait[ ]passé|remet|remettra|a[ ]remis"
    # Session 26: « laissera la fonction de directeur général à X », « laissant sa casquette de DG à X ».
    r"|laisse|laissera|laisserait|laissant|a[ ]laissé|avait[ ]laissé)"
)
_ADVERB = (
    r"(?:[ ](?:aujourd'hui|désormais|officiellement|finalement|déjà|donc|ainsi|immédiatement|également|aussi"
    r"|dès[ ]maintenant))?"
)
_DETERMINER = r"[ ](?:son|sa|ses|le|la|les|l')[ ]?"
_POST = r"(?:poste|fauteuil|fonctions?|rôle|mandat|casquette|direction[ ]générale|direction[ ]financière|présidence)\b"
_TO = r"[^,.;:!?«»()\"]{0,60}?[ ](?P<to>à|au)[ ](?!la[ ]tête\b)"
"""The rest of the post up to « à / au » (its title and owner: « de CEO de la fintech »), in the same phrase."""

_HANDOVER = re.compile(r"(?<![\w'])(?P<verb>" + _VERB + _ADVERB + _DETERMINER + r")(?=" + _POST + _TO + r")")
"""The verb of a post handed over and the post's determiner (the cue: longer than the table's bare verb, « confie »,
a customer's, so it is read instead); the lookahead holds the post and « à »."""

_POST_TO = re.compile(_POST + _TO)

_STEMS = (
    "transm",
    "confi",
    "cède",
    "cédera",
    "céderait",
    "cédant",
    "a cédé",
    "avait cédé",
    "pass",
    "remet",
    "remis",
    "laiss",
)
"""A pass over the text only where one of the verbs stands."""


def find_handover_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """(start, end) of each verb that hands a named post over to someone (French only)."""
    if language != "fr" or not any(stem in folded for stem in _STEMS):
        return []
    return [match.span("verb") for match in gated_finditer(_HANDOVER, folded, folded)]


def handed_post_end(folded: str, cue: Cue) -> int | None:
    """Where the newcomer's part starts after a verb of handing a post over (past « à »), else None.

    None for every cue but the verbs this module finds: the table's idioms end on « à » themselves.
    """
    if cue.detail != "hands_over":
        return None
    found = _POST_TO.match(folded, cue.end)
    return found.end() if found is not None and _HANDOVER.match(folded, cue.start) is not None else None
