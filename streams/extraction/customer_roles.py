"""Names a customer frame makes organisations: the holder of a relation noun and both sides of a share of sales.

A customer relation is often told with no deal verb at all, by a relation noun ("Korvia was the biggest customer of
Dorvane", "Bellmark, one of the largest suppliers to Korvia", "its top customer Quentaro", "a loyal Dorvane
customer", "the customers of Dorvane include Korvia and Bellmark", « Korvia, premier client de Dorvane ») or by a
share of sales ("Korvia accounts for 40% of revenue at Dorvane", « Korvia ne pesait que 23 % des ventes de Dorvane »).
Whoever has customers or suppliers, or is one, is a business; so the names standing in those roles are offered as
organisation candidates even when no knowledge base knows them. The recogniser's own checks (people, places,
nationalities, dates, openers, common words) still apply to each candidate, and the relation itself is read by the
customer readers (``relation_patterns``, :mod:`streams.extraction.cont_sales_share`).
"""

from __future__ import annotations

import re
from itertools import islice

from streams.extraction.begin_supplied_names import listed_at
from streams.extraction.first_letters import opened_on_first_letters
from streams.extraction.pattern_windows import WordGates, anchored_matches, finditer_if
from streams.extraction.share_phrases import AFTER_REVENUE, SHARE, SHARE_ANCHORS, SHARE_NOUN

