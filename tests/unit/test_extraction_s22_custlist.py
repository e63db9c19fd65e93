"""Round 19 (session 22, custlist): standing customers told as lists around a relation noun.

Each reader is proved on invented names the knowledge base does not hold, and on near misses where the same words name
people, places, countries, openers or members of the past or the future: those give no customer.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def continuing(text: str, language: str = "en") -> set[tuple[str | None, str | None]]:
    """(customer, supplier) of every ``customer_continue`` of ``text``."""
    return {(customer, supplier) for kind, customer, supplier in triples(text, language, prefix="customer_continue")}


def customers(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(type, customer, supplier) of every customer event of ``text``."""
    return triples(text, language, prefix="customer_")


# major_customer_lists.customers_named_after: the customer apposed after an owned major-customer phrase.
@pytest.mark.parametrize(
    ("text", "language", "customer", "supplier"),
    [
        ("Dorvane said its largest customer, Korvia, would buy more parts next year.", "en", "Korvia", "Dorvane"),
        ("Quentaro said its top customer, Korvia, had raised its outlook.", "en", "Korvia", "Quentaro"),
        (
            "Dorvane's biggest client, Bellmark, renewed nothing this year but remains loyal.",
            "en",
            "Bellmark",
            "Dorvane",
        ),
        ("Bellmark's main customer Korvia posted record sales on Tuesday.", "en", "Korvia", "Bellmark"),
        ("Dorvane a précisé que son premier client, Korvia, restait fidèle.", "fr", "Korvia", "Dorvane"),
    ],
)
def test_a_customer_apposed_after_its_suppliers_phrase(text: str, language: str, customer: str, supplier: str) -> None:
    assert (customer, supplier) in continuing(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Dorvane said its largest customer, John Smith, would buy more.",
        "Dorvane said its largest customer, Germany, would buy more.",
        "Dorvane said its largest customer, Korvia said, would buy more.",
    ],
)
def test_no_customer_apposed_when_a_person_a_country_or_a_speaker_follows(text: str) -> None:
    assert not [pair for pair in continuing(text) if pair[0] in ("John Smith", "Germany", "Korvia")]


# major_customer_lists.listed_with: every customer of a list told before a plural major-customer phrase.
@pytest.mark.parametrize(
    ("text", "language", "listed", "supplier"),
    [
        (
            "Korvia, Bellmark and Quentaro, all of them major customers of Dorvane, reported results.",
            "en",
            ("Korvia", "Bellmark", "Quentaro"),
            "Dorvane",
        ),
        ("Korvia and Bellmark are Dorvane's largest customers.", "en", ("Korvia", "Bellmark"), "Dorvane"),
        (
            "Korvia and Bellmark, two of Dorvane's biggest customers, reported results.",
            "en",
            ("Korvia", "Bellmark"),
            "Dorvane",
        ),
        (
            "Korvia et Bellmark, deux des plus gros clients de Dorvane, ont publié leurs résultats.",
            "fr",
            ("Korvia", "Bellmark"),
            "Dorvane",
        ),
        ("Korvia et Bellmark sont les principaux clients de Dorvane.", "fr", ("Korvia", "Bellmark"), "Dorvane"),
    ],
)
def test_each_customer_listed_before_a_plural_phrase(
    text: str, language: str, listed: tuple[str, ...], supplier: str
) -> None:
    found = continuing(text, language)
    assert {(customer, supplier) for customer in listed} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Mary Jones and John Smith, both major customers of Dorvane, said they were happy.",
        "Korvia and Bellmark, both based in Ohio, are among the largest employers in the state.",
    ],
)
def test_no_list_of_customers_from_people_or_an_unrelated_apposition(text: str) -> None:
    assert not customers(text)


