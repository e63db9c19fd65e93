"""Session 19 (end): a customer's end told by the supplier or by the customer, read by clause shape.

Each reader is proved on invented sentences (other parties, French as well as English) and on near misses that
must not give the end (a source named after the customer noun, no customer word, another relation).
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

END = "customer_end"


def customer_events(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, language, prefix="customer_")


def ended(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_end event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text, language) if t == END]


def major_ends(text: str, language: str = "en") -> list[bool | None]:
    """Whether each customer_end of ``text`` is marked as a major customer's."""
    events = extract(NewsItem(id="t", body=text, language=language)).events  # type: ignore[arg-type]
    return [event.major_customer for event in events if event.type == END]


# end_lost_named: the supplier names the lost customer after its customer noun.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("L'équipementier Tolex va perdre son premier client, Renault.", "fr", ("Renault", "Tolex")),
        ("Tolex va perdre son principal client, le constructeur Renault, en 2026.", "fr", ("Renault", "Tolex")),
        ("Brindle Foods will lose its largest customer, Walmart, next spring.", "en", ("Walmart", "Brindle Foods")),
        ("Brindle Foods is losing its biggest client, Walmart (WMT), to a rival.", "en", ("Walmart", "Brindle Foods")),
    ],
)  # fmt: skip
def test_a_lost_customer_named_after_its_noun_ends(text: str, language: str, pair: tuple[str, str]) -> None:
    assert ended(text, language) == [pair]
    assert major_ends(text, language) == [True]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A source named after the noun is no customer: the customer stays unnamed.
        ("Brindle Foods will lose its largest customer, Barclays analysts said.", "en"),
        # The possessive leads to no customer word.
        ("Brindle Foods will lose its chief executive, Walmart said.", "en"),
        ("Tolex va perdre son directeur, Renault l'a confirmé.", "fr"),
    ],
)  # fmt: skip
def test_a_name_after_the_loss_that_is_no_apposed_customer_ends_nothing_with_it(text: str, language: str) -> None:
    assert all(customer is None for customer, _ in ended(text, language))


def test_a_contract_lost_in_the_future_keeps_its_customer() -> None:
    assert ended("Brindle Foods will lose its contract with Walmart next year.") == [("Walmart", "Brindle Foods")]
    assert ended("Brindle Foods will lose Walmart as a customer.") == [("Walmart", "Brindle Foods")]


# end_patterns._EN_MOVE_FROM: a customer moving from its own system of a supplier to another's.
@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Mercy Health confirmed that it will move from its Cerner systems to Epic.", "Cerner", "Epic"),
        ("Brindle Foods is moving from its existing Oracle software to SAP.", "Oracle", "SAP"),
        # end_lost_named.successor_past_goods: the successor after the goods of the dropped maker.
        ("Brindle Foods replaced Oracle software with SAP.", "Oracle", "SAP"),
    ],
)  # fmt: skip
def test_a_move_from_a_suppliers_system_to_another_ends_and_starts(text: str, old: str, new: str) -> None:
    events = customer_events(text)
    customer = events[0][1]
    assert ("customer_end", customer, old) in events
    assert ("customer_start", customer, new) in events


@pytest.mark.parametrize(
    "text",
    [
        # A person's career, or a place, moves no business.
        "John Smith moved from Oracle to Microsoft in 2015.",
        "Brindle Foods moved quickly from Oracle to Microsoft.",
        "Brindle Foods moved its headquarters from Dallas to Austin.",
    ],
)
def test_a_move_that_is_no_customers_move_ends_nothing(text: str) -> None:
    assert ended(text) == []


# end_lost_named.held_until_then / rules._IN_PLACE_OF: the chosen supplier named with the one that held the business.
@pytest.mark.parametrize(
    ("text", "language", "customer", "old", "new"),
    [
        ("La Ville de Lyon a attribué à Sodexo la restauration scolaire, un marché qu'il partageait jusqu'alors avec "
         "Elior.", "fr", "Ville de Lyon", "Elior", "Sodexo"),
        ("La SNCF a attribué à Suez la gestion de l'eau, jusque-là confiée à Veolia.", "fr", "SNCF", "Veolia", "Suez"),
        ("Network Rail awarded the IT contract to Capgemini, previously handled by Atos.", "en", "Network Rail", "Atos",
         "Capgemini"),
        ("Network Rail chose Capgemini, taking over from Atos.", "en", "Network Rail", "Atos", "Capgemini"),
    ],
)  # fmt: skip
def test_a_supplier_chosen_over_the_former_holder_ends_the_holder(
    text: str, language: str, customer: str, old: str, new: str
) -> None:
    events = customer_events(text, language)
    assert ("customer_end", customer, old) in events
    assert ("customer_start", customer, new) in events


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A rival preferred, or a bidder passed over, held nothing.
        ("La SNCF a attribué à Suez la gestion de l'eau, préférée à Veolia.", "fr"),
        ("Network Rail chose Capgemini instead of Atos, which had bid too.", "en"),
        # The former holder's phrase in another clause speaks of another business.
        ("Network Rail awarded the IT contract to Capgemini, and its catering, previously run by Atos, stays.", "en"),
    ],
)  # fmt: skip
def test_a_rival_that_held_nothing_is_not_ended(text: str, language: str) -> None:
    assert ended(text, language) == []


# rules (vendor_discloses): the company after "au profit de / in favour of" wins the contract; it is no customer.
@pytest.mark.parametrize(
    ("text", "language", "winner"),
    [
        ("Veolia a perdu la délégation des transports au profit de Keolis.", "fr", "Keolis"),
        ("Veolia lost the contract for water in favour of Suez.", "en", "Suez"),
    ],
)  # fmt: skip
def test_the_winner_of_a_lost_contract_is_not_its_customer(text: str, language: str, winner: str) -> None:
    events = customer_events(text, language)
    assert ("customer_end", None, "Veolia") in events
    assert ("customer_start", None, winner) in events
    assert all(customer != winner for _, customer, _ in events)


def test_a_lost_contract_named_by_its_customer_still_names_it() -> None:
    events = customer_events("Veolia a perdu le contrat d'Orange au profit de Suez.", "fr")
    assert events == [("customer_end", "Orange", "Veolia"), ("customer_start", "Orange", "Suez")]


def modalities(text: str, event_type: str) -> list[str]:
    """The modality of each ``event_type`` event of ``text``."""
    events = extract(NewsItem(id="t", body=text, language="en")).events
    return [event.modality for event in events if event.type == event_type]


# en.toml modality_denied "before": "rather than" denies the verb after it, never the one it follows.
@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("Apple said it will drop Qualcomm rather than renegotiate.", END, "plan"),
        ("Apple intends to use two vendors, rather than Qualcomm alone, for its modems.", "customer_at_risk", "plan"),
        ("Apple bought a stake in Tesla rather than the whole company.", "stake", "fact"),
    ],
)  # fmt: skip
def test_rather_than_after_the_verb_denies_nothing(text: str, event_type: str, modality: str) -> None:
    assert modalities(text, event_type) == [modality]


def test_rather_than_before_the_verb_denies_it() -> None:
    assert all(
        m == "denied" for m in modalities("Rather than drop Qualcomm, Apple will renegotiate its contract.", END)
    )
