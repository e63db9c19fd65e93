"""Company recognition, round 13 (session 16): kinds of names a lone sentence gives no other clue for.

A bare acronym the knowledge base does not know is a company where a party stands: after the French article of a
firm or an agency ("la SNCB", "les CFF"), after a preposition of a dealing ("from OSI", "with EDS", "par l'ONEE"),
or before a possessive, a spokesman or a unit ("M&S's demands", "an M&S spokesman", "the OSI unit") or a speech or
deal verb ("CSRA, which won"). The abbreviations of business prose (countries, titles, deal terms, units,
currencies, regulators) never are, nor is an acronym the story defines in parentheses, nor a thing a determiner
introduces ("the QIP had raised"). A known group followed by the trade of one of its units names the unit
("Samsung Foundry", "Nestlé Waters"); a capitalised kind inside a sentence opens a name ("la Banque Centrale
Populaire", "Bank of the West"); a one-word known name in the story's own case is the known company ("Axa",
"BPIFrance"); a list may close on "or" / "ou". Each reader has paraphrases told as other reporters would tell them
and near misses it must not read.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


_ACRONYMS = [
    ("Le constructeur espagnol a été choisi par la SNCB pour remplacer 600 automotrices.", "SNCB"),
    ("Les CFF ont attribué à Stadler Rail un contrat de 286 rames régionales.", "CFF"),
    ("Le groupement a été désigné par l'ONEE adjudicataire du projet éolien.", "ONEE"),
    ("Yum Brands said on Wednesday that it had stopped buying food from OSI in China.", "OSI"),
    ("Velmora extended its ten-year outsourcing agreement with EDS by two years.", "EDS"),
    ("Ericsson is set to replace Huawei gear at BT in Britain over the next three years.", "BT"),
    ("Northern Foods' choice to close a factory rather than meet M&S's demands surprised analysts.", "M&S"),
    ('"We are pulling back from small suppliers," an M&S spokesman said on Tuesday.', "M&S"),
    ("Starbucks is also cutting its ties with Husi, the OSI unit, after a food scandal.", "OSI"),
    ("CSRA, which in June won a $498 million contract for a private cloud, is bracing for cuts.", "CSRA"),
    ("Les Forces aériennes confieront la maintenance de leurs avions à RUAG.", "RUAG"),
    ("Textron's AAI unit won a contract modification worth $11.8 million.", "AAI"),
]


@pytest.mark.parametrize(("text", "name"), _ACRONYMS)
def test_bare_acronym_standing_where_a_party_stands_is_a_company(text: str, name: str) -> None:
    assert name in _names(text)


_NOT_ACRONYMS = [
    ("Velmora plans to list its shares in the US and the UK next year.", "US"),
    ("The carmaker sold 20,000 EV units to fleet buyers, according to its CEO.", "EV"),
    ("Velmora a confié la gestion de son ERP à Tarvel, a indiqué son PDG.", "PDG"),
    ("Velmora said the QIP had raised Rs 2,400 crore from institutional investors.", "QIP"),
    (
        "Velmora raised money through a qualified institutional placement (QIP) in May; QIP buyers included funds.",
        "QIP",
    ),
    ("Velmora will spend $20 million on AI with Tarvel over three years.", "AI"),
    ("Velmora is moving its records to an EHR from Tarvel.", "EHR"),
    ("La PME Velmora a été rachetée par Tarvel pour 12 millions d'euros.", "PME"),
    ("Tarvel bought 12 MW of capacity from Velmora for its plant.", "MW"),
    ("Delta settled a quarrel with caterer LSG Sky Chefs over meals.", "LSG"),
    ("Velmora said the deal was cleared by the SEC on Monday.", "SEC"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_ACRONYMS)
def test_abbreviation_of_business_prose_or_term_is_no_company(text: str, name: str) -> None:
    assert name not in _names(text)


def test_acronym_party_takes_part_in_its_fact() -> None:
    assert ("customer_start", "SNCB", "CAF") in triples(
        "Le constructeur CAF a été choisi par la SNCB pour remplacer 600 automotrices.", "fr", prefix="customer"
    )
    assert ("customer_end", "Yum Brands", "OSI") in triples(
        "Yum Brands said on Wednesday that it had stopped buying food from OSI in China.", "en", prefix="customer"
    )


_UNITS = [
    ("Chip designers are weighing a move of their next chips to Samsung Foundry because of prices.", "Samsung Foundry"),
    ("Danone and Nestlé Waters are working with a start-up on a bio-based bottle.", "Nestlé Waters"),
    ("Orange a annoncé la création d'une filiale avec EDF Invest, qui en détiendra la moitié.", "EDF Invest"),
    ("L'État a retenu Bouygues Construction pour la première ligne du métro.", "Bouygues Construction"),
    ("Oracle Health holds a $10 billion contract with the veterans' department.", "Oracle Health"),
    ("Airbus Defence & Space et Thales ont ouvert des négociations sur leurs satellites.", "Airbus Defence & Space"),
]


@pytest.mark.parametrize(("text", "name"), _UNITS)
def test_known_group_and_trade_of_its_unit_name_the_unit(text: str, name: str) -> None:
    assert name in _names(text)


_NOT_UNITS = [
    ("JetBlue Airways has picked Pratt & Whitney engines for its new jets.", "JetBlue Airways"),
    ("Samsung Foundation Day was marked with a concert in Seoul.", "Samsung Foundry"),
    ("Apple Watch Sales Surge As Holiday Buyers Return", "Apple Watch"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_UNITS)
def test_firm_own_full_name_or_product_is_no_unit(text: str, name: str) -> None:
    assert name not in _names(text)


def test_unit_is_the_party_of_its_fact() -> None:
    assert ("customer_end", "Qualcomm", "Samsung Foundry") in triples(
        "Qualcomm dropped Samsung Foundry in 2022, when its yield on the new chip was said to be just 35%.",
        "en",
        prefix="customer",
    )


_HEADED = [
    ("La Banque Centrale Populaire et Atlantic Financial Group ont paraphé un accord.", "Banque Centrale Populaire"),
    ("BMCE Bank est actionnaire de la Banque Malienne de Développement.", "Banque Malienne de Développement"),
    ("This week Brex and Bank of the West announced a co-branded corporate card.", "Bank of the West"),
    ("Sodiaal a absorbé la Coopérative Laitière Velmora en 2016.", "Coopérative Laitière Velmora"),
]


@pytest.mark.parametrize(("text", "name"), _HEADED)
def test_capitalised_kind_inside_a_sentence_opens_the_name(text: str, name: str) -> None:
    assert name in _names(text)


_NOT_HEADED = [
    ("La banque Velmora a racheté Tarvel pour 12 millions d'euros.", "Velmora"),
    ("Tarvel a été racheté l'an dernier par la banque Velmora.", "Velmora"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_HEADED)
def test_lower_case_or_opening_kind_is_no_word_of_the_name(text: str, name: str) -> None:
    assert name in _names(text)


_CASE_VARIANTS = [
    ("Les investisseurs sont Sofinnova Partners, Omnes et BPIFrance, rapportent Les Echos.", "Bpifrance"),
    ("Les actionnaires comptent des assureurs comme Aviva et Axa, selon le communiqué.", "AXA"),
    ("The deal adds to Adia's infrastructure portfolio in Europe.", "Abu Dhabi Investment Authority"),
]


@pytest.mark.parametrize(("text", "name"), _CASE_VARIANTS)
def test_known_name_in_the_story_own_case_is_the_known_company(text: str, name: str) -> None:
    assert name in _names(text)


_NOT_CASE_VARIANTS = [
    ("Ses résultats ont progressé de 4 % sur le semestre, a indiqué Velmora.", "SES"),
    ("Shares of Velmora (NASDAQ: VLMR) rose 4% after NOW reported earnings.", "Nasdaq"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_CASE_VARIANTS)
def test_opening_capital_or_word_in_capitals_is_no_case_variant(text: str, name: str) -> None:
    assert name not in _names(text)


_OR_LISTS = [
    ("Les deux sous-traitants comptent des clients communs comme Airbus ou Velmora, selon le patron.", "Velmora"),
    ("Analysts expect orders from Boeing or Tarvel Aerospace before the end of the year.", "Tarvel Aerospace"),
]


@pytest.mark.parametrize(("text", "name"), _OR_LISTS)
def test_name_listed_with_a_company_after_or_is_a_company(text: str, name: str) -> None:
    assert name in _names(text)


def test_alternative_after_or_that_is_a_person_is_no_company() -> None:
    assert "John Smith" not in _names("The contract will be signed by Airbus or John Smith himself, the paper said.")
