"""Session 13 (cend3): lost customers told by structures the rules had not met.

Each mechanism is proved on invented paraphrases (other verb, passive, description, French twin) and on near
misses that must not give the event (another relation, a partner rather than a customer, a renewal).
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

END = "customer_end"


def ends(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family as well."""
    return triples(text, language, prefix="customer_")


# "Y lost X as a customer": the customer may carry its legal form, the noun its adjectives, and French says
# "comme client" / "en tant que client".
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Plexus Corp. lost Juniper Networks Inc. as a customer.", "en"),
        ("Plexus will lose Juniper Networks, Inc. as a key customer next year.", "en"),
        ("Plexus said it had lost Juniper Networks as one of its biggest clients.", "en"),
        ("Faurecia a perdu Volkswagen comme client.", "fr"),
        ("Faurecia perdra Volkswagen en tant que client l'an prochain.", "fr"),
    ],
)
def test_lost_as_customer_after_legal_form_or_in_french(text: str, language: str) -> None:
    assert ends(text, language) in (
        [(END, "Juniper Networks", "Plexus")],
        [(END, "Volkswagen", "Forvia")],
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Plexus lost Juniper Networks as a partner in the venture.", "en"),
        ("Plexus lost Juniper Networks Inc. shares worth $2 million as a result of the sale.", "en"),
        ("Faurecia a perdu Volkswagen comme partenaire technologique.", "fr"),
    ],
)
def test_lost_partner_or_shares_is_no_lost_customer(text: str, language: str) -> None:
    assert ends(text, language) == []


def test_won_as_customer_stays_a_start() -> None:
    assert ends("Plexus won Juniper Networks Inc. as a customer.") == [("customer_start", "Juniper Networks", "Plexus")]


# "the contract of (a described) X with Y", "le contrat de l'équipementier X avec Y": the holder supplies, even when
# a description stands between the preposition and its name (before, the holder was taken for the customer).
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le contrat de l'équipementier Faurecia avec Volkswagen ne sera pas renouvelé.",
            "fr",
            ("Volkswagen", "Forvia"),
        ),
        ("Le contrat du groupe Faurecia avec Volkswagen ne sera pas prolongé.", "fr", ("Volkswagen", "Forvia")),
        ("The contract of IT group Capgemini with Airbus will not be renewed.", "en", ("Airbus", "Capgemini")),
        (
            "The supply agreement of parts maker Plexus Corp. with Juniper Networks will not be renewed.",
            "en",
            ("Juniper Networks", "Plexus"),
        ),
    ],
)
def test_described_contract_holder_supplies(text: str, language: str, expected: tuple[str, str]) -> None:
    assert ends(text, language) == [(END, *expected)]


def test_described_contract_holder_renewed_is_a_continuation() -> None:
    text = "Le contrat de l'équipementier Faurecia avec Volkswagen a été prolongé de trois ans."
    assert ends(text, "fr") == [("customer_continue", "Volkswagen", "Forvia")]


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat de Faurecia avec Volkswagen sera renouvelé.",
        "Le contrat de Faurecia avec Volkswagen n'a pas encore été signé.",
    ],
)
def test_held_contract_renewed_or_unsigned_ends_nothing(text: str) -> None:
    assert [t for t in ends(text, "fr") if t[0] == END] == []


# A passive ending of a held contract: its agent is the customer, whichever company the sentence names first.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Capgemini's contract was cancelled by Airbus.", "en", ("Airbus", "Capgemini")),
        ("Capgemini's contract will not be renewed by Airbus.", "en", ("Airbus", "Capgemini")),
        (
            "Capgemini's IT services agreement has been terminated by Airbus, the company said.",
            "en",
            ("Airbus", "Capgemini"),
        ),
        ("Le contrat de Faurecia a été annulé par Volkswagen.", "fr", ("Volkswagen", "Forvia")),
        (
            "Le contrat de l'équipementier Faurecia a été résilié par Volkswagen en mars.",
            "fr",
            ("Volkswagen", "Forvia"),
        ),
    ],
)
def test_agent_of_a_held_contract_ends_it(text: str, language: str, expected: tuple[str, str]) -> None:
    assert ends(text, language) == [(END, *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Capgemini's contract was approved by Airbus.",
        "The merger agreement between Capgemini and Altran was terminated, Airbus said.",
    ],
)
def test_held_contract_approved_or_merger_ended_is_no_loss(text: str) -> None:
    assert [t for t in ends(text) if t[0] == END] == []


