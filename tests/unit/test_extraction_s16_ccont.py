"""Round 13 (session 16), customer_continue in English sentences: standing supply told in one sentence.

Every sentence here is invented; each group has positives and near misses that must not give the relation.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

# A major-customer phrase between two named companies states a standing relation ("X, Y's largest customer").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Costco is Kimberly-Clark's largest customer, buying about $3 billion of goods a year.",
         ("customer_continue", "Costco", "Kimberly-Clark")),
        ("Shares of Cirrus Logic slipped on Monday after Samsung, its largest customer, trimmed its forecast.",
         ("customer_continue", "Samsung Electronics", "Cirrus Logic")),
        ("Toyota, the biggest customer of Denso, reported record profits.",
         ("customer_continue", "Toyota", "Denso")),
    ],
)
def test_major_customer_phrase_is_standing_relation(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text, "en", prefix="customer") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentence tells the news about the pair: that event only.
        ("Shares of Cirrus Logic fell after Samsung, its largest customer, said it would stop buying its chips.",
         [("customer_end", "Samsung Electronics", "Cirrus Logic")]),
        # A major customer of nobody named: no relation.
        ("Samsung, a major customer, reported record profits.", []),
        # A rival compared, no customer phrase.
        ("Samsung, the largest rival of Apple, reported record profits.", []),
    ],
)
def test_major_customer_phrase_near_misses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


def test_standing_relation_gives_way_to_the_news_of_the_article() -> None:
    text = (
        "Tesco has ended its contract with Kellogg, the cereal maker said on Monday. "
        "Tesco is Kellogg's biggest customer in Britain."
    )
    assert triples(text, "en", prefix="customer") == [("customer_end", "Tesco", "Kellogg")]
