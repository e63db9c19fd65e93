"""Session 18 (cont): relations that go on, read by clause shape and verb class, not by one phrase.

Each reader is proved on invented sentences (other goods, other parties, French as well as English) and on near
misses that must not give the continuation (a new contract of some length, options still to come, a supplier
replaced, a thing that is no goods, a plan or a denial).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

CONTINUE = "customer_continue"
START = "customer_start"


def customer_events(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, language, prefix="customer_")


def continued(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_continue event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text, language) if t == CONTINUE]


# continue_history: the won relation's own sentence says the pair already worked together.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Siemens won a contract from Network Rail, building on a 15-year relationship.", "en",
         ("Network Rail", "Siemens")),
        ("Delta Air Lines ordered 20 more A321neo jets from Airbus.", "en", ("Delta Air Lines", "Airbus")),
        ("Ryanair ordered 25 Boeing 737 jets from Boeing, bringing its total for the type to 210.", "en",
         ("Ryanair", "Boeing")),
        ("Lufthansa a commandé à Airbus vingt de plus de ses A350.", "fr", ("Lufthansa", "Airbus")),
    ],
)  # fmt: skip
def test_a_won_relation_told_with_its_history_continues(text: str, language: str, pair: tuple[str, str]) -> None:
    assert continued(text, language) == [pair]
    assert all(t != START for t, _, _ in customer_events(text, language))


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # The length of the new contract is no history of the pair.
        ("Siemens won a ten-year contract from Network Rail.", "en", ("Network Rail", "Siemens")),
        # More to come as options is no repeat purchase.
        ("Delta Air Lines ordered 20 Airbus A321neo jets from Airbus, with options for 30 more.", "en",
         ("Delta Air Lines", "Airbus")),
        ("Air France commande dix A350 à Airbus.", "fr", ("Air France", "Airbus")),
    ],
)  # fmt: skip
def test_a_new_relation_without_history_still_starts(text: str, language: str, pair: tuple[str, str]) -> None:
    assert (START, *pair) in customer_events(text, language)
    assert continued(text, language) == []


def test_the_history_of_another_pair_is_no_continuation() -> None:
    text = "Airbus a confié sa maintenance à Capgemini, après quinze ans de collaboration avec Atos."
    assert (START, "Airbus", "Capgemini") in customer_events(text, "fr")
    assert continued(text, "fr") == []


def test_an_existing_supplier_replaced_is_no_continuation_of_the_new_one() -> None:
    text = "Delta Air Lines ordered 20 Airbus A321neo jets from Airbus, replacing its existing Boeing fleet."
    assert (START, "Delta Air Lines", "Airbus") in customer_events(text)
    assert continued(text) == []


# continue_made_by: a passive "by" after a verb of using (customers after it) or of making (suppliers after it).
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Samsung's memory chips are used by Dell, Lenovo and HP.", "en",
         [("Dell Technologies", "Samsung Electronics"), ("HP", "Samsung Electronics"),
          ("Lenovo", "Samsung Electronics")]),
        ("Nvidia's graphics chips are used by several console makers, among them Microsoft and Sony.", "en",
         [("Microsoft", "Nvidia"), ("Sony", "Nvidia")]),
        ("Nvidia, a designer of graphics chips used by Microsoft and Sony, reported higher sales.", "en",
         [("Microsoft", "Nvidia"), ("Sony", "Nvidia")]),
        ("Apple's iPhones are assembled by Foxconn.", "en", [("Apple", "Foxconn")]),
        ("Lufthansa operates 40 jets built by Airbus.", "en", [("Lufthansa", "Airbus")]),
        ("Walmart sells televisions made by Samsung and LG.", "en",
         [("Walmart", "LG"), ("Walmart", "Samsung Electronics")]),
        ("La SNCF exploite 300 rames construites par Alstom.", "fr", [("SNCF", "Alstom")]),
    ],
)  # fmt: skip
def test_a_thing_used_or_made_by_names_a_standing_supplier(
    text: str, language: str, pairs: list[tuple[str, str]]
) -> None:
    assert sorted(continued(text, language)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Apple's decision was made by its board after talks with Samsung.",  # a decision is no goods
        "Samsung's offer was made by Goldman Sachs.",
        "The deal was made by Microsoft and Activision.",  # no owner of the thing
        "Apple's chips will be made by TSMC from next year.",  # a plan, not a standing relation
        "Nvidia's chips are not used by Apple.",  # denied
        "Every processor designed by HiSilicon, Huawei's chip unit, has been produced by TSMC.",  # the unit's, apposed
    ],
)
def test_a_passive_by_without_goods_owned_and_stated_is_no_relation(text: str) -> None:
    assert continued(text) == []


def test_another_customer_event_of_the_pair_wins_over_the_standing_one() -> None:
    text = "Amazon said it will stop selling streaming devices made by Google and Apple by the end of the month."
    assert continued(text) == []
    assert ("customer_end", "Amazon", "Google") in customer_events(text)


# continue_lists: a customer or supplier phrase whose preposition opens a list gives one relation per member.
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Delta Air Lines, the largest overall customer of both Boeing and Airbus, said output may fall.",
         [("Delta Air Lines", "Airbus"), ("Delta Air Lines", "Boeing")]),
        ("Delta Air Lines, a longtime customer of Boeing, Airbus, and Embraer, said output may fall.",
         [("Delta Air Lines", "Airbus"), ("Delta Air Lines", "Boeing"), ("Delta Air Lines", "Embraer")]),
        ("TSMC, a major chip supplier to Apple and Nvidia, reported record profit.",
         [("Apple", "TSMC"), ("Nvidia", "TSMC")]),
    ],
)  # fmt: skip
def test_a_role_phrase_over_a_list_names_each_member(text: str, pairs: list[tuple[str, str]]) -> None:
    assert sorted(continued(text)) == pairs


def test_a_comma_and_after_the_first_member_closes_the_apposition() -> None:
    text = "Delta Air Lines, a longtime customer of Boeing, and Airbus said output may fall."
    assert continued(text) == [("Delta Air Lines", "Boeing")]


# continue_made_by, active twin: a maker in the present, then its customer's goods.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Foxconn still builds Apple's iPhones, iPads and other products.", ("Apple", "Foxconn")),
        ("Intel provides every processor across Apple's computer range.", ("Apple", "Intel")),
        ("Samsung, which also makes Apple's displays, rose.", ("Apple", "Samsung Electronics")),
    ],
)
def test_a_maker_of_owned_goods_is_a_standing_supplier(text: str, pair: tuple[str, str]) -> None:
    assert continued(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Samsung makes phones that compete with Apple's iPhones.",  # the owner is a rival, not a customer
        "Foxconn will build Apple's next iPhones.",  # a plan
        "Foxconn makes more money than Apple's suppliers.",
    ],
)
def test_goods_of_another_company_named_in_passing_give_no_relation(text: str) -> None:
    assert continued(text) == []


# Options exercised on goods counted then named by their maker: bought under a contract already signed.
@pytest.mark.parametrize(
    "text",
    [
        "AerCap has exercised options on 50 Airbus A320neo family jets.",
        "Delta Air Lines exercised options for 20 Airbus A321neo jets.",
    ],
)
def test_options_exercised_on_counted_goods_continue(text: str) -> None:
    assert len(continued(text)) == 1
    assert all(t != START for t, _, _ in customer_events(text))


def test_options_not_exercised_end_nothing() -> None:
    events = customer_events("Delta Air Lines has not exercised options on 20 Airbus A321neo jets.")
    assert all(t != "customer_end" for t, _, _ in events)


def test_options_on_shares_are_no_purchase_of_goods() -> None:
    assert customer_events("Delta Air Lines exercised options on 2 million Boeing shares.") == []
