"""Session 25 (deals): acquisitions and stakes in wordings a real-article audit found unread or misread.

Each class is proved on invented names and sentences, with near misses that must not fire:

- a seller's own unnamed unit sold to a named buyer ("agreed to sell its car paint business to B", « cède sa
  branche X à B »): B buys the seller's unit, named by its parent as the gold convention does;
- the French past infinitive and other persons of selling (« a annoncé avoir vendu sa participation dans X à B »);
- control told in merger-control wording (« l'acquisition du contrôle exclusif d'X par Y »);
- an international institution written as an acronym after an article (« l'UE approuve ») is no party;
- a story that reads one pair's acquisition both ways (a merger named by its pair, and "le rachat de X par Y")
  keeps the direction it states most.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

DEALS = ("acquisition", "stake")


def deals(text: str, language: str = "en", title: str = "") -> set[tuple[str, str, str]]:
    """(type, buyer, target) of every acquisition or stake ``text`` tells, names as read."""
    item = NewsItem(id="t", body=text, language=language, title=title)  # type: ignore[call-arg]
    return {
        (e.type, e.subject.name if e.subject else "", e.object.name if e.object else "")
        for e in extract(item).events
        if e.type in DEALS
    }


@pytest.mark.parametrize(
    ("text", "language", "buyer", "seller"),
    [
        (
            "Korvia Inc struck a deal to sell its slow-growing paint business to Dorvane Capital for $2.1 billion.",
            "en",
            "Dorvane Capital",
            "Korvia",
        ),
        (
            "Brelmont Corp. said it agreed to sell its hosiery division to an affiliate of Tessaline Partners.",
            "en",
            "Tessaline Partners",
            "Brelmont",
        ),
        ("Korvia will sell its coatings unit to Dorvane Group.", "en", "Dorvane", "Korvia"),
        ("Korvia va céder sa branche musique à Dorvane pour 2 milliards d'euros.", "fr", "Dorvane", "Korvia"),
        ("Korvia cède ses activités de restauration au groupe Dorvane.", "fr", "Dorvane", "Korvia"),
    ],
)
def test_an_unnamed_unit_sold_to_a_named_buyer_is_the_sellers(
    text: str, language: str, buyer: str, seller: str
) -> None:
    assert any(t == "acquisition" and b.startswith(buyer) and s.startswith(seller) for t, b, s in deals(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Korvia sold its stake in the business to focus on growth.", "en"),  # no buyer named
        ("Korvia will sell its coatings business next year, its chief executive said.", "en"),  # no buyer
        ("Korvia sold its coatings business to fund its takeover of Dorvane.", "en"),  # a purpose, not a buyer
        ("Korvia va céder sa branche musique dans les prochains mois.", "fr"),  # no buyer
    ],
)
def test_a_unit_sale_without_a_buyer_reads_no_deal(text: str, language: str) -> None:
    assert not any(t == "acquisition" for t, _, _ in deals(text, language))


def test_a_named_unit_stays_the_target() -> None:
    text = "Korvia agreed to sell 50.1% of its Dorvane Solutions business to funds advised by Tessaline Partners."
    found = deals(text)
    assert ("acquisition", "Tessaline Partners", "Dorvane Solutions") in found
    assert not any(s == "Korvia" for _, _, s in found)


@pytest.mark.parametrize(
    "text",
    [
        "Korvia a annoncé avoir vendu sa participation restante de 25% dans le capital de Dorvane au groupe Brelmont.",
        "Le constructeur a annoncé, le 8 avril, avoir cédé sa participation de 25% dans Dorvane au groupe Brelmont.",
        "Les deux fondateurs ont cédé leur participation de 25% dans Dorvane au groupe Brelmont.",
    ],
)
def test_french_past_infinitive_sale_gives_the_buyer_the_stake(text: str) -> None:
    assert ("stake", "Brelmont", "Dorvane") in deals(text, "fr")


def test_french_sale_without_buyer_reads_no_stake() -> None:
    assert not deals("Korvia a annoncé avoir vendu sa participation de 25% dans Dorvane.", "fr")


@pytest.mark.parametrize(
    "text",
    [
        "La Commission européenne a approuvé l'acquisition du contrôle exclusif de Dorvane par le groupe Korvia.",
        "L'Autorité de la concurrence autorise l'acquisition du contrôle de Dorvane par Korvia.",
    ],
)
def test_control_acquired_in_merger_control_wording(text: str) -> None:
    assert ("acquisition", "Korvia", "Dorvane") in deals(text, "fr")


def test_an_institution_acronym_is_no_target() -> None:
    found = deals("Dorvane : l'UE approuve l'achat de la société par Korvia.", "fr")
    assert not any(s == "UE" or b == "UE" for _, b, s in found)


def test_one_direction_of_a_pair_the_story_tells_both_ways() -> None:
    title = "Feu vert au rachat de Dorvane par Korvia"
    body = (
        "Les groupes Dorvane et Korvia attendaient l'accord des autorités pour concrétiser leur fusion. "
        "La Commission européenne a annoncé autoriser l'acquisition de Dorvane par Korvia."
    )
    found = deals(body, "fr", title)
    assert ("acquisition", "Korvia", "Dorvane") in found
    assert ("acquisition", "Dorvane", "Korvia") not in found


def test_a_merger_told_once_keeps_its_pair_order() -> None:
    found = deals("Les groupes Dorvane et Korvia ont annoncé leur fusion.", "fr")
    assert ("acquisition", "Dorvane", "Korvia") in found
