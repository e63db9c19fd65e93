"""Names a plural kind noun makes organisations when it heads or describes their list (session 17).

A reporter names several firms of one kind at once: "three outside suppliers, A, B and C", "chains such as A and
B", "Munich firms A and B", "the Prevent companies A and B", « ses filiales A et B », « des deeptechs comme A, B ou
encore C »; or says after the list what its members are: "A and B, both units of Z", "A and B, two of Z's biggest
suppliers", « A et B, deux sociétés contrôlées par Z ». The plural noun says the members are firms, so each member
of such a list is offered as an organisation candidate; the recogniser's own checks still reject people, places
and dates. Only a list of two names or more closed by "and / et / or / ou" is read: a single capitalised word after
"suppliers" may be a sentence's next word. Kinds that name goods or people as often as firms ("brands", "apps",
"investors", "owners") are left out (investors have their own reader, :mod:`investor_names`).
"""

from __future__ import annotations

import re

from streams.extraction.org_context import KIND_NOUNS

_NOT_LIST_KINDS = frozenset({
    "brand", "marque", "app", "network", "platform", "plateforme", "marketplace", "studio", "investor",
    "investisseur", "backer", "owner", "shareholder", "leader", "peer", "giant", "géant", "specialist", "spécialiste",
    "unicorn", "licorne", "incumbent", "jeune", "tpe", "industriel", "fund", "fonds",
})  # fmt: skip
"""Kinds whose plural lists goods, people or funds as often as firms."""


def _plural(kind: str) -> str:
    """The plural of a kind noun: "company" -> "companies", "groupe" -> "groupes", "fonds" stays."""
    if kind.endswith(("s", "x")):
        return kind
    if kind.endswith("y") and kind[-2:-1] not in ("a", "e", "o", "u"):
        return kind[:-1] + "ies"
    return kind + "s"


_PLURAL_KINDS = frozenset(_plural(kind) for kind in KIND_NOUNS - _NOT_LIST_KINDS)
_KINDS = "|".join(sorted(_PLURAL_KINDS, key=len, reverse=True))
_HEAD_TAIL = re.compile(
    r"s(?:[ ](?:such[ ]as|like|including|comme|tels?[ ]que|telles?[ ]que|dont|notamment)[ ]|,[ ]|[ ])"
    r"(?:(?:the|le|la|les|l')[ ]?)?(?=[A-Z0-9ÀÂÇÉÈÊÎÔ])"
)
"""After a plural's last letter: maybe "such as / comme", then the list's first name. Every plural kind ends in "s",
so the scan starts on that letter and the word is checked after (one pass, no alternation of a hundred nouns)."""
_WORD_ENDING = re.compile(r"(?<![\w\-])[a-zà-ÿ\-]{2,24}$")
"""The lower-case word ending at a position: a kind written inside a name ("Federated Companies") is capitalised."""
_APPOSED = re.compile(
    r",[ ](?:both|all[ ]three|all|two|three|four|tous[ ]deux|toutes[ ]deux|tous[ ]trois|deux|trois|quatre)[ ]"
    r"(?:(?:of|de|d')[ ]?)?(?:[\w'&.\-]+[ ]){0,4}?"
    rf"(?:{_KINDS})(?![\w\-])"
)
"""Case-folded: after a list, what its members are (", both units of", ", two of M&S's biggest suppliers",
« , deux sociétés contrôlées par »)."""
_WORD_REST = r"(?:[\w&'\-]|\.(?=\w))*"
_CAPITAL = r"[A-Z0-9ÀÂÇÉÈÊÎÔ]"
_MEMBER = rf"(?:{_CAPITAL}|[a-z](?=[A-Z])){_WORD_REST}(?:[ ](?:(?:of|de|des|du)[ ])?(?:{_CAPITAL}|&){_WORD_REST})*"
"""A run of capitalised words (the recogniser trims what is not the name)."""
_SEPARATOR = r"(?:,[ ](?:(?:and|et|or|ou)[ ])?|[ ](?:and|et|or|ou|ou[ ]encore)[ ])(?:(?:de|d'|du|the|la|le|l')[ ]?)?"
_LAST_SEPARATOR = re.compile(r",?[ ](?:and|et|or|ou|ou[ ]encore)[ ]")
_LIST_AT = re.compile(rf"{_MEMBER}(?:{_SEPARATOR}{_MEMBER}){{1,7}}")
"""A list of two names or more from a position (the last separator must be "and / et / or / ou")."""
_LIST_BEFORE = re.compile(rf"(?<![\w&'\-.])({_MEMBER}(?:{_SEPARATOR}{_MEMBER}){{1,7}})$")
"""A list of two names or more ending at a position."""
_NAME = re.compile(_MEMBER)
_LIST_REACH = 160


def kind_list_names(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each member of a list a plural kind noun heads or describes."""
    names: list[tuple[int, str, bool]] = []
    for head in _HEAD_TAIL.finditer(text):
        word = _WORD_ENDING.search(text, max(0, head.start() - 24), head.start() + 1)
        if word is None or word.group(0) not in _PLURAL_KINDS:
            continue
        listed = _LIST_AT.match(text, head.end())
        if listed is not None:
            names.extend(_members(text, *listed.span()))
    for apposed in _APPOSED.finditer(folded):
        listed = _LIST_BEFORE.search(text, max(0, apposed.start() - _LIST_REACH), apposed.start())
        if listed is not None:
            names.extend(_members(text, *listed.span(1)))
    return names


def _members(text: str, start: int, end: int) -> list[tuple[int, str, bool]]:
    """The names of the list at ``start:end`` if its last separator closes it ("A, B and C"), else none."""
    found = list(_NAME.finditer(text, start, end))
    last_gap = text[found[-2].end() : found[-1].start()] if len(found) > 1 else ""
    if len(found) < 2 or _LAST_SEPARATOR.match(last_gap) is None:  # noqa: PLR2004 - a list has two names
        return []
    return [(member.start(), member.group(0), False) for member in found]
