"""Investors read by their role in a funding round's frame, when no knowledge base knows them (session 21).

Funds, angels' vehicles and corporate venture arms are named once and rarely carry a legal form ("Quavandra",
"Ostrixtis"), so the recogniser only finds them when a phrase says they invest. The phrases read here name the
round's members where the other investor readers (:mod:`streams.extraction.investor_names`) do not look:

- co-investors told in an absolute clause after the lead: "led by A, with B and C also participating / taking
  part / joining", "with A in the lead" (a round told within reach);
- the members of a round told in a relative clause before their verb: "a private round that A and B led";
- the funders of an amount raised: "raised $2.5M from A", "received 6.5 billion yen from A, B and others", « a
  reçu 39 millions de dollars de A » (an amount must stand between the verb and "from": "received approval from A"
  names a regulator);
- in French, the funders a company "could count on" for its round (« a pu compter sur A, B et C »), the lead of a
  round or its followers (« Dirigé par A, le tour de ... », « la série B a été suivie par A »; « dirigée par »
  without a round names a company's boss) and the
  investor of a granted investment (« un investissement consenti en 2017 par A »), the members a round gathered
  (« le tour de X a réuni aussi A et B »);
- the manager of a fund ("the consumer fund run by A", « le véhicule géré par A ») and the companies a list of
  holdings goes into ("investments so far, including in A and B", « des participations notables dans A, B et C »);
- a company's funders told by a copula: "the other backers of X were A, B and C", « les investisseurs de X, qui
  fabrique des adhésifs, sont A, B et C »;
- the subject of "made an investment in" (round 19): "A made a $5 million investment in X";
- the raiser of an amount told as a passive verb's subject (session 26): "$40 million was raised by X".

Each name is offered as a candidate only; the recogniser's checks (people, places, dates, openers) still apply.
"""

from __future__ import annotations

import re

from streams.extraction.first_letters import opened_on_first_letters
from streams.extraction.funding_names import NAME_BEFORE
from streams.extraction.investor_names import names_listed_at
from streams.extraction.pattern_windows import WordGates, finditer_if

