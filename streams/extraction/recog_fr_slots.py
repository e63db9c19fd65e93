"""French organisations the knowledge base does not know, read by their slot in a sentence that states a relation.

Real French stories name many firms nobody has listed, bare and without a kind noun: « le rachat de Korvia par
Dorvane », « Bellmark et Quentaro ont signé un accord », « les dirigeants de Korvia et de Dorvane promettent que leur
fusion ... ». These slots give such a name a party's place, whatever the name:

- the agent after « par » (« racheté par X », « le choix par la X du consortium », « consenti en 2017 par X »);
- a subject a cleft sets off (« c'est X qui a décroché le contrat »);
- coordinated bare names opening a clause before its verb (« X et Y ont signé », « X, Y et Z lancent »,
  « La X, la Y et Z versent chacun »), the relation told further on in that clause;
- the other party after a relation cue, in its clause (« un partenariat avec X », « lève 5 millions auprès de X »,
  « cède à X sa participation »);
- the complement of a noun that only a firm has (« les dirigeants de X », « le chiffre d'affaires de X », « les
  actionnaires de X », « le rachat de X », « l'analyste de X »), also a list « de X et de Y »;
- three names or more listed (« a pu compter sur A, B, C et D », « dont A, B et C »).

Each is read only in a sentence holding a relation cue, and offered as a candidate: the recogniser's usual checks
(people, dates, nationalities, common words, surnames) still apply. Here the slots leave out what French writes in
the same places: places and countries (« par la France », « Paris et Berlin ont signé »), public bodies (« par
l'État », « par la Commission »), festivals (« les ventes de Noël »), first names and the people a civil title names
(« par M. Durand », « Mme Roux et ... »); in a sentence that tells a change at a firm's head, only the firm's nouns are
read. Each reader scans for its anchor (« par », « et », a comma list, the nouns) and matches around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.extraction.cues import PARTY_FAMILIES, Cue
from streams.extraction.first_letters import opened_on_first_letters
from streams.extraction.org_context import FIRST_NAMES, PLACES, is_nationality
from streams.extraction.roles_fr import (
    PLACE_WORDS,
    PUBLIC_HEADS,
    clause_openings,
    in_relation,
    relation_follows,
    table_words,
    verb_follows,
)

_WORD = r"[A-ZÀ-ÝŒ][a-zà-ÿ][\w&\-]{0,30}"
"""A capitalised word with a lower-case second letter: acronyms (« par SMS », « la SNCF ») are another reader's."""
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"
"""A name of one to three capitalised words."""
_END = r"(?=[.;:,)!?»]|[ ][a-zà-ÿ]|$)"
"""After a whole name: the clause's end or a lower-case word, never another capitalised word."""
_ARTICLE = r"(?:(?:le|la|les)[ ]|l['\u2019])"

_AGENT = re.compile(rf"p(?<![\w'\u2019]p)ar[ ](?P<article>{_ARTICLE})?(?P<name>{_NAME}){_END}")
"""« par » and its agent: « le rachat de Korvia par Dorvane », « la désignation par la Bellmark de ... »."""

_CLEFT = re.compile(rf"[Cc](?<![\w].)['\u2019]est[ ](?P<name>{_NAME})[ ]qui[ ]")
"""A subject a cleft sets off: « c'est Korvia qui a décroché le contrat »."""

