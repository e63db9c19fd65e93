"""The share-of-sales phrase, shared by the reader of its relation and the reader of its companies' names.

"Sprint accounted for 61% of TeleNav's revenue", « Apple pesait 23,9 % des ventes de STMicroelectronics »: a share
verb, its fraction and the whole it is taken of. :mod:`streams.extraction.cont_sales_share` reads the standing
relation; :mod:`streams.extraction.customer_roles` offers the companies on each side as names, so that a customer or
a supplier no knowledge base knows is still found. Both match on the folded text.
"""

from __future__ import annotations

import re

ABOUT = (
    r"(?:(?:about|around|roughly|nearly|almost|some|as[ ]much[ ]as|more[ ]than|less[ ]than|under|over|just[ ]over"
    r"|just[ ]under|close[ ]to|up[ ]to|at[ ]least|approximately|an[ ]estimated|près[ ]de|environ|plus[ ]de"
    r"|moins[ ]de|quelque|jusqu'à|à[ ]peine)[ ])?"
)
FRACTION = (
    r"(?:\d[\d.,]*[ ]?(?:%|percent|per[ ]cent|pour[ ]cent)|(?:a|one)[ ](?:third|quarter|fifth|tenth)|half"
    r"|two[- ]thirds|three[- ]quarters|the[ ]bulk|(?:nearly|almost)[ ]all|la[ ]moitié|(?:un|le)[ ](?:tiers|quart)"
    r"|les[ ](?:deux[ ]tiers|trois[ ]quarts))"
)
SHARE_ANCHORS = (
    "%", "percent", "per cent", "pour cent", "half", "third", "quarter", "fifth", "tenth", "bulk", "nearly all",
    "almost all", "moitié", "tiers", "quart",
)  # fmt: skip
"""Words every share phrase holds: the pattern runs only over the sentences that hold one."""
REVENUE = r"(?:revenues?|sales|turnover|business|income|ventes|chiffre[ ]d'affaires|revenus|activité)"
SHARE = re.compile(
    r"\b(?:(?P<part>accounts?[ ]for|accounted[ ]for|accounting[ ]for|makes?[ ]up|made[ ]up|making[ ]up"
    r"|represents?|represented|representing|brings?[ ]in|brought[ ]in|contributes?|contributed|contributing"
    r"|pèsent|pèse|pesait|pesaient|a[ ]pesé|représentent|représente|représentait|représentaient|a[ ]représenté)"
    r"|(?P<whole>gets|got|derives|derived|draws|drew|earns|earned|generates|generated|makes|made|réalise"
    r"|réalisait|réalisent|a[ ]réalisé))"
    rf"[ ](?:(?:plus[ ])?que[ ])?(?:(?:à[ ](?:lui|elle)[ ]seule?|alone|only)[ ])?{ABOUT}{FRACTION}"
    r"[ ](?:of|des|du|de[ ]l'|de|d')[ ]?"
    rf"(?P<owner>(?:[^.;:!?]{{0,50}}?[ ])??){REVENUE}\b"
)
"""A share verb, its fraction, then the whole it is taken of, up to the revenue word: "accounted for 61% of
TeleNav's revenue", « pesait 23,9 % des ventes », « ne représentent plus que 18 % des ventes »; a verb of earning
("gets 70% of its sales") has its customer after "from"/"avec". "made up 34% of US smartphone activations" names no
revenue and is no customer's share."""
AFTER_REVENUE = re.compile(r"[ ](?:of|at|from|de|d'|du)[ ]?")
"""After the revenue word: the supplier owning it ("of revenue at Skyworks", « des ventes de STMicroelectronics »)."""
SHARE_NOUN = re.compile(
    rf"\b(?:la[ ]part|la[ ]quote-part|the[ ]share)[ ](?:de[ ]|d'|of[ ])(?P<customer>)[^.;,]{{1,60}}?[ ](?:dans|in)[ ]"
    rf"(?:le[ ]|les[ ]|the[ ])?{REVENUE}[ ](?:de[ ]|d'|du[ ]|of[ ])"
)
"""A share named as a noun, the customer first: « la part d'Apple dans le chiffre d'affaires de STMicroelectronics »,
"the share of Apple in the sales of Dialog"."""
