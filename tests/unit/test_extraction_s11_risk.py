"""Customers at risk, round 8: classes of sentences (a search for other suppliers, the incumbent an anchor names,
an account put into review with words between, a threat to pull business), each with near misses left silent."""

from __future__ import annotations

import pytest

from schemas import NewsItem
from streams.extraction import extract


def _risks(text: str) -> list[tuple[str | None, str | None]]:
    events = extract(NewsItem(id="t", body=text)).events
    return [
        (e.subject.id if e.subject else None, e.object.id if e.object else None)
        for e in events
        if e.type == "customer_at_risk"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volvo is talking to a second supplier of brake pads, which would serve as a backup to Bosch.",
            [("volvo", "bosch")],
        ),
        (
            "Airbus is qualifying an alternative source for cabin seats beyond its long-standing contract with Safran.",
            [("airbus", "safran")],
        ),
        (
            "Renault envisage d'approcher d'autres fournisseurs de batteries, au-delà de son partenariat avec le "
            "japonais Nidec.",
            [("renault", "nidec")],
        ),
        (
            "Carrefour cherche d'autres fournisseurs de lait ; Lactalis, son fournisseur actuel, refuse de baisser ses "
            "prix.",
            [("carrefour", "lactalis")],
        ),
        ("Delays at Bosch could force Volvo to switch brake suppliers.", [("volvo", "bosch")]),
        (
            "Les retards de Valeo pourraient contraindre Stellantis à changer de fournisseur de phares.",
            [("stellantis", "valeo")],
        ),
    ],
)
def test_search_for_other_suppliers_names_the_incumbent_in_its_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A customer seeking a supplier besides its own: the anchor (backup to, beyond, au-delà de, delays at) names it."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Honda is in talks with a potential second supplier of lithium ion batteries. The carmaker hopes to sign "
            "within a year. The new supplier would serve as a backup to Panasonic.",
            [("honda", "panasonic")],
        ),
        (
            "Nokia wants to add a second chip supplier. It has long relied on Texas Instruments, which currently "
            "supplies all of its baseband chips.",
            [("nokia", "texas-instruments")],
        ),
        (
            "Bosch is its only source for the sensor. Volvo is now looking for alternative suppliers, it said.",
            [("volvo", "bosch")],
        ),
        (
            "Apple est en pourparlers avec un second fournisseur d'écrans. Samsung fournit actuellement tous les "
            "écrans de l'iPhone.",
            [("apple", "samsung-electronics")],
        ),
    ],
)
def test_incumbent_named_in_a_neighbouring_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    """The anchor may stand in the sentences after or before the search ("a backup to Y", "Y is its only source")."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ford said it is looking for new suppliers for its new truck plant in Kentucky.",
        "Ford is adding new suppliers in Mexico, where it signed a lease with Prologis.",
        "Apple is looking for new suppliers. Separately, Foxconn said delays at Pegatron hurt its sales.",
        "Bosch is looking for new customers for its chips, the German company said.",
        "Renault cherche de nouveaux fournisseurs pour sa future usine de Douai.",
    ],
)
def test_search_naming_no_incumbent_stays_silent(text: str) -> None:
    """A search for suppliers with no current one named puts nobody at risk; another company's trouble is not one."""
    assert _risks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "General Mills put its $830 million media account at Zenith Media into review.",
            [("general-mills", "zenith-media")],
        ),
        ("Unilever has put its media account, held by Mindshare, up for review.", [("unilever", "mindshare")]),
        ("Danone remet en compétition son budget média détenu par Havas.", [("danone", "havas")]),
    ],
)
def test_account_under_review_names_its_holder(text: str, expected: list[tuple[str, str]]) -> None:
    """The holder of the account under review: "its account at Y", "held by Y", "détenu par Y"."""
    assert _risks(text) == expected


