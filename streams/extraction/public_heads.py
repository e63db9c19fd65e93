"""Public bodies named by a head noun and a qualifier the title patterns of :mod:`parties` do not read.

:mod:`streams.extraction.parties` knows bodies by their capitalised titles ("Ministry of Defence", "Barnet
Council"). Stories name states and their services just as often by a head noun and what it belongs to, in
lower case or with the nationality as an adjective:

* a state by its government or "État" and a nationality: "the Chinese government", "the U.S. government",
  "the Government of Malaysia", "le gouvernement australien", "le gouvernement du Québec", "l'État ivoirien",
  "l'État de Côte d'Ivoire";
* a ministry by its field: "the Indian ministry of defence", "the Defence Ministry", "the Veterans Affairs
  Department", "the Pueblo Police Department", "le Département de la défense";
* a city's commission, a state office: "the Delray Beach City Commission", "the California State Controller's
  Office", "the U.S. General Services Administration";
* a unit of an armed service: "the U.S. Army Corps of Engineers", "the Army National Guard Bureau", "Dover Air
  Force Base".

Each body keeps the words the story gives it (without the article): "the Indian defence ministry" is not the
British "Ministry of Defence". A head noun alone ("the government said", "a city commission") names no body.
"""

from __future__ import annotations

import re

import ahocorasick

from streams.extraction.knowledge_base import slugify
from streams.extraction.org_context import PLACES
from streams.extraction.pattern_windows import gated_finditer

_CAP = r"[A-ZÀÂÇÉÈÊÎÔ][\w'\u2019\-]{1,30}"
_CAPS = rf"{_CAP}(?:[ ](?:of[ ]|and[ ]|&[ ])?{_CAP}){{0,3}}"
_NATION_EN = (
    r"(?:U\.S\.|US|UK|U\.K\.|EU"
    # a capitalised nationality adjective: "Chinese", "Indian", "British", "Dutch", "Saudi", "Swiss", "Greek"
    r"|[A-Z][a-z]{2,14}(?:ese|ian|ean|can|ish|ch|i|ss|ek|ai|man|ean)"
    r"|American|Korean|German|Italian|Russian|Mexican|Thai|Afghan|Iranian|Moroccan|Israeli)"
)
"""A country named by its initials or its adjective, before the body it owns."""
_FIELD_EN = (
    r"(?:defen[cs]e|health|interior|finance|foreign[ ]affairs|transport|education|energy|justice|agriculture"
    r"|railways|communications|home[ ]affairs|economy|industry|trade|environment)"
)
"""A ministry's field, in lower case in running text: "the ministry of defence"."""
_NATION_FR = (
    r"(?:[a-zéèô]{2,14}(?:ien|ienne|ain|aine|ais|aise|ois|oise|and|ande|ol|ole|ec|que|éen|éenne|in|ine)"
    r"|suisse|belge|russe|grec|turc|fédéral)"
)
"""A nationality adjective after the noun, as French puts it: "australien", "ivoirien", "sénégalais", "suisse"."""
_NOT_NATION_FR = frozenset({"précédent", "actuel", "prochain", "certain", "voisin", "socialiste", "lui-même"})

