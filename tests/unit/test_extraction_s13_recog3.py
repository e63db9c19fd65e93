"""People and firms told apart when neither the knowledge base nor the hand-written first names know them (session 13).

A generated first-name list (``data/first_names.json``, built from faker by ``build_first_names.py``) makes "Gunnar
Ekdahl" a person; a firm named after its founder stays a firm when the story shows it employing someone ("Walter Knoll
CEO Markus Benz") or describes it as a firm (", the Edinburgh fund that"); a word that is also a common word ("Nova",
"Viking") is no first name. A sum written with a currency code ("SEK23B") is no name, and "its Swedish
competitor Simpell" names a firm as "its rival" does. Each has paraphrases it must read and near misses it must not.
"""

from __future__ import annotations

import json

import pytest

from streams.extraction.knowledge_base import DATA_PATH, load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.org_context import CURATED_FIRST_NAMES, FIRST_NAMES, FIRST_NAMES_PATH
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Torvane Robotics said on Monday that Gunnar Ekdahl would step down. Gunnar Ekdahl said it was time.",
            "Gunnar Ekdahl",
        ),
        (
            "Lindqvist Freight has acquired Halvtek. Halvtek was founded by Sigrid Amundsen, who said the deal made "
            "sense. Sigrid Amundsen added that staff would stay.",
            "Sigrid Amundsen",
        ),
        (
            "Brightmoor Capital invested $20 million in Quelva. Maurizio Delnevo said the round was oversubscribed.",
            "Maurizio Delnevo",
        ),
        (
            "Kestrel Logistics has bought a 30% stake in Dravo from Ingeborg Solheim. Ingeborg Solheim said she "
            "would keep the rest.",
            "Ingeborg Solheim",
        ),
    ],
)
def test_a_person_with_a_rarer_first_name_is_no_company(text: str, person: str) -> None:
    """A first name of the generated list makes its bearer a person, whatever verb she stands before."""
    assert person not in _names(text)


def test_a_person_read_so_lets_the_sentence_give_its_event() -> None:
    """Once "Gunnar Ekdahl" is no firm, the departure is the company's leadership change."""
    text = (
        "Torvane Robotics said on Monday that Gunnar Ekdahl, its founder, would step down. "
        "Gunnar Ekdahl said the company was in good hands."
    )
    assert triples(text, "en", prefix="leadership") == [("leadership_change", "Torvane Robotics", None)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            'Walter Knoll said it would buy Brabender. "The know-how decided it," Walter Knoll CEO Markus Benz said.',
            ("acquisition", "Walter Knoll", "Brabender"),
        ),
        (
            "Stuttgart-based Walter Knoll has agreed to acquire Brabender, Walter Knoll's chief executive Markus Benz "
            "said.",
            ("acquisition", "Walter Knoll", "Brabender"),
        ),
        (
            '"It hurt," said Simon Mawhinney, managing director of Martin Currie, the Edinburgh fund that owns 16.5 '
            "per cent of Sigma.",
            ("stake", "Martin Currie", "Sigma"),
        ),
        ("Viking Holdings agreed to buy Dravo. Viking Holdings said the deal closes in May.", None),
    ],
)
def test_a_firm_named_like_a_person_stays_a_firm(text: str, event: tuple[str, str, str] | None) -> None:
    """A founder's name that employs someone or is described as a firm is the firm; a brand word is no first name."""
    found = triples(text, "en", types=("acquisition", "stake"))
    if event is None:
        assert found
        assert found[0][2] == "Dravo"
    else:
        assert event in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gunnar Ekdahl, the company's founder, said Torvane Robotics had bought Dravo.", "Gunnar Ekdahl"),
        ("Gunnar Ekdahl, the fund manager, said Torvane Robotics had bought Dravo.", "Gunnar Ekdahl"),
        ("Elon Musk's chief of staff Jared Birchall met Quelva. Elon Musk said the meeting went well.", "Elon Musk"),
    ],
)
def test_a_person_described_or_with_staff_stays_a_person(text: str, person: str) -> None:
    """A person's role ("the company's founder", "the fund manager") or staff ("chief of staff") makes no firm."""
    assert person not in _names(text)


