"""Company recognition, round 15: an unknown organisation that opens its sentence as a deal verb's subject.

At a sentence's (or a headline's) start every word is capitalised, so several capitalised words there say
nothing by themselves; followed by a raise, investment, deal or contract verb (past "has" / "a", "said it" /
"a annoncé avoir" or an apposition) they name the verb's subject. People, places, plural nouns and openers
standing there stay no company. Our own sentences, modelled on phrasings read in real EN/FR news.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

RAISES = [
    ("Corvane Labs raised $12 million in a Series A round.", "en", "Corvane Labs"),
    ("Tessaly Robotics has raised $8 million from its backers.", "en", "Tessaly Robotics"),
    ("Mirova Pay said it has raised $5 million in seed funding.", "en", "Mirova Pay"),
    ("Orlin Health, a Boston-based startup, has raised $30 million.", "en", "Orlin Health"),
    ("Azuria Drones a levé 3 millions d'euros auprès de ses actionnaires.", "fr", "Azuria Drones"),
    ("Caldera Santé a annoncé avoir levé 10 millions d'euros.", "fr", "Caldera Santé"),
    ("Brenvia Mobilité a rassemblé 4 millions d'euros.", "fr", "Brenvia Mobilité"),
    ("Pallas Vert lève 6 millions d'euros pour s'étendre en Europe.", "fr", "Pallas Vert"),
]

INVESTS = [
    ("Greystone Atlantic invested $111 million in Kelvora.", "en", "Greystone Atlantic"),
    ("Northwind Ventures has invested $20 million in Kelvora.", "en", "Northwind Ventures"),
    ("Harbor Peak said it invested $15 million in Kelvora.", "en", "Harbor Peak"),
    ("Sorel Participations a investi 5 millions d'euros dans Kelvora.", "fr", "Sorel Participations"),
]

DEALS = [
    ("Brightwater Foods acquired Kelvora for $40 million.", "en", "Brightwater Foods"),
    ("Northgate Media took a majority stake in Kelvora.", "en", "Northgate Media"),
    ("Talvern Chemicals said it has agreed to buy Kelvora.", "en", "Talvern Chemicals"),
    ("Ombre Bleue a racheté Kelvora pour 40 millions d'euros.", "fr", "Ombre Bleue"),
]

CONTRACTS = [
    ("Velmar Express has extended its contract with Kelvora.", "en", "Velmar Express"),
    ("Aster Optique (groupe Tarsel) va fournir des caméras à Airbus.", "fr", "Aster Optique"),
    ("Dunmore Rail has signed a contract with Kelvora.", "en", "Dunmore Rail"),
    ("Aster Défense va fournir des radars à Airbus.", "fr", "Aster Défense"),
    ("Lumen Freight, which runs cargo flights, has won a contract from Kelvora.", "en", "Lumen Freight"),
]


@pytest.mark.parametrize(("text", "language", "name"), RAISES + INVESTS + DEALS + CONTRACTS)
def test_an_opening_subject_of_a_deal_verb_is_a_company(text: str, language: str, name: str) -> None:
    named = {party for triple in triples(text, language) for party in triple[1:]}
    assert name in named


NOT_COMPANIES = [
    ("Jean Martin a levé 2 millions d'euros pour sa start-up.", "fr", "Jean Martin"),
    ("Jean Martin a levé la main pour poser une question.", "fr", "Jean Martin"),
    ("New York raised $2 billion in bonds last week.", "en", "New York"),
    ("Paris a annoncé avoir levé 50 millions d'euros d'impôts.", "fr", "Paris"),
    ("Last Year raised $5 million for the charity.", "en", "Last Year"),
    ("Investors raised $50 million for the fund.", "en", "Investors"),
    ("Tech Giants Have Invested $5 Billion In AI", "en", "Tech Giants"),
    ("Sarah Collins has invested $2 million in Kelvora.", "en", "Sarah Collins"),
    ("Selon Reuters, Kelvora a levé 5 millions d'euros.", "fr", "Selon Reuters"),
    ("Acme Sverige has signed a contract with Kelvora.", "en", "Acme Sverige"),
    ("Chief Executive Tom Hale said it has raised $5 million.", "en", "Chief Executive Tom Hale"),
]


@pytest.mark.parametrize(("text", "language", "name"), NOT_COMPANIES)
def test_a_person_place_or_opener_before_a_deal_verb_is_no_company(text: str, language: str, name: str) -> None:
    named = {party for triple in triples(text, language) for party in triple[1:] if party}
    assert not any(name in party or party in name.split(" ") for party in named if party != "Kelvora")
