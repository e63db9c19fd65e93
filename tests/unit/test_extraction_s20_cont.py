"""Session 20 (cont): a customer or supplier named by a role noun around it (``ongoing_roles.py``).

Each shape is proved on invented sentences (other role nouns, the parties in the other order, lists, French as well as
English, names the knowledge base does not know) and on near misses that must not give the continuation (a former,
new or potential role, a supplier being dropped, another relation noun, a denial).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

CONTINUE = "customer_continue"


def continued(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_continue event of ``text``."""
    return sorted((s, o) for t, s, o in triples(text, language, prefix="customer_") if t == CONTINUE)


# A possessive or a lasting adjective, the role noun, then the named party: its holder; the subject, the other side.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Shares of Valeo rose after its top customer Renault raised its output target.", "en",
         [("Renault", "Valeo")]),
        ("AerCap signed leases with long-standing customer Norvale Airways for three new jets.", "en",
         [("Norvale Airways", "AerCap")]),
        ("In a filing, Airbus said its longtime customers Lufthansa and Norvale Airways had asked for more jets.", "en",
         [("Lufthansa", "Airbus"), ("Norvale Airways", "Airbus")]),
        ("Tesla and its battery supplier Panasonic said output rose in Nevada.", "en", [("Tesla", "Panasonic")]),
        ("Valeo et son client historique Renault ont signé un avenant.", "fr", [("Renault", "Valeo")]),
        ("Valeo a vu ses ventes baisser chez ses clients historiques Renault et Stellantis.", "fr",
         [("Renault", "Valeo"), ("Stellantis", "Valeo")]),
    ],
)
def test_possessed_role_names_its_holder(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert continued(text, language) == pairs


# The role phrase fronted before the sentence's subject.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("A longtime customer of Valeo, Renault said on Tuesday it would not back the offer.", "en",
         [("Renault", "Valeo")]),
        ("Client historique de Valeo, Renault a refusé mardi de soutenir l'offre de reprise.", "fr",
         [("Renault", "Valeo")]),
        ("Fournisseur d'Airbus depuis 1990, Latécoère a annoncé une hausse de ses ventes.", "fr",
         [("Airbus", "Latécoère")]),
        ("A supplier to Boeing for two decades, Spirit AeroSystems said it would cut jobs.", "en",
         [("Boeing", "Spirit AeroSystems")]),
    ],
)
def test_fronted_role_names_the_subject(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert continued(text, language) == pairs


# The role noun's owner, then the list of its customers or suppliers.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Among the largest customers of Valeo are Renault and Stellantis.", "en",
         [("Renault", "Valeo"), ("Stellantis", "Valeo")]),
        ("Among Valeo's biggest customers are Renault and Stellantis.", "en",
         [("Renault", "Valeo"), ("Stellantis", "Valeo")]),
        ("According to an analyst note, the customers of Kelvora Systems include Intel and Samsung Electronics.",
         "en", [("Intel", "Kelvora Systems"), ("Samsung Electronics", "Kelvora Systems")]),
        ("Parmi les gros fournisseurs de Renault figurent aussi Siemens et ABB.", "fr",
         [("Renault", "ABB"), ("Renault", "Siemens")]),
        ("Valeo, whose largest customer is Renault, reported lower sales.", "en", [("Renault", "Valeo")]),
        ("Valeo, dont le premier client est Renault, a publié ses ventes.", "fr", [("Renault", "Valeo")]),
    ],
)
def test_owner_then_its_listed_holders(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert continued(text, language) == pairs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shares of Valeo fell after its former customer Renault built its own parts.", "en"),
        ("AerCap signed leases with new customer Norvale Airways for three jets.", "en"),
        ("Tesla and its new battery supplier Panasonic said output rose.", "en"),
        ("Valeo et son ancien client Renault sont en litige.", "fr"),
        ("A former customer of Valeo, Renault said on Tuesday it would not back the offer.", "en"),
        ("Among the potential customers of Valeo are Renault and Stellantis.", "en"),
        ("Among the rivals of Valeo are Renault and Stellantis.", "en"),
        ("Among the shareholders of Valeo are Renault and Stellantis.", "en"),
        ("IndiGo ordered 600 engines from CFM International, snubbing its existing supplier Pratt & Whitney.", "en"),
    ],
)
def test_role_not_current_or_not_a_role_is_no_continuation(text: str, language: str) -> None:
    assert continued(text, language) == []