# French cancellations: the plural, the passive and a negation that splits the verb ("ne fera plus appel à").
@pytest.mark.parametrize(
    "text",
    [
        "Volkswagen a annulé ses contrats avec Faurecia.",
        "Selon Faurecia, les contrats conclus avec Volkswagen ont été annulés sans préavis.",
        "Volkswagen ne fera plus appel à Faurecia.",
        "Volkswagen ne fait plus appel à Faurecia pour ses sièges.",
        "Volkswagen n'aura plus recours à Faurecia après 2026.",
    ],
)
def test_french_cancellation_and_split_negation_end(text: str) -> None:
    assert ends(text, "fr") == [(END, "Volkswagen", "Forvia")]


@pytest.mark.parametrize(
    "text",
    [
        "Les contrats de travail des salariés de Faurecia ont été annulés par le tribunal.",
        "Le salon de Genève a été annulé, a indiqué Volkswagen.",
        "Volkswagen ne fait plus appel au marché obligataire depuis 2020, selon Faurecia.",
    ],
)
def test_french_cancellation_near_misses(text: str) -> None:
    assert ends(text, "fr") == []


# A retailer that stops stocking a maker's goods ends buying from it (the French rows had "ne vend plus").
@pytest.mark.parametrize(
    "text",
    [
        "Tesco stopped stocking Kraft Heinz products.",
        "Tesco will no longer stock products from Kraft Heinz.",
        "Tesco will no longer carry Kraft Heinz products.",
        "Tesco decided to stop working with Kraft Heinz.",
    ],
)
def test_retailer_stops_stocking_a_maker(text: str) -> None:
    assert ends(text) == [(END, "Tesco", "Kraft Heinz")]


@pytest.mark.parametrize(
    "text",
    [
        "Tesco stopped stocking shelves overnight to cut costs, Kraft Heinz said.",
        "Delta will no longer carry passengers to Moscow, Aeroflot said.",
        "Juniper Networks Inc. decided to stop working with banks on its bond sale, Plexus said.",
    ],
)
def test_stocking_and_carrying_without_a_maker_end_nothing(text: str) -> None:
    assert ends(text) == []


# The brands an owner is said to own are products, not the supplier: "the owner of pet food brands Whiskas and
# Pedigree has suspended supplies to Tesco" names no supplier (before, Whiskas was read as one).
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The owner of pet food brands Whiskas, Dreamies and Pedigree has suspended supplies to Tesco.", "en"),
        ("The maker of brands such as Whiskas and Pedigree has halted its deliveries to Tesco.", "en"),
        ("Le propriétaire des marques Whiskas et Pedigree a suspendu ses livraisons à Tesco.", "fr"),
    ],
)
def test_owned_brands_are_no_supplier(text: str, language: str) -> None:
    assert ends(text, language) == []


def test_named_owner_of_brands_still_supplies() -> None:
    text = "Mars Inc., the owner of pet food brands Whiskas and Pedigree, has suspended its supplies to Tesco."
    assert ends(text) == [("customer_at_risk", "Tesco", "Mars")]


