"""Session 20 (end): customer losses, and what makes a lost customer major.

Each rule is proved on invented sentences (other verbs, other order, other language, names the knowledge base does
not know) and on near misses that must not give the event or its size (a new contract, another company's deal).
"""

from __future__ import annotations

import pytest

from schemas.events import DealEvent
from schemas.news import NewsItem
from streams.extraction.engine import extract

END = "customer_end"


def losses(text: str, language: str = "en") -> list[DealEvent]:
    """The customer_end and customer_at_risk events of ``text``."""
    item = NewsItem(id="t", body=text, language=language)  # type: ignore[call-arg]
    return [e for e in extract(item).events if e.type in ("customer_end", "customer_at_risk")]


def only_loss(text: str, language: str = "en") -> DealEvent:
    """The one loss ``text`` tells, checked to be Norvex leaving Brelta."""
    found = losses(text, language)
    assert len(found) == 1, found
    event = found[0]
    assert event.subject is not None and event.subject.name.startswith("Norvex")
    assert event.object is not None and event.object.name.startswith("Brelta")
    return event


# A share of sales told as a fraction in words, from a tenth up, makes the customer major.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Brelta Systems, which relied on Norvex Foods for about three-quarters of its sales, said Norvex Foods "
            "would stop buying its parts.",
            "en",
        ),
        (
            "Norvex Foods has stopped buying from Brelta Systems. Norvex Foods accounted for two-fifths of Brelta's "
            "revenue.",
            "en",
        ),
        (
            "Norvex a mis fin à son contrat avec Brelta, qui réalisait les trois quarts de son chiffre d'affaires avec "
            "Norvex.",
            "fr",
        ),
    ],
)
def test_fraction_in_words_of_sales_is_major(text: str, language: str) -> None:
    assert only_loss(text, language).major_customer is True


@pytest.mark.parametrize(
    "text",
    [
        # Under a tenth: not major.
        "Norvex Foods has stopped buying from Brelta Systems. Norvex Foods accounted for a twentieth of Brelta's "
        "revenue.",
        # A fraction of something else than sales.
        "Norvex Foods has stopped buying from Brelta Systems. The stock has lost two-thirds of its value since then.",
    ],
)
def test_small_or_other_fraction_is_not_major(text: str) -> None:
    assert not only_loss(text).major_customer


# The supplier's sales to the customer, told by the supplier ("its") or with a possessive, are that relation's yearly
# value, even when the customer has another supplier in the story.
@pytest.mark.parametrize(
    "text",
    [
        "Norvex Foods ended its supply contract with Brelta Systems and picked Calvora instead. Brelta Systems said "
        "its yearly sales to Norvex Foods come to roughly $150 million.",
        "Norvex Foods ended its supply contract with Brelta Systems and picked Calvora instead. Brelta Systems "
        "estimates that its sales to Norvex Foods were worth $150 million a year.",
        "Norvex Foods dropped Brelta Systems and chose Calvora as its new supplier. Brelta Systems' annual sales to "
        "Norvex Foods were about $150 million.",
    ],
)
def test_sales_to_the_lost_customer_size_its_loss(text: str) -> None:
    event = only_loss(text)
    assert event.amount is not None and event.amount.value == 150_000_000


def test_sales_to_the_customer_by_another_supplier_size_nothing() -> None:
    text = (
        "Norvex Foods ended its supply contract with Brelta Systems and picked Calvora instead. Calvora said its "
        "yearly sales to Norvex Foods would come to roughly $150 million."
    )
    assert only_loss(text).amount is None


# A relation pointed back to with its amount ("the £130m contract", « ce contrat de 200 millions ») after a loss is
# told: what the lost customer was worth.
@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Norvex Foods may ditch Brelta Systems, its caterer. Walking away from the £130m contract will not be "
            "easy.",
            "en",
            130e6,
        ),
        (
            "Norvex Foods said it would not renew its contract with Brelta Systems. Losing this $250 million-a-year "
            "supply deal will hurt.",
            "en",
            250e6,
        ),
        (
            "Norvex ne renouvellera pas son contrat avec Brelta. La perte de ce contrat de 200 millions d'euros pèsera "
            "sur les comptes.",
            "fr",
            200e6,
        ),
    ],
)
def test_value_of_the_relation_pointed_back_to(text: str, language: str, value: float) -> None:
    event = only_loss(text, language)
    assert event.amount is not None and event.amount.value == value