def test_role_phrase_opening_a_list_is_no_apposition() -> None:
    """A source before "the customers of X include A" is no customer of X."""
    text = "According to Capital IQ, the customers of Kelvora Systems include Intel and Samsung Electronics."
    assert ("Capital IQ", "Kelvora Systems") not in continued(text)


# relation_patterns: a supplier's work going on, its customer owning what the work goes into or the place of it.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Capgemini will keep running the data centres of Renault for five more years.", "en",
         [("Renault", "Capgemini")]),
        ("Sodexo will keep managing food service at Renault sites for five more years.", "en",
         [("Renault", "Sodexo")]),
        ("Thales would go on maintaining the radars of Airbus under the current contract.", "en",
         [("Airbus", "Thales")]),
        ("Under the renegotiated contract, Kelvora Systems will keep running the technology operations of Norvale "
         "Bank for seven more years.", "en", [("Norvale Bank", "Kelvora Systems")]),
        ("Valeo continue de fournir des phares à Renault.", "fr", [("Renault", "Valeo")]),
        ("Sodexo continuera de gérer les cantines de Renault.", "fr", [("Renault", "Sodexo")]),
        ("Le groupe Kelvora continuera d'approvisionner Renault en batteries jusqu'en 2030.", "fr",
         [("Renault", "Kelvora")]),
        ("Thales continuerait à entretenir les radars d'Airbus, selon la presse.", "fr", [("Airbus", "Thales")]),
    ],
)
def test_work_going_on_names_its_customer(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert continued(text, language) == pairs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Capgemini will keep making the most of Renault's data.", "en"),
        ("Capgemini will keep running the rest of Renault's plants.", "en"),
        ("Capgemini stopped running the data centres of Renault last year.", "en"),
        ("Capgemini will start running the data centres of Renault next year.", "en"),
        ("Valeo va commencer à fournir des phares à Renault.", "fr"),
        ("Valeo continue de croître au Brésil.", "fr"),
    ],
)
def test_work_not_going_on_is_no_continuation(text: str, language: str) -> None:
    assert continued(text, language) == []


# ongoing_examples: the customer named as an example of the buyers a supplier's work goes to.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Valeo supplies headlamps to carmakers such as Renault and Stellantis.", "en",
         [("Renault", "Valeo"), ("Stellantis", "Valeo")]),
        ("Valeo supplies headlamps to several carmakers, including Renault and Stellantis.", "en",
         [("Renault", "Valeo"), ("Stellantis", "Valeo")]),
        ("Kelvora already sells cathode material to battery makers including Panasonic and Norvale Cells.", "en",
         [("Norvale Cells", "Kelvora"), ("Panasonic", "Kelvora")]),
        ("Valeo fournit des phares à plusieurs constructeurs, dont Renault et Stellantis.", "fr",
         [("Renault", "Valeo"), ("Stellantis", "Valeo")]),
        ("Valeo livre déjà des batteries à des constructeurs comme Renault et Stellantis.", "fr",
         [("Renault", "Valeo"), ("Stellantis", "Valeo")]),
    ],
)
def test_buyers_named_as_examples_are_customers(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert continued(text, language) == pairs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Valeo supplies headlamps to carmakers in countries such as France and Norway.", "en"),
        ("Valeo supplies headlamps to carmakers, as Renault said on Monday.", "en"),
        ("Valeo will supply headlamps to carmakers such as Renault and Stellantis from 2026.", "en"),
    ],
)
def test_examples_not_of_buyers_or_not_yet_buying_are_no_continuation(text: str, language: str) -> None:
    assert continued(text, language) == []
