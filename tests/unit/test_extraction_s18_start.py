"""Session 18 (start): new customers read by clause shape, and relations told as already running kept apart.

Each reader is proved on invented sentences (other goods, other parties, other language) and on near misses that
must not give the event (a mark of another supplier's relation, an option on more, a plain new order).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

START = "customer_start"
CONTINUE = "customer_continue"


def customer_events(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, language, prefix="customer_")


# A signing or an order the same sentence marks as the continuation of a running relation: it continues.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        (
            "Tesco signed a five-year deal with Norvex Foods that extends their existing supply agreement.",
            "en",
            ("Tesco", "Norvex Foods"),
        ),
        (
            "Tesco signed a three-year deal with Norvex Foods, expanding a contract first signed in 2019.",
            "en",
            ("Tesco", "Norvex Foods"),
        ),
        (
            "The City of Leeds signed a new contract with Veolia to keep those services.",
            "en",
            ("City of Leeds", "Veolia"),
        ),
        (
            "Cliffs Natural signed a ten-year agreement to supply pellets to ArcelorMittal USA, keeping its place as "
            "sole supplier.",
            "en",
            ("ArcelorMittal USA", "Cliffs Natural"),
        ),
        (
            "By exercising a price option it had approved, the City of Leeds will buy five buses from Proterra.",
            "en",
            ("City of Leeds", "Proterra"),
        ),
        ("La SNCF a prolongé son contrat avec Alstom pour dix ans.", "fr", ("SNCF", "Alstom")),
    ],
)
def test_a_relation_marked_as_running_continues(text: str, language: str, pair: tuple[str, str]) -> None:
    events = customer_events(text, language)
    assert (CONTINUE, *pair) in events
    assert (START, *pair) not in events


# Near misses: the mark belongs to another supplier or relation, or nothing marks the relation as running. A French
# count of "supplémentaires" goods is no mark (such orders are labelled new as often as continued); an English
# purchase of "N more" is one (continue_history.py, tested in test_extraction_s18_cont.py).
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Apple signed a deal with TSMC, while it keeps buying from Samsung.", "en", ("Apple", "TSMC")),
        (
            "Tesco signed a five-year deal with Norvex Foods that ends its existing supply agreement with Marlow "
            "Dairies.",
            "en",
            ("Tesco", "Norvex Foods"),
        ),
        ("Apple has signed a new deal with TSMC.", "en", ("Apple", "TSMC")),
        ("Air France a commandé douze A350 à Airbus. De plus, la compagnie recrute.", "fr", ("Air France", "Airbus")),
        ("Air France a commandé à Airbus douze A350 supplémentaires.", "fr", ("Air France", "Airbus")),
    ],
)
def test_a_new_relation_still_starts(text: str, language: str, pair: tuple[str, str]) -> None:
    events = customer_events(text, language)
    assert (START, *pair) in events
    assert (CONTINUE, *pair) not in events


def starts(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_start event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text, language) if t == START]


# A phrase fronted before the subject (a time before "after", a feeling "with", "en raison d'", "à l'expiration de")
# names no party of the main clause: the subject past it acts; when none is named there, nobody named does.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        (
            "Three weeks after moving its media buying to Publicis, Unilever awarded its creative account to WPP.",
            "en",
            ("Unilever", "WPP"),
        ),
        ("With the Toyota contract, Panasonic will supply batteries to Honda.", "en", ("Honda", "Panasonic")),
        (
            "En raison d'un retard de SpaceX, Inmarsat a décidé de confier à Arianespace le lancement du satellite.",
            "fr",
            ("Inmarsat", "Arianespace"),
        ),
        (
            "À l'expiration de son contrat avec CGI, Desjardins confiera ses infrastructures à IBM Canada.",
            "fr",
            ("Desjardins", "IBM Canada"),
        ),
    ],
)
def test_the_subject_past_a_fronted_phrase_acts(text: str, language: str, pair: tuple[str, str]) -> None:
    found = starts(text, language)
    assert pair in found
    assert all(customer == pair[0] and supplier == pair[1] for customer, supplier in found)


@pytest.mark.parametrize(
    "text",
    [
        "Unhappy with the service of Sodexo, the school board picked Aramark.",
        "Pleased with the work of Sodexo, the school board renewed its contract.",
    ],
)
def test_a_company_in_a_fronted_phrase_is_no_customer(text: str) -> None:
    assert all(customer != "Sodexo" for _, customer, _ in customer_events(text))


# A won contract's terms ("three-year, $498 million") stand between the verb and its noun; the customer is the
# possessor of the contract or the one its purpose serves (for, to, at), its own unit or site after it.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Omnicom has won the Army's 10-year, $4 billion marketing contract.", ("Army", "Omnicom")),
        (
            "CSRA won a three-year, $498 million contract to build a private cloud for the Pentagon.",
            ("Pentagon", "CSRA"),
        ),
        (
            "Accenture won a $95 million contract to deliver outreach services to the Army National Guard Bureau's "
            "soldier division.",
            ("Army National Guard Bureau", "Accenture"),
        ),
        (
            "Veolia won a contract worth up to $32 million to run the water system at Dover Air Force Base.",
            ("Dover Air Force Base", "Veolia"),
        ),
    ],
)
def test_a_won_contract_names_its_customer_past_its_terms(text: str, pair: tuple[str, str]) -> None:
    assert pair in starts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Omnicom has won the Army's 10-year, $4 billion marketing chief, Jane Doe.",
        "Adidas lands Henkel's Rorsted as its new chief executive.",
        "Veolia won a three-year, $32 million contract to run the water system at its plant near Boeing.",
    ],
)
def test_no_customer_without_a_contract_or_a_served_party(text: str) -> None:
    assert starts(text) == []


# A verb of choice whose object is the goods: their maker, after "de / of", is the supplier chosen. A person's title,
# a place or another firm before "de / of" names no goods.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Le gouvernement suisse a choisi le Patriot de Raytheon.", "fr", ("gouvernement suisse", "RTX")),
        ("Emirates a préféré le Dreamliner de Boeing.", "fr", ("Emirates", "Boeing")),
        ("The Pentagon picked the tankers of Boeing over those of Airbus.", "en", ("Pentagon", "Boeing")),
    ],
)
def test_the_maker_of_the_goods_chosen_is_the_supplier(text: str, language: str, pair: tuple[str, str]) -> None:
    assert pair in starts(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Air France a choisi le directeur de Boeing comme patron.", "fr"),
        ("Le gouvernement suisse a choisi le site de Thales à Genève.", "fr"),
        ("Apple picked the former head of Nvidia as its chief.", "en"),
    ],
)
def test_a_person_or_a_place_of_a_firm_is_no_goods(text: str, language: str) -> None:
    assert starts(text, language) == []


# An award that went to a winner, its customer named only by the work the winner will do for it.
@pytest.mark.parametrize(
    "text",
    [
        "The largest contract went to Babcock International to build a depot for the Royal Navy.",
        "The contract went to Babcock International, which will maintain ships for the Royal Navy.",
    ],
)
def test_an_award_that_went_to_a_winner_serves_the_customer_of_its_work(text: str) -> None:
    assert ("Royal Navy", "Babcock International") in starts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The CEO job went to Jane Doe, who will run operations for Boeing.",
        "The award went to Babcock International. It will build ships for the Royal Navy.",
        "The contract went to Babcock International, which once built ships for the Royal Navy.",
    ],
)
def test_no_customer_without_an_award_and_the_winners_own_work(text: str) -> None:
    assert starts(text) == []
