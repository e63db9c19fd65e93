"""Round 19 (session 22), merge: public bodies in two new frames, and long repetitive stories read as short ones.

Working with a public body on a plan (« Korvia travaille avec l'État sur un plan de relance ») is a policy, not an
alliance, and money a French firm receives from a region or ministry is a subsidy, not an investor's: the round's
partnership and receipt frames keep reading firms. The three places made linear at merge (a mention's surname test,
a title held now, the size of a lost customer's orders) give the same facts in a story repeated many times as in one
copy of it.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Korvia travaille avec l'État sur un plan de relance.", "fr", set()),
        ("Korvia travaille avec la région Bretagne sur un nouveau tramway.", "fr", set()),
        ("Dorvane is working with the Ministry of Defence on a new radar.", "en", set()),
        ("Korvia travaille avec Dorvane sur une nouvelle batterie.", "fr", {("Korvia", "Dorvane")}),
        ("Bellmark is working with Quentaro on a pre-production cell.", "en", {("Bellmark", "Quentaro")}),
    ],
)
def test_work_with_a_public_body_is_no_partnership(
    text: str, language: str, expected: set[tuple[str | None, str | None]]
) -> None:
    found = {(s, o) for _, s, o in triples(text, language, types=("partnership",))}
    assert {frozenset(pair) for pair in found} == {frozenset(pair) for pair in expected}


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("Dorvane a reçu 7 millions d'euros de la région Bretagne pour son usine.", None),
        ("Quentaro a reçu 2 millions d'euros du ministère des Armées.", None),
        ("Dorvane a reçu 7 millions d'euros de Korvia pour son usine.", "Korvia"),
        ("Tiluma a reçu 3 millions d'euros de son partenaire Mirevo.", "Mirevo"),
    ],
)
def test_money_received_from_a_public_body_names_no_investor(text: str, investor: str | None) -> None:
    investors = {s for _, s, _ in triples(text, "fr", types=("investment",))}
    assert investor in investors if investor else not investors - {None}


@pytest.mark.parametrize(
    ("story", "language", "types"),
    [
        (
            "Korvia named Jane Roe as its new chief executive, succeeding Tom Baxter. "
            "Aug. 31 will be Baxter's last day as CEO of Korvia, Korvia said. ",
            "en",
            ("leadership_change",),
        ),
        (
            "Korvia, Dorvane's largest customer, ended its supply contract with Dorvane last week. "
            "Korvia had placed orders worth $2 billion with Dorvane. ",
            "en",
            ("customer_end",),
        ),
        ("Korvia a résilié son contrat avec Dorvane la semaine dernière. ", "fr", ("customer_end",)),
    ],
)
def test_a_story_repeated_gives_the_facts_of_one_copy(story: str, language: str, types: tuple[str, ...]) -> None:
    once = set(triples(story, language, types=types))
    assert once
    assert set(triples(story * 400, language, types=types)) == once
