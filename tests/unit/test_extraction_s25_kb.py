"""Session 25: a press entry names an index firm's other names, and reviewed word-like press names pass the guard."""

from __future__ import annotations

from typing import Any

import pytest

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.build_kb import _IndexEntry, build, is_risky_press_name
from streams.extraction.knowledge_base import load_knowledge_base, slugify
from streams.extraction.parties import find_public_bodies

SUFFIXES = ["Inc.", "Ltd", "Group", "Holdings"]


def _press(name: str, aliases: list[str], **extra: Any) -> dict[str, Any]:
    return {"id": slugify(name), "name": name, "aliases": aliases, "country": "GB", "sector": None, "parent": None,
            **extra}  # fmt: skip


def _built(press: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    curated = {
        "legal_suffixes": SUFFIXES,
        "companies": [{"id": "korvia", "name": "Korvia", "aliases": [], "parent": None, "country": "US",
                       "sector": "saas"}],
    }  # fmt: skip
    index = [
        _IndexEntry(["Dorvane Stock Exchange"], {"Dorvane Stock Exchange"}, "GB", "fintech"),
        _IndexEntry(["Brelmont Holdings Inc.", "Brelmont"], {"Brelmont Holdings Inc."}, "US", "energy"),
    ]
    kb = build(curated, index, set(), press)
    return {c["id"]: c for c in kb["companies"]}


def test_a_press_entry_sharing_an_index_name_gives_that_firm_its_other_names():
    built = _built([_press("DSEG", ["Dorvane Stock Exchange Group"])])
    assert "dseg" not in built  # one firm, not two
    assert built["dorvane-stock-exchange"]["aliases"] == ["DSEG"]  # the tailed form adds nothing


def test_a_press_entry_never_adds_names_to_a_curated_firm_or_to_two_firms():
    built = _built([_press("KVA", ["Korvia"]), _press("DBX", ["Dorvane Stock Exchange", "Brelmont"])])
    assert {"kva", "dbx"}.isdisjoint(built)
    assert built["korvia"]["aliases"] == []
    assert built["dorvane-stock-exchange"]["aliases"] == []


def test_a_reviewed_word_like_name_passes_only_the_word_guard():
    assert is_risky_press_name("Harvest", set())  # an ordinary word: dropped unless reviewed
    assert not is_risky_press_name("Harvest", set(), capitalised_is_firm=True)
    assert is_risky_press_name("Lyon", {"Lyon"}, capitalised_is_firm=True)  # a place stays out
    assert is_risky_press_name("Ab", set(), capitalised_is_firm=True)  # too short
    built = _built([_press("Harvest", [], capitalised_is_firm=True), _press("Meadow", [])])
    assert built["harvest"]["source"] == "press"
    assert "meadow" not in built


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "LSEG and the London Stock Exchange Group",
            [("LSEG", "london-stock-exchange"), ("London Stock Exchange Group", "london-stock-exchange")],
        ),
        ("SLB won it; Schlumberger said so.", [("SLB", "schlumberger"), ("Schlumberger", "schlumberger")]),
        ("Lego dropped Xerox as Reddit grew.", [("Lego", "lego"), ("Xerox", "xerox"), ("Reddit", "reddit")]),
        ("Le bombardier a décollé ; Bombardier a perdu Fnac.", [("Bombardier", "bombardier"), ("Fnac", "fnac-darty")]),
        ("GDP per capita rose.", []),
    ],
)
def test_shipped_knowledge_base_names_each_firm_once(text: str, found: list[tuple[str, str]]):
    kb = load_knowledge_base()
    assert [(text[m.start : m.end], m.company_id) for m in kb.find(text)] == found


@pytest.mark.parametrize(
    ("body", "customer"),
    [
        ("The health ministry cancelled its testing contract with Korvia Labs on Monday.", "health ministry"),
        ("Korvia Labs said the defence ministry had ended its supply contract.", "defence ministry"),
        ("Tessaline's transport ministry terminated its contract with Korvia Labs.", "transport ministry"),
    ],
)
def test_a_ministry_named_by_its_field_in_lower_case_is_a_public_customer(body: str, customer: str):
    events = [e for e in extract(NewsItem(id="m", language="en", body=body)).events if e.type == "customer_end"]
    assert [(e.subject.name, e.subject.kind, e.object.name) for e in events] == [
        (customer, "public_body", "Korvia Labs")
    ]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("a health ministry official said", []),  # no article, no country: which ministry is unsaid
        ("the health spending of the ministry rose", []),
        ("Tessaline's energy ministry and the justice ministry", ["energy ministry", "justice ministry"]),
    ],
)
def test_a_ministry_by_its_field_needs_the_or_a_country(text: str, bodies: list[str]):
    assert [name for _, _, _, name in find_public_bodies(text, text.casefold())] == bodies


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane's contract with Korvia was extended by three years and is worth up to £40m.",
        "The agreement, signed after a long tender with Korvia, is worth $25 million a year to Dorvane.",
    ],
)
def test_a_contract_opening_the_sentence_owns_its_worth(body: str):
    events = extract(NewsItem(id="w", language="en", body=body)).events
    assert not [e for e in events if e.type == "valuation"]


@pytest.mark.parametrize(
    "body",
    [
        "After the contract win, Databricks is now worth $3 billion.",  # the company, not the contract, opens it
        "The funding round valued Databricks at $5 billion.",  # a round's verb values a company
    ],
)
def test_a_company_s_worth_after_a_contract_word_stays_a_valuation(body: str):
    events = extract(NewsItem(id="w", language="en", body=body)).events
    assert [(e.subject.name, e.valuation.value) for e in events if e.type == "valuation"] == [
        ("Databricks", 3e9 if "3 billion" in body else 5e9)
    ]


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("The deal valued Databricks at $62 billion.", [("Databricks", 62e9)]),
        ("Korvia Inc. sold its unit in a deal valued at $2 billion.", []),  # the deal's size
    ],
)
def test_valued_with_the_company_as_its_object_is_the_company_s_value(body: str, values: list[tuple[str, float]]):
    events = extract(NewsItem(id="v", language="en", body=body)).events
    assert [(e.subject.name, e.valuation.value) for e in events if e.type == "valuation"] == values


@pytest.mark.parametrize(
    ("body", "relations"),
    [
        (
            "Korvia ended its partnership with Dorvane, which had supplied its packaging since 2015, and signed with"
            " Brelmont and Tessaline to replace it.",
            [("customer_end", "Dorvane"), ("customer_start", "Brelmont"), ("customer_start", "Tessaline")],
        ),
        ("Korvia signed with Brelmont to replace it.", [("customer_start", "Brelmont")]),
        # no start verb took the supplier on: "it" is the supplier before the verb
        ("Dorvane said its largest customer, Korvia, would stop using it.", [("customer_end", "Dorvane")]),
    ],
)
def test_the_supplier_a_start_verb_takes_on_is_not_the_one_replaced(body: str, relations: list[tuple[str, str]]):
    events = extract(NewsItem(id="r", language="en", body=body)).events
    assert [(e.type, e.object.name) for e in events if e.subject.name == "Korvia"] == relations
