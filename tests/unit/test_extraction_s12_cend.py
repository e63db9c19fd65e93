"""Lost customers read by structure in real contract-loss news (session 12).

Each sentence is written for this file. They cover: the supplier a loss went to, named after "to" once the lost
customer is told ("lost the X account to Y", "lost X as a customer to its rival Y": the English twin of "au profit
de"), which starts the customer with Y while an infinitive or an amount after "to" names nobody; and the side that
supplies in an ending either party may make ("X has terminated its supply agreement with Y"), told elsewhere in the
story by a supply verb with its customer right after it ("no longer prepared to supply Y", "approvisionner Y"),
which makes Y the customer, while another supplier's verb ("Z will supply X instead") changes nothing; and an
"important" or "strategic" customer ("un client important"), which is a major one for the alert; and a customer's
end only threatened in a bare verb after a modal ("it may ditch Y", "could yet sever ties with Y"), which puts Y at
risk (French keeps "pourrait lâcher Y" an end told as a rumour, as its older tests say); a headline's relation without
its determiner ("ends 40-year relationship with"); a supplier's start told as what it becomes ("will become X's
primary wholesaler"); and a supplier no longer taken ("a décidé de ne plus faire appel à Y", "will no longer use
Y"), which ends the relation while a plain negation ("n'a pas choisi Y") reads nothing.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

Relation = tuple[str, str | None, str | None]
"""(type, customer name, supplier name)."""


def _relations(text: str, language: str) -> list[Relation]:
    return triples(text, language, prefix="customer_")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Havas lost the Renault account to Publicis.",
            [("customer_end", "Renault", "Havas"), ("customer_start", "Renault", "Publicis")],
        ),
        (
            "Sigma Healthcare lost its supply contract with Chemist Warehouse to rival EBOS Group.",
            [
                ("customer_end", "Chemist Warehouse", "Sigma Healthcare"),
                ("customer_start", "Chemist Warehouse", "EBOS"),
            ],
        ),
        (
            "Atos has lost Airbus as a customer to its French rival Capgemini.",
            [("customer_end", "Airbus", "Atos"), ("customer_start", "Airbus", "Capgemini")],
        ),
    ],
)
def test_a_loss_names_the_supplier_it_went_to(text: str, expected: list[Relation]) -> None:
    assert _relations(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Havas lost the Renault account, equal to 3% of its revenue.",
        "Atos lost the Airbus contract to run its data centres.",
    ],
)
def test_an_amount_or_an_infinitive_after_to_names_no_winner(text: str) -> None:
    assert [r for r in _relations(text, "en") if r[0] == "customer_start"] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Tyrrells has terminated its supply agreement with wholesaler Brakes Group. Tyrrells said it was no longer "
            "prepared to supply Brakes Group.",
            ("customer_end", "Brakes", "Tyrrells"),
        ),
        (
            "en",
            "Valeo ended its contract with Renault after ten years. Valeo said supplying Renault had become "
            "loss-making.",
            ("customer_end", "Renault", "Valeo"),
        ),
        (
            "fr",
            "Lactalis a résilié son contrat avec Carrefour. Lactalis refuse désormais d'approvisionner Carrefour aux "
            "prix demandés.",
            ("customer_end", "Carrefour", "Lactalis"),
        ),
    ],
)
def test_a_supply_verb_elsewhere_says_who_ended_as_supplier(language: str, text: str, expected: Relation) -> None:
    assert expected in _relations(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Airbus has terminated its contract with Capgemini. Safran will supply Airbus instead.",
            ("customer_end", "Airbus", "Capgemini"),
        ),
        (
            "en",
            "Airbus has terminated its contract with Capgemini, which had supplied Airbus since 2010.",
            ("customer_end", "Airbus", "Capgemini"),
        ),
        (
            "fr",
            "Lactalis a mis fin à son contrat avec Carrefour, qui sera désormais fournisseur de Lidl.",
            ("customer_end", "Lactalis", "Carrefour"),
        ),
    ],
)
def test_another_supply_statement_keeps_the_customer(language: str, text: str, expected: Relation) -> None:
    relations = _relations(text, language)
    assert expected in relations
    assert (expected[0], expected[2], expected[1]) not in relations


def _major(text: str, language: str) -> list[tuple[str, str | None, bool]]:
    item = NewsItem(id="t", title="", body=text, language=language, published_at=None)  # type: ignore[arg-type]
    return [
        (event.type, event.subject.name if event.subject else None, bool(event.major_customer))
        for event in extract(item).events
        if event.type == "customer_end"
    ]


@pytest.mark.parametrize(
    ("language", "text", "customer"),
    [
        (
            "en",
            "Boeing, an important customer of Spirit AeroSystems, ended its contract with Spirit AeroSystems.",
            "Boeing",
        ),
        ("en", "Spirit AeroSystems said Boeing, a strategic customer, would stop buying from it.", "Boeing"),
        (
            "fr",
            "Un client important, American Airlines, a décidé de se passer des services de Zodiac Aerospace.",
            "American Airlines",
        ),
    ],
)
def test_an_important_or_strategic_customer_is_major(language: str, text: str, customer: str) -> None:
    assert _major(text, language) == [("customer_end", customer, True)]


def test_an_important_step_is_no_major_customer() -> None:
    text = "Spirit AeroSystems said it was an important step. Boeing ended its contract with Spirit AeroSystems."
    assert _major(text, "en") == [("customer_end", "Boeing", False)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "British Airways has warned that it may ditch Capgemini.",
            ("customer_at_risk", "British Airways", "Capgemini"),
        ),
        ("en", "Airbus could yet sever ties with Capgemini.", ("customer_at_risk", "Airbus", "Capgemini")),
        ("en", "Airbus said it might part company with Capgemini.", ("customer_at_risk", "Airbus", "Capgemini")),
    ],
)
def test_a_threatened_end_puts_the_supplier_at_risk(language: str, text: str, expected: Relation) -> None:
    assert _relations(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Airbus may drop its plans for a new plant.", []),
        ("en", "Airbus ditched Capgemini.", [("customer_end", "Airbus", "Capgemini")]),
        ("en", "Airbus said Boeing could drop out of the race.", []),
    ],
)
def test_a_threat_needs_a_supplier_and_a_done_end_stays_an_end(
    language: str, text: str, expected: list[Relation]
) -> None:
    assert _relations(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "D&W Food Centers ends 40-year relationship with Spartan Stores.",
            [("customer_end", "D&W Food Centers", "Spartan Stores")],
        ),
        ("Tesco ends long-standing partnership with Dairy Crest", [("customer_end", "Tesco", "Dairy Crest")]),
        ("Airbus ends 40-year tradition with Capgemini.", []),
    ],
)
def test_a_headline_relation_without_its_determiner(text: str, expected: list[Relation]) -> None:
    assert _relations(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supervalu will become D&W's primary wholesaler.", [("customer_start", "D&W", "Supervalu")]),
        ("Capgemini became Airbus's main IT provider last year.", [("customer_start", "Airbus", "Capgemini")]),
        ("Capgemini became Airbus's largest shareholder.", []),
        ("Capgemini will become a rival of Airbus.", []),
    ],
)
def test_a_supplier_start_told_as_what_it_becomes(text: str, expected: list[Relation]) -> None:
    assert _relations(text, "en") == expected


def test_a_short_and_a_long_form_of_one_name_are_no_customer_and_supplier() -> None:
    text = "D&W Food Centers said that under the deal it will become D&W's primary wholesaler in November."
    assert _relations(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Apple a décidé de ne plus faire appel à Imagination Technologies.",
            [("customer_end", "Apple", "Imagination Technologies")],
        ),
        (
            "fr",
            "American Airlines a décidé de ne plus faire appel à l'équipementier français Zodiac Aerospace.",
            [("customer_end", "American Airlines", "Zodiac Aerospace")],
        ),
        ("en", "Airbus will no longer use Capgemini.", [("customer_end", "Airbus", "Capgemini")]),
        (
            "fr",
            "American Airlines a décidé de faire appel à Zodiac Aerospace.",
            [("customer_start", "American Airlines", "Zodiac Aerospace")],
        ),
        ("fr", "American Airlines n'a pas choisi Zodiac Aerospace.", []),
    ],
)
def test_a_supplier_no_longer_taken_is_an_end(language: str, text: str, expected: list[Relation]) -> None:
    assert _relations(text, language) == expected


def test_a_french_customer_described_with_its_adjective_after_the_noun_is_major() -> None:
    text = (
        "American Airlines a décidé de ne plus faire appel à Zodiac Aerospace. Vendredi, un client important a "
        "décidé de se passer des services de l'équipementier Zodiac Aerospace."
    )
    assert _major(text, "fr") == [("customer_end", "American Airlines", True)]


def test_an_important_contract_with_a_customer_describes_no_customer() -> None:
    assert _relations("Zodiac Aerospace a signé un contrat important avec un client.", "fr") == []
