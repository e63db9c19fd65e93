"""Round 19 (session 22), leadership frames: each reader proved on invented sentences (companies the knowledge base does
not know) and on near misses that must give nothing: people, places, politicians, festivals, sentence openers."""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Change = tuple[str | None, str | None, str | None, str | None]


def _changes(text: str, language: str = "en") -> list[Change]:
    """(company, incoming, outgoing, role) of each leadership change read in ``text``."""
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [
        (event.subject.name if event.subject else None, event.person, event.previous_person, event.role)
        for event in extraction.events
        if event.type == "leadership_change"
    ]


# --- a departure told in the progressive future, a retirement announced, a last day in the post


@pytest.mark.parametrize(
    ("text", "company", "leaver"),
    [
        ("Dorvane said its chief executive, Paul Marsh, would be leaving the company.", "Dorvane", "Paul Marsh"),
        ("Korvia said chief executive Anna Kerr will be leaving the company in June.", "Korvia", "Anna Kerr"),
        ("Bellmark chief executive Tom Heller has announced his retirement.", "Bellmark", "Tom Heller"),
        ("Quentaro's chief executive Lucy Brandt announced her retirement on Monday.", "Quentaro", "Lucy Brandt"),
        ("Friday will be Paul Marsh's last day as chief executive of Korvia.", "Korvia", "Paul Marsh"),
    ],
)
def test_a_leaver_told_by_a_progressive_an_announced_retirement_or_a_last_day(
    text: str, company: str, leaver: str
) -> None:
    assert (company, None, leaver, "CEO") in _changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Marsh will be leaving for Paris on Monday.",
        "Senator Paul Marsh announced his retirement from politics.",
        "Paul Marsh spent his last day as a student in Paris.",
        "Meanwhile, Dorvane will be leaving the Korvia venture.",
    ],
)
def test_a_trip_a_politician_or_a_school_day_is_no_departure(text: str) -> None:
    assert _changes(text) == []


# --- French: giving up (« jette l'éponge »), handing over with an infinitive, taking the direction of a firm


@pytest.mark.parametrize(
    ("text", "company", "leaver"),
    [
        ("Le directeur général de Dorvane, Paul Marsh, jette l'éponge.", "Dorvane", "Paul Marsh"),
        ("La présidente de Korvia, Anne Kerr, a jeté l'éponge vendredi.", "Korvia", "Anne Kerr"),
        ("Le PDG de Bellmark, Jean Roux, jettera l'éponge à la fin du mois.", "Bellmark", "Jean Roux"),
    ],
)
def test_a_leader_who_throws_in_the_towel_leaves(text: str, company: str, leaver: str) -> None:
    assert any(c == company and p is None and old == leaver for c, p, old, _ in _changes(text, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        "Dorvane jette l'éponge sur le rachat de Korvia.",
        "Selon Jean Roux, le maire jette l'éponge.",
        "Par ailleurs, le festival d'Avignon jette l'éponge.",
    ],
)
def test_a_firm_or_a_mayor_giving_up_is_no_departure(text: str) -> None:
    assert _changes(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "company", "newcomer", "leaver"),
    [
        ("Paul Marsh a décidé de laisser sa place à Anne Kerr à la tête de Dorvane.", "Dorvane", "Anne Kerr",
         "Paul Marsh"),
        ("Jean Roux, président de Quentaro, va céder sa place à Marie Blanc en mai.", "Quentaro", "Marie Blanc",
         "Jean Roux"),
        ("Luc Perrin entend passer le relais à Claire Dufour à la tête de Korvia.", "Korvia", "Claire Dufour",
         "Luc Perrin"),
    ],
)  # fmt: skip
def test_a_post_handed_over_in_the_infinitive(text: str, company: str, newcomer: str, leaver: str) -> None:
    assert any(c == company and p == newcomer and old == leaver for c, p, old, _ in _changes(text, "fr"))


def test_a_mayor_handing_over_his_seat_is_no_leader_change() -> None:
    assert _changes("Le maire de Lyon a décidé de laisser sa place à Anne Kerr.", "fr") == []


@pytest.mark.parametrize(
    ("text", "company", "newcomer"),
    [
        ("Paul Marsh prend la direction de Dorvane.", "Dorvane", "Paul Marsh"),
        ("Claire Dufour prendra la direction de Quentaro le 1er juin.", "Quentaro", "Claire Dufour"),
        ("Jean Roux a pris la direction du groupe Bellmark en janvier.", "Bellmark", "Jean Roux"),
        ("Paul Marsh prendra la direction générale de Korvia le 1er mai.", "Korvia", "Paul Marsh"),
        ("Anne Kerr a été nommée présidente du conseil de surveillance de Dorvane.", "Dorvane", "Anne Kerr"),
    ],
)
def test_taking_the_direction_or_the_board_of_a_firm(text: str, company: str, newcomer: str) -> None:
    assert any(c == company and p == newcomer for c, p, _, _ in _changes(text, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        "Le cortège prend la direction de Marseille.",
        "Paul Marsh prend la direction de Lyon.",
        "Paul Marsh prend la direction de Jean Dupont.",
        "Selon Korvia, Paul Marsh prend la direction des opérations.",
        "Paul Marsh prend la direction de la division Europe de Dorvane.",
    ],
)
def test_a_road_a_city_a_person_or_a_department_taken_is_no_firm(text: str) -> None:
    assert _changes(text, "fr") == []


