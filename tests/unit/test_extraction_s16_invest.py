"""Session 16 (investments): structures of labelled real sentences that named a round's backers unread.

Every sentence here is invented; each group has positives and near misses that must not give the event.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def _backers(text: str, language: str = "en") -> set[str | None]:
    return {subject for _, subject, _ in triples(text, language, types=("investment",))}


def _investments(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    return triples(text, language, types=("investment",))


# Group 1: the co-investors' list closed by a participle or a planned part ("with A and B also taking part").
@pytest.mark.parametrize(
    ("text", "backers"),
    [
        (
            "Zentrova Inc raised $40 million in a round led by Helmridge Capital, with Parcelon Ventures and Korvex "
            "Partners also taking part.",
            {"Helmridge Capital", "Parcelon Ventures", "Korvex Partners"},
        ),
        (
            "Zentrova Inc raised $40 million in a round led by Helmridge Capital, with Parcelon Ventures also "
            "joining in.",
            {"Helmridge Capital", "Parcelon Ventures"},
        ),
    ],
)
def test_co_investors_also_taking_part(text: str, backers: set[str]) -> None:
    assert _backers(text) == backers


def test_taking_part_in_talks_is_no_investment() -> None:
    text = "Helmridge Capital met Zentrova Inc on Monday, with Parcelon Ventures also taking part in the talks."
    assert _investments(text) == []


# Group 2: the lead told in the present or as a plan, its round named by the company's possessive
# ("X is leading Y's $500 million round"), with the co-investors after the round.
@pytest.mark.parametrize(
    ("text", "backers"),
    [
        (
            "Helmridge Capital is leading Zentrova's $500 million round, with Parcelon Ventures and Korvex Partners "
            "also taking part, two people familiar with the talks said.",
            {"Helmridge Capital", "Parcelon Ventures", "Korvex Partners"},
        ),
        ("Helmridge Capital will lead Zentrova's $50 million Series B.", {"Helmridge Capital"}),
        (
            "Helmridge Capital is leading a $60 million Series B in Zentrova Inc, a battery startup.",
            {"Helmridge Capital"},
        ),
    ],
)
def test_present_lead_names_the_round(text: str, backers: set[str]) -> None:
    found = _investments(text)
    assert {s for _, s, _ in found} == backers
    assert {o for _, _, o in found} == {"Zentrova"}


@pytest.mark.parametrize(
    "text",
    [
        "Helmridge Capital is a leading provider of financing for Zentrova Inc and other startups.",
        "Helmridge Capital is leading the search for a new chief executive at Zentrova Inc.",
    ],
)
def test_leading_without_a_round_is_no_investment(text: str) -> None:
    assert _investments(text) == []


# Group 3: a past investment verb between the backers and the company, no amount told ("A, B and C also backed X",
# "A has itself invested in X and Y"): a standing investment of untold size per backer and per company.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Helmridge Capital, Parcelon Ventures and Korvex Partners also backed Zentrova Inc, while earlier "
            "investors returned for the round.",
            {
                ("Helmridge Capital", "Zentrova"),
                ("Parcelon Ventures", "Zentrova"),
                ("Korvex Partners", "Zentrova"),
            },
        ),
        ("Helmridge Capital backed Zentrova Inc in 2019.", {("Helmridge Capital", "Zentrova")}),
        (
            "Helmridge Capital has itself invested in Eureka Therapeutics and Sonoma Biotherapeutics.",
            {("Helmridge Capital", "Eureka Therapeutics"), ("Helmridge Capital", "Sonoma Biotherapeutics")},
        ),
    ],
)
def test_past_backing_verb_without_amount(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for _, s, o in _investments(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shareholders of Acme Corp backed the Globex Inc offer.",
        "Acme Corp and Initech Corp backed Globex Inc's bid.",
        "Acme Corp backed Globex Inc in its fight with regulators.",
        "Zentrova Inc, backed by the state, invests in Korvex Partners projects.",
        "Helmridge Capital invests in companies like Zentrova Inc.",
    ],
)
def test_backing_a_bid_or_a_habit_is_no_investment(text: str) -> None:
    assert _investments(text) == []


# Group 4: a company's backers named in an apposition, the sentence telling no other fact ("X, the Swedish startup
# backed by A, ...", "X, which is backed by A", "X, heavily financed by both A and B, was at the launch").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zentrova Inc, backed by Helmridge Capital and Korvex Partners, said on Monday it would open a plant.",
            {("Helmridge Capital", "Zentrova"), ("Korvex Partners", "Zentrova")},
        ),
        (
            "Acme Corp signed a deal with Zentrova Inc, the Swedish startup backed by Helmridge Capital, to buy cells.",
            {("Helmridge Capital", "Zentrova")},
        ),
        (
            "Acme Corp is fighting Zentrova Inc, which is backed by Helmridge Capital.",
            {("Helmridge Capital", "Zentrova")},
        ),
        (
            "Zentrova Inc, heavily financed by both Helmridge Capital and Korvex Partners, was also at the launch.",
            {("Helmridge Capital", "Zentrova"), ("Korvex Partners", "Zentrova")},
        ),
    ],
)
def test_backers_in_apposition(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for _, s, o in _investments(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp bought Zentrova Inc, a deal backed by Korvex Partners.",
        "Acme Corp praised Zentrova Inc, a plan backed by Korvex Partners.",
        "The Army said the program, funded by Congress, would help Zentrova Inc.",
    ],
)
def test_backed_deal_or_plan_in_apposition_is_no_investment(text: str) -> None:
    assert _investments(text) == []


# Group 5: French co-leads named first, the verb in the plural, the round a bare « tour » ("A et B ont copiloté le
# tour de 30 M$ de Y", "A, B et C ont accompagné le tour de la start-up Y").
@pytest.mark.parametrize(
    ("text", "backers"),
    [
        (
            "Helmridge Capital et Korvex Partners ont copiloté le tour de 30 millions de dollars de la britannique "
            "Zentrova, rebaptisée Nova.",
            {"Helmridge Capital", "Korvex Partners"},
        ),
        (
            "Helmridge Capital, Parcelon Ventures et Korvex Partners ont accompagné le tour de la start-up "
            "américaine Zentrova, qui y ajoute un emprunt.",
            {"Helmridge Capital", "Parcelon Ventures", "Korvex Partners"},
        ),
        (
            "Helmridge Capital et Korvex Partners ont mené la levée de fonds de Zentrova.",
            {"Helmridge Capital", "Korvex Partners"},
        ),
    ],
)
def test_french_plural_leads_name_the_round(text: str, backers: set[str]) -> None:
    found = _investments(text, "fr")
    assert {s for _, s, _ in found} == backers
    assert {o for _, _, o in found} == {"Zentrova"}


def test_a_tour_de_france_is_no_round() -> None:
    assert (
        _investments("Helmridge Capital et Korvex Partners ont mené le tour de France de la société Zentrova.", "fr")
        == []
    )


# Group 6: the lead named inside a "with" phrase after the round ("closed a $66m Series B with X in the lead").
def test_lead_in_a_with_phrase() -> None:
    text = "Zentrova Inc has closed a $66m Series B with Helmridge Capital in the lead."
    assert ("investment", "Helmridge Capital", "Zentrova") in _investments(text)


def test_in_the_lead_of_a_market_is_no_investment() -> None:
    assert _investments("Acme Corp is in the lead in the market for chips, ahead of Globex Inc.") == []


# Group 7: a possessive round as the subject of "was led by", with or without an aside ("Canva's June round, which
# valued the business at $6 billion, was led by A and B").
@pytest.mark.parametrize(
    ("text", "backers"),
    [
        (
            "Zentrova Labs' June round, which valued the business at $6 billion, was led by Helmridge Capital and "
            "Korvex Partners.",
            {"Helmridge Capital", "Korvex Partners"},
        ),
        ("Zentrova Labs' $50 million Series B was led by Helmridge Capital.", {"Helmridge Capital"}),
    ],
)
def test_possessive_round_subject_names_the_investee(text: str, backers: set[str]) -> None:
    found = _investments(text)
    assert {s for _, s, _ in found} == backers
    assert {o for _, _, o in found} == {"Zentrova Labs"}


@pytest.mark.parametrize(
    "text",
    [
        "Zentrova's chief executive was led by Helmridge Capital staff to the door.",
        "Zentrova Labs' chief said the Acme Corp round was led by Helmridge Capital.",
    ],
)
def test_other_possessive_subjects_name_no_investee(text: str) -> None:
    assert ("investment", "Helmridge Capital", "Zentrova Labs") not in _investments(text)


# Group 8: a company's standing backers listed after a roster that names the company inside its subject ("Among the
# other backers of X were A and B", « Les investisseurs de X, qui ..., sont A et B »).
@pytest.mark.parametrize(
    ("text", "language", "backers"),
    [
        (
            "Among the other backers of Zentrova Labs were Helmridge Capital and Korvex Partners, alongside "
            "investors whose names were not disclosed.",
            "en",
            {"Helmridge Capital", "Korvex Partners"},
        ),
        (
            "Les investisseurs de Zentrova Labs, qui fabrique des capteurs pour la chirurgie, sont Helmridge Capital, "
            "Parcelon Ventures et Korvex Partners.",
            "fr",
            {"Helmridge Capital", "Parcelon Ventures", "Korvex Partners"},
        ),
    ],
)
def test_roster_naming_the_company(text: str, language: str, backers: set[str]) -> None:
    found = _investments(text, language)
    assert {s for _, s, _ in found} == backers
    assert {o for _, _, o in found} == {"Zentrova Labs"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Among the other rivals of Zentrova Labs were Helmridge Capital and Korvex Partners.", "en"),
        ("Les clients de Zentrova Labs sont Helmridge Capital et Korvex Partners.", "fr"),
    ],
)
def test_roster_of_rivals_or_clients_is_no_investment(text: str, language: str) -> None:
    assert _investments(text, language) == []


# Group 9 (false readings): roundup lines set two companies' rounds side by side after ", while"; the second
# clause's backers are not the first company's.
def test_while_clause_backers_are_not_the_first_raisers() -> None:
    text = "Zentrova Inc raised $21M from Helmridge Capital, while Korvex Inc got $12M from Parcelon Ventures."
    found = _investments(text)
    assert ("investment", "Helmridge Capital", "Zentrova") in found
    assert ("investment", "Parcelon Ventures", "Zentrova") not in found


def test_while_clause_of_the_same_round_still_joins_it() -> None:
    text = "Zentrova Inc raised $21M in a round led by Helmridge Capital, while Parcelon Ventures also took part."
    assert _backers(text) == {"Helmridge Capital", "Parcelon Ventures"}
