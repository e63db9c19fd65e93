"""Session 20 (start): a customer relation starting, read by clause shape and by the slot a name stands in.

Each reader is proved on invented sentences (companies the knowledge base does not know, other verbs of the class,
other tenses, French as well as English) and on near misses that must not give the relation or must not give it to
the wrong party (a speaker, a choice for something else than work, goods with a capital, a country).
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples


def starts(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_start event of ``text``."""
    return [(s, o) for _, s, o in triples(text, language, types=("customer_start",))]


def companies(text: str, language: str = "en") -> set[str]:
    """The names of the companies ``text`` names."""
    item = NewsItem(id="t", title="", body=text, language=language)  # type: ignore[arg-type]
    return {entity.name for entity in extract(item).entities if entity.type == "company"}


# begin_chosen_work: a supplier chosen for its work, the customer after the work's preposition.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Kelmar Systems has been selected to deliver 30 trams to Brennick Transit.", "en",
         ("Brennick Transit", "Kelmar Systems")),
        ("Siemens was picked to supply 30 trams to Airbus, the company said.", "en", ("Airbus", "Siemens")),
        ("Vestas said it had been tapped to supply turbines for the wind farm of Orsted.", "en",
         ("Ørsted", "Vestas Wind Systems")),
        ("Vestas has been picked to supply turbines for Orsted's new wind farm.", "en",
         ("Ørsted", "Vestas Wind Systems")),
        ("Airbus had been contracted to build tankers for the Royal Navy.", "en", ("Royal Navy", "Airbus")),
        ("Alstom avait été choisi pour fournir 150 trains régionaux à la compagnie ferroviaire Trenitalia.", "fr",
         ("Trenitalia", "Alstom")),
        ("Thales a été retenu pour fournir des radars à Airbus.", "fr", ("Airbus", "Thales")),
    ],
)  # fmt: skip
def test_a_supplier_chosen_for_its_work_starts_with_the_customer_after_it(
    text: str, language: str, pair: tuple[str, str]
) -> None:
    assert pair in starts(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a choice for something else than work
        ("Alstom was selected to join the consortium led by Siemens.", "en"),
        ("Alstom a été choisi pour représenter la France au salon, selon Siemens.", "fr"),
        # the company after the work is a speaker, not its beneficiary
        ("Alstom was chosen to build the new line, Siemens said.", "en"),
    ],
)  # fmt: skip
def test_a_choice_without_a_beneficiary_of_the_work_starts_nothing(text: str, language: str) -> None:
    assert starts(text, language) == []


# begin_supplied_names: the receiver of the goods after a supply verb is an organisation.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Norvik Foods has won a three-year contract to supply frozen vegetables to Harlow Stores.", "en",
         ("Harlow Stores", "Norvik Foods")),
        ("Dairy Farmers of Britain has been given a 12-month contract to supply liquid milk to Aldi, covering a third "
         "of the discounter's milk.", "en", ("Aldi", "Dairy Farmers of Britain")),
        ("Kelmar Systems has been selected to deliver 30 trams to Brennick Transit.", "en",
         ("Brennick Transit", "Kelmar Systems")),
        ("Norvik won a deal to equip Brennick Rail with signalling gear.", "en", ("Brennick Rail", "Norvik")),
        ("Le groupe Norvik a remporté un contrat pour fournir des rames à Transvia.", "fr", ("Transvia", "Norvik")),
    ],
)  # fmt: skip
def test_the_receiver_of_supplied_goods_is_a_customer(text: str, language: str, pair: tuple[str, str]) -> None:
    assert pair in starts(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Accenture won a $500M contract to provide cloud hosting services to the USDA.", "en", "USDA"),
        ("Accenture won a contract to provide the USDA with cloud hosting services.", "en", "USDA"),
        ("Le groupe Norvik va livrer 30 bus aux TEC dès 2025.", "fr", "TEC"),
    ],
)  # fmt: skip
def test_the_receiver_of_supplied_goods_is_named(text: str, language: str, name: str) -> None:
    assert name in companies(text, language)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Gazprom will supply gas to Germany through the pipeline.", "Germany"),
        ("The firm sold the house to John Smith last year.", "John Smith"),
        ("The aid will provide Ukraine with weapons.", "Ukraine"),
    ],
)  # fmt: skip
def test_a_place_or_a_person_receiving_goods_is_no_company(text: str, absent: str) -> None:
    assert absent not in companies(text)


