"""Build the generated first-name list: "Gunnar Ekdahl" and "Ole Mahrt" are people, not firms.

Run ``python -m streams.extraction.build_first_names`` (needs the ``dev`` extra) and commit the file it
writes, ``streams/extraction/data/first_names.json``; dealwatch reads that file at run time and never
needs the build-time packages.

Sources and licences:

- ``faker`` (MIT licence): the first names of its person providers for the locales of the press
  dealwatch reads (:data:`LOCALES`: English, French, German, Italian, Spanish, Portuguese, Dutch, Nordic,
  Polish and Indian English). Only names are copied, one word each.
- ``wordfreq`` (Apache-2.0 code; its word lists are CC BY-SA 4.0) only decides which names are also
  ordinary English or French words ("May", "Summer", "Grant", "Nova") and so are left out: a first name
  makes the next capitalised word a surname, and "Nova Ventures" is a firm. No word list is copied.

A name is also left out when a company of the knowledge base is called by it or by a name that starts
with it ("Brita", "Aston Martin"), when it is a place, a nationality or a word the name finder already
rejects, and when :data:`streams.extraction.org_context.FIRST_NAMES`' curated list has it already.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
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

COMMON_WORD_ZIPF = 3.5
"""A name whose lower-case form is at least this frequent (wordfreq Zipf scale, English or French) is also a
common word and is left out ("May", "Grant", "Nova", "Viking"): the same threshold as the knowledge base's
generated aliases. Between 3.5 and 4.0 most words are names ("Nadia", "Jonas"), a few are not ("Meta", "Aston")."""

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


def keep(name: str, company_words: frozenset[str]) -> bool:
    """Whether ``name`` goes into the generated list (see the module docstring for why one is left out)."""
    from wordfreq import zipf_frequency  # noqa: PLC0415 - build-time dependency (dev extra)

    folded = name.casefold()
    return (
        name.isalpha()
        and len(name) >= _MIN_CHARS
        and folded not in CURATED_FIRST_NAMES
        and folded not in company_words
        and folded not in NOT_NAMES
        and folded not in PLACES
        and folded not in KIND_NOUNS
        and not is_nationality(folded)
        and max(zipf_frequency(folded, "en"), zipf_frequency(folded, "fr")) < COMMON_WORD_ZIPF
    )


def build() -> list[str]:
    """Return the sorted, folded generated first names."""
    company_words = _company_words()
    return sorted({name.casefold() for name in faker_first_names() if keep(name, company_words)})


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
