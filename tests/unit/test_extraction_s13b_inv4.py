"""Investors told in structures other reporters use for a round (session 13b, inv4).

Each test gives invented sentences of one structure worded as different reporters would, and near misses that
must stay silent or keep their reading.
"""

from __future__ import annotations

from streams.extraction.quantities import find_money
from tests.support.extraction import triples


def _investments(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The investment triples read in ``text``."""
    return triples(text, language, types=("investment",))


def test_a_copula_lists_the_round_investors() -> None:
    """ "The other series A investors are A and B": the copula's subject is the investors, its list their names."""
    for text, language in (
        (
            "Norvana Inc. raised $40m in a series A led by Kestrel Partners. The other series A investors are "
            "Brightwater Capital and Halden Ventures.",
            "en",
        ),
        (
            "Norvana Inc. raised $40m in a round led by Kestrel Partners. Its backers in the round were "
            "Brightwater Capital and Halden Ventures.",
            "en",
        ),
        (
            "Norvana Inc. raised $40m in a round led by Kestrel Partners. The investors who took part were "
            "Brightwater Capital and Halden Ventures.",
            "en",
        ),
        (
            "Norvana SA a levé 40 millions d'euros. Les investisseurs qui y ont participé sont entre autres "
            "Brightwater Capital et Halden Ventures.",
            "fr",
        ),
    ):
        found = _investments(text, language)
        assert ("investment", "Brightwater Capital", "Norvana") in found, text
        assert ("investment", "Halden Ventures", "Norvana") in found, text


def test_a_copula_without_a_list_of_investors_names_none() -> None:
    """The investors as a subject that goes on about them, or no determiner before them, list no backer."""
    for text in (
        "Norvana Inc. raised $40m in a round led by Kestrel Partners. The investors were pleased that Brightwater "
        "Capital would buy the chips.",
        "Norvana Inc. raised $40m in a round led by Kestrel Partners. Many investors are wary of Brightwater Capital.",
        "Norvana Inc. raised $40m in a round led by Kestrel Partners. Its customers are Brightwater Capital and "
        "Halden Ventures.",
    ):
        found = _investments(text)
        assert ("investment", "Brightwater Capital", "Norvana") not in found, text
        assert ("investment", "Kestrel Partners", "Norvana") in found, text


def test_a_lead_in_another_tense_of_the_passive() -> None:
    """ "The funding round is being led by X" reads as "was led by X"."""
    for text in (
        "Norvana Inc. raised $40m. The funding round is being led by Kestrel Partners.",
        "Norvana Inc. raised $40m. The round has been led by Kestrel Partners.",
        "Norvana Inc. raised $40m. The financing is co-led by Kestrel Partners.",
    ):
        assert _investments(text) == [("investment", "Kestrel Partners", "Norvana")], text


def test_a_passive_lead_of_something_else_is_no_investor() -> None:
    """A project or a team "led by" a company is no round of the earlier raise."""
    for text in (
        "Norvana Inc. raised $40m. The consortium building the plant is led by Kestrel Partners.",
        "Norvana Inc. raised $40m. Halden Ventures is led by a former banker.",
    ):
        assert ("investment", "Kestrel Partners", "Norvana") not in _investments(text), text


def test_a_round_subject_then_valued_company_is_its_investee() -> None:
    """ "The $50m round was led by A and values X at $1bn": the valuation after the lead names the round's company."""
    for text in (
        "The $50 million round was led by Kestrel Partners and values Norvana Inc. at $1 billion.",
        "The $50 million funding was led by Kestrel Partners, valuing Norvana Inc. at $1 billion.",
        "The $50 million financing was co-led by Kestrel Partners and Halden Ventures and valued Norvana Inc. at "
        "$1 billion.",
    ):
        assert ("investment", "Kestrel Partners", "Norvana") in _investments(text), text


def test_a_valuation_after_a_lead_of_no_round_names_no_investee() -> None:
    """The round must be the subject of the lead, and the company valued in its own sentence."""
    for text in (
        "The study team was led by Kestrel Partners, which values Norvana Inc. at $1 billion.",
        "The $50 million round was led by Kestrel Partners. Norvana Inc. is valued at $1 billion.",
    ):
        assert ("investment", "Kestrel Partners", "Norvana") not in _investments(text), text


def test_wire_abbreviations_of_millions_and_billions() -> None:
    """ "GBP 270 mln", "$1.2 bln": the wire services' scale abbreviations."""
    text = "Starling raised GBP 270 mln and $1.2 bln."
    assert [m.value for m in find_money(text, text.casefold(), "en")] == [270e6, 1.2e9]


def test_a_round_noun_before_a_later_valuation_values_the_round_company() -> None:
    """ "The fundraising took place at a valuation of $N": the round of the sentence before, its company valued."""
    for text, language in (
        ("Norvana Inc. raised $40m. The fundraising had taken place at a pre-money valuation of $400m.", "en"),
        ("Norvana Inc. raised $40m. The funding gives it a valuation of $400m.", "en"),
        ("Norvana SA a levé 40 millions d'euros. Cette levée la valorise à 400 millions d'euros.", "fr"),
    ):
        assert ("valuation", "Norvana", None) in triples(text, language, types=("valuation",)), text


def test_a_funding_market_valued_is_no_company_valued() -> None:
    """ "The funding market was valued at $N" values a market, not the company of the round before."""
    for text in (
        "Norvana Inc. raised $40m. The funding market was valued at $400bn.",
        "Norvana Inc. raised $40m. The deal market was valued at $400bn last year.",
    ):
        assert triples(text, "en", types=("valuation",)) == [], text


def test_a_holding_named_in_a_relative_on_an_investor_is_no_investor() -> None:
    """ "came from A, which is known for investing in B and C": B and C are A's holdings, not the round's backers."""
    for text, language in (
        (
            "Norvana Inc. raised $25M. The largest contribution came from Kestrel Partners, which is known for "
            "investing in companies like Facebook and LinkedIn.",
            "en",
        ),
        ("Norvana Inc. raised $25M. The money came from Kestrel Partners, which also backs Facebook.", "en"),
        (
            "Norvana SA a levé 25 millions d'euros. Le financement provient de Kestrel Partners, qui détient aussi "
            "des parts de Facebook.",
            "fr",
        ),
    ):
        found = _investments(text, language)
        assert ("investment", "Kestrel Partners", "Norvana") in found, text
        assert ("investment", "Meta", "Norvana") not in found, text


def test_an_investor_after_a_closed_relative_or_a_fund_of_an_owner_stays() -> None:
    """A relative closed by a comma ends before the next investor; "SoftBank's Vision Fund" is no person."""
    found = _investments(
        "Norvana Inc. raised $25M. The funding came from Kestrel Partners, which led the round, and Index Ventures."
    )
    assert ("investment", "Index Ventures", "Norvana") in found
    found = _investments("Norvana Inc. raised $25M. The funding came from SoftBank's Vision Fund and Index Ventures.")
    assert ("investment", "SoftBank Group", "Norvana") in found


def test_a_firm_before_its_partner_is_no_investor() -> None:
    """ "investors such as Google Ventures' Kevin Rose": the partner backs the round, not his firm."""
    found = _investments(
        "Norvana Inc. raised $25M. The funding comes from investors such as Google Ventures' Kevin Rose, "
        "SV Angel's Ron Conway and Chris Sacca."
    )
    assert ("investment", "Google Ventures", "Norvana") not in found
