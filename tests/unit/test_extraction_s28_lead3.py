"""Session 28 (lead3): a milieu word before a public figure is no company of the change.

Sentences are invented. In "the retailer has named City grandee Hugh Pell" or "a former Tory MP" the capitalised
word tells the person's world, like a firm that only describes her ("Nestle head Jane Roe"): no firm of that name
changes its leader. The near misses keep firing: the firm that acts keeps its new chair, and an unknown firm named
as itself elsewhere in the story is still a company.
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
