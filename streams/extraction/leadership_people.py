"""People of a leadership story: who is named, and who a verb, a pronoun or a clause points to.

Reporters name a person in full once, then by surname, "he" / "il" or "his" / "son"; titles,
honorifics and employers stand around the name ("Former Google executive Dr Jane Roe", "Thierry
Bolloré" whose surname is also a company). These helpers find the names of a sentence once and
answer "who is the subject of this verb" without reading a name governed by a preposition.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Named, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention, person_name
from streams.extraction.org_context import FIRST_NAMES, KIND_NOUNS, NOT_NAMES, is_nationality
from streams.extraction.person_marks import TITLE_OPENS

NEAR = 3
"""How many characters may separate two words that belong together ("Jane Roe, CEO", "to run X")."""
_WORD = (
    r"(?:Mac|Mc|O'|D'|de|De|Di|La|Le|van)?[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜ][a-zß-öø-ÿ]{1,20}(?:-[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜ]?[a-zß-öø-ÿ]{1,20})?"
)
"""A capitalised name word: "Lip-Bu", "O'Reilly", "McFarland", "MacGregor", "deSouza" (never "Green's")."""

_FULL_NAME = re.compile(
    rf"(?=[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜ])(?<![\w]){_WORD}"
    rf"(?:[ ][A-Z]\.?)?(?:[ ](?:(?:de|du|van|von|da|di|del|der|le|ben|bin)[ ])?{_WORD}){{1,2}}(?![\w])"
)
"""Two or three capitalised words, a middle initial allowed: "David L. Calhoun", "Lip-Bu Tan".

The initial's dot is optional: wire and UK styles drop it ("Paul M Meister", session 28), and a name missed there
handed the newcomer's post to the person named before him.

The lookahead restates that a name opens with a capital: ``re`` then rejects other positions at once (2x faster);
the lookbehind keeps a name from starting inside a word ("co-CEOs Mike Roe" is no "Os Mike Roe").
"""

_NOT_FIRST_NAMES = frozenset(
    [
        "under",
        "in",
        "at",
        "after",
        "before",
        "during",
        "from",
        "with",
        "since",
        "for",
        "the",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "new",
        "former",
        "our",
        "while",
        "when",
        "until",
        "unlike",
        "according",
        "besides",
        "including",
        "among",
        "except",
        "beyond",
        "outre",
        "parmi",
        "hormis",
        "both",
        "each",
        "every",
        "some",
        "many",
        "most",
        "other",
        "such",
        "then",
        "there",
        "these",
        "those",
        "sous",
        "dans",
        "après",
        "avant",
        "pendant",
        "depuis",
        "pour",
        "avec",
        "selon",
        "chez",
        "groupe",
        "group",
        "société",
        "banque",
        "bank",
        "famille",
        "family",
        "maison",
        "fondation",
        "foundation",
        # Title-case headline words ("Danone Appoints Paul Hart as CFO, Effective June 1") are no first names.
        "effective",
        "immediately",
        "names",
        "appoints",
        "announces",
        "promotes",
        "hires",
        "taps",
        "elects",
        "selects",
        "welcomes",
        # Their participles open headlines too ("New CEO Named For 'The Next Era' At X", session 26).
        "named",
        "appointed",
        "elected",
        "promoted",
        "hired",
        "tapped",
        "picked",
        "chosen",
        "nomme",
        "annonce",
        # A sentence adverb before a one-word company ("Meanwhile Danone said its chief executive ...") is no first
        # name either.
        "meanwhile",
        "separately",
        "however",
        "also",
        "now",
        "today",
        "yesterday",
        "earlier",
        "later",
        "still",
        "instead",
        # A date word before a one-word company ("On Wednesday Danone named ...") is no first name either.
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "january",
        "february",
        "march",
        "july",
        "september",
        "october",
        "november",
        "december",
        "janvier",
        "février",
        "mars",
        "avril",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
)
"""Capitalised sentence openers that are no first name ("Under German rules", "Selon Reuters")."""

_DOTLESS_INITIAL = re.compile(r"(?<=[ ])([A-Z])(?=[ ])")
"""A middle initial written without its dot ("Paul M Meister"): the name is reported with it, as one person."""

_TITLE_WORD = re.compile(
    r"(?:Director|Founder|Co-founder|Cofounder|Chairman|Chairwoman|Chair|President|Chief|Executive|Interim|Acting"
    r"|Deputy|Analyst|Fondateur|Fondatrice|Cofondateur|Directeur|Directrice|Président|Présidente|Patron|Patronne"
    r"|Officer|Financial|Operating|Technology|Vice|Senior|General|Managing|Non-executive|Independent)[ ]"
)
"""A capitalised title opening a sentence before a name ("Director Nina Roe was named"): not part of the name."""

_HEADLINE_TITLES = frozenset({"Chief", "Boss", "Chairman", "Chairwoman", "Chair", "President", "Director", "Founder"})
"""Title words that never open a two-word name ("Chief Chapek", "Chairman Iger"): the surname follows them."""

_TITLE_WORDS = frozenset([
    "chief", "executive", "officer", "financial", "operating", "technology", "president", "chairman", "chairwoman",
    "director", "general", "managing", "group", "finance", "vice", "senior", "deputy", "interim", "acting",
    "non-executive", "independent", "board", "directeur", "directrice", "président", "présidente", "générale",
    "délégué", "déléguée", "financier", "chair", "chairperson", "ceo", "cfo", "coo",
])  # fmt: skip
"""Words of a capitalised title ("Chief Executive Officer", "Directeur Général"): a name made only of them is none."""

_LEGAL_WORD = re.compile(r"(?:Inc|Corp|Ltd|Limited|Llc|Plc|Co|Cie|Gmbh)\.?")

_COURTESY = re.compile(r"(?<![\w])(?:Mr|Mrs|Ms|Miss)\.?[ ]$")
"""An English courtesy title right before a capitalised word: the word is a person's surname ("Ms. Teffner")."""