# A newcomer named before "ousting / over / au détriment du ... incumbent Y" is not Y's customer: the sentence's
# subject is, and Y has lost the business (before, the newcomer was read as the customer putting Y at risk).
@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Walmart awarded the contract to Atos, ousting incumbent Capgemini.", "en", "Walmart"),
        ("Walmart picked Atos over incumbent Capgemini.", "en", "Walmart"),
        ("Walmart has hired Atos, replacing incumbent Capgemini, for its IT work.", "en", "Walmart"),
        ("Carrefour a choisi Atos au détriment du prestataire sortant Capgemini.", "fr", "Carrefour"),
        ("Carrefour a retenu Atos, évinçant le sortant Capgemini.", "fr", "Carrefour"),
    ],
)
def test_ousted_incumbent_loses_the_business(text: str, language: str, customer: str) -> None:
    assert ends(text, language) == [(END, customer, "Capgemini"), ("customer_start", customer, "Atos")]


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Walmart invited Atos, Accenture and incumbent Capgemini to pitch.", "en", "Walmart"),
        ("Carrefour a consulté Atos, Accenture et le sortant Capgemini.", "fr", "Carrefour"),
    ],
)
def test_incumbent_among_pitching_rivals_is_only_at_risk(text: str, language: str, customer: str) -> None:
    assert ends(text, language) == [("customer_at_risk", customer, "Capgemini")]


def test_outgoing_chairman_is_no_incumbent_supplier() -> None:
    assert ends("Le président sortant de Capgemini a salué le choix de Carrefour de retenir Atos.", "fr") == []


# A verb of ending, the customer's own relation with its description, then the supplier (`end_patterns.py`); and a
# relation left to lapse.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Walmart has severed its relationship with Capgemini.", "en", ("Walmart", "Capgemini")),
        ("Walmart said it was exiting its 12-year logistics agreement with Capgemini.", "en", ("Walmart", "Capgemini")),
        ("Walmart let its contract with Capgemini expire at the end of June.", "en", ("Walmart", "Capgemini")),
        ("Walmart allowed its supply deal with Unilever to lapse.", "en", ("Walmart", "Unilever")),
        ("Walmart is ending its reliance on Capgemini.", "en", ("Walmart", "Capgemini")),
        ("Carrefour a mis un terme à son contrat de maintenance avec Capgemini.", "fr", ("Carrefour", "Capgemini")),
        ("Carrefour rompt sa relation commerciale avec Danone.", "fr", ("Carrefour", "Danone")),
        ("Carrefour a laissé expirer son contrat avec Capgemini.", "fr", ("Carrefour", "Capgemini")),
    ],
)
def test_ending_the_customers_own_relation(text: str, language: str, expected: tuple[str, str]) -> None:
    assert ends(text, language) == [(END, *expected)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Walmart broke off its talks with Capgemini.", "en"),
        ("Walmart renegotiated its contract with Capgemini.", "en"),
        ("Walmart let its contract with Capgemini run until 2027.", "en"),
        ("Carrefour a renégocié son contrat avec Capgemini.", "fr"),
        ("Carrefour a annulé sa réunion avec Danone.", "fr"),
    ],
)
def test_renegotiation_talks_and_meetings_end_nothing(text: str, language: str) -> None:
    assert ends(text, language) == []


# The customer said to be a customer no longer: "would no longer be a customer (of X)", « n'est plus client de X ».
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Plexus said Juniper Networks would no longer be a customer after December.",
            "en",
            ("Juniper Networks", "Plexus"),
        ),
        ("Juniper Networks will cease to be a customer of Plexus next year.", "en", ("Juniper Networks", "Plexus")),
        ("Volkswagen ne sera plus client de Faurecia à partir de 2026.", "fr", ("Volkswagen", "Forvia")),
        ("Volkswagen n'est plus client de Faurecia.", "fr", ("Volkswagen", "Forvia")),
    ],
)
def test_no_longer_a_customer(text: str, language: str, expected: tuple[str, str]) -> None:
    assert ends(text, language) == [(END, *expected)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Juniper Networks is no longer a customer-focused firm, Plexus said.", "en"),
        ("Juniper Networks is no longer a client of the bank.", "en"),
        ("Volkswagen n'est plus client de la banque depuis 2019.", "fr"),
    ],
)
def test_no_longer_a_customer_of_nobody_named_ends_nothing(text: str, language: str) -> None:
    assert ends(text, language) == []


def test_now_a_customer_stays_a_start() -> None:
    assert ends("Juniper Networks is now a customer of Plexus.") == [("customer_start", "Juniper Networks", "Plexus")]


