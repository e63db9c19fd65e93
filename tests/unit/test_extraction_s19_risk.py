"""Session 19 (risk): a relation threatened but not ended, read by clause shape and kind of party, not by one phrase.

Each reader is proved on invented sentences (other parties, French as well as English) and on near misses that must
not put a customer at risk (two companies of one kind quarrelling, a quarrel with no sign of who buys, a done end).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

AT_RISK = "customer_at_risk"


def customer_events(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, language, prefix="customer_")


def at_risk(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_at_risk event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text, language) if t == AT_RISK]


# supply_dispute: a quarrel ordered by the knowledge base's sectors (a retailer buys, a consumer-goods maker sells).
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Danone has settled its pricing row with Carrefour after a week of empty shelves.", "en",
         ("Carrefour", "Danone")),
        ("Kroger clashed with Kraft Heinz over the cost of its sauces.", "en", ("Kroger", "Kraft Heinz")),
        # One known side is enough when the quarrel is over prices: the unknown side is the other role.
        ("Heineken has clashed with Marktkauf over prices.", "en", ("Marktkauf", "Heineken")),
        ("A long-running dispute between Danone and Lidl has emptied the dairy aisles.", "en", ("Lidl", "Danone")),
        ("Auchan est en conflit avec Danone depuis l'automne.", "fr", ("Auchan", "Danone")),
        ("L'enseigne Colruyt est en litige avec le brasseur Vandamme.", "fr", ("Colruyt", "Vandamme")),
        ("Carrefour a ouvert un bras de fer tarifaire avec Lactalis.", "fr", ("Carrefour", "Lactalis")),
    ],
)  # fmt: skip
def test_a_quarrel_between_a_retailer_and_a_maker_puts_the_retailer_at_risk(
    text: str, language: str, pair: tuple[str, str]
) -> None:
    assert at_risk(text, language) == [pair]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Two retailers, two makers, or a retailer against a tech group: no sign of who buys.
        ("Tesco clashed with Sainsbury's over prices.", "en"),
        ("Nestlé has clashed with Danone over a patent.", "en"),
        ("Walmart is in a legal dispute with Amazon.", "en"),
        # One known side and no quarrel over prices: nothing.
        ("Heineken has clashed with Marktkauf over a trademark.", "en"),
        ("Airbus est en conflit avec Boeing.", "fr"),
        ("Carrefour est en conflit avec les syndicats.", "fr"),
    ],
)  # fmt: skip
def test_a_quarrel_with_no_sign_of_who_buys_is_no_customer_relation(text: str, language: str) -> None:
    assert at_risk(text, language) == []


def test_a_quarrel_between_two_sides_names_no_company_with_itself() -> None:
    events = customer_events("A bitter falling-out between Unilever and Tesco has seen prices rise.")
    assert events == [(AT_RISK, "Tesco", "Unilever")]


# incumbent: the holder of an account under review named by a relative clause or "entre les mains de".
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Kellogg, whose media is bought by Starcom, has put its account in review.", "en", ("Kellogg", "Starcom")),
        ("Chevron has put its media account into review after years in which it kept the business inside Publicis.",
         "en", ("Chevron", "Publicis")),
        ("La RATP remet en jeu son contrat de nettoyage, aujourd'hui entre les mains du groupe Onet.", "fr",
         ("RATP", "Onet")),
    ],
)  # fmt: skip
def test_the_holder_of_a_reviewed_account_is_the_supplier_at_risk(
    text: str, language: str, pair: tuple[str, str]
) -> None:
    assert at_risk(text, language) == [pair]


def test_a_with_that_another_company_owns_names_no_supplier_of_the_reviewer() -> None:
    text = "Kellogg has its account in review, and so does Mondelez, which works with Starcom."
    assert ("Kellogg", "Starcom") not in at_risk(text)


def test_a_company_inside_the_customer_relative_clause_reviews_nothing() -> None:
    text = "Kellogg, whose media is bought by Starcom, has put its account in review."
    assert [customer for customer, _ in at_risk(text)] == ["Kellogg"]


# risk_patterns: a customer's order cut with a model's number between the verb and "orders".
def test_an_order_cut_may_name_a_model_number() -> None:
    assert at_risk("Apple had cut iPhone 8 orders from Pegatron by half.") == [("Apple", "Pegatron")]


def test_an_order_cancelled_in_full_is_no_risk() -> None:
    assert ("customer_at_risk", "Apple", "Pegatron") not in customer_events(
        "Apple cancelled all its orders from Pegatron."
    )


# risk_standing: a supplier's threatened loss whose customer the same sentence names as the one it serves.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Zentek, which currently supplies Boeing with cabin parts, could lose the contract, analysts say.",
         ("Boeing", "Zentek")),
        ("Dialog Semiconductor, Apple's main chip supplier, could lose the contract.",
         ("Apple", "Dialog Semiconductor")),
    ],
)  # fmt: skip
def test_a_threatened_loss_names_the_customer_its_sentence_says_the_supplier_serves(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in at_risk(text)
    assert (None, pair[1]) not in at_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        # Two customers served: which one the contract is, the sentence does not say.
        "Zentek, which supplies Boeing and Airbus, could lose the contract.",
        # A loss told as done is no risk, and its customer is not named by the one served.
        "Zentek, which supplies Boeing with cabin parts, lost a contract last year.",
    ],
)
def test_a_threatened_loss_stays_unnamed_without_one_customer_served(text: str) -> None:
    assert ("Boeing", "Zentek") not in at_risk(text)


# risk_patterns: a purchase shrunk ("will order 30 percent fewer of its chips") is a risk, never a new purchase.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Volvo will buy 40 percent fewer engines from Cummins next year.", ("Volvo", "Cummins")),
        ("Apple, Dialog's biggest customer, will order about 30 percent fewer of its chips this year, the maker said.",
         ("Apple", "Dialog")),
        ("Walmart ordered far fewer televisions from Vizio this season.", ("Walmart", "Vizio")),
    ],
)  # fmt: skip
def test_a_purchase_shrunk_puts_the_supplier_at_risk(text: str, pair: tuple[str, str]) -> None:
    assert at_risk(text) == [pair]
    assert all(t != "customer_start" for t, _, _ in customer_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Volvo will buy 40 percent more engines from Cummins next year.",
        "Volvo uses less steel than Cummins.",
        "Volvo bought fewer than ten companies last year, unlike Cummins.",
    ],
)
def test_more_bought_or_less_of_something_else_is_no_risk(text: str) -> None:
    assert at_risk(text) == []


def test_a_second_quarrel_with_its_own_subject_is_not_the_first_side_s() -> None:
    # "Mars" is not recognised here: the second quarrel's subject is no company, and Danone is not it.
    text = "Danone has clashed with Carrefour over prices, and Mars remains at loggerheads with discounter Lidl."
    assert at_risk(text) == [("Carrefour", "Danone")]
