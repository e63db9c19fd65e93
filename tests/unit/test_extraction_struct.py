"""Structures that cut across every event type (our own EN/FR sentences): cited sources, firms the knowledge
base does not know, units of known parents.

A source ("according to a filing with X", "selon X") is where the news comes from: its company takes no
role, whichever frame reads the sentence, and a source closing the sentence hides its words from the fact.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import _LEGAL_FORM
from streams.extraction.org_context import ANAPHOR_KINDS_EN, ANAPHOR_KINDS_FR, KIND_NOUNS


def _events(body: str) -> set[tuple[str, str | None, str | None]]:
    extraction = extract(NewsItem(id="struct", body=body))
    return {
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None) for e in extraction.events
    }


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # "according to a report" is a rumour cue that swallows the opener: the source is still marked.
        ("Norvane Capital holds 7% of Telmark, according to a report filed with Japan's Ministry of Finance.", "Minis"),
        ("Le fonds Kelvane détient 6 % de Telmark, selon un document de l'Autorité des marchés financiers.", "Auto"),
        ("Halvor Robotics will stop supplying Velmont, according to Brimley Motors, which owns part of it.", "Brimley"),
    ],
)
def test_a_cited_source_is_marked_in_the_sentences_clauses(sentence: str, source: str) -> None:
    article = Article(sentence, None, None, load_knowledge_base())
    clauses = article.sentence(0).clauses
    assert clauses.cited(sentence.index(source))
    assert not clauses.cited(sentence.index("Telmark" if "Telmark" in sentence else "Velmont"))


def test_a_source_closing_the_sentence_hides_the_deal_words_it_holds() -> None:
    body = (
        "Halvor Robotics won a contract from Velmont, according to an analyst at Brimley Securities who covers "
        "the acquisition of Velmont."
    )
    assert _events(body) == {("customer_start", "Velmont", "Halvor Robotics")}


def test_a_source_is_never_the_customer_nor_the_target() -> None:
    body = "Norvane Capital holds 7% of Telmark, according to a filing with Japan's Ministry of Finance."
    assert not any("Ministry" in str(party) for event in _events(body) for party in event[1:])
    assert _events("Halvor Robotics supplies the grippers of Velmont, according to Brimley Motors.") <= {
        ("customer_continue", "Velmont", "Halvor Robotics")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A Nordic, German or Malaysian legal form names a firm the knowledge base does not know.
        ("Tarvik Oy agreed to acquire Velmar Pumps.", ("acquisition", "Tarvik", "Velmar Pumps")),
        ("Nordlys AB has agreed to buy Velmar.", ("acquisition", "Nordlys", "Velmar")),
        (
            "Kolber Haustechnik KGaA has agreed to buy Velmar Pumps.",
            ("acquisition", "Kolber Haustechnik KGaA", "Velmar Pumps"),
        ),
        # Named once, by bare capitalised words opening the sentence, as the buyer of a named company.
        (
            "Kolber Haustechnik agreed to buy Velmar Pumps for 80 million euros.",
            ("acquisition", "Kolber Haustechnik", "Velmar Pumps"),
        ),
        ("Meridian Harbour said it had agreed to buy Velmar.", ("acquisition", "Meridian Harbour", "Velmar")),
    ],
)
def test_a_firm_named_once_opening_the_sentence_is_a_party(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(body)


def test_every_legal_suffix_of_the_knowledge_base_marks_a_name() -> None:
    heads = {"Holdings", "Holding", "Group", "Groupe"}  # head nouns, read by the organisation markers instead
    kb = json.loads((Path(__file__).resolve().parents[2] / "streams/extraction/data/companies.json").read_text())
    for suffix in kb["legal_suffixes"]:
        if suffix not in heads:
            assert _LEGAL_FORM.match(suffix.rstrip(".").removeprefix("& ")), suffix


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The owner's possessive names its unit: the unit is the party.
        ("Renault has chosen Alphabet's Google Cloud.", ("customer_start", "Renault", "Google Cloud")),
        # "the <owner> unit" stands for the story's company whose parent the owner is.
        (
            "Renault chose Google for its factory data. The Alphabet Inc. unit won a second contract from Nissan.",
            ("customer_start", "Nissan", "Google"),
        ),
    ],
)
def test_a_unit_of_a_known_parent_is_the_party(body: str, expected: tuple[str, str, str]) -> None:
    events = _events(body)
    assert expected in events
    assert not any("Alphabet" in str(party) for event in events for party in event[1:])


def test_the_kind_table_feeds_the_anaphors() -> None:
    """A kind noun of the one table ("l'industriel") points back to the story's company without a list of its own."""
    body = "Lactalis relève ses prix de 8 %. Auchan a décidé de couper les ponts avec l'industriel."
    assert ("customer_end", "Auchan", "Lactalis") in _events(body)
    assert set(ANAPHOR_KINDS_EN) | set(ANAPHOR_KINDS_FR) <= KIND_NOUNS
    assert not {"rival", "owner", "shareholder", "filiale", "concurrent"} & (
        set(ANAPHOR_KINDS_EN) | set(ANAPHOR_KINDS_FR)
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A unit named after its parent stays a firm of its own; the parent is no short form of it.
        (
            "Le groupe Morvane a cédé Morvane Signal, sa division de signalisation, à l'américain Tessory.",
            {("acquisition", "Tessory", "Morvane Signal")},
        ),
        (
            "Halvor sold its unit Halvor Marine to Brimley Capital. The unit had sales of $40 million last year.",
            {("acquisition", "Brimley Capital", "Halvor Marine"), ("revenue", "Halvor Marine", None)},
        ),
    ],
)
def test_a_unit_named_after_its_parent_is_a_firm_of_its_own(
    body: str, expected: set[tuple[str, str | None, str | None]]
) -> None:
    assert expected <= _events(body)
