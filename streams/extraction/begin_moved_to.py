"""A customer moving its work or its purchases to a supplier, told with the thing moved or the goods' maker.

No row spells the words between the verb and the supplier: "is moving its electronic records to Y", "switched its
payroll to Y", "pushed X to move production of its flagship chips to Y", "is consolidating its media account with Y",
"may switch to modems made by Y", « a transféré sa paie chez Y », « bascule ses
serveurs vers Y ». Each is a ``customer_start`` cue in the ``active`` frame (the customer is the verb's subject, the
supplier after the cue). The thing moved must be the customer's own ("its / their / sa / leurs"), never a site, a
listing or staff ("moved its headquarters to Austin", "moved its listing to the Nasdaq"), so that a manager who moves
to a rival ("its chief executive moved to Y") is no supplier change.
"""

from __future__ import annotations

_NOT_MOVED = (
    r"(?!(?:headquarters|hq|head[ ]office|offices?|listings?|shares|stock|staff|employees|workers|people|base"
    r"|domicile|seat|registration|plants?|factor(?:y|ies)|sites?|siège|sièges|bureaux|cotation|salariés|usines?)\b)"
)
"""What a company moves that no supplier receives: a site, a listing, its people."""
_EN_THINGS = rf"(?:its|their)[ ]{_NOT_MOVED}(?:[a-z0-9$.,\-]{{1,20}}[ ]){{1,4}}?"
"""The customer's own work or goods, one to four words ("its electronic records ", "its $30 million media account ")."""
EN_MOVED_TO = (
    r"\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|transfer(?:s|red|ring)?|migrat(?:e|es|ed|ing))"
    rf"[ ](?:(?:the[ ])?(?:production|manufacturing|making)[ ]of[ ])?{_EN_THINGS}(?:to|onto)(?![\w\-])"
    rf"|\bconsolidat(?:e|es|ed|ing)[ ]{_EN_THINGS}(?:with|onto)(?![\w\-])"
    r"|\b(?:switch(?:es|ed|ing)?|mov(?:e|es|ed|ing)|turn(?:s|ed|ing)?)[ ]to[ ](?:[a-z0-9\-]{2,20}[ ]){1,3}"
    r"(?:made|built|supplied|produced|manufactured|designed|developed)[ ]by(?![\w\-])"
)
"""The move and the preposition before the supplier: "is moving its records to", "consolidating its account with",
"switch to modems made by"."""
EN_MOVED_STEMS = ("mov", "shift", "switch", "transfer", "migrat", "consolidat", "turn")

_FR_THINGS = rf"(?:sa|son|ses|leur|leurs)[ ]{_NOT_MOVED}(?:[a-z0-9à-ÿ$.,\-']{{1,20}}[ ]){{1,4}}?"
FR_MOVED_TO = (
    r"\b(?:transf[eéè]r(?:e|ent|é|ée|era|eront|er)|migr(?:e|ent|é|era|er)|bascul(?:e|ent|é|era|er)"
    rf"|déplac(?:e|ent|é|era|er))[ ]{_FR_THINGS}(?:chez|vers)(?![\w\-])"
)
"""« a transféré sa paie chez », « bascule ses serveurs vers »: "chez / vers" name a firm ("à" may name a place)."""
FR_MOVED_STEMS = ("transf", "migr", "bascul", "déplac")
