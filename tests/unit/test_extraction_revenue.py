"""Revenue figures an amount already claimed by a deal can still be: only when a revenue word governs it."""

from __future__ import annotations

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.quantities import MoneyMention
from streams.extraction.revenue import revenue_candidates


def _sentence_money(text: str) -> tuple[Article, list[MoneyMention]]:
    article = Article(text, "fr", None, load_knowledge_base())
    sentence = article.sentence(0)
    return article, sentence.money


def test_a_claimed_amount_right_after_a_revenue_word_is_revenue() -> None:
    """'a bouclé l'exercice sur un chiffre d'affaires de 12 millions' is revenue, whatever verb claimed it."""
    article, money = _sentence_money(
        "Le groupe Vorlane a bouclé l'exercice 2024 sur un chiffre d'affaires de 12 millions d'euros."
    )
    [candidate] = revenue_candidates(article, article.sentence(0), money, claimed={id(money[0])})
    assert candidate.amount is not None and candidate.amount.value == 12e6
    assert candidate.subject is not None and candidate.subject.name == "Vorlane"
    assert candidate.period == "2024"


def test_a_claimed_amount_away_from_the_revenue_word_stays_the_deals() -> None:
    """'rachète X pour 40 millions, une société aux ventes en hausse': 40 million is the price, not revenue."""
    article, money = _sentence_money(
        "Le groupe Vorlane rachète Kestrane, dont les ventes progressent, pour 40 millions d'euros."
    )
    assert revenue_candidates(article, article.sentence(0), money, claimed={id(money[0])}) == []
