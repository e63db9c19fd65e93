"""Names a funding phrase makes organisations from the investee's side (session 20).

Startups are the least known companies of the news: a seed-stage fintech, a biotech spun out of a lab ("Quorbly",
"Majalatouki", "TaniHub") is in no knowledge base and its name carries no legal form nor head noun. The phrase
around it says what it is, though: the object of an investment ("invested in X", "investors in X", « a investi
dans X », "a $25m investment by A and B in X"), the owner of a French round told without its amount (« le tour de
table de X », « la levée de fonds de X », « un tour de 40 millions de X »), a company told as backed ("X, which is
backed by A", « X est soutenue par A ») and the owner of "the X round" (session 21). Each name found so is offered
as a candidate; the recogniser's own checks (a person, a place, a month, an opener, "Capital" alone) still apply.
"""

from __future__ import annotations

import re

from streams.extraction.first_letters import opened_on_first_letters
from streams.extraction.pattern_windows import WordGates, finditer_if

_INVESTEE_AFTER_WORDS = (
    *("invest(?:s|ed|ing)?", "investments?", "investors", "backers", "investi", "investit", "investissent"),
    *("investissements?", "injecté", "injecte", "misé"),
)
"""The verbs and nouns of investing before the company invested in, in the order tried; kept apart from _INVESTEE_AFTER
so that the test of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation
from these same words."""
_INVESTEE_AFTER = re.compile(
    opened_on_first_letters(  # the words' first letters first: ``re`` only tries those
        _INVESTEE_AFTER_WORDS,
        r"\w",
    )
    +
    # what stands between the verb or noun and "in / dans": an amount, a kind, the investors ("by A and B"); no clause
    r"(?:[ ](?![Ii]n[ ]|dans[ ])(?:[^ ,;:.()«»\"]|\.(?=\d)){1,24}){0,8}?[ ](?:in|into|dans)[ ]"
    # session 21: a short lower-case description before the name ("in online auctioneer X")
    r"(?:(?:[a-zà-ÿ\-]+[ ]){1,3}(?=[A-ZÀ-Ý]))?"
)
"""Before the company an investment goes into; matched on the text (case kept), a name must follow ("$6.7 million
in online auctioneer X")."""
_BACKERS_OF_WORDS = ("backers", "investors", "shareholders", "investisseurs", "financeurs", "actionnaires")
"""The plurals of funders and owners before the company they fund, in the order tried; kept apart from _BACKERS_OF so
that the test of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from
these same words."""
_BACKERS_OF = re.compile(opened_on_first_letters(_BACKERS_OF_WORDS, r"\w") + r"[ ](?:of|de|d')[ ]?(?=[A-ZÀ-Ý])")
"""The company a plural of its funders or owners names (session 21): "the other backers of X were", « les
actionnaires de X ont approuvé »."""
_FR_ROUND_WORDS = (r"tour[ ]de[ ]table", r"levée[ ]de[ ]fonds", r"tour[ ]d'amorçage", r"série[ ][A-H]")
"""A French round's words, each then « de X » (in this order, before « un tour de 40 millions de X »)."""
_ROUND_OF_FR_WORDS = (
    *(round_word + r"[ ](?:de|d')[ ]?(?=[A-ZÀ-Ý])" for round_word in _FR_ROUND_WORDS),
    r"tour[ ](?:de[ ]table[ ])?de[ ]\d[\d,. \u00a0\u202f]*[ ]?(?:millions?|milliards?|M€|Md€|M\$|K€)"
    r"(?:[ ]d['\u2019]euros|[ ]de[ ]dollars)?[ ](?:de[ ]|d['\u2019])(?=[A-ZÀ-Ý])",
)
"""A French round's words, each with its « de » before the company, in the order tried; kept apart from _ROUND_OF_FR so
that the test of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from
these same words."""
_ROUND_OF_FR = re.compile(
    opened_on_first_letters(
        _ROUND_OF_FR_WORDS,
        r"\w",
    )
)
"""A French round and its company: « le tour de table de X », « la levée de fonds de X », « un tour de 40 millions de
X » (the sized « levée / opération de N de X » is read with the other funded names)."""
_BACKED_BY = re.compile(r"[ ](?:backed|funded|bankrolled|soutenue?s?|financée?s?|épaulée?s?)[ ](?:by|par)[ ]")
"""The participle of a company told as funded, found first (one cheap scan): "backed by", « soutenue par »."""
_COPULA_BEFORE = re.compile(
    r"(?:,[ ](?:which|that|qui))?[ ](?:is|was|has[ ]been|are|were|have[ ]been|est|a[ ]été|sont|ont[ ]été)"
    r"(?:[ ](?:also|already|largely|notably|aussi|déjà|notamment|également))?$"
)
"""Right before the participle, the copula after the company: "X, which is (also)", "X is", « X est »."""
_COPULA_REACH = 40
_NAME_REST = r"(?:[\w&'\-]|\.(?=\w)){0,30}"
_NAME_WORD = rf"(?:[A-Z0-9ÀÂÇÉÈÊÎÔÛŒ]|[a-z](?=[A-Z])){_NAME_REST}"
_NAME = re.compile(rf"{_NAME_WORD}(?:[ ](?:{_NAME_WORD}|&))" + r"{0,3}")
"""A run of one to four capitalised words (a camel-cased or digit-led one too: "eToro", "98point6")."""
NAME_BEFORE = re.compile(rf"(?<![\w'\-])({_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}})$")
"""One to four capitalised words ending where a slot starts (also read by :mod:`invest_frame_names`)."""
_NAME_BEFORE_REACH = 120
_ROUND_AFTER_NAME = re.compile(r"[ ](?:(?:seed|funding|financing|[Ss]eries[ ][A-H])[ ])?round\b")
"""A round right after its company's name, found first (one cheap scan): "is leading the Korvane round"."""
_THE_NAME_BEFORE = re.compile(rf"\b(?:the|its)[ ]({_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})$")
"""The company named between "the" and its round (session 21); "the Series B round" is dropped as a common word."""
_THE_NAME_REACH = 80
_OPENS_CAPITAL = re.compile(
    r"[ ](?:(?:a|avait|va)[ ])?(?:ouvert|ouvre|ouvrir|ouvrira|accueilli|accueille|fait[ ]entrer)[ ]"
    r"(?:(?:aussi|également|désormais|notamment)[ ])?(?:son[ ]capital[ ](?:à|au|aux)|à[ ]son[ ]capital)[ ]"
)
"""Round 19: the company that opens its own capital to backers, named before the verb (« X a ouvert son capital à
A », « X accueille à son capital A »); the verb is found first, then the name right before it."""
_RAISED_AFTER_SUBJECT = re.compile(
    r"[ ](?:(?:a|vient[ ]de|avait)[ ])?(?:levé|lève|lever|bouclé|boucle|reçu|reçoit|obtenu|obtient|récolté|récolte)[ ]"
)
"""Round 19: a French raise verb, found first; its subject is then looked for right before it, after a relative's
closing comma (« X, qui fabrique des puces, a levé ») or a fronted phrase's (« Installée à Lyon, X a reçu »)."""
_FUNDS_AHEAD = re.compile(r"\d|\b(?:tour|levée|fonds|série|financement|amorçage|investissement)")
"""After the raise verb: an amount or a round noun, so the verb raises funds (« a reçu 39 millions », « a bouclé un
tour »), unlike « a reçu les syndicats »."""
_FUNDS_AHEAD_REACH = 60
_SUBJECT_BEFORE_RELATIVE = re.compile(
    rf"(?<![\w'\-])({_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}),[ ]qui[ ][^,;.()«»]{{1,150}},$"
)
_SUBJECT_AFTER_FRONTED = re.compile(rf",[ ]({_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}})$")
_RELATIVE_REACH = 220
_ROUND_INTO_WORDS = ("round", r"Series[ ][A-H]", r"series[ ][A-H]", r"seed[ ]round", "funding", "financing")
"""The words of a round before the company it goes into, in the order tried; kept apart from _ROUND_INTO so that the
test of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these
same words."""
_ROUND_INTO = re.compile(
    opened_on_first_letters(_ROUND_INTO_WORDS, r"\w") + r"[ ](?:in|into|for|of)[ ]"
    r"(?:(?:[a-z\-]+[ ]){1,3}(?=[A-Z]))?"
)
"""Round 19: the company a round goes into, told after the round ("a $40 million Series B in X", "led a round for
medical robotics firm X", "the Series A of X"); matched on the text, a name must follow."""
_OWN_ROUND = re.compile(
    r"(?:'s|\u2019s)[ ](?:(?:latest|new|first|second|third|last|recent|early|initial|oversubscribed)[ ])?"
    r"(?:[Ss]eries[ ][A-H]\b|seed[ ]round|(?:funding|financing)[ ]round)"
)
"""Round 19: the owner of a round told by its stage alone, its size untold ("co-led X's Series B", "joined X's seed
round"); the possessive is found first (one cheap scan), then the name before it."""


