"""Cue patterns for a site or a thing two companies make together, where a table row cannot spell the words between.

Reporters tell a joint plant by the verb, the site and "with" its partner: "will build two battery plants with Y",
"operates a cell factory with Y in Nevada", « va construire une usine de batteries avec Y », « exploite deux usines
avec Y ». The words between the verb and the site (a number, the goods made there, an adjective) multiply, so no row
spells them. Each match is a `partnership` cue in the `forward` frame (builder before, partner right after "with"),
read by the same frame reader as a row (:mod:`streams.extraction.rules`); the reader takes no company after "on / in"
as a partner, and a site built "with help / 500 workers" names none. French also puts the partner before the joint
thing: « a monté avec Y un laboratoire », « la création avec Y d'une coentreprise ».
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

_NO_PARTNER_EN = (
    r"(?![ ](?:the[ ]|its[ ]|their[ ])?(?:help|support|aid|backing|funding|funds|money|subsidies|grants?|loans?"
    r"|workers|staff|people|capacity|equipment|machines|robots|technology|\d))"
)
"""After "with", what a site is built with rather than whom: help, money, workers, gear, a figure."""
_NO_PARTNER_FR = (
    r"(?![ ](?:l'|le[ ]|la[ ]|les[ ]|son[ ]|sa[ ]|ses[ ]|leur[ ]|des[ ]|du[ ])?(?:aide|soutien|appui|financement"
    r"|fonds|argent|subventions?|prêts?|salariés|employés|personnes|capacité|équipements?|machines|robots"
    r"|technologie|\d))"
)
"""The same in French: « avec l'aide de », « avec 500 salariés »."""
_EN = re.compile(
    r"\b(?:build|builds|built|building|run|runs|ran|running|operate|operates|operated|operating|open|opens|opened"
    r"|opening|construct|constructs|constructed|constructing)[ ]"
    r"(?:(?:a|an|the|two|three|four|several|new|joint|[a-z\-]{2,15}-ion|battery|cell|chip|car|engine|vehicle|ev"
    r"|electric|assembly|production|manufacturing|semiconductor)[ ]){0,4}"
    r"(?:plants?|factory|factories|gigafactory|gigafactories)[ ]with(?![\w\-])" + _NO_PARTNER_EN
)
"""A verb of building or running, a few words of the site's kind, the site, then "with": "build two battery plants
with", "operates a cell factory with"."""
_FR = re.compile(
    r"\b(?:construire|construit|construira|construiront|construisent|bâtir|bâtit|bâtira|exploiter|exploite|exploitent"
    r"|exploitera|exploiteront|ouvrir|ouvre|ouvrira|ouvriront|monter|monte|montera)[ ]"
    r"(?:(?:une|un|deux|trois|quatre|plusieurs|nouvelle|nouvelles|grande|sa|son|ses|leur|leurs)[ ]){0,2}"
    r"(?:usines?|gigafactor(?:y|ies))(?:[ ](?:de|d'|du|des)[ ]?[a-zé\-]{2,15}){0,2}[ ]avec(?![\w\-])" + _NO_PARTNER_FR
)
"""The same in French: « construire une usine de batteries avec », « exploite deux usines avec »."""
_FR_JOINT_THING = (
    r"(?:laboratoire|coentreprise|co-entreprise|société[ ]commune|filiale[ ]commune|fonds|partenariat|alliance"
    r"|centre[ ]de[ ]recherche|programme[ ]de[ ]recherche|accord[ ]de[ ](?:recherche|coopération"
    r"|partenariat|co-?développement)|projet[ ]commun)\b"
)
_FR_CREATED_WITH = re.compile(
    r"\b(?:monté|créé|fondé|lancé|conclu|noué|formé|constitué|monter|créer|fonder|lancer|conclure|nouer|former"
    r"|constituer)(?:[ ](?:en|au|à|dès|cette|l'an|début|fin|mi)[^,.;]{0,25}?)?[ ]avec"
    r"(?=[ ][^,.;]{2,60}?[ ](?:un|une|le|la|l')[ ]?" + _FR_JOINT_THING + r")"
    r"|\bcréation[ ]avec"
    r"(?=[ ][^,.;]{2,60}?[ ]d'une[ ](?:coentreprise|co-entreprise|société[ ]commune|filiale[ ]commune))"
)
"""The French order that puts the partner before the thing made together: « a monté avec Y un laboratoire
d'innovation », « a conclu avec Y un accord de coopération », « la création avec le brésilien Y d'une
coentreprise ». Only a joint thing counts: « a signé avec Y un contrat » is a purchase."""
PATTERNS: Final[dict[Language, tuple[re.Pattern[str], ...]]] = {"en": (_EN,), "fr": (_FR, _FR_CREATED_WITH)}
_ANCHORS: Final[dict[Language, tuple[tuple[str, ...], ...]]] = {
    "en": (("plant", "factor"),),
    "fr": (
        ("usine", "gigafactor"),
        ("laboratoire", "entreprise", "commune", "fonds", "partenariat", "alliance", "recherche", "accord", "projet"),
    ),
}
"""Words one of which stands in every match of each pattern: it runs only over the sentences holding one."""


def find_site_cues(folded: str, language: Language) -> list[tuple[int, int]]:
    """Return (start, end) of every joint site or thing told with its partner after "with / avec" in ``folded``."""
    return [
        (match.start(), match.end())
        for pattern, anchors in zip(PATTERNS[language], _ANCHORS[language], strict=True)
        for match in anchored_matches(pattern, folded, anchors)
    ]