def test_the_generated_first_names_leave_companies_and_common_words_out() -> None:
    """The committed list holds folded single names, none a company of the knowledge base, a word or a curated name."""
    names = json.loads(FIRST_NAMES_PATH.read_text(encoding="utf-8"))["names"]
    companies = json.loads(DATA_PATH.read_text(encoding="utf-8"))["companies"]
    company_words = {
        word
        for company in companies
        for name in (company["name"], *(company.get("aliases") or ()))
        for word in (name.casefold(), name.casefold().split(" ", 1)[0])
    }
    assert len(names) > 3000
    assert names == sorted(set(names))
    assert all(name == name.casefold() and " " not in name for name in names)
    assert not company_words & set(names)
    assert not CURATED_FIRST_NAMES & set(names)
    assert {"gunnar", "sigrid", "ingeborg", "maurizio"} <= FIRST_NAMES
    assert not {"may", "summer", "grant", "nova", "meta", "viking"} & FIRST_NAMES


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Excluding Northvolt's giant SEK23B round, Swedish startups raised SEK47B in 2021.", "SEK23B"),
        ("Quelva raised USD1.5bn. Quelva said USD1.5bn would fund two plants.", "USD1.5bn"),
    ],
)
def test_a_sum_written_with_a_currency_code_is_no_name(text: str, name: str) -> None:
    """A sum such as "SEK23B" is twenty-three billion crowns, not a firm, however a round is worded around it."""
    assert name not in _names(text)


def test_a_name_written_with_letters_and_digits_stays_a_name() -> None:
    """Near miss: a name with a currency-like start and more letters is still read ("Quelva" and its round)."""
    assert triples("Quelva raised USD1.5bn. Quelva said USD1.5bn would fund plants.", "en") == [
        ("investment", None, "Quelva")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Workamo acquired its Swedish competitor Simpell for SEK19.5M.",
        "Workamo has bought competitor Simpell, the company said.",
        "Workamo agreed to acquire its smaller competitor Simpell on Monday.",
    ],
)
def test_a_competitor_named_after_its_kind_is_the_target(text: str) -> None:
    """The word "competitor" before a name is a kind, as "rival" is: the name is the firm bought."""
    assert ("acquisition", "Workamo", "Simpell") in triples(text, "en", prefix="acquisition")


@pytest.mark.parametrize(
    "text",
    [
        "Workamo said a competitor had cut prices. The competitor declined to comment.",
        "Workamo lost ground to competitors last year, the company said.",
    ],
)
def test_a_competitor_alone_names_no_party(text: str) -> None:
    """Near miss: "the competitor" alone points to another firm, not to the story's company, and buys nothing."""
    assert triples(text, "en", prefix="acquisition") == []
    assert "The competitor" not in _names(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("La Caisse des Dépôts a investi 20 millions d'euros dans Quelva.", "Caisse des Dépôts"),
        ("Bpifrance et la Banque des Territoires ont investi 15 millions d'euros.", "Banque des Territoires"),
        ("La Banque de France a relevé ses prévisions.", "Banque de France"),
        ("The U.S. Treasury will take a 10% stake in Dravo, the company said.", "U.S. Treasury"),
        ("The Bank of England held rates as Dravo reported results.", "Bank of England"),
        ("The Kuwait Investment Authority has bought a 5% stake in Dravo.", "Kuwait Investment Authority"),
    ],
)
def test_the_states_banks_and_funds_are_public_bodies(text: str, body: str) -> None:
    """Central banks, treasuries, sovereign funds and the Caisse des Dépôts are named whole, as public bodies."""
    mentions = find_companies(text, text.casefold(), _KB)
    assert any(mention.name == body and mention.kind == "public_body" for mention in mentions)


def test_a_public_investor_takes_its_investment() -> None:
    """Once named, the Caisse des Dépôts is the investor of its round, not a fragment ("Territoires")."""
    text = "La Caisse des Dépôts a investi 20 millions d'euros dans Quelva."
    assert triples(text, "fr", prefix="investment") == [("investment", "Caisse des Dépôts", "Quelva")]


@pytest.mark.parametrize(
    ("text", "not_body"),
    [
        ("Treasury yields rose after Dravo reported results. The U.S. Treasury market was calm.", "U.S. Treasury"),
        ("Bank of America raised its price target on Dravo.", "Bank of America"),
        ("Dravo hired a former Treasury official as finance chief.", "Treasury"),
    ],
)
def test_treasury_markets_and_banks_named_of_a_country_are_no_state_body(text: str, not_body: str) -> None:
    """Near misses: the market for Treasuries, a bank named after a continent, a bare "Treasury" name no body."""
    mentions = find_companies(text, text.casefold(), _KB)
    assert not any(mention.name == not_body and mention.kind == "public_body" for mention in mentions)