_COURTESY_FR = re.compile(r"(?<![\w])(?:M\.|Mme|Mlle)[ ]$")
"""The French courtesy titles ("M. Guillemot, directeur général depuis 2017, ...", "Mme Kocher"): a surname follows."""

_PRONOUN = re.compile(r"(?<![\w])(?:he|she|il|elle|ce dernier|cette dernière|the latter)[ ](?:[a-z']{1,12}[ ]){0,3}$")
"""A subject pronoun for a person named before, "ce dernier" / "the latter" for the last one named."""

POSSESSIVE = re.compile(r"(?<![\w])(?:his|her|son|sa)(?:[ ]own)?[ ]$")

_THING_OWNER = re.compile(r"(?<![\w])(?:its|their|our|your|ses|leur|leurs)[ ]$")
"""A company's possessive before a capitalised pair names a product or unit, never a person ("its Galaxy Note")."""

_GOVERNED = re.compile(
    r"(?:\b(?:de|du|des|of|after|until|since|with|to|for|by|par|à|au|aux|chez|than|from|avec|après|depuis"
    r"|pour|outside|avant|before|under|sous|unlike|like|comme)|d')[ ]?$"
)
"""Words before a name that make it the object of a preposition, not a subject."""

_CAPITAL = re.compile(rf"(?<![\w.]){_WORD}(?![\w])")

_APPOSED_GAP = re.compile(r",[ ](?:[\w\-]+[ ])?")

_EMPLOYER_TITLES = (
    r"(?:executive|boss|chief|head|veteran|president|chairman|chairwoman|ceo|cfo|coo|cto|director|founder"
    r"|co-founder|insider|alumnus|analyst|economist|spokesman|spokeswoman|spokesperson)"
)
_EMPLOYER_OF = re.compile(rf"[ ]{_EMPLOYER_TITLES}[ ]")
"""A title between two capitalised names: the first is the second's employer ("Walgreens Boots Alliance executive
Ken Murphy"), even when the knowledge base does not know it."""


EMPLOYER_GAP = re.compile(rf"(?:[A-ZÀ-Ý][\w&'.\-]*[ ]){{1,4}}(?i:{_EMPLOYER_TITLES})[ ]")
"""An employer and a title before a name ("Walgreens Boots Alliance executive "), in the original text."""


def people(article: Article, sentence: Sentence) -> list[Named]:
    """People of one sentence: full names, and surnames or role-led names ("boss Schumacher") resolved to them.

    Computed once per sentence (several cues of a sentence ask).
    """
    cached = article.people.get(sentence.index)
    if cached is None:
        cached = article.people[sentence.index] = _find_people(article, sentence)
    return cached


