"""Session 21 (custfix): customer cues whose words tell no supply, and names a customer reader took for firms.

Each fix is proved on invented sentences (company names the knowledge base does not hold) and on near misses: the
supply the same words do tell must still be read, and people, places, countries and openers give no customer.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.article import Article
from streams.extraction.engine import extract
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples


def customers(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(type, customer, supplier) of every customer event of ``text``."""
    return triples(text, language, prefix="customer_")


def companies(text: str, language: str = "en") -> list[str]:
    """The names of the companies recognised in ``text``."""
    return [mention.name for mention in Article(text, language, None, load_knowledge_base()).companies]


# not_customer.cuts_own_figure: a bare verb of cutting on the customer's own figure drops no supplier.
@pytest.mark.parametrize(
    "text",
    [
        "Shares of Korvia fell after its largest customer Bellmark cut its forecast.",
        "Dorvane slid after Quentaro, its biggest customer, cut its production outlook for the year.",
        "Shares of Tellavo dropped when its top client Harlow Mills slashed its full-year guidance.",
        "Meanwhile Varnow sank as its main customer Ostrel Group lowered its sales targets.",
    ],
)
def test_a_customer_cutting_its_own_figure_ends_nothing(text: str) -> None:
    assert not [kind for kind, _, _ in customers(text) if kind in ("customer_end", "customer_at_risk")]


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        ("Bellmark cut Korvia from its list of approved suppliers.", "Bellmark", "Korvia"),
        ("Dorvane cut its orders from Quentaro by half.", "Dorvane", "Quentaro"),
        ("Tellavo dropped Harlow Mills as its packaging supplier.", "Tellavo", "Harlow Mills"),
    ],
)
def test_a_supplier_cut_is_still_a_loss(text: str, customer: str, supplier: str) -> None:
    found = customers(text)
    assert any(
        kind in ("customer_end", "customer_at_risk") and who == customer and whom == supplier
        for kind, who, whom in found
    ), found


# not_customer.moves_listing: a company's shares moved to an exchange buy nothing from it.
@pytest.mark.parametrize(
    "text",
    [
        "Dorvane moved its listing to Nasdaq.",
        "Quentaro Bio moved its primary listing to the Nasdaq from the NYSE last year.",
        "Korvia chose Nasdaq for its IPO.",
        "Bellmark will move its share listing to Euronext.",
    ],
)
def test_a_listing_moved_to_an_exchange_is_no_customer(text: str) -> None:
    assert customers(text) == []


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        ("Korvia moved its payroll to Bellmark.", "Korvia", "Bellmark"),
        ("Dorvane chose Quentaro for its cloud.", "Dorvane", "Quentaro"),
        ("Tellavo moved its media account to Harlow Mills.", "Tellavo", "Harlow Mills"),
    ],
)
def test_work_moved_to_a_supplier_still_starts_a_relation(text: str, customer: str, supplier: str) -> None:
    assert ("customer_start", customer, supplier) in customers(text)


# not_customer.only_could_become: a customer that could become the largest is no relation today.
@pytest.mark.parametrize(
    "text",
    [
        "Korvia said Bellmark could become its largest customer.",
        "Dorvane said Quentaro may become its biggest client next year.",
        "Tellavo expects Harlow Mills to become its largest customer by 2027.",
        "Varnow said Ostrel is set to become its top customer.",
    ],
)
def test_a_possible_largest_customer_continues_nothing(text: str) -> None:
    assert customers(text) == []


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        ("Korvia shares fell after Bellmark, its largest customer, said it would delay a plant.", "Bellmark", "Korvia"),
        ("Shares of Dorvane fell after its top customer Quentaro cut its forecast.", "Quentaro", "Dorvane"),
        ("Tellavo became Harlow Mills's largest customer in 2020.", "Tellavo", "Harlow Mills"),
    ],
)
def test_a_largest_customer_told_as_a_fact_continues(text: str, customer: str, supplier: str) -> None:
    assert ("customer_continue", customer, supplier) in customers(text)


# parties._MARKET_FROM: "orders from Germany" come from a market, not from its state.
@pytest.mark.parametrize(
    "text",
    [
        "Bellmark won orders from Germany and France worth 20 million euros.",
        "Korvia saw strong demand from China in the quarter.",
        "Dorvane reported record sales from Italy, its chief executive Maria Lund said.",
        "Quentaro booked orders coming from Spain and Portugal.",
    ],
)
def test_a_country_after_a_plural_of_trade_is_no_customer(text: str) -> None:
    found = customers(text)
    assert not [who for _, who, _ in found if who in ("Germany", "France", "China", "Italy", "Spain", "Portugal")]
    assert not [name for name in companies(text) if name in ("Germany", "France", "China", "Italy", "Spain")]


