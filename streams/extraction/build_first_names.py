"""Build the generated first-name list: "Gunnar Ekdahl" and "Ole Mahrt" are people, not firms.

Run ``python -m streams.extraction.build_first_names`` (needs the ``dev`` extra) and commit the file it
writes, ``streams/extraction/data/first_names.json``; dealwatch reads that file at run time and never
needs the build-time packages.

Sources and licences:

- ``faker`` (MIT licence): the first names of its person providers for the locales of the press
  dealwatch reads (:data:`LOCALES`: English, French, German, Italian, Spanish, Portuguese, Dutch, Nordic,
  Polish and Indian English) and of the executives it names (:data:`MORE_LOCALES`, session 28: Irish,
  New Zealand, Kenyan, Nigerian, South African, Ghanaian and Pakistani English). Only names are copied,
  one word each; a few Indian and Nigerian given names no faker locale has are written by hand
  (:data:`HAND_NAMES`). Faker's surnames and the words of its country and state names only decide
  which names are left out (below).
- ``wordfreq`` (Apache-2.0 code; its word lists are CC BY-SA 4.0) only decides which names are also
  ordinary English or French words ("May", "Summer", "Grant", "Nova") and so are left out: a first name
  makes the next capitalised word a surname, and "Nova Ventures" is a firm. No word list is copied.
- ``english-words`` (MIT licence; the web2 and GCIDE word lists) rescues, session 28, the names that are
  frequent in any corpus because people bear them ("Jon", "Nigel", "Rupert", "Gareth": Zipf 3.5 to 4.3):
  web2 and GCIDE hold them only capitalised, while an ordinary word ("may", "grant", "nova", "meta") has a
  lower-case entry. The Zipf test alone stays (GCIDE lists "dieter" and "erika" in lower case). A rescued
  name is left out when its French Zipf is 4.0 or more, when it is also a surname and frequent (English
  Zipf >= 3.75: "Wilson", "Howard", "Cameron", "Harrison" name firms), when it is a word of a country or
  state ("Carolina", "Trinidad", "Salvador"). No word list is copied.

A name is also left out when a company of the knowledge base is called by it or by a name that starts
with it ("Brita", "Aston Martin"), when it is a place, a nationality or a word the name finder already
rejects, when :data:`RISKY_NAMES` (checked by hand) has it, and when
:data:`streams.extraction.org_context.FIRST_NAMES`' curated list has it already.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from streams.extraction.knowledge_base import DATA_PATH
from streams.extraction.org_context import (
    CURATED_FIRST_NAMES,
    FIRST_NAMES_PATH,
    KIND_NOUNS,
    NOT_NAMES,
    PLACES,
    is_nationality,
)

LOCALES = (
    "en_US", "en_GB", "fr_FR", "de_DE", "it_IT", "es_ES", "pt_PT", "nl_NL",
    "sv_SE", "da_DK", "no_NO", "fi_FI", "pl_PL", "en_IN",
)  # fmt: skip
"""Faker locales whose first names are read: the countries whose firms and executives the press names most."""

MORE_LOCALES = ("en_IE", "en_NZ", "en_KE", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "tw_GH", "en_PK")
"""Session 28: the faker locales of executives the first list missed ("Cormac", "Chukwuemeka", "Kwame",
"Thandiwe"): their names are in Latin script, unlike ``hi_IN``'s (Devanagari)."""

HAND_NAMES = (
    "piyush", "ajay", "vijay", "sunil", "rakesh", "suresh", "ramesh", "deepak", "anil", "sunita",
    "rajiv", "sanjiv", "mahesh", "dinesh", "ganesh", "naveen", "pradeep", "sandeep", "sudhir", "nandan", "uday",
    "kiran", "rohit", "nitin", "sachin", "pankaj", "manoj", "vikram", "rahul", "arun",
    "tunde", "babatunde", "olusegun", "aliko",
)  # fmt: skip
"""Session 28: Indian and Nigerian executives' given names that no faker locale in Latin script has ("Piyush
Gupta", "Tunde Lemo"), written by hand; they pass the same tests as faker's. "Ashok" and "Arvind" are not
here: they open firms' names ("Ashok Leyland", "Arvind Fashions") the knowledge base does not have."""

COMMON_WORD_ZIPF = 3.5
"""A name whose lower-case form is at least this frequent (wordfreq Zipf scale, English or French) is also a
common word and is left out ("May", "Grant", "Nova", "Viking"): the same threshold as the knowledge base's
generated aliases. Between 3.5 and 4.0 most words are names ("Nadia", "Jonas"), a few are not ("Meta", "Aston")."""

RESCUE_SURNAME_ZIPF = 3.75
"""A rescued name at least this frequent in English that is also one of faker's surnames stays out: so frequent a
surname names firms and places ("Wilson", "Howard", "Hunter", "Preston", "Santos"); a rarer one rarely does
("Quinn", "Angus")."""