# major_customer_lists.described_vendor: the supplier told by its trade after the phrase ("of the chipmaker").
@pytest.mark.parametrize(
    ("text", "supplier", "listed"),
    [
        (
            "Dorvane, which makes wafers, tests chips with Korvia and Bellmark, all of them major customers of the "
            "chipmaker.",
            "Dorvane",
            ("Korvia", "Bellmark"),
        ),
        (
            "Quentaro, which leads 3nm output, is running trials with Korvia, Bellmark and Tellavo, all of them major "
            "customers of the foundry.",
            "Quentaro",
            ("Korvia", "Bellmark", "Tellavo"),
        ),
        (
            "Harlow Mills, the Ohio group, works with Korvia and Bellmark, both key customers of the group.",
            "Harlow Mills",
            ("Korvia", "Bellmark"),
        ),
    ],
)
def test_a_supplier_told_by_its_trade(text: str, supplier: str, listed: tuple[str, ...]) -> None:
    found = continuing(text)
    assert {(customer, supplier) for customer in listed} <= found, found


def test_no_supplier_by_trade_when_the_subject_is_a_listed_customer() -> None:
    text = "Korvia and Bellmark, both key customers of the chipmaker, rose after Dorvane reported results."
    assert not [pair for pair in continuing(text) if pair[1] in ("Korvia", "Bellmark")]


# role_examples.role_members: a supplier's or customer's noun owned by a company, its members named after it.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        (
            "Korvia's suppliers, including Dorvane and Bellmark, cut jobs.",
            "en",
            {("Korvia", "Dorvane"), ("Korvia", "Bellmark")},
        ),
        (
            "Suppliers to Korvia, including Dorvane and Bellmark, cut jobs.",
            "en",
            {("Korvia", "Dorvane"), ("Korvia", "Bellmark")},
        ),
        ("Among Korvia's customers are Dorvane Group and Bellmark Holdings.", "en", {("Dorvane", "Korvia")}),
        (
            "Dorvane et Bellmark comptent parmi les principaux fournisseurs de Korvia.",
            "fr",
            {("Korvia", "Dorvane"), ("Korvia", "Bellmark")},
        ),
        (
            "Dorvane and Bellmark are among the largest suppliers to Korvia.",
            "en",
            {("Korvia", "Dorvane"), ("Korvia", "Bellmark")},
        ),
        (
            "Parmi les fournisseurs de Renault figurent Siemens et Thales.",
            "fr",
            {("Renault", "Siemens"), ("Renault", "Thales")},
        ),
    ],
)
def test_members_of_a_suppliers_or_customers_noun(text: str, language: str, pairs: set[tuple[str, str]]) -> None:
    found = continuing(text, language)
    assert pairs <= found, found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Korvia's former suppliers, including Dorvane and Bellmark, cut jobs.", "en"),
        ("Korvia's new suppliers, such as Dorvane and Bellmark, start in May.", "en"),
        ("Korvia's rivals, including Dorvane and Bellmark, cut jobs.", "en"),
        ("Suppliers to Korvia, including Texas and Ohio plants, cut jobs.", "en"),
        ("Suppliers to Korvia, including John Smith and Mary Jones, cut jobs.", "en"),
        ("However, Korvia's suppliers, including Meanwhile and Selon, cut jobs.", "en"),
        ("Korvia's suppliers, including France and Germany, cut jobs.", "en"),
        ("Selon Korvia, les fournisseurs de la région, dont Lyon et Grenoble, ont réduit leurs effectifs.", "fr"),
        ("Parmi les clients de Korvia figurent Jean Dupont et Marie Martin.", "fr"),
    ],
)
def test_no_members_of_the_past_the_future_people_places_or_openers(text: str, language: str) -> None:
    assert not continuing(text, language)


