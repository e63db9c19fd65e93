"""Build the runtime knowledge base: the curated companies, the constituents of 20 stock indices, and press names.

Run ``python -m streams.extraction.build_kb`` (needs the ``dev`` extra) and commit the file it writes,
``streams/extraction/data/knowledge_base.json``: dealwatch reads that file at run time and never needs
the network or the build-time packages.

Sources and licences:

- ``streams/extraction/data/companies.json``: dealwatch's curated list (Apache-2.0, this repository).
  Curated entries win: their ids, names, aliases and parents are copied unchanged.
- ``pytickersymbols`` (MIT licence, data taken from Wikipedia and the package's own stocks list):
  about 1,800 constituents of the S&P 500/600, NASDAQ 100, Dow Jones, FTSE 100, CAC 40, CAC Mid 60,
  DAX, MDAX, SDAX, TecDAX, EURO STOXX 50, AEX, BEL 20, IBEX 35, OMX Helsinki 25 and Stockholm 30,
  Switzerland 20 and NIKKEI 225, with ISINs and ticker symbols.
- ``streams/extraction/data/companies_press.json``: well-known firms the business press names that are in
  neither list above (private groups, subsidiaries, foreign mid-caps, start-ups, investors), written for
  dealwatch from public knowledge, Apache-2.0. Read last: an entry whose name or alias the curated list or
  an index already uses adds no company (its other names become the index firm's aliases: "LSEG" for
  "London Stock Exchange"), and the guards below apply to its names as to generated ones, plus first
  names and places (an entry marked ``capitalised_is_firm``, reviewed by hand, skips the word-frequency
  guard: "Reddit", "Lego"). Its entries carry ``"source": "press"``, which the mention finder reads.
- ``wordfreq`` (Apache-2.0 code; its word lists are CC BY-SA 4.0) only decides, at build time, which
  aliases are ordinary English or French words ("Target", "Match", "Ball", "Casino") and so are
  never generated; no word list is copied into the output.

Why generated aliases: the press writes "Holcim", not "Holcim Group", and "Clearway Energy", not
"Clearway Energy, Inc. (Class A)". An alias is the name without its legal suffix, share-class words,
Wikipedia disambiguation ("Rio Tinto (corporation)") or a leading "The"; it is skipped when it is a
common word, a place named in the index's headquarters ("Hartford"), or shared by two companies.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from streams.extraction.knowledge_base import DATA_PATH, slugify
from streams.extraction.org_context import CURATED_FIRST_NAMES, FIRST_NAMES, PLACES

CURATED_PATH = Path(__file__).parent / "data" / "companies.json"
PRESS_PATH = Path(__file__).parent / "data" / "companies_press.json"
PRESS_LICENCE = "written for dealwatch from public knowledge, Apache-2.0"
GENERATED_FIRST_NAMES = FIRST_NAMES - CURATED_FIRST_NAMES

COMMON_WORD_ZIPF = 3.5
"""A one-word alias whose lower-case form is at least this frequent (wordfreq Zipf scale, English or
French) is an ordinary word, a first name or a place: "target" 4.8, "casino" 4.2, "berkeley" 3.9,
"compass" 3.7, "hawkins" 3.6 are skipped; "volvo" 3.5, "suzuki" 3.4, "kroger" 3.0 are kept. Names with
an inner capital, a digit or a hyphen ("DuPont", "3i", "Cal-Maine") are never ordinary words."""
MIN_NAME_CHARS = 3
"""Two-letter names ("LY", "BD", "Qt") fire on abbreviations: the longer form is kept instead."""

_INDEX_COUNTRY = {
    "AEX": "NL", "BEL 20": "BE", "CAC_40": "FR", "CAC Mid 60": "FR", "DAX": "DE", "DOW JONES": "US",
    "FTSE 100": "GB", "IBEX 35": "ES", "MDAX": "DE", "NASDAQ 100": "US", "NIKKEI 225": "JP",
    "OMX Helsinki 25": "FI", "OMX Stockholm 30": "SE", "SDAX": "DE", "S&P 100": "US", "S&P 500": "US",
    "S&P 600": "US", "Switzerland 20": "CH", "TecDAX": "DE",
}  # fmt: skip
"""Country of an index's members when the index data gives no ISIN (EURO STOXX 50 is multinational)."""

