"""Structures that cut across every event type (our own EN/FR sentences): cited sources, firms the knowledge
base does not know, units of known parents.

A source ("according to a filing with X", "selon X") is where the news comes from: its company takes no
role, whichever frame reads the sentence, and a source closing the sentence hides its words from the fact.
"""

from __future__ import annotations

import pytest

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base


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