_WORD = r"[A-ZÀÂÇÉÈÊÎÔÛŒ0-9](?:[\w&\-]|\.(?=\w)){0,30}"
"""A capitalised word of a name (no apostrophe: a possessive closes the name)."""
_NAME = rf"{_WORD}(?:[ ](?:{_WORD}|&)){{0,3}}"
_NAME_AT = re.compile(_NAME)
_NOUN_WORDS = ("customers?", "clients?", "clientes?", "suppliers?", "vendors?", "fournisseurs?")
"""The relation nouns, in the order tried; kept apart from _NOUN so that the test of its opening on their first letters
(test_extraction_s28_names_speed) builds the former alternation from these same words."""
_NOUN = re.compile(opened_on_first_letters(_NOUN_WORDS, r"\w") + r"\b")
"""A relation noun, in lower case (a headline's "Customers" is no relation)."""
_LOOK_BACK = 120
_NOUN_CLOSED = re.compile(
    r"[,.;:!?)\"»]|$|[ ](?:of|to|for|in|at|with|and|et|behind|since|until|after|before|by|who|which|that|is|was|has"
    r"|had|will|would|could|may|might|accounting|accounts|accounted|buying|said|says|de|d'|du|des|depuis|qui|est)\b"
)
"""What follows a relation noun that ends its phrase: punctuation, a preposition, a relative, a verb ("a loyal
customer, said", "the biggest customer of"); not another noun ("customer service", "supplier base")."""
_OTHER_NAMED = re.compile(
    r"[ ](?:of|to|for|in|behind|de|du|des)[ ](?:(?:both|either|each[ ]of|the)[ ])?[A-ZÀÂÇÉÈÊÎÔ]"
    r"|[ ]d['\u2019][A-ZÀÂÇÉÈÊÎÔ]"
)
"""A name right after the noun's preposition: the relation's other party is named ("customer of Korvia")."""
_HOLDER_BEFORE = re.compile(
    rf"(?<![\w'\u2019])(?P<name>{_NAME})"
    r"(?:,[ ](?:(?:which|qui)[ ])?(?:(?:is|was|est|était)[ ])?"
    r"|[ ](?:is|was|are|were|has[ ]been|have[ ]been|remains|remained|ranks|ranked|became|becomes"
    r"|est|était|reste|restait|demeure|a[ ]été|sont|étaient)[ ](?:(?:as|among|parmi)[ ])?)"
    r"(?:(?:[a-zà-ÿ][\w\-'\u2019]*|\d[\w\-.]*|[A-Z][\w\-]*['\u2019]s?)[ ]){0,6}$"
)
"""The name that holds the relation, then a copula or an apposition's comma, then determiners, adjectives and maybe
the other party's possessive, up to the noun: "Korvia was the biggest", "Bellmark, one of the largest", "Korvia,
long Dorvane's single biggest", "Korvia ranks among Dorvane's best", « Korvia, premier »."""
_DETERMINED_BEFORE = re.compile(
    r"(?:^|[ ])(?:its|their|our|the|a|an|son|sa|ses|leur|leurs|notre|nos|le|la|les|un|une"
    r"|[A-Z][\w\-]*['\u2019]s?)[ ](?:[a-zà-ÿ][\w\-]*[ ]){0,3}$"
)
"""A determiner or a possessive before the noun, a few adjectives between: "its top", "Dorvane's biggest"."""
_OWNER_BEFORE = re.compile(rf"(?<![\w'\u2019])(?P<name>{_NAME})['\u2019]s?[ ](?:[a-z][\w\-]*[ ]){{0,3}}$")
"""The other party owning the noun: "ranks as Korvia's second-biggest client", "Korvia's longtime vendors"."""
_ATTRIBUTE_REACH = 34
_NAME_AFTER = re.compile(rf"[ ](?={_NAME}(?:[ ](?:and|et)[ ]|[,.;:]|[ ][a-z]|$))")
"""A name right after the noun, then a list, the clause's end or a lower-case word: "its top customer Quentaro could
build", "Korvia suppliers Bellmark and Dorvane fell"."""
_ATTRIBUTE = re.compile(r"(?<=[a-z][ ])(?P<name>[A-ZÀÂÇÉÈÊÎÔ]\w{1,30}(?:-[A-Z]\w{1,30})?)[ ]$")
"""One capitalised word used as the noun's attribute after a lower-case word: "a loyal Dorvane customer", "another
important Korvia supplier". Not opening a sentence, where an adjective is capitalised too ("Top customer Airbus"),
and a hyphen joins capitalised words only ("auto-safety supplier X" is a trade)."""
_SUPPLIER_TO = re.compile(r"[ ](?:to|for)[ ](?:the[ ])?(?=[A-ZÀÂÇÉÈÊÎÔ])")
"""After a supplier noun, its customer: "one of the largest suppliers to Korvia", "a battery supplier for Korvia"."""
_CUSTOMER_IN = re.compile(r"[ ](?:in|of[ ](?:both|either|each[ ]of|all[ ]of))[ ](?=[A-ZÀÂÇÉÈÊÎÔ])")
"""After a customer noun, the customer itself ("could lose a major customer in Korvia") or the suppliers it buys from
when it buys from several ("the largest customer of both Korvia and Dorvane"; one name after "of" is read by
:mod:`streams.extraction.orgname_slots`)."""
_DEMONSTRATIVE = re.compile(r"\b(?:ce|cet|cette|ces|this|that|these|those)[ ](?:[a-zà-ÿ\-]+[ ]){0,2}$", re.IGNORECASE)
"""A demonstrative before the noun: the relation names a company told before."""
_OF_FR = re.compile(r"[ ](?:de[ ]|d['\u2019]|du[ ]|des[ ])(?=[A-ZÀÂÇÉÈÊÎÔ])")
"""After a French relation noun, the other party: « premier fournisseur de Korvia », « client d'Korvia »."""
_LISTED_CUSTOMERS = re.compile(
    rf"(?:[ ]of[ ]{_NAME})?[ ](?:include|included|includes|including|such[ ]as|among[ ]them)[ ](?=[A-ZÀÂÇÉÈÊÎÔ])"
)
"""After a plural customer noun, the customers listed: "the customers of Dorvane include Korvia and Bellmark"."""
_AFTER_NOUN = {
    "supplier": _SUPPLIER_TO,
    "suppliers": _SUPPLIER_TO,
    "vendor": _SUPPLIER_TO,
    "vendors": _SUPPLIER_TO,
    "customer": _CUSTOMER_IN,
    "customers": _LISTED_CUSTOMERS,
    "client": re.compile(f"{_CUSTOMER_IN.pattern}|{_OF_FR.pattern}"),
    "clients": _LISTED_CUSTOMERS,
    "fournisseur": _OF_FR,
    "fournisseurs": _OF_FR,
    "cliente": _OF_FR,
    "clientes": _OF_FR,
}
"""What introduces the other party (or the listed customers) after each relation noun."""
_RANKED = re.compile(
    r"(?:[ ](?:of|de|du|d'|with|avec)[ ]?[^.;:()\",]{0,40}?)?,?[ ](?=(?:behind|ahead[ ]of|derrière|devant)[ ])"
)
"""After a customer noun, what opens its ranking against other customers: "second-biggest client behind", "with 14%
of sales, ahead of" (:func:`streams.extraction.major_customer_lists.ranked_against`)."""
_RANK_WORD = re.compile(r"\b(?:behind|ahead[ ]of|derrière|devant)[ ](?:the[ ]|le[ ]|la[ ]|l')?(?=[A-ZÀÂÇÉÈÊÎÔ])")
_RANK_REACH = 60
_USED_BY = re.compile(
    r"used(?<!\wused)[ ]by[ ]"  # the word first, then what may not stand before it: ``re`` looks for "used" at once
    r"(?:(?:[a-z0-9][\w\-]*[ ]){1,5}?(?:[a-z]+,[ ])(?:among[ ]them|including|such[ ]as|like)[ ])?"
    r"(?=[A-ZÀÂÇÉÈÊÎÔ])"
)
"""The customers of a technology, named after "used by" or after a description of them ("used by two dozen
carmakers, among them A, B and C")."""
_AWARDED = re.compile(
    r"\b(?:awarded|awards|award|handed|hands|hand|gave|given|gives|granted|grants)[ ]"
    r"(?:(?!to[ ])[\w$£€\-.,%]+[ ]){0,8}?"
    r"(?<=[ ])(?:contracts?|deals?|orders?|frameworks?|tenders?|business|accounts?|duties|work|lots?)[ ]"
    r"(?:(?!to[ ])[\w$£€\-.,%]+[ ]){0,6}?to[ ](?:the[ ])?(?=[A-ZÀÂÇÉÈÊÎÔ])"
)
"""A customer giving its business, the suppliers named after "to": "has awarded new 5G contracts in equal shares to A
and B", "handed consulting contracts worth millions of dollars to A, B and C". Business "moved" or "shifted" is left
out: those verbs also move work between a company's own plants and units."""
_CONTRACT_WITH = re.compile(r"\b(?:contracts?|agreements?|deals?|frameworks?),[ ]with[ ](?:the[ ])?(?=[A-ZÀÂÇÉÈÊÎÔ])")
"""A contract and the other party after "with" past a comma: "approved a fourth contract, with A and B" (right after
the noun, "with" is read by :mod:`streams.extraction.roles_en`)."""
_BETWEEN = re.compile(
    r"\b(?:contracts?|agreements?|deals?|frameworks?|pacts?|accords?)[ ](?:(?!between[ ])[\w\-]+[ ]){0,5}?between[ ]"
    rf"(?:the[ ])?(?={_NAME}[ ]and[ ])"
)
"""A contract and its two parties after "between", the first name right before "and": "a maintenance agreement signed
in 2023 between A and B" (not "an alliance between the Detroit company and its partner")."""
_EITHER = re.compile(rf"from(?<!\wfrom)[ ]either[ ](?P<first>{_NAME})[ ]or[ ](?P<second>{_NAME})")
"""Two possible suppliers: "ordering 300 aircraft from either A or B"."""
_RELY_ON = re.compile(
    r"rel(?<!\wrel)(?:y|ies|ied|ying)[ ](?:(?:heavily|largely|mostly|entirely|partly)[ ])?on[ ](?:the[ ])?(?P<name>"
    + _NAME
    + r")[ ]for[ ]"
)
"""A supplier's customer told by the supplier's reliance: "A, B and C all rely heavily on Korvia for their revenue"."""
_LIST_BEFORE = re.compile(
    rf"(?<![\w'\u2019])(?P<names>{_WORD}(?:(?:,[ ]|,?[ ](?:and|et)[ ]){_WORD}){{0,5}})"
    r"(?:,[ ]which|,[ ]qui)?[ ](?:ne[ ]|n['\u2019])?"
    r"(?:(?:all|both|each|alone|together|currently|now|still|also|already|only|long|heavily|largely|ensemble|alors"
    r"|encore|déjà)[ ])*$"
)
"""The customers right before a share verb or a supplier's reliance, one word each and maybe listed: "Korvia accounts
for", "A, B and C all rely heavily on", « A et B ne représentent plus que », "the Korvia accounting for"."""
_LIST_BEFORE_REACH = 160
_LISTED_WORD = re.compile(_WORD)
_OWNER_AFTER = re.compile(rf"(?:[ ][a-zà-ÿ]+){{0,3}}{AFTER_REVENUE.pattern}(?=[A-ZÀÂÇÉÈÊÎÔ])")
"""Between the revenue word and its owner: "of revenue at Korvia", « du chiffre d'affaires total de Korvia », « des
ventes de première monte de Korvia »."""
_POSSESSED = re.compile(rf"(?P<name>{_WORD})['\u2019]s?[ ]")
"""A whole owned by a possessive: "61% of Korvia's revenue"."""
_SEASONS = frozenset(
    [
        "christmas",
        "noël",
        "easter",
        "pâques",
        "thanksgiving",
        "ramadan",
        "diwali",
        "hanukkah",
        "halloween",
        "summer",
        "winter",
        "spring",
        "autumn",
    ]
)
"""Seasons and festivals take a share of a retailer's sales as a customer does ("Christmas accounts for 30% of sales
at Korvia"): never a customer."""
_MAX_NOUNS = 60
"""Relation nouns read in one story: each costs a short look back, and an endless text holds endless nouns."""


