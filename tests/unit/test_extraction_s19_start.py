"""Session 19 (start): new customer relations, and false starts kept out.

Each rule is proved on invented sentences (other goods, other parties, other language) and on near misses that
must not give the event (a decision that picks no supplier, a relation already running, a wrong party).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

START = "customer_start"


def customer_events(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, language, prefix="customer_")


def starts(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer_start events of ``text``."""
    return [event for event in customer_events(text, language) if event[0] == START]


# A choice verb before an infinitive is a decision ("chose to cut orders"), not a supplier picked.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Brelta Systems fell 9% after Norvex Foods, its biggest customer, chose to cut orders.", "en"),
        ("Brelta a reculé de 9 % après que Norvex, son premier client, a choisi de réduire ses commandes.", "fr"),
    ],
)
def test_choice_of_an_infinitive_starts_nothing(text: str, language: str) -> None:
    assert starts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Norvex Foods chose Brelta Systems to run its warehouses.", "en", ("Norvex Foods", "Brelta Systems")),
        ("Norvex a choisi Brelta pour équiper ses entrepôts.", "fr", ("Norvex", "Brelta")),
        ("Norvex a choisi de confier à Brelta la gestion de ses entrepôts.", "fr", ("Norvex", "Brelta")),
    ],
)
def test_choice_of_a_supplier_still_starts(text: str, language: str, pair: tuple[str, str]) -> None:
    assert starts(text, language) == [(START, *pair)]