@pytest.mark.parametrize(
    ("text", "country", "supplier"),
    [
        ("Dorvane won an order from India for 26 jets.", "India", "Dorvane"),
        ("India has ordered 26 jets from Korvia.", "India", "Korvia"),
        ("Bellmark signed a contract with Poland for 40 tanks.", "Poland", "Bellmark"),
    ],
)
def test_a_country_that_buys_is_still_a_customer(text: str, country: str, supplier: str) -> None:
    assert ("customer_start", country, supplier) in customers(text)


# mentions._index_tail: the last word of a stock index's name is no firm of its own.
@pytest.mark.parametrize(
    "text",
    [
        "News Corp agreed to buy Dow Jones for 5 billion dollars.",
        "Korvia said Dow Jones had signed a contract with it.",
        "Bellmark signed a deal with Dow Jones to license its data.",
    ],
)
def test_jones_of_dow_jones_is_no_firm(text: str) -> None:
    assert "Jones" not in companies(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bellmark signed a supply deal with Jones Soda last week.", "Jones Soda"),
        ("Korvia agreed to buy Hang Quentaro Logistics.", "Hang Quentaro Logistics"),
        ("Dorvane won a contract from Euro Bellmark Freight.", "Euro Bellmark Freight"),
    ],
)
def test_names_after_an_index_opener_stay_firms(text: str, name: str) -> None:
    assert name in companies(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("However, demand from France fell in the spring, said Pierre Dupont.", "en"),
        ("Meanwhile, Chancellor Olaf Scholz said orders from Germany would recover.", "en"),
        ("Selon Jean Martin, les commandes de la France ont reculé au printemps.", "fr"),
        ("Festival organisers said visitors from Italy could become its largest group.", "en"),
        ("The iPhone maker moved its listing plans to Nasdaq, Mr Smith said.", "en"),
        ("Lund cut its forecast after the Cannes festival, Maria Lund said.", "en"),
    ],
)
def test_people_places_and_openers_give_no_customer(text: str, language: str) -> None:
    assert customers(text, language) == []


def losses(title: str, body: str, language: str = "en") -> list[tuple[str, str | None, float | None, bool | None]]:
    """(type, customer, amount, major) of every customer loss (end or at risk) of an article."""
    item = NewsItem(id="t", title=title, body=body, language=language)  # type: ignore[arg-type]
    return [
        (e.type, e.subject.name if e.subject else None, e.amount.value if e.amount else None, e.major_customer)
        for e in extract(item).events
        if e.type in ("customer_end", "customer_at_risk")
    ]


# order_worth.size_lost_orders: the worth of the lost customer's orders, told in a sentence naming both parties.
@pytest.mark.parametrize(
    ("title", "body", "language", "amount", "major"),
    [
        ("Korvia may cancel orders with Bellmark", "Korvia placed orders worth $4 billion with Bellmark in 2019.", "en",
         4e9, None),
        ("Dorvane veut diviser par deux sa commande auprès de Quentaro",
         "Dorvane a annoncé vouloir réduire de moitié sa commande de 100 rames auprès de Quentaro, passée en 2015 pour "
         "un montant de près de 2 milliards d'euros.", "fr", 2e9, None),
        ("Dorvane pourrait renoncer à des commandes chez Quentaro",
         "Dorvane a prévenu mercredi qu'elle pourrait annuler plusieurs milliards de dollars de commandes passées "
         "auprès de Quentaro.", "fr", None, True),
    ],
)  # fmt: skip
def test_the_worth_of_lost_orders_sizes_the_loss(
    title: str, body: str, language: str, amount: float | None, major: bool | None
) -> None:
    found = losses(title, body, language)
    assert found and all(value == amount and is_major == major for _, _, value, is_major in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Korvia and Bellmark together employ 4,000 people and made $2 billion in sales.",
        "Maria Lund, who ran Bellmark's Paris office, said Korvia had been a customer since 2009.",
        "Meanwhile, orders at Bellmark from Germany rose to $3 billion, Korvia's rival Dorvane said.",
    ],
)
def test_a_sum_that_is_no_order_of_the_customer_sizes_nothing(body: str) -> None:
    found = losses("Korvia may cancel orders with Bellmark", body)
    assert found and all(value is None and not is_major for _, _, value, is_major in found), found


# customer_loss.major_losses_listed_from: "lost a major customer:" sizes each loss named after the colon.
@pytest.mark.parametrize(
    ("body", "customers"),
    [
        ("Two suppliers said they lost a major customer: Dorvane announced the loss of Korvia, and Bellmark "
         "disclosed the loss of Quentaro as a customer.", {"Korvia", "Quentaro"}),
        ("Two listed firms have lost their biggest client: Tellavo announced the loss of Harlow Mills.",
         {"Harlow Mills"}),
        ("Both makers lost a key customer: Varnow announced the loss of Ostrelia.", {"Ostrelia"}),
    ],
)  # fmt: skip
def test_losses_listed_after_a_major_heading_are_major(body: str, customers: set[str]) -> None:
    found = losses("", body)
    assert {who for _, who, _, is_major in found if is_major} >= customers, found


