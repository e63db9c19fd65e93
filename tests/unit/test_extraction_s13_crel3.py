"""Won and kept customer relations told from the supplier's side, as classes of wording (round 10, session 13).

Each sentence is written for this file. The classes: a contract "signed with" either side is the customer's when
the story says elsewhere which side does the work for the other ("Nokia has signed a contract with Vodafone. Nokia
will build the 5G network for Vodafone"); a contract given to an English object pronoun goes to the company that
tells it ("Nokia says Vodafone has awarded it a contract", the twin of « X l'a retenu »); transit agencies and city
halls are public buyers ("the Toronto Transit Commission"); a French win told before its noun ("a décroché une
commande de la SNCF", "remporte un marché de la ville de Lyon") and an order placed "auprès de" its supplier ("a
passé une nouvelle commande auprès d'Alstom").
Each class has near misses that must stay silent or keep their reading: work done by the other side, an employee's
"works for", a plant built "for" an amount, a prize or a grant given to a pronoun, a contract that may come, a
prize, a grant or a victory won, an advert placed.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.text import normalise
from tests.support.extraction import triples

Event = tuple[str, str | None, str | None]
"""(type, subject name, object name)."""


def _events(text: str, language: str) -> list[Event]:
    return triples(text, language, prefix="customer_")


def _modalities(text: str, language: str) -> list[str]:
    item = NewsItem(id="t", title="", body=text, language=language, published_at=None)  # type: ignore[arg-type]
    return [event.modality for event in extract(item).events if event.type.startswith("customer_")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Nokia has signed a contract with Vodafone. Nokia will build the 5G network for Vodafone.",
            [("customer_start", "Vodafone", "Nokia")],
        ),
        (
            "en",
            "Nokia has signed a three-year deal with Vodafone, under which it will also maintain radio sites for "
            "Vodafone.",
            [("customer_start", "Vodafone", "Nokia")],
        ),
        (
            "fr",
            "Nokia a signé un contrat avec Orange. Nokia construira le réseau 5G pour Orange.",
            [("customer_start", "Orange", "Nokia")],
        ),
    ],
)
def test_signed_contract_takes_its_customer_from_the_work_done_for_it(
    language: str, text: str, expected: list[Event]
) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The other side does the work: the signer stays the customer.
        (
            "Nokia has signed a contract with Vodafone. Vodafone will build a new data centre for Nokia.",
            [("customer_start", "Nokia", "Vodafone")],
        ),
        # "works for" has no object before "for": an employee's phrase, no supply.
        (
            "Nokia has signed a contract with Vodafone. Nokia works for Vodafone.",
            [("customer_start", "Nokia", "Vodafone")],
        ),
        # A plant built for an amount names no customer.
        (
            "Vodafone has signed a contract with Nokia. Vodafone will build a plant for $50 million.",
            [("customer_start", "Vodafone", "Nokia")],
        ),
    ],
)
def test_signed_contract_keeps_its_signer_without_work_told_for_the_other_side(
    text: str, expected: list[Event]
) -> None:
    assert _events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nokia says Vodafone has awarded it a five-year contract for its radio network.",
        "Nokia said Vodafone has given it a $300 million order.",
        "Nokia announced on Tuesday that Vodafone has awarded it a contract to upgrade 3,000 sites.",
    ],
)
def test_contract_awarded_to_it_goes_to_the_teller(text: str) -> None:
    assert _events(text, "en") == [("customer_start", "Vodafone", "Nokia")]


def test_contract_awarded_to_it_goes_to_the_nearest_teller() -> None:
    text = "Nokia's rival Ericsson said Vodafone has awarded it a contract."
    assert _events(text, "en") == [("customer_start", "Vodafone", "Ericsson")]


@pytest.mark.parametrize(
    "text",
    [
        "Nokia said Vodafone had awarded it a prize for design.",
        "Nokia said Vodafone could award it a contract next year.",
        "Vodafone awarded it a contract.",
    ],
)
def test_no_contract_or_no_teller_gives_it_nothing(text: str) -> None:
    assert _events(text, "en") == []


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        (
            "Alstom says the Toronto Transit Commission has awarded it a contract for 60 streetcars.",
            "Toronto Transit Commission",
        ),
        ("Alstom has won a contract from the Denver Regional Transportation District for 40 light-rail cars.", None),
        ("Alstom has won a contract to build 55 trams for the Santa Clara Valley Transportation Authority.", None),
    ],
)
def test_transit_agencies_are_public_customers(text: str, customer: str | None) -> None:
    found = _events(text, "en")
    assert len(found) == 1
    kind, buyer, seller = found[0]
    assert (kind, seller) == ("customer_start", "Alstom")
    assert buyer is not None and (customer is None or buyer == customer)
    assert any(word in buyer for word in ("Transit", "Transportation"))


def test_a_commission_alone_is_no_transit_buyer() -> None:
    assert _events("The European Commission has awarded it a contract, Alstom said.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alstom a décroché une commande de la SNCF pour 15 TGV.", [("customer_start", "SNCF", "Alstom")]),
        ("Alstom décroche une commande de 590 millions d'euros de la SNCF.", [("customer_start", "SNCF", "Alstom")]),
        ("Alstom remporte un marché de la ville de Lyon.", [("customer_start", "ville de Lyon", "Alstom")]),
        ("La SNCF a passé une commande de 15 TGV auprès d'Alstom.", [("customer_start", "SNCF", "Alstom")]),
        ("Keolis a passé une commande de 40 rames auprès d'Alstom.", [("customer_start", "Keolis", "Alstom")]),
    ],
)
def test_french_win_or_order_before_its_noun(text: str, expected: list[Event]) -> None:
    assert _events(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Alstom a décroché un prix de la SNCF.",
        "Alstom a obtenu une subvention de la région Occitanie.",
        "Alstom remporte une victoire face à Siemens.",
        "La SNCF a passé une annonce auprès de Siemens.",
    ],
)
def test_french_win_of_no_contract_is_no_customer(text: str) -> None:
    assert _events(text, "fr") == []


def test_french_order_that_may_come_is_a_plan() -> None:
    assert "fact" not in _modalities("La SNCF pourrait passer une commande auprès d'Alstom.", "fr")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Elisa has signed a one-year continuation to its current agreement with Eltel.",
            [("customer_continue", "Elisa", "Eltel")],
        ),
        (
            "en",
            "Vodafone has signed a three-year contract extension with Nokia.",
            [("customer_continue", "Nokia", "Vodafone")],
        ),
        (
            "fr",
            "La SNCF a signé un avenant de deux ans à son contrat avec Alstom.",
            [("customer_continue", "SNCF", "Alstom")],
        ),
    ],
)
def test_signed_renewal_continues_the_relation(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The renewal is of something else than the contract: a plain contract starts a relation.
        (
            "en",
            "Vodafone has signed a contract with Nokia for the extension of its network.",
            [("customer_start", "Vodafone", "Nokia")],
        ),
        ("fr", "La SNCF a signé un contrat avec Alstom.", [("customer_start", "SNCF", "Alstom")]),
    ],
)
def test_signed_contract_without_renewal_starts_the_relation(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La SNCF a commandé 15 TGV à Alstom.", [("customer_start", "SNCF", "Alstom")]),
        (
            "en",
            "Finland has ordered 64 F-35 jets from Lockheed Martin.",
            [("customer_start", "Finland", "Lockheed Martin")],
        ),
        (
            "en",
            "Germany ordered 35 F-35 jets from Lockheed Martin.",
            [("customer_start", "Germany", "Lockheed Martin")],
        ),
    ],
)
def test_goods_counted_are_no_party(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company's country unit is not the state: no public body "Finland" signs.
        ("Eltel Finland has signed a contract with Elisa.", []),
        ("Acme Sverige has signed a contract with Elisa.", []),
        # The state itself still buys.
        ("The Netherlands has signed a contract with Thales.", [("customer_start", "Netherlands", "Thales")]),
        ("In Finland, Elisa has signed a contract with Nokia.", [("customer_start", "Elisa", "Nokia")]),
        # A firm name opening with a digit is kept.
        ("The 3M company was chosen by Boeing.", [("customer_start", "Boeing", "3M")]),
    ],
)
def test_country_after_a_name_is_a_unit_not_a_state(text: str, expected: list[Event]) -> None:
    assert _events(text, "en") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La SNCF commande 15 TGV supplémentaires à Alstom.", [("customer_continue", "SNCF", "Alstom")]),
        (
            "fr",
            "La SNCF vient de passer une nouvelle commande auprès d'Alstom.",
            [("customer_continue", "SNCF", "Alstom")],
        ),
        ("en", "Delta has placed an additional order with Airbus.", [("customer_continue", "Delta", "Airbus")]),
        ("en", "Delta ordered 20 more Airbus A321neo jets.", [("customer_continue", "Delta", "Airbus")]),
    ],
)
def test_more_of_the_same_order_continues_the_relation(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La SNCF a passé une commande de 15 TGV auprès d'Alstom.", [("customer_start", "SNCF", "Alstom")]),
        # "new order" alone may be a first one; "more" of something else counts no goods of the supplier.
        ("en", "Airbus has won a new order from Delta.", [("customer_start", "Delta", "Airbus")]),
        (
            "en",
            "Delta ordered 20 Airbus A321neo jets and will hire 200 more pilots.",
            [("customer_start", "Delta", "Airbus")],
        ),
    ],
)
def test_first_order_still_starts_the_relation(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vodafone has officially chosen Nokia for its 5G network."),
        ("en", "Vodafone has formally awarded Nokia a contract for its radio network."),
        ("fr", "Vodafone a officiellement retenu Nokia pour son réseau 5G."),
    ],
)
def test_adverb_of_formality_inside_the_verb(language: str, text: str) -> None:
    assert _events(text, language) == [("customer_start", "Vodafone", "Nokia")]


@pytest.mark.parametrize(
    "text",
    [
        # Hearsay is no formality: the sentence does not assert the choice.
        "Vodafone has reportedly chosen Nokia for its 5G network.",
        "Nokia has officially opened a plant near Vodafone's headquarters.",
    ],
)
def test_hearsay_adverb_or_other_verb_gives_no_choice(text: str) -> None:
    assert _events(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nokia has been selected as supplier by Vodafone for its 5G rollout."),
        ("en", "Vodafone has named Nokia as its preferred supplier."),
        ("en", "Vodafone names Nokia as radio equipment supplier."),
        ("fr", "Nokia a été retenu comme fournisseur par Vodafone pour la 5G."),
    ],
)
def test_supplier_role_told_with_the_choice(language: str, text: str) -> None:
    assert _events(text, language) == [("customer_start", "Vodafone", "Nokia")]


@pytest.mark.parametrize(
    "text",
    [
        # A person named from a company is no supplier; a distribution or reseller deal makes no customer.
        "Vodafone has named Nokia chief Pekka Lundmark as its new chairman.",
        "Vodafone named Nokia's Pekka Lundmark as CEO.",
        "Nokia has signed a distribution agreement with Vodafone.",
        "Nokia has signed a reseller deal with Vodafone.",
    ],
)
def test_person_named_or_distribution_deal_is_no_customer(text: str) -> None:
    assert _events(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "WINNIPEG\u2014New Flyer Industries said it has won a contract from the Toronto Transit Commission for "
            "60 buses.",
            [("customer_start", "Toronto Transit Commission", "New Flyer Industries")],
        ),
        (
            "en",
            "ST. CLOUD, Minn\u2014New Flyer Industries Inc. has won a contract with the New York City Transit "
            "Authority to supply 367 buses.",
            [("customer_start", "New York City Transit Authority", "New Flyer Industries")],
        ),
        (
            "fr",
            "PARIS\u2014Alstom a décroché une commande de la SNCF pour 15 TGV.",
            [("customer_start", "SNCF", "Alstom")],
        ),
    ],
)
def test_glued_dateline_stays_out_of_the_first_name(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A glued dash inside a line is a pause between words, as before; only a line-opening dateline breaks.
        ("Shares of maker Gateway\u2014and with it Acme\u2014fell.", "Shares of maker Gateway and with it Acme fell."),
        ("Analysts at IBM\u2014Nokia's partner\u2014said so.", "Analysts at IBM Nokia's partner said so."),
    ],
)
def test_glued_dash_inside_a_line_is_a_space(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Nokia has won a five-year contract to modernise a national rail network. The contract with Network Rail "
            "is worth £300 million.",
            [("customer_start", "Network Rail", "Nokia")],
        ),
        (
            "en",
            "Siemens has won a new contract to build 30 trains for a German operator. The deal with Deutsche Bahn "
            "includes options for ten more.",
            [("customer_start", "Deutsche Bahn", "Siemens")],
        ),
        (
            "fr",
            "Alstom a remporté un nouveau contrat pour 20 tramways. Le contrat avec la métropole de Lyon porte sur "
            "80 millions d'euros.",
            [("customer_start", "métropole de Lyon", "Alstom")],
        ),
    ],
)
def test_won_contract_names_its_customer_in_the_next_sentence(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The win names its customer itself: a later contract with another company is not this one.
        (
            "Nokia has won a five-year contract from Network Rail. The contract with Vodafone was signed last year.",
            [("customer_start", "Network Rail", "Nokia")],
        ),
        # No contract won before: the contract sentence alone names no supplier.
        ("Nokia has posted higher sales. The contract with Network Rail is worth £300 million.", []),
    ],
)
def test_contract_sentence_without_an_open_win_names_no_customer(text: str, expected: list[Event]) -> None:
    assert _events(text, "en") == expected


def test_possessive_before_the_teller_gives_it_nothing() -> None:
    # "Winnipeg's Vexbus Industries says": the company found before the speech verb owns or places the teller.
    text = "Winnipeg's Vexbus Industries says the Toronto Transit Commission has awarded it a contract for 40 buses."
    assert _events(text, "en") == []
