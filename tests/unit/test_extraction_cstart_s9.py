"""Won and renewed customer relations in phrasings read in real contract news (session 9).

Each sentence is written for this file. They cover: a supplier described before its name after "with"
("signed a deal with engine maker Y"), a deal inked by "the carrier" of the sentence before, a renewal named
by its noun ("secured a two-year contract extension with X"), a supply contract whose customer follows the
goods ("a signé un contrat pour la fourniture de ... à X"), a tender won "auprès de X" with the contract noun
after the customer, a supplier serving a customer for years ("has been providing services to X"), a won "deal
with X", a described supplier after "awarded", and a contract extended "jusqu'en 2031".
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Relation = tuple[str, str | None, str | None]
"""(type, customer name, supplier name)."""


def _relations(text: str, language: str) -> list[Relation]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (event.type, event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extraction.events
        if event.type.startswith("customer_")
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Network Rail signed a ten-year agreement with signalling supplier Thales for its northern lines.",
            [("customer_start", "Network Rail", "Thales")],
        ),
        (
            "en",
            "Lufthansa agreed terms on Monday. Lufthansa signed a deal with engine maker Rolls-Royce for 40 "
            "engines. The carrier also inked a deal with Safran to buy cabin seats.",
            [("customer_start", "Lufthansa", "Rolls-Royce"), ("customer_start", "Lufthansa", "Safran")],
        ),
        (
            "en",
            "Capita has secured a three-year contract extension with Vodafone to keep running its call centres.",
            [("customer_continue", "Vodafone", "Capita")],
        ),
        (
            "en",
            "Engie signed a 15-year agreement for the supply of green hydrogen to ArcelorMittal.",
            [("customer_start", "ArcelorMittal", "Engie")],
        ),
        (
            "en",
            "Serco has been providing services to the Ministry of Defence since 2011.",
            [("customer_continue", "Ministry of Defence", "Serco")],
        ),
        (
            "fr",
            "Valeo a signé un contrat de 80 millions d'euros pour la fourniture de capteurs à Renault.",
            [("customer_start", "Renault", "Valeo")],
        ),
        (
            "fr",
            "TotalEnergies a conclu un accord pour la livraison de biométhane à Michelin pendant dix ans.",
            [("customer_start", "Michelin", "TotalEnergies")],
        ),
        (
            "fr",
            "Alstom a remporté auprès de Keolis un contrat de 45 millions d'euros pour ses tramways.",
            [("customer_start", "Keolis", "Alstom")],
        ),
        (
            "fr",
            "Sodexo a obtenu une prolongation de contrat avec Airbus pour trois ans.",
            [("customer_continue", "Airbus", "Sodexo")],
        ),
        (
            "en",
            "Serco has secured a £400m deal with the Ministry of Defence to run its training ranges.",
            [("customer_start", "Ministry of Defence", "Serco")],
        ),
        (
            "en",
            "The Ministry of Defence awarded engineering group Babcock a ten-year support contract.",
            [("customer_start", "Ministry of Defence", "Babcock International")],  # a known firm since session 25
        ),
        (
            "fr",
            "Carrefour prolonge jusqu'en 2031 son contrat d'entreposage avec FM Logistic.",
            [("customer_continue", "Carrefour", "FM Logistic")],
        ),
        (
            "en",
            "Vodafone will deploy Nokia radio equipment across its rural network.",
            [("customer_start", "Vodafone", "Nokia")],
        ),
        ("en", "Unilever has standardised on SAP for its finance systems.", [("customer_start", "Unilever", "SAP")]),
        ("en", "Capgemini has been hired by Tesco to rebuild its payroll.", [("customer_start", "Tesco", "Capgemini")]),
        (
            "en",
            "Capgemini said Tesco remains a customer after the review.",
            [("customer_continue", "Tesco", "Capgemini")],
        ),
        # An adverb between the auxiliary and the participle.
        ("fr", "La SNCF a également retenu Alstom pour ses TGV.", [("customer_start", "SNCF", "Alstom")]),
        (
            "fr",
            "Airbus a par ailleurs prolongé de deux ans son contrat avec Sodexo.",
            [("customer_continue", "Airbus", "Sodexo")],
        ),
        ("en", "Tesco has now chosen Capgemini for its payroll.", [("customer_start", "Tesco", "Capgemini")]),
        ("fr", "Sodexo est reconduit par Airbus pour quatre ans.", [("customer_continue", "Airbus", "Sodexo")]),
        ("en", "Deloitte was reappointed by Tesco as auditor.", [("customer_continue", "Tesco", "Deloitte")]),
        # Headlines drop the auxiliary of the passive.
        ("fr", "Capgemini retenu par la SNCF pour son informatique.", [("customer_start", "SNCF", "Capgemini")]),
        ("en", "Nokia selected by Vodafone for rural 5G.", [("customer_start", "Vodafone", "Nokia")]),
        ("fr", "Elior reconduit par Airbus pour six ans.", [("customer_continue", "Airbus", "Elior")]),
        ("en", "Vodafone renewed with Capita for three more years.", [("customer_continue", "Vodafone", "Capita")]),
    ],
)
def test_relation_is_read(language: str, text: str, expected: list[Relation]) -> None:
    """The sentence gives exactly the listed customer relations."""
    assert _relations(text, language) == sorted(expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Won "auprès de X" but no contract: a loan, a prize.
        ("fr", "Alstom a obtenu auprès de Bpifrance un financement de 20 millions d'euros."),
        ("fr", "Alstom a remporté auprès de Keolis un prix de l'innovation."),
        # Deploying troops or one's own chips names no supplier.
        ("en", "Microsoft has deployed its own chips in its data centres."),
        # A name or a product chosen by a company is no supplier.
        ("fr", "Le nom choisi par Airbus pour son avion reste secret."),
        ("en", "John Smith, hired by Tesco in 2019, will lead the unit."),
        # A deal with a bank that lends money sells the bank nothing.
        ("en", "Ocado has secured a £50m financing deal with Barclays."),
        # The carrier of the sentence before is unnamed: the company named after "with" there did not sign again.
        (
            "en",
            "Markets rose. The carrier signed an agreement with engine maker Rolls-Royce for 40 engines. "
            "The carrier also inked a deal with Safran to buy cabin seats.",
        ),
    ],
)
def test_no_relation_is_read(language: str, text: str) -> None:
    """No named company here is a customer won by another."""
    assert [relation for relation in _relations(text, language) if relation[1] is not None] == []