_NOUN_BEFORE_NAME = re.compile(r"\b(?:le|la)[ ]$")
"""A French article before three capitalised words: the first is a noun ("le Tessinois", "la Française"), no name."""


def _noun_opens(article: Article, match: re.Match[str]) -> bool:
    """Whether the first word of ``match`` is a noun after an article, the name starting at the next word.

    After an elided article ("de l'Économie Bruno Le Maire"); after "le" / "la" when three words follow ("le
    Tessinois Sergio Ermotti"; "Jean de La Fontaine" keeps its "La", inside the name).
    """
    start = match.start()
    if article.folded.endswith(("l'", "l\u2019"), max(0, start - 2), start):
        return True
    return (
        article.language == "fr"
        and match.group(0).count(" ") == 2  # noqa: PLR2004
        and _NOUN_BEFORE_NAME.search(article.folded, max(0, start - 4), start) is not None
    )


def _find_people(article: Article, sentence: Sentence) -> list[Named]:
    text = article.text
    found: list[Named] = []
    taken = bytearray(sentence.end - sentence.start)
    pos = sentence.start
    while (found_match := _FULL_NAME.search(text, pos, sentence.end)) is not None:
        match = _without_trailing_title(text, found_match)
        if _THING_OWNER.search(article.folded, max(sentence.start, match.start() - 8), match.start()):
            pos = match.end()  # "the successor to its Galaxy Note series": a product, not a person
            continue
        if _noun_opens(article, match):
            pos = text.find(" ", match.start(), match.end()) + 1  # "ministre de l'Économie Bruno Le Maire": from Bruno
            continue
        skip_to = _not_a_name_until(article, sentence, match)
        if skip_to is not None:
            pos = skip_to  # "Director Nina Roe", "Board Chair Larry Kellner", "Boeing Global Services"
            continue
        company = _company_at(sentence, match.start())
        if company is not None and (
            not _first_name(article, company, match) or _LEGAL_WORD.fullmatch(match.group(0).rsplit(" ", 1)[-1])
        ):
            pos = company.end  # "Google's Mara Velloso": the name starts after the company; "Hitachi Ltd" is none
            continue
        if company is not None:
            # "Harvey Schwartz" with "Harvey" a company: a name whose surname the story uses alone.
            found.append(Named(match.start(), match.end(), match.group(0)))
            taken[match.start() - sentence.start : match.end() - sentence.start] = b"\x01" * len(match.group(0))
            pos = match.end()
            continue
        pos = match.end()
        surname = next((c for c in sentence.companies if is_surname(article, c) and c.start > match.start()), None)
        if (
            surname is not None
            and surname.start < match.end()
            and _FIRST_THEN_PARTICLE.fullmatch(text, match.start(), surname.start)
        ):
            # "Thierry Bolloré": a one-word company right after a first name is that person's surname.
            found.append(Named(match.start(), surname.end, text[match.start() : surname.end]))
            taken[match.start() - sentence.start : surname.end - sentence.start] = b"\x01" * (
                surname.end - match.start()
            )
            pos = surname.end
            continue
        name = _name(article, match)
        if name is not None:
            honorific = TITLE_OPENS.match(name)
            rest = name[honorific.end() :] if honorific else name
            # "Dr O'Reilly" once "Dr Tony O'Reilly" was named: the surname stands for the full name.
            kept = rest if " " in rest else (_full_name(article, rest) if honorific else None) or name
            kept = _DOTLESS_INITIAL.sub(r"\1.", kept)  # "Jon R Moeller" is the "Jon R. Moeller" named below
            found.append(Named(match.start(), match.start() + len(name), kept))
            taken[match.start() - sentence.start : match.end() - sentence.start] = b"\x01" * len(match.group(0))
    role_ends = {cue.end for cue in sentence.cues if cue.family == "role"}
    for match in _CAPITAL.finditer(text, sentence.start, sentence.end):
        if taken[match.start() - sentence.start] or _is_company(sentence, match.start()):
            continue
        named = _lone_word_name(article, sentence, match, role_ends)
        if named is not None:
            found.append(named)
    found.sort(key=lambda named: named.start)
    return found


