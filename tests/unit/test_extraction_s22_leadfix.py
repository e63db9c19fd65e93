"""Session 22, wrong leadership and deal readings: a body after "the" is no person ("left X to join the Federal
Reserve"), a surname the story gives a first name the list does not know is no firm ("Dele Okafor ... Okafor has
agreed to buy X"; "Warren E. Buffett ... Buffett's offer"), and a board's firm is the subject of its naming verb
("The board of Korvia installed Jane Roe as chief executive"); on invented names, with near misses."""

from __future__ import annotations

import pytest

from tests.support.extraction import leadership_changes, triples

_DEALS = ("acquisition", "stake", "investment")


def _people(text: str) -> set[str]:
    """Every incoming or outgoing person of the leadership changes of an English ``text``."""
    return {person for change in leadership_changes(text, "en") for person in change[1:3] if person is not None}


def _changes(text: str) -> set[tuple[str | None, str | None, str | None]]:
    """(company, incoming, outgoing) of each leadership change of an English ``text``."""
    return {(company, incoming, outgoing) for company, incoming, outgoing, _, _ in leadership_changes(text, "en")}


# --- a body or firm after "the" is no person


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("He left Korvia to join the Federal Reserve as chief economist.", "Federal Reserve"),
        ("He left Dorvane to join the Treasury Department as chief economist.", "Treasury Department"),
        ("He left Bellmark to join the Supreme Court as its chief clerk.", "Supreme Court"),
        ("She quit Quentaro to join the Monetary Authority as its chief economist.", "Monetary Authority"),
    ],
)
def test_body_after_the_is_no_leaver(text: str, body: str) -> None:
    assert body not in _people(text)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Omar Feld left Dorvane to join the Federal Reserve as chief economist.", ("Dorvane", None, "Omar Feld")),
        ("Jane Roe left Korvia to join the World Bank as chief economist.", ("Korvia", None, "Jane Roe")),
        ("Korvia named the veteran banker Nina Hartwell as chief executive.", ("Korvia", "Nina Hartwell", None)),
    ],
)
def test_people_near_a_body_still_read(text: str, change: tuple[str, str | None, str | None]) -> None:
    assert change in _changes(text)


# --- a surname whose first name the list does not know is no firm


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Businessman Dele Okafor is close to a deal. Okafor has agreed to buy Korvia for $2 billion.", "Okafor"),
        ("Tycoon Chidi Okonjo is close to a deal. Okonjo has agreed to buy Bellmark for $500 million.", "Okonjo"),
        (
            "Tunde Bakare, who made his fortune in shipping, is a keen investor. Bakare agreed to buy a 40% stake in"
            " Dorvane.",
            "Bakare",
        ),
        ("Emeka Varga, 54, runs a shipping line. Varga's $3 billion offer for Quentaro was accepted.", "Varga"),
        ("Martin K. Quell is a famous investor. Quell's $10 billion offer for Korvia was accepted.", "Quell"),
    ],
)
def test_surname_of_a_named_person_is_no_party(text: str, surname: str) -> None:
    parties = {name for _, subject, target in triples(text, "en", types=_DEALS) for name in (subject, target)}
    assert surname not in parties


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        (
            "Korvia Rovers, which plays in the second tier, was sold. Dorvane agreed to buy Korvia for $2 billion.",
            ("acquisition", "Dorvane", "Korvia"),
        ),
        (
            "Dorvane agreed to buy Korvia for $2 billion. Korvia's chief executive, Omar Feld, who joined in 2019,"
            " welcomed it.",
            ("acquisition", "Dorvane", "Korvia"),
        ),
        (
            "Bellmark Holdings, who own the stadium, agreed to buy Quentaro for $2 billion.",
            ("acquisition", "Bellmark", "Quentaro"),
        ),
    ],
)
def test_firms_near_a_person_apposition_stay_firms(text: str, deal: tuple[str, str, str]) -> None:
    assert deal in triples(text, "en", types=_DEALS)


# --- "The board of Korvia" acts for Korvia


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The board of Korvia installed John Smith as chief executive.", ("Korvia", "John Smith", None)),
        (
            "The board of directors of Dorvane fired Omar Feld as chief executive on Monday.",
            ("Dorvane", None, "Omar Feld"),
        ),
        ("The board of Bellmark has installed Nina Hartwell as chairman.", ("Bellmark", "Nina Hartwell", None)),
        ("Quentaro installed Jane Roe as chief executive.", ("Quentaro", "Jane Roe", None)),
    ],
)
def test_board_of_a_firm_names_its_leader(text: str, change: tuple[str, str | None, str | None]) -> None:
    assert change in _changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The board of Germany fired John Smith as chief executive.",
        "The board of Frankfurt installed Nina Hartwell as chairman.",
        "The board of French investors fired John Smith as chief executive.",
        "The board of Meanwhile fired John Smith as chief executive.",
        "The board of John Smith installed Jane Roe as chairman.",
    ],
)
def test_board_of_no_firm_gives_no_company(text: str) -> None:
    assert all(company is None for company, _, _ in _changes(text))
