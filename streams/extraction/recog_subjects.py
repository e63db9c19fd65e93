"""Unknown organisations read by their slot: the subject that opens a sentence telling a deal, customer or partner.

Real stories name many firms the knowledge base has never heard of, and most often as the sentence's subject: "Dorvane
has agreed to supply Korvia", "Bellmark's $2 billion offer for Quentaro", "Harlow Mills, which has supplied Korvia
since 2015, said ...". A capitalised run that opens such a sentence (maybe after an opener: "However,", "On Tuesday,",
"In 2019,") is a subject when what follows can only follow one: a possessive before a firm's belonging (an offer, a
unit, its customers, its shares), a relative "which", an apposition describing a firm (", Belgium's largest grocer,"),
an auxiliary or a speech verb ("has", "is", "will", "said", "plans"), a verb in the past or third person, or "and"
with a second name and a plural verb ("Dorvane and Korvia are preparing a joint venture"), which names both.

People stand there as often, so the candidate still goes through the recogniser's usual checks (a first name, a
surname the story introduced with its first name, a title before it, places, nationalities, openers, kind nouns);
here a one-word candidate is also no word the story writes in lower case ("Demand rose" where "demand" appears), no
gerund or abstract noun of the verb-link kind ("Spending rose", "Production started"), and a relative or apposition
that describes a person ("who", "the former chief executive") reads nothing. Only sentences holding a party cue after
the name are read, so a politician's or a country's sentence with no deal in it never yields a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from streams.extraction.cues import PARTY_FAMILIES, Cue
from streams.extraction.org_context import ANAPHOR_KINDS_EN, FIRST_NAMES, KINDS_BEFORE_NAME, NOT_FIRM_WORDS, NOT_NAMES
from streams.extraction.orgname_slots import plain_party
from streams.extraction.person_marks import HONORIFIC_WORDS
from streams.extraction.text import split_sentences

_SUBJECT_FAMILIES = PARTY_FAMILIES | {"investor", "co_investor", "major_customer"}
"""Cues whose sentence names a firm as its subject: the deal verbs, "is leading (a round)", "its biggest customer"."""

_OPENER = re.compile(
    r"(?:However|Meanwhile|Separately|Elsewhere|Additionally|Likewise|Instead|Indeed|Overall|Moreover|Furthermore"
    r"|Nevertheless|Nonetheless|Also|Now|Recently|Previously|Subsequently|Eventually|Finally|Later|Earlier|Today"
    r"|Yesterday|In[ ](?:(?:early|late|mid-?)[ ]?)?(?:19|20)\d\d|On[ ][A-Z][a-z]+day|Last[ ](?:year|month|week)"
    r"|Earlier[ ]this[ ](?:year|month|week)|This[ ](?:year|month|week)|When|After|Before|While|As|If|Although"
    r"|Though|Because|Since(?:[ ](?:19|20)\d\d)?|But|And|So|Yet|Once|Until|Unless),?[ ]"
)
"""A sentence opener before its subject: an adverb, a date or a conjunction ("Meanwhile, ", "In 2019, ", "When ")."""
_CLAUSE_OPENER = re.compile(
    r"(?<=[ ])(?:that|while|whereas|after|before|when|once|until|since|because|although|though|but|as|if)[ ](?=[A-Z])"
)
"""A conjunction inside a sentence before a capitalised word: the subject of its clause ("reported that Korvia has
cut", "while Bellmark is consolidating"), capitalised there because it is a name."""
_INTRO = re.compile(
    r"(?:In|On|At|After|Before|As|Beyond|Beginning|Over|Under|Following|Since|During|Despite|Unlike|Like|With"
    r"|Without|Through|Until|Within|Across|Outside|Last|Earlier|Later|Separately|A[ ]few|According[ ]to)"
    r"[ ][^,;:()\n\"]{2,80},[ ]"
)
"""An introductory phrase set off by its comma before the main clause's subject: "In October 2011, ", "Before its
takeover by Korvia, ", "Beyond North America, "."""
_DESCRIBED = re.compile(r"(?:[A-Z][\w\-]+[ ])?(?:[a-z][\w\-]*[ ]){0,3}?(?P<kind>[a-z]+)[ ](?=[A-Z])")
"""A description opening the sentence before the name: "British investor ", "Regional transport authority ",
"Australian pay-TV leader " (its last word must be a firm's kind)."""
_QUOTES = "\"'\u201c\u2018\u00ab( "
_NAME = re.compile(r"[A-Z][\w\-]*(?:[ ](?:&[ ])?[A-Z][\w\-]*){0,3}(?:[ ]&[ ][A-Z][\w\-]*)?")
"""One to four capitalised words, maybe joined by "&" ("Harlow Mills", "Quentaro Bio", "Bellmark & Rowe")."""

_BELONGINGS = (
    "offer", "bid", "deal", "deals", "purchase", "acquisition", "takeover", "merger", "investment", "investments",
    "round", "stake", "holding", "unit", "arm", "division", "subsidiary", "subsidiaries", "shares", "stock",
    "sales", "revenue", "revenues", "profit", "profits", "earnings", "customers", "customer", "clients", "client",
    "suppliers", "supplier", "board", "contract", "contracts", "agreement", "agreements", "partnership",
    "venture", "plant", "plants", "factory", "factories", "annual report", "orders", "order", "relationship",
    "framework", "portfolio", "shareholders", "investors", "backers", "operations",
)  # fmt: skip
"""What a firm owns and a person, a place or a politician seldom does: "Bellmark's offer", "Korvia's top customer"."""
_VERB_LINKS = (
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "may", "might", "can", "should",
    "plans", "planned", "agreed", "intends", "expects", "hopes", "aims", "wants", "did", "does", "announced",
    "confirmed", "reported",
    r"said[ ](?:it|its|(?:on[ ][A-Z][a-z]+|in[ ]a[ ](?:statement|filing|regulatory)|during|this|last)"
    r"(?![^,.;]{0,40}\b(?:he|she|his|her|him)\b))",
    r"says[ ](?:it|its)",
)  # fmt: skip
"""Auxiliaries and verbs of intent or report after a subject; a speech verb only where the firm speaks of itself
or its statement ("said it", "said on Tuesday", "said in a filing"): "Roe said the deal ..." names a person, and so
does "Roe said on Tuesday he would ..."."""
_OBJECT_NEXT = r"[ ](?:[A-Z]|the[ ]|an?[ ]|its[ ]|their[ ]|to[ ]|that[ ]|more[ ]|up[ ]|out[ ])"
"""After a verb in the third person, its object: "accuses Korvia", "leases aircraft" is left (a plural noun then a
verb, "Regional banks have", reads no subject)."""
_ADVERBS = (
    r"(?:also|still|now|already|then|recently|previously|itself|yesterday|today"
    r"|(?:last|this|earlier[ ]this)[ ](?:year|month|week)|on[ ][A-Z][a-z]+day)"
)
"""A word or a time phrase between a subject and its verb: "Korvia this week awarded", "Dorvane yesterday signed"."""
_LINK_WORDS = r"(?:to|the|of|for|with|an?|and|or|that|which|on|in|at|by|from|its|is|was|has|had|will|would)"
"""Words that end a noun phrase: the belonging must be the possessive's own noun ("Bellmark's $2 billion offer"), not
one further on ("Roe's decision to block the takeover")."""
_LINK = re.compile(
    r"(?P<possessive>(?:['\u2019]s|(?<=s)['\u2019])[ ](?:(?!"
    + _LINK_WORDS
    + r"[ ])[^\s,;:]+[ ]){0,4}?(?:"
    + "|".join(_BELONGINGS)
    + r")\b)"
    r"|(?P<relative>,[ ]which[ ])"
    r"|,[ ](?P<apposition>(?:the|an?|one|part|long|widely|[A-Z][\w\-]+['\u2019]s)[ ][^,;:()\n\"]{3,80}),[ ]"
    r"|[ ](?:"
    + _ADVERBS
    + r"[ ])?(?P<verb>(?:"
    + "|".join(_VERB_LINKS)
    + r")\b|(?!(?:refused|declined|failed|denied|argued|noted|added|stated|claimed|estimated|suggested|explained"
    r"|commented|observed|speculated|predicted|cautioned)\b)[a-z]{3,}ed\b|[a-z]{2,}[^s\W]s(?=" + _OBJECT_NEXT + r"))"
    r"|[ ]and[ ](?P<second>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,2})[ ](?:"
    + _ADVERBS
    + r"[ ])?(?:are|have|had|were|will|would|said|announced|plan|agreed|intend|signed|formed|set|came|teamed"
    r"|forged|struck|sealed|inked|unveiled|launched|created|founded|partnered|jointly|together)\b"
)
"""What only a subject's name is followed by (see the module's docstring). A subject that refused, declined or failed
tells no deal of its own ("Brenlow refused to end its contract"), nor does one that argues or notes: an analyst
speaks of others' deals ("Rosenblatt argued that Korvia was ceding business to Bellmark")."""
_FIRM_DESCRIBED = re.compile(
    r"\b(?:" + "|".join(ANAPHOR_KINDS_EN) + r"|customer|client|supplier|division|member|arm|parent)s?\b"
)
"""A firm's kind or relation in an apposition: ", Belgium's second-largest supermarket chain,", ", part of X,"."""
_PERSON_DESCRIBED = re.compile(
    r"\b(?:who|former|founder|co-founder|ceo|chief|executive|banker|entrepreneur|manager|director|president"
    r"|chairman|chairwoman|head|partner|analyst|spokesman|spokeswoman|minister|senator|governor|he|she|his|her)\b"
)
"""An apposition that describes a person ("Roe, the former banker,"), whatever kind noun it also holds."""
_ABSTRACT = re.compile(r"[A-Z][a-z]+(?:ing|tion|sion|ment|ness|ity|ance|ence|ers|ors|ists|ians|man|men|woman|women)")
"""A word opening a sentence before a verb that is a gerund, an abstract noun, a plural or a person's noun ("Spending
rose", "Production started", "Regulators said", "The Dutchman has won"), not a firm."""
_PLURAL_VERB = re.compile(r"[ ](?:[a-z]+[ ])?(?:are|have|were)\b")
"""A plural verb after one word ending in "s": a plural noun ("Talks are continuing"), a firm's name takes "is"."""
_PERSON_PASSIVE = re.compile(
    r"(?:[ ]been)?[ ](?:named|appointed|promoted|elected|hired|tapped|ousted|fired|replaced|succeeded|born)\b"
)
"""After "was" / "has been": what happens to a person ("Brill was named heir apparent"): one word there is a surname."""
_COLLECTIVE = frozenset({
    "staff", "people", "personnel", "employees", "unions", "government", "parliament", "congress", "everyone",
    "nobody", "someone", "demand", "supply", "trade", "growth", "inflation", "competition", "summer", "winter",
    "spring", "autumn", "fall",
})  # fmt: skip
"""Common nouns that open sentences as their subject and carry no telling ending ("Staff recommended", "Summer is
usually quiet")."""
_HEADLINE_SHARE = 0.6
"""A line whose words are mostly capitalised is a headline in Title Case: where its names end is left to others."""
_HEADLINE_MIN_WORDS = 4


def _headline(sentence: str) -> bool:
    """Whether most words of ``sentence`` are capitalised, as in a Title Case headline."""
    words = sentence.split()
    capitalised = sum(1 for word in words if word[0].isupper())
    return len(words) >= _HEADLINE_MIN_WORDS and capitalised > _HEADLINE_SHARE * len(words)


def subject_names(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """Names opening a sentence as the subject of the deal it tells, as (start, name, strict) candidates.

    A verb that also tells a leadership change ("Nina Roe will replace him") is no party cue: people replace people;
    one a person does ("will succeed", "steps down") right after the name makes it a person's, while a firm names or
    appoints its chief ("Korvia has named Jane Roe chief executive").
    One word opening the sentence is offered strictly (the recogniser's checks for a name before a verb); one word
    after an opener, or several words, carry their own evidence of a subject's place and are offered like a name
    after a firm noun.
    """
    leadership = [cue for cue in cues if cue.family.startswith("leadership")]
    parties = {cue.start for cue in cues if cue.family in _SUBJECT_FAMILIES} - {cue.start for cue in leadership}
    people_verbs = {cue.start for cue in leadership if cue.detail != "named"}  # a firm names its chief
    verbs = sorted(parties | people_verbs)
    names: list[tuple[int, str, bool]] = []
    for start, end in _cued_sentences(text, sorted(parties)):
        first, last = bisect_right(verbs, start), bisect_left(verbs, end)  # the sentence's own: no pass over the rest
        names += _sentence_subjects(text, start, end, [(verb, verb in parties) for verb in verbs[first:last]])
    return names


def _cued_sentences(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The sentence spans of the lines that hold a cue (sorted ``starts``).

    A line break always ends a sentence, so splitting only these lines gives the spans a split of the whole text
    would, for a fraction of the work: most paragraphs of a story tell no deal.
    """
    spans: list[tuple[int, int]] = []
    line_end = -1
    for cue in starts:
        if cue < line_end:
            continue
        line_start = text.rfind("\n", 0, cue) + 1
        line_end = text.find("\n", cue)
        if line_end < 0:
            line_end = len(text)
        spans += [(line_start + start, line_start + end) for start, end in split_sentences(text[line_start:line_end])]
    return spans


def _sentence_subjects(text: str, start: int, end: int, cues: list[tuple[int, bool]]) -> list[tuple[int, str, bool]]:
    """The subject names of the sentence at ``start:end``: the one opening it, and those opening its inner clauses.

    ``cues`` are the sorted starts of the party and leadership cues of the sentence, each with whether it is a
    party's (a cue past the sentence's end is never a subject's verb).
    """
    while start < end and text[start] in _QUOTES:
        start += 1
    if _headline(text[start:end]):
        return []
    opener = _OPENER.match(text, start, end) or _INTRO.match(text, start, end)
    at = opener.end() if opener else start
    described = _DESCRIBED.match(text, at, end)
    if described is not None and described.group("kind") in KINDS_BEFORE_NAME:
        opener, at = described, described.end()
    # an opener or a description sets the name off as punctuation does: no strict reading after it
    names = _subject_at(text, at, end, cues, strict=opener is None)
    for clause in _CLAUSE_OPENER.finditer(text, start, end):
        names += _subject_at(text, clause.end(), end, cues, strict=True)
    return names


def _subject_at(
    text: str, at: int, end: int, cues: list[tuple[int, bool]], *, strict: bool
) -> list[tuple[int, str, bool]]:
    """The name at ``at`` (and a second one joined by "and"), if a subject's link and then a party cue follow it.

    The first cue after the link is the subject's own verb: a leadership verb there makes it a person ("Nina Roe
    will succeed Paul Hart ...; she has been ..."), whatever party cue comes later.
    """
    name = _NAME.match(text, at, end)
    link = _LINK.match(text, name.end(), end) if name is not None else None
    if name is None or link is None:
        return []
    after = bisect_left(cues, (link.start(), False))
    if after == len(cues) or cues[after][0] >= end or not cues[after][1]:
        return []
    found = name.group(0)
    if not _subject_word(text, found, link):
        return []
    # several plain words before a bare verb may be a person whose first name no list holds ("Jane Roe has invested"):
    # read strictly, they need an organisation's marker; a possessive, a relative, an apposition or "The" tell a firm
    strict_many = link.group("verb") is not None and not found.startswith("The ")  # "The Post Office is due to"
    names = [(name.start(), found, (strict and " " not in found) or (strict_many and " " in found))]
    second = link.group("second")
    if (
        second is not None
        and plain_party(second)
        and (" " in second or _one_word_subject(text, second, bare_verb=False, link=link))
    ):
        names.append((link.start("second"), second, strict and " " not in second))
    return names


_CAPITAL_BEFORE = re.compile(r"(?<![\w\-])([A-Z][\w\-]+)[ ]$")
"""A capitalised word right before a space (searched in a short window, not over the story)."""
_MAX_WORD = 32


def _surname(text: str, name: str) -> bool:
    """Whether the story writes one word after another capitalised word that is no opener, as a person's surname.

    "Ginni Rometty, the chairman, ... Rometty said it would buy": the subject is the person. The reader's own
    opener ("When Quentaro acquired") and the words that never start a name ("The", "However") are left out.
    """
    at = text.find(f" {name}")
    while at > 0:
        after = at + 1 + len(name)
        before = _CAPITAL_BEFORE.search(text, max(0, at - _MAX_WORD), at + 1)
        if (
            before is not None
            and (after == len(text) or not (text[after].isalnum() or text[after] in "-_"))
            and before.group(1).casefold() not in NOT_NAMES
            and _OPENER.fullmatch(before.group(0)) is None
        ):
            return True
        at = text.find(f" {name}", after)
    return False


def _firm_apposition(apposition: str) -> bool:
    """Whether an apposition describes a firm: its kind, or a relation to a named firm.

    A person can be a customer too: "Larkin, the shop's biggest customer," is no firm, while "Tellaro, Vanstead's
    largest customer," is one, the other party being named.
    """
    folded = apposition.casefold()
    if _PERSON_DESCRIBED.search(folded):
        return False
    kinds = {match.group(0).rstrip("s") for match in _FIRM_DESCRIBED.finditer(folded)}
    if kinds <= {"customer", "client"}:
        return bool(kinds) and any(char.isupper() for char in apposition)
    return True


def _subject_word(text: str, name: str, link: re.Match[str]) -> bool:
    """Whether ``name``, followed by ``link``, can be a firm rather than a person, a place or a common word."""
    if not plain_party(name) or name.split(" ", 1)[0].casefold() in HONORIFIC_WORDS:
        return False
    apposition = link.group("apposition")
    if apposition is not None and not _firm_apposition(apposition):
        return False
    word = name.removeprefix("The ")
    if word.casefold() in NOT_FIRM_WORDS:
        return False
    if " " in word:
        return True
    return _one_word_subject(text, word, bare_verb=link.group("verb") is not None, link=link)


@lru_cache(maxsize=1)
def _story_words(text: str) -> dict[str, bool]:
    """The answers of :func:`_person_or_word` for the story ``text``, kept while the same story is read."""
    return {}


def _person_or_word(text: str, name: str) -> bool:
    """Whether the story makes one capitalised word a surname, a first name, a group of people or a common word.

    The answer depends on the story and the word alone, and a long story asks it again at every sentence that
    opens with the word: each asking scanned the whole story, so it is remembered per story.
    """
    answers = _story_words(text)
    if name not in answers:
        folded = name.casefold()
        answers[name] = (
            _surname(text, name)
            or folded in NOT_NAMES
            or folded in _COLLECTIVE
            or folded in FIRST_NAMES
            or (folded in text and re.search(rf"\b{re.escape(folded)}\b", text) is not None)
        )
    return answers[name]


def _one_word_subject(text: str, name: str, *, bare_verb: bool, link: re.Match[str]) -> bool:
    """Whether one capitalised word opening a sentence is no surname, first name, opener or common noun.

    "Sales rose", "Jim said", "Demand rose" where "demand" is written too, "Talks are continuing"; before a verb
    also no gerund or abstract noun ("Spending rose") and no person a passive appoints ("Brill was named"). After
    "The", the word is checked alone ("The Dutchman has won").
    """
    if _person_or_word(text, name):
        return False
    if name.casefold().endswith("s") and _PLURAL_VERB.match(text, link.start()):
        return False
    return not bare_verb or (_ABSTRACT.fullmatch(name) is None and _PERSON_PASSIVE.match(text, link.end()) is None)