_PUBLIC_HEAD_EN = re.compile(
    rf"(?:(?<![\w.])[Tt]he[ ])?(?:"
    # the state by its government: "the Chinese government", "the U.S. government"
    rf"(?<![\w.]){_NATION_EN}[ ][Gg]overnment(?![\w-])"
    # the state by its government of a country named after it: "the Government of Malaysia" (a place, see _headed_body)
    rf"|[Gg]overnment[ ]of[ ](?P<country>(?:the[ ])?{_CAP}(?:[ ]{_CAP})?)(?![\w-])"
    # a ministry by its field: "the Indian ministry of defence", "the ministry of defence", "the Defence Ministry"
    rf"|(?:{_NATION_EN}[ ])?[Mm]inistry[ ]of[ ]{_FIELD_EN}(?![\w-])"
    rf"|(?:{_NATION_EN}[ ])?[Dd]efen[cs]e[ ][Mm]inistry(?![\w-])"
    rf"|(?:{_NATION_EN}[ ])?(?:Defen[cs]e|Health|Interior|Finance|Transport|Education|Energy|Railways|Justice)"
    rf"[ ]Ministry(?![\w-])"
    # a department by its field: "the Veterans Affairs Department", "the Pueblo Police Department"
    rf"|(?:{_CAP}[ ]){{0,3}}(?:Police|Fire|Health|Transportation|Education|Corrections|Public[ ]Works|Affairs)"
    rf"[ ]Department(?![\w-])"
    # a city's commission: "the Delray Beach City Commission"
    rf"|(?:{_CAP}[ ]){{1,3}}(?:City|County)[ ]Commission(?![\w-])"
    # a state's office: "the California State Controller's Office", "the U.S. General Services Administration"
    rf"|(?:{_CAP}[ ])?State[ ]{_CAPS}[ ](?:Office|Agency|Board)(?![\w-])"
    rf"|(?:U\.S\.|US|UK|U\.K\.)[ ]{_CAPS}[ ](?:Administration|Agency|Bureau|Office)(?![\w-])"
    # a unit of an armed service: "the U.S. Army Corps of Engineers", "US Army TACOM Life Cycle Management Command"
    rf"|(?:(?:U\.S\.|US|UK|U\.K\.|{_CAP})[ ])?(?:Army|Navy|Air[ ]Force|Marine[ ]Corps)"
    rf"(?:[ ](?:Corps[ ]of[ ]Engineers|(?:{_CAP}[ ]){{0,5}}(?:Command|Bureau|Base|Division)))(?![\w-])"
    rf")"
)
_PUBLIC_HEAD_FR = re.compile(
    r"(?:(?<![\w'\u2019])(?:[Ll]e|[Ll]a)[ ]|(?<![\w'\u2019])[Ll]['\u2019])?(?:"
    # the state by its government or "État": "le gouvernement australien", "l'État de Côte d'Ivoire"
    rf"(?:[Gg]ouvernement|(?<![dD]['\u2019])État)[ ](?P<nation>{_NATION_FR})(?![\w-])"
    rf"|(?:[Gg]ouvernement|(?<![dD]['\u2019])État)[ ](?:du[ ]|de[ ]la[ ]|de[ ]l['\u2019]|des[ ]|de[ ]|d['\u2019])"
    rf"{_CAP}(?:[ ]{_CAP}|[ ]d['\u2019]{_CAP})?"
    # a federal department by its field: "le Département de la défense"
    r"|Département[ ](?:fédéral[ ])?(?:de[ ]la[ ]|de[ ]l['\u2019]|des[ ]|du[ ])[a-zéè]{4,20}(?![\w-])"
    # a city with an elided "de": "la ville d'Orléans"
    rf"|[Vv]ille[ ]d['\u2019]{_CAP}(?:[-]{_CAP}){{0,2}}"
    # a metropolis named before its kind, in lower case: "Dijon métropole"
    rf"|(?<![\w'\u2019])(?!(?:Le|La|Les|Un|Une|Selon)[ ]){_CAP}(?:[ -]{_CAP}){{0,2}}[ ]métropole(?![\w'])"
    # a region by its adjective, as its own name writes it: "la Région wallonne"
    r"|Région[ ][a-zé]{4,14}(?:onne|ande|oise|ienne|aise|ale|ane)(?![\w-])"
    r")"
)
_ARTICLE = re.compile(r"^(?:[Tt]he|[Ll]e|[Ll]a)[ ]|^[Ll]['\u2019]")
_REGULATOR = re.compile(r"Securities|Exchange|Trade|Competition|Drug|Aviation|Communications|Environmental")
"""Offices that approve or rule, not buy: "the U.S. Food and Drug Administration"."""

_TRIGGERS = (
    "government", "gouvernement", "ministry", "ville d'", "ville d\u2019", "métropole",
)  # fmt: skip
"""Head nouns every pattern ends or starts with, in lower case too: the patterns only run around them."""
_CAPITAL_TRIGGERS = (
    "état", "department", "département", "commission", "office", "administration", "agency", "board", "bureau",
    "command", "base", "division", "engineers", "région",
)  # fmt: skip
"""Head nouns of titles, written with a capital ("the Pueblo Police Department"): in lower case they name none."""
_WINDOW = 80


def _build_triggers() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for trigger in _TRIGGERS:
        automaton.add_word(trigger, (len(trigger), True))
    for trigger in _CAPITAL_TRIGGERS:
        automaton.add_word(trigger, (len(trigger), False))
    automaton.make_automaton()
    return automaton


_TRIGGER_AUTOMATON = _build_triggers()


def find_headed_bodies(text: str, folded: str) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, id, name)`` of bodies named by a head noun and its qualifier, article left out."""
    found: dict[int, tuple[int, int, str, str]] = {}
    searched_until = 0
    size = len(text)
    for last, (length, lower_ok) in _TRIGGER_AUTOMATON.iter(folded):
        first, end = last + 1 - length, last + 1
        if (end < size and text[end].isalpha() and folded[last] not in "'\u2019") or (
            first > 0 and text[first - 1].isalpha()
        ):
            continue  # "offices", "governments"
        if not lower_ok and not text[first].isupper():
            continue  # "the board said": a common noun
        low, high = max(0, first - _WINDOW), min(size, end + _WINDOW)
        if high <= searched_until:
            continue
        searched_until = high
        for pattern in (_PUBLIC_HEAD_EN, _PUBLIC_HEAD_FR):
            for match in gated_finditer(pattern, text, folded, low, high):
                body = _headed_body(text, match)
                if body is not None and (body[0] not in found or body[1] > found[body[0]][1]):
                    found[body[0]] = body
    return sorted(found.values())


def _headed_body(text: str, match: re.Match[str]) -> tuple[int, int, str, str] | None:
    """The body a match names, without its article; ``None`` for a regulator or a word that is no nationality."""
    article = _ARTICLE.match(match.group(0))
    start = match.start() + (article.end() if article else 0)
    name = text[start : match.end()]
    nation = match.groupdict().get("nation")
    country = match.groupdict().get("country")
    if (
        _REGULATOR.search(name)
        or (nation is not None and nation in _NOT_NATION_FR)
        # "the Government of Singapore Investment Corp" is a fund, "government of Prime Minister X" a cabinet
        or (country is not None and country.casefold().removeprefix("the ") not in PLACES)
    ):
        return None
    return start, match.end(), "pb-" + slugify(name), name