# object_slots._RELATION_SLOT: the customer named after "suppliers most reliant on", read by its slot.
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Suppliers most reliant on Korvia, such as Dorvane and Bellmark, cut jobs.",
            {("Korvia", "Dorvane"), ("Korvia", "Bellmark")},
        ),
        (
            "The suppliers most dependent on Korvia, including Dorvane and Bellmark, cut jobs.",
            {("Korvia", "Dorvane"), ("Korvia", "Bellmark")},
        ),
        (
            "Executives at the suppliers heavily reliant on Quentaro, including Tellavo, said little.",
            {("Quentaro", "Tellavo")},
        ),
    ],
)
def test_suppliers_reliant_on_a_customer(text: str, pairs: set[tuple[str, str]]) -> None:
    found = continuing(text)
    assert pairs <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Suppliers heavily reliant on John Smith, including Dorvane, cut jobs.",
        "Suppliers most reliant on Germany, including Dorvane, cut jobs.",
        "Suppliers most reliant on Christmas, including Dorvane, cut jobs.",
    ],
)
def test_no_customer_reliant_on_a_person_a_country_or_a_festival(text: str) -> None:
    assert not [pair for pair in continuing(text) if pair[0] in ("John Smith", "Germany", "Christmas")]


# rules._listed_after(examples=True): "or / ou" closes a list of examples as "and" does.
@pytest.mark.parametrize(
    ("text", "language", "listed", "supplier"),
    [
        ("Dorvane a des clients comme Korvia ou Bellmark.", "fr", ("Korvia", "Bellmark"), "Dorvane"),
        (
            "Dorvane expects more orders from existing customers such as Korvia, Bellmark or Quentaro.",
            "en",
            ("Korvia", "Bellmark", "Quentaro"),
            "Dorvane",
        ),
        ("Dorvane vend à des constructeurs comme Tellavo ou Bellmark.", "fr", ("Tellavo", "Bellmark"), "Dorvane"),
        (
            "Dorvane a déjà séduit 300 clients, dont Korvia, Bellmark, ou encore Quentaro.",
            "fr",
            ("Korvia", "Bellmark", "Quentaro"),
            "Dorvane",
        ),
    ],
)
def test_examples_listed_with_or(text: str, language: str, listed: tuple[str, ...], supplier: str) -> None:
    found = continuing(text, language)
    assert {(customer, supplier) for customer in listed} <= found, found


def test_a_choice_between_two_suppliers_is_no_list_of_examples() -> None:
    found = customers("Dorvane will supply Korvia or Bellmark.")
    assert not [event for event in found if event[1] == "Bellmark"], found


# major_customer_lists.ranked_against (names offered by customer_roles._RANKED): customers a ranked phrase is
# measured against buy from the same supplier.
@pytest.mark.parametrize(
    ("text", "language", "listed", "supplier"),
    [
        (
            "Tellavo is Dorvane's second-largest customer, behind Korvia and ahead of Bellmark.",
            "en",
            ("Tellavo", "Korvia", "Bellmark"),
            "Dorvane",
        ),
        (
            "Quentaro ranks as Dorvane's second-biggest client behind Korvia, according to analysts.",
            "en",
            ("Quentaro", "Korvia"),
            "Dorvane",
        ),
        (
            "Tellavo est le deuxième plus gros client de Dorvane, derrière Korvia mais devant Bellmark.",
            "fr",
            ("Tellavo", "Korvia", "Bellmark"),
            "Dorvane",
        ),
    ],
)
def test_customers_a_rank_is_measured_against(text: str, language: str, listed: tuple[str, ...], supplier: str) -> None:
    found = continuing(text, language)
    assert {(customer, supplier) for customer in listed} <= found, found


@pytest.mark.parametrize(
    ("text", "outsider"),
    [
        ("Korvia became Dorvane's largest customer after Bellmark cut its orders.", "Bellmark"),
        ("Korvia, Dorvane's biggest customer, trails behind Bellmark in market share.", "Bellmark"),
        ("Korvia, Dorvane's biggest customer of steel, trails behind Bellmark in sales.", "Bellmark"),
        ("Tellavo is Dorvane's second-largest customer, behind John Smith's old firm.", "John Smith"),
        ("Tellavo is Dorvane's second-largest customer, behind Germany and ahead of France.", "Germany"),
    ],
)
def test_no_rank_from_a_time_a_verb_a_person_or_a_country(text: str, outsider: str) -> None:
    assert (outsider, "Dorvane") not in continuing(text)
