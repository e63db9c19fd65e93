"""Round 19 (custaward): a won contract or order whose giver is named after the noun (start_given_by.py).

Proved on invented companies the knowledge base does not know, in English and French, and on near misses that must
give no customer start: a loser's or a buyer's side, a noun with no winner, a person, a place, a politician's name used
for the state, a festival, a sentence opener, a source cited before the winner.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def starts(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_start event of ``text``."""
    return [(s, o) for _, s, o in triples(text, language, types=("customer_start",))]


@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Dorvane has won its largest job to date, a $8 million contract from Korvia.", "en",
         [("Korvia", "Dorvane")]),
        ("Quentaro Marine has secured its largest job so far, a $30 million contract from Bellmark Shipping to refit "
         "two ferries.", "en", [("Bellmark Shipping", "Quentaro Marine")]),
        ("Bellmark Freight has landed its biggest deal yet, a five-year order from Quentaro Logistics.", "en",
         [("Quentaro Logistics", "Bellmark Freight")]),
        ("Dorvane Systems, a maker of signalling gear, received a task order from Korvia Transit.", "en",
         [("Korvia Transit", "Dorvane Systems")]),
        ("Meanwhile, Dorvane booked an order for 12 cranes placed by Korvia.", "en", [("Korvia", "Dorvane")]),
        ("Dorvane booked its biggest job, a contract from German carmaker Korvia.", "en", [("Korvia", "Dorvane")]),
        ("Le constructeur Quentaro a officialisé une commande de 12 trains, passée par Bellmark et Korvia.", "fr",
         [("Bellmark", "Quentaro"), ("Korvia", "Quentaro")]),
        ("Le groupe Dorvane a confirmé une commande de 30 rames passée par l'allemand Korvia.", "fr",
         [("Korvia", "Dorvane")]),
        ("Le groupe Dorvane a engrangé 2 milliards d'euros de commandes, dont une commande ferme de 40 rames émanant "
         "de Korvia.", "fr", [("Korvia", "Dorvane")]),
        ("Par ailleurs, le groupe Dorvane a enregistré une commande de deux paquebots passée par Korvia.", "fr",
         [("Korvia", "Dorvane")]),
        ("Le groupe Dorvane a reçu un contrat de la part de Korvia.", "fr", [("Korvia", "Dorvane")]),
    ],
)  # fmt: skip
def test_the_giver_of_a_won_contract_or_order_is_a_new_customer(
    text: str, language: str, pairs: list[tuple[str, str]]
) -> None:
    assert starts(text, language) == pairs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a loser's side, a buyer's side, a noun no winner's verb carries
        ("Dorvane lost a contract from Korvia.", "en"),
        ("Korvia cut its orders from Dorvane.", "en"),
        ("The order from Korvia helped Dorvane.", "en"),
        ("Dorvane said the orders placed by Korvia had dropped.", "en"),
        ("Dorvane a annulé la commande passée par Korvia.", "fr"),
        # a person, a place, a politician's name used for the state, a festival
        ("Dorvane booked a $2 million order from John Miller.", "en"),
        ("Dorvane booked a $2 million order from Texas.", "en"),
        ("Dorvane booked its biggest job, a $9 million contract from the Trump administration.", "en"),
        ("Dorvane booked its biggest job, a contract from the Cannes Festival.", "en"),
        ("Le groupe Dorvane a confirmé une commande de dix navires passée par Jean Dupont.", "fr"),
    ],
)  # fmt: skip
def test_no_winner_or_no_buyer_after_the_noun_starts_nothing(text: str, language: str) -> None:
    assert starts(text, language) == []


def test_a_cited_source_is_not_the_winner() -> None:
    text = "Selon Korvia, le groupe Dorvane a confirmé une commande de 30 rames passée par Bellmark."
    assert starts(text, "fr") == [("Bellmark", "Dorvane")]


