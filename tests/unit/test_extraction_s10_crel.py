"""Won and continued customer relations in classes of wording read in real contract news (session 10).

Each sentence is written for this file. The classes: a country on the buying side of a verb, a French object
pronoun standing for the supplier, a won order the story tells as a follow-on of an existing contract, a
renewer that services its counterpart, "agreed to provide / supply", "a reçu de X une commande", a bidding
consortium named by its members, "has given Y a contract", a ministry named by nationality and field; and two
guards: a contract's value is no company valuation, and "will work together" said of a customer and its
supplier is no alliance.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Event = tuple[str, str | None, str | None]
"""(type, subject name, object name)."""


def _events(text: str, language: str, prefix: str = "customer_") -> list[Event]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (event.type, event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extraction.events
        if event.type.startswith(prefix)
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A country on the buying side of a verb is its state buying.
        (
            "en",
            "Thales was selected by Australia to build the radar network.",
            [("customer_start", "Australia", "Thales")],
        ),
        (
            "fr",
            "Après dix mois de compétition, Naval Group a été choisi par la Pologne pour livrer trois sous-marins.",
            [("customer_start", "Pologne", "Naval Group")],
        ),
        (
            "fr",
            "Selon la presse, Dassault Aviation serait sur le point de conclure un contrat de 2 milliards d'euros "
            "avec l'Inde.",
            [("customer_start", "Inde", "Dassault Aviation")],
        ),
        # A French object pronoun before the customer's verb stands for the supplier that tells of it.
        (
            "fr",
            "Le groupe Thales annonce que la DGA l'a notifié, avec Safran, du contrat de modernisation des radars.",
            [("customer_start", "DGA", "Safran"), ("customer_start", "DGA", "Thales")],
        ),
        (
            "fr",
            "Nexans a remporté un appel d'offres majeur. La SNCF l'a retenu pour câbler ses lignes à grande vitesse.",
            [("customer_start", "SNCF", "Nexans")],
        ),
        (
            "fr",
            "Alstom indique que la SNCF lui a confié la maintenance de ses rames pour dix ans.",
            [("customer_start", "SNCF", "Alstom")],
        ),
        # "X has agreed to provide / supply Y with": the agreement is made.
        (
            "en",
            "Gogo Inc said on Monday it had agreed to provide Japan Airlines with in-flight Internet.",
            [("customer_start", "Japan Airlines", "Gogo")],
        ),
        (
            "en",
            "Siemens has agreed to supply Deutsche Bahn with 60 trains.",
            [("customer_start", "Deutsche Bahn", "Siemens")],
        ),
        # "X a reçu de Y une commande": the order after the customer.
        (
            "fr",
            "Alstom a annoncé avoir reçu de la SNCF une commande de 900 millions d'euros.",
            [("customer_start", "SNCF", "Alstom")],
        ),
        (
            "fr",
            "Piriou reçoit de la Marine nationale une commande de quatre patrouilleurs.",
            [("customer_start", "Marine nationale", "Piriou")],
        ),
        # A bidding group named by its members: each member supplies.
        (
            "fr",
            "La Marine nationale a retenu un consortium réunissant Thales et ECA pour livrer douze chasseurs de mines.",
            [("customer_start", "Marine nationale", "ECA"), ("customer_start", "Marine nationale", "Thales")],
        ),
        (
            "en",
            "Network Rail picked a team led by Siemens to resignal the East Coast line.",
            [("customer_start", "Network Rail", "Siemens")],
        ),
        # "X has given / handed Y a contract": the noun must follow.
        (
            "en",
            "The Ministry of Defence has given engineering group Babcock (BAB.L) a contract worth 900 million pounds.",
            [("customer_start", "Ministry of Defence", "Babcock International")],  # a known firm since session 25
        ),
        (
            "en",
            "Network Rail handed Siemens a ten-year signalling contract.",
            [("customer_start", "Network Rail", "Siemens")],
        ),
        (
            "en",
            "The British defence ministry has picked Babcock to maintain its armoured vehicles.",
            [("customer_start", "Ministry of Defence", "Babcock International")],  # a known firm since session 25
        ),
    ],
)
def test_won_contracts(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A renewer that services, supplies or runs for its counterpart is the supplier.
        (
            "en",
            "Airwork, the aviation service firm, has extended its contract with Toll Group to service the logistics "
            "company's freighters.",
            [("customer_continue", "Toll Group", "Airwork")],
        ),
        (
            "en",
            "Serco renewed its contract with the Ministry of Defence to run the base for five more years.",
            [("customer_continue", "Ministry of Defence", "Serco")],
        ),
        (
            "fr",
            "Keolis a prolongé son contrat avec la métropole de Lyon pour exploiter le tramway jusqu'en 2030.",
            [("customer_continue", "métropole de Lyon", "Keolis")],
        ),
        # Follow-on wording in the order's own sentence, or pointing back to it later.
        (
            "en",
            "BAE Systems received a follow-on order from the US Army for 50 more combat vehicles.",
            [("customer_continue", "US Army", "BAE Systems")],
        ),
        (
            "fr",
            "Alstom a reçu de la SNCF une commande de 30 rames. Dans le cadre de cette levée d'option, le groupe "
            "renonce à son recours.",
            [("customer_continue", "SNCF", "Alstom")],
        ),
        (
            "en",
            "Meggitt has won a contract with the Defense Logistics Agency. Shares rose 3%. The contract extension has "
            "a potential value of $130 million.",
            [("customer_continue", "Defense Logistics Agency", "Meggitt")],
        ),
    ],
)
def test_continued_relations(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A place, a possessive or a bare "agreed to provide" is no customer.
        ("fr", "Thales emploie 650 personnes en Australie.", []),
        (
            "en",
            "Thales was selected by Australia's Telstra to build the network.",
            [("customer_start", "Telstra", "Thales")],
        ),
        ("en", "Siemens agreed to provide more details to investors next week.", []),
        # Renewing a contract to have one's own fleet serviced keeps the renewer the customer.
        (
            "en",
            "Delta renewed its contract with Boeing to service its fleet.",
            [("customer_continue", "Delta", "Boeing")],
        ),
        # Money received, a group of people, a gift: no contract.
        ("fr", "Vinci a reçu de la Caisse des dépôts un financement de 30 millions d'euros.", []),
        ("en", "Network Rail picked a team of engineers to resignal the line.", []),
        ("en", "SoftBank gave WeWork a $5 billion lifeline.", []),
        # A later extension of something else, or one naming another party, leaves the won contract new.
        (
            "fr",
            "Steria a décroché auprès de l'administration britannique un contrat de 1,2 milliard d'euros. Même sans "
            "cette extension, aucun contrat n'a jamais atteint un tel montant.",
            [("customer_start", "administration britannique", "Steria")],
        ),
        (
            "en",
            "Capita won a contract from Sheffield City Council. The renewal of its contract with Barnet Council is "
            "due next year.",
            [("customer_start", "Sheffield City Council", "Capita")],
        ),
    ],
)
def test_near_misses(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Quickstep said the potential contract value was estimated at $75 million to $100 million."),
        ("en", "The order value is estimated at $40 million, Airbus said."),
        ("en", "The deal's value was put at $300 million over five years by Stadler."),
    ],
)
def test_contract_value_is_no_valuation(language: str, text: str) -> None:
    assert _events(text, language, prefix="valuation") == []


def test_a_deal_that_values_a_company_still_does() -> None:
    assert _events("The deal values Figma at $20 billion.", "en", prefix="valuation") == [("valuation", "Figma", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            'Cargojet has been awarded a contract to provide air cargo services to Canada Post. "Cargojet and Canada '
            'Post will work together to serve Canadians," its chief executive said.',
        ),
        (
            "fr",
            "La SNCF a choisi Alstom pour ses trains régionaux. Alstom et la SNCF vont travailler ensemble sur la "
            "maintenance.",
        ),
        (
            "en",
            "Walmart selected Symbotic to automate its warehouses; Walmart and Symbotic will collaborate on the "
            "rollout.",
        ),
    ],
)
def test_working_together_with_a_customer_is_no_partnership(language: str, text: str) -> None:
    assert _events(text, language, prefix="partnership") == []


def test_working_together_without_a_contract_is_a_partnership() -> None:
    assert _events("Renault and Nissan will work together on electric vans.", "en", prefix="partnership") == [
        ("partnership", "Renault", "Nissan")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A customer the story names only after the supplier's won-contract cue is a company.
        (
            "en",
            "Cargojet has been awarded a multi-year contract by Canada Post.",
            [("customer_start", "Canada Post", "Cargojet")],
        ),
        (
            "en",
            "Cargojet said it had been awarded a seven-year deal to fly parcels for Canada Post.",
            [("customer_start", "Canada Post", "Cargojet")],
        ),
        (
            "fr",
            "Piriou a remporté un contrat auprès de Bourbon Offshore pour six navires.",
            [("customer_start", "Bourbon Offshore", "Piriou")],
        ),
        # A relative's antecedent acts; a time adverbial or a possessive description may precede the object.
        (
            "fr",
            "Alstom conteste la procédure engagée contre Eurostar, qui avait retenu en 2009 son concurrent allemand "
            "Siemens pour renouveler sa flotte.",
            [("customer_start", "Eurostar", "Siemens")],
        ),
        (
            "en",
            "Analysts pointed to Ryanair, which picked Boeing for its next 150 jets.",
            [("customer_start", "Ryanair", "Boeing")],
        ),
        ("fr", "La SNCF a choisi mardi Alstom pour ses métros.", [("customer_start", "SNCF", "Alstom")]),
    ],
)
def test_parties_around_the_cue(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Cargojet has won a contract to deliver parcels for Christmas.", []),
        (
            "en",
            "Sigma failed to agree an extension of its supply deal with the My Chemist/Chemist Warehouse Group.",
            [],
        ),
        ("fr", "Le PDG, Patrick Kron, qui a choisi la prudence, reste en poste.", []),
    ],
)
def test_parties_around_the_cue_near_misses(language: str, text: str, expected: list[Event]) -> None:
    assert [event for event in _events(text, language) if event[1] in ("Christmas", "Chemist", "Patrick Kron")] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "A and its B division": the unit buys too.
        (
            "en",
            "Cargojet has been awarded a multi-year contract by Canada Post and its Purolator division.",
            [("customer_start", "Canada Post", "Cargojet"), ("customer_start", "Purolator", "Cargojet")],
        ),
        (
            "en",
            "Airbus has selected Safran and its Zodiac unit for the A350 cabin.",
            [("customer_start", "Airbus", "Safran"), ("customer_start", "Airbus", "Zodiac")],
        ),
        (
            "en",
            "Maersk renewed its contract with DHL and its Kortexa subsidiary for two years.",
            [("customer_continue", "Maersk", "DHL"), ("customer_continue", "Maersk", "Kortexa")],
        ),
        # A rival named after "its", or a unit whose name is a common word, is no listed party.
        (
            "en",
            "Airbus has selected Safran and its rival Thales for the cabin.",
            [("customer_start", "Airbus", "Safran")],
        ),
        (
            "en",
            "Supplying the convenience chain was uneconomic for its Convenience division, Metcash said.",
            [],
        ),
    ],
)
def test_a_company_and_its_unit(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "commande" after a determiner is the noun: it orders nothing from the next name.
        ("Thales a rendu publique hier sa première commande XL de l'année.", []),
        ("Le groupe attend une nouvelle commande Airbus avant l'été.", []),
        # The verb right after its subject still orders.
        ("La SNCF commande 30 rames à Alstom.", [("customer_start", "SNCF", "Alstom")]),
        ("Airbus a reçu une commande Lufthansa de 20 avions.", [("customer_start", "Lufthansa", "Airbus")]),
    ],
)
def test_the_order_noun_is_no_order_verb(text: str, expected: list[Event]) -> None:
    assert _events(text, "fr") == expected
