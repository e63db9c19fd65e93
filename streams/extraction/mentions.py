"""Who an article talks about: companies (known and unknown) and people with their roles."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

import ahocorasick

from streams.extraction.cues import Cue
from streams.extraction.knowledge_base import KnowledgeBase, slugify

_CAP = r"[A-Z0-9ÀÂÇÉÈÊËÎÏÔÛÙÜŒ][\w&'\-]{0,30}"
_ORG_NAME = rf"{_CAP}(?:[ ](?:{_CAP}|AI|&)){{0,3}}"
# Context that names an organisation the knowledge base does not know. Anchors are searched
# in the case-folded text (plain lower-case alternations scan fast); the name itself, which
# must be capitalised, is then read from the original text right after or right before.
_NAME_FOLLOWS = re.compile(
    r"\b(?:la start-up|la startup|la jeune pousse|la société|l'entreprise|le groupe|la fintech|l'éditeur"
    r"|la licorne|le fabricant|the startup|the start-up|startup|start-up|the company|fintech|unicorn|rival"
    r"|concurrent|l'américain|le français|la française|l'allemand|le britannique"
    r"|acquired|acquires|to acquire|buys|bought|rachète|a racheté|racheter|acquiert|a acquis"
    r"|invests in|invested in|investit dans|a investi dans|partnered with|partenariat avec"
    r"|acquisition of|acquisition de|l'acquisition de|rachat de|takeover of)[ ]"
)
# Anchors that start with a literal (not a space or a boundary), so the regex engine can skip
# ahead; the name ends right before them.
_NAME_PRECEDES = re.compile(
    r",[ ](?:a|an|une|un|the|la|le)[ ](?:[\w\-]{1,20}[ ]){0,3}?"
    r"(?:startup|start-up|company|firm|société|entreprise|fintech|provider|maker|licorne|éditeur|fabricant)\b"
    r"|(?:raised|raises|has raised|lève|a levé|annonce une levée)\b"
)
# "Acme Robotics Inc.", "Zorblax SAS": a legal form after capitalised words names a company.
_LEGAL_FORM = re.compile(
    r"(?:Inc|Corp|Corporation|Incorporated|Ltd|Limited|LLC|LLP|GmbH|SAS|SARL|S\.A\.S|S\.A|SA|SE|AG|NV|N\.V"
    r"|BV|B\.V|plc|PLC|S\.p\.A|SpA|Oyj|ASA)(?![\w])"
)
# "Caltrix Systems", "Arvana Health", "Norgrid Capital": a capitalised word ending in the head noun
# of an organisation's name. Matched case-sensitively, so "data" or "capital" in prose never count.
_ORG_HEADS = (
    "Labs", "Lab", "Systems", "Technologies", "Technology", "Networks", "Robotics", "Analytics", "Health",
    "Healthcare", "Energy", "Energies", "Data", "Capital", "Partners", "Ventures", "Holdings", "Industries",
    "Software", "Solutions", "Therapeutics", "Pharmaceuticals", "Pharma", "Biotech", "Biosciences",
    "Semiconductor", "Semiconductors", "Motors", "Logistics", "Dynamics", "Devices", "Security", "Cloud",
    "Media", "Bank", "Financial", "Insurance", "Foods", "Airlines", "Aerospace", "Materials", "Telecom",
    "Mobility", "Computing", "Electronics", "Digital", "Interactive", "Group", "Groupe", "Studios",
)  # fmt: skip


def _build_heads() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for head in _ORG_HEADS:
        automaton.add_word(head, len(head))
    automaton.make_automaton()
    return automaton


_HEADS = _build_heads()
_ORG_AT = re.compile(_ORG_NAME)
_CAP_WORD = re.compile(rf"{_CAP}|AI|&")
_MAX_ORG_WORDS = 4
_MAX_WORD_CHARS = 32
_MIN_ORG_CHARS = 2
_MIN_PERSON_WORDS = 2
_NOT_NAME_WORDS = """
the a an this that these its it their our we he she they in on at for of by with and but as after before
le la les l un une ce cette ces son sa ses leur il elle ils elles en dans sur pour par avec et mais selon
après avant chez du des de au aux since when while according malgré cependant toutefois lors
mr mrs ms m mme ceo pdg cfo cto january february march april may june july august september october
november december janvier février mars avril mai juin juillet août septembre octobre novembre décembre
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
despite what how why while although whether if once shares les une des aux
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_NAME_WORD = r"[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜ][a-zß-öø-ÿ']{1,20}(?:-[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜ]?[a-zß-öø-ÿ']{1,20})?"
_PERSON = re.compile(rf"{_NAME_WORD}(?:[ ](?:(?:de|du|van|von|da|di|del|der|le|ben|bin)[ ])?{_NAME_WORD}){{1,2}}")
PERSON_NAME = _PERSON
"""Two or three capitalised words ("Jason Droege", "Lip-Bu Tan"); callers exclude company names."""
_PERSON_AFTER = re.compile(r",?[ ]{1,2}(" + _PERSON.pattern + r")")
_PERSON_BEFORE = re.compile(
    r"(" + _PERSON.pattern + r"),[ ](?:the |le |la |l'|its |son |sa |notre |our |former |ancien |ancienne )?$"
)
_ROLE_JOIN = re.compile(r"^(?:[ ]et[ ]|[ ]and[ ]|,[ ]|[ ]&[ ]|[ ]/[ ]|/)$")
_OF_COMPANY = re.compile(r"^[ ]{0,2}(?:de |d'|of |at |chez |du |for |de la société |du groupe |)$")
_COMPANY_POSSESSIVE = re.compile(r"^(?:'s)?[ ]{0,2}$")