def _lone_word_name(article: Article, sentence: Sentence, match: re.Match[str], role_ends: set[int]) -> Named | None:
    """The person a lone capitalised word stands for, else None.

    A surname of a full name told before ("Levinsohn"); a word right after a role word ("Infineon boss
    Schumacher"; "Effective" none); a word after a courtesy title ("named Ms. Teffner", "Mr Henry will
    take on the role", « M. Guillemot a demandé »: the span opens at the title).
    """
    word = match.group(0)
    full = _full_name(article, word)
    if full is None and match.start() - 1 in role_ends and word.casefold() not in _NOT_FIRST_NAMES:
        full = word
    if full is not None:
        return Named(match.start(), match.end(), full)
    courtesy = _COURTESY.search(article.text, max(sentence.start, match.start() - 6), match.start())
    if courtesy is None and article.language == "fr":
        courtesy = _COURTESY_FR.search(article.text, max(sentence.start, match.start() - 5), match.start())
    if courtesy is not None:
        return Named(courtesy.start(), match.end(), word)
    return Named(match.start(), match.end(), word) if _surname_subject(article, sentence, match) else None


_SUBJECT_GAP = re.compile(
    r"(?:,[ ]\d{2},)?[ ](?:(?:was|were|is|has|had|have|been|be|being|will|would|shall|could|may|might|must|should"
    r"|to|set|due|expected|forced|going|about|also|now|then|later|still|not|soon|already|just|[a-z]+ly)[ ]){0,4}|"
)
"""From a surname to the verb it is the subject of: "Gounares succeeds", "Chen, 63, was stepping down",
"Whitman was set to be named", "Skinner's departure": auxiliaries and adverbs only ("Three insiders vied to" none)."""

_PERSON_VERB_IN = re.compile(
    r"(?:was|were|is|has been|had been|will be|would be)[ ].*"
    r"|(?:becomes|became|will become|takes over|took over|will take over|takes the|took the|will take the).*"
)
"""Naming cues whose subject is the person named: a passive ("was named"), "becomes", "takes over (from)".
An active "named" / "hired" has a company before it ("Acme named Jane Roe"), never a person."""

_NOT_A_LEAVING_VERB = re.compile(r"(?:the[ ])?(?:resignation|departure|exit|ouster|ousting|dismissal)[ ]of")
"""A departure told as a noun ("the departure of X"): its leaver follows, none stands before it."""

_REPLACING_VERB = frozenset(
    ["replaced", "has replaced", "replacing", "succeeding", "in place of", "in the place of", "successor to"]
)
"""Succession cues whose subject is a company or that describe: "Acme replaced Jane Roe", "succeeding John Doe"."""

_FUNCTION_WORDS = frozenset(["he", "she", "it", "they", "we", "you", "who", "one", "both", "each", "all", "some"])

_NO_SURNAMES = (NOT_NAMES, _NOT_FIRST_NAMES, _FUNCTION_WORDS, _TITLE_WORDS)
"""Words that never stand alone for a person: sentence openers, function words, title words."""