_BINDING_VERBS = ("liant", "liait", "liaient", "lie", "lient", "unissant", "unissait", "unit")
"""The verbs of a contract binding its parties, in any case; kept apart from _BOUND so that the test of its opening on
their first letters (test_extraction_s28_names_speed) builds the former alternation from these same words."""
_BOUND = re.compile(
    opened_on_first_letters(_BINDING_VERBS, r"[\w]", ignorecase=True) + r"[ ]"
    rf"(?:(?:depuis[ ][^ ,.;]{{2,12}}[ ])?)"
    rf"(?:(?:le[ ]|la[ ]|les[ ]|l['\u2019])?(?:(?-i:[a-zà-ÿ\-]{{2,15}})[ ]){{0,2}}(?P<customer>{_NAME})[ ])?"
    rf"(?:depuis[ ][^ ,.;]{{2,12}}[ ])?(?:à[ ](?:la[ ]|l['\u2019])?|au[ ]|aux[ ])(?P<name>{_NAME}){_END}"
)
"""A contract told as what binds its two parties: « le contrat liant Korvia à Dorvane », « le contrat qui liait la ville
de Korvia à Dorvane », « l'accord qui l'unissait depuis 2015 à Dorvane » (the one bound, then « à » and the other)."""

_MEMBER = rf"(?:{_ARTICLE}|(?:Le|La|Les)[ ]|L['\u2019])?{_NAME}"
_OPENING_LIST = re.compile(rf"{_MEMBER}(?:,[ ]{_MEMBER}){{0,4}}[ ]et[ ]{_MEMBER}")
"""Two to six names opening a clause, the last after « et » (each may carry its article: « La Korvia, la Dorvane et
Bellmark »)."""
_LISTED = re.compile(rf"(?:^|,[ ]|[ ]et[ ])(?:{_ARTICLE}|(?:Le|La|Les)[ ]|L['\u2019])?(?P<name>{_NAME})")

_OWNED_NOUNS = (
    *("dirigeants?", "dirigeantes?", "patrons?", "patronnes?", "actionnaires?", "investisseurs", "salariés", "clients"),
    *("fournisseurs", "concurrents", "filiales?", r"maison[ ]mère", "ventes"),
    *(r"chiffre[ ]d'affaires(?:[ ](?:total|annuel|mondial))?", "capital", "titres", "actions", "rachat", "reprise"),
    *("fusion", "cession", r"tour[ ]de[ ]table", "levée", "porte-parole", "part", r"directeur(?:[ ][a-zé]+)?"),
    *(r"directrice(?:[ ][a-zé]+)?", "analystes?", r"conseil[ ]d'administration", r"centrales[ ]d'achat", "communiqué"),
    *(r"pr(?:end|endra|endre|endrait|is)[ ]la[ ]direction", r"assur(?:e|era|er)[ ]la[ ]direction"),
    *(r"direction[ ]générale", "pdg", "p-dg", r"président-directeur[ ]général", r"présidente-directrice[ ]générale"),
    r"présiden(?:te?|ce)[ ]du[ ](?:directoire|conseil(?:[ ]d'administration|[ ]de[ ]surveillance)?)",
)
"""Nouns whose « de » complement is a firm: its people, owners, customers, sales, capital, the deals done to it and
the posts at its head (« les dirigeants de X », « le chiffre d'affaires de X », « le rachat de X », « l'analyste de
X », « un communiqué de X », « la direction générale de X », « prend la direction de X », « président du conseil de
surveillance de X »)."""
_OF = r"(?:de[ ](?:la[ ]|l['\u2019])?|d['\u2019]|du[ ])"
_OWNED = re.compile(
    opened_on_first_letters(_OWNED_NOUNS, r"[\w\-]", ignorecase=True)  # in any case, « Dirigeants de X »
    + rf"[ ]{_OF}(?P<name>{_NAME}){_END}"
    rf"(?P<more>(?:,[ ]{_OF}{_NAME}){{0,4}}[ ](?:et|ou)[ ]{_OF}{_NAME}{_END})?"
)
"""A firm's noun and its complement, then maybe more complements « de X et de Y » (« les dirigeants de Korvia et
de Dorvane »)."""
_LISTED_OF = re.compile(rf"(?:^|,[ ]|[ ](?:et|ou)[ ]){_OF}(?P<name>{_NAME})")

