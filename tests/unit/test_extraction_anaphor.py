"""Cross-sentence references: a fact whose party is only "the company", "le groupe", "it" or a kind noun.

Sentences written for these tests (none copied from an article). Each case lists events the text must
give, as (type, subject id, object id or person, None for any); the text's first line is the headline;
``absent`` lists (type, subject id) pairs that must not appear (a reference resolved to the wrong company).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import DealEvent, NewsItem
from schemas.news import Language
from streams.extraction import extract
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.text import fold_case, normalise

Key = tuple[str, str | None, str | None]
PUBLISHED = datetime(2024, 5, 14, 7, 30, tzinfo=UTC)

CASES: list[tuple[str, Language, str, list[Key], list[tuple[str, str]]]] = [
    # A leaver with no company in the sentence belongs to the story's company, not to an investor
    # named once in the sentence before.
    (
        "en-leaver-after-investor",
        "en",
        "Volkswagen boss to go\n"
        "Volkswagen shares fell on Monday after a weak quarter at the carmaker. "
        "Activist fund Elliott Management has criticised the pace of change for months. "
        "Herbert Diess has to step down as chief executive by the end of May.",
        [("leadership_change", "volkswagen", None)],
        [("leadership_change", "elliott-management")],
    ),
    # "as his successor": the newcomer takes the title the leaver held in the sentence before.
    (
        "en-as-his-successor",
        "en",
        "Heineken boss to retire\n"
        "Heineken said on Monday that chief executive Paul Hart will retire next year. "
        "The board named Marta Oyelaran as his successor.",
        [("leadership_change", "heineken", "Marta Oyelaran")],
        [],
    ),
    # A kind noun that introduces a name we do not know is no reference back: no holder beats a wrong one.
    (
        "fr-kind-noun-before-unknown-name",
        "fr",
        "Nestlé publie ses ventes\n"
        "Nestlé a publié lundi des ventes en hausse. "
        "Le fonds britannique Amber Capital a acquis 3% du capital de Danone.",
        [],
        [("stake", "nestle")],
    ),
    # "the manufacturer said its largest customer, Y, would stop using it": Y is the customer, the speaker
    # (a description of the story's company) the supplier.
    (
        "en-its-customer-apposed-after-description",
        "en",
        "Flex loses Cisco\n"
        "Shares of Flex fell after the contract manufacturer said its largest customer, Cisco, would stop using it.",
        [("customer_end", "cisco", "flex")],
        [("customer_end", "flex")],
    ),
    (
        "en-board-will-propose-as-his-successor",
        "en",
        "Siemens CEO to leave\n"
        "Siemens said on Monday that chief executive Joe Kaeser will leave in the summer. "
        "Its supervisory board will propose Ruth Adeyemi as his successor.",
        [("leadership_change", "siemens", "Ruth Adeyemi")],
        [],
    ),
    # An analyst's quote opening with a gerund names nobody: "Naming Hare ..." is no person "Naming Hare".
    (
        "en-gerund-opening-a-quote",
        "en",
        "Sage names interim COO\n"
        "Sage said finance chief Steve Hare would become chief operating officer on an interim basis. "
        '"Appointing Hare as interim COO should reassure investors," analysts wrote.',
        [("leadership_change", "sage", "Steve Hare")],
        [],
    ),
    # The owner told in the holder's description is no party: the description stands for the story's
    # company, the holding's target is the company named before.
    (
        "fr-description-owned-by",
        "fr",
        "Vivendi se renforce\n"
        "Vivendi a officialisé lundi sa montée au capital de Lagardère. "
        "Le groupe de médias contrôlé par la famille Bolloré possède maintenant 12% du capital de l'éditeur.",
        [("stake", "vivendi", "lagardere")],
        [("stake", "famille-bollore")],
    ),
    # "X% des titres de l'éditeur": a kind noun for the other company the sentence before named.
    (
        "fr-holding-of-the-publisher",
        "fr",
        "Vivendi se renforce\n"
        "Vivendi a officialisé lundi sa montée au capital de Lagardère. "
        "Le groupe détient maintenant 12% des titres de l'éditeur.",
        [("stake", "vivendi", "lagardere")],
        [],
    ),
    # A trade noun stands for the company the story gave that trade, not the last one named.
    (
        "en-trade-noun-named-earlier",
        "en",
        "Chip stocks rally\n"
        "Chipmaker Qualcomm reported record sales on Wednesday. Carmaker Stellantis said it would cut costs. "
        "The chipmaker has agreed to buy a 20% stake in Arm.",
        [("stake", "qualcomm", "arm")],
        [("stake", "stellantis")],
    ),
    # A trade noun that contradicts the only candidate resolves to nothing.
    (
        "en-trade-noun-contradicts",
        "en",
        "Stellantis results\n"
        "Carmaker Stellantis reported record sales on Wednesday. The bank has agreed to buy a 20% stake in Arm.",
        [],
        [("stake", "stellantis")],
    ),
    # "the FMCG major": a sector word and "major" stand for the company.
    (
        "en-sector-major",
        "en",
        "Unilever results\n"
        "Unilever posted higher quarterly sales on Monday. "
        "The FMCG major has agreed to buy a 30% stake in Paras Dairy.",
        [("stake", "unilever", None)],
        [],
    ),
    # A figure a description owns ("the firm's $26 billion of revenue") is the story's company's, not that of
    # the customer the sentence names.
    (
        "en-revenue-owned-by-description",
        "en",
        "Flex loses Cisco work\n"
        "Flex said on Monday that Cisco would move its router assembly in-house.\n\n"
        "In 2023, Cisco accounted for 9 percent of the Singapore-based firm's $26 billion of revenue.",
        [("revenue", "flex", None)],
        [("revenue", "cisco")],
    ),
    (
        "fr-revenue-du-groupe",
        "fr",
        "Lectra perd un client\n"
        "Lectra a annoncé lundi que Stellantis ne renouvellerait pas son contrat.\n\n"
        "En 2023, Stellantis a représenté 9% des 480 millions d'euros de chiffre d'affaires du groupe.",
        [("revenue", "lectra", None)],
        [("revenue", "stellantis")],
    ),
    (
        "en-description-controlled-by",
        "en",
        "Unilever buys into dairy\n"
        "Unilever sold its tea arm last year. "
        "The consumer goods group controlled by the Tata family has bought a 26% stake in dairy firm Indocon Agro.",
        [("stake", "unilever", "indocon-agro")],
        [("stake", "tata")],
    ),
]


def _key(event: DealEvent) -> Key:
    other = event.object.id if event.object is not None else event.person
    return event.type, event.subject.id if event.subject is not None else None, other


@pytest.mark.parametrize(("language", "text", "expected", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reference_resolves_to_the_right_company(
    language: Language, text: str, expected: list[Key], absent: list[tuple[str, str]]
) -> None:
    title, body = text.split("\n", 1)
    item = NewsItem(
        id="anaphor", url="https://example.com/a", title=title, body=body, language=language, published_at=PUBLISHED
    )
    keys = {_key(e) for e in extract(item).events}
    for type_, subject, other in expected:
        assert any(k[0] == type_ and k[1] == subject and (other is None or k[2] == other) for k in keys), keys
    for type_, subject in absent:
        assert not any(k[0] == type_ and k[1] == subject for k in keys), keys
    assert not any(k[2] is not None and k[2].startswith(("Appointing", "Naming")) for k in keys), keys


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe stepped down and was succeeded by Taro Shimada, the company said.",
        "Paul Hart prendra la suite de Marie Dulac, a précisé la société.",
        "The role goes to Nina Okafor, the group added.",
    ],
)
def test_name_before_an_attribution_is_no_company(text: str) -> None:
    """ "<name>, the company said": the description speaks; it is no apposition making the name a company."""
    names = {c.name for c in find_companies(normalise(text), fold_case(normalise(text)), load_knowledge_base(), [])}
    assert not names & {"Taro Shimada", "Marie Dulac", "Nina Okafor"}, names