RISKY_NAMES = frozenset({
    "isis", "baptist", "milton", "vernon", "brooklyn", "indie", "warwick", "ibn", "erdogan", "alexandrie", "oran",
    "raf", "trent", "reagan", "hillary", "santiago", "santos", "lowe", "clayton", "augusta", "regina", "leo",
    "aden", "barr", "conn", "skye", "zion", "taj", "loot", "kora", "iona", "hana", "wadi", "oba",
})  # fmt: skip
"""Names that are rather a place, a firm, a group, a title, an acronym or a politician's surname than a given name
in business news ("Isis", "Milton Keynes", "Santiago", "Lowe's", "Leo Burnett", "RAF", "Skye Bank", "Aden"):
checked by hand among the rescued names and the short names of :data:`MORE_LOCALES`."""

COMMON_FRENCH_ZIPF = 4.0
"""A name at least this frequent in French is not rescued: English word lists do not know French words."""

_MIN_CHARS = 3


def faker_first_names(locales: Iterable[str] = LOCALES) -> Iterator[str]:
    """Yield the first names of faker's person providers for ``locales`` (with repeats)."""
    from faker import Faker  # noqa: PLC0415 - build-time dependency (dev extra)

    for locale in locales:
        for provider in Faker(locale).get_providers():
            if type(provider).__module__.startswith("faker.providers.person"):
                for attribute in ("first_names", "first_names_male", "first_names_female"):
                    yield from getattr(provider, attribute, ())


def _company_words() -> frozenset[str]:
    """Every (folded) company name and alias of the knowledge base, and the first word of each."""
    companies = json.loads(DATA_PATH.read_text(encoding="utf-8"))["companies"]
    words: set[str] = set()
    for company in companies:
        for name in (company["name"], *(company.get("aliases") or ())):
            folded = name.casefold()
            words.update((folded, folded.split(" ", 1)[0]))
    return frozenset(words)


@dataclass(frozen=True)
class WordLists:
    """The word sets a name is checked against (built once: reading them takes seconds)."""

    company_words: frozenset[str]
    lowercase_words: frozenset[str]
    """web2 and GCIDE entries written in lower case: ordinary words, not names."""
    surnames: frozenset[str]
    place_words: frozenset[str]


def _faker_surnames_and_places(locales: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Faker's (folded) surnames, and the words of its country and state names, for ``locales``."""
    from faker import Faker  # noqa: PLC0415 - build-time dependency (dev extra)

    surnames: set[str] = set()
    places: set[str] = set()
    for locale in locales:
        for provider in Faker(locale).get_providers():
            module = type(provider).__module__
            if module.startswith("faker.providers.person"):
                surnames.update(name.casefold() for name in getattr(provider, "last_names", ()))
            elif module.startswith("faker.providers.address"):
                for attribute in ("countries", "states"):
                    values = getattr(provider, attribute, ())
                    for place in values.values() if isinstance(values, dict) else values:
                        if isinstance(place, str):
                            places.update(place.casefold().split())
    return frozenset(surnames), frozenset(places)


def word_lists() -> WordLists:
    """Build the :class:`WordLists` of the knowledge base, english-words and faker."""
    from english_words import get_english_words_set  # noqa: PLC0415 - build-time dependency (dev extra)

    words = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    surnames, places = _faker_surnames_and_places((*LOCALES, *MORE_LOCALES))
    lowercase = frozenset(word for word in words if word.islower())
    return WordLists(_company_words(), lowercase, surnames, places)


def _rescued(folded: str, english_zipf: float, french_zipf: float, lists: WordLists) -> bool:
    """Whether a name the Zipf test calls a common word is a given name all the same ("Jon", "Nigel").

    A plural's singular counts as the word ("ties", "mats"): the word lists hold lemmas.
    """
    return (
        folded not in lists.lowercase_words
        and folded.removesuffix("s") not in lists.lowercase_words
        and french_zipf < COMMON_FRENCH_ZIPF
        and not (english_zipf >= RESCUE_SURNAME_ZIPF and folded in lists.surnames)
        and folded not in lists.place_words
    )


def keep(name: str, lists: WordLists) -> bool:
    """Whether ``name`` goes into the generated list (see the module docstring for why one is left out)."""
    from wordfreq import zipf_frequency  # noqa: PLC0415 - build-time dependency (dev extra)

    folded = name.casefold()
    if not (
        name.isalpha()
        and len(name) >= _MIN_CHARS
        and folded not in CURATED_FIRST_NAMES
        and folded not in lists.company_words
        and folded not in NOT_NAMES
        and folded not in PLACES
        and folded not in KIND_NOUNS
        and not is_nationality(folded)
        and folded not in RISKY_NAMES
    ):
        return False
    english, french = zipf_frequency(folded, "en"), zipf_frequency(folded, "fr")
    return max(english, french) < COMMON_WORD_ZIPF or _rescued(folded, english, french, lists)


def build() -> list[str]:
    """Return the sorted, folded generated first names."""
    lists = word_lists()
    names = (*faker_first_names((*LOCALES, *MORE_LOCALES)), *HAND_NAMES)
    return sorted({name.casefold() for name in names if keep(name, lists)})


def main(argv: list[str] | None = None) -> int:
    """Write :data:`FIRST_NAMES_PATH` (or ``--output``) and print how many names it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=FIRST_NAMES_PATH)
    args = parser.parse_args(argv)
    names = build()
    payload = {"source": "faker (MIT), filtered; see streams/extraction/build_first_names.py", "names": names}
    args.output.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(names)} first names written to {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