_FAMILIES = PARTY_FAMILIES | {"co_investor", "major_customer"}
"""The cue families of a relation between two firms, with the co-investors' (« ont accompagné le tour ») and a
major customer's (« premier client »); not the investors' introductions, which hold bare « avec » and « dont »."""
_HELM = frozenset({"leadership_in", "leadership_out"})
"""A change at a firm's head also makes a firm's noun name its firm (« selon un communiqué de X »); in its sentence
the other slots are people's (« son remplacement par Nina Roe », « Nina Roe et Paul Hart ont rejoint »)."""
_PLURAL_VERB = re.compile(r"[ ](?:ne[ ]|n['\u2019])?[a-zà-ÿ]{3,}(?<!m)(?:ent|ont)(?=[ ,])")
"""A plural verb after a list: « lancent », « explorent », « ne représentent », « vont » (not an adverb: « notamment
», « également »)."""

_OBJECT_REACH = 80
"""How far after its cue, in the same clause, the other party's preposition may stand."""
_CLAUSE_END = re.compile(r"[,.;:!?()«»\"\n]")
_PARTY_AFTER = re.compile(
    rf"(?<![\w'\u2019])(?P<to>à|avec|auprès[ ]de|auprès[ ]d['\u2019]|chez)[ ]?(?P<name>{_NAME}){_END}"
)
_GIVING = re.compile(
    r"(?:(?:a|ont|va|vont|doit|veut)[ ])?(?:c[èé]d|vend|confi|attribu|accord|adjug|livr|fourni|cession|vente)"
)
"""A cue that gives or sells something: its receiver follows « à » (« cède à X sa participation », « a confié à
X »); after other cues « à » names a place or a time as often (« signé à Quimper », « à Noël »)."""

_SEASON_WORDS = """
noël pâques toussaint ramadan aïd hanoukka halloween thanksgiving pentecôte carnaval réveillon nouvel avent carême
"""
_SEASONS = frozenset(_SEASON_WORDS.split())
"""Festivals and seasons French names with a capital after « de / à » (« les ventes de Noël », « à Pâques »)."""

_LONG_LIST = re.compile(
    # the first name's capital first, then what may not stand before it: ``re`` only tries capitals
    rf"([A-ZÀ-ÝŒ](?<![\w'\u2019].)[a-zà-ÿ][\w&\-]{{0,30}}(?:[ ]{_WORD}){{0,2}})"
    rf"(?:,[ ](?:{_NAME})){{1,6}},?[ ](?:et|ou(?:[ ]encore)?)[ ]{_NAME}{_END}"
)
"""Three names or more listed, the last after « et » / « ou (encore) »: « Quatavpil, Gortistav, Vanrixgor et
Dravanfen »."""
_LIST_MEMBER = re.compile(rf"(?:^|,[ ]|[ ]et[ ]|[ ]ou[ ](?:encore[ ])?)(?P<name>{_NAME})")
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:à|en|dans|au|aux|vers|depuis|de|des|du|entre|après|avant|comme|outre|contre)|[dl]['\u2019])[ ]$"
)
"""Before a list of places, origins or dates, or of what a fronted phrase compares (« à Vitré, Fougères et Redon »,
« des usines de Dole, Lons et Arbois », « Après Korvia, Dorvane et Bellmark ces trois dernières années, X rachète »)."""

_GOES_ON = re.compile(
    r"[ ](?:(?:de|du|des)[ ]|d['\u2019])"
    r"(?!(?:son|sa|ses|leurs?|la|le|les|l['\u2019]|ce|cet|cette|ces|un|une|notre|nos|votre|vos)\b)[a-zà-ÿ]"
    r"|[ ](?!(?:mais|jamais|tel|quel)\b)[a-zà-ÿ]+"
    r"(?:ien|ienne|éen|éenne|ais|aise|al|ale|ique|if|ive|el|elle)s?(?=[ ,.;])"
)
"""A name that goes on in lower case: a noun complement (« Caisse de dépôt », not « Dorvane de son offre ») or an
adjective (« Caisse centrale », « Banque européenne »)."""

