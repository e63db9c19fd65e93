"""Session 19 (recog): kinds of company names the recogniser cut or missed, each read by its shape.

Every kind is proved on invented names (other places, other kinds, both languages where the kind exists) and on
near misses that must stay no company: prose after a capitalised noun, people, places, products, headline words.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples

_KB = load_knowledge_base()


def names(text: str, language: str = "en") -> set[str]:
    """The names of the companies (and public bodies) found in ``text``."""
    return {mention.name for mention in Article(text, language, None, _KB).companies}


# recog_institutions: a French institution named by its kind noun, a lower-case complement and a place or acronym.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le projet est soutenu par la Caisse de dépôt et placement du Manitoba et par Ordival.",
         "Caisse de dépôt et placement du Manitoba"),
        ("La Société de transport de Laval a commandé quarante bus à Novabus.", "Société de transport de Laval"),
        ("Le Fonds de solidarité CSQ investit 4 millions d'euros dans Brivane.", "Fonds de solidarité CSQ"),
        ("Brivane a levé 3 millions d'euros auprès de la Caisse d'Epargne de Bourgogne-Franche-Comté.",
         "Caisse d'Epargne de Bourgogne-Franche-Comté"),
        ("Les Fonds locaux de solidarité FTQ accompagnent la reprise de Brivane.", "Fonds locaux de solidarité FTQ"),
        ("Quarnel passe sous le contrôle de l'Agence des participations de l'État.",
         "Agence des participations de l'État"),
    ],
)  # fmt: skip
def test_a_french_institution_is_named_up_to_its_place_or_acronym(text: str, name: str) -> None:
    assert name in names(text, "fr")


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        # prose after a capitalised kind noun opening a sentence: a verb where the complement should be
        ("La Société a cédé sa filiale de Montréal à Ordival.", "Société a cédé sa filiale de Montréal"),
        ("La Banque prête de l'argent à Lyon depuis 1900.", "Banque prête de l'argent à Lyon"),
        # a name ending on a lower-case word: nothing says where it ends
        ("La Banque régionale de commerce a signé avec Brivane.", "Banque régionale de commerce"),
        # no article before the kind noun inside a sentence
        ("Brivane a racheté Fonds de commerce de Lyon.", "Fonds de commerce de Lyon"),
    ],
)  # fmt: skip
def test_prose_after_a_kind_noun_is_no_institution(text: str, prose: str) -> None:
    assert prose not in names(text, "fr")


def test_an_institution_given_with_its_acronym_is_left_to_the_acronym_readers() -> None:
    found = names("Selon la Société des lecteurs du Matin (SLM), actionnaire du journal, le vote est reporté.", "fr")
    assert "Société des lecteurs du Matin" not in found


def test_an_institution_read_whole_is_the_party_of_its_deal() -> None:
    events = triples(
        "La Caisse de dépôt et placement du Manitoba a acquis 12 % du capital de Ordival.", "fr", types={"stake"}
    )
    assert ("stake", "Caisse de dépôt et placement du Manitoba", "Ordival") in events


# recog_heads: "<Name> International" closes a firm's name.
@pytest.mark.parametrize(
    "text",
    [
        "At the same time, Torvane International said Borel had agreed to give it more orders.",
        "Flights ran without meals after Quelmar Catering International cut off deliveries.",
    ],
)
def test_a_name_closed_by_international_is_a_firm(text: str) -> None:
    assert any(name.endswith(" International") for name in names(text))


@pytest.mark.parametrize(
    ("text", "not_firm"),
    [
        ("Flights were delayed at Dulles International Airport after the storm.", "Dulles International"),
        ("The carrier offers Dedicated, ACMI and International Charter services.", "International Charter"),
        ("Speaking at the Paris International Air Show, Airbus said it had won orders.", "Paris International"),
        ("In January International shipments rose 4%.", "International"),
        ("The Chinese International division of Borel Inc. was sold.", "Chinese International"),
    ],
)
def test_international_before_a_capital_or_after_a_place_names_no_firm(text: str, not_firm: str) -> None:
    assert not any(name.startswith(not_firm) for name in names(text))


def test_a_known_company_with_international_stays_the_known_company() -> None:
    assert "Morgan Stanley International" not in names("Analysts at Morgan Stanley International said Acme gained.")


def test_a_firm_closed_by_international_is_the_party_of_its_contract() -> None:
    events = triples(
        "Separately, Ford said Torvane International had kept its contracts with the carmaker.",
        "en",
        prefix="customer_",
    )
    assert ("customer_continue", "Ford", "Torvane International") in events


# recog_heads.formed_unit_at: a known group's name, a unit's head or an acronym, then a legal form.
@pytest.mark.parametrize(
    ("text", "unit", "group"),
    [
        ("The signalling work went to Siemens Mobility Ltd and Alstom.", "Siemens Mobility", "Siemens"),
        ("Stellantis signed a cell supply deal with Samsung QRT Co. last week.", "Samsung QRT", "Samsung Electronics"),
    ],
)
def test_a_known_name_closed_by_a_unit_head_and_a_legal_form_is_the_unit(text: str, unit: str, group: str) -> None:
    found = names(text)
    assert unit in found
    assert group not in found


@pytest.mark.parametrize(
    ("text", "known"),
    [
        # the group's own full legal name stays the known group
        ("Newmont Mining Corp. agreed to buy Goldcorp Inc. in an all-stock deal.", "Newmont"),
        ("Porsche Automobil Holding SE raised its stake in Volkswagen.", "Porsche"),
        ("Toyota Motor Corp. said its sales rose.", "Toyota"),
    ],
)
def test_a_known_group_with_its_own_trade_and_legal_form_stays_known(text: str, known: str) -> None:
    assert known in names(text)


# recog_bodies: the European Union's bodies by their full titles.
@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Today the European Commission signed a contract with Ordival for 50 million test kits.", "en",
         "European Commission"),
        ("Quarnel a signé avec la Commission européenne une précommande de 20 millions de doses.", "fr",
         "Commission européenne"),
        ("L'Union européenne a commandé 300 millions de doses à Quarnel.", "fr", "Union européenne"),
        ("The European Investment Bank lent Ordival 40 million euros.", "en", "European Investment Bank"),
    ],
)  # fmt: skip
def test_a_body_of_the_european_union_is_a_party(text: str, language: str, body: str) -> None:
    assert body in names(text, language)


def test_the_european_union_buying_is_the_customer() -> None:
    events = triples("The European Union has ordered 300 million doses from Quarnel.", "en", prefix="customer_")
    assert ("customer_start", "European Union", "Quarnel") in events


@pytest.mark.parametrize(
    "text",
    [
        "EU regulators cleared the deal between Ordival and Quarnel.",
        "The European Parliament voted on the new rules for batteries.",
        "European Union-based funds rose 4% last year.",
    ],
)
def test_eu_as_a_qualifier_or_another_institution_is_no_party(text: str) -> None:
    assert not {"EU", "European Union", "European Parliament"} & names(text)


def test_a_known_groups_named_arm_keeps_its_trade_noun() -> None:
    found = names("Verizon Business Network Services won a contract to provide services to the U.S. Army.")
    assert "Verizon Business Network Services" in found


# recog_heads.of_place_names: a bank's or producers' body's name that goes on with "of" and its place.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Bank of Tasmania has extended its outsourcing deal with Ordival.", "Bank of Tasmania"),
        ("Ordival agreed to buy Bank of the North for $2 billion.", "Bank of the North"),
        (
            "Regulators cleared the sale of Quarnel Bank to Second National Bank of Ohio.",
            "Second National Bank of Ohio",
        ),
        ("Dairy Farmers of Wales has won a contract to supply milk to Ordival.", "Dairy Farmers of Wales"),
    ],
)
def test_a_bank_of_a_place_is_named_whole(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "not_firm"),
    [
        ("The Bank of England raised rates again.", "Bank of England"),  # a central bank: a public body
        ("The Gulf of Mexico platform was shut by Ordival.", "Gulf of Mexico"),
        ("The Duke of York visited the Ordival plant.", "Duke of York"),
    ],
)
def test_other_names_with_of_are_no_bank(text: str, not_firm: str) -> None:
    assert not_firm not in {
        mention.name for mention in Article(text, "en", None, _KB).companies if mention.id[:3] != "pb-"
    }


# Legal forms: a stacked form goes whole ("Pty Ltd"); "New" opens a name a legal form closes.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ordival has signed a mining contract with Quelby Contractors Pty Ltd, a Borel unit.", "Quelby Contractors"),
        ("Ordival ordered six ships from New Harbour Shipbuilding Company Ltd. last year.",
         "New Harbour Shipbuilding Company"),
        ("The ministry signed a contract with New Orbit India Limited for two satellites.", "New Orbit India"),
    ],
)  # fmt: skip
def test_a_name_closed_by_legal_forms_is_named_without_them_and_with_new(text: str, name: str) -> None:
    assert name in names(text)


def test_new_before_a_person_opens_no_name() -> None:
    found = names("New CEO Jane Roe joined Ordival Corp. in May.")
    assert not any(name.startswith("New") for name in found)
    assert "Ordival" in found