@pytest.mark.parametrize(
    "body",
    [
        "Dorvane announced the loss of Korvia, and Bellmark disclosed the loss of Quentaro as a customer.",
        "Dorvane lost a major customer, and Bellmark announced the loss of Quentaro.",
        "However, Maria Lund said: Bellmark announced the loss of Quentaro as a customer.",
    ],
)
def test_losses_without_a_major_heading_before_a_colon_stay_unsized(body: str) -> None:
    found = losses("", body)
    assert not [who for _, who, _, is_major in found if is_major and who == "Quentaro"], found


# mentions._succeeded_surname: a lone surname after a verb of succession is the leader replaced, no firm.
@pytest.mark.parametrize(
    "text",
    [
        "Korvia's chief operating officer Paul Brandt, 48, will take over from Skinner on July 1.",
        "Anna Moretti would succeed Skinner as chief executive, Bellmark said.",
        "Dorvane named Jean Dupont to replace Skinner, who retires in June.",
        "Quentaro said Skinner would be replaced by Maria Lund, and Lund takes over from Skinner as president in May.",
    ],
)
def test_a_surname_taken_over_from_is_no_firm(text: str) -> None:
    assert "Skinner" not in companies(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korvia will take over from Bellmark as the supplier of brakes to Dorvane.", "Bellmark"),
        ("Korvia will replace Bellmark as Dorvane's chip supplier.", "Bellmark"),
        ("Korvia took over from Bellmark at Dorvane last year.", "Bellmark"),
    ],
)
def test_a_firm_taken_over_from_stays_a_firm(text: str, name: str) -> None:
    assert name in companies(text)


# not_customer.investor_leaves: an investment arm walking away from a company sells a holding, ends no supply.
@pytest.mark.parametrize(
    "text",
    [
        "MUMBAI - Dorvane Group's Indian investment arm has walked away from Quentaro Power.",
        "Dorvane SA's investment arm has walked away from Quentaro Power, selling its 10% stake.",
        "Tellavo Group's investment unit has walked away from Harlow Mills.",
    ],
)
def test_an_investor_walking_away_ends_no_supply(text: str) -> None:
    assert customers(text) == []


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        ("Dorvane walked away from Quentaro Power after a price dispute.", "Dorvane", "Quentaro Power"),
        ("Tellavo Group has walked away from Harlow Mills as its packaging supplier.", "Tellavo", "Harlow Mills"),
        ("Korvia walked away from Bellmark Energy, its gas supplier since 2015.", "Korvia", "Bellmark Energy"),
    ],
)  # fmt: skip
def test_a_customer_walking_away_still_ends(text: str, customer: str, supplier: str) -> None:
    assert ("customer_end", customer, supplier) in customers(text)


# A denial ("is not a customer of") is never read as a relation that stands: denied, or nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Renault is not a customer of Valeo.",
        "Renault is not a Valeo customer, a spokesman said.",
        "Korvia is not a customer of Bellmark.",
        "Valeo said Renault was not among its customers.",
    ],
)
def test_a_denied_customer_is_no_fact(text: str) -> None:
    item = NewsItem(id="t", title="", body=text, language="en")  # type: ignore[arg-type]
    assert all(e.modality == "denied" for e in extract(item).events if e.type.startswith("customer_"))


# rules._buyer_as_supplier: a party described as a customer ("a major customer") is never read as the supplier.
@pytest.mark.parametrize(
    "text",
    [
        "Korvia fell after Bellmark, its biggest customer, cut orders.",
        "Bellmark, a major customer, cut orders.",
        "Tellavo fell after Harlow Mills, its top client, reduced orders.",
    ],
)
def test_a_described_customer_is_no_supplier(text: str) -> None:
    assert not [whom for _, _, whom in customers(text) if whom and ("customer" in whom or "client" in whom)]


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        ("Shares of Korvia fell after Bellmark, its biggest customer, cut orders.", "Bellmark", "Korvia"),
        ("Dorvane, a longtime client, has dropped Quentaro.", "Dorvane", "Quentaro"),
        ("Tellavo dropped Harlow Mills, a supplier since 2009.", "Tellavo", "Harlow Mills"),
    ],
)
def test_a_named_supplier_beside_a_described_customer_stays(text: str, customer: str, supplier: str) -> None:
    assert any(who == customer and whom == supplier for _, who, whom in customers(text))