_GATES = WordGates(
    {
        _INVESTEE_AFTER: ("invest", "backers", "inject", "misé"),
        _ROUND_OF_FR: ("tour d", "levée de fonds", "série "),
        _BACKERS_OF: ("backers", "investors", "shareholders", "investisseurs", "financeurs", "actionnaires"),
        _ROUND_AFTER_NAME: ("round",),
        _ROUND_INTO: ("round ", "eries ", "funding ", "financing "),
        _OWN_ROUND: ("eries ", "seed round", "funding round", "financing round"),
        _OPENS_CAPITAL: ("son capital",),
        _RAISED_AFTER_SUBJECT: ("levé", "lève", "lever", "boucl", "reçu", "reçoit", "obtenu", "obtient", "récolt"),
    }
)
"""Words one of which each pattern needs (lower case in the patterns, so their folded copy holds them too): each
pattern is scanned only when the folded text holds one (:class:`streams.extraction.pattern_windows.WordGates`)."""


def investee_position_names(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each name an investee position holds (the module's phrases)."""
    opened = _GATES.open(folded)
    names: list[tuple[int, str, bool]] = []
    for pattern in (_INVESTEE_AFTER, _ROUND_OF_FR, _BACKERS_OF, _ROUND_INTO):
        for position in finditer_if(pattern, text, opened):
            name = _NAME.match(text, position.end())
            if name is not None:
                names.append((name.start(), name.group(0), False))
    for backed in _BACKED_BY.finditer(text):
        copula = _COPULA_BEFORE.search(text, max(0, backed.start() - _COPULA_REACH), backed.start())
        if copula is None:
            continue
        before = NAME_BEFORE.search(text, max(0, copula.start() - _NAME_BEFORE_REACH), copula.start())
        if before is not None:
            names.append((before.start(1), before.group(1), False))
    names.extend(_raising_subjects(text, opened))
    for owned in (*finditer_if(_OWN_ROUND, text, opened), *finditer_if(_OPENS_CAPITAL, text, opened)):
        owner = NAME_BEFORE.search(text, max(0, owned.start() - _NAME_BEFORE_REACH), owned.start())
        if owner is not None:
            names.append((owner.start(1), owner.group(1), False))
    for round_word in finditer_if(_ROUND_AFTER_NAME, text, opened):
        owner = _THE_NAME_BEFORE.search(text, max(0, round_word.start() - _THE_NAME_REACH), round_word.start())
        if owner is not None:
            names.append((owner.start(1), owner.group(1), False))
    return names


def _raising_subjects(text: str, opened: frozenset[re.Pattern[str]]) -> list[tuple[int, str, bool]]:
    """The French subjects of a raise verb told past a relative or a fronted phrase (round 19).

    « X, qui fabrique des puces, a levé 5 M€ », « Installée à Lyon, X a reçu 39 millions »: the verb must take money
    or a round (« Mardi, Matignon a reçu les syndicats » names no company).
    """
    names: list[tuple[int, str, bool]] = []
    for raised in finditer_if(_RAISED_AFTER_SUBJECT, text, opened):
        if _FUNDS_AHEAD.search(text, raised.end(), raised.end() + _FUNDS_AHEAD_REACH) is None:
            continue
        reach = max(0, raised.start() - _RELATIVE_REACH)
        subject = _SUBJECT_BEFORE_RELATIVE.search(text, reach, raised.start()) or _SUBJECT_AFTER_FRONTED.search(
            text, reach, raised.start()
        )
        if subject is not None:
            names.append((subject.start(1), subject.group(1), False))
    return names
