"""Acquisitions and stakes read as classes of sentences (session 16, round 13).

Each sentence is written for this file. The classes: a broker's rating is no purchase ("upgraded the stock to
buy", "a buy-equivalent rating"); the subject of a subordinate clause after a market move ("X rose on news that Y
agreed to buy it", "after Swiss drugmaker Y agreed to buy the biotech") is the buyer, not the company that moved.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Deal = tuple[str, str | None, str | None]
"""(type, buyer / holder, target)."""


def _deals(text: str, language: str) -> list[Deal]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (event.type, event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extraction.events
        if event.type in ("acquisition", "stake")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Zorvane Retail Inc rose 4% after Quillmark Securities upgraded the stock to buy, while Hestor Bank"
        " and Pavlin Financial both gained.",
        "Quillmark Securities upgraded Hestor Bank to a buy-equivalent rating, citing its resilient deposits.",
        "An analyst at Quillmark Securities raised Brantwell Corp. to Buy and also upgraded Ostrava Systems Inc.",
        "Quillmark Securities reiterated its buy recommendation on Hestor Bank after the results.",
    ],
)
def test_a_rating_buys_nothing(text: str) -> None:
    assert _deals(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: money raised to buy, or a plain move to buy, still buy the company named after the verb
        (
            "Brantwell Corp raised fresh funds to buy Ostrava Systems Inc.",
            ("acquisition", "Brantwell", "Ostrava Systems"),
        ),
        ("Brantwell Corp moved quickly to buy Ostrava Systems Inc.", ("acquisition", "Brantwell", "Ostrava Systems")),
    ],
)
def test_a_buy_with_its_object_is_still_a_purchase(text: str, expected: Deal) -> None:
    assert expected in _deals(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ostrava Systems Inc. jumped 18 percent on news that Brantwell Partners L.P. has agreed to buy it for"
            " about $2.1 billion.",
            ("acquisition", "Brantwell Partners", "Ostrava Systems"),
        ),
        (
            "Kelvane Biosciences soared 30% before the bell after Danish drugmaker Ormund Pharma agreed to buy the"
            " Boston biotech in a deal worth about $4 billion.",
            ("acquisition", "Ormund Pharma", "Kelvane Biosciences"),
        ),
    ],
)
def test_the_buyer_is_the_subordinate_subject(text: str, expected: Deal) -> None:
    found = _deals(text, "en")
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found


def test_a_description_with_a_preposition_is_no_subject() -> None:
    # "after talks with Y": Y is no subject of the subordinate clause, so it is not read as the buyer
    found = _deals("Ostrava Systems Inc. shares rose after talks with Brantwell Corp about a tie-up to buy it.", "en")
    assert ("acquisition", "Brantwell", "Ostrava Systems") not in found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Les actionnaires de Zorvane SA ont approuvé le rachat de la société par le groupe Brantwell.",
            "fr",
            ("acquisition", "Brantwell", "Zorvane"),
        ),
        ("Le rachat de Zorvane SA par Brantwell SA a été approuvé.", "fr", ("acquisition", "Brantwell", "Zorvane")),
        (
            "Shareholders of Zorvane Inc approved the takeover of the chipmaker by Brantwell Corp on Monday.",
            "en",
            ("acquisition", "Brantwell", "Zorvane"),
        ),
    ],
)
def test_a_deal_noun_with_a_described_target_and_its_agent(text: str, language: str, expected: Deal) -> None:
    found = _deals(text, language)
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorvane SA a confirmé le rachat de l'usine par Brantwell SA.", "fr"),
        ("Zorvane Inc said the purchase of the plant by Brantwell Corp closed.", "en"),
    ],
)
def test_a_thing_bought_by_the_agent_is_no_company(text: str, language: str) -> None:
    assert _deals(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a description opening on "au..." is no French seller ("au groupe X"): "its Australian rival", "automaker"
        (
            "Tamsin Gold Corp has agreed to acquire its Australian rival Kerrow Mining for $9 billion.",
            "en",
            ("acquisition", "Tamsin Gold", "Kerrow Mining"),
        ),
        (
            "Brantwell Corp agreed to buy automaker Ostrava Motors Inc.",
            "en",
            ("acquisition", "Brantwell", "Ostrava Motors"),
        ),
        # the perfect "has acquired" buys the company (it was read only as a stake cue, which needs a size)
        (
            "Harrowgate Media has acquired Pellow Broadcasting Inc. for $350 million.",
            "en",
            ("acquisition", "Harrowgate Media", "Pellow Broadcasting"),
        ),
        (
            "Quenby Systems Inc. sold itself to Harrowgate Media for $200 million.",
            "en",
            ("acquisition", "Harrowgate Media", "Quenby Systems"),
        ),
        # coordinated deals: the second conjunct's subject buys the second target
        (
            "Brantwell Corp bought Zorvane Inc and Ostrava Systems Inc acquired Pellow Labs.",
            "en",
            ("acquisition", "Ostrava Systems", "Pellow Labs"),
        ),
        (
            "Brantwell SA a racheté Zorvane SA et Ostrava SAS a repris Pellow SARL.",
            "fr",
            ("acquisition", "Ostrava", "Pellow"),
        ),
    ],
)
def test_verb_deals(text: str, language: str, expected: Deal) -> None:
    assert expected in _deals(text, language)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a size keeps "has acquired" a stake, never a takeover
        (
            "Harrowgate Media has acquired a 12% stake in Pellow Broadcasting Inc.",
            ("stake", "Harrowgate Media", "Pellow Broadcasting"),
            ("acquisition", "Harrowgate Media", "Pellow Broadcasting"),
        ),
        # the first buyer does not buy the second target of a coordinated pair of deals
        (
            "Brantwell Corp bought Zorvane Inc and Ostrava Systems Inc acquired Pellow Labs.",
            ("acquisition", "Brantwell", "Zorvane"),
            ("acquisition", "Brantwell", "Pellow Labs"),
        ),
        # a seller before "from" is still no target
        (
            "Brantwell Corp bought from Zorvane Inc its unit Ostrava Systems.",
            ("acquisition", "Brantwell", "Ostrava Systems"),
            ("acquisition", "Brantwell", "Zorvane"),
        ),
    ],
)
def test_verb_deal_near_misses(text: str, expected: Deal, absent: Deal) -> None:
    found = _deals(text, "en")
    assert expected in found
    assert absent not in found


def test_a_target_whose_name_opens_on_an_article_is_named() -> None:
    # "Lagardère" opens on "la": it is the named target, not a description before the agent
    assert ("acquisition", "Brantwell", "Lagrange") in _deals(
        "Le rachat de Lagrange SA par Brantwell SA a été annoncé.", "fr"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a retailer's purchasing body, a lead retaken, an agency buying media: no purchase of a company
        ("Depuis lundi, le laitier Brantwell SA a cessé de livrer les centrales d'achat de Zorvane SA.", "fr"),
        ("Au deuxième trimestre, Brantwell SA a repris la tête du marché, devant Zorvane SA.", "fr"),
        ("Zorvane Inc has appointed Brantwell Media as buying agency for brands such as Ostrava Systems Inc.", "en"),
    ],
)
def test_other_senses_buy_nothing(text: str, language: str) -> None:
    assert _deals(text, language) == []


def test_a_takeover_told_with_reprendre_still_reads() -> None:
    # near miss: "a repris" with its object stays a takeover; only "repris la tête" is another sense
    assert ("acquisition", "Brantwell", "Zorvane") in _deals(
        "Brantwell SA a repris Zorvane SA, qui a pris la tête du marché.", "fr"
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a fronted clause with no subject of its own: the buyer is the main clause's subject, after the comma
        (
            "En rachetant Zorvane SA, Brantwell SA comptait doubler de taille.",
            "fr",
            ("acquisition", "Brantwell", "Zorvane"),
        ),
        (
            "En prenant le contrôle de l'allemand Zorvane SA, Brantwell SA a misé sur les acquisitions.",
            "fr",
            ("acquisition", "Brantwell", "Zorvane"),
        ),
        (
            "Alors qu'il s'apprête à racheter son concurrent Zorvane SA, Brantwell SA doit réduire ses objectifs.",
            "fr",
            ("acquisition", "Brantwell", "Zorvane"),
        ),
        # a past infinitive after the main clause: the sentence's opening company buys
        (
            "Brantwell SA lance sa marque au Mali un an après y avoir acquis l'opérateur Zorvane SA.",
            "fr",
            ("acquisition", "Brantwell", "Zorvane"),
        ),
    ],
)
def test_the_buyer_of_a_subjectless_clause(text: str, language: str, expected: Deal) -> None:
    assert expected in _deals(text, language)


def test_a_fronted_phrase_with_its_own_subject_keeps_it() -> None:
    # near miss: "En 2019" is no gerund's "en"; the company after the comma is no buyer
    found = _deals("En 2019 Brantwell SA a racheté Zorvane SA, et Ostrava SAS a levé des fonds.", "fr")
    assert ("acquisition", "Ostrava", "Zorvane") not in found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a company the knowledge base does not know, named after a holder's or a bidder's words
        (
            "Pour mémoire, le fonds Ardian est devenu fin 2020 l'actionnaire majoritaire de Pelvane, un installateur.",
            "fr",
            ("acquisition", "Ardian", "Pelvane"),
        ),
        (
            "Brantwell SA a ouvert son offre publique d'achat sur Quorvel au prix de 25 euros par action.",
            "fr",
            ("acquisition", "Brantwell", "Quorvel"),
        ),
        (
            "Brantwell Capital became the majority shareholder of Zorvane Inc in 2020.",
            "en",
            ("acquisition", "Brantwell Capital", "Zorvane"),
        ),
    ],
)
def test_holders_and_bidders_of_unknown_companies(text: str, language: str, expected: Deal) -> None:
    assert expected in _deals(text, language)


def test_a_largest_shareholder_holds_a_stake_only() -> None:
    # near miss: the largest shareholder does not control the company
    found = _deals("Brantwell Capital became the largest shareholder of Zorvane Inc in 2020.", "en")
    assert ("stake", "Brantwell Capital", "Zorvane") in found
    assert ("acquisition", "Brantwell Capital", "Zorvane") not in found


def test_being_the_majority_shareholder_is_a_holding() -> None:
    # near miss: a state, not a change of control ("est l'actionnaire majoritaire de" stays a stake)
    found = _deals("Brantwell Capital est l'actionnaire majoritaire de Zorvane SA.", "fr")
    assert ("acquisition", "Brantwell Capital", "Zorvane") not in found


def test_a_shareholder_noun_apposed_to_a_company_is_its_holding() -> None:
    # the company the noun is apposed to holds Y, not the buyer of that company
    found = _deals("Brantwell SA va racheter Zorvane SAS, actionnaire majoritaire de Pelvane Industries.", "fr")
    assert ("stake", "Zorvane", "Pelvane Industries") in found
    assert ("stake", "Brantwell", "Pelvane Industries") not in found


@pytest.mark.parametrize(
    ("text", "language", "expected", "absent"),
    [
        # the company after "from" sold what was bought; the company after "in / dans" is held
        (
            "Brantwell Corp bought a 20% stake from Zorvane Inc in Pelvane Labs.",
            "en",
            ("stake", "Brantwell", "Pelvane Labs"),
            ("stake", "Brantwell", "Zorvane"),
        ),
        (
            "Brantwell SA reprend les 24,9 % de Zorvane SA dans Pelvane SAS.",
            "fr",
            ("stake", "Brantwell", "Pelvane"),
            ("stake", "Brantwell", "Zorvane"),
        ),
        # near miss: without "dans", the 24.9 % are of the company named
        ("Brantwell SA reprend les 24,9 % de Zorvane SA.", "fr", ("stake", "Brantwell", "Zorvane"), None),
        # near miss: a stake in a company bought from its founders stays a stake in that company
        (
            "Brantwell Corp bought a stake in Zorvane Inc from its founders.",
            "en",
            ("stake", "Brantwell", "Zorvane"),
            None,
        ),
    ],
)
def test_sellers_are_no_targets(text: str, language: str, expected: Deal, absent: Deal | None) -> None:
    found = _deals(text, language)
    assert expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "Brantwell Corp, which bought control from Zorvane Group in 2005, runs the plant.",
        "In 2011 Brantwell Corp had bought a 9.9% stake from a consortium led by the bank Zorvane Inc.",
    ],
)
def test_a_seller_after_from_is_bought_by_nobody(text: str) -> None:
    assert not [d for d in _deals(text, "en") if d[2] == "Zorvane" or d[2] == "Zorvane Group"]


def test_an_exchange_before_listed_is_no_target() -> None:
    found = _deals("Brantwell Corp agreed to buy Nasdaq-listed chipmaker Zorvane Inc for $22 million.", "en")
    assert ("acquisition", "Brantwell", "Zorvane") in found
    assert not [d for d in found if d[2] == "Nasdaq"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorvane SA ne remet pas en question l'achat de 25 A350 à Brantwell SA, a indiqué le groupe.", "fr"),
        ("Zorvane Inc completed the purchase of 12 jets from Brantwell Corp.", "en"),
    ],
)
def test_counted_goods_bought_from_a_seller_buy_no_company(text: str, language: str) -> None:
    assert not [d for d in _deals(text, language) if d[0] == "acquisition"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # near misses: a percentage of the company is bought, not goods
        ("Brantwell SA a finalisé l'acquisition de 80 % de Zorvane SA.", "fr", ("acquisition", "Brantwell", "Zorvane")),
        ("Brantwell Corp completed the purchase of 60% of Zorvane Inc.", "en", ("acquisition", "Brantwell", "Zorvane")),
    ],
)
def test_a_share_of_the_company_is_still_bought(text: str, language: str, expected: Deal) -> None:
    assert expected in _deals(text, language)
