"""Round 13 (session 16), customer_start in English: structures of real sentences the verb frames missed.

Every sentence here is invented; each group has paraphrases and near misses that must not give the relation.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

# An order of goods whose seller comes after "from", past the goods, or is the teller of the order.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delta Air Lines ordered 16 A330-900s, ten A321XLRs and five A320neos from Airbus.",
         ("customer_start", "Delta Air Lines", "Airbus")),
        ("Lufthansa has ordered its two new cargo satellites from Thales.",
         ("customer_start", "Lufthansa", "Thales")),
        ("Maersk has ordered 24 container ships worth about $4 billion, twelve from Yangzijiang Shipbuilding Group.",
         ("customer_start", "Maersk", "Yangzijiang Shipbuilding")),
        ("Network Rail has bought 29 electric trains, with options on 23 more, from Alstom.",
         ("customer_start", "Network Rail", "Alstom")),
        ("Boeing announced that Delta Air Lines had ordered 30 777-300ERs worth $9.1bn.",
         ("customer_start", "Delta Air Lines", "Boeing")),
        ("Airbus said on Monday that Qantas has ordered 20 A321XLR jets.",
         ("customer_start", "Qantas", "Airbus")),
    ],
)
def test_order_of_goods_seller_past_the_goods(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en", prefix="customer")


@pytest.mark.parametrize(
    "text",
    [
        # A deal's object bought from its seller is no supply.
        "Lufthansa bought the engine unit from Siemens for $2 billion.",
        "Lufthansa bought the brand from Siemens last year.",
        # An order given to someone, not goods ordered.
        "A court ordered Siemens to pay damages to Alstom.",
        # Goods bought uncounted: the purchase verb stays a deal verb.
        "Lufthansa bought the company from Siemens.",
        # A teller that is no maker: the goods are not counted, or another company is named after them.
        "Jefferies said Delta Air Lines had ordered new jets last year.",
    ],
)
def test_order_of_goods_near_misses(text: str) -> None:
    assert not [t for t in triples(text, "en", prefix="customer") if t[0] == "customer_start"]


def test_teller_is_not_the_seller_when_another_is_named() -> None:
    found = triples("Jefferies said Delta Air Lines ordered 30 jets from Airbus.", "en", prefix="customer")
    assert found == [("customer_start", "Delta Air Lines", "Airbus")]


# A supplier named in its new role right after the hiring verb, without "as".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford has named BBDO its new lead creative agency, ending a long run with another group.",
         ("customer_start", "Ford", "BBDO")),
        ("Booking.com has named Anomaly its U.S. creative agency of record after a review.",
         ("customer_start", "Booking.com", "Anomaly")),
        ("Unilever named Publicis its global media agency.", ("customer_start", "Unilever", "Publicis")),
    ],
)
def test_hired_supplier_named_in_its_role(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en", prefix="customer")


@pytest.mark.parametrize(
    "text",
    [
        "Walmart named Procter & Gamble its supplier of the year.",  # an award, not a hire
        "Ford has named Jim Farley its chief executive.",  # a person
        "Unilever named Publicis one of the best places to work.",  # no supplier role
    ],
)
def test_hired_supplier_in_role_near_misses(text: str) -> None:
    assert not [t for t in triples(text, "en", prefix="customer") if t[0] == "customer_start"]


# A supplier selling or leasing so many of its goods to a customer, the maker's name maybe among the goods.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AerCap will lease 12 new Airbus jets to ITA Airways starting next year.",
         ("customer_start", "ITA Airways", "AerCap")),
        ("Ireland-based AerCap has agreed to sell 19 more aircraft to Dara Aviation.",
         ("customer_start", "Dara Aviation", "AerCap")),
        ("Airbus has agreed to sell 14 A330neo jets to Delta Air Lines for $4.1 billion.",
         ("customer_start", "Delta Air Lines", "Airbus")),
    ],
)
def test_counted_goods_sold_to_customer(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en", prefix="customer")


@pytest.mark.parametrize(
    "text",
    [
        "Tesco sold 12 stores to Sainsbury's last year.",  # a business's sites: a deal
        "Siemens sold 5 million shares to BlackRock.",  # shares
        "Boeing sold 3 percent of the unit to Airbus.",  # a stake
        "AerCap sold the leasing business to Avolon.",  # uncounted: a deal
    ],
)
def test_counted_goods_sold_near_misses(text: str) -> None:
    assert not [t for t in triples(text, "en", prefix="customer") if t[0] == "customer_start"]


# The maker telling of goods counted or valued that its customer buys or ordered, in one report or a second one.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airbus said Delta Air Lines would buy 51 A320s and that Lufthansa was buying 11 A330-300s.",
         [("customer_start", "Delta Air Lines", "Airbus"), ("customer_start", "Lufthansa", "Airbus")]),
        ("Airbus said Qatar Airways had placed orders worth $17 billion.",
         [("customer_start", "Qatar Airways", "Airbus")]),
    ],
)
def test_maker_tells_of_goods_bought(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


def test_maker_named_after_goods_beats_the_teller() -> None:
    found = triples("Jefferies said Delta Air Lines would buy 51 jets from Airbus.", "en", prefix="customer")
    assert found == [("customer_start", "Delta Air Lines", "Airbus")]


def test_teller_of_uncounted_purchase_is_no_seller() -> None:
    assert triples("Airbus said Delta Air Lines was buying a stake in a start-up.", "en", prefix="customer") == []


# A won contract's customer named after its terms and the work it buys.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avon Protection said it had landed a contract of up to $87.6 million over two years to develop head "
         "protection for the US Army.", ("customer_start", "US Army", "Avon Protection")),
        ("Leidos has secured a contract worth up to $95 million over five years to maintain radar systems for the "
         "Royal Navy.", ("customer_start", "Royal Navy", "Leidos")),
    ],
)
def test_customer_after_contract_terms_and_purpose(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en", prefix="customer")


def test_company_after_purpose_without_for_is_no_customer() -> None:
    text = "Leidos has secured a contract worth up to $95 million over five years to maintain radars, beating Thales."
    assert not [t for t in triples(text, "en", prefix="customer") if t[0] == "customer_start"]


# The signer of a contract that rolls out or installs the other's network is its supplier.


def test_signer_rolls_out_the_network() -> None:
    text = "Nokia has signed a contract with Deutsche Telekom to roll out an Open RAN network at 3,000 sites."
    assert triples(text, "en", prefix="customer") == [("customer_start", "Deutsche Telekom", "Nokia")]


def test_signer_rolling_out_its_own_network_is_the_customer() -> None:
    text = "Deutsche Telekom has signed a contract with Nokia to roll out its network in Germany."
    assert triples(text, "en", prefix="customer") == [("customer_start", "Deutsche Telekom", "Nokia")]


# An agency's account or duties handed to it.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After a long review, United Airlines handed global media duties to Dentsu.",
         ("customer_start", "United Airlines", "Dentsu")),
        ("Unilever handed its media account to Publicis.", ("customer_start", "Unilever", "Publicis")),
    ],
)
def test_account_or_duties_handed_to_agency(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en", prefix="customer")


@pytest.mark.parametrize("text", ["Unilever handed the shares to Publicis.", "Unilever handed a cheque to Publicis."])
def test_other_things_handed_are_no_account(text: str) -> None:
    assert triples(text, "en", prefix="customer") == []


# Companies near a win or a signed deal that are not its customer: beaten rivals, a next clause's subject, a partner.


@pytest.mark.parametrize(
    "text",
    [
        "McKinsey & Company has won a government contract worth £3m, beating EY, Bain and Boston Consulting Group.",
        "A consortium led by Siemens won a $2.2 billion rail contract, and Canada's Bombardier said it would cut jobs.",
        "Microsoft had signed an agreement with SK Telecom to collaborate on 5G, AI and cloud.",
        "Ford chose Chang'an as its partner for the new venture.",
    ],
)
def test_no_customer_of_a_win_or_a_joint_deal(text: str) -> None:
    assert not [t for t in triples(text, "en", prefix="customer") if t[0] == "customer_start"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siemens won a contract from Network Rail and Deutsche Bahn.", ("customer_start", "Deutsche Bahn", "Siemens")),
        ("Ford chose Bosch as its supplier for the venture.", ("customer_start", "Ford", "Bosch")),
        ("Microsoft signed an agreement with SK Telecom to supply cloud services.",
         ("customer_start", "SK Telecom", "Microsoft")),
    ],
)
def test_customers_beside_the_guards_still_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en", prefix="customer")


# A supplier displacing a rival at a customer named after "at": the customer switches suppliers.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ericsson has displaced Nokia at Vodafone in the UK and at Deutsche Telekom in Germany.",
         [("customer_end", "Deutsche Telekom", "Nokia"), ("customer_end", "Vodafone", "Nokia"),
          ("customer_start", "Deutsche Telekom", "Ericsson"), ("customer_start", "Vodafone", "Ericsson")]),
        ("Ericsson replaced Nokia at Vodafone.",
         [("customer_end", "Vodafone", "Nokia"), ("customer_start", "Vodafone", "Ericsson")]),
        ("After a trial, Nokia will replace equipment from the incumbent, China's Huawei, in the network of Deutsche "
         "Telekom.", [("customer_end", "Deutsche Telekom", "Huawei"), ("customer_start", "Deutsche Telekom", "Nokia")]),
    ],
)
def test_supplier_displaces_rival_at_customer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ericsson displaced Nokia as the largest vendor of radio gear.", []),  # no customer named
        ("Jane Roe took over from John Doe at Vodafone.", []),  # a succession
        # The customer as the subject keeps its reading.
        ("Vodafone replaced Nokia with Ericsson.",
         [("customer_end", "Vodafone", "Nokia"), ("customer_start", "Vodafone", "Ericsson")]),
    ],
)
def test_displacement_near_misses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


# An award told from the contract's side: its customer owns it or is the one it is for, its winners after "went to".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Network Rail's signalling frameworks went to Alstom and Siemens.",
         [("customer_start", "Network Rail", "Alstom"), ("customer_start", "Network Rail", "Siemens")]),
        ("The largest award of the day, worth $230 million, to upgrade a lab for the U.S. Air Force, went to Leidos.",
         [("customer_start", "U.S. Air Force", "Leidos")]),
    ],
)
def test_award_went_to_winners(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", prefix="customer") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive went to Google after ten years at Vodafone.",  # a person's move
        "Most of the money went to Accenture, which works for the Navy.",  # no contract
        "The contract went to Accenture.",  # no customer named
    ],
)
def test_went_to_near_misses(text: str) -> None:
    assert triples(text, "en", prefix="customer") == []