def _major_ends(text: str, language: str = "en") -> list[tuple[str | None, bool]]:
    """The customer of each end ``text`` tells, and whether it is called major."""
    item = NewsItem(id="t", title="", body=text, language=language, published_at=None)  # type: ignore[arg-type]
    return [
        (event.subject.name if event.subject else None, bool(event.major_customer))
        for event in extract(item).events
        if event.type == END
    ]


# "the biggest buyer of its films" calls the customer major as "its biggest customer" does.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Plexus said Juniper Networks, the biggest buyer of its circuit boards, had ended its contract with it.",
            "en",
        ),
        ("Juniper Networks, Plexus's largest buyer, has stopped working with Plexus.", "en"),
        ("Volkswagen, le plus gros acheteur de pièces de Faurecia, a mis fin à son contrat avec Faurecia.", "fr"),
    ],
)
def test_biggest_buyer_is_a_major_customer(text: str, language: str) -> None:
    assert [major for _, major in _major_ends(text, language)] == [True]


def test_a_buyer_not_called_biggest_is_not_major() -> None:
    assert _major_ends("Juniper Networks, a buyer of circuit boards, has stopped working with Plexus.") == [
        ("Juniper Networks", False)
    ]


# A one-word cue in -s after a determiner is a plural noun: "will wind down its purchases" buys no company.
@pytest.mark.parametrize(
    "text",
    [
        "STR Holdings said First Solar Inc. will wind down its purchases and move its volume to another supplier.",
        "The Connecticut company said First Solar Inc. will halve its purchases next year.",
    ],
)
def test_plural_noun_after_a_determiner_is_no_deal_verb(text: str) -> None:
    assert triples(text, "en", types=("acquisition", "stake")) == []


@pytest.mark.parametrize(
    "text",
    [
        "First Solar Inc. purchases STR Holdings for $300 million.",
        "First Solar Inc. buys STR Holdings in a $300 million deal.",
    ],
)
def test_verb_in_s_still_tells_a_deal(text: str) -> None:
    assert triples(text, "en", types=("acquisition",)) == [("acquisition", "First Solar", "STR")]


# A supplier dropped as its customer's own supplier, the customer's possessive right after "as": the leadership
# reading of "has been replaced as" gives way when a supplier noun, not a title, follows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samsung has been replaced as Apple's display supplier by LG Display.", ("Apple", "Samsung Electronics")),
        ("Plexus was dropped as Juniper Networks' main manufacturer.", ("Juniper Networks", "Plexus")),
        ("Capgemini was fired as Airbus's IT provider last year.", ("Airbus", "Capgemini")),
    ],
)
def test_dropped_as_the_customers_supplier(text: str, expected: tuple[str, str]) -> None:
    assert ends(text) == [(END, *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Samsung was replaced as chief executive by a new team, Apple said.",
        "Tim Cook was replaced as Apple's chief executive.",
        "Samsung was named as Apple's display supplier.",
    ],
)
def test_replaced_as_a_title_or_named_as_supplier_is_no_lost_customer(text: str) -> None:
    assert [t for t in ends(text) if t[0] == END] == []


# The gerund and the French infinitive of "lost X as a customer": after a modal of threat the customer is at risk.
@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Capgemini risks losing Walmart as a customer.", "en", "Walmart"),
        ("Capgemini risque de perdre Carrefour comme client.", "fr", "Carrefour"),
        ("Capgemini pourrait perdre Carrefour comme client.", "fr", "Carrefour"),
    ],
)
def test_threatened_loss_of_a_customer_is_at_risk(text: str, language: str, customer: str) -> None:
    assert ends(text, language) == [("customer_at_risk", customer, "Capgemini")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Capgemini is losing Walmart's chief executive as a board member.", "en"),
        ("Capgemini craint de perdre Carrefour comme partenaire.", "fr"),
        ("Plexus said it would not mind losing Juniper Networks as a competitor.", "en"),
    ],
)
def test_losing_a_partner_or_a_rival_is_no_customer_loss(text: str, language: str) -> None:
    assert ends(text, language) == []