@pytest.mark.parametrize(
    "text",
    [
        # The contract went to another company: not the lost one's value.
        "Norvex Foods said it would not renew its contract with Brelta Systems. Calvora signed the $250 million "
        "contract instead.",
        # An indefinite contract is another one.
        "Norvex Foods said it would not renew its contract with Brelta Systems. Brelta Systems won a $250 million "
        "contract from the army last year.",
    ],
)
def test_another_contract_sizes_no_loss(text: str) -> None:
    assert only_loss(text).amount is None


def test_a_new_contract_pointed_back_to_is_no_loss() -> None:
    text = "Norvex Foods signed a contract with Brelta Systems. The $250 million contract runs for five years."
    assert losses(text) == []


def ends(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """The (customer, supplier) pairs of the customer_end events of ``text``."""
    item = NewsItem(id="t", body=text, language=language)  # type: ignore[call-arg]
    return [
        (e.subject.name if e.subject else None, e.object.name if e.object else None)
        for e in extract(item).events
        if e.type == END
    ]


# An ending verb in any tense before a definite contract ends the relation with the supplier named after "with /
# avec", even when a participle or a relative clause stands between the contract and its supplier.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norvex Foods terminated the agreement it signed in 2019 with Brelta Systems.", "en"),
        ("Norvex Foods cancelled the supply contract signed in 2019 with Brelta Systems.", "en"),
        ("Norvex Foods may scrap the deal it had struck with Brelta Systems in 2018.", "en"),
        ("Norvex Foods is abandoning its maintenance contract with Brelta Systems.", "en"),
        ("Norvex pourrait annoncer qu'elle abandonne le contrat conclu en 2016 avec Brelta.", "fr"),
        ("Norvex a dénoncé l'accord passé avec Brelta en 2018.", "fr"),
    ],
)
def test_ending_verb_before_a_definite_contract(text: str, language: str) -> None:
    found = ends(text, language)
    assert len(found) == 1 and found[0][0] is not None and found[0][1] is not None
    assert found[0][0].startswith("Norvex") and found[0][1].startswith("Brelta")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # No contract: a meeting, a plan, a market.
        ("Norvex Foods cancelled the meeting with Brelta Systems.", "en"),
        ("Norvex Foods scrapped its plan to merge with Brelta Systems.", "en"),
        ("Norvex a abandonné le marché chinois, où elle vendait avec Brelta.", "fr"),
        # A person's contract.
        (
            "Norvex Foods terminated the employment contract of its chief executive, who had joined from Brelta "
            "Systems.",
            "en",
        ),
    ],
)
def test_ending_verb_without_a_supply_contract_ends_nothing(text: str, language: str) -> None:
    assert ends(text, language) == []


# Years or decades ended as a supplier's customer, told from either side, end the relation.
@pytest.mark.parametrize(
    "text",
    [
        "Norvex Foods will move its supply to Calvora in November, closing four decades as a customer of Brelta "
        "Systems.",
        "Norvex Foods will move its supply to Calvora, ending 20 years as a Brelta Systems customer.",
        "Norvex Foods has chosen Calvora as its new agency, ending 75 years in which Brelta Systems served as its "
        "main partner.",
        "Norvex Foods dropped Brelta Systems last week, ending two decades with the supplier.",
    ],
)
def test_years_ended_as_a_customer(text: str) -> None:
    assert ("Norvex Foods", "Brelta Systems") in ends(text)


@pytest.mark.parametrize(
    "text",
    [
        # A period of the calendar, not years of a relation.
        "Norvex Foods closed the year as a client of Brelta Systems with higher orders.",
        "Norvex Foods ended the year with Brelta Systems as its top supplier.",
        # A person's years, not a customer's.
        "Norvex Foods' chief executive is ending 20 years in which he served as chairman of Brelta Systems.",
        # The supplier's own years.
        "Brelta Systems closed its fifth year as a supplier of Norvex Foods with record sales.",
    ],
)
def test_years_of_no_relation_end_nothing(text: str) -> None:
    assert ends(text) == []
