"""The maker of the goods a customer chooses: "a choisi le Patriot de Raytheon", "picked the tankers of Boeing".

A verb of choice often takes the goods, not their maker, as its object; the maker follows "de / of" right after a
short noun phrase ("le Dreamliner de Boeing", "les ravitailleurs de Boeing plutôt que ceux de Y", "the bid of X").
That maker is the supplier chosen. A person's title before "de / of" ("le directeur de Boeing", "the head of X")
names someone who works there, not goods bought.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_CHOICE = re.compile(
    r"\b(?:chose|chosen|chooses|selected|selects|picked|picks|opted[ ]for|opts[ ]for|went[ ]with|settled[ ]on"
    r"|choisi|choisit|choisissent|retenu|retient|retiennent|sélectionn\w*|préfér\w*|opt\w*[ ]pour)\b"
)
"""A cue that is a verb of choice (not an order, a hire or a signing, whose objects are read elsewhere)."""
_GOODS_OF = re.compile(
    r"[ ](?:the|its|their|le|la|les|l'|son|sa|ses|leur|leurs)[ ]?(?P<goods>(?:[\w\-/]+[ ]){0,2}[\w\-/]+)"
    r"[ ](?:of|de|du|des|d')[ ]?(?:the[ ]|la[ ]|le[ ]|l')?$"
)
"""The goods chosen and "of / de" right before their maker's name: "le Patriot de", "the tankers of"."""
_PERSON_OR_PLACE = re.compile(
    r"\b(?:directeur|directrice|président|présidente|patron|patronne|pdg|dg|fondateur|fondatrice|ancien|ancienne"
    r"|chief|ceo|head|president|chairman|founder|former|boss|director|manager|site|ville|city|siège|headquarters"
    r"|rival|concurrent|concurrente|filiale|subsidiary|unit|division|parent|actionnaire|shareholder)\b"
)
"""Words before "de / of" that name a person, a place or another firm, not goods: no maker follows."""
_REACH = 50


def chosen_goods_maker(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """The maker of the goods a verb of choice takes as its object, named after "de / of", if any."""
    folded = article.folded
    if cue.family != "customer_start" or _CHOICE.search(folded, cue.start, cue.end) is None:
        return None
    maker = sentence.company_after(cue.end, exclude=exclude, within=_REACH)
    if maker is None:
        return None
    goods = _GOODS_OF.match(folded, cue.end, maker.start)
    if goods is None or _PERSON_OR_PLACE.search(goods.group("goods")) is not None:
        return None
    return maker
