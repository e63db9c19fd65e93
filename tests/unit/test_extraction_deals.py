"""Deal readings that the exact-events sample format cannot state: what must NOT be read."""

from __future__ import annotations

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.quantities import find_percents


def test_english_and_in_a_french_name_joins_no_second_target() -> None:
    """ "le rachat de Rohm and Haas": one company named with an English "and", never a purchase of "Haas"."""
    extraction = extract(NewsItem(id="fr-and", body="Dow Chemical a finalisé le rachat de Rohm and Haas l'an dernier."))
    assert extraction.language == "fr"
    targets = {event.object.id for event in extraction.events if event.type == "acquisition" and event.object}
    assert targets and "haas" not in targets


def _stakes(body: str) -> list[tuple[str | None, str | None, float | None]]:
    extraction = extract(NewsItem(id="stake-words", body=body))
    return [
        (event.subject.id if event.subject else None, event.object.id if event.object else None, event.stake_pct)
        for event in extraction.events
        if event.type in ("stake", "acquisition")
    ]


def test_a_share_in_french_words_is_a_stake_of_that_size() -> None:
    """ "un tiers de X" is 33.3 %; the unknown name after "% de" / "un tiers de" is a company."""
    [(holder, company, pct)] = _stakes("Le fonds Orbiel a acquis un tiers de Kervalis pour se renforcer.")
    assert (holder, company) == ("orbiel", "kervalis")
    assert pct is not None and abs(pct - 100 / 3) < 0.01
    [(_, company, pct)] = _stakes("Le fonds Orbiel détient 15 % de Kervalis depuis mars.")
    assert (company, pct) == ("kervalis", 15.0)


def test_percent_with_three_decimals_and_fractions_in_words_are_read() -> None:
    values = [
        p.value for p in find_percents("It holds 39.775 percent; it may buy a fifth of the group, or half of it.")
    ]
    assert values == [39.775, 20.0, 50.0]
    assert find_percents("In the first half of 2024 and the third quarter of 2023, sales rose.") == []


def test_a_modal_before_a_bare_buy_makes_a_rumoured_stake() -> None:
    """ "could buy as much as a fifth of X": the modal stays a separate cue, so the deal is not a fact."""
    extraction = extract(NewsItem(id="could-buy", body="Vivendi could buy as much as a fifth of Lagardere this year."))
    [event] = [event for event in extraction.events if event.type == "stake"]
    assert event.object is not None and event.object.id == "lagardere"
    assert event.stake_pct == 20.0 and event.modality == "rumor"


def test_a_french_stake_told_by_its_price_names_the_company_after_dans() -> None:
    """ "une participation de N millions d'euros dans X": a stake in X carrying that amount."""
    extraction = extract(
        NewsItem(id="prix", body="Vivendi prend une participation de 40 millions d'euros dans Lagardère.")
    )
    [event] = [event for event in extraction.events if event.type == "stake"]
    assert (event.subject and event.subject.id, event.object and event.object.id) == ("vivendi", "lagardere")
    assert event.amount is not None and (event.amount.value, event.amount.currency) == (40_000_000, "EUR")


def test_a_holding_in_a_company_under_its_former_name_is_in_the_company() -> None:
    """ "23 % de l'ancien France Télécom": the former name is an alias of Orange in the knowledge base."""
    extraction = extract(NewsItem(id="ancien", body="Bpifrance possède 5 % de l'ancien France Télécom depuis 2012."))
    assert [(e.subject and e.subject.id, e.object and e.object.id, e.stake_pct) for e in extraction.events] == [
        ("bpifrance", "orange", 5.0)
    ]
