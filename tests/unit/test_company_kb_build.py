"""The generated knowledge base: reproducible from its sources, curated entries intact, no common-word names."""

from __future__ import annotations

import json
import re

import pytest

from streams.extraction.build_kb import CURATED_PATH, build_from_sources, is_risky_alias, name_forms, strip_tails
from streams.extraction.knowledge_base import DATA_PATH, KnowledgeBase, load_knowledge_base

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Index constituents whose short name is an ordinary word or a place: never a generated surface.
NEVER_GENERATED = {"Target", "Match", "Block", "Ball", "Casino", "Hartford", "Compass", "Booking", "National Bank"}


@pytest.fixture(scope="module")
def generated() -> dict:
    with DATA_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def kb(generated: dict) -> KnowledgeBase:
    return load_knowledge_base(DATA_PATH)


def test_committed_file_is_what_the_build_writes():
    """The committed file is byte for byte the build's output: regenerate with the build, never edit by hand."""
    assert build_from_sources() == DATA_PATH.read_text(encoding="utf-8")


def test_curated_entries_are_copied_unchanged_and_first(generated: dict):
    curated = json.loads(CURATED_PATH.read_text(encoding="utf-8"))["companies"]
    head = generated["companies"][: len(curated)]
    keep = ("id", "name", "aliases", "parent", "country", "sector")
    assert [{k: c[k] for k in keep} for c in head] == curated
    assert all(c["source"] == "curated" for c in head)
    rest = [c["source"] for c in generated["companies"][len(curated) :]]
    # then the index members, then the press names (each source after the ones it yields to)
    assert set(rest) == {"pytickersymbols", "press"}
    assert rest == sorted(rest, key=("pytickersymbols", "press").index)


def test_size_and_ids(generated: dict):
    companies = generated["companies"]
    assert len(companies) >= 2000
    ids = [c["id"] for c in companies]
    assert len(ids) == len(set(ids))
    assert all(ID_PATTERN.match(i) for i in ids)


def test_surfaces_name_one_company_even_without_suffixes(generated: dict):
    suffixes = generated["legal_suffixes"]
    owner: dict[str, str] = {}
    stripped_owner: dict[str, str] = {}
    for company in generated["companies"]:
        for surface in {company["name"], *company["aliases"]}:
            assert owner.setdefault(surface, company["id"]) == company["id"], surface
            key = strip_tails(surface, suffixes).casefold()
            assert stripped_owner.setdefault(key, company["id"]) == company["id"], surface


def test_no_common_word_surfaces(generated: dict):
    surfaces = {s for c in generated["companies"] if c["source"] != "curated" for s in (c["name"], *c["aliases"])}
    assert not surfaces & NEVER_GENERATED
    assert {"Target Corporation", "Match Group", "Block Inc.", "National Bank Holdings Corporation"} <= surfaces


def test_known_index_members_are_found(kb: KnowledgeBase):
    text = "Switzerland-based Holcim Limited's unit and Clearway Energy, Inc. sold assets to Rio Tinto."
    found = [(text[m.start : m.end], m.company_id) for m in kb.find(text)]
    assert found == [
        ("Holcim Limited", "holcim"),
        ("Clearway Energy, Inc.", "clearway-energy"),
        ("Rio Tinto", "rio-tinto"),
    ]
    assert kb.lookup("Holcim Group").id == "holcim"
    assert kb.lookup("Scale AI").id == "scale-ai"  # curated entries still win


def test_ordinary_words_are_not_companies(kb: KnowledgeBase):
    text = "Target prices rose. The Match was a Block party at a Casino near Hartford, says Target Corporation."
    assert [(text[m.start : m.end], m.company_id) for m in kb.find(text)] == [
        ("Target Corporation", "target-corporation")
    ]


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Clearway Energy, Inc. (Class A)", ["Clearway Energy, Inc.", "Clearway Energy"]),
        ("Employers Holdings, Inc.", ["Employers Holdings, Inc.", "Employers Holdings", "Employers"]),
        ("Moelis & Company", ["Moelis & Company"]),
        ("Rio Tinto (corporation)", ["Rio Tinto"]),
        ("The Travelers Companies", ["Travelers Companies", "Travelers"]),
        ("LifcoB", ["Lifco"]),
    ],
)
def test_name_forms(name: str, forms: list[str]):
    assert name_forms(name, ["Inc.", "Holdings", "Group"]) == forms


@pytest.mark.parametrize(
    ("alias", "risky"),
    [("Target", True), ("Hartford", True), ("LY", True), ("National Bank", True), ("Holcim", False),
     ("Kroger", False), ("DuPont", False), ("3i", False), ("General Mills", False), ("KDDI", False)],
)  # fmt: skip
def test_risky_aliases(alias: str, risky: bool):
    assert is_risky_alias(alias, {"Hartford"}) is risky
