"""Acquisitions and stakes read as classes of sentences (session 14, round 11, helper deals).

Each sentence is written for this file, as other reporters would tell the facts. The classes:

- a list of targets whose members carry something of their own before the next comma or "and": a price ("A for
  $3 billion, B and C"), a place or kind in brackets ("A (Loire) et B (Vendée)"), or joined by "ainsi que"; every
  listed company is bought, the price stays on the first.
"""

from __future__ import annotations

from tests.support.extraction import triples

# --- a list of targets whose members carry a price or a bracket ---------------------------------------------------


def test_price_after_the_first_target_keeps_the_list() -> None:
    text = "Walmart bought Jet.com for $3 billion, Bonobos and ModCloth."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Walmart", "Bonobos"),
        ("acquisition", "Walmart", "Jet.com"),
        ("acquisition", "Walmart", "ModCloth"),
    ]


def test_price_after_a_target_in_a_participle_phrase() -> None:
    text = "Walmart has been on a spree, buying Jet.com for $3.3 billion and ModCloth."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Walmart", "Jet.com"),
        ("acquisition", "Walmart", "ModCloth"),
    ]


def test_french_price_after_the_first_target() -> None:
    text = "Salesforce a racheté Slack pour 27 milliards de dollars et Tableau."
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "Salesforce", "Slack"),
        ("acquisition", "Salesforce", "Tableau"),
    ]


def test_places_in_brackets_after_each_target() -> None:
    text = "Danone a racheté Maubrac (Loire) et Tessande (Vendée). Maubrac et Tessande gardent leurs dirigeants."
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "Danone", "Maubrac"),
        ("acquisition", "Danone", "Tessande"),
    ]


def test_english_bracket_after_a_target_in_a_noun_phrase() -> None:
    text = "Cisco completed the purchase of Duo Security (Michigan) and Kenna Security."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Cisco", "Duo Security"),
        ("acquisition", "Cisco", "Kenna Security"),
    ]


def test_ainsi_que_closes_a_list_of_targets() -> None:
    text = "Essilor reprend Empire Optical ainsi que Futures Optics, deux laboratoires américains."
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "EssilorLuxottica", "Empire Optical"),
        ("acquisition", "EssilorLuxottica", "Futures Optics"),
    ]


def test_the_amount_stays_on_the_first_target() -> None:
    from datetime import UTC, datetime

    from schemas.news import NewsItem
    from streams.extraction.engine import extract

    item = NewsItem(  # type: ignore[arg-type]
        id="t",
        title="",
        body="Walmart bought Jet.com for $3 billion, Bonobos and ModCloth.",
        language="en",
        published_at=datetime(2021, 3, 1, tzinfo=UTC),
    )
    amounts = {
        e.object.name: (e.amount.value if e.amount else None)
        for e in extract(item).events
        if e.type == "acquisition" and e.object
    }
    assert amounts == {"Jet.com": 3e9, "Bonobos": None, "ModCloth": None}


# near misses: the next name after the price or bracket is another clause's subject, or no list at all


def test_a_new_clause_after_the_price_is_no_target() -> None:
    text = "Walmart bought Jet.com for $3 billion, and Amazon later bought Whole Foods."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Amazon", "Whole Foods Market"),
        ("acquisition", "Walmart", "Jet.com"),
    ]


def test_french_second_buyer_after_a_bracket_is_no_target() -> None:
    text = "Danone a racheté Maubrac (Loire), et Lactalis a repris Tessande. Maubrac et Tessande recrutent."
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "Danone", "Maubrac"),
        ("acquisition", "Lactalis", "Tessande"),
    ]


def test_a_seller_after_the_price_is_no_target() -> None:
    text = "Walmart bought Jet.com for $3 billion from Marc Lore, Amazon said."
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Walmart", "Jet.com")]
