"""Session 20 (lead): leadership exits read by clause shape, in English and French.

Two readers, each proved on invented paraphrases (another exit verb or noun, another title, tense, language, company
names outside the knowledge base) and on near misses that must not give a change: a wish or a demand, a former
holder, a unit's head, a person's own staff, a market glued to "-listed".
"""

from __future__ import annotations

import pytest

from schemas.news import Language, NewsItem
from streams.extraction.engine import extract

Change = tuple[str | None, str | None, str | None, str | None]
"""(company, incoming person, previous person, role)."""


def changes(text: str, language: Language = "en") -> list[Change]:
    """The leadership changes of ``text``, sorted."""
    item = NewsItem(id="t", body=text, language=language)
    found = [
        (e.subject.name if e.subject else None, e.person, e.previous_person, e.role)
        for e in extract(item).events
        if e.type == "leadership_change"
    ]
    return sorted(found, key=lambda change: tuple(part or "" for part in change))


# A board's decision told with an infinitive, the leaver right after it.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Korvane's board voted on Thursday to oust Carlos Dunmore as chairman.", "en", ("Korvane", "chair")),
        (
            "The board of Veltrion Systems decided to fire Marc Dufresne as chief executive.",
            "en",
            ("Veltrion Systems", "CEO"),
        ),
        ("Shareholders of Orvane Labs voted to sack Tom Baxter as CEO.", "en", ("Orvane Labs", "CEO")),
        (
            "Orvane Labs's directors moved to dismiss chief executive Tom Baxter on Monday.",
            "en",
            ("Orvane Labs", "CEO"),
        ),
        (
            "Le conseil d'administration de Veltria a décidé de révoquer Francis Lelong de ses fonctions de PDG.",
            "fr",
            ("Veltria", "CEO"),
        ),
        ("Le conseil de Veltria s'apprête à limoger son directeur général, Paul Martin.", "fr", ("Veltria", "CEO")),
    ],
)
def test_board_infinitive_ousts_the_leaver(text: str, language: Language, expected: tuple[str, str]) -> None:
    found = changes(text, language)
    assert len(found) == 1
    company, person, previous, role = found[0]
    assert (company, role) == expected
    assert person is None and previous is not None


@pytest.mark.parametrize(
    "text",
    [
        "Elliott wants to oust Tom Baxter as chief executive of Orvane Labs.",
        "The hedge fund is trying to remove Tom Baxter as CEO of Orvane Labs.",
        "Activist investors called for the board to remove Tom Baxter as CEO of Orvane Labs.",
        "Orvane Labs plans to remove Tom Baxter from the board.",
        "Orvane Labs decided to remove the tariffs on Veltrion Systems parts.",
    ],
)
def test_a_wish_a_board_seat_or_a_thing_removed_is_no_exit(text: str) -> None:
    assert changes(text) == []


# A leader leaving, unnamed: the company's title as the exit verb's subject or after an exit noun.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Orvane Labs said its chief financial officer had resigned.", "en", ("Orvane Labs", "CFO")),
        ("Orvane Labs announced the upcoming retirement of its chairman.", "en", ("Orvane Labs", "chair")),
        (
            "Shares of Veltrion Systems fell after the retailer disclosed that its chief executive officer had "
            "abruptly resigned.",
            "en",
            ("Veltrion Systems", "CEO"),
        ),
        (
            "Veltrion Systems confirmed the departure of the company's chief technology officer.",
            "en",
            ("Veltrion Systems", "CTO"),
        ),
        ("Orvane Labs's CEO resigned on Friday.", "en", ("Orvane Labs", "CEO")),
        ("Veltria a annoncé le départ de son directeur financier.", "fr", ("Veltria", "CFO")),
        ("Veltria a annoncé que son directeur général quitte ses fonctions.", "fr", ("Veltria", "CEO")),
    ],
)
def test_unnamed_leader_leaves(text: str, language: Language, expected: tuple[str, str]) -> None:
    assert changes(text, language) == [(expected[0], None, None, expected[1])]


@pytest.mark.parametrize(
    "text",
    [
        "Elliott called for the resignation of Orvane Labs's chief executive.",
        "Orvane Labs said its former chief executive had resigned from the board of Veltrion Systems.",
        "Orvane Labs said its head of its cloud unit had resigned.",
        "Orvane Labs said its chief executive officer of the cloud unit had resigned.",
        "Jane Roe said her chief of staff had resigned.",
    ],
)
def test_no_unnamed_exit_for_a_demand_a_former_holder_a_unit_or_a_person(text: str) -> None:
    assert changes(text) == []


def test_a_market_glued_to_listed_owns_no_post() -> None:
    text = "Nasdaq-listed shares of Orvane Labs sank after the company announced the sudden departure of its CFO."
    assert not any(company == "Nasdaq" for company, *_ in changes(text))


def test_a_named_leaver_after_the_noun_keeps_the_name() -> None:
    found = changes("Orvane Labs named Jane Roe as CEO after the departure of its chief executive, Tom Baxter.")
    assert found == [("Orvane Labs", "Jane Roe", "Tom Baxter", "CEO")]


# A person set off by "the <kind>'s <title>" is a person, not an organisation: the kind owns the title.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orvane Labs said Liao Lin, the bank's president, has been elected as the new chairman.",
            ("Orvane Labs", "Liao Lin", None, "chair"),
        ),
        (
            "Orvane Labs said Jane Roe, the group's finance chief, has been named chief executive.",
            ("Orvane Labs", "Jane Roe", None, "CEO"),
        ),
        (
            "Jane Roe, the company's operating chief, will become chief executive of Veltrion Systems in May.",
            ("Veltrion Systems", "Jane Roe", None, "CEO"),
        ),
    ],
)
def test_a_kind_owning_a_title_makes_no_organisation(text: str, expected: Change) -> None:
    assert changes(text) == [expected]


