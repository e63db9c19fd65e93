"""Round 13 (session 16), customer_continue in English sentences: standing supply told in one sentence.

Every sentence here is invented; each group has positives and near misses that must not give the relation.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

# A major-customer phrase between two named companies states a standing relation ("X, Y's largest customer").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Costco is Kimberly-Clark's largest customer, buying about $3 billion of goods a year.",
         ("customer_continue", "Costco", "Kimberly-Clark")),
        ("Shares of Cirrus Logic slipped on Monday after Samsung, its largest customer, trimmed its forecast.",
         ("customer_continue", "Samsung Electronics", "Cirrus Logic")),
        ("Toyota, the biggest customer of Denso, reported record profits.",
         ("customer_continue", "Toyota", "Denso")),
    ],
)
def test_major_customer_phrase_is_standing_relation(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text, "en", prefix="customer") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentence tells the news about the pair: that event only.
        ("Shares of Cirrus Logic fell after Samsung, its largest customer, said it would stop buying its chips.",
         [("customer_end", "Samsung Electronics", "Cirrus Logic")]),
        # A major customer of nobody named: no relation.
        ("Samsung, a major customer, reported record profits.", []),
        # A rival compared, no customer phrase.
        ("Samsung, the largest rival of Apple, reported record profits.", []),
    ],
)
def test_major_customer_phrase_near_misses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


def test_standing_relation_gives_way_to_the_news_of_the_article() -> None:
    text = (
        "Tesco has ended its contract with Kellogg, the cereal maker said on Monday. "
        "Tesco is Kellogg's biggest customer in Britain."
    )
    assert triples(text, "en", prefix="customer") == [("customer_end", "Tesco", "Kellogg")]


# A supplier noun phrase around two companies: "Y, a major chip supplier to X", "A and B, two of X's suppliers".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jabil, one of the largest suppliers to Apple, cut its forecast on Tuesday.",
         [("customer_continue", "Apple", "Jabil")]),
        ("Bosch, a key brake supplier to Volkswagen, said sales rose.",
         [("customer_continue", "Volkswagen", "Bosch")]),
        ("Panasonic is also a battery supplier to Toyota, the Nikkei said.",
         [("customer_continue", "Toyota", "Panasonic")]),
        ("Layoffs hit Foxconn and Pegatron, two of Apple's biggest suppliers, this spring.",
         [("customer_continue", "Apple", "Foxconn"), ("customer_continue", "Apple", "Pegatron")]),
        ("Qorvo, another important Apple supplier, lowered its outlook.",
         [("customer_continue", "Apple", "Qorvo")]),
        ("Apple suppliers Foxconn and Pegatron fell in Taipei on Monday.",
         [("customer_continue", "Apple", "Foxconn"), ("customer_continue", "Apple", "Pegatron")]),
    ],
)
def test_supplier_noun_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


@pytest.mark.parametrize(
    "text",
    [
        # A supplier of the past.
        "The feud between Volkswagen and its former supplier Bosch is escalating.",
        "Bosch, a former brake supplier to Volkswagen, said sales rose.",
        # Suppliers of a company in general, no party described.
        "Apple said its suppliers had raised prices.",
        "Foxconn said suppliers to Apple had raised prices.",
        # A kind of supplier, not a customer's name, before the noun.
        "Auto-safety supplier Mobileye said sales rose.",
        # Two companies joined by "and", no possessive.
        "Volkswagen and supplier Bosch signed nothing new.",
    ],
)
def test_supplier_noun_phrase_near_misses(text: str) -> None:
    assert triples(text, "en", types=("customer_continue",)) == []


# A supplier's work going on ("will go on supplying X for Y", "keeps making seats for Y") or under way ("is
# delivering chips to Y").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lear will keep making seats for Ford until 2026.", ("customer_continue", "Ford", "Lear")),
        ("Dean Foods said it will go on processing milk for Walmart stores in the south.",
         ("customer_continue", "Walmart", "Dean Foods")),
        ("Bosch continued supplying brakes to Volkswagen throughout the dispute.",
         ("customer_continue", "Volkswagen", "Bosch")),
        ("Qualcomm said it is delivering tested modems to Apple this quarter.",
         ("customer_continue", "Apple", "Qualcomm")),
    ],
)
def test_supply_going_on(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text, "en", prefix="customer") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Lear will keep making the case for a merger with Ford.",
        "Lear is producing a new report for Ford.",
        "Lear is making an offer for Ford.",
    ],
)
def test_supply_going_on_near_misses(text: str) -> None:
    assert triples(text, "en", types=("customer_continue",)) == []


def test_supply_stopped_is_an_end() -> None:
    assert triples("Lear will stop supplying seats to Ford.", "en", prefix="customer") == [
        ("customer_end", "Ford", "Lear")
    ]


# A reliance in the present: on a supplier ("relies on TSMC to make its chips"), or on a customer for revenue.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huawei, which relies on TSMC to make most of its chips, was hit hard.",
         [("customer_continue", "Huawei", "TSMC")]),
        ("Boeing depends heavily on Spirit AeroSystems for its fuselages.",
         [("customer_continue", "Boeing", "Spirit AeroSystems")]),
        ("Foxconn relies on Apple for more than half of its sales, an analyst said.",
         [("customer_continue", "Apple", "Foxconn")]),
        ("Qorvo and Skyworks Solutions both rely heavily on Apple for their revenue.",
         [("customer_continue", "Apple", "Qorvo"), ("customer_continue", "Apple", "Skyworks Solutions")]),
    ],
)
def test_reliance_in_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme relies on SoftBank for funding.",
        "Boeing relied on Spirit AeroSystems for years.",
        "From next year Bank of the West will rely on Brex to underwrite its cards.",
        "Boeing no longer relies on Spirit AeroSystems.",
    ],
)
def test_reliance_near_misses(text: str) -> None:
    assert triples(text, "en", types=("customer_continue",)) == []


# A renewal with its contract described ("renewed and widened its long-running content deal with Y"), a supplier
# renewing its deal to supply a customer, and a supplier winning an extension of its work for a customer.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foxtel has renewed and widened its long-running content deal with WarnerMedia.",
         ("customer_continue", "Foxtel", "WarnerMedia")),
        ("Asda has extended its five-year logistics agreement with Wincanton to 2029.",
         ("customer_continue", "Asda", "Wincanton")),
        ("McKesson said on Monday it has renewed its agreement to supply Walgreens with generic drugs.",
         ("customer_continue", "Walgreens", "McKesson")),
        ("DHL Supply Chain has been awarded a contract extension to run chilled transport for Boots until 2028.",
         ("customer_continue", "Boots", "DHL Supply Chain")),
        ("Wincanton has won a £20 million extension to provide warehousing for Asda.",
         ("customer_continue", "Asda", "Wincanton")),
    ],
)
def test_renewal_with_described_contract(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text, "en", prefix="customer") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # No renewal: a new deal to supply is a start.
        "McKesson said on Monday it has signed an agreement to supply Walgreens with generic drugs.",
        # A failed renewal.
        "Asda failed to extend its five-year logistics agreement with Wincanton.",
    ],
)
def test_renewal_with_described_contract_near_misses(text: str) -> None:
    assert triples(text, "en", types=("customer_continue",)) == []


# A customer noun phrase around two companies: "X, a loyal Y customer", "X, one of Y's hospital customers".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal came a year before United merged with Continental Airlines, a loyal Boeing customer.",
         [("customer_continue", "Continental Airlines", "Boeing")]),
        ("Walmart, one of Oracle's best-known retail customers, helped with the bid.",
         [("customer_continue", "Walmart", "Oracle")]),
        ("Boeing customers Ryanair and easyJet said nothing about the delays.",
         [("customer_continue", "Ryanair", "Boeing"), ("customer_continue", "easyJet", "Boeing")]),
    ],
)
def test_customer_noun_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ryanair told customers of Boeing to expect delays.",
        "Apple said its customers were happy with the new phones.",
        "The feud between Oracle and its former customer Mayo Clinic is escalating.",
        # A supplier of a company, told with "of": left alone, as the samples say.
        "Intel, a big supplier of Dell, said it would make its own graphics cards.",
    ],
)
def test_customer_noun_phrase_near_misses(text: str) -> None:
    assert triples(text, "en", types=("customer_continue",)) == []


def test_role_noun_is_no_clause_verb() -> None:
    """The bare noun must not cut the clause a counting verb reads its list in."""
    text = "Foxconn also counts Samsung Electronics and Xiaomi among its clients."
    assert ("customer_continue", "Xiaomi", "Foxconn") in triples(text, "en", prefix="customer")


# A customer's share of its supplier's sales, told by the share verb's own subject.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple accounted for about 40% of Skyworks Solutions' revenue last year.",
         [("customer_continue", "Apple", "Skyworks Solutions")]),
        ("Last year Samsung made up more than 20% of Intel's sales.",
         [("customer_continue", "Samsung Electronics", "Intel")]),
    ],
)
def test_share_of_sales_is_standing_relation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


def test_share_of_sales_names_its_subject_only() -> None:
    """A company named before the clause of the share verb is no customer."""
    text = "Google said on Monday that Samsung accounted for 20% of Intel's sales."
    assert triples(text, "en", prefix="customer") == [("customer_continue", "Samsung Electronics", "Intel")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Walmart, the Arkansas giant, is Procter & Gamble's largest single customer.",
         [("customer_continue", "Walmart", "Procter & Gamble")]),
        ("Ryanair ranks among Boeing's best customers, with a fleet of 500 jets.",
         [("customer_continue", "Ryanair", "Boeing")]),
        # Round 19: the customer ranked first buys from TSMC too (major_customer_lists.ranked_against).
        ("Huawei ranks as TSMC's second-biggest client behind Apple.",
         [("customer_continue", "Apple", "TSMC"), ("customer_continue", "Huawei", "TSMC")]),
    ],
)
def test_major_customer_rank_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected
