"""Names a supply or an order makes organisations: "to supply frozen vegetables to Harlow Stores", "an order from X".

A supplier's work is told with a verb of supplying, its goods in lower case and the customer after "to / à":
"has won a contract to supply liquid milk to Aldi", "will deliver 20 trains to Westbahn", "agreed to sell 14 jets to
Virgin Atlantic", « doit fournir des rames à Transvia », « livrera 30 bus aux TEC », or first and the goods after
"with": "a contract to provide the USDA with cloud hosting". The one who receives goods bought
under a contract is a firm or a public body, so the capitalised words right after the preposition are offered as an
organisation candidate; the recogniser's own checks still reject people, places and dates ("supplies gas to
Germany"). Goods with a capital ("sold Kelvor Labs to Z") name a company sold, not goods: no candidate, unless a
model's code ("14 A330neo jets"). The same holds for the buyer a seller names after the goods of its order: "landed an
order for 63 airliners from Kestrel Lease Finance", « une commande de 32 A380 émanant d'Emirates Airline ».
"""

from __future__ import annotations

import re

from streams.extraction.pattern_windows import gated_finditer

_EN_SUPPLY = (
    r"(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing)|sell(?:s|ing)?|sold|ship(?:s|ped|ping)?"
    r"|leas(?:e|es|ed|ing)|award(?:s|ed|ing)?|entrust(?:s|ed|ing)?|outsourc(?:e|es|ed|ing))"
)
_FR_SUPPLY = (
    r"(?:fourni(?:r|t|ra|ront|ssent|ssait|ssaient|rait)|livr(?:er|e|ent|era|eront|ait|aient|erait)"
    r"|vend(?:re|ra|ront|ait|aient)?|confi(?:e|é|ée|er|era|ent)|attribu(?:e|é|ée|er|era|ent))"
)
_GOODS = (
    r"(?:(?:(?!(?:to|à|au|aux|from)[ ])[a-z0-9à-ÿ$€£][a-z0-9à-ÿ\-'.,$€£]{0,20}"
    r"|[A-Z]{1,3}[0-9][\w\-]{0,12}|\([A-Z]{2,5}\))[ ]){1,10}?"
)
"""One to ten words of goods or their count, in lower case or a model's code ("liquid milk", "14 A330neo jets",
"des rames"), maybe with the goods' abbreviation in brackets ("2 million tonnes of liquefied natural gas (LNG) a
year")."""
_PREPOSITION = re.compile(
    r"[ ](?P<preposition>to|à|aux?|from|émanant[ ]d(?:e|'))[ ]?(?:(?:the|la|le|les)[ ]|l')?(?=[A-ZÀÂÇÉÈÊÎÔ])"
)
"""The preposition a customer follows, right before a capital. The scan opens on a space, so it skips ahead fast;
what the preposition closes is then read backwards over a short window (:data:`_SUPPLIED_BEFORE`)."""
_SUPPLIED_BEFORE = re.compile(
    rf"(?<![\w\-])(?:{_EN_SUPPLY}[ ]{_GOODS}to|{_FR_SUPPLY}[ ]{_GOODS}(?:à|aux?)"
    rf"|(?:orders?|contracts?|commandes?)[ ](?:worth[ ]|for[ ]|de[ ])?(?:{_GOODS})?(?:from|émanant[ ]d[e']))$"
)
"""Up to the preposition: a supply verb and its goods ("to supply liquid milk to"), or an order or a contract and
what it is for ("an order for 63 airliners from", « une commande ferme de 32 A380 émanant d' »)."""
_LOOK_BACK = 140
_SUPPLIED_WITH = re.compile(
    r"[ ](?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|equip(?:s|ped|ping)?)[ ](?:the[ ])?"
    r"(?=[A-Z][\w&'\-.]*(?:[ ][A-Z&][\w&'\-.]*){0,4}[ ]with[ ])"
)
"""A supply verb whose customer comes first and the goods after "with": "to provide the USDA with cloud hosting"."""
_NAME = r"[A-ZÀÂÇÉÈÊÎÔ][\w&'\-.]*(?:[ ](?:(?:of|de|du|des)[ ])?(?:[A-ZÀÂÇÉÈÊÎÔ&][\w&'\-.]*)){0,4}"
_NAME_AT = re.compile(_NAME)
"""A run of capitalised words (the recogniser trims what is not the name)."""
_MAX_LISTED = 6
_NEXT_MEMBER = re.compile(rf"(?:,[ ]|,?[ ](?:and|et)[ ])(?:(?:to|à)[ ])?(?:(?:the|la|le)[ ]|l')?(?={_NAME})")
"""Between two receivers listed after the preposition: "to Starcom and Essence", « à Transdev et à Keolis »."""


def supplied_names(text: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each company a supply or an order names as its customer.

    The receiver of goods after a supply verb's goods and "to / à", or between the verb and "with" ("provide the USDA
    with"), and the buyer after an order's goods and "from".
    """
    names: list[tuple[int, str, bool]] = []
    for preposition in _PREPOSITION.finditer(text):
        window = text[max(0, preposition.start() - _LOOK_BACK) : preposition.end("preposition")]
        if _SUPPLIED_BEFORE.search(window) is not None:
            names.extend(listed_at(text, preposition.end()))
    for supplied in gated_finditer(_SUPPLIED_WITH, text):
        names.extend(listed_at(text, supplied.end()))
    return names


def listed_at(text: str, start: int) -> list[tuple[int, str, bool]]:
    """The name at ``start`` and those listed after it ("Starcom and Essence").

    Also read by :mod:`streams.extraction.customer_roles` for the customers a relation noun lists.
    """
    listed: list[tuple[int, str, bool]] = []
    while (name := _NAME_AT.match(text, start)) is not None:
        listed.append((name.start(), name.group(0).rstrip(".,"), False))
        member = _NEXT_MEMBER.match(text, name.end())
        if member is None or len(listed) == _MAX_LISTED:
            break
        start = member.end()
    return listed