_ALSO_JOINING = re.compile(
    r"[ ](?:also[ ]|too[ ])?(?:participating|taking[ ]part|joining(?:[ ]in)?|investing|chipping[ ]in"
    r"|contributing|pitching[ ]in|co-investing)(?=[,.;:!?)]|$|[ ](?:in|as|too|again)\b)"
    r"|[ ](?:in[ ]the[ ]lead|leading|as[ ](?:the[ ])?lead(?:[ ]investors?)?)(?=[,.;:!?)]|$)"
)
"""Case-folded: the participle that closes an absolute clause of co-investors ("with A and B also taking part") or
of the lead ("with A in the lead")."""
_FUNDING_NEAR = re.compile(r"\b(?:round|funding|financing|raise[ds]?|series[ ][a-h]|seed|investors?|backers)\b")
_WITH_REACH = 200
_ROUND_THAT_WORDS = ("round", "financing", "funding", "raise", "investment", r"series[ ][a-h]", "tranche")
"""The words of a round before a relative clause naming its members, in the order tried; kept apart from _ROUND_THAT so
that the test of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from
these same words."""
_ROUND_THAT = re.compile(opened_on_first_letters(_ROUND_THAT_WORDS, r"\w") + r",?[ ](?:that|which)[ ](?=[A-Z])")
"""A round whose members are told in a relative clause before their verb ("a round that A and B led", "a $10 million
round, which A led")."""
_LED_AFTER = re.compile(r"[ ](?:jointly[ ]|also[ ])?(?:co-)?(?:led|headed|spearheaded|joined|backed)\b")
_RAISED_FROM_WORDS = (
    *("raised", "raises", "raising", "received", "receives", "receiving", "secured", "secures", "got", "gets"),
    *("landed", "collected", "attracted", "took", "takes", r"pulled[ ]in", "drew"),
)
"""The verbs of raising before the funders, in the order tried; kept apart from _RAISED_FROM so that the test of its
opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these same words."""
_RAISED_FROM = re.compile(
    opened_on_first_letters(  # the verbs' first letters first: ``re`` only tries those (session 28)
        _RAISED_FROM_WORDS,
        r"\w",
    )
    + r"[ ](?:[^ ,;:()]{1,24}[ ]){1,8}?from[ ]"
)
"""Case-folded: a verb of raising, a few words (the amount among them) and "from", before the funders."""
_RAISED_FROM_FR_WORDS = ("reçu", "reçoit", "levé", "lève", "obtenu", "obtient", "récolté", "récolte")
"""The French verbs of raising before the funders, in the order tried; kept apart from _RAISED_FROM_FR so that the test
of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these same
words."""
_RAISED_FROM_FR = re.compile(
    opened_on_first_letters(_RAISED_FROM_FR_WORDS, r"\w") + r"[ ](?:[^ ,;:()]{1,24}[ ]){1,8}?"
    r"(?:de[ ]|du[ ]|d')(?=[A-ZÀ-Ý])"
)
"""The same in French, on the text (a capital must follow « de / du »: « a reçu 39 millions de dollars de A »)."""
PASSIVE_RAISE = re.compile(
    r"[ ](?:was|were|has[ ]been|have[ ]been|had[ ]been|will[ ]be|is[ ]being|are[ ]being)[ ]"
    r"(?:raised|secured|swept[ ]up|pulled[ ]in|raked[ ]in|hauled[ ]in|scooped[ ]up|picked[ ]up|bagged|snagged)"
    r"[ ]by[ ](?:the[ ])?(?:[a-z\-]{2,20}[ ]|[A-Z0-9][A-Za-z0-9]{1,4}[ ](?=(?:[a-z\-]{2,20}[ ]){0,2}"
    r"(?:startup|start-up|company|firm|platform|provider|maker|unicorn|player|specialist|group)[ ])){0,3}"
)
"""On the text (a description is lower case, a name is not), right after an amount: a passive raise verb and "by",
maybe a short description of the raiser ("was raised by fintech startup ", an acronym in it before the kind noun:
"by B2B logistics startup "). Verbs of money taken in otherwise ("collected", "netted": taxes, fines, profits) are
left out."""
_AMOUNT = re.compile(r"\d|[$€£¥₹]")
_AMOUNT_BEFORE_PASSIVE = 16
"""From an amount's first figure to a passive raise verb: "$2.5 billion was raised by" (the unit between)."""
_COUNT_ON_FR = re.compile(r"\b(?:a|ont|avait|avaient|peut|pourra)[ ]pu[ ]compter[ ]sur[ ]|\bcompte[ ]sur[ ]")
_LED_BY_FR_WORDS = ("co-?dirigée?s?", "co-?emmenée?s?", "dirigée?s?", "emmenée?s?", "suivie?s?")
"""The French participles of leading a round before its leaders, in the order tried; kept apart from _LED_BY_FR so that
the test of its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from
these same words."""
_LED_BY_FR = re.compile(
    opened_on_first_letters(_LED_BY_FR_WORDS, r"\w") + r"[ ](?:(?:surtout|notamment|aussi|également)[ ])?par[ ]"
)
_GRANTED_BY_FR = re.compile(r"\bconsentie?s?[ ](?:(?:en|le|au|fin|début)[ ][^ ,;:()]{1,12}[ ]){0,2}par[ ]")
_GATHERED_FR = re.compile(
    r"\b(?:(?:a|avait|ont)[ ]réuni|réunit|rassemble|a[ ]rassemblé)[ ](?:aussi[ ]|également[ ]|notamment[ ])?"
)
_ROUND_FR = re.compile(
    r"\b(?:levée|tour[ ]de[ ]table|tour[ ]d|tour[ ]de|série[ ][a-h]|financement|investissement|investisseurs"
    r"|round|investors|backers)"
)
_FUNDERS_ARE = re.compile(
    r"\b(?:les|ses|the|its)[ ](?:autres[ ]|other[ ])?(?:investisseurs|investors|backers)[ ](?:de|d'|of|in)[ ]?"
    r"[^ ,;.]{1,30}(?:[ ][^ ,;.]{1,30}){0,2}(?:,[ ](?:qui|which|that)[ ][^,;.]{1,100},)?[ ]"
    r"(?:sont|étaient|are|were|include)[ ](?:notamment[ ]|entre[ ]autres[ ]|among[ ]others[ ])?"
)
"""A company's funders told by a copula after it, maybe past a relative about it: "among the other backers of X
were A and B", « les investisseurs de X, qui fabrique ..., sont A et B »."""
_MANAGED_BY_WORDS = ("fund", "funds", "vehicle", "vehicles", "fonds", "véhicule", "véhicules")
"""The nouns of a fund before its manager, in the order tried; kept apart from _MANAGED_BY so that the test of its
opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these same words."""
_MANAGED_BY = re.compile(
    opened_on_first_letters(_MANAGED_BY_WORDS, r"\w") + r"[ ](?:[a-z\-]+[ ]){0,2}?"
    r"(?:run|managed|operated|advised|gérée?s?|pilotée?s?|conseillée?s?)[ ](?:by|par)[ ]"
)
"""Case-folded: the manager of a fund, an investor of the deals the fund makes ("the consumer fund run by A", « le
véhicule géré par A »)."""
_HOLDINGS_IN_WORDS = ("stakes", "holdings", "positions", "participations", "investments")
"""The nouns of holdings before the companies held, in the order tried; kept apart from _HOLDINGS_IN so that the test of
its opening on their first letters (test_extraction_s28_names_speed) builds the former alternation from these same
words."""
_HOLDINGS_IN = re.compile(
    opened_on_first_letters(_HOLDINGS_IN_WORDS, r"\w") + r"(?:[ ][a-zà-ÿ\-]+){0,2}?,?"
    r"[ ](?:in|dans|including[ ]in)[ ]"
)
"""Case-folded: the companies a list of holdings goes into ("stakes in A, B and C", "40 investments so far,
including in A and B", « des participations notables dans A, B et C »)."""
_MADE_INVESTMENT = re.compile(
    r"[ ](?:(?:has|had|have|also)[ ])?(?:made|makes|make)[ ](?:a|an|its|their)[ ](?:[^ ,;.()]{1,20}[ ]){0,4}?"
    r"investments?[ ](?:in|into)[ ]"
)
"""Round 19: the verb of an investor that made an investment in a company ("A made a $5 million investment in X"),
found first; its subject is the name right before it."""
_MADE_REACH = 120
_ROUND_FR_REACH = 160
"""How far before or after a French opener its round must be told for the opener to name investors."""
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][ ]|\n)$")
_ROUND_BEFORE_REACH = 60
"""How far before « dirigé / suivi par » the round it leads must stand."""
_ROUND_NOUNS = ("round", "financing", "funding", "raise", "investment", "tranche")
_GATES = WordGates(
    {
        _ALSO_JOINING: (
            "participating",
            "taking part",
            "joining",
            "investing",
            "chipping in",
            "contributing",
            "pitching",
            "the lead",
            "leading",
            "as lead",
        ),
        _ROUND_THAT: (
            "series ",
            *(
                f"{noun}{comma} {relative} "
                for noun in _ROUND_NOUNS
                for comma in ("", ",")
                for relative in ("that", "which")
            ),
        ),
        _RAISED_FROM: (
            "raise",
            "raising",
            "receiv",
            "secure",
            "got ",
            "gets ",
            "landed",
            "collected",
            "attracted",
            "took ",
            "takes ",
            "pulled in",
            "drew ",
        ),
        PASSIVE_RAISE: (" by ",),
        _RAISED_FROM_FR: ("reçu", "reçoit", "levé", "lève", "obtenu", "obtient", "récolt"),
        _LED_BY_FR: ("dirigé", "emmené", "suivi"),
        _MANAGED_BY: ("run by", "managed by", "operated by", "advised by", "géré", "piloté", "conseillé"),
        _HOLDINGS_IN: ("stakes", "holdings", "positions", "participations", "investments"),
        _COUNT_ON_FR: ("compte sur", "compter sur"),
        _GRANTED_BY_FR: ("consenti",),
        _GATHERED_FR: ("réuni", "rassembl"),
        _FUNDERS_ARE: ("investisseurs d", "investors of", "investors in", "backers of", "backers in"),
        _MADE_INVESTMENT: ("investment in", "investments in", "investment into"),
    }
)
"""Case-folded words one of which each pattern needs: the pattern is scanned only when the article holds one."""


