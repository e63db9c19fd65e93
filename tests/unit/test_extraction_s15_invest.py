"""Session 15 (investments): readers for structures new real reporters use to tell a round's backers.

Every sentence here is invented; each group has paraphrases in both languages and near misses that must not
give the event.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def _investments(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return triples(text, language, types=("investment",))


# Group 1: the round's backers listed in a later sentence whose subject is "the investors in this round" (or its
# French twin), its verb a copula or "include" (wire copy, trade press, roundups).
@pytest.mark.parametrize(
    ("text", "language", "backers"),
    [
        (
            "Zentrova said it raised $120 million in a Series D round. Investors in this round are logistics "
            "group Parcelon, the private equity firm Helmridge Capital and Korvex.",
            "en",
            {"Parcelon", "Helmridge Capital", "Korvex"},
        ),
        (
            "Zentrova closed a $45 million round. The investors in the new round were Parcelon and Helmridge Capital.",
            "en",
            {"Parcelon", "Helmridge Capital"},
        ),
        (
            "Zentrova has raised $45 million. Participants in this financing included Parcelon and Korvex.",
            "en",
            {"Parcelon", "Korvex"},
        ),
        (
            "Zentrova a levé 60 millions d'euros. Parmi les investisseurs de ce tour de table figurent Parcelon, "
            "Helmridge Capital et Korvex.",
            "fr",
            {"Parcelon", "Helmridge Capital", "Korvex"},
        ),
        (
            "Zentrova annonce une levée de fonds de 12 millions d'euros. Les investisseurs de cette levée sont "
            "Parcelon et Korvex.",
            "fr",
            {"Parcelon", "Korvex"},
        ),
        (
            "Zentrova a bouclé un tour de table de 8 millions d'euros. Les participants à l'opération sont "
            "Parcelon et Helmridge Capital.",
            "fr",
            {"Parcelon", "Helmridge Capital"},
        ),
    ],
)
def test_backers_listed_after_the_round_by_a_copula(text: str, language: str, backers: set[str]) -> None:
    found = {subject for _, subject, target in _investments(text, language) if target == "Zentrova"}
    assert backers <= found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The investors' opinion, not their names.
        ("Zentrova raised $45 million. The investors in this round were pleased that Parcelon signed up.", "en"),
        # A list of customers of the round's company, not its backers.
        ("Zentrova a levé 8 millions d'euros. Les clients de cette start-up sont Parcelon et Korvex.", "fr"),
    ],
)
def test_no_backer_from_a_copula_that_lists_no_investor(text: str, language: str) -> None:
    assert all(subject in (None, "Zentrova") for _, subject, _ in _investments(text, language))


# Group 2: backers told as "among its existing investors", an adjective inside the standing phrase.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zentrova raised $45 million. Parcelon and Korvex are among its existing backers.", "en"),
        ("Zentrova raised $45 million last week; Parcelon and Korvex are among its early investors.", "en"),
        ("Zentrova a levé 12 millions d'euros. Parcelon et Korvex figurent parmi ses investisseurs historiques.", "fr"),
        ("Zentrova a levé 12 millions d'euros. Parcelon et Korvex comptent parmi ses actionnaires historiques.", "fr"),
    ],
)
def test_backers_among_its_existing_investors(text: str, language: str) -> None:
    found = {subject for _, subject, target in _investments(text, language) if target == "Zentrova"}
    assert {"Parcelon", "Korvex"} <= found


def test_among_its_existing_customers_is_no_backer() -> None:
    text = "Zentrova raised $45 million. Parcelon and Korvex are among its existing customers."
    assert all(subject in (None, "Zentrova") for _, subject, _ in _investments(text, "en"))


# Group 3: French weekly digests rank the round's company with a verb of place before its amount ("X se place
# deuxième avec une levée de N auprès de A", "X prend la tête avec un tour de N"), and tell a raise by "rassembler".
@pytest.mark.parametrize(
    ("text", "backers"),
    [
        (
            "Korvex se place deuxième avec une levée de 5 millions d'euros auprès de Parcelon et de Helmridge Capital.",
            {"Parcelon", "Helmridge Capital"},
        ),
        ("Korvex prend la deuxième place avec 46 millions d'euros levés auprès de Parcelon.", {"Parcelon"}),
        (
            "Korvex se positionne en troisième place avec une opération de 4 millions d'euros réalisée auprès de "
            "Parcelon.",
            {"Parcelon"},
        ),
        ("Korvex prend la tête avec un tour de 60 millions de dollars.", {None}),
        ("La start-up Korvex a rassemblé 9 millions d'euros auprès de Parcelon.", {"Parcelon"}),
        (
            "Korvex rassemble 9 millions d'euros auprès de Parcelon et de Helmridge Capital.",
            {"Parcelon", "Helmridge Capital"},
        ),
    ],
)
def test_ranked_roundup_lines(text: str, backers: set[str | None]) -> None:
    found = {subject for _, subject, target in _investments(text, "fr") if target == "Korvex"}
    assert backers <= found


@pytest.mark.parametrize(
    "text",
    [
        "Korvex se place deuxième du classement des employeurs de la région, avec 5 000 salariés.",
        "Korvex prend la tête du marché avec un chiffre d'affaires de 60 millions d'euros.",
        "Korvex a rassemblé ses équipes à Lyon pour présenter ses résultats.",
    ],
)
def test_ranked_lines_without_a_round(text: str) -> None:
    assert _investments(text, "fr") == []