# --- "take over from <Company> CEO Jane Roe" and "from Jane Roe at <Company>": the firm in the leaver's slot


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Paul Marsh will take over from Dorvane CEO Anna Kerr in July.", "Dorvane"),
        ("Paul Marsh will succeed Korvia chief executive Anna Kerr in July.", "Korvia"),
        ("Paul Marsh will take over from Anna Kerr as chief executive at Bellmark in July.", "Bellmark"),
        ("Paul Marsh took over from chief executive Anna Kerr at Quentaro last year.", "Quentaro"),
    ],
)
def test_the_firm_of_the_leader_replaced(text: str, company: str) -> None:
    assert (company, "Paul Marsh", "Anna Kerr", "CEO") in _changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Marsh will replace CEO Anna Kerr at Christmas.",
        "Paul Marsh will replace Anna Kerr at Davos.",
        "Paul Marsh will replace Anna Kerr at Paris as chairman.",
        "Don Thompson, 48, will take over from Skinner on July 1.",
    ],
)
def test_a_festival_a_place_or_a_surname_after_the_leader_is_no_firm(text: str) -> None:
    assert _changes(text) == []


# --- the firm that reports the change after it (", Korvia said."), and a report on a passive naming


@pytest.mark.parametrize(
    ("text", "company", "role"),
    [
        ("Paul Marsh will become chief executive with immediate effect, Dorvane said.", "Dorvane", "CEO"),
        ("Board member Anna Kerr will become non-executive chairman of the board, Korvia said.", "Korvia", "chair"),
        ("Tom Heller will act as interim CEO until a permanent successor is found, Bellmark said.", "Bellmark", "CEO"),
        ("Quentaro said Maria Lindqvist has been elected as the new chairman.", "Quentaro", "chair"),
    ],
)
def test_the_reporting_firm_is_the_one_whose_leader_changes(text: str, company: str, role: str) -> None:
    assert any(c == company and r == role for c, _, _, r in _changes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Paul Marsh will become chief executive with immediate effect, Anna Kerr said.",
        "Paul Marsh will become chief executive with immediate effect, sources said.",
        "Paul Marsh will become chief executive with immediate effect, Washington said.",
        "Paul Marsh will become chief executive with immediate effect, French officials said.",
        "Paul Marsh will leave the firm, However said.",
    ],
)
def test_a_person_a_place_or_officials_reporting_is_no_firm(text: str) -> None:
    assert not any(c is not None for c, _, _, _ in _changes(text))


# --- co-leaders coordinated before the verb of a plural title


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Paul Marsh and Anna Kerr will act as co-CEOs until a successor is found, Dorvane said.", "Dorvane"),
        ("Two current executives, Paul Marsh and Anna Kerr, will act as co-CEOs, Korvia said.", "Korvia"),
        ("Paul Marsh and Anna Kerr will serve as co-chief executives of Bellmark.", "Bellmark"),
    ],
)  # fmt: skip
def test_coordinated_co_leaders_each_take_the_post(text: str, company: str) -> None:
    changes = _changes(text)
    assert (company, "Paul Marsh", None, "CEO") in changes
    assert (company, "Anna Kerr", None, "CEO") in changes


def test_one_leader_and_an_aside_make_no_pair() -> None:
    changes = _changes("Paul Marsh will act as chief executive of Korvia, Anna Kerr said.")
    assert [person for _, person, _, _ in changes] == ["Paul Marsh"]


# --- a post taken up with its owner inside ("will take up the Korvia CEO post")


@pytest.mark.parametrize(
    ("text", "company", "newcomer"),
    [
        ("Paul Marsh will take up the Dorvane CEO post on April 19.", "Dorvane", "Paul Marsh"),
        ("Mr. Heller will formally take up the Bellmark CEO post in May, Bellmark said.", "Bellmark", "Heller"),
        ("Anna Kerr will take up the CEO post at Korvia on April 19.", "Korvia", "Anna Kerr"),
    ],
)
def test_a_post_taken_up_names_its_firm(text: str, company: str, newcomer: str) -> None:
    assert (company, newcomer, None, "CEO") in _changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Marsh took up the issue with Korvia's chief executive.",
        "Paul Marsh will take up the offer from Korvia.",
        "However, Dorvane will take up the option to buy Korvia.",
        "Mr. Heller will take up the London CEO post, after a deal with Quentaro Corporation.",
    ],
)
def test_an_issue_an_offer_or_an_unread_owner_takes_up_no_post(text: str) -> None:
    assert not any(person is not None for _, person, _, _ in _changes(text))


# --- French: the firm that hires, right before its verb, when the clause gives a title


@pytest.mark.parametrize(
    ("text", "hirer", "former"),
    [
        ("Dorvane débauche George Quinn, directeur financier de Korvia.", "Dorvane", "Korvia"),
        ("Bellmark a recruté Claire Dufour, directrice financière de Quentaro.", "Bellmark", "Quentaro"),
        ("Vantrel débauche Luc Perrin, directeur général d'Ostira.", "Vantrel", "Ostira"),
    ],
)
def test_a_french_hirer_takes_the_newcomer_who_leaves_her_firm(text: str, hirer: str, former: str) -> None:
    changes = _changes(text, "fr")
    assert any(c == hirer and p is not None for c, p, _, _ in changes)
    assert not any(c == former and p is not None for c, p, _, _ in changes)


@pytest.mark.parametrize(
    "text",
    [
        "Jean Roux nomme Claire Dufour directrice générale.",
        "Selon Korvia, Marseille recrute un directeur général.",
    ],
)
def test_a_person_or_a_city_hiring_is_no_firm(text: str) -> None:
    assert not any(c in ("Jean Roux", "Roux", "Marseille") for c, _, _, _ in _changes(text, "fr"))
