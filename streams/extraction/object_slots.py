"""English names in the object and prepositional slots of a deal, customer or partnership cue's clause.

A cue's clause names its other party after a preposition, often past what was bought, ordered or agreed: "raised
$2.5M from Korvia", "ordered 16 jets, ten freighters and five trainers from Korvia", "the takeover of Dorvane by
Korvia", "a pact with Korvia", "sold 25% of the unit to Korvia", "relations between Dorvane and Korvia", "a round
led by Dorvane, with Korvia also taking part". A firm the knowledge base does not know is read there by its slot.

:mod:`streams.extraction.roles_en` reads the first name after "with" / "from" a few words on, and
:mod:`streams.extraction.orgname_slots` plain names of several words after "from" / "to"; this reader takes every
slot of the clause (each preposition in turn, not only the first), over a clause that a figure's decimal point
("$2.5M") or a list of counted goods ("16 jets, ten freighters") does not end. The preposition only says "a party
may stand here", so the name must look like one: one word, or several with an organisation's marker (``org_marker``),
no place and no first name; a name owning something ("Korvia's unit") is read only where a firm owns it. The
candidates then go through the recogniser's usual checks (people, surnames, nationalities, dates, common words).
Coordinated names ("by Korvia and Bellmark") are left to the recogniser's list reader, which starts from these.

Where no deal cue stands, a relation noun or a maker's participle names a firm on its other side the same way ("its
dealings with Korvia", "one of the largest suppliers to Korvia", "the suppliers most reliant on Korvia", "trains built
by Korvia"): read by :func:`relation_slot_names` under the same checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.extraction.cues import PARTY_FAMILIES, Cue
from streams.extraction.first_letters import opened_on_first_letters
from streams.extraction.org_context import ANAPHOR_KINDS_EN, FIRST_NAMES, PLACES, is_nationality
from streams.extraction.pattern_windows import gated_finditer

_FAMILIES = PARTY_FAMILIES | {"co_investor", "role_noun", "major_customer"}
"""Cues whose clause names a party: the two-party families, a round's lead or co-investors ("is leading", "also
taking part"), a supplier's, customer's or investor's noun ("an investment by", "the biggest customer of")."""
_REACH = 90
"""How far past the cue its clause may name a party."""
_CLAUSE_END = re.compile(
    r"[;:!?()\"\u201c\u201d\n]|[.](?!\d)"
    r"|,[ ](?=(?:which|who|whose|where|while|but|whereas|although|though|according|said|says|as|after|before"
    r"|when|because|since|it|he|she|they|we|its|his|her|their)\b)"
    r"|[ ](?:but|while|whereas|which|who|whose|although|though|because|after|before|when|said|says)[ ]"
)
"""Where the cue's clause ends: a stop (not a decimal point: "$2.5M"), a bracket or a quote, or a word that opens
another clause (with or without its comma). A bare comma does not end it: lists of goods and of names go on."""
_SLOT_WORDS = ("with", "from", "to", "by", "of", "between", "including", "alongside")
"""The prepositions before a party, in the order tried; kept apart from _SLOT so that the test of its opening on their
first letters (test_extraction_s28_names_speed) builds the former alternation from these same words."""
_SLOT = re.compile(opened_on_first_letters(_SLOT_WORDS, r"[\w\-]") + r"[ ](?:(?P<the>the)[ ])?(?=[A-Z])")
"""A preposition that names a party, right before a capital. After "the" a product or a unit stands as often ("from
the Power Mac division"), so a name after "the" must end on a firm's own word (``_FIRM_WORD_END``)."""
_FIRM_WORD_END = re.compile(r"[ ](?:Company|Corporation|Works|Foundry)(?=$|[ ]of[ ][A-Z])")
"""The last word of a firm named with "the" ("from the North British Locomotive Company", "with the Vulcan Foundry"),
maybe before the town it is of ("the Vulcan Foundry of Newton-le-Willows": the name ends on "Foundry")."""
_LOWER_BEFORE = re.compile(r"(?<![\w\-])(?P<word>[a-z%\d][\w%\-]*)[ ]$")
"""Before "of", a lower-case word ("the acquisition of", "25% of"); after a capital, "of" is inside a name ("Bank
of America") that the name readers take whole."""
_COMPOUND_OF = frozenset({
    "ahead", "because", "instead", "out", "front", "spite", "terms", "top", "regardless", "view", "light",
    "favour", "favor", "behalf", "outside", "inside", "as", "irrespective", "case", "wake", "absence",
})  # fmt: skip
"""Words that make "of" part of a compound preposition ("ahead of", "in the wake of"), which names no party."""
_CURRENCY_NEXT = re.compile(r"[$€£¥\d]")
"""A currency sign or a figure glued to the capitals: a currency's code ("for HK$7.68 billion", "US$4 billion")."""
_WORD_REACH = 32
"""How far back the word before "of" is looked for."""
_OWNED_FIRM_THING = re.compile(
    r"['\u2019]s?[ ](?:[a-z\-]+[ ]){0,2}?(?:unit|division|subsidiary|arm|business|operations|stake|shares|assets"
    r"|plant|factory|network|brand|chips?|products|services|platform|software|stores|shelves)\b"
)
"""After a possessive, what only a firm owns: "to Korvia's chip unit", "of Korvia's branded drugs" is not read (a
person owns drugs too), "from Korvia's plant" is."""
_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w])")
"""A possessive's apostrophe, inside the name a capitalised run reads ("Korvia's") or right after it ("Korvias'")."""
_PERSON_NEXT = re.compile(r",?[ ](?:who|whom|whose)\b")
"""A relative pronoun only a person takes, right after the name."""
_NEXT_WORD = re.compile(r"[ ](?P<word>[a-z][\w\-]*)")
"""A lower-case word right after the name."""
_CLAUSE_WORDS = frozenset({
    "for", "in", "to", "at", "on", "and", "or", "as", "with", "from", "by", "over", "under", "into", "of", "until",
    "through", "since", "after", "before", "while", "which", "who", "that", "this", "last", "next", "is", "was",
    "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "said", "says",
    "also", "worth", "earlier", "later", "instead", "alone", "itself", "together", "both", "than", "but", "about",
    "against", "among", "between", "via", "per", "according", "if", "when", "where", "so", "every", "each",
})  # fmt: skip
"""Lower-case words a party's name is followed by: a preposition, a conjunction, an auxiliary, a time word. Any
other lower-case word makes the name a noun's modifier, a product's or a brand's ("of Azure cloud services")."""
_APPOSITION = re.compile(r",[ ](?:an?|the)[ ](?P<words>[\w\-]+(?:[ ][\w\-]+){0,5})")
"""An apposition after the name: ", a hybrid cloud set-up", ", the Japanese parent of"; its few words must name a
firm's kind for the name to stay a party."""
_FIRM_KINDS = frozenset((*ANAPHOR_KINDS_EN, "parent", "owner", "unit", "subsidiary", "agency", "venture", "investor"))
"""The kinds an apposition gives a firm ("Korvia, a drone maker", "Korvia, the Japanese parent of ...")."""
_MAX_SLOTS = 4
"""Slots read per cue: a clause seldom names more parties, and each costs a candidate check."""