@dataclass(frozen=True, slots=True)
class CompanyMention:
    """A company named at ``start:end``; ``known`` when it comes from the knowledge base."""

    start: int
    end: int
    id: str
    name: str
    known: bool


@dataclass(slots=True)
class Person:
    """A person with the roles an article gives them."""

    name: str
    mentions: int = 0
    roles: list[str] = field(default_factory=list)
    company_id: str | None = None
    role_companies: set[tuple[str, str | None]] = field(default_factory=set)


def _clean_org_name(raw: str) -> str | None:
    words = raw.split(" ")
    while words and (words[-1].casefold() in _NOT_NAMES or words[-1] == "&"):
        words.pop()
    if not words or words[0].casefold().strip("'") in _NOT_NAMES:
        return None
    name = " ".join(words).rstrip("'-")
    if len(name) < _MIN_ORG_CHARS or name[0].isdigit():
        return None
    return name


MAX_UNKNOWN_ORGANISATIONS = 50
"""Bounds the work per article: more context-named organisations than this is not news prose."""


def _context_names(text: str, folded: str) -> list[tuple[int, str]]:
    names = []
    for anchor in _NAME_FOLLOWS.finditer(folded):
        match = _ORG_AT.match(text, anchor.end())
        if match is not None:
            names.append((match.start(), match.group(0)))
    anchors = [anchor.start() for anchor in _NAME_PRECEDES.finditer(folded)]
    anchors += [anchor.start() for anchor in _LEGAL_FORM.finditer(text)]
    for end in anchors:
        found = _name_ending_at(text, end)
        if found is not None:
            names.append(found)
    names.extend(_headed_names(text))
    return names


def _headed_names(text: str) -> list[tuple[int, str]]:
    """Names ending in an organisation head noun ("Caltrix Systems"), leading function words dropped.

    A lone head noun ("Data", "Capital") is no name: at least one capitalised word must precede it.
    """
    names = []
    size = len(text)
    for last, length in _HEADS.iter(text):
        start, end = last - length + 1, last + 1
        if (start > 0 and text[start - 1] != " ") or (end < size and _is_word_char(text[end])):
            continue
        found = _name_ending_at(text, end)
        if found is None:
            continue
        first, name = found
        words = name.split(" ")
        while len(words) > 1 and words[0].casefold().strip("'") in _NOT_NAMES:
            first += len(words.pop(0)) + 1
        if len(words) > 1:
            names.append((first, " ".join(words)))
    return names


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _name_ending_at(text: str, end: int) -> tuple[int, str] | None:
    """The capitalised words (at most four) that end just before ``end`` (" ", ", " or "." between).

    Words are separated by spaces or line breaks, so a name that opens a paragraph is read whole.
    """
    stop = end
    if stop > 0 and text[stop - 1] == " ":
        stop -= 1
    if stop > 0 and text[stop - 1] in ",.":
        stop -= 1
    first = None
    pos = stop
    for _ in range(_MAX_ORG_WORDS):
        lower = max(0, pos - _MAX_WORD_CHARS)
        space = max(text.rfind(" ", lower, pos), text.rfind("\n", lower, pos))  # a paragraph break also ends a word
        if space < 0 and pos > _MAX_WORD_CHARS:
            break
        word_start = space + 1
        if word_start >= pos or not _CAP_WORD.fullmatch(text, word_start, pos):
            break
        first = word_start
        if space < 0:
            break
        pos = space
    return None if first is None else (first, text[first:stop])


