"""Stakes read as classes of sentences (session 15, round 12, helper deals).

Each sentence is written for this file, as other reporters would tell the facts. The classes:

- a holding taken or raised with no size told ("took a stake in Y", "raised its holding in Y", « a renforcé sa
  participation dans Y »): a stake of unstated size, whatever the tense; a holding cut is left to the rows that
  read it.
- a holding raised with words between the verb and its company: an adverb or a time ("upped its stake last week
  in Y", « a encore accru sa participation »), another way into the capital (« au capital du groupe Y », « au sein
  de Y »), a headline without the possessive ("hikes stake in Y"), any tense (« renforcera », "is boosting").
- the size of a raised holding told after its company by a relative without a comma (« Y dont il détient
  désormais 21 % ») or by a coordinated verb (« et détient désormais 24 % de son capital », "and now holds 9.9%").
"""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.news import NewsItem
from streams.extraction.engine import extract

_Stake = tuple[str, str | None, str | None, float | None]


def _stakes(text: str, language: str) -> list[_Stake]:
    item = NewsItem(  # type: ignore[arg-type]
        id="t", title="", body=text, language=language, published_at=datetime(2021, 3, 1, tzinfo=UTC)
    )
    return sorted(
        (
            (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None, e.stake_pct)
            for e in extract(item).events
            if e.type in ("acquisition", "stake")
        ),
        key=lambda row: tuple(str(part) for part in row),
    )


# --- a holding taken or raised with no size ------------------------------------------------------------------------


def test_a_stake_taken_without_a_size_is_a_stake() -> None:
    assert _stakes("Tencent took a stake in Ubisoft last month.", "en") == [("stake", "Tencent", "Ubisoft", None)]
    assert _stakes("Tencent takes a stake in Ubisoft.", "en") == [("stake", "Tencent", "Ubisoft", None)]


def test_a_holding_raised_without_a_size_is_a_stake() -> None:
    assert _stakes("Toyota has increased its holding in Subaru, the company said.", "en") == [
        ("stake", "Toyota", "Subaru", None)
    ]
    assert _stakes("Exor raised its stake in Ferrari on Tuesday.", "en") == [("stake", "Exor", "Ferrari", None)]


def test_a_french_holding_raised_without_a_size_is_a_stake() -> None:
    assert _stakes("Vivendi a accru sa participation dans Lagardère.", "fr") == [
        ("stake", "Vivendi", "Lagardère", None)
    ]
    assert _stakes("Exor renforce sa participation dans Ferrari, selon un avis publié lundi.", "fr") == [
        ("stake", "Exor", "Ferrari", None)
    ]


# --- words between the verb of a raised holding and its company ------------------------------------------------------


def test_a_time_between_the_holding_and_its_company() -> None:
    assert _stakes("Porsche upped its holding last week in Volkswagen, the largest European carmaker.", "en") == [
        ("stake", "Porsche", "Volkswagen", None)
    ]
    assert _stakes("Exor lifted its stake again in Ferrari, a filing showed.", "en") == [
        ("stake", "Exor", "Ferrari", None)
    ]


def test_a_headline_without_the_possessive() -> None:
    assert _stakes("Renault hikes stake in Nissan as alliance talks resume.", "en") == [
        ("stake", "Renault", "Nissan", None)
    ]


def test_an_adverb_and_another_way_into_the_capital_in_french() -> None:
    assert _stakes("Tencent a de nouveau renforcé sa participation au capital d'Ubisoft.", "fr") == [
        ("stake", "Tencent", "Ubisoft", None)
    ]
    assert _stakes("Vivendi a encore accru sa participation au capital du groupe Lagardère.", "fr") == [
        ("stake", "Vivendi", "Lagardère", None)
    ]
    assert _stakes("Le groupe Arnault augmente sa participation au sein de Carrefour.", "fr") == [
        ("stake", "Arnault", "Carrefour", None)
    ]


def test_a_raised_holding_in_another_tense() -> None:
    assert _stakes("Exor renforcera sa participation dans Ferrari d'ici la fin de l'année.", "fr") == [
        ("stake", "Exor", "Ferrari", None)
    ]
    assert _stakes("Tencent is boosting its stake in Ubisoft, people familiar with the matter said.", "en") == [
        ("stake", "Tencent", "Ubisoft", None)
    ]


# --- the size of a raised holding told after its company -------------------------------------------------------------


def test_the_size_in_a_relative_without_a_comma() -> None:
    assert _stakes("Vivendi a accru sa participation dans Lagardère dont il détient désormais 21 %.", "fr") == [
        ("stake", "Vivendi", "Lagardère", 21.0)
    ]


def test_the_size_in_a_coordinated_verb() -> None:
    assert _stakes("Exor a renforcé sa participation dans Ferrari et détient désormais 24 % de son capital.", "fr") == [
        ("stake", "Exor", "Ferrari", 24.0)
    ]
    assert _stakes("Tencent raised its stake in Ubisoft and now holds 9.9% of the games publisher.", "en") == [
        ("stake", "Tencent", "Ubisoft", 9.9)
    ]


# --- near misses -----------------------------------------------------------------------------------------------------


def test_a_participation_in_a_project_or_a_market_is_no_stake() -> None:
    assert _stakes("Orange a renforcé sa participation dans le consortium mené par Nokia.", "fr") == []
    assert _stakes("Tencent raised its profile in Ubisoft's home market.", "en") == []


def test_a_market_share_after_the_raised_holding_is_no_size() -> None:
    assert _stakes("Exor a renforcé sa participation dans Ferrari et détient désormais 30 % du marché.", "fr") == [
        ("stake", "Exor", "Ferrari", None)
    ]


def test_a_stake_in_a_venture_with_a_company_is_no_stake_in_it() -> None:
    assert _stakes("Renault raised its stake in its joint venture with Dongfeng to 75%.", "en") == []
    assert _stakes("Orange a pris une participation dans la coentreprise créée avec Nokia.", "fr") == []


def test_a_market_share_after_and_now_holds_is_no_size() -> None:
    assert _stakes("Tencent raised its stake in Ubisoft and now holds 9.9% of the French market.", "en") == [
        ("stake", "Tencent", "Ubisoft", None)
    ]


def test_a_stake_sold_is_still_no_stake_of_the_seller() -> None:
    assert _stakes("Tencent sold its stake in Ubisoft last month.", "en") == []


def test_another_adverb_and_another_word_for_now() -> None:
    assert _stakes(
        "Tencent a une nouvelle fois renforcé sa participation au capital d'Ubisoft, dont il possède maintenant 11 %.",
        "fr",
    ) == [("stake", "Tencent", "Ubisoft", 11.0)]
