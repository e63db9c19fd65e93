"""Won and continued customer relations, read as classes of wording seen in real contract news (session 11).

Each sentence is written for this file. The classes: a supplier described without an article after "awarded
... to" ("to local supplier X"); a name opening on "New" before a head noun; a rail group's network or
passenger unit ("SNCF Réseau"); the companies a signed contract is "for" ("signed a deal for Y to produce",
"afin que A, B et C produisent"); going on with a supplier in any tense ("will continue using", "is still
relying on", "continuera à s'approvisionner auprès de"); a new subject after ", so" / ", donc"; and a guard: what
a new contract "would generate" is its value, not a company's revenue.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

Event = tuple[str, str | None, str | None]
"""(type, subject name, object name)."""


def _events(text: str, language: str, prefix: str = "customer_") -> list[Event]:
    return triples(text, language, prefix=prefix)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Kirkwall City Council has today (Tuesday 3rd May) awarded a 48 month waste contract to local supplier "
            "Orcadia Haulage Services to serve the islands.",
            [("customer_start", "Kirkwall City Council", "Orcadia Haulage Services")],
        ),
        (
            "en",
            "Transport for London awarded the maintenance contract to Spanish train maker CAF.",
            [("customer_start", "Transport for London", "CAF")],
        ),
        (
            "fr",
            "La région Occitanie a attribué le marché à l'équipementier toulousain Actia.",
            [("customer_start", "région Occitanie", "Actia")],
        ),
        # Near miss: people, not a supplier, after "to"; the company named later is no recipient.
        ("en", "Leeds City Council has awarded the grant to local people and to Garelochhead Coaches staff.", []),
    ],
)
def test_awarded_to_a_described_supplier(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The City of Winnipeg has extended its contract with bus maker New Flyer Industries.",
            [("customer_continue", "City of Winnipeg", "New Flyer Industries")],
        ),
        (
            "Leeds City Council selected New Harbour Logistics for its depots.",
            [("customer_start", "Leeds City Council", "New Harbour Logistics")],
        ),
        (
            "Translink has signed a contract with New Century Engineering.",
            [("customer_start", "Translink", "New Century Engineering")],
        ),
    ],
)
def test_a_name_opening_on_new(text: str, expected: list[Event]) -> None:
    assert _events(text, "en") == expected


def test_new_alone_opens_no_name() -> None:
    extraction = extract(NewsItem(id="t", body="The company said its New Systems unit lost money.", language="en"))
    assert [e.name for e in extraction.entities] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "SNCF Réseau a signé un contrat avec Vossloh.", [("customer_start", "SNCF Réseau", "Vossloh")]),
        ("fr", "SNCF Mobilités a choisi CAF pour ses Intercités.", [("customer_start", "SNCF Mobilités", "CAF")]),
        ("en", "SNCF Réseau selected Vossloh to supply switches.", [("customer_start", "SNCF Réseau", "Vossloh")]),
        # Near miss: the group itself stays the group.
        ("fr", "La SNCF a choisi Alstom pour ses TGV.", [("customer_start", "SNCF", "Alstom")]),
    ],
)
def test_a_rail_groups_unit(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Prorail a signé un accord-cadre d'un milliard d'euros afin que les entreprises Tata Steel, Voestalpine "
            "et ArcelorMittal produisent 500 000 tonnes de rail.",
            [
                ("customer_start", "Prorail", "ArcelorMittal"),
                ("customer_start", "Prorail", "Tata Steel"),
                ("customer_start", "Prorail", "Voestalpine"),
            ],
        ),
        (
            "en",
            "Apple signed a three-year deal for TSMC to produce its A-series processors.",
            [("customer_start", "Apple", "TSMC")],
        ),
        (
            "en",
            "Network Rail has signed a £300m framework contract for Siemens and Alstom to deliver signalling upgrades.",
            [("customer_start", "Network Rail", "Alstom"), ("customer_start", "Network Rail", "Siemens")],
        ),
        (
            "fr",
            "La SNCF vient de signer un contrat pour que Alstom livre 40 rames.",
            [("customer_start", "SNCF", "Alstom")],
        ),
        # Near misses: the company after "for" does no supplier's work; "with Y to supply" keeps the signer supplying.
        ("en", "Apple signed a deal for TSMC to buy land in Arizona.", []),
        (
            "en",
            "Bombardier signed a contract with FirstGroup to supply 750 cars.",
            [("customer_start", "FirstGroup", "Bombardier")],
        ),
    ],
)
def test_the_companies_a_contract_is_for(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Apple will continue using Samsung for its next processor.",
            [("customer_continue", "Apple", "Samsung Electronics")],
        ),
        ("en", "Renault will continue to buy batteries from LG Chem.", [("customer_continue", "Renault", "LG Chem")]),
        (
            "en",
            "Samsung builds the modem, so Apple is still relying on the Korean group for its phones.",
            [("customer_continue", "Apple", "Samsung Electronics")],
        ),
        (
            "fr",
            "Carrefour continuera à s'approvisionner auprès d'Unilever.",
            [("customer_continue", "Carrefour", "Unilever")],
        ),
        (
            "fr",
            "Le contrat de Thales arrive à échéance, donc la RATP continuera d'utiliser Alstom.",
            [("customer_continue", "RATP", "Alstom")],
        ),
        # Near misses: no supplier goes on being used.
        ("en", "Apple continued using its own modems.", []),
        ("en", "Jane Roe will continue to work with the board.", []),
    ],
)
def test_going_on_with_a_supplier(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "La SNCF a choisi Alstom pour ses rames. Ce nouveau contrat générerait un chiffre d'affaires de 12 "
            "millions d'euros par an.",
        ),
        (
            "fr",
            "La RATP a retenu Alstom pour ses rames. Ce contrat rapporterait un chiffre d'affaires de 5 millions "
            "d'euros par an.",
        ),
        (
            "fr",
            "La RATP a retenu Alstom pour ses rames. Le premier contrat apportait un chiffre d'affaires de 5 millions "
            "d'euros par an.",
        ),
        (
            "en",
            "Network Rail picked Siemens to run its signalling. The new contract would generate revenue of $40 million "
            "a year.",
        ),
    ],
)
def test_what_a_contract_would_bring_is_no_revenue(language: str, text: str) -> None:
    assert _events(text, language, prefix="revenue") == []


@pytest.mark.parametrize(
    ("language", "text", "company"),
    [
        (
            "fr",
            "La SNCF a choisi Alstom pour ses rames. Alstom a réalisé un chiffre d'affaires de 95 millions d'euros en "
            "2013.",
            "Alstom",
        ),
        ("en", "Network Rail picked Siemens. Siemens reported revenue of $40 million for 2023.", "Siemens"),
    ],
)
def test_a_companys_own_revenue_stays(language: str, text: str, company: str) -> None:
    assert _events(text, language, prefix="revenue") == [("revenue", company, None)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Under the five-year deal, Honda will buy battery modules from General Motors.",
            [("customer_start", "Honda", "General Motors")],
        ),
        ("en", "Daimler bought 40 new trams from Alstom last spring.", [("customer_start", "Daimler", "Alstom")]),
        ("fr", "La SNCF achète désormais ses rails auprès de Tata Steel.", [("customer_start", "SNCF", "Tata Steel")]),
        # Near misses: capital or a business bought is a deal; buying stopped is no start.
        ("en", "Apple bought shares from SoftBank.", []),
        ("en", "Apple will stop buying modems from Qualcomm.", [("customer_end", "Apple", "Qualcomm")]),
        ("fr", "Carrefour n'achète plus de yaourts auprès de Danone.", []),
    ],
)
def test_goods_bought_from_a_supplier(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Tesla makes battery packs for Daimler.", [("customer_continue", "Daimler", "Tesla")]),
        (
            "en",
            "WPP already handles global media for Shell and BP.",
            [("customer_continue", "BP", "WPP"), ("customer_continue", "Shell", "WPP")],
        ),
        (
            "fr",
            "Rivian fabrique des fourgons de livraison électriques pour Amazon.",
            [("customer_continue", "Amazon", "Rivian")],
        ),
        ("fr", "Alstom vend déjà ses rames à la SNCF.", [("customer_continue", "SNCF", "Alstom")]),
        # Near misses: a place after "à", a customer that is no company, a company sold, a noun before "sold".
        ("fr", "Pour RATP Dev, qui exploite déjà des réseaux à Angers et à Brest, il s'agit d'un gros contrat.", []),
        ("en", "Sport Ngin, which builds websites for sports clubs, raised money led by Piper Jaffray.", []),
        ("fr", "Nokia vend Alcatel Submarine Networks à l'État français.", []),
        ("en", "Digital River's own services sold to Symantec customers grew.", []),
    ],
)
def test_a_suppliers_standing_work_for_a_customer(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Argyll and Bute Council on Wednesday handed a school transport contract to Garelochhead Coaches.",
            [("customer_start", "Argyll and Bute Council", "Garelochhead Coaches")],
        ),
        (
            "en",
            "Leeds City Council has handed its £2m street cleaning contract to Biffa.",
            [("customer_start", "Leeds City Council", "Biffa")],
        ),
        (
            "en",
            "Transport for London gave its bus maintenance deal to Go-Ahead Group.",
            [("customer_start", "Transport for London", "Go-Ahead")],
        ),
        # Near miss: what is handed over is no contract.
        ("en", "Leeds City Council handed a £5m grant to Biffa.", []),
    ],
)
def test_a_contract_handed_to_a_supplier(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Delta agreed to buy 100 jets for its subsidiary Endeavor Air."),
        ("en", "The City of Winnipeg agreed to purchase 70 clean diesel buses for Winnipeg Transit."),
        ("fr", "La SNCF va acheter 30 rames pour sa filiale Ouigo."),
    ],
)
def test_goods_bought_for_a_company_are_no_acquisition(language: str, text: str) -> None:
    assert _events(text, language, prefix="acquisition") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Meta agreed to buy Scale AI for $14 billion.", [("acquisition", "Meta", "Scale AI")]),
        ("en", "Meta agreed to buy 49 percent of Scale AI.", [("stake", "Meta", "Scale AI")]),
    ],
)
def test_a_company_bought_stays_an_acquisition(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language, prefix="") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Kent County Council has extended by a further four years its payroll partnership with Capita.",
            [("customer_continue", "Kent County Council", "Capita")],
        ),
        (
            "en",
            "Tesco has renewed for a further three years its logistics contract with Wincanton.",
            [("customer_continue", "Tesco", "Wincanton")],
        ),
        (
            "fr",
            "La Métropole de Lyon a prolongé pour deux années supplémentaires son contrat avec Keolis.",
            [("customer_continue", "Métropole de Lyon", "Keolis")],
        ),
        # Near miss: what is extended is no relation with the company named after it.
        ("en", "Kent County Council has extended by a further six years its ban on diesel buses from Capita.", []),
    ],
)
def test_a_relation_extended_by_a_further_term(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Statoil picks Aker Kvaerner boss as chief executive"),
        ("en", "Starbucks hired Chipotle Mexican Grill chief Brian Niccol to replace its chief executive."),
        ("en", "Vodafone has tapped BT veteran Jane Roe as its next finance chief."),
        ("fr", "Renault a recruté Valeo directeur financier Jean Dupont."),
    ],
)
def test_a_person_hired_from_a_company_is_no_supplier(language: str, text: str) -> None:
    assert _events(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unilever picked WPP as its media agency.", [("customer_start", "Unilever", "WPP")]),
        ("Tesco hired Accenture to run its IT.", [("customer_start", "Tesco", "Accenture")]),
    ],
)
def test_a_supplier_hired_stays_a_supplier(text: str, expected: list[Event]) -> None:
    assert _events(text, "en") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Wincanton welcomed the renewal of its contract with Tesco.",
            [("customer_continue", "Tesco", "Wincanton")],
        ),
        ("en", "Velnor confirmed the loss of its contract with Tesco.", [("customer_end", "Tesco", "Velnor")]),
        (
            "fr",
            "Keolis se félicite de la prolongation de son contrat avec la Métropole de Lyon.",
            [("customer_continue", "Métropole de Lyon", "Keolis")],
        ),
        # Near miss: a person's own contract names no organisation.
        ("en", "John Smith welcomed the renewal of his contract with Chelsea.", []),
    ],
)
def test_the_subject_of_its_contracts_renewal_is_an_organisation(
    language: str, text: str, expected: list[Event]
) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Atos welcomed the extension of the Ministry of Defence contract.",
            [("customer_continue", "Ministry of Defence", "Atos")],
        ),
        (
            "en",
            "Sodexo said the renewal of its contract by the Marine Corps runs to 2026.",
            [("customer_continue", "Marine Corps", "Sodexo")],
        ),
        (
            "fr",
            "Le renouvellement du contrat de Keolis par la Métropole de Lyon a été voté jeudi.",
            [("customer_continue", "Métropole de Lyon", "Keolis")],
        ),
        (
            "fr",
            "Transdev a obtenu la prolongation de son contrat par la Métropole de Lyon.",
            [("customer_continue", "Métropole de Lyon", "Transdev")],
        ),
        # Near misses: a lease, a person's employment contract.
        ("en", "The renewal of the lease is a relief for Atos.", []),
        ("fr", "Le renouvellement du contrat de travail de Jean Dupont par Renault a été signé.", []),
    ],
)
def test_a_renewal_told_as_a_noun(language: str, text: str, expected: list[Event]) -> None:
    assert _events(text, language) == expected
