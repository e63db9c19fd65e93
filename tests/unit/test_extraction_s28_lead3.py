"""Session 28 (lead3): a milieu word before a public figure is no company of the change; dotless initials.

Sentences are invented. In "the retailer has named City grandee Hugh Pell" or "a former Tory MP" the capitalised
word tells the person's world, like a firm that only describes her ("Nestle head Jane Roe"): no firm of that name
changes its leader. The near misses keep firing: the firm that acts keeps its new chair, and an unknown firm named
as itself elsewhere in the story is still a company. A word of standing opening a sentence ("Outgoing boss Hugh Pell
said") is no firm either, while a firm in that place ("Tesco boss Hugh Pell said") still is. A middle initial written
without its dot ("Tom R Ardley") belongs to the name, so a second title goes to him, not to the person named before.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import extract_body


def _changes(body: str) -> set[tuple[str | None, str | None, str | None]]:
    """(company, person, role) of every leadership change read in ``body``."""
    return {
        (e.subject.name if e.subject else None, e.person, e.role)
        for e in extract_body(body).events
        if e.type == "leadership_change"
    }


def test_city_grandee_is_no_company_of_the_change() -> None:
    body = "The retailer has named City grandee Hugh Pell as its next chairman, as it tries to close a merger."
    assert all(company != "City" for company, _, _ in _changes(body))


def test_party_peer_is_no_company_of_the_change() -> None:
    assert all(company != "Labour" for company, _, _ in _changes("The group has named Labour peer Lord Pell as chair."))


def test_near_miss_the_acting_firm_keeps_its_new_chair() -> None:
    body = "Tesco has named City grandee Hugh Pell as its next chairman."
    assert _changes(body) == {("Tesco", "Hugh Pell", "chair")}


def test_near_miss_an_unknown_firm_named_as_itself_stays_a_company() -> None:
    body = "Orvane has named Hugh Pell as its next chairman. Orvane grandee status aside, Pell joins in May."
    assert ("Orvane", "Hugh Pell", "chair") in _changes(body)


def test_standing_word_opening_a_sentence_is_no_company() -> None:
    body = 'Tesco said its chief executive would leave next year. Outgoing boss Hugh Pell said: "I step down in May."'
    assert all(company != "Outgoing" for company, _, _ in _changes(body))


def test_near_miss_a_firm_opening_the_same_sentence_keeps_its_leaver() -> None:
    body = 'Tesco said its chief executive would leave next year. Tesco boss Hugh Pell said: "I step down in May."'
    assert _leavers(body) == {("Tesco", "Hugh Pell")}


def _leavers(body: str) -> set[tuple[str | None, str | None]]:
    """(company, previous person) of every leadership change read in ``body``."""
    return {
        (e.subject.name if e.subject else None, e.previous_person)
        for e in extract_body(body).events
        if e.type == "leadership_change"
    }


def test_dotless_middle_initial_keeps_the_second_title_with_its_holder() -> None:
    body = "Tesco said Hugh Pell will become chief executive, and Tom R Ardley will become chairman."
    assert _changes(body) == {("Tesco", "Hugh Pell", "CEO"), ("Tesco", "Tom R. Ardley", "chair")}


def test_dotless_initial_name_is_read_as_a_newcomer() -> None:
    assert _changes("Tesco named Tom R Ardley as its chief executive on Monday.") == {("Tesco", "Tom R. Ardley", "CEO")}