_SECTOR_KEYWORDS = (
    ("semiconductor", "semiconductors"), ("bank", "banking"), ("insurance", "insurance"),
    ("pharma", "pharma"), ("biotech", "pharma"), ("health", "healthcare"), ("medical", "healthcare"),
    ("software", "saas"), ("telecom", "telecom"), ("media", "media"), ("retail", "retail"),
    ("automo", "automotive"), ("aerospace", "aerospace-defense"), ("defen", "aerospace-defense"),
    ("oil", "energy"), ("gas", "energy"), ("energy", "energy"), ("utilit", "energy"), ("fossil", "energy"),
    ("transport", "transport"), ("airline", "transport"), ("railway", "transport"),
    ("financ", "investment"), ("real estate", "investment"), ("reit", "investment"),
    ("consumer", "consumer"), ("food", "consumer"), ("beverage", "consumer"),
    ("technology", "hardware"), ("electronic", "hardware"), ("information technology", "saas"),
)  # fmt: skip
"""First keyword found in an index entry's industries (in this order) gives its dealwatch sector."""

_EXTRA_SUFFIXES = (
    "Company", "Companies", "Co", "& Co. KGaA", "SE & Co. KGaA", "KGaA", "AG & Co. KGaA", "N.A.", "Inc.,",
    "Corp.,", "Holding Corp", "Holding Corp.", "Group Inc.", "Group, Inc.", "Oyj Abp", "Abp", "REIT",
)  # fmt: skip
"""Tails stripped when making an alias, besides the knowledge base's legal suffixes."""
_GENERIC_WORDS = frozenset({
    "National", "Community", "City", "First", "United", "Federal", "American", "Global", "General",
    "International", "Central", "Western", "Eastern", "Northern", "Southern", "Universal", "Public", "Safety",
    "Security", "Healthcare", "Health", "Bank", "Banks", "Services", "Holding", "Holdings", "Insurance",
    "Financial", "Group", "Trust", "Capital", "Energy", "Industries", "Water", "Power", "Electric", "Resources",
    "Partners", "Properties", "Realty", "Systems", "Technologies", "Solutions", "Brands", "Products", "Home",
    "Homes", "Care", "Life",
})  # fmt: skip
"""Words of names that say nothing on their own: "National Bank" or "Healthcare Services" would fire on
any bank or any services firm, so the longer form ("National Bank Holdings Corporation") is kept."""
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_SHARE_CLASS = re.compile(
    r"(?:\s*\b(?:Class [A-Z]|Series [A-Z]|Ordinary Shares|Registered Shares|Pref\.?)|(?<=[a-zäöå])[ABC])\s*$"
)  # "Clearway Energy, Inc. Class A", and "LifcoB", "IndustrivärdenC" as the index spells B and C shares
_DANGLING = re.compile(r"(?:\s&|\sand|,)$")
_LEADING_THE = re.compile(r"^The\s+")
_PLACE_PART = re.compile(r"^[A-Z][A-Za-zÀ-ÿ'\-]+(?: [A-Z][A-Za-zÀ-ÿ'\-]+){0,2}$")
_FOREIGN_LINES = frozenset({"FRA", "OTCMKTS", "ETR", "BER", "MUN", "STU", "DUS", "HAM", "VIE"})


@dataclass(slots=True)
class _IndexEntry:
    """One company of the ticker-symbol indices, merged over its share classes."""

    forms: list[str]
    full_names: set[str] = field(default_factory=set)
    country: str | None = None
    sector: str | None = None
    isins: set[str] = field(default_factory=set)
    tickers: set[str] = field(default_factory=set)


def fold_key(name: str) -> str:
    """Compare names without case, accents or punctuation ("Société Générale" == "Societe Generale")."""
    return slugify(_LEADING_THE.sub("", name))


def name_forms(name: str, suffixes: Iterable[str]) -> list[str]:
    """The name, then each shorter form as its tails come off.

    "Employers Holdings, Inc." gives "Employers Holdings, Inc.", "Employers Holdings", "Employers".

    Wikipedia disambiguation ("Rio Tinto (corporation)"), share-class words and a leading "The"
    go first; a suffix whose removal would leave "Moelis &" stays.
    """
    text = _LEADING_THE.sub("", _SHARE_CLASS.sub("", _PARENTHESIS.sub("", name)).strip(" ,"))
    forms = [text]
    ordered = sorted({*suffixes, *_EXTRA_SUFFIXES}, key=len, reverse=True)
    while True:
        cut = _SHARE_CLASS.sub("", text).rstrip(" ,")
        for suffix in ordered:
            tail = " " + suffix
            rest = cut[: -len(tail)].rstrip(" ,")
            if cut.endswith(tail) and rest and not _DANGLING.search(rest):
                cut = rest
                break
        if cut == text:
            return forms
        text = cut
        forms.append(text)


