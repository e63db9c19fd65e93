"""Session 20 (acq): acquisitions and stakes read in more surface forms, and fewer false names around them.

Each fix is proved on invented sentences (company names the knowledge base does not hold, other verbs of the class,
other tenses, French as well as English) and on near misses that must not give the deal.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples

DEALS = ("acquisition", "stake")


def deals(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(type, buyer, target) of every acquisition or stake event of ``text``."""
    return triples(text, language, types=DEALS)


def companies(text: str, language: str = "en") -> list[str]:
    """The names of the companies recognised in ``text``."""
    return [mention.name for mention in Article(text, language, None, load_knowledge_base()).companies]


# mentions._anchored_names: a share glued to its sign ("40% of Y") names Y as "40 percent of Y" does.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Varnow Group bought 40% of Tessaly Power last week.", "en", [("stake", "Varnow", "Tessaly Power")]),
        ("Ostrel Capital has acquired 12.5% of Brinmoor Textiles from its founders.", "en",
         [("stake", "Ostrel Capital", "Brinmoor Textiles")]),
        ("Halvane will take 30% of Quarto Mining once regulators approve.", "en",
         [("stake", "Halvane", "Quarto Mining")]),
        ("Le fonds Orvani a racheté 15% de Teliance l'an dernier.", "fr", [("stake", "Orvani", "Teliance")]),
    ],
)  # fmt: skip
def test_a_glued_percent_names_the_company_after_it(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert deals(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Varnow Group bought 40% of Europe's supply of the alloy last year.",  # a place, not a company
        "Varnow Group said 40% of Americans use its app.",  # people
    ],
)
def test_a_glued_percent_before_no_company_reads_no_stake(text: str) -> None:
    assert deals(text) == []


# mentions._CODED_AMOUNT: a sum written with a spaced currency code is never a company.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tessaly Power, which Varnow bought for RMB 12.55 billion in 2019, is for sale again.", "RMB 12.55"),
        ("Varnow Group paid CHF 300 million for the plant.", "CHF 300"),
        ("Halvane sold the unit for HKD 7.68 billion.", "HKD 7.68"),
    ],
)
def test_a_spaced_currency_code_and_number_is_no_company(text: str, absent: str) -> None:
    assert absent not in companies(text)


def test_the_parties_of_a_deal_priced_in_a_spaced_code_stay_companies() -> None:
    """Only the code and its number are dropped: the buyer and the target around them are kept."""
    assert companies("Tessaly bought 40% of Brinmoor Textiles for RMB 3 billion.") == ["Tessaly", "Brinmoor Textiles"]


# cues._pluperfect_variants: a French deal told in the pluperfect, as background, is read as in the passé composé.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Varnow s'était emparé de Tessaly en mars 2014, au terme d'une longue bataille.",
         [("acquisition", "Varnow", "Tessaly")]),
        ("L'an dernier, le groupe Orlac avait acquis Brinmoor pour 15 millions d'euros.",
         [("acquisition", "Orlac", "Brinmoor")]),
        ("Kestrel Industries, qui avait repris Norvalis en 2019, ferme son usine.",
         [("acquisition", "Kestrel Industries", "Norvalis")]),
        ("Le fonds Halvane s'était déjà offert Quarto Mining avant la crise.",
         [("acquisition", "Halvane", "Quarto Mining")]),
    ],
)  # fmt: skip
def test_a_french_pluperfect_deal_is_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert deals(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Varnow avait repris ses activités chez Tessaly après la grève.",  # resumed, nothing bought
        "Jean Martin avait repris la tête de Tessaly en 2014.",  # a person took the helm
        "Varnow avait repris le contrat de Tessaly.",  # a contract, not the company
    ],
)
def test_a_french_pluperfect_of_another_sense_reads_no_deal(text: str) -> None:
    assert deals(text, "fr") == []
