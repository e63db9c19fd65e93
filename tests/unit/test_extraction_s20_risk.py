"""Session 20 (risk): a customer's tie doubted, read by clause shape rather than by one phrase.

Each reader is proved on invented sentences (companies the knowledge base does not know, another verb of the class,
another tense or voice, the parties in the other order) and on near misses that must not give the relation.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

RISK = ("customer_at_risk",)


def at_risk(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_at_risk event of ``text``."""
    return [(s, o) for _, s, o in triples(text, language, types=RISK)]


# risk_patterns._FR_CONTRACT_DOUBTED: a contract naming both sides, then a passive predicate of doubt.
@pytest.mark.parametrize(
    "text",
    [
        "Le contrat qui unit la Ville de Lorient au groupe Ventrella devrait être revu.",
        "Le contrat qui confie à Ventrella la restauration scolaire de la Ville de Lorient sera réexaminé.",
        "Le contrat confié à Ventrella par la Ville de Lorient a été suspendu en attendant l'audit.",
        "Le marché attribué à Ventrella par la Ville de Lorient sera remis en concurrence.",
        "Très contesté par l'opposition, le contrat qui lie la Ville de Lorient au groupe Ventrella pourrait être "
        "prochainement renégocié, selon l'adjointe aux finances.",
    ],
)
def test_french_contract_doubted_in_the_passive(text: str) -> None:
    assert at_risk(text, "fr") == [("Ville de Lorient", "Ventrella")]


@pytest.mark.parametrize(
    "text",
    [
        # A price revised is no doubt on the tie.
        "Le contrat de Ventrella avec la Ville de Lorient a été revu à la hausse.",
        # The takeover agreement between two firms is no customer's contract.
        "L'accord de rachat de Ventrella par Korval a été revu par les autorités de la concurrence.",
        # A contract renewed is continued, not doubted.
        "Le contrat qui unit la Ville de Lorient au groupe Ventrella a été renouvelé pour cinq ans.",
    ],
)
def test_french_contract_not_doubted(text: str) -> None:
    assert at_risk(text, "fr") == []


def ends(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_end event of ``text``."""
    return [(s, o) for _, s, o in triples(text, language, types=("customer_end",))]


# org_context.PLACES (compass regions) and "business of" as a name's context; rules._ITS_CONTRACT_WITH ("lost the
# <region> business of X"): a region's share of a customer's business names the customer, never the region.
@pytest.mark.parametrize(
    "text",
    [
        "Wholesaler Brant Foods said it would lose the Midwest business of Korvald Markets.",
        "Brant Foods has lost the Northeast business of Korvald Markets after a price dispute.",
        "Brant Foods, the wholesaler, lost the Southwest business of Korvald Markets, the company said.",
        "Brant Foods is set to lose the Southeast business of Korvald Markets, whose stores will be served from its "
        "own depot.",
    ],
)
def test_region_business_of_names_the_customer(text: str) -> None:
    assert ends(text) == [("Korvald Markets", "Brant Foods")]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # A region word inside a company's name stays a name.
        ("Midwest Airlines has dropped Korvald Catering.", [("Midwest Airlines", "Korvald Catering")]),
        (
            "Southeast Frozen Foods has lost Korvald Markets as a customer.",
            [("Korvald Markets", "Southeast Frozen Foods")],
        ),
        # A region alone is no party, and "the business of X" told without a loss is no relation.
        ("Brant Foods expanded in the Midwest and the Southeast last year.", []),
        ("Brant Foods said the business of Korvald Markets grew.", []),
    ],
)
def test_region_words_near_misses(text: str, pairs: list[tuple[str, str]]) -> None:
    assert ends(text) == pairs


# end_lost_named._NOUN_THEN_NAME: a supplier that may lose "a major customer in X" names X as that customer.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        (
            "Brant Foods may lose a key customer in Harwick Stores Inc. after the takeover.",
            "en",
            ("Harwick Stores", "Brant Foods"),
        ),
        ("Brant Foods could lose a big client in Renault if the merger closes.", "en", ("Renault", "Brant Foods")),
        (
            "If the takeover is approved, Osgood Labs could lose its largest customer in Harwick Stores Inc., "
            "an analyst wrote.",
            "en",
            ("Harwick Stores", "Osgood Labs"),
        ),
        (
            "Brant pourrait perdre un client important en la personne de Renault, selon les analystes.",
            "fr",
            ("Renault", "Brant"),
        ),
    ],
)
def test_customer_named_after_in(text: str, language: str, pair: tuple[str, str]) -> None:
    assert at_risk(text, language) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # A place after "in" is where the customer was, not who.
        "Brant Foods could lose a major customer in Texas next year.",
        # A region, even capitalised, is no customer.
        "Brant Foods could lose its biggest customer in the Midwest after the price rise.",
    ],
)
def test_customer_in_place_is_no_name(text: str) -> None:
    assert all(customer is None for customer, _ in at_risk(text))


# risk_patterns._EN_SHIFTING_AWAY: work moved away from a supplier, the move under way.
@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        ("Korvald Markets is shifting more assembly away from Brant Foods to Oskar Brands.", "Brant Foods"),
        ("Korvald Markets has begun moving some of its orders away from Brant Foods.", "Brant Foods"),
        (
            "Korvald Markets started diverting part of its freight away from Brant Logistics last month.",
            "Brant Logistics",
        ),
        (
            "Korvald Markets is gradually switching part of its cloud workloads away from Brant Systems Inc.",
            "Brant Systems",
        ),
    ],
)
def test_work_shifting_away_from_supplier(text: str, supplier: str) -> None:
    assert at_risk(text) == [("Korvald Markets", supplier)]


@pytest.mark.parametrize(
    "text",
    [
        # All of it, done or under way: an end, never a risk.
        "Korvald Markets has moved all its business away from Brant Foods.",
        "Korvald Markets is moving its chip orders away from Brant Foods to Oskar Brands.",
        # A focus moved away from goods names no supplier.
        "Korvald Markets is shifting its focus away from frozen food.",
        # Investors moving money away from a company's shares buy nothing from it.
        "Investors are moving money away from Brant Foods shares.",
    ],
)
def test_shifting_away_near_misses(text: str) -> None:
    assert at_risk(text) == []