# begin_supplied_names (orders): the buyer after an order's goods and "from / émanant de" is an organisation.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Boeing said it had landed an $8.8 billion order for 63 airliners from Kestrel Lease Finance.", "en",
         ("Kestrel Lease Finance", "Boeing")),
        ("Kelmar Yards received a firm order for ten ferries from Brenmoor Lines.", "en",
         ("Brenmoor Lines", "Kelmar Yards")),
        ("Airbus has agreed to sell 14 A330neo jets to Virgin Atlantic for $4.1 billion.", "en",
         ("Virgin Atlantic", "Airbus")),
    ],
)  # fmt: skip
def test_the_buyer_of_an_order_told_by_its_seller_is_named(text: str, language: str, pair: tuple[str, str]) -> None:
    assert pair in starts(text, language)


def test_the_buyer_after_emanant_de_is_named() -> None:
    text = "Airbus a engrangé des commandes, dont une commande ferme de 32 A380 émanant d'Emirates Airline."
    assert "Emirates Airline" in companies(text, "fr")


# begin_seller_side: a seller's verb before a counted order makes its subject the seller, never a buyer.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Boeing said it had landed an $8.8 billion order for 63 airliners from Kestrel Lease Finance.", "en",
         [("Kestrel Lease Finance", "Boeing")]),
        ("Kelmar Yards has won orders worth $2 billion from Brenmoor Lines and Tarvik Ferries.", "en",
         [("Brenmoor Lines", "Kelmar Yards"), ("Tarvik Ferries", "Kelmar Yards")]),
        ("Le chantier Kelmar a décroché une commande de dix ferries auprès de la compagnie Brenmoor.", "fr",
         [("Brenmoor", "Kelmar")]),
    ],
)  # fmt: skip
def test_an_order_won_by_the_seller_is_read_one_way(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert starts(text, language) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Brenmoor Lines placed an order for ten ferries from Kelmar Yards.",
        # the seller's verb belongs to a relative clause, cut off by a comma
        "Brenmoor Lines, which won an award last year, orders ten ferries from Kelmar Yards.",
    ],
)
def test_an_order_placed_by_the_buyer_keeps_its_buyer(text: str) -> None:
    assert starts(text) == [("Brenmoor Lines", "Kelmar Yards")]


# begin_supplied_names (lists and giving verbs): every receiver listed after "awarded / confié ... to / à".
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Visa has awarded its $200 million global media business to Starcom and Essence.", "en",
         [("Visa", "Essence"), ("Visa", "Starcom")]),
        ("Harlow Foods has awarded its logistics contract to Kelmar Freight, Brenmoor Haulage and Tarvik Logistics.",
         "en", [("Harlow Foods", "Brenmoor Haulage"), ("Harlow Foods", "Kelmar Freight"),
                ("Harlow Foods", "Tarvik Logistics")]),
    ],
)  # fmt: skip
def test_every_receiver_of_an_award_is_a_supplier(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert starts(text, language) == pairs


def test_receivers_listed_with_a_repeated_preposition_are_named() -> None:
    assert {"Transbus", "Keolis"} <= companies(
        "La métropole a confié la gestion de ses bus à Transbus et à Keolis.", "fr"
    )


def test_people_receiving_an_award_are_no_companies() -> None:
    assert companies("The board awarded a bonus to John Smith and Mary Jones.") == set()


# begin_list_trailer: a listed company's legal form does not end the list.
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The California Transit Office has signed contracts with Kelmar Systems Inc. and Brenmoor Consulting Inc. to "
         "replace its payroll system.", [("California Transit Office", "Brenmoor Consulting"),
                                         ("California Transit Office", "Kelmar Systems")]),
        ("Harlow Foods has signed contracts with Kelmar Systems Ltd, Brenmoor Consulting Ltd and Tarvik Labs.",
         [("Harlow Foods", "Brenmoor Consulting"), ("Harlow Foods", "Kelmar Systems"),
          ("Harlow Foods", "Tarvik Labs")]),
    ],
)  # fmt: skip
def test_a_legal_form_inside_a_list_keeps_the_list_going(text: str, pairs: list[tuple[str, str]]) -> None:
    assert starts(text) == pairs


