"""Session 22 (names): false company names that ordinary stories trigger, each refused at its root.

Places and countries in a party's slot, a department before a job title, a plural common noun opening a sentence,
a Portuguese or Spanish particle cutting a name short and knowledge-base aliases that swallowed a longer name. Each
fix is proved on invented companies (names the knowledge base does not hold) and on near misses: the names and
events the same words do tell must still be read.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples


def companies(text: str, language: str = "en") -> list[str]:
    """The names of the parties (companies and public bodies) recognised in ``text``."""
    return [mention.name for mention in Article(text, language, None, load_knowledge_base()).companies]


# parties._MARKET_FROM: money, help or rivalry "from" a country come from its firms or people, not from its state.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Korvia received an investment from Germany to build its plant.", "Germany"),
        ("Dorvane built the factory with help from Japan, Korvia said.", "Japan"),
        ("Bellmark faces stiff competition from China in solar panels.", "China"),
        ("Quentaro drew funding from France for its second line.", "France"),
        ("Korvia attracted investors from Canada after the listing.", "Canada"),
    ],
)
def test_money_or_help_from_a_country_names_no_state(text: str, country: str) -> None:
    assert country not in companies(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Korvia won an order from Germany for 40 armoured trucks.", "Germany"),
        ("Dorvane was selected by Australia to supply its new frigates.", "Australia"),
    ],
)
def test_a_country_that_buys_is_still_its_state(text: str, country: str) -> None:
    assert country in companies(text)


# org_context.PLACES: regions of Europe are places, in any slot.
@pytest.mark.parametrize(
    "text",
    [
        "Korvia received an investment from Bavaria last year.",
        "Dorvane agreed to buy Korvia, which runs plants in Lombardy and Catalonia.",
        "Korvia signed a supply deal with Dorvane, with help from Flanders and Wallonia.",
        "Korvia acquired a stake in Dorvane with backing from Saxony.",
    ],
)
def test_a_region_is_no_company(text: str) -> None:
    names = companies(text)
    assert not {"Bavaria", "Lombardy", "Catalonia", "Flanders", "Wallonia", "Saxony"} & set(names)
    assert {"Korvia"} & set(names) or {"Dorvane"} & set(names)


# mentions._PLURAL_NOUN: a short plural common noun opening a sentence is people ("Users", "Fans"), no company.
@pytest.mark.parametrize(
    "text",
    [
        "Users can now order rides from Korvia after the startup signed a deal with Bellmark.",
        "Users say Dorvane agreed to buy Quentaro last week.",
        "Users will pay less once Bellmark signed a supply deal with Korvia.",
    ],
)
def test_a_plural_noun_opening_a_sentence_is_no_company(text: str) -> None:
    names = companies(text)
    assert "Users" not in names
    assert not [event for event in triples(text, "en") if "Users" in event]


def test_a_firm_opening_a_sentence_is_still_a_subject() -> None:
    assert ("customer_start", "Korvia", "Bellmark") in triples("Korvia signed a supply deal with Bellmark.", "en")


# org_context.BUSINESS_FUNCTIONS: a department before a job title is the person's function, not the firm.
@pytest.mark.parametrize(
    "text",
    [
        "Marketing chief Ana Ruiz left Korvia in March.",
        "Korvia said Finance director Tom Varga will step down.",
        "Sales head Lena Marsh quit Dorvane to join Quentaro.",
        "Technology chief Omar Haddad left Bellmark last week.",
    ],
)
def test_a_department_before_a_title_is_no_company(text: str) -> None:
    names = companies(text)
    assert not {"Marketing", "Finance", "Sales", "Technology"} & set(names)
    assert not [event for event in triples(text, "en") if {"Marketing", "Finance", "Sales", "Technology"} & set(event)]


def test_a_firm_before_a_title_is_still_the_firm() -> None:
    assert "Korvia" in companies("Korvia chief Ana Ruiz said the deal would close in May.")


# mentions._IBERIAN_PARTICLE: "dos", "das", "do", "del" join a Portuguese or Spanish name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korvia acquired a stake in Casa dos Ventos, the Brazilian wind developer.", "Casa dos Ventos"),
        ("Dorvane agreed to buy Banco do Quentaro, a regional lender.", "Banco do Quentaro"),
        ("Bellmark signed a supply deal with Grupo del Varnow last week.", "Grupo del Varnow"),
        ("Korvia signed a supply deal with Pedra das Velmoras last week.", "Pedra das Velmoras"),
    ],
)
def test_an_iberian_particle_joins_a_name(text: str, name: str) -> None:
    names = companies(text)
    assert name in names
    assert name.split(" ", 1)[0] not in names


def test_an_iberian_particle_in_a_person_s_name_makes_no_company() -> None:
    names = companies("Pedro dos Santos, the founder, left Korvia in May.")
    assert not [name for name in names if "Santos" in name or "Pedro" in name]


# knowledge base: an alias no longer swallows a longer firm's name; a hyphenated full name is its firm's alias.
@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Korvia has partnered with Samsung SDI to build batteries.", ("partnership", "Korvia", "Samsung SDI")),
        ("Korvia signed a supply deal with Samsung SDS last week.", ("customer_start", "Korvia", "Samsung SDS")),
        ("Dorvane signed a supply deal with Samsung SDI for cells.", ("customer_start", "Dorvane", "Samsung SDI")),
    ],
)
def test_an_initialled_acronym_after_a_known_name_is_another_firm(text: str, party: tuple[str, str, str]) -> None:
    assert party in triples(text, "en")
    assert "Samsung Electronics" not in companies(text)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Samsung bought a stake in Korvia.", "Samsung Electronics"),
        ("Samsung SSD sales rose, Korvia said.", "Samsung Electronics"),
        ("Korvia sold engines to Safran SAS last year.", "Safran"),
        ("Samsung CEO Han Lee met Korvia's board.", "Samsung Electronics"),
    ],
)
def test_a_known_name_before_a_form_or_a_common_abbreviation_stays_known(text: str, known: str) -> None:
    assert known in companies(text)


def test_hewlett_packard_is_hp() -> None:
    assert "HP" in companies("Hewlett-Packard signed a contract with Korvia.")
    assert "Hewlett Packard Enterprise" in companies("Korvia sold servers to Hewlett-Packard Enterprise last year.")


# acronym_names.COMMON_ABBREVIATIONS: a technology or a business term in capitals is no firm, in any slot.
@pytest.mark.parametrize(
    "text",
    [
        "Korvia teamed up with EV to build chargers, Bellmark said.",
        "Korvia will partner with Bellmark on AI and signed a deal with Quentaro on EV chargers.",
        "Dorvane is working with Korvia on GPU supply, Bellmark said.",
    ],
)
def test_a_common_abbreviation_is_no_company(text: str) -> None:
    assert not {"EV", "AI", "GPU"} & set(companies(text))
    assert not [event for event in triples(text, "en") if {"EV", "AI", "GPU"} & set(event)]


@pytest.mark.parametrize(
    "text",
    [
        "Korvia signed a deal with AI startup Bellmark.",
        "Korvia signed a supply deal with EV maker Bellmark last week.",
        "Korvia signed a deal with IT firm Bellmark for its cloud.",
    ],
)
def test_a_firm_after_an_abbreviation_is_the_party(text: str) -> None:
    assert ("customer_start", "Korvia", "Bellmark") in triples(text, "en")


def test_an_unknown_acronym_is_still_a_company() -> None:
    assert ("customer_start", "Korvia", "KVX") in triples("Korvia signed a supply deal with KVX last week.", "en")


# mentions._GREATER_BEFORE: the town in a metropolitan area's name ("le Grand Nancy") is not cut out as a firm.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Korvia a perdu le contrat du Grand Nancy au profit de Bellmark.", "fr"),
        ("Korvia a perdu le contrat du Grand Lyon au profit de Bellmark.", "fr"),
        ("Korvia won the bus contract of Greater Manchester from Bellmark.", "en"),
    ],
)
def test_a_town_inside_a_metropolitan_area_is_no_company(text: str, language: str) -> None:
    names = companies(text, language)
    assert not {"Nancy", "Lyon", "Manchester"} & set(names)
    assert "Korvia" in names
