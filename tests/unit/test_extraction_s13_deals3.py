"""Acquisitions and stakes read as classes of sentences (session 13, round 10, helper deals3).

Each sentence is written for this file. The classes: a holding its owner sells or hands out ("offloaded its entire
stake in Y", « a distribué à ses actionnaires l'essentiel de sa participation dans Y »), an exit and no stake of the
seller unless a buyer is named after it; shares bought by the number ("acquired 57 lakh shares in Y", "bought
another 550 million A shares in Y"), a stake and never a takeover; the owner a holding is bought from, named right
before its own holding (« racheter à Z sa participation de 24 % dans Y », "bought from Z its 24% stake in Y"), a
seller and no company bought; a purchase told as the aim of a bid ("filed an offer to acquire Y", « une offre de
rachat pour acquérir Y »), a plan; a capitalised description before the target ("European SIM manufacturer Y"); a
plural deal noun after a determiner ("the purchases left ..."), no verb; a holding moved "by N points to M%"; and a
deal dated by years counted back ("five years ago", « il y a cinq ans »), background.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Deal = tuple[str, str | None, str | None]
"""(type, buyer or holder, target)."""


def _deals(text: str, language: str) -> list[Deal]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (event.type, event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extraction.events
        if event.type in ("acquisition", "stake", "investment")
    )


def _modalities(text: str, language: str) -> list[tuple[str, str | None, str]]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (event.type, event.object.name if event.object else None, event.modality)
        for event in extraction.events
        if event.type in ("acquisition", "stake")
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Bosch offloaded its entire stake in Valeo for $2 billion last week."),
        ("en", "Siemens has sold its remaining 5% stake in Atos on the open market."),
        ("en", "Orange divested its whole holding in Atos, booking a gain of $1.2 billion."),
        ("fr", "Vivendi a distribué à ses actionnaires l'essentiel de sa participation dans Atos."),
        ("fr", "Bouygues a cédé sa participation résiduelle dans Alstom pour 1 milliard d'euros."),
    ],
)
def test_a_holding_sold_or_handed_out_without_a_buyer_is_no_stake(language: str, text: str) -> None:
    assert [deal for deal in _deals(text, language) if deal[0] == "stake"] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the buyer named after the holding takes it
        ("en", "Siemens sold its 20% stake in Atos to Thales.", ("stake", "Thales", "Atos")),
        ("fr", "Siemens a cédé sa participation de 20 % dans Atos à Thales.", ("stake", "Thales", "Atos")),
        # a holding raised is no holding sold
        ("en", "Bosch raised its stake in Valeo to 12% last week.", ("stake", "Bosch", "Valeo")),
    ],
)
def test_near_misses_of_a_disposed_holding_keep_their_stake(language: str, text: str, expected: Deal) -> None:
    assert expected in _deals(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "ITC acquired 57.38 lakh shares in EIH through open market purchases.", ("stake", "ITC", "EIH")),
        (
            "en",
            "China Evergrande Group had bought another 551.96 million A shares in Vanke in August.",
            ("stake", "China Evergrande", "Vanke"),
        ),
        ("en", "Siemens bought 3 million shares of Atos on Monday.", ("stake", "Siemens", "Atos")),
    ],
)
def test_shares_bought_by_the_number_are_a_stake_not_a_takeover(language: str, text: str, expected: Deal) -> None:
    deals = _deals(text, language)
    assert expected in deals
    assert ("acquisition", expected[1], expected[2]) not in deals


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Siemens bought Atos for $3 billion in cash.", ("acquisition", "Siemens", "Atos")),
        ("en", "Siemens agreed to buy all outstanding shares of Atos.", ("acquisition", "Siemens", "Atos")),
    ],
)
def test_near_misses_of_counted_shares_stay_takeovers(language: str, text: str, expected: Deal) -> None:
    assert expected in _deals(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Thales va racheter pour 450 millions d'euros à Siemens sa participation de 24 % dans Atos.",
            ("stake", "Thales", "Atos"),
        ),
        (
            "fr",
            "Thales rachète à Siemens ses 24 % du capital d'Atos.",
            ("stake", "Thales", "Atos"),
        ),
    ],
)
def test_the_owner_a_holding_is_bought_from_is_no_company_bought(language: str, text: str, expected: Deal) -> None:
    deals = _deals(text, language)
    assert expected in deals
    assert ("acquisition", "Thales", "Siemens") not in deals


def test_a_company_bought_from_its_owner_is_still_bought() -> None:
    """Near miss: "au groupe X la société Y" names the seller then the company bought, which is a takeover."""
    assert ("acquisition", "Thales", "Atos") in _deals("Thales a racheté au groupe Siemens la société Atos.", "fr")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mutares has filed an irrevocable offer to acquire Grosbill."),
        ("en", "Siemens made a bid to buy Atos on Monday."),
        ("fr", "Mutares vient de déposer une offre de rachat irrévocable pour acquérir Grosbill."),
        ("fr", "Siemens a présenté une offre ferme afin de racheter Atos."),
    ],
)
def test_a_purchase_told_as_the_aim_of_a_bid_is_a_plan(language: str, text: str) -> None:
    found = [m for m in _modalities(text, language) if m[0] == "acquisition"]
    assert found and all(modality == "plan" for _, _, modality in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "After a long bid battle, Siemens acquired Atos last month."),
        ("fr", "Après une offre de rachat contestée, Siemens a racheté Atos en mars."),
    ],
)
def test_a_takeover_done_after_a_bid_stays_a_fact(language: str, text: str) -> None:
    found = [m for m in _modalities(text, language) if m[0] == "acquisition"]
    assert found and all(modality == "fact" for _, _, modality in found)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Thales hopes to complete its acquisition of European SIM manufacturer Gemalto in March.", "Gemalto"),
        ("en", "Thales agreed to buy Dutch card maker Gemalto for $5 billion.", "Gemalto"),
        ("en", "Siemens acquired French software company Dassault Systemes.", "Dassault Systèmes"),
    ],
)
def test_a_capitalised_description_before_the_target_is_not_the_target(language: str, text: str, expected: str) -> None:
    bought = [deal[2] for deal in _deals(text, language) if deal[0] == "acquisition"]
    assert bought == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Thales va racheter pour 450 millions d'euros à Siemens sa participation de 24 % dans Atos."),
        ("en", "Thales will buy from Siemens its 24% stake in Atos for $500 million."),
    ],
)
def test_a_holding_bought_from_its_owner_takes_the_purchase_verbs_modality(language: str, text: str) -> None:
    assert ("stake", "Atos", "plan") in _modalities(text, language)


def test_a_holding_bought_by_the_latter_names_no_wrong_holder() -> None:
    """Near miss: "ce dernier" stands for one of the companies named before; neither the seller nor the company
    named last before it (here the one it was split from) takes the holding."""
    text = (
        "Issu de la scission du géant Metro, ce dernier va racheter pour 450 millions d'euros à Siemens sa "
        "participation de 24 % dans Atos."
    )
    holders = [deal[1] for deal in _deals(text, "fr") if deal[0] == "stake"]
    assert "Siemens" not in holders and "Metro" not in holders


_FILING_TITLE = "Evergrande lifts Vanke holding to 10%, filing shows"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vanke said the purchases left the identity of its largest shareholder unchanged and did not oblige "
        "Evergrande to make a general offer.",
        "Vanke said its biggest shareholder was unchanged, so Evergrande need not bid for the rest.",
    ],
)
def test_a_plural_purchase_noun_and_its_ranked_holder_name_no_holding_of_the_speaker(sentence: str) -> None:
    """ "the purchases" is a noun, no verb of Vanke's; "its largest shareholder" is Vanke's, not the company after."""
    text = f"China Evergrande Group now owns 10 percent of property developer Vanke.\n\n{sentence}"
    item = NewsItem(id="t", title=_FILING_TITLE, body=text, language="en")  # type: ignore[arg-type]
    pairs = [(e.type, e.subject.name if e.subject else None) for e in extract(item).events]
    assert ("stake", "Vanke") not in pairs and ("acquisition", "Vanke") not in pairs
    assert ("stake", "China Evergrande") in pairs


def test_a_verb_in_s_after_a_subject_still_tells_a_deal() -> None:
    """Near miss: "The group purchases Valeo": a determiner before the subject, not before the verb."""
    text = "Siemens buys Atos for $3 billion. The group purchases Valeo too."
    assert ("acquisition", "Siemens", "Valeo") in _deals(text, "en")


def _sizes(text: str, language: str) -> list[tuple[str, str | None, float | None]]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [(e.type, e.object.name if e.object else None, e.stake_pct) for e in extraction.events if e.type == "stake"]


@pytest.mark.parametrize(
    ("language", "text", "size"),
    [
        ("en", "Siemens raised its holding in Atos by 1.78 percentage points to 29.79%.", 29.79),
        ("en", "Siemens increased its stake in Atos by 2 points to about 12%.", 12.0),
        ("fr", "Siemens a relevé sa participation dans Atos de 2 points à 12 %.", 12.0),
    ],
)
def test_a_holding_moved_by_a_step_takes_the_size_after_to(language: str, text: str, size: float) -> None:
    assert _sizes(text, language) == [("stake", "Atos", size)]


def test_a_step_without_a_new_size_gives_no_size() -> None:
    """Near miss: the step alone ("by 1.78 percentage points") is no size of the holding."""
    assert _sizes("Siemens raised its holding in Atos by 1.78 percentage points.", "en") == [("stake", "Atos", None)]


def _history(text: str, language: str) -> list[tuple[str, str | None, bool]]:
    published = datetime(2024, 5, 1, tzinfo=UTC)
    item = NewsItem(id="t", title="", body=text, language=language, published_at=published)  # type: ignore[arg-type]
    return [
        (e.type, e.object.name if e.object else None, e.history)
        for e in extract(item).events
        if e.type == "acquisition"
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Siemens took control of Atos five years ago."),
        ("en", "Siemens acquired Atos a decade ago and has grown it since."),
        ("fr", "Siemens, qui a racheté Atos il y a cinq ans, a publié des ventes en hausse."),
    ],
)
def test_a_deal_dated_by_years_counted_back_is_background(language: str, text: str) -> None:
    assert _history(text, language) == [("acquisition", "Atos", True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Siemens acquired Atos on Monday, five years after its first bid."),
        ("en", "Siemens agreed to buy Atos, ending talks that began a decade ago."),
    ],
)
def test_years_counted_back_in_another_clause_leave_the_deal_news(language: str, text: str) -> None:
    assert _history(text, language) == [("acquisition", "Atos", False)]