def test_account_put_into_review_needs_an_account() -> None:
    """A plan put into review is no account: nobody is at risk."""
    assert _risks("Nestlé put its plans for a new plant into review.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"As part of our normal course of business, Microsoft is conducting a closed review of its media '
            'account," a Microsoft spokesperson said. Microsoft currently works with Dentsu for its media buying.',
            [("microsoft", "dentsu")],
        ),
        (
            "Après des mois de retards sur les livraisons de rames neuves, la SNCF a lancé un appel d'offres pour "
            "remplacer Alstom.",
            [("sncf", "alstom")],
        ),
    ],
)
def test_review_subject_after_a_long_fronted_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    """A long fronted phrase before the subject hides it no more ("As part of our normal course of business, X ...")."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Walmart threatened to pull its grocery business from Kraft.", ("walmart", "kraft", "plan")),
        (
            "Boeing could move its engine orders away from Rolls-Royce, people familiar with the matter said.",
            ("boeing", "rolls-royce", "rumor"),
        ),
        ("Carrefour menace de retirer ses commandes à Danone.", ("carrefour", "danone", None)),
        ("La SNCF pourrait transférer son contrat de maintenance de Alstom à Siemens.", ("sncf", "alstom", None)),
    ],
)
def test_threat_to_pull_business_from_a_supplier(text: str, expected: tuple[str, str, str | None]) -> None:
    """A threat to pull, move or withdraw business, orders or a budget from a supplier puts it at risk."""
    events = [e for e in extract(NewsItem(id="t", body=text)).events if e.type == "customer_at_risk"]
    assert [(e.subject.id if e.subject else None, e.object.id if e.object else None) for e in events] == [expected[:2]]
    if expected[2] is not None:
        assert events[0].modality == expected[2]


@pytest.mark.parametrize(
    "text",
    [
        "Walmart said it would move its headquarters from Bentonville.",
        "Kraft could move its production from Illinois to Mexico.",
        "Danone pourrait transférer son siège de Paris à Lyon.",
    ],
)
def test_moving_something_else_is_no_threat(text: str) -> None:
    """Moving a headquarters or production is not business pulled from a supplier."""
    assert _risks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ford wants a broader supply base for its batteries. Its existing cell agreement with Panasonic runs to "
            "2025.",
            [("ford", "panasonic")],
        ),
        ("Airbus is weighing suppliers other than Safran for the A321 seats.", [("airbus", "safran")]),
        ("Renault veut ouvrir ses achats de batteries à d'autres fournisseurs que LG Chem.", [("renault", "lg-chem")]),
        (
            "Volvo is negotiating with a possible second maker of seats. Today every seat in Volvo's trucks comes from "
            "Valeo.",
            [("volvo", "valeo")],
        ),
        (
            "Stellantis discute avec un nouveau fabricant de phares. Aujourd'hui, tous ses phares proviennent de "
            "Valeo.",
            [("stellantis", "valeo")],
        ),
    ],
)
def test_supply_base_and_current_source(text: str, expected: list[tuple[str, str]]) -> None:
    """A broader supply base or a supplier other than Y; the incumbent told as where the parts come from."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ford wants a broader supply base. Its new plant in Kentucky comes from a deal with SK On.",
        "BMW wants a broader supply base for its chips. Samsung said its profit comes from memory sales.",
        "Stellantis discute avec Valeo d'un nouveau contrat.",
    ],
)
def test_supply_base_near_misses(text: str) -> None:
    """A plant's origin or another company's profit is no source of the customer; talks with Y are no search."""
    assert _risks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qualcomm warned investors that Apple is testing rival suppliers for its modems.", [("apple", "qualcomm")]),
        ("Qualcomm warned on Tuesday that Apple may not renew its contract.", [("apple", "qualcomm")]),
        ("Valeo warned that Renault was considering alternatives to its lighting contract.", [("renault", "valeo")]),
        ("Atos a prévenu qu'Airbus pourrait se tourner vers un autre prestataire.", [("airbus", "atos")]),
    ],
)
def test_supplier_warning_about_its_customer(text: str, expected: list[tuple[str, str]]) -> None:
    """The company that warns its customer is reviewing or seeking other suppliers is the supplier at risk."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qualcomm said Apple is testing rival suppliers for its modems.",
        "Valeo warned that Renault's sales would fall.",
        "Nestlé is considering alternatives for its struggling frozen food unit.",
        "Renault étudie des solutions de remplacement pour son usine de Flins.",
    ],
)
def test_warning_and_alternatives_near_misses(text: str) -> None:
    """Plain "said" is not a supplier's warning (analysts say too); alternatives for a unit or a plant risk nobody."""
    assert _risks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesco is weighing alternatives to Wincanton for its distribution.", [("tesco", "wincanton")]),
        ("Airbus étudie des alternatives à Safran pour ses sièges.", [("airbus", "safran")]),
        ("Microsoft is reviewing its media account, currently handled by Dentsu.", [("microsoft", "dentsu")]),
    ],
)
def test_alternatives_to_a_named_supplier(text: str, expected: list[tuple[str, str]]) -> None:
    """Alternatives to Y (any deliberation verb, any tense), or the account's current holder, name the incumbent."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tesco is re-tendering its logistics contract, which current supplier Wincanton has held since 2010.",
            [("tesco", "wincanton")],
        ),
        (
            "Tesco has begun tendering for catering partners; Sodexo, its existing provider, will bid again.",
            [("tesco", "sodexo")],
        ),
        ("Tesco is retendering its cleaning services contract held by Sodexo.", [("tesco", "sodexo")]),
        (
            "La Ville de Marseille relance l'appel d'offres de sa restauration scolaire, dont le prestataire actuel "
            "Sodexo est candidat.",
            [("pb-ville-de-marseille", "sodexo")],
        ),
    ],
)
def test_retender_names_the_current_holder(text: str, expected: list[tuple[str, str]]) -> None:
    """A contract re-tendered (any words between) puts its current holder at risk, however the story names it."""
    assert _risks(text) == expected


def test_tender_near_misses() -> None:
    """Tendering for office space is no supplier's risk; a rival's separate win does not make it the incumbent."""
    assert _risks("Unilever is tendering for new office space in London.") == []
    assert _risks("Airbus put its cabin contract out to tender, a year after Safran won a separate deal.") == [
        ("airbus", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Valeo warned that a major customer is evaluating other suppliers.",
        "Valeo warned that one of its largest customers may not renew its contract.",
        "Valeo a prévenu qu'un grand client envisage de changer de fournisseur.",
        "Valeo said its biggest customer is looking for a second supplier.",
    ],
)
def test_described_customer_reviewing_its_teller(text: str) -> None:
    """A supplier telling of a described customer's review is the one at risk, never the customer with no supplier."""
    events = [e for e in extract(NewsItem(id="t", body=text)).events if e.type == "customer_at_risk"]
    assert [(e.subject.kind if e.subject else None, e.object.id if e.object else None) for e in events] == [
        ("unnamed", "valeo")
    ]