_CIVIL_TITLE_BEFORE = re.compile(r"(?:\bM\.|\bMM\.|\bMme|\bMmes|\bMe|\bDr|\bPr)[ ]?$")
"""A civil title right before a name makes it a person's (« par M. Durand », « Mme Roux et ... »)."""


def french_slot_names(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """Names in a party's slot of a French relation sentence, as candidates (start, name, strict=False)."""
    relations = [cue for cue in cues if cue.family in _FAMILIES]
    owned = owner_names(text, sorted((cue.start, cue.end) for cue in cues if cue.family in _FAMILIES | _HELM))
    if not relations:
        return owned
    spans = sorted((cue.start, cue.end) for cue in relations)
    slotted = (
        agent_names(text, spans)
        + cleft_names(text, spans)
        + opening_list_names(text, spans)
        + object_names(text, relations)
        + long_list_names(text, spans)
        + bound_names(text, spans)
    )
    helm = sorted((cue.start, cue.end) for cue in cues if cue.family in _HELM)
    return owned + [name for name in slotted if not in_relation(text, helm, name[0])]


def long_list_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """Three names or more listed in a relation sentence: « compte sur Korvia, Dorvane, Bellmark et Tessane ».

    Also after « dont » (« ses investisseurs historiques, dont Korvia, Dorvane et Bellmark »).
    People are listed with their first names, places after a locative (« à Vitré, Fougères et Redon »): one member
    that may be no firm's name, or a locative before the list, leaves the whole list out.
    """
    names: list[tuple[int, str, bool]] = []
    if text.count(", ") < 1:
        return names
    for listed in _LONG_LIST.finditer(text):
        opening = listed[0].split(" ", 1)[0]
        if _LOCATIVE_BEFORE.search(text[max(0, listed.start() - 12) : listed.start()] + opening.casefold() + " "):
            continue  # « à Vitré, ... », also a capitalised preposition opening the sentence: « Après Korvia, ... »
        if not in_relation(text, spans, listed.start()):
            continue
        members = [(listed.start() + one.start("name"), one.group("name")) for one in _LIST_MEMBER.finditer(listed[0])]
        if all(_may_be_firm(text, start, name) and _before_first_name(name) == name for start, name in members):
            names += [(start, name, False) for start, name in members]
    return names


def object_names(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """The other party after a relation cue, in its clause: « avec X », « auprès de X », « chez X », « à X ».

    « à » counts after a cue that gives or sells (« Lextavdra cède à Korvia le solde de sa participation »).
    """
    names: list[tuple[int, str, bool]] = []
    for cue in cues:
        stop = min(len(text), cue.end + _OBJECT_REACH)
        clause_end = _CLAUSE_END.search(text, cue.end, stop)
        slot = _PARTY_AFTER.search(text, cue.start, clause_end.start() if clause_end is not None else stop)
        if slot is None or (slot.group("to") == "à" and _GIVING.match(text, cue.start) is None):
            continue
        name = _before_first_name(slot.group("name"))
        if name and _may_be_firm(text, slot.start("name"), name):
            names.append((slot.start("name"), name, False))
    return names


def bound_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """The two parties a contract binds, in a relation sentence: « le contrat liant Korvia à Dorvane a été résilié ».

    The one bound may be a pronoun (« qui le liait à Dorvane ») or a public body (« la ville de Korvia »), left to
    the other readers; « à » here names the other party, never a place (a place is still no firm).
    """
    names: list[tuple[int, str, bool]] = []
    if " à " not in text and " au " not in text:
        return names
    for bound in _BOUND.finditer(text):
        if not in_relation(text, spans, bound.start()):
            continue
        for group in ("customer", "name"):
            if bound.group(group) is None:
                continue
            start, name = bound.start(group), _before_first_name(bound.group(group))
            if name and _may_be_firm(text, start, name):
                names.append((start, name, False))
    return names


def agent_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """The agent after « par » in a relation sentence: « le rachat de Korvia par Dorvane »."""
    names: list[tuple[int, str, bool]] = []
    if "par " not in text:
        return names
    for agent in _AGENT.finditer(text):
        start = agent.start("name")
        name = _before_first_name(agent.group("name"))
        if name and _may_be_firm(text, start, name) and in_relation(text, spans, agent.start()):
            names.append((start, name, False))
    return names


def cleft_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """The subject a cleft sets off in a relation sentence: « c'est Korvia qui a finalement emporté l'entreprise »."""
    names: list[tuple[int, str, bool]] = []
    if "est " not in text:
        return names
    for cleft in _CLEFT.finditer(text):
        start, name = cleft.start("name"), _before_first_name(cleft.group("name"))
        if name and _may_be_firm(text, start, name) and in_relation(text, spans, cleft.start()):
            names.append((start, name, False))
    return names


def opening_list_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """Coordinated names opening a clause before its verb: « Korvia et Dorvane ont signé un accord ».

    Every member must be able to name a firm (one place or person makes the list people's or countries': « Paris et
    Berlin ont signé », « Jean et Marie ont lancé »); the verb after the list is an auxiliary, a modal, a verb of
    the relation tables, a pronoun's or any plural verb (« explorent »), and a relation cue follows in the same
    clause.
    """
    names: list[tuple[int, str, bool]] = []
    if " et " not in text:
        return names
    verbs, _ = table_words()
    last = 0
    for opening in clause_openings(text):
        listed = None if opening < last else _OPENING_LIST.match(text, opening)
        if listed is None or not (verb_follows(text, listed.end(), verbs) or _PLURAL_VERB.match(text, listed.end())):
            continue
        if not relation_follows(text, spans, listed.end()):
            continue
        last = listed.end()  # « A, B et C »: not again from « B »
        members = [(member.start("name"), member.group("name")) for member in _LISTED.finditer(listed.group(0))]
        members = [(opening + start, name) for start, name in members]
        if all(_may_be_firm(text, start, name) for start, name in members):
            names += [(start, name, False) for start, name in members]
    return names


def owner_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """The firm after a noun only a firm has: « les dirigeants de Korvia et de Dorvane », « les ventes de Korvia »."""
    names: list[tuple[int, str, bool]] = []
    if not spans:
        return names
    for owned in _OWNED.finditer(text):
        if not in_relation(text, spans, owned.start()):
            continue
        listed = [(owned.start("name"), owned.group("name"))]
        if owned.group("more"):
            more = owned.start("more")
            listed += [(more + one.start("name"), one.group("name")) for one in _LISTED_OF.finditer(owned["more"])]
        for start, raw in listed:
            name = _before_first_name(raw)
            if name and _may_be_firm(text, start, name):
                names.append((start, name, False))
    return names


def _before_first_name(name: str) -> str:
    """The name's words before a first name: « l'analyste de Korvia Jean Durand » names Korvia."""
    words = name.split(" ")
    for index, word in enumerate(words[1:], start=1):
        if word.casefold() in FIRST_NAMES:
            return " ".join(words[:index])
    return name


def _may_be_firm(text: str, start: int, name: str) -> bool:
    """Whether a name in a party's slot may be a firm's: no place, nationality, public body, festival or person.

    Nor one word whose name goes on in lower case (« Caisse centrale »).
    """
    words = name.casefold().split(" ")
    if " " not in name and _GOES_ON.match(text, start + len(name)):
        return False  # « la Caisse centrale de réassurance »: the name goes on in lower case, its end is unknown
    return (
        _CIVIL_TITLE_BEFORE.search(text, max(0, start - 5), start) is None
        and name.casefold() not in PLACES
        and not any(word in PLACES or word in PLACE_WORDS for word in words)
        and words[0] not in PUBLIC_HEADS
        and words[0] not in FIRST_NAMES
        and words[0] not in _SEASONS
        and not is_nationality(name.casefold())
    )
