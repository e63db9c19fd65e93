"""Last checks on leadership changes: the company is not the newcomer's origin, the people are people.

Every reader of a change picks its company and its people by its own slots; a wrong pick there raises a
leadership alert naming someone the story never makes the company's leader. These checks read the picks once
more, whatever reader made them:

- the company is not named, in the change's sentence, only as where the newcomer comes from ("Ord joins from
  BAE Systems", "an outsider from Monsanto"): that firm's leadership does not change;
- the company is a company, not a foundation, an association or a union ("chair of the Korvia Foundation");
- a person is never a firm: not a "Paris-based" phrase ("Lyon-based Dorvane runs ventures with Korvia"), not
  the name of a company the article or the knowledge base knows, unless it reads as a first name and surname
  or is the surname of a person the article names in full;
- a person is never a common noun a headline capitalised ("Shortage leaves Intel partners high and dry");
- the newcomer is not a present holder (session 28): a title that only describes its holder in the change's own
  sentence ("Bill Roe, Korvia's president and CEO, will lead the company"), or describes the one who reports the
  change ("Korvia CEO, Jane Roe, said: 'We are glad to appoint X'"), gives nobody a post anew;
- the company's mention is no person's name nor a word of one (session 28): "Jane Roe-Korvia", "Jane" of
  "Jane Roe", an unknown "Kip Roe" the story then calls "Roe".
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate
from streams.extraction.cues import Cue
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.leadership import TRACKED_ROLES
from streams.extraction.leadership_company import is_origin
from streams.extraction.org_context import FIRST_NAMES, is_person
from streams.extraction.text import fold_case

_BODY_HEADS = frozenset({
    "foundation", "fondation", "association", "university", "université", "federation", "fédération",
    "confederation", "confédération", "chamber", "chambre", "museum", "musée", "syndicat",
})  # fmt: skip
"""Last words of a body that is no company ("the Korvia Foundation", "Korvia Fédération"): a chair there is no
change of the firms the alerts follow. Words that end firms' names too ("Western Union", "Sam's Club", "SAS
Institute") are left out."""

_MILIEU_NOUN = re.compile(r"[ ](?:grandee|mp|peer|donor|politician|stalwart|heavyweight)s?\b")
"""Nouns a milieu word stands before when it describes a public figure ("City grandee", "Tory MP", "Labour peer"):
a firm's people are its "head", "boss" or "banker", which these words never follow."""

_STANDING_WORDS = frozenset({
    "Outgoing", "Departing", "Retiring", "Ousted", "Embattled", "Incoming", "Interim", "Acting", "Longtime",
    "Long-serving", "Newly",
})  # fmt: skip
"""Words that tell where a person stands in a post ("Outgoing boss Jane Roe said"): capitalised when they open a
sentence, an unknown firm's name for the readers, never one."""

_PLACE_PHRASE = re.compile(r"-(?:based|headquartered|listed|owned|basée?s?)\b", re.IGNORECASE)
"""A word that only says where a firm is from: a name holding it ("Lyon-based Dorvane") is no person's."""