def test_own_review_keeps_its_customer() -> None:
    """With no described customer before the cue, the teller is the one reviewing its own suppliers."""
    assert _risks("Valeo has opened a review of its media account.") == [("valeo", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple told Qualcomm it was evaluating other suppliers.", [("apple", "qualcomm")]),
        ("Tesco warned Unilever it could take its business elsewhere unless prices fell.", [("tesco", "unilever")]),
        ("Renault a informé Valeo qu'il envisageait de changer de fournisseur.", [("renault", "valeo")]),
    ],
)
def test_customer_warning_its_supplier(text: str, expected: list[tuple[str, str]]) -> None:
    """ "X told / warned Y it ...": the one told is the supplier, "it" is the customer that tells."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesco is considering whether to renew its contract with Sodexo.", [("tesco", "sodexo")]),
        ("Tesco is debating whether to keep Sodexo as its caterer.", [("tesco", "sodexo")]),
        ("Renault hésite à reconduire son contrat avec Valeo.", [("renault", "valeo")]),
        ("La SNCF se demande s'il faut renouveler son contrat avec Alstom.", [("sncf", "alstom")]),
        ("Airbus remet en concurrence Safran sur les sièges de l'A321.", [("airbus", "safran")]),
    ],
)
def test_renewal_in_doubt(text: str, expected: list[tuple[str, str]]) -> None:
    """A customer weighing whether to renew or keep a supplier, or putting it in competition, puts it at risk."""
    assert _risks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tesco is considering whether to renew its lease in Leeds.",
        "Renault hésite à prolonger son usine de Flins.",
        "Apple told analysts it was evaluating other suppliers.",
    ],
)
def test_renewal_and_told_near_misses(text: str) -> None:
    """A lease or a plant is no supplier; analysts told of a search are no supplier either."""
    assert _risks(text) == []