def strip_tails(name: str, suffixes: Iterable[str]) -> str:
    """The shortest form of :func:`name_forms`: "Clearway Energy, Inc. (Class A)" -> "Clearway Energy"."""
    return name_forms(name, suffixes)[-1]


def _is_common_word(word: str) -> bool:
    from wordfreq import zipf_frequency  # noqa: PLC0415 - build-time dependency (dev extra)

    lower = word.casefold()
    return max(zipf_frequency(lower, "en"), zipf_frequency(lower, "fr")) >= COMMON_WORD_ZIPF


def is_risky_alias(alias: str, places: set[str]) -> bool:
    """Whether a generated alias would fire on ordinary prose: a common word or a place ("Hartford")."""
    if alias in places or (len(alias) < MIN_NAME_CHARS and not any(char.isdigit() for char in alias)):
        return True
    if " " in alias:
        return all(word in _GENERIC_WORDS for word in alias.split(" "))
    if alias.isupper() or any(char.isdigit() or char == "-" for char in alias):
        return False
    if any(char.isupper() for char in alias[1:]):
        return False
    return _is_common_word(alias)


def _sector(industries: Iterable[str]) -> str | None:
    folded = " | ".join(industries).casefold()
    return next((sector for keyword, sector in _SECTOR_KEYWORDS if keyword in folded), None)


def _tickers(stock: dict[str, Any]) -> set[str]:
    tickers = set()
    for symbol in stock.get("symbols") or ():
        google = symbol.get("google") or ""
        exchange, _, code = google.rpartition(":")
        if code and exchange not in _FOREIGN_LINES:
            tickers.add(google)
    return tickers


def _places(stocks: Iterable[dict[str, Any]]) -> set[str]:
    """City, region and country names from the index's headquarters and country fields."""
    places = set()
    for stock in stocks:
        fields = [stock.get("country") or "", (stock.get("metadata") or {}).get("headquarters") or ""]
        for value in fields:
            for raw in re.split(r"[,(]", value):
                part = raw.strip(" )")
                if _PLACE_PART.match(part):
                    places.add(part)
    return places


def read_index_entries(suffixes: Iterable[str]) -> tuple[list[_IndexEntry], set[str]]:
    """Read pytickersymbols' constituents, merged by cleaned name, and the place names they mention."""
    from pytickersymbols import PyTickerSymbols  # noqa: PLC0415 - build-time dependency (dev extra)

    symbols = PyTickerSymbols()
    index_of: dict[str, str] = {}
    for index in sorted(symbols.get_all_indices()):
        for stock in symbols.get_stocks_by_index(index):
            index_of.setdefault(stock["name"], index)
    stocks = sorted(symbols.get_all_stocks(), key=lambda stock: stock["name"])
    entries: dict[str, _IndexEntry] = {}
    for stock in stocks:
        forms = name_forms(stock["name"], suffixes)
        entry = entries.setdefault(fold_key(forms[-1]), _IndexEntry(forms))
        entry.full_names.add(forms[0])
        isins = sorted(stock.get("isins") or ())
        entry.isins.update(isins)
        entry.tickers.update(_tickers(stock))
        entry.country = entry.country or (
            isins[0][:2] if isins else _INDEX_COUNTRY.get(index_of.get(stock["name"], ""))
        )
        entry.sector = entry.sector or _sector(stock.get("industries") or ())
    return [entries[key] for key in sorted(entries)], _places(stocks)


def _curated_entry(company: dict[str, Any]) -> dict[str, Any]:
    return {**company, "isins": [], "tickers": [], "source": "curated"}


