"""Session 24 (direction): who buys, in a contract either side may sign, renew or end, as the rest of the story says.

"Korvia signed a supply agreement with Dorvane" reads either way: suppliers announce the contracts they win as often
as customers announce the suppliers they pick. Reporters say which side buys elsewhere, by relation nouns:
"Dorvane is Korvia's largest customer", "... with Dorvane, its largest customer, ...", "Korvia will remain Dorvane's
main chicken meat supplier", « Dorvane, premier client de Korvia » (supply_direction.py); or by what they call the
other party: "with Dorvane, Canada's second-largest supermarket", "with supermarket chain Dorvane" (role_nouns.py, now
read for signatures too). A supply deal struck is a signature: "struck a long-term supply deal with" (en.toml).

Proved on invented companies; near misses keep the signer as the customer when nothing says otherwise, or when the
relation noun is another pair's ("Dorvane is also a customer of Brelmont").
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def relations(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(type, customer, supplier) of every customer event of ``text``."""
    kinds = ("customer_start", "customer_continue", "customer_end", "customer_at_risk")
    return sorted((k, s, o) for k, s, o in triples(text, language, types=kinds))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Korvia signed a supply agreement with Dorvane. Dorvane is Korvia's largest customer.",
            "en",
            [("customer_start", "Dorvane", "Korvia")],
        ),
        (
            "Korvia signed a supply agreement with Dorvane. Dorvane is the largest customer of Korvia.",
            "en",
            [("customer_continue", "Dorvane", "Korvia"), ("customer_start", "Dorvane", "Korvia")],
        ),
        (
            "Korvia has inked a new five-year supply agreement with Dorvane. Korvia will remain Dorvane's main "
            "frozen fish supplier.",
            "en",
            [("customer_continue", "Dorvane", "Korvia"), ("customer_start", "Dorvane", "Korvia")],
        ),
        (
            "Korvia extended its distribution deal with Dorvane until 2031. Renewing its contract with Dorvane, its "
            "largest customer, was a critical step for Korvia.",
            "en",
            [("customer_continue", "Dorvane", "Korvia")],
        ),
        (
            "Korvia extended its distribution deal with Dorvane until 2031. The contract with Dorvane, its largest "
            "customer, had been due to end in 2029.",
            "en",
            [("customer_continue", "Dorvane", "Korvia")],
        ),
        (
            "Korvia renewed its contract with Dorvane. Dorvane, a customer of Korvia since 2009, buys its valves.",
            "en",
            [("customer_continue", "Dorvane", "Korvia")],
        ),
        (
            "Korvia a signé un contrat d'approvisionnement avec Dorvane. Dorvane est le premier client de Korvia.",
            "fr",
            [("customer_continue", "Dorvane", "Korvia"), ("customer_start", "Dorvane", "Korvia")],
        ),
        (
            "Korvia a prolongé son contrat avec Dorvane jusqu'en 2030. Dorvane, premier client de Korvia, pèse 30 % "
            "des ventes.",
            "fr",
            [("customer_continue", "Dorvane", "Korvia")],
        ),
        (
            "Korvia signed a supply agreement with supermarket chain Dorvane.",
            "en",
            [("customer_start", "Dorvane", "Korvia")],
        ),
        (
            "Korvia signed a supply agreement with Dorvane, Canada's second-largest supermarket.",
            "en",
            [("customer_start", "Dorvane", "Korvia")],
        ),
        (
            "Korvia struck a long-term supply deal with Dorvane, the supermarket chain.",
            "en",
            [("customer_start", "Dorvane", "Korvia")],
        ),
        (
            "Korvia will continue to be Dorvane's main chicken meat supplier.",
            "en",
            [("customer_continue", "Dorvane", "Korvia")],
        ),
    ],
)
def test_the_story_says_who_buys(text: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    assert relations(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nothing says otherwise: the signer buys.
        ("Korvia signed a supply agreement with Dorvane.", [("customer_start", "Korvia", "Dorvane")]),
        # Another pair's relation noun orients nothing.
        (
            "Dorvane signed a supply agreement with Korvia. Dorvane is also a customer of Brelmont.",
            [("customer_continue", "Dorvane", "Brelmont"), ("customer_start", "Dorvane", "Korvia")],
        ),
        # A signer called a carmaker stays the buyer.
        (
            "Carmaker Korvia signed a supply agreement with Dorvane, the battery supplier.",
            [("customer_start", "Korvia", "Dorvane")],
        ),
        # A deal struck with no supply word is no customer relation.
        ("Korvia struck a deal with Dorvane, the supermarket chain.", []),
    ],
)
def test_nothing_reverses_the_signer_without_a_word_for_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Korvia has concluded a review by selecting Dorvane as its media agency of record.",
            [("customer_start", "Korvia", "Dorvane")],
        ),
        (
            "Korvia has ended a three-month review by choosing Dorvane to lead creative on its beer brand.",
            [("customer_start", "Korvia", "Dorvane")],
        ),
        ("Korvia saved money by hiring Dorvane to run its warehouses.", [("customer_start", "Korvia", "Dorvane")]),
        # The means of a choice that is no supplier's: a person, a strategy, suppliers unnamed.
        ("The board ended its search by selecting Jane Roe as chief executive of Korvia.", []),
        ("Korvia cut costs by choosing cheaper suppliers.", []),
        ("Korvia won the pitch by choosing a bold strategy, beating Dorvane.", []),
    ],
)
def test_a_choice_made_as_the_means_of_a_review_starts_a_supplier(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert relations(text) == expected


def test_a_service_word_in_the_signers_name_does_not_make_it_the_supplier() -> None:
    # "Logistics" in a name says what the firm sells, not what it buys when it signs for software.
    assert relations("Brelmont Logistics signed a five-year services contract with Dorvane.") == [
        ("customer_start", "Brelmont Logistics", "Dorvane")
    ]
