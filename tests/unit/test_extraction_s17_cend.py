"""Session 17 (cend): lost and threatened customers read by verb class and clause shape, not by one phrase.

Each reader is proved on invented sentences (other tense, other goods, other parties) and on near misses that must
not give the event (a word that is no maker, a person, a supplier's own move, the wrong direction).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

END = "customer_end"
RISK = "customer_at_risk"


def customer_events(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family too."""
    return triples(text, language, prefix="customer_")


def ends(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_end event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text, language) if t == END]


def risks(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_at_risk event of ``text``."""
    return [(s, o) for t, s, o in customer_events(text, language) if t == RISK]


# The direction of "Y said X would stop using it": the supplier speaks, the customer stops. A source that names the
# supplier before the customer ("According to people close to Y, X ...") must not make Y the customer.
@pytest.mark.parametrize(
    "text",
    [
        "According to people familiar with Nvidia, Apple will stop using the chipmaker next year.",
        "According to a source with access to Nvidia, quoted by a blog, Apple is set to stop using the chipmaker.",
        "Nvidia said Apple would stop using it.",
        "Nvidia told investors that Apple would stop using its graphics chips.",
        "Nvidia believes Apple will stop using its graphics chips.",
        "Nvidia expects Apple to stop using its graphics chips next year.",
    ],
)
def test_supplier_as_teller_keeps_the_customer_first(text: str) -> None:
    assert ends(text) == [("Apple", "Nvidia")]


def test_a_belief_about_a_forecast_is_no_customer_event() -> None:
    assert customer_events("Nvidia expects Apple to report weaker revenue next year.") == []


# Goods of a supplier a customer rids itself of: the maker named inside the goods, right after the verb.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vodafone has agreed to replace its Huawei 4G gear over the next three years.", ("Vodafone", "Huawei")),
        ("Orange retired Ericsson's 3G infrastructure last year.", ("Orange", "Ericsson")),
        ("Apple is working to rip out Qualcomm modems from its phones.", ("Apple", "Qualcomm")),
        ("Ryanair is phasing out its Boeing 737s in favour of newer jets.", ("Ryanair", "Boeing")),
        ("Dell said its laptops will move away from Intel processors.", ("Dell Technologies", "Intel")),
        ("HP's new printers drop the Samsung displays of the older range.", ("HP", "Samsung Electronics")),
        ("Apple is preparing to abandon Intel chips in its Macs.", ("Apple", "Intel")),
    ],
)
def test_goods_of_a_maker_dropped(text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts saw a drop in Intel chip prices last quarter.",
        "Samsung replaced its chief executive in 2020.",
        "Tesla removed the steering wheel from its robotaxi prototype.",
    ],
)
def test_goods_without_a_maker_end_nothing(text: str) -> None:
    assert ends(text) == []


def test_the_tellers_own_goods_are_no_named_maker() -> None:
    # "its graphics chips" holds no capitalised maker: the row "stop using" reads the teller as the supplier.
    assert ends("Nvidia said Apple would stop using its graphics chips in China.") == [("Apple", "Nvidia")]


# A list of suppliers closed by "and others" is still a list: one end per named supplier.
def test_suppliers_listed_before_and_others_each_end() -> None:
    found = ends(
        "The Defense Health Agency will stop buying consulting services from Accenture, Deloitte, Booz Allen "
        "and others."
    )
    assert {supplier for _, supplier in found} == {"Accenture", "Deloitte", "Booz Allen"}


def test_a_list_left_open_names_no_other_supplier() -> None:
    # "and other changes" closes no list of suppliers: only the company right after the verb ends.
    assert ends("Renault will stop working with Capgemini, its costs and other changes.") == [("Renault", "Capgemini")]


# The customer's relation told with any determiner or its owner's possessive, ended by any verb of ending.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Volkswagen wants to cut every supply link with the German group Prevent.", ("Volkswagen", "Prevent")),
        ("Renault is terminating all of its contracts with Capgemini.", ("Renault", "Capgemini")),
        ("Renault cut all its links with Atos last year.", ("Renault", "Atos")),
        ("Councillors voted to end Barnet Council's outsourcing contract with Capita.", ("Barnet Council", "Capita")),
    ],
)
def test_relation_ended_with_any_determiner(text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


def test_a_cut_price_is_no_relation_ended() -> None:
    assert ends("Renault cut its prices with Atos in mind.") == []


# A quarrel told by a verb in any tense, or with "it" for the teller, when a role noun says who supplies.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Last year Amazon fought publicly with publisher Hachette over e-book prices.", ("Amazon", "Hachette")),
        ("Carrefour has been feuding with supplier Danone over prices.", ("Carrefour", "Danone")),
        (
            "Delta Air Lines said in a filing that it is in a dispute with Rolls-Royce, the sole engine maker for its "
            "new jets.",
            ("Delta Air Lines", "Rolls-Royce"),
        ),
    ],
)
def test_quarrel_with_a_named_supplier(text: str, pair: tuple[str, str]) -> None:
    assert pair in risks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apple said it is fighting with Samsung over patents.",
        "Apple said Google's unit says it is in a dispute with publisher Hachette.",
    ],
)
def test_quarrel_without_a_sign_or_with_another_subject_reads_no_risk(text: str) -> None:
    assert ("Apple", "Hachette") not in risks(text) and ("Apple", "Samsung Electronics") not in risks(text)


# The customer stands past a fronted phrase that names the supplier ("Amid its feud with Y, X ..."), and a speaker
# whose goods leave a supplier is the customer ("X has announced that future Macs will move away from Y chips").
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Amid its feud with Samsung, Apple will stop buying displays from LG.", ("Apple", "LG")),
        (
            "In the middle of its royalty battle with Qualcomm, Apple is working to remove Qualcomm parts from its "
            "phones.",
            ("Apple", "Qualcomm"),
        ),
        ("Apple has announced that future Macs will move away from Intel chips.", ("Apple", "Intel")),
    ],
)
def test_customer_past_fronted_phrase_or_as_speaker(text: str, pair: tuple[str, str]) -> None:
    assert ends(text) == [pair]


def test_speaker_whose_reported_subject_is_a_company_is_not_the_customer() -> None:
    assert ends("Intel said Apple will move away from Intel chips.") == [("Apple", "Intel")]


# A fronted subordinate clause holds no subject of the main verb ("As rivals dropped Y, X dumped Z").
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("As rivals were throwing Huawei out last year, KPN dumped Ericsson.", ("KPN", "Ericsson")),
        ("While Orange kept Huawei, Vodafone dropped Ericsson.", ("Vodafone", "Ericsson")),
    ],
)
def test_subject_past_a_fronted_subordinate_clause(text: str, pair: tuple[str, str]) -> None:
    assert ends(text) == [pair]


def test_an_end_inside_the_fronted_clause_keeps_its_own_subject() -> None:
    assert ends("When Apple dropped Intel, Samsung gained.") == [("Apple", "Intel")]


# A company's figure or a deal's agreement after a verb of cutting or ending names no supplier.
@pytest.mark.parametrize(
    "text",
    [
        "This week Moody's cut Ford's senior credit rating one notch deeper into junk.",
        "Jefferies dropped Intel's price target to $40.",
        "Acacia Communications said it had ended its merger agreement with Cisco Systems.",
    ],
)
def test_figure_or_deal_is_no_supplier(text: str) -> None:
    assert ends(text) == []


def test_a_supply_agreement_ended_still_ends() -> None:
    assert ends("Renault ended its supply agreement with Valeo.") == [("Renault", "Valeo")]


# French lists repeat the preposition: one risk per customer.
def test_french_list_with_repeated_preposition() -> None:
    text = (
        "Depuis une semaine, le laitier Lactalis a cessé de livrer les centrales d'achat de Leclerc et de Carrefour, "
        "faute d'accord sur les contrats annuels."
    )
    assert set(risks(text, "fr")) == {("Leclerc", "Lactalis"), ("Carrefour", "Lactalis")}


# French verbs of doing without a supplier in the participle and in every tense.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("La SNCB a choisi Alstom, se passant ainsi de Siemens.", ("SNCB", "Siemens")),
        ("Orange délaissera Huawei pour son réseau 5G.", ("Orange", "Huawei")),
        ("Renault délaissait Valeo depuis deux ans.", ("Renault", "Valeo")),
    ],
)
def test_french_verbs_of_doing_without(text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text, "fr")


def test_french_participle_keeps_the_chosen_supplier_started() -> None:
    assert ("SNCB", "Alstom") not in ends("La SNCB a choisi Alstom, se passant ainsi de Siemens.", "fr")


# A contract cancelled names its holder by the participle after it ("le contrat accordé à Y", "awarded to Y").
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        (
            "Son concurrent Boeing a obtenu que l'US Air Force annule le contrat du siècle accordé à EADS.",
            "fr",
            ("US Air Force", "EADS"),
        ),
        (
            "Boeing said the Pentagon cancelled the contract it had awarded to Lockheed Martin.",
            "en",
            ("Pentagon", "Lockheed Martin"),
        ),
    ],
)
def test_cancelled_contract_names_its_holder(text: str, language: str, pair: tuple[str, str]) -> None:
    assert ends(text, language) == [pair]


# Pressure to end is no end: the relation is at risk ("under pressure to cut ties with Y", "pressions pour délaisser").
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Lawmakers urged AT&T to cut ties with Huawei.", "en", ("AT&T", "Huawei")),
        ("AT&T is under pressure to cut ties with Huawei.", "en", ("AT&T", "Huawei")),
        ("Orange subissait de fortes pressions politiques pour délaisser Huawei.", "fr", ("Orange", "Huawei")),
        ("Orange subissait des pressions pour tourner le dos à Huawei.", "fr", ("Orange", "Huawei")),
    ],
)
def test_pressure_to_end_is_a_risk(text: str, language: str, pair: tuple[str, str]) -> None:
    assert risks(text, language) == [pair] and ends(text, language) == []


@pytest.mark.parametrize(
    "text",
    ["AT&T dropped Huawei under pressure from lawmakers.", "AT&T cut ties with Huawei, which calls to mind past rows."],
)
def test_an_end_done_under_pressure_is_still_an_end(text: str) -> None:
    assert ends(text) == [("AT&T", "Huawei")]


# A parent named after its unit is not the customer: the unit acts ("la filiale belge d'Orange", "the unit of X").
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La filiale belge d'Orange subissait des pressions pour délaisser Huawei.", "fr"),
        ("The German unit of Siemens dropped Atos.", "en"),
    ],
)
def test_parent_after_its_unit_is_no_customer(text: str, language: str) -> None:
    parent = "Orange" if language == "fr" else "Siemens"
    assert all(customer != parent for _, customer, _ in customer_events(text, language))


# "with X -ing its orders": X is the subject of the gerund, the sentence's subject its supplier.
def test_absolute_with_clause_keeps_the_customer_first() -> None:
    text = "Suit maker Bagir Group has felt the new approach, with M&S trimming its orders in May."
    assert risks(text) == [("M&S", "Bagir")]


def test_a_plain_subject_before_an_order_cut_stays_the_customer() -> None:
    assert ("Bagir", "M&S") not in risks("M&S is trimming its orders from Bagir Group.")
