"""Who else a customer's change of supplier names: the lost customer apposed to its noun, the successor, the holder.

The lost customer a supplier names after its customer noun: "va perdre son premier client, Manitou".

A supplier-discloses cue short enough to stop at the possessive ("lose its", "perdre son") leaves the customer
noun and its apposition after it: "Acme will lose its largest customer, Renault, next year", "Corvalis va perdre
son premier client, Manitou." The apposed company is the customer when the words between the cue and it are
only the customer noun, its adjectives, a comma and maybe a description ("son principal client, le constructeur
Manitou"), and the apposition closes right after the name (a comma, a stop, a bracket or the end of the
sentence). A name that goes on into a verb ("lost a key customer, Barclays analysts said") is a source, not
the customer.

The successor named after the dropped maker's goods ("from its X systems to Y") and the supplier that held the
business a chosen one takes ("jusque-là confiée à X") are read here too, for :mod:`streams.extraction.rules`.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_NOUN_THEN_NAME = re.compile(
    r"[ ]?(?:[a-zà-ÿ\-]{1,15}[ ]){0,3}?(?:customers?|clients?|clientes?)"
    r"(?:,|(?P<named>[ ]in|(?:[ ][a-zà-ÿ\-]{3,15})?[ ]en[ ]la[ ]personne[ ]de))[ ]"
    r"(?:(?:the|la|le|l')[ ]?(?:[a-zà-ÿ\-]{2,15}[ ]){1,3})?"
)
"""From the cue's end to the apposed name: the customer noun, a comma (or "in", « en la personne de », which name
the customer as the comma does: "could lose a major customer in X"), maybe a described kind."""
_APPOSITION_CLOSES = re.compile(r"[ ]?(?:\([^()]{1,30}\))?[ ]?(?:[,.;)]|$)")
"""Right after the apposed name: the apposition closes (a ticker may stand before the comma)."""
_REACH = 80
"""How far after the cue the apposed name may start."""


def lost_customer_named(
    article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention | None
) -> CompanyMention | None:
    """The company apposed to the customer noun right after a supplier-discloses cue, else None."""
    folded = article.folded
    for company in sentence.companies:
        if company.start < cue.end or (vendor is not None and company.id == vendor.id):
            continue
        if company.start - cue.end > _REACH:
            return None
        noun = _NOUN_THEN_NAME.fullmatch(folded, cue.end, company.start)
        if noun is None:
            return None
        if noun.group("named"):
            return company  # "a major customer in X": no apposition to close
        closes = _APPOSITION_CLOSES.match(folded, company.end, sentence.end)
        return company if closes is not None else None
    return None


_GOODS_THEN_SWAP = re.compile(
    r"(?:[ ](?!(?:and|or|but|in|on|at|as|after|before|since|for|by|from|to|with|last|this|next|et|ou|en|dans|par"
    r"|pour)[ ])[a-z\-]{2,15}){1,2}[ ](?:to|with|onto|par)[ ](?:the[ ]|rival[ ]|le[ ]|la[ ]|l')?"
)
"""After a dropped supplier named inside its goods, before the successor: " systems to", " chips with", " par"."""


def successor_past_goods(article: Article, sentence: Sentence, vendor: CompanyMention) -> CompanyMention | None:
    """The successor of a supplier named as the maker of goods a customer leaves ("from its X systems to Y").

    "moved its orders away from A to B" names B right after A; when A is the maker inside the goods the customer
    drops ("will move from their Cerner systems to Epic", "replace its Huawei gear with Nokia"), one or two words
    of goods stand between, and B follows "to / with / par" after them.
    """
    swap = _GOODS_THEN_SWAP.match(article.folded, vendor.end, sentence.end)
    if swap is None:
        return None
    return sentence.company_after(swap.end(), exclude=vendor.id, within=0)


_HELD_UNTIL_THEN = re.compile(
    r"\b(?:jusque-là|jusqu'alors|jusqu'ici|jusqu'à[ ]présent|auparavant|précédemment|previously|until[ ](?:then|now)"
    r"|formerly)[ ](?:(?:confiée?s?|attribuée?s?)[ ]à|(?:détenue?s?|assurée?s?|gérée?s?|exploitée?s?|tenue?s?)[ ]par"
    r"|(?:held|run|handled|provided|managed|operated|served)[ ]by|avec)[ ](?:the[ ]|la[ ]|le[ ]|l')?"
    r"|\b(?:partageait|partageaient|détenait|détenaient)[ ](?:jusque-là|jusqu'alors|jusqu'ici|auparavant)[ ]"
    r"(?:avec[ ])?(?:la[ ]|le[ ]|l')?"
)
"""After a supplier chosen, before the one that held the business until then: "jusque-là confiée à X", "un marché qu'il
partageait jusqu'alors avec X", "previously handled by X"."""
_HELD_REACH = 120
"""How far (chars) after the chosen supplier the former holder's phrase may start."""
_OTHER_CLAUSE = re.compile(r"[;:]|,[ ](?:and|but|et|mais|while|whereas|tandis)[ ]")


def held_until_then(article: Article, sentence: Sentence, vendor: CompanyMention) -> CompanyMention | None:
    """The supplier that held the business a chosen ``vendor`` takes, when the sentence says so after it.

    "La Ville a attribué à Sodexo la restauration scolaire, un marché qu'il partageait jusqu'alors avec Elior",
    "a attribué à Suez l'hydraulique urbaine, jusque-là confiée à la SDE": the former holder loses the customer
    the new one wins. Words that name a mere rival ("instead of", "préférée à") are not read here.
    """
    folded = article.folded
    limit = min(sentence.end, vendor.end + _HELD_REACH)
    held = _HELD_UNTIL_THEN.search(folded, vendor.end, limit)
    if held is None or _OTHER_CLAUSE.search(folded, vendor.end, held.start()) is not None:
        return None
    holder = next((c for c in sentence.companies if c.start == held.end()), None)
    return holder if holder is not None and holder.id != vendor.id else None
