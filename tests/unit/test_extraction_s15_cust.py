"""Round 12 (session 15), customer relationships: readers for structures seen in new real articles.

Every sentence here is invented; each group has paraphrases as other reporters would write the same fact and near
misses that must not give it.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

# A renewal either side may announce, oriented by the noun that says what a party is: "XPO Logistics has renewed
# its contract with frozen food retailer Iceland Foods" (the supplier speaks first; the retailer is the customer).


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Wincanton has renewed its contract with retailer Asda for another three years.", "en",
         ("customer_continue", "Asda", "Wincanton")),
        ("DHL Supply Chain has extended its contract with supermarket chain Morrisons until 2028.", "en",
         ("customer_continue", "Morrisons", "DHL Supply Chain")),
        ("Logistics group Wincanton has extended its agreement with Asda until 2027.", "en",
         ("customer_continue", "Asda", "Wincanton")),
        ("Wincanton, the logistics group, has renewed its deal with Morrisons.", "en",
         ("customer_continue", "Morrisons", "Wincanton")),
        ("Agency Grey has renewed its contract with retailer Marks & Spencer.", "en",
         ("customer_continue", "Marks & Spencer", "Grey")),
        ("XPO Logistics renewed its contract with Iceland Foods on Monday.", "en",
         ("customer_continue", "Iceland Foods", "XPO Logistics")),
        ("FM Logistic a renouvelé son contrat avec l'enseigne Carrefour pour cinq ans.", "fr",
         ("customer_continue", "Carrefour", "FM Logistic")),
        ("Geodis a reconduit son contrat avec le distributeur Casino.", "fr",
         ("customer_continue", "Casino", "Geodis")),
        ("Geodis a prolongé son accord avec la Ville de Lyon.", "fr",
         ("customer_continue", "Ville de Lyon", "Geodis")),
    ],
)
def test_renewal_oriented_by_role_noun(text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert triples(text, language, prefix="customer") == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The customer speaks first and says so: no swap.
        ("Asda has renewed its contract with logistics provider Wincanton.", "en",
         [("customer_continue", "Asda", "Wincanton")]),
        ("Morrisons, the supermarket chain, has renewed its deal with Wincanton.", "en",
         [("customer_continue", "Morrisons", "Wincanton")]),
        # No role word on either side: the customer is still the one that speaks first.
        ("Comet has extended its contract with Wincanton for three years.", "en",
         [("customer_continue", "Comet", "Wincanton")]),
        ("Carrefour a renouvelé son contrat avec FM Logistic.", "fr",
         [("customer_continue", "Carrefour", "FM Logistic")]),
        # A role noun in an attribution describes the speaker, not the company before it.
        ("Ford has renewed its contract with Lear, the carmaker said.", "en",
         [("customer_continue", "Ford", "Lear")]),
        # An ending whose supplier is named with its role word: the words agree with the cue, no swap.
        ("Tesco has ended its contract with supplier Arla.", "en", [("customer_end", "Tesco", "Arla")]),
    ],
)
def test_renewal_role_noun_near_misses(text: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, language, prefix="customer") == expected


# A partnership noun in the sentence of a contract won or kept is that contract named again: "The five-year renewal
# extends XPO's partnership with Iceland". It is no alliance beside the supply relation.

_KEPT = ("partnership", "customer_continue", "customer_start", "customer_at_risk")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Iceland Foods renewed its contract with XPO Logistics. The five-year renewal extends XPO Logistics's "
         "partnership with Iceland Foods to more than a decade.", "en",
         [("customer_continue", "Iceland Foods", "XPO Logistics")]),
        ("Asda has extended its partnership with Wincanton until 2027.", "en",
         [("customer_continue", "Asda", "Wincanton")]),
        ("Tesco has renewed its contract with Wincanton, extending a partnership that began in 2012.", "en",
         [("customer_continue", "Tesco", "Wincanton")]),
        ("Picard a renouvelé son contrat avec Stef, prolongeant un partenariat de dix ans.", "fr",
         [("customer_continue", "Picard", "Stef")]),
    ],
)
def test_partnership_of_a_renewal_is_the_contract(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text, language, types=_KEPT) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # An alliance told in a sentence of its own stays beside the supply relation.
        ("Renault extended its contract with Publicis. The two groups also announced a partnership to develop a "
         "new platform.", "en",
         [("customer_continue", "Renault", "Publicis"), ("partnership", "Renault", "Publicis")]),
        # A partnership prolonged, with no side said to buy: an alliance, no supply relation.
        ("Le partenariat entre Carrefour et Stef a été prolongé de cinq ans.", "fr",
         [("partnership", "Carrefour", "Stef")]),
        # A partner in apposition is a standing alliance, even next to a supplier put at risk.
        ("Nissan veut ouvrir ses achats de batteries à d'autres fournisseurs que NEC, son partenaire historique.",
         "fr", [("customer_at_risk", "Nissan", "NEC"), ("partnership", "Nissan", "NEC")]),
    ],
)
def test_partnership_beside_a_contract_near_misses(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text, language, types=_KEPT) == expected


# Customers counted, not named, and orders in the plural: "Astronics has won orders from five different airlines",
# "has received orders worth $6 million from three U.S. airlines".


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Boeing won orders from five different airlines for its seats.", "en"),
        ("Boeing has received orders worth a combined $6 million from three U.S. airlines.", "en"),
        ("Boeing won a contract from three U.S. airlines.", "en"),
        ("Boeing has secured orders from several European carriers.", "en"),
        ("Boeing has won an order from an unidentified Asian commercial airline.", "en"),
        ("ECA Group a remporté un contrat de 20 millions d'euros auprès d'une marine étrangère.", "fr"),
    ],
)
def test_orders_from_customers_counted_or_described(text: str, language: str) -> None:
    supplier = text.split(" ", maxsplit=1)[0]
    assert triples(text, language, prefix="customer") == [("customer_start", None, supplier)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Named customers after the plural orders.
        ("Boeing has received orders from Delta and United.", "en",
         [("customer_start", "Delta", "Boeing"), ("customer_start", "United", "Boeing")]),
        # Orders counted in money or a period name no customer; customers counted in revenue are no new ones.
        ("Boeing received orders worth $2 billion in the quarter.", "en", []),
        ("Boeing said two customers accounted for 40% of its revenue.", "en", []),
        ("Boeing has delivered jets to three airlines this year.", "en", []),
        ("Alstom a reçu des commandes pour 2 milliards d'euros au premier trimestre.", "fr", []),
    ],
)
def test_orders_from_customers_near_misses(text: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, language, prefix="customer") == expected
