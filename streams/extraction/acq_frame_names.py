"""Buyers and targets read by their role in an acquisition's frame, when no knowledge base knows them (session 21).

An acquisition told as a noun names its target after "of" and its buyer after "by": "the takeover of X by A and
B", "its planned acquisition by A", « le rachat de l'éditeur par A », « la reprise de X par le groupe A ». The target
is read by the anchors of :mod:`streams.extraction.org_context`; this reader offers the names of the agent list
after "by / par", at most a few words past the noun (a target told by its name or a short description, no clause
between). It also reads the buyer a seller's verb names after "to / à" ("sold its stake in Y to A", « cède à A le
solde de sa participation ») and the target of a bid or of a price paid per share ("a $2 billion offer for X",
"agreed to pay $70 per share in cash for X"), and the owner or the companies an ownership names ("owned by X", "the
parent of A and B", « contrôle notamment A et B »). Time phrases ("by March", « par an »), places, festivals and people
are dropped by the recogniser's usual checks.
"""

from __future__ import annotations

import re

from streams.extraction.first_letters import opened_on_first_letters
from streams.extraction.investor_names import names_listed_at
from streams.extraction.pattern_windows import WordGates, finditer_if

_BOUGHT_BY_WORDS = ("acquisition", "purchase", "takeover", "buyout", "buy-out", "rachat", "reprise", "absorption")
"""The nouns of an acquisition before its buyer, in the order tried; kept apart from _BOUGHT_BY so that the test of its
opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these same words."""
_BOUGHT_BY = re.compile(
    opened_on_first_letters(_BOUGHT_BY_WORDS, r"\w")
    + r"(?:[ ](?:of|de|d'|du|des)[ ]?(?:[^ ,;:()«»\"]{1,24}[ ]){1,5}?|[ ])"
    r"(?:by|par)[ ](?:la[ ]|le[ ]|l'|les[ ]|the[ ])?(?=[A-ZÀ-Ý])"
)
"""An acquisition noun, maybe its target, and "by / par" before a capitalised agent (matched on the text)."""
_BID_FOR_WORDS = (
    *(offer + r"[ ]for[ ](?=[A-Z])" for offer in ("offer", "bid", "approach")),
    r"pa(?:y|ys|id|ying)[ ](?:[^ ,;:()]{1,16}[ ]){1,4}?(?:a|per|each)[ ]share"
    r"(?:[ ]in[ ]cash)?[ ]for[ ](?=[A-Z])",
)
"""The offers and payments before their target, in the order tried; kept apart from _BID_FOR so that the test of its
opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these same words."""
_BID_FOR = re.compile(
    opened_on_first_letters(
        _BID_FOR_WORDS,
        r"\w",
    )
)
"""Before a target told by the price paid for it: "a $2 billion offer for X", "to pay $70 per share in cash for X"."""
_SOLD_TO_WORDS = (
    *("sold", "sells?", "selling", "divest(?:s|ed|ing)?", "offload(?:s|ed|ing)?", "cèdent", "cède", "cédé"),
    *("céder", "cédera", "vendu", "vendre", "vendra", "vend"),
)
"""The verbs of selling before the buyer, in the order tried; kept apart from _SOLD_TO so that the test of its opening
on their first letters (test_extraction_s28_names_speed) builds the former alternation from these same words."""
_SOLD_TO = re.compile(
    opened_on_first_letters(
        _SOLD_TO_WORDS,
        r"\w",
    )
    + r"[ ]"
    # a seat handed over is a leadership change (« cède la place / le relais / son fauteuil à Nina Roe »)
    r"(?!(?:la|sa|le|son|les|ses)[ ](?:place|relais|fauteuil|main|rênes|présidence|direction|poste|siège)\b)"
    r"(?:[^ ,;:()]{1,24}[ ]){0,8}?(?:to|à|au)[ ](?:the[ ]|le[ ]|la[ ]|l')?(?=[A-ZÀ-Ý])"
)
"""Before the buyer a seller's verb names, past what is sold: "sold its stake in Y to X", « cède à X le solde de sa
participation », « a vendu sa filiale Y à X »."""
_OWNED_BY = (
    r"(?:[ ](?:majoritairement|minoritairement|en[ ]partie))?(?:[ ]à[ ]\d{1,3}(?:,\d{1,2})?[ ]?%)?[ ](?:by|par)[ ]"
)
"""After "owned / controlled", up to the owner: « détenue majoritairement à 60 % par »."""
_OWNER_OF_WORDS = (
    *(owned + _OWNED_BY for owned in ("owned", "controlled", "détenue?s?", "contrôlée?s?")),
    *(r"parent(?:[ ]company)?[ ]of[ ]", r"belongs[ ]to[ ]", r"a[ ]unit[ ]of[ ]"),
    r"contrôle[ ](?:notamment|également|aussi|à[ ]la[ ]fois|entre[ ]autres)[ ]",
)
"""The words of owning before an owner or what it owns, in the order tried; kept apart from _OWNER_OF so that the test
of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these same
words."""
_OWNER_OF = re.compile(
    opened_on_first_letters(  # the words' first letters first: ``re`` only tries those (session 28)
        _OWNER_OF_WORDS,
        r"\w",
    )
)
_PURCHASES_OF_WORDS = ("rachats", "acquisitions", "purchases", "takeovers", "reprises")
"""The plural nouns of purchases before their targets, in the order tried; kept apart from _PURCHASES_OF so that the
test of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these
same words."""
_PURCHASES_OF = re.compile(
    opened_on_first_letters(_PURCHASES_OF_WORDS, r"\w") + r"(?:[ ](?:successifs|successives|récents))?"
    r"[ ](?:of|de|du|des)[ ](?=[A-ZÀ-Ý])"
)
"""Before the targets of a buyer's purchases told as a plural noun (session 22, :mod:`streams.extraction.acq_fronted`):
"the successive purchases of A, B and C", « les rachats successifs de A, de B et du polonais C »."""
"""Before an owner or the companies it owns (session 22, :mod:`streams.extraction.acq_ownership`): "owned by X",
« détenue à 40 % par X », "the parent of A, B and C", « contrôle notamment A et B »."""


_GATES = WordGates(
    {
        _BOUGHT_BY: ("acquisition", "purchase", "takeover", "buyout", "buy-out", "rachat", "reprise", "absorption"),
        _SOLD_TO: ("sold", "sell", "divest", "offload", "cède", "cèdent", "cédé", "céder", "cédera", "vend"),
        _BID_FOR: ("offer for", "bid for", "approach for", " share"),
        _PURCHASES_OF: ("rachats", "acquisitions", "purchases", "takeovers", "reprises"),
        _OWNER_OF: ("owned", "controlled", "détenu", "contrôl", "parent", "belongs", "unit of"),
    }
)
"""Case-folded words one of which each pattern needs: it is scanned only when the article holds one."""


def buyer_frame_names(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each buyer or target an acquisition's frame names (the module's phrases)."""
    opened = _GATES.open(folded)
    names: list[tuple[int, str, bool]] = []
    for bought in finditer_if(_BOUGHT_BY, text, opened):
        names.extend(names_listed_at(text, bought.end()))
    for sold in finditer_if(_SOLD_TO, text, opened):
        names.extend(names_listed_at(text, sold.end()))
    for purchases in finditer_if(_PURCHASES_OF, text, opened):
        names.extend(names_listed_at(text, purchases.end()))
    for owner in finditer_if(_OWNER_OF, folded, opened):
        names.extend(names_listed_at(text, owner.end()))
    for bid in finditer_if(_BID_FOR, text, opened):
        names.extend(names_listed_at(text, bid.end())[:1])
    return names
