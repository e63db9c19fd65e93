"""Session 21 (custunk): customers and suppliers no knowledge base knows, read by their role in a customer frame.

Each reader of :mod:`streams.extraction.customer_roles` is proved on invented sentences (unknown company names, other
nouns and verbs of the class, French as well as English) and on near misses that must name no company: people,
places, openers, festivals, products and a relation noun inside a compound.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples


def names(text: str, language: str = "en") -> set[str]:
    """The names of the companies recognised in ``text``."""
    return {mention.name for mention in Article(text, language, None, load_knowledge_base()).companies}


def continued(text: str, language: str = "en") -> set[tuple[str | None, str | None]]:
    """(customer, supplier) of every ``customer_continue`` event of ``text``."""
    return {(s, o) for _, s, o in triples(text, language, types=("customer_continue",))}


# The holder of a relation noun and the other party: copula, apposition, possessive, attribute, names after the noun.
@pytest.mark.parametrize(
    ("text", "language", "customer", "supplier"),
    [
        ("Dorvane was the biggest customer of Korvia, accounting for a third of its turnover.", "en", "Dorvane",
         "Korvia"),
        ("Tessaro, long Vimbleton's single biggest customer, buys most of its parts.", "en", "Tessaro", "Vimbleton"),
        ("Quentaro ranks among Harlowe's best customers, operating a fleet of 200 of its jets.", "en", "Quentaro",
         "Harlowe"),
        ("Bellmark, one of the largest suppliers to Quentaro, is in the middle of a restructuring.", "en", "Quentaro",
         "Bellmark"),
        ("Zentrix is also a battery supplier to Morvel, one of the group's rivals.", "en", "Morvel", "Zentrix"),
        ("Lexworth, another important Dorvane supplier, had already lowered its outlook.", "en", "Dorvane",
         "Lexworth"),
        ("Halvex, the world's largest maker of routers, ranks as Belcor's second-biggest client behind Ostra.", "en",
         "Halvex", "Belcor"),
        ("Fentix, the largest overall customer of both Korvia and Solzen, said the two may cut output.", "en",
         "Fentix", "Solzen"),
    ],
)  # fmt: skip
def test_the_parties_of_a_relation_noun_are_companies(text: str, language: str, customer: str, supplier: str) -> None:
    assert {customer, supplier} <= names(text, language)
    assert (customer, supplier) in continued(text, language)


@pytest.mark.parametrize(
    ("text", "customers", "supplier"),
    [
        ("According to analysts, the customers of Rennova include Korvia and Bellmark.", ("Korvia", "Bellmark"),
         "Rennova"),
        ("Pelgorn's vision chips are used by two dozen carmakers, among them Tessaro, Quentaro and Harlowe.",
         ("Tessaro", "Quentaro", "Harlowe"), "Pelgorn"),
        ("Fenbrook, a maker of software used by Ostcor, Dalvane and Rimsby to connect machines, is raising money.",
         ("Ostcor", "Dalvane", "Rimsby"), "Fenbrook"),
    ],
)  # fmt: skip
def test_customers_listed_after_a_relation_are_companies(text: str, customers: tuple[str, ...], supplier: str) -> None:
    found = continued(text)
    assert {(customer, supplier) for customer in customers} <= found


# Both sides of a share of sales, and a supplier's reliance on its customer.
@pytest.mark.parametrize(
    ("text", "language", "customers", "supplier"),
    [
        ("We estimate that Sorvane accounts for about 40% of revenue at Cortavo.", "en", ("Sorvane",), "Cortavo"),
        ("Renvella ne pesait que 23,9 % des ventes de Nercor en 2020, selon un analyste.", "fr", ("Renvella",),
         "Nercor"),
        ("Halsor et Rixbel ne représentent plus que 18 % des ventes de première monte de Draquen.", "fr",
         ("Halsor", "Rixbel"), "Draquen"),
        ("Le Mordavin représente à lui seul 10 % du chiffre d'affaires total de Halvenz.", "fr", ("Mordavin",),
         "Halvenz"),
    ],
)  # fmt: skip
def test_a_share_of_sales_names_its_customer_and_supplier(
    text: str, language: str, customers: tuple[str, ...], supplier: str
) -> None:
    found = names(text, language)
    assert {*customers, supplier} <= found
    relations = continued(text, language)
    assert {(customer, supplier) for customer in customers} <= relations


def test_a_suppliers_reliance_names_every_listed_supplier() -> None:
    relations = continued("Rixnor, Vangel and Tisbro all rely heavily on Belfenna for their revenue.")
    assert {("Belfenna", "Rixnor"), ("Belfenna", "Vangel"), ("Belfenna", "Tisbro")} <= relations


# A customer giving its business: the suppliers after "to", or after a contract's "with".
@pytest.mark.parametrize(
    ("text", "suppliers"),
    [
        ("Spanish operator Halgorn has awarded new 5G contracts in equal shares to Fenlex and Morsolt.",
         ("Fenlex", "Morsolt")),
        ("The agency has handed consulting contracts worth millions of dollars to Cortavo, Dalzen and Gorrent.",
         ("Cortavo", "Dalzen", "Gorrent")),
        ("The ministry approved a fourth contract, with Zentislo and Haldor, for 200 million doses.",
         ("Zentislo", "Haldor")),
        ("A maintenance agreement signed in 2023 between Rixcorvo and Belrenna was amended.", ("Rixcorvo", "Belrenna")),
        ("The airline is looking at ordering 300 jets from either Morrixa or Hallexo.", ("Morrixa", "Hallexo")),
    ],
)  # fmt: skip
def test_the_suppliers_a_customer_gives_its_business_to_are_companies(text: str, suppliers: tuple[str, ...]) -> None:
    assert set(suppliers) <= names(text)


# Near misses: people, places, openers, festivals, products, compounds.
@pytest.mark.parametrize(
    ("text", "language", "not_name"),
    [
        ("Emma Larkin, a loyal customer of the bakery, complained about the prices.", "en", "Emma Larkin"),
        ("Larkin, the shop's biggest customer, said the queue was too long.", "en", "Larkin"),
        ("However, its biggest customers are in Asia.", "en", "However"),
        ("However, its biggest customers are in Asia.", "en", "Asia"),
        ("Meanwhile, the largest suppliers to Europe cut their prices.", "en", "Europe"),
        ("Par ailleurs, le premier client de Korvia a signé.", "fr", "Par ailleurs"),
        ("Toulouse, premier client de Dorvane, a signé.", "fr", "Toulouse"),
        ("Diwali, a big customer season, starts next week.", "en", "Diwali"),
        ("Christmas accounts for 30% of sales at Dorvane.", "en", "Christmas"),
        ("Azure accounts for 20% of Microsoft's revenue.", "en", "Azure"),
        ("Gaming makes up a third of Sony's sales.", "en", "Gaming"),
        ("Auto-safety supplier Corquan is ending its supply deal with Soltavo.", "en", "Auto-safety"),
        ("Top customer Korvia will not extend the contract with Dorvane.", "en", "Top"),
        ("The Macron government, a major customer of Dorvane, said nothing.", "en", "Macron"),
        ("Senator Wade, a longtime customer of Dorvane, spoke first.", "en", "Senator Wade"),
        ("The council has handed its cleaning work to Emma Larkin.", "en", "Emma Larkin"),
        ("The council has awarded its cleaning contract to Mr Larkin.", "en", "Larkin"),
        ("Selon Dorvane, Korvia ne pesait que 12 % des ventes de Bellmark.", "fr", "Selon Dorvane"),
        ("The accord widens an alliance between the Detroit company and its Japanese partner.", "en", "Detroit"),
        ("Korvia était un client de Dorvane, mais ce fournisseur de Baie-Comeau lui vend peu.", "fr", "Baie-Comeau"),
    ],
)  # fmt: skip
def test_a_person_place_opener_festival_or_product_in_a_customer_frame_is_no_company(
    text: str, language: str, not_name: str
) -> None:
    assert not_name not in names(text, language)


def test_a_festival_before_a_share_gives_no_relation() -> None:
    assert continued("Easter accounts for 20% of revenue at Dorvane.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Separately, Renquor has been chosen as driveline supplier for Daltiro's new trucks.",
        "Renquor, recently selected as battery supplier to Daltiro, is hiring.",
        "Renquor has been picked as the sole supplier for Daltiro's buses.",
    ],
)
def test_a_supplier_just_chosen_is_no_standing_relation(text: str) -> None:
    assert continued(text) == set()


def test_a_supplier_noun_still_reads_a_standing_relation() -> None:
    assert continued("Renquor, a longtime supplier to Daltiro, cut jobs.") == {("Daltiro", "Renquor")}