_GATES = WordGates(
    {
        _NOUN: ("customer", "client", "supplier", "vendor", "fournisseur"),
        _USED_BY: ("used by",),
        _EITHER: ("from either",),
        _AWARDED: ("award", "hand", "gave", "given", "gives", "grant"),
        _CONTRACT_WITH: (", with ",),
        _BETWEEN: ("between ",),
        _RELY_ON: ("rely ", "relies ", "relied ", "relying "),
    }
)
"""Words one of which each frame's every match holds (in lower case, so the folded text holds them too): a frame is
scanned only when the story holds one (session 22)."""


def customer_role_names(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """``(start, raw name, strict)`` of each name a customer frame holds: relation nouns, then shares of sales."""
    opened = _GATES.open(folded)
    names: list[tuple[int, str, bool]] = []
    for noun in islice(finditer_if(_NOUN, text, opened), _MAX_NOUNS):
        names.extend(_noun_names(text, noun))
    for used in finditer_if(_USED_BY, text, opened):
        names.extend(_listed(text, used.end()))
    for either in finditer_if(_EITHER, text, opened):
        names += [(either.start(part), either.group(part), False) for part in ("first", "second")]
    for frame in (_AWARDED, _CONTRACT_WITH, _BETWEEN):
        for given in islice(finditer_if(frame, text, opened), _MAX_NOUNS):
            names.extend(_listed(text, given.end()))
    for rely in finditer_if(_RELY_ON, text, opened):
        names.append((rely.start("name"), rely.group("name"), False))
        names.extend(_listed_before(text, rely.start()))
    names.extend(_share_names(text, folded))
    return names


def _noun_names(text: str, noun: re.Match[str]) -> list[tuple[int, str, bool]]:
    """The names around one relation noun: its owner, its attribute, its holder before it, the names after it.

    The noun must end its phrase ("Korvia, a big customer season" is no relation) for the names before it, and its
    holder is read only when the other party is named too (possessive, attribute or a name after the noun): "Larkin,
    the shop's biggest customer" tells a person's shopping.
    """
    names: list[tuple[int, str, bool]] = []
    window_start = max(0, noun.start() - _LOOK_BACK)
    closed = _NOUN_CLOSED.match(text, noun.end()) is not None
    owner = _OWNER_BEFORE.search(text, window_start, noun.start()) if closed else None
    attribute = _ATTRIBUTE.search(text, max(0, noun.start() - _ATTRIBUTE_REACH), noun.start())
    after = _NAME_AFTER.match(text, noun.end())
    other = _AFTER_NOUN[noun.group(0)].match(text, noun.end())
    if other is not None and _DEMONSTRATIVE.search(text, window_start, noun.start()) is not None:
        other = None  # « ce fournisseur de Baie-Comeau »: the noun recalls a company, "de" tells where it is from
    if owner is not None:
        names.append((owner.start("name"), owner.group("name"), False))
    if attribute is not None and closed:
        names.append((attribute.start("name"), attribute.group("name"), False))
    named_other = owner is not None or attribute is not None or _OTHER_NAMED.match(text, noun.end()) is not None
    holder = _HOLDER_BEFORE.search(text, window_start, noun.start()) if closed and named_other else None
    if holder is not None:
        names.append((holder.start("name"), holder.group("name"), False))
    if after is not None and _DETERMINED_BEFORE.search(text, window_start, noun.start()) is not None:
        names.extend(_listed(text, after.end()))
    if other is not None:
        names.extend(_listed(text, other.end()))
    if noun.group(0).startswith(("customer", "client")) and _RANKED.match(text, noun.end()) is not None:
        for rank in _RANK_WORD.finditer(text, noun.end(), noun.end() + _RANK_REACH):
            names.extend(_listed(text, rank.end()))
    return names


def _share_names(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """The supplier owning a share's revenue and the customers before its verb; both sides of a share noun.

    A product or a segment takes a share of its own maker's revenue as a customer takes its supplier's ("Azure
    accounts for 20% of Microsoft's revenue", "Gaming makes up a third of sales"), so the word before the verb is
    offered only when it is told as a customer: a list of them, a relation noun just before ("Honda, long Takata's
    biggest customer, accounted for"), or the revenue's owner named after it ("40% of revenue at Korvia").
    """
    names: list[tuple[int, str, bool]] = []
    for share in islice(anchored_matches(SHARE, folded, SHARE_ANCHORS), _MAX_NOUNS):
        owned = _POSSESSED.match(text, share.start("owner"))
        if owned is not None:
            names.append((owned.start("name"), owned.group("name"), False))
        owner = _OWNER_AFTER.match(text, share.end())
        if owner is not None and (name := _NAME_AT.match(text, owner.end())) is not None:
            names.append((name.start(), name.group(0), False))
        customers = _listed_before(text, share.start())
        told = _NOUN.search(text, max(0, share.start() - _LOOK_BACK), share.start()) is not None
        if len(customers) > 1 or told or (owner is not None and owned is None):
            names.extend(c for c in customers if c[1].casefold() not in _SEASONS)
    for share in islice(anchored_matches(SHARE_NOUN, folded, ("la part", "quote-part", "the share")), _MAX_NOUNS):
        for start in (share.end("customer"), share.end()):
            if (name := _NAME_AT.match(text, start)) is not None:
                names.append((name.start(), name.group(0), False))
    return names


_SPEAKER_AFTER = re.compile(r"[ ](?:said|says|told|reported|reports|wrote|added)\b")
"""After a name that is the sentence's source, not a listed party: "moved its account to A, Harlow said"."""


def _listed(text: str, start: int) -> list[tuple[int, str, bool]]:
    """The names listed from ``start`` (:func:`listed_at`), each cut at a full stop, up to a speaker's name."""
    listed: list[tuple[int, str, bool]] = []
    for first, raw, strict in listed_at(text, start):
        name = raw.split(". ", 1)[0].rstrip(".,")
        if listed and _SPEAKER_AFTER.match(text, first + len(raw)):
            break
        listed.append((first, name, strict))
    return listed


def _listed_before(text: str, end: int) -> list[tuple[int, str, bool]]:
    """The one-word names listed right before ``end`` ("A, B and C all"), each a candidate."""
    listed = _LIST_BEFORE.search(text, max(0, end - _LIST_BEFORE_REACH), end)
    if listed is None:
        return []
    return [(word.start(), word.group(0), False) for word in _LISTED_WORD.finditer(text, *listed.span("names"))]
