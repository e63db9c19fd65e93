"""Session 17, public bodies named by a head noun and its qualifier (streams/extraction/public_heads.py).

Invented sentences: a state by its government or "État" and a nationality, a ministry by its field, a city's
commission, a state office, a unit of an armed service; each must reach the event as a ``public_body`` party, and
the near misses (a head noun alone, "le Conseil d'État", a regulator, a council named by its city) must not.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.parties import find_public_bodies


def _bodies(text: str) -> list[str]:
    return [name for _, _, _, name in find_public_bodies(text, text.lower())]


def _pairs(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None, str | None]]:
    events = extract(NewsItem(id="t", body=text, language=lang)).events
    return [
        (
            event.type,
            event.subject.name if event.subject else None,
            event.subject.kind if event.subject else None,
            event.object.name if event.object else None,
        )
        for event in events
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Korvan received $2.2 billion from the Chinese government last week.", "Chinese government"),
        ("With the U.S. government accounting for most of its sales, Korvan grew.", "U.S. government"),
        ("Le gouvernement australien pourrait renoncer au contrat.", "gouvernement australien"),
        ("Le gouvernement du Québec lance un fonds.", "gouvernement du Québec"),
        ("L'État sénégalais a lancé un appel d'offres.", "État sénégalais"),
        ("L'État de Côte d'Ivoire a signé un protocole.", "État de Côte d'Ivoire"),
        ("The Indian ministry of defence said it had acted.", "Indian ministry of defence"),
        ("The Indian defence ministry has not informed it.", "Indian defence ministry"),
        ("The Defence Ministry has signed two deals.", "Defence Ministry"),
        ("Korvan overbilled the Ministry of Justice by millions.", "Ministry of Justice"),
        ("Korvan holds a contract with the Veterans Affairs Department.", "Veterans Affairs Department"),
        ("The Pueblo Police Department has signed a contract.", "Pueblo Police Department"),
        ("The Delray Beach City Commission approved it.", "Delray Beach City Commission"),
        ("The California State Controller's Office said so.", "California State Controller's Office"),
        ("The U.S. General Services Administration said Thursday.", "U.S. General Services Administration"),
        ("Work for the U.S. Army Corps of Engineers starts in May.", "U.S. Army Corps of Engineers"),
        ("Korvan will run the water system at Dover Air Force Base.", "Dover Air Force Base"),
        ("Le Département de la défense s'apprête à choisir.", "Département de la défense"),
        ("La ville d'Orléans a reconduit son contrat.", "ville d'Orléans"),
        ("Le contrat de l'eau de Dijon métropole a été attribué.", "Dijon métropole"),
        ("Les fonds sont mis à disposition par la Région wallonne.", "Région wallonne"),
    ],
)
def test_a_body_named_by_its_head_noun_is_found(text: str, body: str) -> None:
    assert body in _bodies(text)


def test_a_british_ministry_by_its_field_keeps_its_title() -> None:
    assert _bodies("The British defence ministry gave Korvan a contract.") == ["Ministry of Defence"]


@pytest.mark.parametrize(
    "text",
    [
        "The government said it would act.",  # a head noun alone names no body
        "Le gouvernement actuel a dit non.",  # "actuel" is no nationality
        "Selon le Conseil d'État, la commande est suspendue.",  # the court, not the state
        "Un coup d'État a eu lieu.",
        "The board said the office would move to a new base.",  # common nouns in lower case
        "The U.S. Food and Drug Administration approved the drug.",  # a regulator
        "The Trade Department said exports rose.",  # no buying field
        "The Department of Justice sued Korvan.",  # the antitrust regulator
    ],
)
def test_no_body_without_its_qualifier(text: str) -> None:
    assert _bodies(text) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Chinese government has ordered 40 trucks from Korvan.", "en", ("customer_start", "Chinese government")),
        (
            "The Indian ministry of defence terminated its agreement with Korvan for 12 helicopters.",
            "en",
            ("customer_end", "Indian ministry of defence"),
        ),
        (
            "The Pueblo Police Department signed a contract with Korvan for body cameras.",
            "en",
            ("customer_start", "Pueblo Police Department"),
        ),
        (
            "Korvan won a $95 million contract from the U.S. Army Corps of Engineers.",
            "en",
            ("customer_start", "U.S. Army Corps of Engineers"),
        ),
        (
            "Le gouvernement australien abandonne le contrat conclu avec Korvan.",
            "fr",
            ("customer_end", "gouvernement australien"),
        ),
        ("L'État ivoirien a confié à Korvan la construction du métro.", "fr", ("customer_start", "État ivoirien")),
        (
            "La ville d'Orléans a reconduit pour douze ans son contrat avec Korvan.",
            "fr",
            ("customer_continue", "ville d'Orléans"),
        ),
        ("La Région wallonne a investi 50 millions d'euros dans Korvan.", "fr", ("investment", "Région wallonne")),
    ],
)
def test_the_body_reaches_the_event(text: str, lang: str, expected: tuple[str, str]) -> None:
    kind, subject = expected
    assert (kind, subject, "public_body", "Korvan") in _pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Korvan, which sells in China, said the Chinese government had raised tariffs.", "en"),
        ("Selon le Conseil d'État, le contrat de Korvan avec la STIB est suspendu.", "fr"),
        ("Le conseil municipal de Phoenix a confié à Korvan les lignes de bus.", "fr"),
    ],
)
def test_a_body_named_in_passing_or_a_council_is_no_new_party(text: str, lang: str) -> None:
    subjects = {subject for _, subject, kind, _ in _pairs(text, lang) if kind == "public_body"}
    assert not subjects & {"Chinese government", "État", "conseil municipal de Phoenix"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Defence Ministry has signed two contracts with Korvan worth about Rs 5400 crore.",
            [("customer_start", "Defence Ministry", "public_body", "Korvan")],
        ),
        (
            "The California State Controller's Office has signed contracts with Korvan and Zeltrix for payroll.",
            [
                ("customer_start", "California State Controller's Office", "public_body", "Korvan"),
                ("customer_start", "California State Controller's Office", "public_body", "Zeltrix"),
            ],
        ),
    ],
)
def test_contracts_counted_or_in_the_plural_are_signed_purchases(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Battery start-up Korvan signs deals with Zeltrix and Maxlon.",  # deals in the plural: no purchase
        "Korvan signed the deal on Tuesday.",
        "The agreement was signed by Korvan and Zeltrix in May.",
    ],
)
def test_plural_deals_and_a_bare_signature_buy_nothing(text: str) -> None:
    assert not [pair for pair in _pairs(text) if pair[0] == "customer_start"]


def test_a_public_body_is_never_the_target_of_a_purchase() -> None:
    text = (
        "Korvan won a contract worth up to $32.4 million to take over and run the water system at Dover Air Force Base."
    )
    assert [pair for pair in _pairs(text) if pair[0] in ("acquisition", "stake")] == []


def test_a_state_still_holds_its_stakes() -> None:
    pairs = _pairs("L'État français détient 15 % du capital de Korvan.", "fr")
    assert ("stake", "État français", "public_body", "Korvan") in pairs


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("In May the City Council authorized a contract with Korvan for body cameras.", "City Council"),
        ("The Pueblo Police Department approved a contract with Korvan Inc. for cameras.", "Pueblo Police Department"),
    ],
)
def test_a_public_body_approving_a_contract_buys(text: str, body: str) -> None:
    assert ("customer_start", body, "public_body", "Korvan") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zeltrix's board approved a deal with Korvan to sell its studios.",  # a company's board may be selling
        "Zeltrix's board approved an agreement with Korvan Inc. for cloud services.",
        "The City Council approved a merger agreement with Korvan Inc.",  # no purchase
    ],
)
def test_a_company_approving_a_contract_buys_nothing(text: str) -> None:
    assert not [pair for pair in _pairs(text) if pair[0] == "customer_start"]


def test_an_order_cancelled_is_not_placed() -> None:
    text = (
        'The ministry of defence said it had "initiated action for cancellation" of its order for 12 helicopters '
        "from AgustaWestland."
    )
    assert not [pair for pair in _pairs(text) if pair[0] == "customer_start"]


def test_an_order_told_after_another_cancellation_is_still_placed() -> None:
    pairs = _pairs("After cancelling a tender, the Indian government will buy 20 Airbus A350 aircraft.")
    assert ("customer_start", "Indian government", "public_body", "Airbus") in pairs
