"""The curated company knowledge base: lookup by id, name or alias, and fast mention finding.

Names are matched case-sensitively with one Aho-Corasick automaton over the whole article, then
checked for word boundaries: "Meta" must not fire inside "metadata", nor "Orange" on "orange juice".
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick
import structlog

from schemas.events import CompanyRef

# Backed by a stdlib logger so that library use without configured logging (``extract`` called
# from someone else's program) prints nothing to stdout: stdlib drops DEBUG until configured,
# and :func:`streams.logs.configure_logging` routes it to stderr like every other logger.
log = structlog.wrap_logger(logging.getLogger(__name__))

DATA_PATH = Path(__file__).parent / "data" / "companies.json"

_NO_MATCH = 4

# Company names that are also ordinary words; followed by one of these nouns they are the word
# ("Total revenue", "Orange juice", "Shell companies"), not the company.
_COMMON_WORD_NAMES = frozenset({"Total", "Orange", "Shell", "Visa", "Arm", "Cursor", "Runway", "Slack", "Plaid"})
_WORD_NOT_COMPANY = re.compile(
    r" (?:revenues?|sales|costs?|value|amount|number|income|assets|debt|funding|spending|investments?|losses"
    r"|juice|companies|company|des|du|de la|applications?|requirements?|race|time|channels?)\b"
)
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """Return a stable slug id for a company or person name (``"Société Générale"`` -> ``societe-generale``)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return _SLUG_DROP.sub("-", ascii_name.replace("&", " and ")).strip("-") or "unnamed"


@dataclass(frozen=True, slots=True)
class Company:
    """One company of the knowledge base."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None

    @property
    def ref(self) -> CompanyRef:
        """The company as an event reference."""
        return CompanyRef(id=self.id, name=self.name)


@dataclass(frozen=True, slots=True)
class CompanyMatch:
    """A company name found in a text: ``text[start:end]`` names company ``company_id``."""

    start: int
    end: int
    company_id: str


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class KnowledgeBase:
    """Companies by id, name and alias, with a mention finder and a search for the web API."""

    def __init__(self, companies: Iterable[Company], legal_suffixes: Iterable[str] = ()) -> None:
        self._by_id: dict[str, Company] = {}
        self._by_folded: dict[str, str] = {}
        self._automaton = ahocorasick.Automaton()
        for company in companies:
            self._by_id[company.id] = company
            for surface in (company.name, *company.aliases):
                self._by_folded.setdefault(surface.casefold(), company.id)
                if self._automaton.get(surface, None) is None:
                    self._automaton.add_word(surface, (len(surface), company.id))
        self._suffixes = tuple(sorted({s for s in legal_suffixes if s}, key=len, reverse=True))
        self._suffixes_by_first: dict[str, tuple[str, ...]] = {}
        for suffix in self._suffixes:
            self._suffixes_by_first[suffix[0]] = (*self._suffixes_by_first.get(suffix[0], ()), suffix)
        if self._by_id:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, company_id: object) -> bool:
        return company_id in self._by_id

    def get(self, company_id: str) -> Company | None:
        """Return the company with this id, or None."""
        return self._by_id.get(company_id)

    def lookup(self, name: str) -> Company | None:
        """Return the company named ``name`` (canonical name or alias, any case, legal suffix allowed)."""
        folded = name.strip().casefold()
        company_id = self._by_folded.get(folded)
        if company_id is None:
            stripped = self.strip_suffix(name.strip())
            company_id = self._by_folded.get(stripped.casefold())
        return self._by_id.get(company_id) if company_id else None

    def strip_suffix(self, name: str) -> str:
        """Remove trailing legal suffixes ("Acme Robotics Inc." -> "Acme Robotics")."""
        text = name
        changed = True
        while changed:
            changed = False
            for suffix in self._suffixes:
                tail = " " + suffix
                if text.endswith(tail) and len(text) > len(tail):
                    text = text[: -len(tail)].rstrip(" ,")
                    changed = True
                    break
        return text

    def search(self, query: str, limit: int = 10) -> list[CompanyRef]:
        """Return companies whose name or an alias contains ``query`` (any case), best first.

        Exact names come first, then names starting with the query, then names with a word
        starting with it, then any other substring match; ties are ordered by name.
        """
        needle = query.strip().casefold()
        if not needle or limit <= 0:
            return []
        ranked: list[tuple[int, str, str]] = []
        for company in self._by_id.values():
            best = _NO_MATCH
            for surface in (company.name, *company.aliases):
                folded = surface.casefold()
                if folded == needle:
                    best = 0
                elif folded.startswith(needle):
                    best = min(best, 1)
                elif f" {needle}" in f" {folded}".replace("-", " "):
                    best = min(best, 2)
                elif needle in folded:
                    best = min(best, 3)
            if best < _NO_MATCH:
                ranked.append((best, company.name.casefold(), company.id))
        ranked.sort()
        return [self._by_id[company_id].ref for _, _, company_id in ranked[:limit]]

    def find(self, text: str) -> list[CompanyMatch]:
        """Return non-overlapping, word-bounded company mentions in ``text``, longest first on overlap.

        A legal suffix right after a name ("Scale AI Inc.") is included in the mention span.
        """
        if not self._by_id:
            return []
        size = len(text)
        candidates: list[tuple[int, int, str]] = []
        for last, (length, company_id) in self._automaton.iter(text):
            start, end = last - length + 1, last + 1
            if start > 0 and _is_word_char(text[start - 1]):
                continue
            if end < size and _is_word_char(text[end]):
                continue
            if text[start:end] in _COMMON_WORD_NAMES and _WORD_NOT_COMPANY.match(text, end):
                continue
            candidates.append((start, -end, company_id))
        candidates.sort()
        matches: list[CompanyMatch] = []
        taken_until = -1
        for start, neg_end, company_id in candidates:
            if start < taken_until:
                continue
            end = self._extend_suffix(text, -neg_end)
            matches.append(CompanyMatch(start, end, company_id))
            taken_until = end
        return matches

    def _extend_suffix(self, text: str, end: int) -> int:
        for sep in (" ", ", "):
            if not text.startswith(sep, end):
                continue
            after = end + len(sep)
            if after >= len(text):
                return end
            for suffix in self._suffixes_by_first.get(text[after], ()):
                stop = after + len(suffix)
                if text.startswith(suffix, after) and (stop >= len(text) or not _is_word_char(text[stop])):
                    return stop
        return end


def _parse(raw: dict) -> KnowledgeBase:
    companies = [
        Company(
            id=entry["id"],
            name=entry["name"],
            aliases=tuple(entry.get("aliases") or ()),
            parent=entry.get("parent"),
        )
        for entry in raw["companies"]
    ]
    return KnowledgeBase(companies, raw.get("legal_suffixes") or ())


_cache: dict[Path, KnowledgeBase] = {}
_cache_lock = threading.Lock()


def load_knowledge_base(path: Path | None = None) -> KnowledgeBase:
    """Load (once per path, then from cache) the knowledge base JSON file.

    Args:
        path: a ``companies.json`` file; defaults to the one shipped with dealwatch.
    """
    target = path or DATA_PATH
    cached = _cache.get(target)
    if cached is not None:
        return cached
    with _cache_lock:
        if target not in _cache:
            with target.open(encoding="utf-8") as handle:
                _cache[target] = _parse(json.load(handle))
            log.debug("knowledge_base_loaded", path=str(target), companies=len(_cache[target]))
        return _cache[target]
