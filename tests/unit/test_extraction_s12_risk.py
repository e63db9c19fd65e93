"""Customers at risk, round 9: sentence structures rather than phrases (a supplier holding back its deliveries, an
end that waits on a condition, an account put in play with its holder inside, business offered to rivals, "the
retailer" resolved to the company the story calls a shop), each with near misses that must stay silent or keep
their reading."""

from __future__ import annotations

import pytest

from schemas import NewsItem
from streams.extraction import extract

Event = tuple[str, str | None, str | None, str]


def _customer_events(text: str) -> list[Event]:
    events = extract(NewsItem(id="t", body=text)).events
    return [
        (e.type, e.subject.id if e.subject else None, e.object.id if e.object else None, e.modality)
        for e in events
        if e.type.startswith("customer_")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danone halted supplies of yogurt to Aldi in a dispute over prices.", ("aldi", "danone")),
        ("Kraft Heinz has suspended its ketchup supplies to Tesco over a pricing row.", ("tesco", "kraft-heinz")),
        (
            "Heineken stopped deliveries of beer to Carrefour after the retailer rejected its new prices.",
            ("carrefour", "heineken"),
        ),
        ("Lactalis a suspendu ses livraisons de lait à Leclerc.", ("leclerc", "lactalis")),
        ("Danone refuse de livrer Carrefour tant que les prix ne sont pas revus.", ("carrefour", "danone")),
        (
            "Kraft Heinz suspended its deliveries of ketchup, beans and soup to Tesco after the grocer balked.",
            ("tesco", "kraft-heinz"),
        ),
        ("Nestlé is holding back supplies of its Purina cat food to Tesco.", ("tesco", "nestle")),
    ],
)
def test_supplier_holding_back_deliveries_puts_its_customer_at_risk(text: str, expected: tuple[str, str]) -> None:
    """The supplier before the verb, the customer after "to / à": goods and their origin may stand between."""
    assert _customer_events(text) == [("customer_at_risk", *expected, "fact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An export ban's halted shipments stay an end (the table row), not a dispute's pause.
        ("Nvidia halted shipments to Huawei last month.", [("customer_end", "huawei", "nvidia", "fact")]),
        # No supplier before the verb: a strike is no party.
        ("The strike halted deliveries of fuel to Tesco stations.", []),
    ],
)
def test_halted_deliveries_near_misses(text: str, expected: list[Event]) -> None:
    """Shipments under a ban end a relation; a halt with no supplier named puts nobody at risk."""
    assert _customer_events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Walmart will drop Mattel if the toymaker does not lower its prices.", ("walmart", "mattel")),
        ("Walmart will drop Mattel unless the toymaker cuts its prices.", ("walmart", "mattel")),
        ("Renault mettra fin à son contrat avec Atos si les retards persistent.", ("renault", "atos")),
        ("Lear said it would cut off shipments to Ford if a price increase was not obtained.", ("ford", "lear")),
    ],
)
def test_end_on_a_condition_is_a_threat(text: str, expected: tuple[str, str]) -> None:
    """An end that waits on "if / unless / si" is not decided: the relation is at risk, as a plan."""
    assert _customer_events(text) == [("customer_at_risk", *expected, "plan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Walmart dropped Mattel, even if the toymaker had cut its prices.", ("walmart", "mattel")),
        ("Renault a mis fin à son contrat avec Atos, même si les retards ont été résorbés.", ("renault", "atos")),
        ("Walmart dropped Mattel last year. Analysts asked if Hasbro would benefit.", ("walmart", "mattel")),
    ],
)
def test_concession_or_later_question_keeps_the_end(text: str, expected: tuple[str, str]) -> None:
    """A concession ("even if", "même si") or an "if" in another sentence conditions nothing: the end stands."""
    assert _customer_events(text) == [("customer_end", *expected, "fact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "General Mills, which put its $830 million media account at Zenith Media in play, declined to comment.",
            ("general-mills", "zenith-media"),
        ),
        ("Coca-Cola put its media account with Publicis up for grabs.", ("coca-cola", "publicis")),
        ("Unilever has put its global media business at Publicis into review.", ("unilever", "publicis")),
        ("L'Oréal a mis son budget média chez Publicis en jeu.", ("loreal", "publicis")),
        ("Danone remet son budget publicitaire chez Havas en compétition.", ("danone", "havas")),
    ],
)
def test_account_put_in_play_names_its_holder_inside(text: str, expected: tuple[str, str]) -> None:
    """The holder stands between the account and "in play / up for grabs / en jeu": it is the supplier at risk."""
    assert _customer_events(text) == [("customer_at_risk", *expected, "fact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebound put Nvidia shares in play for traders.", []),
        ("Renault a mis son usine de Flins en vente.", []),
        # No holder named: the customer's known suppliers are left to the engine.
        ("Unilever has put its media account into review.", [("customer_at_risk", "unilever", None, "fact")]),
    ],
)
def test_in_play_near_misses(text: str, expected: list[Event]) -> None:
    """Shares in play, a plant for sale: no account; an account with no holder names no supplier."""
    assert _customer_events(text) == expected


def test_business_offered_to_rivals_reads_the_apposed_customer() -> None:
    """The customer in apposition ("its largest customer, X") offers business to rivals: the speaker supplies it."""
    text = "Collins & Aikman said its largest customer, DaimlerChrysler, would offer business to rivals."
    assert _customer_events(text) == [("customer_at_risk", "daimlerchrysler", "collins-and-aikman", "plan")]