# start_system_maker: a system put to work, its vendor told as the system's adjective or after "live on".
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Korvia Health signed a five-year, $200 million contract to install a Dorvane EHR.",
         ("Korvia Health", "Dorvane")),
        ("Korvia is switching to a Dorvane records platform and scrapping its current Bellmark systems.",
         ("Korvia", "Dorvane")),
        ("Korvia implemented a Dorvane system through a partnership with Bellmark.", ("Korvia", "Dorvane")),
        ("Meanwhile, Korvia will migrate to a Dorvane payroll system next year.", ("Korvia", "Dorvane")),
        ("However, Korvia Health is implementing a new Dorvane ERP.", ("Korvia Health", "Dorvane")),
        ("Korvia has rolled out a Quentaro cloud platform across its hospitals.", ("Korvia", "Quentaro")),
        ("Korvia went live on Dorvane on Feb. 1.", ("Korvia", "Dorvane")),
    ],
)  # fmt: skip
def test_the_vendor_of_a_system_put_to_work_is_a_new_supplier(text: str, pair: tuple[str, str]) -> None:
    assert starts(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # a product sold, a person installed, no vendor named
        "Korvia installed a Dorvane tablet at the fair.",
        "Korvia rolled out a Dorvane Pro service.",
        "Korvia installed John Smith as chief executive.",
        "Korvia installed a new system last year.",
        # a place, a festival, a nationality as the system's adjective; a person or an official as the buyer
        "Korvia rolled out a Texas platform for its drivers.",
        "Korvia rolled out a Christmas system of discounts.",
        "Korvia rolled out a French platform.",
        "The governor installed a Dorvane system in his office.",
        "Jane Miller went live on Dorvane last week.",
    ],
)
def test_no_vendor_system_or_no_buyer_starts_nothing(text: str) -> None:
    assert starts(text) == []


def test_contracts_won_with_two_parties_start_both() -> None:
    text = "Dorvane had already secured large contracts with Korvia and with Bellmark, the largest operator."
    assert starts(text) == [("Bellmark", "Dorvane"), ("Korvia", "Dorvane")]


def test_a_contract_with_a_party_that_is_not_what_was_won_starts_nothing() -> None:
    assert starts("Dorvane won approval for its contract with Korvia.") == []


# relation_patterns: counted goods sold to, or bought from, a company after « à ».
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Korvia va acheter 12 navires à Dorvane.", ("Korvia", "Dorvane")),
        ("Dorvane a cédé cinq A380 à Korvia.", ("Korvia", "Dorvane")),
        ("Dorvane a vendu 12 rames à Korvia.", ("Korvia", "Dorvane")),
        ("Par ailleurs, le groupe Dorvane avait cédé cinq A380 à Korvia.", ("Korvia", "Dorvane")),
    ],
)  # fmt: skip
def test_counted_goods_sold_or_bought_start_the_buyer(text: str, pair: tuple[str, str]) -> None:
    assert starts(text, "fr") == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # a business's sites or a share of its capital are a deal, not goods
        "Dorvane a cédé 12 magasins à Korvia.",
        "Dorvane a cédé 5 % du capital à Korvia.",
        # a price, a place, a person after « à »
        "Korvia va acheter 12 navires à 30 millions d'euros pièce.",
        "Korvia va acheter 12 navires à Saint-Nazaire.",
        "Dorvane a vendu 12 rames à Jean Dupont.",
    ],
)
def test_counted_goods_with_no_company_after_a_start_nothing(text: str) -> None:
    assert starts(text, "fr") == []


# Table rows: a customer giving a supplier its work ("tasked / commissioned Y to", « a chargé / mandaté Y de »).
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Korvia has tasked Dorvane with building the depot.", "en", ("Korvia", "Dorvane")),
        ("Korvia commissioned Dorvane to design its new stores.", "en", ("Korvia", "Dorvane")),
        ("Le groupe Korvia a chargé jeudi le groupe chinois Dorvane de bâtir un aqueduc de 250 km.", "fr",
         ("Korvia", "Dorvane")),
        ("Korvia a mandaté Dorvane pour conduire la vente.", "fr", ("Korvia", "Dorvane")),
    ],
)  # fmt: skip
def test_work_given_to_a_company_starts_it(text: str, language: str, pair: tuple[str, str]) -> None:
    assert starts(text, language) == [pair]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Korvia commissioned a study of the market.", "en"),
        ("Korvia has tasked John Smith with the review.", "en"),
        ("The city commissioned a new bridge.", "en"),
        ("Korvia a chargé ses avocats de préparer un recours.", "fr"),
        ("Korvia a chargé Jean Dupont de la mission.", "fr"),
    ],
)
def test_work_given_to_a_person_or_no_one_starts_nothing(text: str, language: str) -> None:
    assert starts(text, language) == []