def test_a_legal_form_before_another_clause_adds_no_member() -> None:
    text = "Harlow Foods signed a contract with Kelmar Systems Inc., and Brenmoor Consulting said it would bid again."
    assert starts(text) == [("Harlow Foods", "Kelmar Systems")]


# begin_new_subject: a conjunct with its own (unrecognised) subject is not the first clause's customer's act.
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Booking.com named Anomaly its agency, and Celebrity Cruises awarded its global account to Lucky Generals.",
         [("Booking.com", "Anomaly")]),
        ("Visa has awarded its global media business to Starcom, while Brenmoor Cruises picked Kelmar Media.",
         [("Visa", "Starcom")]),
    ],
)  # fmt: skip
def test_a_conjunct_with_its_own_subject_is_not_the_first_customers(text: str, pairs: list[tuple[str, str]]) -> None:
    assert starts(text) == pairs


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # no subject of its own: the verb shares the first one
        ("Booking.com named Anomaly its agency and awarded its global account to Lucky Generals.", "en",
         ("Booking.com", "Lucky Generals")),
        # two subjects of one verb, joined by a bare "et"
        ("Les CFF et leurs filiales Thurbo et RegionAlps ont attribué à Stadler Rail les 286 automotrices.", "fr",
         ("CFF", "Stadler Rail")),
    ],
)  # fmt: skip
def test_a_shared_subject_still_acts(text: str, language: str, pair: tuple[str, str]) -> None:
    assert pair in starts(text, language)


# rules._GIVEN_CONTRACT: the amount of a contract given may hold a decimal point.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Shares of Kelmar Systems rose. Earlier, Brenmoor Corporation awarded it a Rs 106.55 crore order.",
         ("Brenmoor", "Kelmar Systems")),
        ("Brenmoor Corporation awarded Kelmar Systems a $10.5 million contract.", ("Brenmoor", "Kelmar Systems")),
    ],
)  # fmt: skip
def test_a_contract_given_with_a_decimal_amount_is_read(text: str, pair: tuple[str, str]) -> None:
    assert pair in starts(text)


def test_a_pay_rise_given_is_no_contract() -> None:
    assert starts("Brenmoor Corporation gave Kelmar Systems a 2.5 percent pay rise.") == []


# begin_moved_to: a customer moving its own work or purchases to a supplier.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Harlow Foods may ditch Kelmar Systems and switch to software made by Brenmoor Labs.", "en",
         ("Harlow Foods", "Brenmoor Labs")),
        ("Poor yields pushed Harlow Foods to move production of its chips to Brenmoor Labs.", "en",
         ("Harlow Foods", "Brenmoor Labs")),
        ("Harlow Foods switched its payroll to Brenmoor Labs last year.", "en", ("Harlow Foods", "Brenmoor Labs")),
        ("Harlow Foods is consolidating its $200 million account with Brenmoor Media.", "en",
         ("Harlow Foods", "Brenmoor Media")),
        ("Harlow Foods a transféré sa paie chez Brenmoor Labs.", "fr", ("Harlow Foods", "Brenmoor Labs")),
        ("Harlow Foods bascule ses serveurs vers Brenmoor Cloud.", "fr", ("Harlow Foods", "Brenmoor Cloud")),
    ],
)  # fmt: skip
def test_a_customer_moving_its_work_to_a_supplier_starts_with_it(
    text: str, language: str, pair: tuple[str, str]
) -> None:
    assert pair in starts(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a site moved, not work
        ("Harlow Foods moved its headquarters to Austin.", "en"),
        ("Harlow Foods a transféré son siège vers Brenmoor Parc.", "fr"),
        # a move refused
        ("Harlow Foods will not move its payroll to Brenmoor Labs.", "en"),
    ],
)  # fmt: skip
def test_a_site_moved_or_a_move_refused_starts_nothing(text: str, language: str) -> None:
    assert starts(text, language) == []
