"""Integrity tests for the curated company knowledge base data file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

KB_PATH = Path(__file__).parents[2] / "streams/extraction/data/companies.json"

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")

ALLOWED_SECTORS = {
    "ai", "big-tech", "cloud", "saas", "semiconductors", "hardware", "telecom", "media",
    "ecommerce", "fintech", "banking", "insurance", "energy", "automotive",
    "aerospace-defense", "industrials", "consumer", "luxury", "retail", "pharma",
    "healthcare", "transport", "consulting", "gaming", "investment", "crypto",
}  # fmt: skip

# CAC 40 constituents (recent composition) plus recent former members kept in the KB.
CAC40_IDS = {
    "accor", "air-liquide", "airbus", "arcelormittal", "axa", "bnp-paribas", "bouygues",
    "bureau-veritas", "capgemini", "carrefour", "credit-agricole", "danone",
    "dassault-systemes", "edenred", "engie", "essilorluxottica", "eurofins-scientific",
    "hermes", "kering", "legrand", "loreal", "lvmh", "michelin", "orange", "pernod-ricard",
    "publicis", "renault", "safran", "saint-gobain", "sanofi", "schneider-electric",
    "societe-generale", "stellantis", "stmicroelectronics", "teleperformance", "thales",
    "totalenergies", "unibail-rodamco-westfield", "veolia", "vinci",
}  # fmt: skip
FORMER_CAC40_IDS = {"alstom", "vivendi", "worldline"}

# Words that must never be used as aliases because they are ordinary vocabulary.
FORBIDDEN_ALIASES = {"Scale", "Figure", "Zoom", "Notion", "Block", "Square"}


def _load() -> dict:
    with KB_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def kb() -> dict:
    return _load()


@pytest.fixture(scope="module")
def by_id(kb: dict) -> dict:
    return {company["id"]: company for company in kb["companies"]}


def _strip_suffixes(surface: str, suffixes: list[str]) -> str:
    """Remove trailing legal suffixes (repeatedly) the way a matcher would."""
    text = surface.strip()
    ordered = sorted(suffixes, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for suffix in ordered:
            tail = " " + suffix
            if text.endswith(tail) and len(text) > len(tail):
                text = text[: -len(tail)].rstrip(" ,")
                changed = True
                break
    return text


class TestCompanyKnowledgeBase:
    """Structural and content checks on streams/extraction/data/companies.json."""

    def test_top_level_shape(self, kb):
        """The file is a versioned object with suffixes and companies lists."""
        assert kb["version"] == 1
        assert isinstance(kb["legal_suffixes"], list) and len(kb["legal_suffixes"]) >= 20
        assert all(isinstance(s, str) and s.strip() == s and s for s in kb["legal_suffixes"])
        assert len(set(kb["legal_suffixes"])) == len(kb["legal_suffixes"])
        assert isinstance(kb["companies"], list)

    def test_minimum_company_count(self, kb):
        """The knowledge base holds at least 300 companies."""
        assert len(kb["companies"]) >= 300

    def test_entry_fields(self, kb):
        """Every entry has exactly the expected fields with the expected types."""
        expected = {"id", "name", "aliases", "parent", "country", "sector"}
        for company in kb["companies"]:
            assert set(company) == expected, company
            assert isinstance(company["name"], str) and company["name"].strip() == company["name"]
            assert company["name"], company
            assert isinstance(company["aliases"], list), company
            assert all(isinstance(a, str) and a and a.strip() == a for a in company["aliases"]), company
            assert company["parent"] is None or isinstance(company["parent"], str), company

    def test_ids_are_unique_slugs(self, kb):
        """Ids are unique lowercase ASCII hyphenated slugs."""
        ids = [company["id"] for company in kb["companies"]]
        assert len(ids) == len(set(ids))
        bad = [i for i in ids if not ID_PATTERN.match(i)]
        assert not bad, bad

    def test_names_are_unique(self, kb):
        """Canonical names are unique across companies."""
        names = [company["name"] for company in kb["companies"]]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        assert not duplicates, duplicates

    def test_surface_forms_never_collide_across_companies(self, kb):
        """No name or alias (case-sensitive) belongs to two different companies."""
        owner: dict[str, str] = {}
        clashes = []
        for company in kb["companies"]:
            for surface in {company["name"], *company["aliases"]}:
                previous = owner.setdefault(surface, company["id"])
                if previous != company["id"]:
                    clashes.append((surface, previous, company["id"]))
        assert not clashes, clashes

    def test_suffix_stripped_forms_never_collide(self, kb):
        """Names and aliases stay unambiguous after legal suffixes are stripped."""
        suffixes = kb["legal_suffixes"]
        owner: dict[str, str] = {}
        clashes = []
        for company in kb["companies"]:
            for surface in {company["name"], *company["aliases"]}:
                key = _strip_suffixes(surface, suffixes)
                assert key, (surface, company["id"])
                previous = owner.setdefault(key, company["id"])
                if previous != company["id"]:
                    clashes.append((key, previous, company["id"]))
        assert not clashes, clashes

    def test_surface_forms_are_not_lowercase_words(self, kb):
        """Every name and alias contains an uppercase letter or a digit."""
        bad = [
            (company["id"], surface)
            for company in kb["companies"]
            for surface in [company["name"], *company["aliases"]]
            if not any(ch.isupper() or ch.isdigit() for ch in surface)
        ]
        assert not bad, bad

    def test_forbidden_aliases_absent(self, kb):
        """Ambiguous common words are never used as aliases."""
        used = {alias for company in kb["companies"] for alias in company["aliases"]}
        assert not used & FORBIDDEN_ALIASES

    def test_aliases_are_not_legal_suffixes(self, kb):
        """No alias is itself a bare legal suffix."""
        suffixes = set(kb["legal_suffixes"])
        bad = [(c["id"], a) for c in kb["companies"] for a in c["aliases"] if a in suffixes]
        assert not bad, bad

    def test_parents_exist(self, kb, by_id):
        """Every parent reference points at an existing id other than itself."""
        for company in kb["companies"]:
            parent = company["parent"]
            if parent is not None:
                assert parent in by_id, company
                assert parent != company["id"], company

    def test_no_parent_cycles(self, kb, by_id):
        """Following parent links always terminates at a root company."""
        for company in kb["companies"]:
            seen = {company["id"]}
            current = company["parent"]
            while current is not None:
                assert current not in seen, f"cycle through {company['id']}"
                seen.add(current)
                current = by_id[current]["parent"]

    def test_sectors_are_allowed(self, kb):
        """Every sector is taken from the allowed sector list."""
        bad = [(c["id"], c["sector"]) for c in kb["companies"] if c["sector"] not in ALLOWED_SECTORS]
        assert not bad, bad

    def test_countries_are_alpha2(self, kb):
        """Every country is a two-letter uppercase ISO 3166 code."""
        bad = [(c["id"], c["country"]) for c in kb["companies"] if not COUNTRY_PATTERN.match(c["country"])]
        assert not bad, bad
        assert not [c["id"] for c in kb["companies"] if c["country"] == "UK"]

    def test_scale_ai_entry(self, by_id):
        """Scale AI exists under the id scale-ai without an ambiguous 'Scale' alias."""
        assert by_id["scale-ai"]["name"] == "Scale AI"
        assert "Scale" not in by_id["scale-ai"]["aliases"]

    def test_meta_entry(self, by_id):
        """Meta carries the Meta Platforms and Facebook aliases and owns Instagram and WhatsApp."""
        assert {"Meta Platforms", "Facebook"} <= set(by_id["meta"]["aliases"])
        assert by_id["instagram"]["parent"] == "meta"
        assert by_id["whatsapp"]["parent"] == "meta"

    def test_alphabet_hierarchy(self, by_id):
        """Google is a child of Alphabet and DeepMind a child of Google."""
        assert by_id["alphabet"]["parent"] is None
        assert by_id["google"]["parent"] == "alphabet"
        assert by_id["google-deepmind"]["parent"] == "google"
        assert "DeepMind" in by_id["google-deepmind"]["aliases"]

    def test_key_entries_exist(self, by_id):
        """Core AI, big-tech and investor entries are present with expected forms."""
        assert by_id["openai"]["name"] == "OpenAI"
        assert by_id["anthropic"]["name"] == "Anthropic"
        assert "Mistral" in by_id["mistral-ai"]["aliases"]
        aws = by_id["aws"]
        assert {"Amazon Web Services", "AWS"} <= {aws["name"], *aws["aliases"]}
        assert aws["parent"] == "amazon"
        assert "Total" in by_id["totalenergies"]["aliases"]
        assert {"L'Oreal", "L’Oréal"} <= set(by_id["loreal"]["aliases"])  # noqa: RUF001 - the press's curly apostrophe
        assert "Mercedes" in by_id["mercedes-benz"]["aliases"]
        assert "JPMorgan" in by_id["jpmorgan-chase"]["aliases"]
        assert "a16z" in by_id["andreessen-horowitz"]["aliases"]
        assert by_id["tiktok"]["parent"] == "bytedance"
        assert by_id["github"]["parent"] == "microsoft"
        assert by_id["slack"]["parent"] == "salesforce"

    def test_cac40_members_present(self, by_id):
        """All CAC 40 constituents and recent former members are in the knowledge base."""
        missing = sorted((CAC40_IDS | FORMER_CAC40_IDS) - set(by_id))
        assert not missing, missing

    def test_french_coverage(self, kb, by_id):
        """At least 38 companies are French and most CAC 40 members are French."""
        french = [c for c in kb["companies"] if c["country"] == "FR"]
        assert len(french) >= 38
        assert sum(by_id[i]["country"] == "FR" for i in CAC40_IDS) >= 34