def test_a_kind_heading_the_apposition_still_names_an_organisation() -> None:
    found = changes("Korvex, the bank's parent company, named Liao Lin as CEO.")
    assert found == [("Korvex", "Liao Lin", None, "CEO")]


# Taking the leaver's place or shoes: a succession when a title says which post.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mary Smith will take the place of Tom Baxter as CEO of Orvane Labs.",
            ("Orvane Labs", "Mary Smith", "Tom Baxter", "CEO"),
        ),
        (
            "Jane Roe is stepping into the shoes of Tom Baxter, who retires as chief financial officer of Orvane Labs "
            "in June.",
            ("Orvane Labs", "Jane Roe", "Tom Baxter", "CFO"),
        ),
        (
            "Orvane Labs said Jane Roe had taken the place of its chairman, Tom Baxter.",
            ("Orvane Labs", "Jane Roe", "Tom Baxter", "chair"),
        ),
    ],
)
def test_taking_the_place_of_a_titled_leader(text: str, expected: Change) -> None:
    assert expected in changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mary Smith took the place of Tom Baxter on the podium at the Orvane Labs race.",
        "The new robots will take the place of 300 workers at Orvane Labs.",
    ],
)
def test_a_place_taken_without_a_post_is_no_change(text: str) -> None:
    assert changes(text) == []


# The newcomer's own employer, in an apposition before the verb, is never the company of the post she takes.
@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, Korvex's chief executive, took the place of Tom Baxter, who stepped down as chief executive of "
        "Orvane Labs.",
        "Jane Roe, Korvex's chief executive, will succeed Tom Baxter, who stepped down as chief executive of "
        "Orvane Labs.",
        "Jane Roe, Korvex's chief executive, replaced Tom Baxter, who left as chief executive of Orvane Labs.",
        "Jane Roe, Korvex's chief executive, will succeed Tom Baxter.",
    ],
)
def test_the_newcomers_current_employer_gets_no_arrival(text: str) -> None:
    assert not any(company == "Korvex" and person == "Jane Roe" for company, person, *_ in changes(text))


def test_the_post_named_after_the_leaver_still_goes_to_its_company() -> None:
    found = changes("Jane Roe, Korvex's chief executive, will succeed Tom Baxter as chief executive of Orvane Labs.")
    assert found == [("Orvane Labs", "Jane Roe", "Tom Baxter", "CEO")]


# Leaving one company to run another: the infinitive's subject is the leaver, past an apposition.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Chipotle CEO Brian Niccol is leaving the fast-casual chain to take over as chief executive of Starbucks.",
            "en",
            ("Starbucks", "Brian Niccol", None, "CEO"),
        ),
        (
            "Jane Roe, the finance chief of Orvane Labs, is leaving to become chief executive of Veltrion Systems.",
            "en",
            ("Veltrion Systems", "Jane Roe", None, "CEO"),
        ),
        (
            "Jane Roe, the finance chief of Orvane Labs, will step down in June to lead Veltrion Systems as chief "
            "executive.",
            "en",
            ("Veltrion Systems", "Jane Roe", None, "CEO"),
        ),
        (
            "Jeanne Roux quitte Orvane pour devenir directrice générale de Veltria.",
            "fr",
            ("Veltria", "Jeanne Roux", None, "CEO"),
        ),
    ],
)
def test_leaving_one_company_to_run_another(text: str, language: Language, expected: Change) -> None:
    found = changes(text, language)
    assert expected in found
    assert all(person is None for company, person, *_ in found if company != expected[0])


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Labs hired Jane Roe, the former finance chief of Veltrion Systems, to run its sales team.",
        "Jane Roe, the finance chief of Orvane Labs, is leaving to spend more time with her family.",
    ],
)
def test_no_arrival_for_an_object_another_clause_or_no_post(text: str) -> None:
    assert all(person is None for _, person, *_ in changes(text))


def test_an_unnamed_leader_belongs_to_the_company_named_before_the_possessive() -> None:
    text = "La perte tombe mal pour Danone, quelques semaines après le départ de son directeur général."
    assert changes(text, "fr") == [("Danone", None, None, "CEO")]


def test_an_unknown_name_before_the_possessive_may_be_the_owner() -> None:
    text = (
        "Le contrat perdu chez Veltria tombe mal pour Orvane, quelques semaines après le départ de son directeur "
        "général."
    )
    assert changes(text, "fr") == []


def test_a_founder_leaving_unnamed_is_no_post() -> None:
    assert changes("La perte tombe mal pour Orvane, quelques semaines après le départ de son fondateur.", "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Labs named Jane Roe, its chief financial officer, as head of its cloud business.",
        "Veltrion Systems appointed Tom Baxter, the group's chief operating officer, as head of its Asian operations.",
    ],
)
def test_a_title_apposed_before_as_is_held_not_given(text: str) -> None:
    assert changes(text) == []


def test_an_arrival_in_another_clause_is_at_its_own_company() -> None:
    """The one who quits is not replaced by the newcomer of the next clause, who goes to another firm.

    (Written in session 20 as "no arrival at all", which held only while "Jane" was no known first name.)
    """
    found = changes(
        "Tom Baxter quit Orvane Labs, and Jane Roe is expected to become chief executive of Veltrion Systems."
    )
    assert all(person is None for company, person, *_ in found if company != "Veltrion Systems")
    assert [(company, person) for company, person, *_ in found if person is not None] == [
        ("Veltrion Systems", "Jane Roe")
    ]
