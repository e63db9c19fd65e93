"""Company recognition, round 11: names recognised by the role their sentence gives them.

Funds and firms without a legal form or a known head word ("Grelvo", "Sanmor") are organisations when a list of them is
the subject of a verb of joining a round ("A, B and C also participated", "A and B are other new investors", "A et B
ont également participé"): one name, a person's name or a list that joins a board names no investor. A French kind's
complement may run long ("le spécialiste de la propulsion de satellites X") unless it ends on an owner ("la holding de
la famille X"); English trades of the web ("the charging network X", "audio app X", "grocery e-tailer X") introduce a
name, but a capitalised kind inside a sentence is a word of a name ("the App Store"). Each reader has paraphrases told
as other reporters would tell them and near misses it must not read.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from tests.support.extraction import triples

_KB = load_knowledge_base()

_ROUND_EN = "Zentrik raised $20 million in a Series B round led by Accel. "
_ROUND_FR = "Zentrik a levé 20 millions d'euros auprès d'Accel. "


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


def _investors(text: str, language: str) -> set[str | None]:
    return {subject for _, subject, _ in triples(text, language, types=("investment",))}


_JOINED = [
    (_ROUND_EN + "Grelvo, Sanmor and Tavistrand also participated.", "en"),
    (_ROUND_EN + "Grelvo and Sanmor are other new investors in the round.", "en"),
    (_ROUND_EN + "Grelvo and Sanmor joined as new backers, the company said.", "en"),
    (_ROUND_EN + "Grelvo and Sanmor took part in the financing too.", "en"),
    (_ROUND_EN + "Existing investors Grelvo, Sanmor and Tavistrand have also invested.", "en"),
    (_ROUND_EN + "Grelvo and Sanmor join the company's shareholders for the first time with this round.", "en"),
    (_ROUND_FR + "Grelvo, Sanmor et Tavistrand ont également participé à l'opération.", "fr"),
    (_ROUND_FR + "Grelvo et Sanmor ont rejoint le tour de table.", "fr"),
    (_ROUND_FR + "Grelvo et Sanmor sont les autres nouveaux investisseurs.", "fr"),
    (_ROUND_EN + "Grelvo and Sanmor took part in the extension as well.", "en"),
]
"""One fact (two or three funds joined a round) as several reporters would tell it, in English and French."""


@pytest.mark.parametrize(("text", "language"), _JOINED)
def test_listed_participants_are_organisations(text: str, language: str) -> None:
    assert {"Grelvo", "Sanmor"} <= _names(text)


@pytest.mark.parametrize(("text", "language"), _JOINED[:5] + _JOINED[6:8])
def test_listed_participants_invest(text: str, language: str) -> None:
    assert {"Grelvo", "Sanmor"} <= _investors(text, language)


@pytest.mark.parametrize(
    "text",
    [
        _ROUND_EN + "Grelvo and Sanmor joined the board after the round.",  # another relation: seats, no money
        _ROUND_EN + "Marc Dupont and Julie Martin also participated.",  # people, not funds
        _ROUND_EN + "Germany and Japan also participated in the talks.",  # places
        _ROUND_EN + "Grelvo also participated.",  # one bare word: a person's surname as often as a fund
        _ROUND_EN + "Grelvo and Sanmor may participate in a later round.",  # a plan, no participation verb told
    ],
)
def test_no_participant_list(text: str) -> None:
    assert not {"Grelvo", "Sanmor", "Marc Dupont", "Julie Martin", "Germany", "Japan"} & _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le fabricant de films d'emballage Tovrel a racheté Brisane.", "Tovrel"),
        ("Le spécialiste de la propulsion de satellites Orbeli a été racheté par Safran.", "Orbeli"),
        ("Safran a acquis la société néerlandaise d'ingénierie et de R&D Orbeli, qui emploie 300 personnes.", "Orbeli"),
        ("Carrefour s'empare du spécialiste de la livraison de repas Orbeli.", "Orbeli"),
        ("L'éditeur de logiciels de paie Orbeli lève 12 millions d'euros.", "Orbeli"),
        ("Fnac avale le spécialiste de l'électroménager français Orbeli.", "Orbeli"),
    ],
)
def test_kind_with_long_complement_introduces_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "language", "triple"),
    [
        ("Le fabricant de films d'emballage Tovrel a racheté Brisane.", "fr", ("acquisition", "Tovrel", "Brisane")),
        (
            "Le spécialiste de la propulsion de satellites Orbeli a été racheté par Safran.",
            "fr",
            ("acquisition", "Safran", "Orbeli"),
        ),
        (
            "Safran a acquis la société néerlandaise d'ingénierie et de R&D Orbeli.",
            "fr",
            ("acquisition", "Safran", "Orbeli"),
        ),
    ],
)
def test_kind_with_long_complement_takes_part_in_deal(text: str, language: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text, language, types=("acquisition",))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ceconomy rachète à la holding de la famille Pinault, Artémis, sa participation de 24 %.", "Pinault"),
        ("Le fonds de l'homme d'affaires Brisac a pris 5 % du capital.", "Brisac"),  # the owner, not the fund
        ("Selon le spécialiste de la propulsion spatiale Jean Morel, le marché va doubler.", "Jean Morel"),  # a person
    ],
)
def test_kind_complement_naming_no_firm(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Daimler took part in the latest funding round of the charging network Voltaro.",
        "Uber has agreed to buy food delivery app Voltaro for $300 million.",
        "Walmart acquired the online grocery e-tailer Voltaro last year.",
        "Grocery e-tailer Voltaro was bought by Tesco.",
        "Network operator Voltaro was bought by Vodafone.",
    ],
)
def test_web_trade_introduces_name(text: str) -> None:
    assert "Voltaro" in _names(text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Uber has agreed to buy food delivery app Voltaro for $300 million.", ("acquisition", "Uber", "Voltaro")),
        ("Walmart acquired the online grocery e-tailer Voltaro last year.", ("acquisition", "Walmart", "Voltaro")),
        ("Grocery e-tailer Voltaro was bought by Tesco.", ("acquisition", "Tesco", "Voltaro")),
    ],
)
def test_web_trade_takes_part_in_deal(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text, "en", types=("acquisition",))


@pytest.mark.parametrize(
    "text",
    [
        "Apple said the App Store had a record year.",  # a capitalised kind inside a name
        "Last year the app won the Bharat App Innovation Challenge.",
        "The group runs the Voltaro Network and the Bright App Store.",
    ],
)
def test_capitalised_kind_introduces_no_name(text: str) -> None:
    assert not {"Store", "Innovation Challenge", "Bright", "Voltaro"} & _names(text)


def test_sum_landed_in_a_round_is_no_contract() -> None:
    text = "Voltaro, which runs an audiobook app, has landed $210m in an Alibaba-backed round."
    assert not triples(text, "en", prefix="customer")