def object_slot_names(
    text: str, cues: Sequence[Cue], org_at: re.Pattern[str], org_marker: re.Pattern[str]
) -> list[tuple[int, str, bool]]:
    """The names after the party prepositions of each party cue's clause, as candidates (start, name, False).

    ``org_at`` matches a capitalised name at a position; ``org_marker`` finds what only organisation names hold,
    which a name of several words needs here. A verb that also tells a leadership change ("replaced him with")
    takes people, so its clause is left alone.
    """
    people_verbs = {cue.start for cue in cues if cue.family.startswith("leadership")}
    names: list[tuple[int, str, bool]] = []
    read: set[int] = set()
    for cue in cues:
        if cue.family not in _FAMILIES or cue.start in people_verbs:
            continue
        stop = min(len(text), cue.end + _REACH)
        clause_end = _CLAUSE_END.search(text, cue.end, stop)
        end = clause_end.start() if clause_end is not None else stop
        # from the cue's start: a row may end on its preposition ("orders from", "takeover of")
        slots = list(_SLOT.finditer(text, cue.start, end))[:_MAX_SLOTS]
        for slot in [*_slots_before(text, cue.start), *slots]:
            if slot.group(0).startswith("of") and not _heads_of(text, slot.start()):
                continue
            name = _name_at(text, slot.end(), org_at)
            if name is None or name.start() in read:
                continue
            firm = _FIRM_WORD_END.search(name.group(0))
            if slot.groupdict().get("the") is not None and firm is None:
                continue  # "from the Power Mac division": a product or a unit
            if not _party_like(text, name, org_marker, marked=firm is not None):
                continue
            read.add(name.start())
            names.append((name.start(), name.group(0)[: firm.end()] if firm else name.group(0), False))
    return names


def _heads_of(text: str, of: int) -> bool:
    """Whether the "of" at ``of`` heads a party: after a lower-case noun or a share ("the takeover of", "25% of").

    Not after a capital (inside a name) nor after the word of a compound preposition ("ahead of").
    """
    before = _LOWER_BEFORE.search(text, max(0, of - _WORD_REACH), of)
    return before is not None and before.group("word") not in _COMPOUND_OF