def without_false_leaders(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """Drop the leadership changes whose company or people the checks above refuse; clear a refused leaver.

    A change whose only person is refused names nobody the story makes a leader, and is dropped.
    """
    if not any(candidate.type == "leadership_change" for candidate in candidates):
        return candidates  # most stories: no change to check, no set of the article's firm names to build
    firms = {article.text[c.start : c.end].casefold() for c in article.companies} | {
        c.name.casefold() for c in article.companies
    }
    kept: list[Candidate] = []
    for candidate in candidates:
        if candidate.type != "leadership_change":
            kept.append(candidate)
            continue
        if (
            _origin_only(article, candidate)
            or _no_company(candidate)
            or _no_firm_here(article, candidate)
            or _milieu_only(article, candidate)
        ):
            continue
        person = candidate.person if _may_be_person(article, candidate.person, firms) else None
        if person and _holds_post(article, candidate, person):
            person = None
        previous = candidate.previous_person if _may_be_person(article, candidate.previous_person, firms) else None
        if (candidate.person or candidate.previous_person) and not (person or previous):
            continue
        candidate.person, candidate.previous_person = person, previous
        kept.append(candidate)
    return kept


def _no_company(candidate: Candidate) -> bool:
    """Whether the change's subject is a foundation, an association, a union or a school ("Korvia Foundation")."""
    if candidate.subject is None:
        return False
    words = candidate.subject.name.casefold().split()
    return bool(words) and words[-1] in _BODY_HEADS


def _milieu_only(article: Article, candidate: Candidate) -> bool:
    """Whether the change's unknown company is a milieu or standing word that only describes a person.

    Real stories of session 28 gave "City" a chair for "has named City grandee Martin Scicluna" and "Tory" a
    leaver for "Lord Tyrie, also a former Tory MP": the word tells the person's world, not a firm whose leadership
    changes. A known firm ("Goldman Sachs banker") or an unknown one named elsewhere as itself is kept.
    """
    subject = candidate.subject
    if subject is None or subject.known:
        return False
    if subject.name in _STANDING_WORDS:
        return True  # "Outgoing boss Jane Roe said": a standing word opening the sentence
    mentions = [c for c in article.companies if c.id == subject.id]
    return bool(mentions) and all(_MILIEU_NOUN.match(article.folded, c.end) for c in mentions)


def _no_firm_here(article: Article, candidate: Candidate) -> bool:
    """Whether the change's company mention is a person's name or a word of one, not a firm.

    Every reader takes a capitalised word near the change as its company, and in unseen stories of session 28 the
    word was the newcomer's first name ("Jon" of "Jon Moeller"), part of a hyphenated surname ("Poupart-Lafarge")
    or a person's whole name whose first name the lists lack ("replaced by Jon Stanton", "said 65-year-old Gupta"
    after "Piyush Gupta"). That firm's leadership does not change; the change is dropped, not moved to another
    company, since the reader that chose the word had no other.
    """
    subject = candidate.subject
    if subject is None:
        return False
    people = [person for person in (candidate.person, candidate.previous_person) if person]
    return _in_persons_name(article, subject.known, subject.start, subject.end, people)


def _in_persons_name(article: Article, known: bool, start: int, end: int, people: list[str]) -> bool:
    """Whether the mention at ``start:end`` is a person's name or a word of one, not a firm.

    A word inside the name of a person a leadership reader found is part of it. A word glued by a hyphen to a
    surname after a first name ("Henri Roe-Korvia", "Henri Korvia-Roe") is part of that surname, even a known
    firm's name. An unknown name of one or two words is a person's when it is the first word of one of the change's
    ``people`` ("Jon" of "Jon Roe", even a first name the lists lack), when its last word, or the word after it, is a
    surname the story also calls a person by ("replaced by Kip Lanark ... Lanark said"), or when it is a common
    first name written before a surname. Acronyms and names opening on a determiner ("PSA", "Le Monde") are firms'.
    """
    if any(named.start <= start < named.end for people_here in article.people.values() for named in people_here):
        return True
    text, name = article.text, article.text[start:end]
    if _glued_to_surname(text, start, end):
        return True
    words = name.split(" ")
    if (
        known
        or len(words) > _TWO_WORDS
        or words[0].casefold() in _DETERMINERS
        or not all(word[:1].isupper() and word[1:].islower() and word.isalpha() for word in words)
    ):
        return False
    if len(words) == _TWO_WORDS:
        return _told_alone(text, words[1])
    if any(person.split(" ", 1)[0] == name for person in people if " " in person):
        return True
    return any(
        (name.casefold() in FIRST_NAMES and is_person(found.group(0)))
        or (found.start(1) not in article.company_starts and _told_alone(text, found.group(1)))
        for found in re.finditer(r"\b" + re.escape(name) + r"[ ]([A-ZÀ-Ý][a-zà-ÿ'\-]+)\b", text)
    )


def _glued_to_surname(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` is glued by a hyphen to a surname written after a first name."""
    before = re.search(r"\b([A-ZÀ-Ý][\w']+)[ ](?:[A-ZÀ-Ý][\w']+-)?$", text[max(0, start - 40) : start])
    if before is None or before.group(1).casefold() not in FIRST_NAMES:
        return False
    return text[start - 1 : start] == "-" or re.match(r"-[A-ZÀ-Ý]", text[end:]) is not None


_SURNAME_ALONE = re.compile(
    r"(?:\b(?:said|says|added|told|Mr|Ms|Mrs|Dr|M\.)[ ](?P<a>{name})\b"
    r"|\b(?P<b>{name})(?:[ ](?:said|says|added|told|joined|who)\b|,[ ](?:who\b|[0-9]{{2}},)))"
)
"""A surname told alone as a person's: after a speech verb or a courtesy title ("said Moeller", "Mr Stanton"),
or before one, a relative clause or an age ("Stanton said", "Stanton, who joined", "Stanton, 51,")."""

_TWO_WORDS = 2

_DETERMINERS = frozenset({"the", "le", "la", "les", "l'", "a", "an", "un", "une"})


def _told_alone(text: str, surname: str) -> bool:
    """Whether the story calls someone by ``surname`` alone, as it does a person it has named in full.

    The word must stand alone: "Harlow Foods said" is a firm's name before a speech verb, not "Foods".
    """
    for found in re.finditer(_SURNAME_ALONE.pattern.format(name=re.escape(surname)), text):
        at = found.start("a") if found.group("a") else found.start("b")
        if not re.search(r"[A-ZÀ-Ý][\w'\-]*[ ]$", text[max(0, at - 30) : at]):
            return True
    return False


def _origin_only(article: Article, candidate: Candidate) -> bool:
    """Whether the change's sentence names its company only as someone's origin ("joins from X")."""
    subject = candidate.subject
    if subject is None:
        return False
    start, end = candidate.span
    here = [c for c in article.companies if c.id == subject.id and start <= c.start < end]
    return bool(here) and all(is_origin(article, c) for c in here)


def _may_be_person(article: Article, name: str | None, firms: set[str]) -> bool:
    """Whether ``name`` may be a person's: no place phrase, and no firm's name unless it reads as a person's."""
    if not name:
        return False
    if _PLACE_PHRASE.search(name) or _common_word(article, name):
        return False
    folded = name.casefold()
    if is_person(name) or (folded not in firms and load_knowledge_base().lookup(name) is None):
        return True
    # "Chaussade", read as a firm too, is Jean-Louis Chaussade's surname when the article names him in full.
    return any(is_person(found.group(0)) for found in _with_first_name(name).finditer(article.text))


def _common_word(article: Article, name: str) -> bool:
    """Whether a one-word ``name`` is a common noun a headline capitalised, not a surname.

    "Shortage leaves Intel partners high and dry": the article writes the word in lower case elsewhere ("suffered
    from the shortages") and never after a first name; a surname told alone ("Price left") stays capitalised.
    """
    if not name.isalpha() or not name[:1].isupper() or is_person(name):
        return False
    if _with_first_name(name).search(article.text):
        return False
    return re.search(r"\b" + re.escape(name[:1].lower() + name[1:]) + r"(?:s|es)?\b", article.text) is not None


def _with_first_name(surname: str) -> re.Pattern[str]:
    """A capitalised word (a first name, maybe) right before ``surname``."""
    return re.compile(r"\b[A-ZÀ-Ý][\w\-]{1,20}[ ]" + re.escape(surname) + r"\b")


_NEWNESS = re.compile(
    r"\b(?:new|newly|incoming|interim|acting|future|next|designate|elect|nouveau|nouvel|nouvelle|futur|future"
    r"|intérim|intérimaire|désigné|désignée|prochain|prochaine)\b"
)
"""A word that makes a title one just taken or still to come ("its new CEO", « le futur PDG »): no holder's."""

_PAST = re.compile(r"\b(?:former|ex|ancien|ancienne|previous|then|onetime|one-time|précédent|précédente)\b")
"""A word that makes a title one held before ("former eBay chief executive"): no present holder's."""

_OWNER_BEFORE = re.compile(r"(?:['\u2019]s)?[ ](?:\([^()]{1,20}\)[ ])?")
"""From an owner to its title: "Korvia CEO", "Korvia's CEO", "Korvia (KRV.PA) CEO"."""

_OWNER_AFTER = re.compile(r"[ ](?:of|at|de|du|d'|chez)[ ]?(?:the[ ]|la[ ]|le[ ]|l')?")
"""From a title to its owner: "CEO of Korvia", « PDG de Korvia »."""

_TITLE_BEFORE_NAME = re.compile(r"(?:,?[ ]|[ ](?:of|at|de|du|d'|chez)[ ]?[^,;()]{1,40},[ ])")
"""From a title to the name it describes: "Korvia CEO Jane Roe", "Korvia CEO, Jane Roe", « le PDG de X, Jane Roe »."""

_NAME_BEFORE_TITLE = re.compile(r",[ ][^,;()]{0,40}")
"""From a name to a title in the apposition after it: "Jane Roe, Korvia's president and ", « Jane Roe, »."""

_APPOSITION_CLOSES = re.compile(r"[^,;()]{0,40}(?:[,;)]|$)")
"""After that title, the apposition closes (a comma, a bracket, the sentence's end) before any new clause."""

_GIVES_TITLE = re.compile(r"(?:\bas|\bcomme|en tant que|\bto|au poste de|\bbe|\bêtre)[ ](?:[\w'\-]+[ ]){0,2}$")
"""Words right before a title that give it rather than describe a holder ("as CEO", "to be its CEO")."""

_CHANGE_FAMILIES = frozenset({"leadership_in", "leadership_out"})

_UNIT_SCOPE = re.compile(
    r"[ ](?:for|of|at)[ ](?:the[ ]|its[ ]|[\w&\-]+['\u2019]s[ ])?(?:[\w'\u2019\-]+[ ]){0,3}"
    r"(?:business|businesses|division|unit|region|arm|operations|segment|sector|zone|subsidiary)\b"
)
"""What scopes a title to a unit: "chief executive for the Latin American business", "of Korvia's UK division"."""

_POST_NOUN = re.compile(
    r"présidence|direction|job|post|poste|spot|seat|fonction|helm|tête|rênes|fauteuil|mandat|rôle|role"
)
"""A title word that names the post, not its holder ("Pour la présidence, Jane Roe fait figure de favorite")."""

_NOW = re.compile(r"\b(?:now|henceforth|désormais|dorénavant)\b")
"""An adverb that makes the sentence's state a new one ("L'administrateur référent X préside désormais le conseil")."""


def _holds_post(article: Article, candidate: Candidate, person: str) -> bool:
    """Whether the change's own sentence shows ``person`` as a present holder of a post, not as its newcomer.

    A title describes the person when it is written next to the name (before it, "Korvia CEO Jane Roe", or in an
    apposition after it, "Jane Roe, Korvia's CEO,") with no word of newness ("new", "interim", « futur ») or of
    the past ("former"), no change cue between name and title or right before it ("named CEO Jane Roe"), and no
    company in it but the change's. The person holds the post already when that title is the change's own
    (its only title of that kind in the sentence: "X, directeur général, deviendra PDG" gives the second one, and
    so does a post noun, "X, patron de la filiale, assurera la direction générale"),
    or when the person only reports the change ("Korvia CEO, Jane Roe, said: 'We will appoint Gary as CTO'": a
    speech verb stands between her and every change cue). A title of another kind whose change governs the
    person ("Jane Roe, Korvia's CFO, becomes CEO") is the post held before, and a name a change cue before it
    governs ("named as vice presidents X and Jane Roe, Korvia's COO") is the one named: both are left to the
    readers. In the real stories read in session 28 a newcomer so described was the speaker or a party of the
    story, never the one appointed.
    """
    sentence = article.sentence(article.sentence_index(candidate.span[0]))
    folded = article.folded
    if _NOW.search(folded, sentence.start, sentence.end):
        return False  # "L'administrateur référent X préside désormais le conseil": "now" tells a change
    own_titles = [c for c in sentence.cues if c.family == "role" and c.detail == candidate.role]
    titles = [
        c
        for c in sentence.cues
        if c.family == "role" and c.detail in TRACKED_ROLES and not _POST_NOUN.search(folded, c.start, c.end)
    ]
    names = [fold_case(person)]
    if " " in names[0]:
        names.append(names[0].rsplit(" ", 1)[-1])
    for name in names:
        at = folded.find(name, sentence.start, sentence.end)
        while at >= 0:
            end = at + len(name)
            if not any(c.family == "leadership_in" and c.end <= at for c in sentence.cues):
                held = [t for t in titles if _describes(article, sentence, candidate, t, (at, end))]
                if any(t.detail == candidate.role for t in held) and len(own_titles) == 1:
                    return True
                if held and _reports_change(article, sentence, end):
                    return True
            at = folded.find(name, end, sentence.end)
    return False


_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|il|elle|lui|qu'il|qu'elle)\b")
"""A pronoun in the reported words that may stand for the speaker ("a annoncé le départ de X, qu'il remplace")."""


def _reports_change(article: Article, sentence: Sentence, after: int) -> bool:
    """Whether the person after whom ``after`` falls speaks of a change that is not his.

    A speech verb after ``after`` stands before every change cue of the sentence, and no pronoun in the reported
    words may stand for the speaker.
    """
    speech = next(
        (c.end for c in sentence.cues if c.family == "clause" and c.detail == "speech" and c.start >= after), None
    )
    changes = [c for c in sentence.cues if c.family in _CHANGE_FAMILIES]
    return (
        speech is not None
        and bool(changes)
        and all(c.start >= speech for c in changes)
        and _THIRD_PERSON.search(article.folded, speech, sentence.end) is None
    )


def _describes(article: Article, sentence: Sentence, candidate: Candidate, title: Cue, name: tuple[int, int]) -> bool:
    """Whether ``title`` describes the name at ``name`` as its present holder (see :func:`_holds_post`).

    A title scoped to a unit ("chief executive for the Latin American business") is another post than the firm's.
    """
    folded = article.folded
    gap = _description_gap(folded, sentence, title, name)
    if (
        gap is None
        or _GIVES_TITLE.search(folded, max(sentence.start, title.start - 30), title.start)
        or _UNIT_SCOPE.match(folded, title.end)
    ):
        return False
    lo, hi = max(sentence.start, gap[0] - 25), gap[1]
    if _NEWNESS.search(folded, lo, hi) or _PAST.search(folded, lo, hi):
        return False  # "Korvia's new CEO, Jane Roe", "former Korvia CEO Jane Roe": no present holder
    if any(c.family in _CHANGE_FAMILIES and lo <= c.start and c.end <= hi for c in sentence.cues):
        return False  # "named CEO Jane Roe": the title is given
    subject = candidate.subject
    owners = [
        c
        for c in sentence.companies
        if gap[0] <= c.start < hi
        or (c.end <= title.start and _OWNER_BEFORE.fullmatch(folded, c.end, title.start))
        or (c.start >= title.end and _OWNER_AFTER.fullmatch(folded, title.end, c.start))
    ]
    return all(subject is not None and c.id == subject.id for c in owners)


def _description_gap(folded: str, sentence: Sentence, title: Cue, name: tuple[int, int]) -> tuple[int, int] | None:
    """The span from the title to the name it stands next to as a description, or None when it does not."""
    start, end = name
    if title.end <= start and _TITLE_BEFORE_NAME.fullmatch(folded, title.end, start):
        return title.start, start
    if (
        end <= title.start
        and _NAME_BEFORE_TITLE.fullmatch(folded, end, title.start)
        and _APPOSITION_CLOSES.match(folded, title.end, sentence.end)
    ):
        return end, title.end
    return None