def round_frame_names(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each investor a round's frame names (the module's phrases)."""
    opened = _GATES.open(folded)
    names = _joining_after_with(text, folded, opened)
    for relative in finditer_if(_ROUND_THAT, text, opened):
        members = names_listed_at(text, relative.end())
        if members and _LED_AFTER.match(text, members[-1][0] + len(members[-1][1])):
            names.extend(members)
    for raised in (*finditer_if(_RAISED_FROM, folded, opened), *finditer_if(_RAISED_FROM_FR, text, opened)):
        if _AMOUNT.search(folded, raised.start(), raised.end()) is not None:
            names.extend(names_listed_at(text, raised.end()))
    for passive in finditer_if(PASSIVE_RAISE, text, opened):  # "$40 million was raised by Y": Y raised it
        if _AMOUNT.search(folded, max(0, passive.start() - _AMOUNT_BEFORE_PASSIVE), passive.start()) is not None:
            names.extend(names_listed_at(text, passive.end()))
    for led in finditer_if(_LED_BY_FR, folded, opened):
        if _leads_a_round(folded, led):
            names.extend(names_listed_at(text, led.end()))
    for managed in (*finditer_if(_MANAGED_BY, folded, opened), *finditer_if(_HOLDINGS_IN, folded, opened)):
        names.extend(names_listed_at(text, managed.end()))
    for made in finditer_if(_MADE_INVESTMENT, folded, opened):
        maker = NAME_BEFORE.search(text, max(0, made.start() - _MADE_REACH), made.start())
        names.extend([(maker.start(1), maker.group(1), False)] if maker is not None else [])
    openers = (_COUNT_ON_FR, _GRANTED_BY_FR, _GATHERED_FR, _FUNDERS_ARE)
    for opener in (found for pattern in openers for found in finditer_if(pattern, folded, opened)):
        near = folded[max(0, opener.start() - _ROUND_FR_REACH) : opener.end() + _ROUND_FR_REACH]
        if _ROUND_FR.search(near) is not None:
            names.extend(names_listed_at(text, opener.end()))
    return names


def _leads_a_round(folded: str, led: re.Match[str]) -> bool:
    """Whether « dirigé / suivi par » tells a round's lead, not a company's boss.

    The round stands just before the participle (« la série B de 50 M$ de X a été suivie par ») or the participle
    opens its sentence and the round is its subject (« Dirigé par A, le tour de ... »); « la société, dirigée par
    Dupont, a bouclé une levée » names a boss.
    """
    if _ROUND_FR.search(folded, max(0, led.start() - _ROUND_BEFORE_REACH), led.start()) is not None:
        return True
    opens = _SENTENCE_OPENS.search(folded, max(0, led.start() - 2), led.start()) is not None
    return opens and _ROUND_FR.search(folded, led.end(), led.end() + _ROUND_FR_REACH) is not None


def _joining_after_with(text: str, folded: str, opened: frozenset[re.Pattern[str]]) -> list[tuple[int, str, bool]]:
    """The co-investors of "with A and B also participating": the list after "with" must end at the participle."""
    names: list[tuple[int, str, bool]] = []
    for tail in finditer_if(_ALSO_JOINING, folded, opened):
        with_at = folded.rfind(" with ", max(0, tail.start() - _WITH_REACH), tail.start())
        if with_at < 0 or _FUNDING_NEAR.search(folded, max(0, with_at - _WITH_REACH), tail.end()) is None:
            continue
        members = names_listed_at(text, with_at + len(" with "))
        if members and members[-1][0] + len(members[-1][1]) == tail.start():
            names.extend(members)
    return names
