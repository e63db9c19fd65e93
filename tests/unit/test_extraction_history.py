"""Deals told as a story's background: still events (the state records them), marked ``history``, no alert.

Each sentence is written for this file; the classes come from real stories that recall an old deal beside
their news (a year before the article's, a relative past year, a series of purchases, "before its merger
with", how a company was formed). The near misses are news: the article's own year in the sentence, a
deal dated after the article's year began, a reported deal without any date, an undated article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.events import DealEvent
from schemas.news import NewsItem
from streams.extraction.engine import extract

_PUBLISHED = datetime(2019, 5, 14, 7, 30, tzinfo=UTC)


def _deals(text: str, language: str = "en", published: datetime | None = _PUBLISHED) -> list[DealEvent]:
    item = NewsItem(id="t", body=text, language=language, published_at=published)  # type: ignore[arg-type]
    return [e for e in extract(item).events if e.type in ("acquisition", "stake", "investment")]


def _history(text: str, language: str = "en", published: datetime | None = _PUBLISHED) -> dict[str, bool]:
    return {e.object.name: e.history for e in _deals(text, language, published) if e.object}


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        (
            "en",
            "It is Norvale's largest deal since it paid $4 billion for rival Quintera Systems in 2012.",
            "Quintera Systems",
        ),
        (
            "en",
            "Bramwell Foods bought the snack maker Tollycorp last year and has since closed two plants.",
            "Tollycorp",
        ),
        ("en", "In 2015, Harcastle Group acquired Pelloton Labs for $300 million.", "Pelloton Labs"),
        (
            "en",
            "Ravenna Group, known for its purchases of Dunmore Robotics and Vexal Networks, reported higher sales.",
            "Dunmore Robotics",
        ),
        (
            "en",
            "Fennick Holdings was created when Orlan Partners merged with Tessaly Energy in 2016.",
            "Tessaly Energy",
        ),
        (
            "fr",
            "Le groupe Batiloire veut réduire sa dette après le rachat de Kervalis Industrie l'an dernier.",
            "Kervalis Industrie",
        ),
        ("fr", "En 2014, Batiloire a racheté la société Menuisor pour 40 millions d'euros.", "Menuisor"),
    ],
)
def test_a_deal_recalled_as_background_is_history(language: str, text: str, target: str) -> None:
    assert _history(text, language).get(target) is True


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        # the article's own year: news
        (
            "en",
            "Norvale Group agreed in April 2019 to buy its rival Quintera Systems for $4 billion.",
            "Quintera Systems",
        ),
        # a year after the deal's clause belongs to another clause
        ("en", "Harcastle Group acquired Pelloton Labs, which was founded in 2009, for $300 million.", "Pelloton Labs"),
        # no date at all: news
        ("en", "Bramwell Foods said on Monday it had agreed to buy the snack maker Tollycorp.", "Tollycorp"),
        # "à l'issue de l'opération" is no company's birth
        (
            "fr",
            "À l'issue de l'opération, le groupe Batiloire portera sa participation dans Menuisor à 30 %.",
            "Menuisor",
        ),
    ],
)
def test_a_deal_told_as_news_is_not_history(language: str, text: str, target: str) -> None:
    assert _history(text, language).get(target) is False


def test_an_undated_article_is_never_history() -> None:
    text = "In 2015, Harcastle Group acquired Pelloton Labs for $300 million."
    assert _history(text, published=None).get("Pelloton Labs") is False


def test_a_deal_told_as_news_in_one_sentence_and_recalled_in_another_is_news() -> None:
    text = (
        "Harcastle Group acquired Pelloton Labs for $300 million on Tuesday. "
        "Harcastle first looked at Pelloton Labs in 2015."
    )
    assert _history(text).get("Pelloton Labs") is False


def test_history_is_left_out_of_the_json_of_a_news_event() -> None:
    news = _deals("Harcastle Group acquired Pelloton Labs for $300 million on Tuesday.")
    recalled = _deals("In 2015, Harcastle Group acquired Pelloton Labs for $300 million.")
    assert news and recalled
    assert "history" not in news[0].model_dump(mode="json")
    assert recalled[0].model_dump(mode="json")["history"] is True
    assert DealEvent.model_validate_json(recalled[0].model_dump_json()).history is True