def test_business_moved_to_a_named_supplier_is_no_risk() -> None:
    """Business moved to a company, not to "rivals", is no offer to competitors: the company wins it (session 21:
    "to Lear" is read as the supplier's slot, so the move is the customer_start its dative cue tells)."""
    assert _customer_events("Ford has moved its seat business to Lear.") == [("customer_start", "ford", "lear", "fact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Danone ne sera plus vendu dans les magasins Carrefour. L'enseigne suspend ses commandes auprès de "
            "Lactalis.",
            ("carrefour", "lactalis"),
        ),
        (
            "Lactalis n'est plus livré aux supermarchés Auchan. L'enseigne a suspendu ses commandes auprès de Danone.",
            ("auchan", "danone"),
        ),
    ],
)
def test_the_retailer_is_the_company_named_by_its_shops(text: str, expected: tuple[str, str]) -> None:
    """The retail description (l'enseigne) points to the company named by its shops ("les magasins X")."""
    assert _customer_events(text) == [("customer_at_risk", *expected, "fact")]


def test_a_group_description_keeps_the_previous_subject() -> None:
    """The description "le groupe" is no retail word: the previous sentence's subject stays the customer."""
    text = "Danone ne sera plus vendu dans les magasins Carrefour. Le groupe suspend ses commandes auprès de Lactalis."
    assert _customer_events(text) == [("customer_at_risk", "danone", "lactalis", "fact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford is locked in a pricing dispute with its supplier Lear.", ("ford", "lear")),
        ("Stellantis sued its parts supplier Lear over delayed shipments.", ("stellantis", "lear")),
        ("General Motors filed a lawsuit against supplier Magna in Detroit.", ("general-motors", "magna")),
        ("Lear's dispute with its customer Ford has dragged on for months.", ("ford", "lear")),
        ("Renault est en conflit avec son fournisseur Valeo.", ("renault", "valeo")),
        ("Carrefour a assigné en justice son fournisseur Lactalis.", ("carrefour", "lactalis")),
        ("Danone est en conflit avec le distributeur Carrefour sur les prix.", ("carrefour", "danone")),
        ("Walmart is in a pricing dispute with manufacturer Mattel.", ("walmart", "mattel")),
        ("Carrefour est en conflit avec l'industriel Lactalis sur les prix du lait.", ("carrefour", "lactalis")),
    ],
)
def test_dispute_with_a_party_its_role_names(text: str, expected: tuple[str, str]) -> None:
    """A dispute or a lawsuit whose other party a role noun names: the supplier's or the customer's side is known."""
    assert _customer_events(text) == [("customer_at_risk", *expected, "fact")]


@pytest.mark.parametrize(
    "text",
    [
        "Apple sued Samsung over patents.",  # no role: rivals in court, no supply
        "Ford is in a dispute with the union over wages.",  # a union supplies nothing
        "Ford said the supplier-friendly rules would help Lear.",  # a compound, no dispute
        "Boeing is in a legal battle with rival manufacturer Airbus over subsidies.",  # a rival, no supplier
    ],
)
def test_dispute_without_a_supply_role_is_no_risk(text: str) -> None:
    """Without "supplier / customer / fournisseur / distributeur" next to the other party, no side is a customer."""
    assert _customer_events(text) == []


def test_took_over_the_supplier_is_a_takeover() -> None:
    """A takeover ("took over the supplier Y") buys Y: the gap refuses "over", so no lawsuit is read."""
    events = extract(NewsItem(id="t", body="Microsoft took over the supplier Nuance.")).events
    assert [(e.type, e.subject.id if e.subject else None) for e in events] == [("acquisition", "microsoft")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The newest entrant is General Mills, which has put its $830 million media account at Zenith Media up for "
            "grabs.",
            [("customer_at_risk", "general-mills", "zenith-media", "fact")],
        ),
        (
            "Analysts in New York noted on Monday that Coca-Cola, which put its account into review, said nothing.",
            [("customer_at_risk", "coca-cola", None, "fact")],
        ),
        # The relative's antecedent is no company: nobody is named as the reviewing customer.
        (
            "The newest entrant in the review race is a cereal maker from Minneapolis, which put its media account "
            "into review.",
            [],
        ),
    ],
)
def test_review_in_a_relative_clause_is_its_antecedents(text: str, expected: list[Event]) -> None:
    """A review told in ", which put ..." far from the sentence's start belongs to the company before "which"."""
    assert _customer_events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toyota is reassessing its use of Takata parts.", ("toyota", "takata")),
        ("Nissan is rethinking its ties with Takata.", ("nissan", "takata")),
        ("Toyota is reconsidering its reliance on Takata.", ("toyota", "takata")),
        ("Renault réexamine son recours à Atos pour son informatique.", ("renault", "atos")),
        ("Stellantis remet en question sa dépendance envers CATL.", ("stellantis", "catl")),
    ],
)
def test_customer_doubting_a_tie_it_names(text: str, expected: tuple[str, str]) -> None:
    """A reconsidering verb, then the customer's own tie (use of, reliance on, recours à) and the supplier."""
    assert _customer_events(text) == [("customer_at_risk", *expected, "fact")]


@pytest.mark.parametrize(
    "text",
    [
        "Toyota is reviewing its use of cash.",  # no supplier named
        "Renault s'interroge sur son partenariat avec Valeo.",  # a partnership doubted is no supply relation
    ],
)
def test_doubted_tie_near_misses(text: str) -> None:
    """Without a supplier, or with a partnership, nobody's customer relation is put at risk."""
    assert [e for e in _customer_events(text) if e[0] == "customer_at_risk"] == []
