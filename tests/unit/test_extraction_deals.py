"""Deal readings that the exact-events sample format cannot state: what must NOT be read."""

from __future__ import annotations

from schemas import NewsItem
from streams.extraction import extract


def test_english_and_in_a_french_name_joins_no_second_target() -> None:
    """ "le rachat de Rohm and Haas": one company named with an English "and", never a purchase of "Haas"."""
    extraction = extract(NewsItem(id="fr-and", body="Dow Chemical a finalisé le rachat de Rohm and Haas l'an dernier."))
    assert extraction.language == "fr"
    targets = {event.object.id for event in extraction.events if event.type == "acquisition" and event.object}
    assert targets and "haas" not in targets
