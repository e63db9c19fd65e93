"""Customer cues whose words tell no supply: a figure cut, a share listing moved, a customer that only could become one.

Each reader looks at a few words right around a cue the customer rules already found, so none scans the sentence:

- "its top customer Korvia cut its forecast", "Bellmark, its biggest customer, cut its production outlook": the bare
  verb of cutting acts on the customer's own figure; nobody is dropped (a loss verb with its own noun, "cut its
  spending with", "cut its orders from", is another cue and stays).
- "Dorvane moved its listing to Nasdaq", "Korvia chose the NYSE for its IPO": a company's shares move to an exchange;
  the exchange sells it no goods.
- "Korvia said Bellmark could become its largest customer", "is set to become its biggest client": a possibility, or a
  step still to come, states no relation that stands today.
- "Korvia's investment arm has walked away from Bellmark": an investor leaving a holding, no customer leaving.
- "Bellmark, a major customer, cut orders": the described party is the customer again, never its supplier.
"""

from __future__ import annotations

import re

from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_BARE_CUT = frozenset({"cut", "cuts", "slashed", "slashes", "lowered", "lowers", "trimmed", "trims", "reduced"})
"""Bare verbs of cutting the customer tables read as a loss when a supplier follows them."""
_OWN_FIGURE = re.compile(
    r"[ ](?:its|their|ses|son|sa|leurs?)[ ](?:[a-z\-]{1,15}[ ]){0,2}?(?:forecasts?|outlook|guidance|targets?"
    r"|estimates?|projections?|workforce|jobs|staff|headcount|dividends?|costs|prices|debt|losses|budget"
    r"|prévisions?|objectifs?|effectifs|dividende|coûts|dette|pertes)\b(?![ ](?:with|from|at|on|chez|auprès)\b)"
)
"""After a bare verb of cutting: the subject's own figure ("cut its forecast", "cut its full-year sales guidance"),
not followed by the supplier it was spent with."""


def cuts_own_figure(folded: str, cue: Cue) -> bool:
    """Whether a bare verb of cutting acts on its subject's own figure ("X cut its forecast"): no supplier cut."""
    return folded[cue.start : cue.end] in _BARE_CUT and _OWN_FIGURE.match(folded, cue.end) is not None


_LISTING = re.compile(
    r"(?:[a-z\-]{1,15}[ ]){0,2}?(?:listing|listings|quotation|ipo|flotation|share[ ]listing|stock[ ]listing"
    r"|shares|stock|cotation|introduction[ ]en[ ]bourse)\b"
)
"""Right after "moved its", or after "for its": the company's share listing, which goes to an exchange, no supplier."""
_POSSESSIVE = re.compile(r"[ ](?:its|their|ses|sa|son)[ ]")
_FOR_LISTING = re.compile(r"[ ](?:for|as[ ]the[ ]venue[ ]for|pour)[ ](?:its|their|sa|son|ses|leur)[ ]")
_LISTING_REACH = 40
"""How far (chars) after the exchange its "for its listing" may stand."""


def moves_listing(folded: str, cue: Cue, vendor_end: int) -> bool:
    """Whether the cue moves or places the company's shares ("moved its listing to Nasdaq", "chose X for its IPO")."""
    its = _POSSESSIVE.search(folded, cue.start, cue.end + 1)  # "moved its", "move its share listing to"
    if its is not None:
        return _LISTING.match(folded, its.end()) is not None
    purpose = _FOR_LISTING.match(folded, vendor_end, vendor_end + _LISTING_REACH)
    return purpose is not None and _LISTING.match(folded, purpose.end()) is not None


_MIGHT_BECOME = re.compile(
    r"\b(?:could|may|might|would|will|should|can|to|set[ ]to|poised[ ]to|likely[ ]to|hopes?[ ]to|aims?[ ]to"
    r"|pourrait|pourraient|devrait|devenir)[ ](?:(?:soon|eventually|one[ ]day|also|even|quickly)[ ])?"
    r"(?:become|be|deviendr?a|devenir)[ ](?:(?:one[ ]of[ ])?(?:its|their|the|a|an|son|sa|leur|le|la|l')[ ]?)?"
    r"(?:[a-z\-]{2,15}[ ]){0,2}$"
)
"""Right before a major-customer phrase: a customer that could, will or aims to become one ("could become its largest
customer", "is set to become the biggest client of", « pourrait devenir son premier client »)."""
_BECOME_REACH = 60


def only_could_become(folded: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the major-customer phrase at ``cue_start`` is one the customer only could or will become."""
    return _MIGHT_BECOME.search(folded, max(sentence_start, cue_start - _BECOME_REACH), cue_start) is not None


_INVESTOR_BEFORE = re.compile(
    r"\b(?:investment|investing|venture|private[ ]equity|holding)[ ](?:arm|unit|vehicle|fund|company)"
    r"(?:[ ](?:has|have|had|will|is|was))?[ ]$"
    r"|\b(?:fund|investor|shareholder|stakeholder)(?:[ ](?:has|have|had|will|is|was))?[ ]$"
)
"""Right before a verb of leaving: an investor for subject ("Korvia's investment arm has walked away from Y")."""
_SUBJECT_REACH = 40


def investor_leaves(folded: str, cue: Cue) -> bool:
    """Whether the verb of leaving has an investor for subject: a holding sold, no supplier left."""
    return _INVESTOR_BEFORE.search(folded, max(0, cue.start - _SUBJECT_REACH), cue.start) is not None


_BUYER_NOUN = re.compile(r"\b(?:customers?|clients?|buyers?|acheteurs?)\b")


def buyer_described(folded: str, supplier: CompanyMention) -> bool:
    """Whether the party read as supplier is an unnamed one described as a customer ("a major customer")."""
    return supplier.kind == "unnamed" and _BUYER_NOUN.search(folded, supplier.start, supplier.end) is not None