_BACK_REACH = 60
"""How far before the cue the same clause may name a party after "with" / "between"."""
_SLOT_BEFORE_WORDS = ("with", "between")
"""The prepositions before a party told before its cue, apart as ``_SLOT_WORDS``."""
_SLOT_BEFORE = re.compile(opened_on_first_letters(_SLOT_BEFORE_WORDS, r"[\w\-]") + r"[ ](?=[A-Z])")
"""The prepositions that name a party before its cue: "a contract with Korvia to supply", "an agreement between
Dorvane and Korvia was extended"."""


def _slots_before(text: str, cue_start: int) -> list[re.Match[str]]:
    """The "with" / "between" slots of the cue's clause before the cue (after the clause's last boundary)."""
    start = max(0, cue_start - _BACK_REACH)
    for boundary in _CLAUSE_END.finditer(text, start, cue_start):
        start = boundary.end()
    return list(_SLOT_BEFORE.finditer(text, start, cue_start))[:_MAX_SLOTS]


_PLACE_OWNER = re.compile(r"(?P<place>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*)?)['\u2019]s[ ](?=[A-Z])")
"""A country or a town owning the name that follows: "with Japan's Korvia", "from South Korea's Dorvane"."""


def _name_at(text: str, at: int, org_at: re.Pattern[str]) -> re.Match[str] | None:
    """The capitalised name at ``at``, past a place that owns it ("Japan's Korvia" is Korvia)."""
    place = _PLACE_OWNER.match(text, at)
    if place is not None and place.group("place").casefold() in PLACES:
        at = place.end()
    return org_at.match(text, at)


def _party_like(text: str, name: re.Match[str], org_marker: re.Pattern[str], *, marked: bool = False) -> bool:
    """Whether a name in a slot can be a party: one word or a marked name, no place, first name or nationality.

    A possessive after it must own what a firm owns ("Korvia's chip unit"), not what anyone may ("Roe's plan"); a
    lower-case word after it must go on with the clause ("to Korvia for $5M", "from Korvia agreed"), not make it a
    modifier ("Azure cloud services"); an apposition after it must describe a firm ("Korvia, a drone maker").
    """
    words = name.group(0).casefold().split(" ")
    if (
        name.group(0).casefold() in PLACES
        or any(word in PLACES for word in words)
        or words[0] in FIRST_NAMES
        or is_nationality(words[0])
    ):
        return False
    if (
        (len(words) > 1 and not marked and (org_marker.search(name.group(0)) is None or words[-1].isdigit()))
        or _CURRENCY_NEXT.match(text, name.end())
        or _PERSON_NEXT.match(text, name.end())
    ):
        return False  # a plain name of several words; "to Rs 3,200 crore", "CDP 870"; "of Smith, who runs"
    apostrophe = _POSSESSIVE.search(text, name.start(), name.end() + 1)
    if apostrophe is not None:
        return _OWNED_FIRM_THING.match(text, apostrophe.start()) is not None
    following = _NEXT_WORD.match(text, name.end())
    if following is not None:
        word = following.group("word")
        return word in _CLAUSE_WORDS or word.endswith(("ed", "ly"))
    apposition = _APPOSITION.match(text, name.end())
    return apposition is None or any(
        word in _FIRM_KINDS or word.endswith("maker") for word in apposition.group("words").casefold().split(" ")
    )


_RELATION_SLOT = re.compile(
    r"\b(?:(?:ties|dealings|relations|relationship|pacts?|business|joint[ ]venture|partnership|alliance)"
    r"[ ](?:with|between)"
    r"|(?:shareholders|backers|suppliers?)[ ](?:of|to)"
    r"|[Ss]uppliers?[ ](?:(?:most|heavily|highly|largely|more)[ ])?(?:reliant|dependent)[ ](?:on|upon)"
    r"|(?:built|made|manufactured|produced|supplied|operated|acquired|bought)[ ]by"
    r")[ ](?=[A-Z])"
)
"""A relation noun or a maker's participle and the preposition of the firm on its other side, where no deal cue
stands: "its ties with Korvia", "relations between Dorvane and Korvia", "one of the largest suppliers to Korvia",
"the suppliers most reliant on Korvia", "trains built by Korvia". Participles whose agent is as often a person ("led
by", "owned by", "backed by", "designed by") are left out."""


def relation_slot_names(text: str, org_at: re.Pattern[str], org_marker: re.Pattern[str]) -> list[tuple[int, str, bool]]:
    """The names on the other side of a relation noun or a maker's participle, in one pass of the text."""
    names: list[tuple[int, str, bool]] = []
    for slot in gated_finditer(_RELATION_SLOT, text):  # tried only where one of its opening phrases stands
        name = _name_at(text, slot.end(), org_at)
        if name is not None and _party_like(text, name, org_marker):
            names.append((name.start(), name.group(0), False))
    return names