def _surname_subject(article: Article, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a lone capitalised word is a person's surname: the subject of a verb only a person takes.

    A story introduces "Mike Gounares" once and then says "Gounares succeeds Ted Cahall", "Chen was stepping
    down", "Skinner's departure": the surname is the person even when the full name lies outside the text read.
    Never a word opening a bigger capitalised name, a function word, or a known non-name word. English only (the
    French readers resolve "M. X" and surnames their own way).
    """
    word = match.group(0).casefold()
    if article.language != "en" or any(word in words for words in _NO_SURNAMES):
        return False
    if _CAPITAL_BEFORE.search(article.text, max(sentence.start, match.start() - 30), match.start()):
        return False  # "Boeing Commercial Airplanes was named": a unit's name, not a surname
    verb = next((c for c in sentence.cues if c.start >= match.end() and c.family in _LEADERSHIP), None)
    if verb is None or _SUBJECT_GAP.fullmatch(article.text, match.end(), verb.start) is None:
        return False
    said = article.folded[verb.start : verb.end]
    if verb.family == "leadership_out":
        return _NOT_A_LEAVING_VERB.match(said) is None
    if said.startswith(("'s", "\u2019s")):
        return True  # "Whitman's appointment as CEO": a possessor of a naming noun is its person
    return verb.detail == "hands_over" or (
        said not in _REPLACING_VERB if verb.detail == "succeeds" else _PERSON_VERB_IN.fullmatch(said) is not None
    )


_CAPITAL_BEFORE = re.compile(r"[A-ZÀ-Ý][\w&.\-]*[ ]$")

_LEADERSHIP = frozenset(["leadership_in", "leadership_out"])


def _not_a_name_until(article: Article, sentence: Sentence, match: re.Match[str]) -> int | None:
    """Where to look for a name again when ``match`` is none as it stands, else None.

    A title opening it ("Director Nina Roe", "Founder Jane Roe": the name starts after the title; "Chief
    Executive Officer X" is read as before), unit words after a company, or a title inside it.
    """
    text = article.text
    title = _TITLE_WORD.match(text, match.start(), match.end())
    if (
        title is not None
        # title + first name + surname, or a title-case headline's title + surname ("Names Parks Chief Chapek as
        # CEO"): the surname alone is then read as the story's full name for it
        and (match.group(0).count(" ") >= 2 or match.group(0).split(" ")[0] in _HEADLINE_TITLES)  # noqa: PLR2004
        and _TITLE_WORD.match(text, title.end()) is None
    ):
        return title.end()
    if _unit_words(article, sentence, match):
        first = match.group(0).split(" ", 1)[0]
        # "Danone Names Paul Hart": a title-case verb after the company, the name right after it.
        return match.start() + len(first) + 1 if first.casefold() in _NOT_FIRST_NAMES else match.end()
    return _inner_title_end(match)


def _without_trailing_title(text: str, match: re.Match[str]) -> re.Match[str]:
    """The first two words of a three-word match that ends on a title word: "Paul Hart Chief (Executive)"."""
    words = match.group(0).split(" ")
    if len(words) != 3 or words[2].casefold() not in _TITLE_WORDS or words[0].casefold() in _TITLE_WORDS:  # noqa: PLR2004
        return match
    return _FULL_NAME.match(text, match.start(), match.start() + len(words[0]) + 1 + len(words[1])) or match


def _unit_words(article: Article, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether ``match`` follows a company name after one space and opens with no known first name.

    After a title's owner ("le patron de Michelin Jean-Dominique Senard", "the CEO of Nissan Makoto Uchida") the
    words are its holder's name when the story uses their last word alone elsewhere ("M. Senard"): a unit's name
    is not cut so.
    """
    if match.group(0).split(" ", 1)[0].casefold() in FIRST_NAMES:
        return False
    owner = next((c for c in sentence.companies if c.end == match.start() - 1 and article.text[c.end] == " "), None)
    return owner is not None and not (titled_owner(article, sentence, owner) and _surname_alone(article, match))


_OWNER_OF_TITLE = re.compile(r"[ ](?:of|at|de|du|d'|chez)[ ]?(?:the[ ]|la[ ]|le[ ]|l'|groupe[ ]|group[ ])?$")


def titled_owner(article: Article, sentence: Sentence, company: CompanyMention) -> bool:
    """Whether a title and "of" / "de" stand right before ``company``: it owns a title held by the name after it."""
    return any(
        cue.family == "role" and _OWNER_OF_TITLE.fullmatch(article.folded, cue.end, company.start)
        for cue in sentence.cues
        if cue.end <= company.start
    )


def _surname_alone(article: Article, match: re.Match[str]) -> bool:
    """Whether the last word of ``match`` stands in the story more often than ``match`` itself: a surname."""
    last = match.group(0).rsplit(" ", 1)[-1]
    alone = re.compile(rf"(?<![\w\-]){re.escape(last)}(?![\w])")
    return len(alone.findall(article.text)) > article.text.count(match.group(0))


def _inner_title_end(match: re.Match[str]) -> int | None:
    """Where the words after the last title word of ``match`` start, when a word after its first is a title.

    A person's name holds no title ("Board Chair Larry", "Boeing President" are no names), so the name, if any,
    begins after it.
    """
    words = match.group(0).split(" ")
    last = max((i for i, word in enumerate(words) if i > 0 and word.casefold() in _TITLE_WORDS), default=None)
    if last is None:
        return None
    return match.start() + len(" ".join(words[: last + 1]))


def surname_map(article: Article) -> dict[str, list[re.Match[str]]]:
    """Surname -> the article's full-name matches ending with it, found once per article, checked on use."""
    if article.surnames is None:
        found: dict[str, list[re.Match[str]]] = {}
        pos = 0
        while (match := _FULL_NAME.search(article.text, pos)) is not None:
            inner_title = _inner_title_end(match)
            pos = match.end() if inner_title is None else inner_title
            if match.group(0).count(" ") == 1 and match.group(0).split(" ")[0] in _HEADLINE_TITLES:
                continue  # "Chief Chapek": a title and a surname, no full name to stand for "Chapek"
            if inner_title is None and not _THING_OWNER.search(
                article.folded, max(0, match.start() - 8), match.start()
            ):
                found.setdefault(match.group(0).rsplit(" ", 1)[-1], []).append(match)
        article.surnames = found
    return article.surnames


def names_a_person(article: Article, word: str) -> bool:
    """Whether ``word`` is the surname of a person the article names in full ("Zander" after "Ed Zander")."""
    return _full_name(article, word) is not None


def _full_name(article: Article, surname: str) -> str | None:
    """The first full name of the article whose last word is ``surname`` ("Levinsohn" -> "Ross Levinsohn")."""
    for match in surname_map(article).get(surname, ()):
        name = _name(article, match)
        title = _TITLE_WORD.match(name) if name is not None else None
        if name is not None and title is not None and name.count(" ") >= 2:  # noqa: PLR2004 (title, first, last)
            name = name[title.end() :]  # "Chairman Peter Voser" stands for Peter Voser
        if name is not None and name.rsplit(" ", 1)[-1] == surname:
            honorific = TITLE_OPENS.match(name)
            return name[honorific.end() :] if honorific and " " in name[honorific.end() :] else name
    return None


_BODY_ARTICLE = re.compile(r"(?<![\w])the[ ]$")


def _after_article(article: Article, start: int, raw: str) -> bool:
    """Whether an article right before the capitalised words ``raw`` makes them no person's name.

    After an elided article they open on a noun ("de l'Économie Bruno Le"); after "the" they name a body or a firm
    ("left Korvia to join the Federal Reserve as chief economist"), unless a known first name opens them.
    """
    if article.folded.endswith(("l'", "l\u2019"), max(0, start - 2), start):
        return True
    return (
        _BODY_ARTICLE.search(article.folded, max(0, start - 4), start) is not None
        and raw.split(" ", 1)[0].casefold() not in FIRST_NAMES
    )


def _name(article: Article, match: re.Match[str]) -> str | None:
    """The person named by ``match``, an honorific kept ("Mr William Johnson"; callers drop it), else None."""
    raw, start = match.group(0), match.start()
    if _after_article(article, start, raw):
        return None
    employer = _EMPLOYER_OF.match(article.folded, match.end())
    if (
        employer is not None
        and article.text[employer.end() : employer.end() + 1].isupper()
        and article.folded[employer.end() :].split(" ", 1)[0].strip(".,;:") not in _TITLE_WORDS
    ):
        return None  # "Walgreens Boots Alliance executive Ken Murphy": the employer ("Chief Executive Officer": none)
    honorific = TITLE_OPENS.match(raw)
    if honorific is not None and " " in raw[honorific.end() :]:
        # "Mr" / "Mme" are no first names: read the name after them, keep the honorific for the caller.
        rest = person_name(raw[honorific.end() :], start + honorific.end(), article.company_starts, article.companies)
        return raw[: honorific.end()] + rest if rest is not None else None
    name = person_name(raw, start, article.company_starts, article.companies)
    if name is None or name.split(" ", 1)[0].casefold() in _NOT_FIRST_NAMES or _gerund(name.split(" ", 1)[0]):
        return None
    if all(word.casefold() in _TITLE_WORDS for word in name.split(" ")):
        return None  # "as Chief Executive Officer", "Group Finance Director": a capitalised title, nobody
    # "a deal that leaves Hitachi Ltd with ...": a company's legal form ends no person's name.
    return None if _LEGAL_WORD.fullmatch(name.rsplit(" ", 1)[-1]) or _origin(name) else name


def _origin(name: str) -> bool:
    """Whether a capitalised run is an origin, not a name: "the company's Latin American operations".

    A first name opening it keeps it a person's ("Bill English").
    """
    first, _, last = name.rpartition(" ")
    return is_nationality(last.casefold()) and first.split(" ", 1)[0].casefold() not in FIRST_NAMES


_ING_FIRST_NAMES = frozenset(["irving", "sterling", "channing", "manning", "browning", "fleming", "harding"])


def _gerund(word: str) -> bool:
    """Whether a capitalised word is an English gerund opening a quote or sentence ("Naming Hare as interim COO")."""
    folded = word.casefold()
    return len(folded) >= 6 and folded.endswith("ing") and folded not in _ING_FIRST_NAMES  # noqa: PLR2004


_FIRST_THEN_PARTICLE = re.compile(rf"{_WORD}(?:[ ](?:de|du|van|von|da|di|del|der|le))?[ ]")
"""A first name, maybe a particle, before a surname that is also a company: "Thierry Bolloré", "Luca de Meo"."""

_PARTICLES = frozenset(["de", "du", "van", "von", "da", "di", "del", "der", "le", "ben", "bin"])


def _first_name(article: Article, company: CompanyMention, match: re.Match[str]) -> bool:
    """Whether a one-word company opens a person's name: "Harvey Schwartz", when "Schwartz" also stands alone.

    Reporters name a person in full once, then by surname; a product ("Google Cloud") is not so named.
    """
    words = match.group(0).split(" ")
    if company.start == match.start() and " " not in company.name and len(words) == 3 and words[1] in _PARTICLES:  # noqa: PLR2004
        return True  # "Luca de Meo", "Ursula von Roe": a particle after a one-word "company" makes it a first name
    if company.start != match.start() or " " in company.name or len(words) != 2:  # noqa: PLR2004 (first + last)
        return False
    surname = re.compile(rf"(?<![\w]){re.escape(words[1])}(?![\w])")
    return len(surname.findall(article.text)) > article.text.count(match.group(0))


def is_surname(article: Article, company: CompanyMention) -> bool:
    """Whether a one-word company follows a capitalised first name: "Thierry Bolloré", "Vincent Bolloré".

    Any mention of it counts: a headline's "Shimada named interim successor" is the "Taro Shimada" of the body.
    """
    if " " in company.name:
        return False
    if article.surname_ids is None:  # once per story: every leadership slot asks, and a long story has many
        ends = {c.end for c in article.companies}
        article.surname_ids = frozenset(c.id for c in article.companies if _after_first_name(article, c, ends))
    return company.id in article.surname_ids


def _after_first_name(article: Article, company: CompanyMention, company_ends: set[int]) -> bool:
    """Whether this mention of a one-word company follows a capitalised word that is no company's end.

    A month that is also a first name, after a preposition of time, is a date: "In August Nestle swapped ...".
    """
    first = _LAST_WORD.search(article.text, max(0, company.start - 22), company.start)
    return (
        first is not None
        and first.group(1).casefold() not in _NOT_FIRST_NAMES
        and first.group(1).casefold() not in KIND_NOUNS  # "Retailer Macy's announced": a kind noun, no first name
        and first.end(1) not in company_ends
        and _DATED_BY.search(article.folded, max(0, company.start - 22), company.start) is None
    )


_DATED_BY = re.compile(
    r"\b(?:in|since|by|until|last|early|late|mid-|en|depuis|fin|début)[ ]"
    r"(?:april|may|june|august|avril|mai|juin|août)[ ]$"
)
"""A month that is also a first name, governed by a word of time ("in August", "last June", "fin juin")."""


_LAST_WORD = re.compile(rf"(?<![\w'])({_WORD})[ ](?:(?:de|du|van|von|da|di|del|der)[ ])?$")


def _company_at(sentence: Sentence, pos: int) -> CompanyMention | None:
    return next((company for company in sentence.companies if company.start <= pos < company.end), None)


def _is_company(sentence: Sentence, pos: int) -> bool:
    return _company_at(sentence, pos) is not None


def subject_person(article: Article, crowd: list[Named], pos: int) -> Named | None:
    """The first person before ``pos`` who is not the object of a preposition: the verb's subject.

    "Until Jane Roe returns, John Doe will act as CEO", "Jane Roe, bras droit de John Doe, devient PDG".
    """
    return next(
        (p for p in crowd if p.end <= pos and _GOVERNED.search(article.folded, max(0, p.start - 12), p.start) is None),
        None,
    )


def apposed_person(article: Article, crowd: list[Named], pos: int) -> Named | None:
    """The name a participle clause hangs on: "succéder à Jane Roe, partie prendre la présidence de X"."""
    return next(
        (p for p in reversed(crowd) if p.end <= pos and _APPOSED_GAP.fullmatch(article.folded, p.end, pos)), None
    )


def relative_antecedent(article: Article, sentence: Sentence, cue: Cue) -> Named | None:
    """The person a relative clause hangs on: "Jane Roe, jusqu'ici présidente, qui devient PDG".

    Asides between the name and the relative pronoun (a title in apposition) are skipped.
    """
    aside = sentence.clauses.aside_at(cue.start)
    if aside is None or aside[2] != "relative":
        return None
    start = aside[0]
    for hidden_start, hidden_end, _ in reversed(sentence.clauses.hidden):
        if hidden_end <= start and start - hidden_end <= 1:
            start = hidden_start
    return next((p for p in reversed(people(article, sentence)) if p.end <= start and start - p.end <= NEAR), None)


def pronoun_antecedent(
    article: Article, sentence: Sentence, cue: Cue, pronoun: re.Pattern[str] | None = None
) -> Named | None:
    """The person "he" / "il" (or "his" / "son" when asked) before ``cue`` stands for.

    That is the last one named before the pronoun's clause (see :func:`earlier_person`).
    """
    start = sentence.clauses.span_of(cue.start)[0]
    found = (pronoun or _PRONOUN).search(article.folded, max(start, cue.start - 40), cue.start)
    if found is None or _TITLE_SUBJECT.match(article.folded, sentence.start, found.start()):
        return None  # "Le président du conseil a fait savoir qu'il partirait": the pronoun is that unnamed holder
    # "Jane Roe a annoncé qu'il passait la main": the pronoun's clause may span the sentence; read before it.
    start = max(start, found.start())
    if pronoun is None and sentence.index > 0 and not any(p.end <= start for p in people(article, sentence)):
        named = _named_subject(article, article.sentence(sentence.index - 1))
        if named is not None:
            return Named(start, start, named.name)
    if pronoun is None:
        # "Jane Roe is leaving the board of Korvia Trust as she waits to join X as chair": a subject pronoun stands for
        # a subject, not for the last name a preposition governs (a firm read as a name, or a colleague "with" her).
        subject = [
            p
            for p in people(article, sentence)
            if p.end <= start and _GOVERNED.search(article.folded, max(0, p.start - 12), p.start) is None
        ]
        if subject:
            return Named(start, start, subject[-1].name)
    return earlier_person(article, sentence, start)


_TITLE_SUBJECT = re.compile(
    r"(?:le|la|the|its|son|sa)[ ](?:[\w\-']+[ ]){0,4}?(?:président|présidente|directeur|directrice|patron|patronne|pdg"
    r"|chairman|chairwoman|chair|chief executive|ceo|cfo|boss)\b[^,.;]{0,60}?(?:qu'|que |that |,? )"
)
"""A sentence whose subject is an unnamed title ("Le président du conseil a fait savoir qu'il ..."): its "il" is
that holder, never a person named before."""

_SUBJECT_CUE = re.compile(
    r"(?:(?:was|has been|is|will be|a été|est|sera)[ ])?(?:named|appointed|elected|promoted|nommée?|désignée?|élue?"
    r"|promue?)|becomes|became|will become|devient|deviendra|takes over|took over|joins|rejoint|prend la tête de"
)
"""Cues whose newcomer stands before them, as their subject: "Jane Roe was named CEO", "Jane Roe a été nommée"."""


def _named_subject(article: Article, sentence: Sentence) -> Named | None:
    """The newcomer a sentence names as its subject ("Jane Roe, 53, was named CEO, alongside chair John Doe").

    A subject pronoun opening the next sentence ("He succeeds ...", "Il succède à ...") stands for her,
    not for the last name of that sentence.
    """
    cue = next((c for c in sentence.cues if c.family == "leadership_in"), None)
    if cue is None or not _SUBJECT_CUE.fullmatch(article.folded, cue.start, cue.end):
        return None
    return subject_person(article, [p for p in people(article, sentence) if p.end <= cue.start], cue.start)


def earlier_person(article: Article, sentence: Sentence, before: int, exclude: str | None = None) -> Named | None:
    """The last person named before ``before``: earlier in the sentence, else in the two sentences before.

    "Paul Hart will step down; his successor will be ...", "Paul Hart will retire. Jane Roe will replace him."
    """
    same = [p for p in people(article, sentence) if p.end <= before and p.name != exclude]
    if same:
        return Named(before, before, same[-1].name)
    for index in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        earlier = [p for p in people(article, article.sentence(index)) if p.name != exclude]
        if earlier:
            return Named(before, before, earlier[-1].name)
    return None
