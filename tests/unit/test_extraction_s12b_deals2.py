"""Stakes told as a state or handed on, read as classes of sentences (session 12, round 9b).

Each sentence is written for this file. The classes: a holding the modal "may" announces ("X may boost its
holding in Y to 51%": a plan, not a fact); a ranked shareholder whose holder is apposed after the phrase ("Y's
largest shareholder, X, with 12%", "the largest shareholder of Y, X,"); a stake handed on by its owner ("X a
racheté la participation de Z dans Y", "X bought Z's 10% stake in Y": X's stake in Y, never one in Z), and the
owner's own stake named alone ("le rachat de la participation de 18 % d'Amber": no stake in Amber).
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

DEALS = ("acquisition", "stake")


def _moods(text: str, language: str = "en") -> list[tuple[str, str | None, str | None, str]]:
    """(type, holder, held, modality) of the deal events of ``text``."""
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extraction.events
        if e.type in DEALS
    )


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Brenner Capital may boost its holding in Orbital Foods to 51%.",
        "Brenner Capital may raise its stake in Orbital Foods to 51% before the listing.",
        "Brenner Capital may also acquire Orbital Foods next year.",
    ],
)
def test_may_announces_a_plan(text: str) -> None:
    assert [m[3] for m in _moods(text)] == ["plan"]


@pytest.mark.parametrize(
    "text",
    [
        # the month, capitalised, is no modal
        "In May Brenner Capital raised its stake in Orbital Foods to 30%.",
        "Brenner Capital said in May that it had acquired Orbital Foods.",
    ],
)
def test_the_month_may_keeps_a_fact(text: str) -> None:
    assert [m[3] for m in _moods(text)] == ["fact"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Orbital Foods' largest shareholder, Brenner Capital, with 12%, opposed the deal."),
        ("en", "The largest shareholder of Orbital Foods, Brenner Capital, backed the plan."),
        ("en", "Orbital Foods's biggest shareholder, Brenner Capital, said it would vote against the merger."),
        ("fr", "Le premier actionnaire d'Orbital Foods, Brenner Capital, a voté contre la résolution."),
    ],
)
def test_holder_apposed_to_a_ranked_shareholder(language: str, text: str) -> None:
    assert triples(text, language, types=DEALS) == [("stake", "Brenner Capital", "Orbital Foods")]


@pytest.mark.parametrize(
    "text",
    [
        # a customer, not a holder; the holder only speaks later in the sentence
        "Orbital Foods' largest customer, Brenner Capital, opposed the deal.",
        "Orbital Foods' largest shareholder, with 12%, opposed the deal, Brenner Capital said.",
        "The largest shareholder of Orbital Foods, which owns 12%, met Brenner Capital on Monday.",
    ],
)
def test_no_apposed_holder(text: str) -> None:
    assert triples(text, "en", types=DEALS) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Brenner Capital a racheté la participation de Kestrel Partners dans Orbital Foods."),
        ("fr", "Brenner Capital a racheté la participation de 18 % de Kestrel Partners dans Orbital Foods."),
        ("fr", "Brenner Capital a racheté la participation de Kestrel Partners au capital d'Orbital Foods."),
        ("fr", "Brenner Capital a racheté la participation de 18 % d'Orbital Foods détenue par Kestrel Partners."),
        ("en", "Brenner Capital bought Nestle's 10% stake in Orbital Foods."),
    ],
)
def test_stake_handed_on_is_the_buyers_in_the_company_held(language: str, text: str) -> None:
    assert triples(text, language, types=DEALS) == [("stake", "Brenner Capital", "Orbital Foods")]


@pytest.mark.parametrize(
    "text",
    [
        # the seller's own stake, its company left unnamed: no stake in the seller
        "Brenner Capital a annoncé le rachat de la participation de 18 % de Kestrel Partners, pour atteindre 45 % "
        "du capital.",
        "Brenner Capital a racheté la participation de Kestrel Partners la semaine dernière.",
    ],
)
def test_owners_stake_alone_is_no_stake_in_the_owner(text: str) -> None:
    assert ("stake", "Brenner Capital", "Kestrel Partners") not in triples(text, "fr", types=DEALS)


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite stake "de 18 % d'Y" is a stake in Y
        "Brenner Capital a pris une participation de 18 % d'Orbital Foods.",
        "Brenner Capital détient une participation de 12 % au capital d'Orbital Foods.",
    ],
)
def test_indefinite_stake_keeps_its_company(text: str) -> None:
    assert triples(text, "fr", types=DEALS) == [("stake", "Brenner Capital", "Orbital Foods")]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Brenner Capital takes 5% of Orbital Foods", "The deal was agreed on Monday.", ("stake", 5.0)),
        ("", "Brenner Capital took 12% of Orbital Foods through a block trade on Monday.", ("stake", 12.0)),
        ("", "Brenner Capital has taken 8% of Orbital Foods, a filing showed.", ("stake", 8.0)),
        ("", "Brenner Capital took 60% of Orbital Foods in a deal closed on Monday.", ("acquisition", 60.0)),
    ],
)
def test_share_taken_told_by_its_size(title: str, text: str, expected: tuple[str, float]) -> None:
    extraction = extract(NewsItem(id="t", title=title, body=text, language="en"))  # type: ignore[arg-type]
    deals = [(e.type, e.subject.name, e.object.name, e.stake_pct) for e in extraction.events if e.type in DEALS]
    assert deals == [(expected[0], "Brenner Capital", "Orbital Foods", expected[1])]


@pytest.mark.parametrize(
    "text",
    [
        # a share of a market, of the company's sales, of revenue from a customer, a hit: no stake
        "Velora takes 22% of the smartphone market, ahead of Orbital Foods.",
        "Brenner Capital took 5% of Orbital Foods' sales last year.",
        "Orbital Foods takes 30% of its revenue from Brenner Capital.",
        "Brenner Capital took a 10% hit in Orbital Foods trading on Monday.",
    ],
)
def test_no_share_taken(text: str) -> None:
    assert [t for t in triples(text, "en", types=DEALS) if t[0] == "stake"] == []


_STORY = "Orbital Foods shares rose on Monday. Orbital Foods said sales grew. "
_HISTOIRE = "Les actions d'Orbital Foods ont progressé. Orbital Foods a publié ses ventes. "


@pytest.mark.parametrize(
    ("language", "text", "size"),
    [
        ("en", _STORY + "Brenner Capital remains the largest shareholder, with 59.2%.", 59.2),
        ("en", _STORY + "Brenner Capital is the biggest shareholder with 31%.", 31.0),
        ("fr", _HISTOIRE + "Brenner Capital reste le premier actionnaire, avec 20 %.", 20.0),
    ],
)
def test_ranked_holder_with_size_holds_the_storys_company(language: str, text: str, size: float) -> None:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    deals = [(e.type, e.subject.name, e.object.name, e.stake_pct) for e in extraction.events if e.type in DEALS]
    assert deals == [("stake", "Brenner Capital", "Orbital Foods", size)]


@pytest.mark.parametrize(
    "text",
    [
        # a share of the votes, another rank, no size, the story's company as the holder itself
        _STORY + "Brenner Capital remains the largest shareholder, with 12% of the votes.",
        _STORY + "Brenner Capital remains the largest exporter, with 12%.",
        _STORY + "Brenner Capital remains the largest shareholder.",
        "Brenner Capital said profits rose. Brenner Capital is the largest shareholder, with 12%.",
    ],
)
def test_no_ranked_holder_with_size(text: str) -> None:
    assert triples(text, "en", types=DEALS) == []


def _sizes(text: str, language: str) -> list[float | None]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [e.stake_pct for e in extraction.events if e.type == "stake"]


@pytest.mark.parametrize(
    ("language", "text", "size"),
    [
        ("en", "Prosus has reduced its holding in Tencent from 30.9 per cent to 28.9 per cent.", 28.9),
        ("en", "Brenner Capital raised its stake in Orbital Foods from 20% to 25%.", 25.0),
        ("fr", "Brenner Capital a réduit sa participation dans Orbital Foods de 30,9 % à 28,9 %.", 28.9),
    ],
)
def test_holding_moved_from_one_size_to_another_has_the_new_size(language: str, text: str, size: float) -> None:
    assert _sizes(text, language) == [size]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # the new size told first, the old one after "from"
        ("Brenner Capital cut its stake in Orbital Foods to 5% from 7%.", 5.0),
        ("Brenner Capital holds 12% of Orbital Foods, up from 9% a year ago.", 12.0),
    ],
)
def test_old_size_after_from_is_not_the_holding(text: str, size: float) -> None:
    assert _sizes(text, "en") == [size]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Avec ce bloc, Brenner Capital détiendra 45,1 % du capital d'Orbital Foods."),
        ("fr", "Brenner Capital détiendra 45,1 % d'Orbital Foods après l'opération."),
        ("en", "After the deal, Brenner Capital will hold 45.1% of Orbital Foods."),
    ],
)
def test_holding_announced_for_after_a_deal_is_a_plan(language: str, text: str) -> None:
    assert _moods(text, language) == [("stake", "Brenner Capital", "Orbital Foods", "plan")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # talks held, a market share held: no holding in the company
        ("en", "Brenner Capital will hold talks with Orbital Foods next week."),
        ("fr", "Brenner Capital détiendra 20 % du marché, devant Orbital Foods."),
        ("en", "Velora will hold 20% of the smartphone market by 2026, ahead of Orbital Foods."),
    ],
)
def test_no_holding_announced(language: str, text: str) -> None:
    assert _moods(text, language) == []


def test_owners_of_a_merging_company_hold_no_stake() -> None:
    text = "Lemminkainen will merge with YIT. YIT shareholders will own 60 percent of the firm."
    assert [m for m in _moods(text) if m[0] == "stake"] == []