def build(
    curated: dict[str, Any],
    entries: list[_IndexEntry],
    places: set[str],
    press: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Merge the index entries, then the press entries, into the curated knowledge base (earlier sources win)."""
    suffixes = curated["legal_suffixes"]
    companies = [_curated_entry(company) for company in curated["companies"]]
    owner: dict[str, dict[str, Any]] = {}
    for company in companies:
        for surface in (company["name"], *company["aliases"]):
            owner.setdefault(fold_key(strip_tails(surface, suffixes)), company)
    ids = {company["id"] for company in companies}
    generated = []
    for entry in entries:
        known = owner.get(fold_key(entry.forms[-1]))
        if known is not None:
            known["isins"] = sorted({*known["isins"], *entry.isins})
            known["tickers"] = sorted({*known["tickers"], *entry.tickers})
            continue
        name = next((form for form in reversed(entry.forms) if not is_risky_alias(form, places)), None)
        if name is None:
            continue  # "Next", "Casino": no longer form to fall back on, the name would fire on prose
        base, comma, tail = name.rpartition(", ")
        if comma and tail in suffixes:
            entry.full_names.add(name)
            name = f"{base} {tail}"  # "Block, Inc." is written "Block Inc." as often
        company_id = _unique_id(slugify(name), entry, ids)
        ids.add(company_id)
        redundant = {name, *(f"{name}{sep}{suffix}" for sep in (" ", ", ") for suffix in suffixes)}
        aliases = sorted(
            alias for alias in entry.full_names - redundant if not is_risky_alias(alias, places) and alias != name
        )
        company = {
            "id": company_id,
            "name": name,
            "aliases": aliases,
            "parent": None,
            "country": entry.country,
            "sector": entry.sector,
            "isins": sorted(entry.isins),
            "tickers": sorted(entry.tickers),
            "source": "pytickersymbols",
        }
        for surface in (name, *aliases):
            owner.setdefault(fold_key(strip_tails(surface, suffixes)), company)
        generated.append(company)
    generated.sort(key=lambda company: company["id"])
    earlier = [*companies, *_unambiguous(generated, companies)]
    sources = {
        "curated": "streams/extraction/data/companies.json",
        "pytickersymbols": _package_version("pytickersymbols") + " (MIT licence)",
    }
    if press:
        sources["press"] = f"streams/extraction/data/companies_press.json ({PRESS_LICENCE})"
    return {
        "version": 1,
        "generated_by": "python -m streams.extraction.build_kb",
        "sources": sources,
        "legal_suffixes": suffixes,
        "companies": [*earlier, *_press_companies(press or [], earlier, places, suffixes)],
    }


def is_risky_press_name(name: str, places: set[str], *, capitalised_is_firm: bool = False) -> bool:
    """Whether a press name or alias would fire on prose: the index guard, or a first name or place alone.

    "Martin", "Florence" or "Sydney" name a person or a city far more often than any firm. A longer name
    opening with one of the generated first names ("Giorgio Armani", "Ola Electric") reads as a person:
    that list holds only names no known firm opens with (see :mod:`streams.extraction.build_first_names`).
    Common first names ("John Deere", "Hugo Boss") open index names already and stay allowed.
    ``capitalised_is_firm`` marks an entry reviewed by hand whose one-word name is an ordinary word only in
    lower case ("reddit", "per capita", « un bombardier »): the word-frequency test is skipped for it, the
    place, first-name and length tests still apply.
    """
    if capitalised_is_firm and " " not in name:
        if name in places or len(name) < MIN_NAME_CHARS:
            return True
    elif is_risky_alias(name, places):
        return True
    folded = name.casefold()
    if " " not in name:
        return folded in PLACES or folded in FIRST_NAMES
    return folded.split(" ", 1)[0] in GENERATED_FIRST_NAMES


def _press_companies(
    press: list[dict[str, Any]], known: list[dict[str, Any]], places: set[str], suffixes: list[str]
) -> list[dict[str, Any]]:
    """The press entries that name no firm already known, with their risky aliases dropped.

    An entry whose name or alias (without tails) is a curated or index surface adds nothing of its own:
    the earlier source wins and one surface must name one company. When that surface is an index firm's,
    the entry's other names become the firm's aliases: the index writes "London Stock Exchange", the press
    "LSEG", and both must name one company. ``parent`` is a press name, resolved to the id of the firm that
    carries it (None when no source knows it).
    """
    owner: dict[str, str] = {}
    for company in known:
        for surface in (company["name"], *company["aliases"]):
            owner.setdefault(fold_key(strip_tails(surface, suffixes)), company["id"])
    index_firms = {company["id"]: company for company in known if company["source"] == "pytickersymbols"}
    ids = {company["id"] for company in known}
    taken: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for entry in press:
        surfaces = [entry["name"], *(entry.get("aliases") or ())]
        keys = [fold_key(strip_tails(surface, suffixes)) for surface in surfaces]
        reviewed = bool(entry.get("capitalised_is_firm"))
        owners = {owner[key] for key in keys if key in owner}
        if len(owners) == 1 and (firm := index_firms.get(next(iter(owners)))) is not None:
            _add_press_aliases(firm, surfaces, owner, places, suffixes, capitalised_is_firm=reviewed)
            continue
        if owners or is_risky_press_name(entry["name"], places, capitalised_is_firm=reviewed):
            continue
        base = entry.get("id") or slugify(entry["name"])
        company_id = base if base not in ids else f"{base}-{(entry.get('country') or 'xx').lower()}"
        if company_id in ids:
            continue
        aliases = sorted(
            {
                alias
                for alias in surfaces[1:]
                if alias != entry["name"] and not is_risky_press_name(alias, places, capitalised_is_firm=reviewed)
            }
        )
        company = {
            "id": company_id,
            "name": entry["name"],
            "aliases": aliases,
            "parent": None,
            "country": entry.get("country"),
            "sector": entry.get("sector"),
            "isins": [],
            "tickers": [],
            "source": "press",
        }
        ids.add(company_id)
        for surface in (entry["name"], *aliases):
            owner.setdefault(fold_key(strip_tails(surface, suffixes)), company_id)
        taken.append((entry, company))
    for entry, company in taken:
        parent = entry.get("parent")
        if parent:
            company["parent"] = owner.get(fold_key(strip_tails(parent, suffixes)))
    return [company for _, company in taken]


def _add_press_aliases(
    firm: dict[str, Any],
    surfaces: list[str],
    owner: dict[str, str],
    places: set[str],
    suffixes: list[str],
    *,
    capitalised_is_firm: bool,
) -> None:
    """Give an index firm the press entry's names that no other company uses and that pass the guards.

    A bare name the firm only carries with a legal tail ("Canon" for "Canon Inc.", whose short form the
    word guard dropped) is added too: a reviewed press entry vouches for it.
    """
    for surface in surfaces:
        key = fold_key(strip_tails(surface, suffixes))
        if key in owner and (
            owner[key] != firm["id"]
            or surface != strip_tails(surface, suffixes)
            or surface in (firm["name"], *firm["aliases"])
        ):
            continue
        if is_risky_press_name(surface, places, capitalised_is_firm=capitalised_is_firm):
            continue
        firm["aliases"] = sorted({*firm["aliases"], surface})
        owner[key] = firm["id"]


def _unambiguous(generated: list[dict[str, Any]], curated: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Drop generated aliases that another company also uses (a surface must name one company)."""
    used: dict[str, int] = {}
    for company in (*curated, *generated):
        for surface in {company["name"], *company["aliases"]}:
            used[surface] = used.get(surface, 0) + 1
    for company in generated:
        company["aliases"] = [alias for alias in company["aliases"] if used[alias] == 1]
        if used[company["name"]] == 1:
            yield company


def _unique_id(base: str, entry: _IndexEntry, ids: set[str]) -> str:
    candidates = [
        base,
        f"{base}-{(entry.country or 'xx').lower()}",
        *(f"{base}-{isin.lower()}" for isin in sorted(entry.isins)),
    ]
    for candidate in candidates:
        if candidate not in ids:
            return candidate
    return f"{base}-{len(ids)}"


def _package_version(name: str) -> str:
    from importlib.metadata import version  # noqa: PLC0415

    return f"{name} {version(name)}"


def render(kb: dict[str, Any]) -> str:
    """The knowledge base as committed: stable key order, one company per line block, UTF-8."""
    return json.dumps(kb, ensure_ascii=False, indent=1) + "\n"


def build_from_sources(curated_path: Path = CURATED_PATH, press_path: Path = PRESS_PATH) -> str:
    """Build and render the knowledge base from the curated file, the installed index package and the press file."""
    with curated_path.open(encoding="utf-8") as handle:
        curated = json.load(handle)
    press = json.loads(press_path.read_text(encoding="utf-8")) if press_path.exists() else []
    entries, places = read_index_entries(curated["legal_suffixes"])
    return render(build(curated, entries, places, press))


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) the generated knowledge base file."""
    parser = argparse.ArgumentParser(prog="python -m streams.extraction.build_kb", description=__doc__)
    parser.add_argument("--output", type=Path, default=DATA_PATH, help="where to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the output file is not up to date")
    args = parser.parse_args(argv)
    text = build_from_sources()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run python -m streams.extraction.build_kb", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    kb = json.loads(text)
    print(f"wrote {args.output}: {len(kb['companies'])} companies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
