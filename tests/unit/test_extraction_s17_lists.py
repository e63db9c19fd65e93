"""Round 14 (session 17), organisations named in lists and coordinations.

A capitalised name coordinated with a found company ("A, B and C", « A et B », "A, B, ainsi que C") is a company too.
The list is read again once the names a verb, an opener or a headline makes companies are known, so a member next
to such a name is found; a base name written in another case is the base's company when it is listed with others;
a list may close on "ainsi que / as well as" before the found name; a second "and" before a capital makes two
joined words one name. Every sentence here is invented; each group has near misses that must not give a name.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str, language: str = "en") -> set[str]:
    return {mention.name for mention in Article(text, language, None, _KB).companies}


@pytest.mark.parametrize(
    ("text", "language", "member"),
    [
        # The found neighbour is read next to the verb only (no table, no legal form): the list is read after it.
        ("In 2019, Harlow Foods moved its media work away from Tessmer to QRN and Bolvane.", "en", "Bolvane"),
        ("The plant is run by a joint venture between Dravik and Quenby.", "en", "Quenby"),
        ("Les négoces Varlin et Corbeau ont fusionné en mai.", "fr", "Varlin"),
        # A list that closes on "ainsi que" before the found company.
        (
            "Trois start-up, Lumarin, Pexoval et Sarquin, ainsi que Veltrada, filiale d'Airbus, ont remporté l'appel "
            "d'offres.",
            "fr",
            "Pexoval",
        ),
        # A base name in capitals, listed with companies.
        ("The phone uses chips from suppliers such as Qualcomm, Broadcom and ARM.", "en", "Arm"),
    ],
)
def test_member_of_a_list_with_a_found_company(text: str, language: str, member: str) -> None:
    assert member in _names(text, language)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # Two "and"s: the words joined after the company are one name, not two list members.
        (
            "The partnership between Zentrix and the Biomedical Advanced Research and Development Authority grew.",
            "Development Authority",
        ),
        (
            "The partnership between Zentrix and the Biomedical Advanced Research and Development Authority grew.",
            "Biomedical Advanced Research",
        ),
        # A comma after a company opens a new clause, not a list.
        ("Quarrin moved its account to Bolvane, Harlow said on Monday.", "Harlow"),
        # A base name in its own spelling that the finder set aside stays a person's name.
        ("Shares of Qualcomm and Broadcom rose, said Harvey Schwartz.", "Harvey"),
    ],
)
def test_no_member_where_no_list(text: str, not_a_name: str) -> None:
    assert not_a_name not in _names(text)


def test_member_found_late_reaches_the_fact() -> None:
    assert ("customer_start", "Harlow Foods", "Bolvane") in triples(
        "In 2019, Harlow Foods moved its media work away from Tessmer to QRN and Bolvane.", "en", prefix="customer"
    )


# A plural kind noun heads the list ("three suppliers, A, B and C", « ses filiales A et B ») or describes it after
# (", both units of Z", « , deux sociétés contrôlées par Z »): each member is a firm.


@pytest.mark.parametrize(
    ("text", "language", "members"),
    [
        (
            "Tovane will move its catering to three outside suppliers, Marrow Kitchens, Pellico and Dunsford Fare, "
            "which will cook its meals.",
            "en",
            {"Marrow Kitchens", "Pellico", "Dunsford Fare"},
        ),
        ("Kelbry halted deliveries to chains such as Ostwin and Brannock last month.", "en", {"Ostwin", "Brannock"}),
        ("The round drew Munich firms Vellor and Quistan as well.", "en", {"Vellor", "Quistan"}),
        (
            "Last year Harbeck and Solvane, both units of the Dorrit Group, stopped deliveries.",
            "en",
            {"Harbeck", "Solvane"},
        ),
        ("Cuts were made at Pellburn and Roswick, two of Tovane's biggest suppliers.", "en", {"Pellburn", "Roswick"}),
        (
            "Le groupe fabrique des remorques par l'intermédiaire de ses filiales Kervalec et Morvanic.",
            "fr",
            {"Kervalec", "Morvanic"},
        ),
        (
            "Le réseau a été cédé à Valdrome et Pérignac, deux sociétés contrôlées par une banque.",
            "fr",
            {"Valdrome", "Pérignac"},
        ),
        (
            "Le fonds a soutenu des deeptechs comme Quantrel, Myrvane ou encore Sobrik.",
            "fr",
            {"Quantrel", "Myrvane", "Sobrik"},
        ),
    ],
)
def test_members_of_a_list_a_plural_kind_describes(text: str, language: str, members: set[str]) -> None:
    assert members <= _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "not_a_name"),
    [
        # People, places and goods: no kind of firm heads these lists.
        ("The fund backed founders such as Peter Hallam and Marc Dorsey.", "en", "Peter Hallam"),
        ("The carmaker sells in markets such as Brazil and Mexico.", "en", "Brazil"),
        ("Tovane sells brands such as Crisply and Munchos.", "en", "Crisply"),
        # A single name after the plural is no list: it may open the next clause.
        ("Tovane has three suppliers, Pellburn included.", "en", "Pellburn"),
        # A capitalised kind is a word of a name, not a head.
        ("Shares of Federated Companies Harbeck and Solvane rose.", "en", "Harbeck"),
        # The members told after a date are no members.
        ("Les filiales ont été créées en Janvier et Février.", "fr", "Février"),
    ],
)
def test_no_kind_list_where_no_firms(text: str, language: str, not_a_name: str) -> None:
    assert not_a_name not in _names(text, language)


def test_kind_list_member_reaches_the_fact() -> None:
    text = "Last year Harbeck and Solvane, two of Tovane's biggest suppliers, cut jobs as Tovane moved production."
    assert ("customer_continue", "Tovane", "Harbeck") in triples(text, "en", prefix="customer")


# A name read after a possessive ("AMD's Radeon HD 6770M", "Apple's iPhones") starts no list once the late readers
# have run: it names a product as often as a firm.


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Zentrix laptops rely on Orvane's Kestrel HD 6770M and Kestrel HD 6750M chips.", "Kestrel HD 6750M"),
        (
            "Les collaborations de Dravik avec Quenby datent de 2008, celles avec Sorlane de 2012, et Pexoval a "
            "signé un partenariat avec Dravik.",
            "Sorlane de 2012",
        ),
    ],
)
def test_late_list_starts_from_no_product(text: str, not_a_name: str) -> None:
    assert not_a_name not in _names(text, "fr" if " de " in text else "en")


# "B-owned X": the name glued to the prefix owns X, whoever the clause's subject is.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dravik and Quenby renewed their carriage deal covering Quenby-owned Sorlane.",
            [("stake", "Quenby", "Sorlane")],
        ),
        ("Orvane bought a family-owned manufacturer, Pexoval.", [("acquisition", "Orvane", "Pexoval")]),
    ],
)
def test_owner_prefix_names_the_owner(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", types=("acquisition", "stake")) == expected


# A counted description set off before a list ("to three outside suppliers, A, B and C", « trois start-up, A, B et
# C ») stands where a frame waits for its party, like "another chipmaker, the ...".


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Harlow Foods will move its catering to three outside suppliers, Marrow Kitchens, Pellico and Dunsford "
            "Fare, which will cook its meals.",
            "en",
            [
                ("customer_start", "Harlow Foods", "Dunsford Fare"),
                ("customer_start", "Harlow Foods", "Marrow Kitchens"),
                ("customer_start", "Harlow Foods", "Pellico"),
            ],
        ),
        (
            "Airbus a retenu trois start-up, Lumarin, Pexoval et Sarquin.",
            "fr",
            [
                ("customer_start", "Airbus", "Lumarin"),
                ("customer_start", "Airbus", "Pexoval"),
                ("customer_start", "Airbus", "Sarquin"),
            ],
        ),
        (
            "Tovane signed a contract with two suppliers, Pellburn and Roswick.",
            "en",
            [("customer_start", "Tovane", "Pellburn"), ("customer_start", "Tovane", "Roswick")],
        ),
        # A count that describes no firm ("two years ago") is no description of the party.
        ("Tovane signed a contract with Pellburn, two years ago.", "en", [("customer_start", "Tovane", "Pellburn")]),
        # The counted kinds are not the party when a verb follows them: no supplier named.
        ("Tovane signed contracts with three suppliers, analysts said.", "en", []),
    ],
)
def test_counted_description_before_a_list(text: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, language, prefix="customer") == expected
