"""A contract signed with its supplier named before the contract: « La SNCB a signé avec Alstom un accord-cadre ».

French puts the partner of « signer / conclure avec » right after the verb and the contract after it ("a signé avec
Volvo un accord-cadre de cinq ans", « a conclu avec Y une commande de 40 rames »). The signer buys, the one signed
with supplies, as in "X signed a contract with Y" (rules.py turns the pair round when the signer supplies: « pour lui
livrer »). Only a contract, an order or a framework agreement makes a purchase; « un accord de partenariat », « un
protocole de coopération » are joint work, read by the partnership cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

Described = Callable[[int, str | None], CompanyMention | None]
"""The company after a position when only a short description of it stands between ("avec l'espagnol CAF")."""

_WITH_AT_END = re.compile(r"[ ]avec$")
_NAME_REACH = 4
"""Chars between « avec » and the supplier's name: an article a public body's name leaves out (« avec la RATP »)."""
_CONTRACT_AFTER = re.compile(
    r"(?:[ ][^ .;,]{1,20}){0,3}?[ ](?:un|une|le|la|les|des|deux|trois|plusieurs|\d[\d ,.]*)"
    r"(?:[ ](?:nouvel|nouveau|nouvelle|premier|première|important|gros|vaste))?"
    r"[ ](?:accords?-cadres?|contrats?-cadres?|contrats?|commandes?|marchés?)\b(?![ ]de[ ](?:partenariat|coopération))"
)
"""Right after the supplier: the contract signed ("un accord-cadre de cinq ans", « une commande de 40 rames »),
maybe after a time word (« mardi »); not « un contrat de partenariat »."""


def signed_with_supplier(
    article: Article, sentence: Sentence, cue: Cue, signer: CompanyMention | None, described: Described
) -> CompanyMention | None:
    """The supplier of « X a signé avec Y un contrat », if the cue ends on « avec » and a contract follows Y."""
    folded = article.folded
    if _WITH_AT_END.search(folded, cue.start, cue.end) is None:
        return None
    exclude = signer.id if signer is not None else None
    supplier = sentence.company_after(cue.end, exclude=exclude, within=_NAME_REACH) or described(cue.end, exclude)
    if supplier is None or _CONTRACT_AFTER.match(folded, supplier.end) is None:
        return None
    return supplier