def find_companies(text: str, folded: str, kb: KnowledgeBase) -> list[CompanyMention]:
    """Return company mentions: knowledge-base names first, then organisations named by context.

    An organisation only known from context ("la start-up Acme") is then also found wherever
    its bare name reappears in the article.
    """
    mentions = []
    occupied = bytearray(len(text))
    for match in kb.find(text):
        company = kb.get(match.company_id)
        if company is not None:
            mentions.append(CompanyMention(match.start, match.end, company.id, company.name, True))
            occupied[match.start : match.end] = b"\x01" * (match.end - match.start)
    unknown: dict[str, str] = {}
    for start, raw in _context_names(text, folded):
        name = _clean_org_name(raw)
        if name is None:
            continue
        name = kb.strip_suffix(name)
        if occupied.find(1, start, start + len(name)) >= 0 or kb.lookup(name) is not None:
            continue
        unknown.setdefault(name, slugify(name))
        if len(unknown) >= MAX_UNKNOWN_ORGANISATIONS:
            break
    for name, company_id in unknown.items():
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            bounded = (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
            if bounded and occupied.find(1, pos, end) < 0:
                mentions.append(CompanyMention(pos, end, company_id, name, False))
                occupied[pos:end] = b"\x01" * (end - pos)
            pos = text.find(name, end)
    mentions.sort(key=lambda mention: mention.start)
    return mentions


_PARTICLES = frozenset({"de", "du", "van", "von", "da", "di", "del", "der", "le", "ben", "bin"})


def person_name(name: str, start: int, starts: list[int], companies: list[CompanyMention]) -> str | None:
    """Return ``name`` found at ``start``, cut before any company name inside it, or None when no name is left.

    "Jason Droege de Scale" (from "... de Scale AI") gives "Jason Droege".
    """
    index = bisect_left(starts, start + len(name)) - 1
    while index >= 0 and companies[index].end > start:
        name = name[: max(0, companies[index].start - start)]
        index -= 1
    words = name.split()
    while words and words[-1] in _PARTICLES:
        words.pop()
    if len(words) < _MIN_PERSON_WORDS or words[0].casefold() in _NOT_NAMES:
        return None
    return " ".join(words)


def _company_after(text: str, pos: int, companies: list[CompanyMention], starts: list[int]) -> CompanyMention | None:
    index = bisect_left(starts, pos)
    if index < len(companies):
        company = companies[index]
        if company.start <= pos + 24 and _OF_COMPANY.match(text[pos : company.start]):
            return company
    return None


def _company_before(text: str, pos: int, companies: list[CompanyMention], starts: list[int]) -> CompanyMention | None:
    index = bisect_left(starts, pos) - 1
    if index >= 0:
        company = companies[index]
        if pos - 4 <= company.end <= pos and _COMPANY_POSSESSIVE.match(text[company.end : pos]):
            return company
    return None


@dataclass(frozen=True, slots=True)
class RoleFact:
    """``person`` holds ``role`` (at ``company_id`` when stated); the role words end at ``end``."""

    person: str
    role: str
    company_id: str | None
    start: int
    end: int


def find_roles(
    text: str, role_cues: list[Cue], companies: list[CompanyMention], sentences: list[tuple[int, int]]
) -> list[RoleFact]:
    """Attach role words to the person and company around them.

    Reads "le fondateur et PDG de Scale AI, Alexandr Wang", "Mark Zuckerberg, PDG de Meta",
    "OpenAI CEO Sam Altman" and "Sarah Friar, OpenAI's CFO".
    """
    facts: list[RoleFact] = []
    groups: list[list[Cue]] = []
    for cue in role_cues:
        if groups and _ROLE_JOIN.match(text[groups[-1][-1].end : cue.start]):
            groups[-1].append(cue)
        else:
            groups.append([cue])
    starts = [company.start for company in companies]
    sentence_index = 0
    for group in groups:
        first, last = group[0], group[-1]
        while sentence_index < len(sentences) - 1 and sentences[sentence_index][1] < first.start:
            sentence_index += 1
        s_start, s_end = sentences[sentence_index] if sentences else (0, len(text))
        company = _company_after(text, last.end, companies, starts)
        after_pos = company.end if company else last.end
        if company is None:
            company = _company_before(text, first.start, companies, starts)
        person = None
        match = _PERSON_AFTER.match(text, after_pos, s_end)
        if match:
            person = person_name(match.group(1), match.start(1), starts, companies)
        if person is None:
            window_start = max(s_start, first.start - 60)
            before = _PERSON_BEFORE.search(text, window_start, first.start)
            if before is None and company is not None and company.end <= first.start:
                before = _PERSON_BEFORE.search(text, max(s_start, company.start - 60), company.start)
            if before:
                person = person_name(before.group(1), before.start(1), starts, companies)
        if person is None:
            continue
        for cue in group:
            facts.append(RoleFact(person, cue.detail, company.id if company else None, first.start, last.end))
    return facts


def find_people(
    text: str, sentence: tuple[int, int], companies: list[CompanyMention], starts: list[int]
) -> list[tuple[int, str]]:
    """Return ``(start, name)`` of capitalised two- or three-word names in one sentence, companies excluded."""
    found = []
    for match in _PERSON.finditer(text, sentence[0], sentence[1]):
        name = person_name(match.group(0), match.start(), starts, companies)
        if name is not None:
            found.append((match.start(), name))
    return found
