"""Session 20 (invest): investees named by their funding phrase, co-investors and founders kept out of the target.

Each reader is proved on invented sentences (unknown company names, other verbs and nouns of the class, French as
well as English) and on near misses that must not name a company or must not give the investment to the wrong party.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples


def names(text: str, language: str = "en") -> set[str]:
    """The names of the companies recognised in ``text``."""
    return {mention.name for mention in Article(text, language, None, load_knowledge_base()).companies}


def investments(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(investor, investee) of every investment event of ``text``."""
    return [(s, o) for _, s, o in triples(text, language, types=("investment",))]


# funding_names.investee_position_names: the object of an investment, a French round's owner, a company told as backed.
@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Insight Partners and Steadview Capital are the other existing investors in Quorbly, the person said.", "en",
         "Quorbly"),
        ("The probe concerns a $25 million joint investment by Arvex Ventures and Polder Ventures in TaniFarm.", "en",
         "TaniFarm"),
        ("Sequoia Capital has invested in Brimlow, a payments app.", "en", "Brimlow"),
        ("Accel made a $4 million investment in Dravix last year.", "en", "Dravix"),
        ("« Nous avons investi dans Majorelle car le marché grandit », explique le gérant.", "fr", "Majorelle"),
        ("Bpifrance n'a pas participé au tour de table de Pravolt, selon un porte-parole.", "fr", "Pravolt"),
        ("Le fonds distingue le tour de 40 millions de Keldora.", "fr", "Keldora"),
        ("Harbourside Coffee, which is backed by Tencent Holding, opened 300 stores.", "en", "Harbourside Coffee"),
        ("Volna Agritech est soutenue par Bayer et PepsiCo depuis 2019.", "fr", "Volna Agritech"),
    ],
)  # fmt: skip
def test_a_name_in_an_investee_position_is_a_company(text: str, language: str, name: str) -> None:
    assert name in names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "not_name"),
    [
        ("The fund has invested heavily in Europe and in March.", "en", "Europe"),
        ("Investors in Artificial Intelligence are wary of the hype.", "en", "Artificial Intelligence"),
        ("Le maire a investi dans Paris plus que ses prédécesseurs.", "fr", "Paris"),
        ("Its chief executive Jane Smith, who is backed by the board, stays on.", "en", "Jane Smith"),
    ],
)  # fmt: skip
def test_a_place_a_topic_or_a_person_in_that_position_is_no_company(text: str, language: str, not_name: str) -> None:
    assert not_name not in names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Sequoia Capital has invested in Brimlow, a payments app.", "en", ("Sequoia Capital", "Brimlow")),
        ("Last year Accel made a $4 million investment in Dravix, the robotics startup.", "en", ("Accel", "Dravix")),
        ("Kima Ventures a investi 2 millions d'euros dans Pravolt en 2021.", "fr", ("Kima Ventures", "Pravolt")),
        ("Bpifrance a participé au tour de table de Keldora.", "fr", ("Bpifrance", "Keldora")),
    ],
)  # fmt: skip
def test_an_investee_named_by_its_position_gets_its_investment(text: str, language: str, pair: tuple[str, str]) -> None:
    assert pair in investments(text, language)


# rules._verb_object: a company set off by a co-investor's connector after an investment verb invests, it is no target.
@pytest.mark.parametrize(
    ("text", "language", "co_investors"),
    [
        ("Amazon led a $52m round in an Indonesian grocery app, its first bet in the region, with Endeavor Catalyst "
         "and Gemini Investments also joining.", "en", {"Endeavor Catalyst", "Gemini Investments"}),
        ("Tencent led a $20m round in a Jakarta logistics startup, alongside Sequoia Capital.", "en",
         {"Sequoia Capital"}),
        ("Eurazeo a investi 20 M€ dans une jeune pousse lyonnaise, aux côtés de Bpifrance.", "fr", {"Bpifrance"}),
    ],
)  # fmt: skip
def test_a_co_investor_after_an_unnamed_investee_is_no_target(text: str, language: str, co_investors: set[str]) -> None:
    assert not any(investee in co_investors for _, investee in investments(text, language))


def test_a_named_investee_before_the_co_investor_keeps_both() -> None:
    assert investments("Tencent led a $20m round in Zorvex, alongside Sequoia Capital.") == [
        ("Sequoia Capital", "Zorvex"),
        ("Tencent", "Zorvex"),
    ]


# rules._intro_investor: "led by the founder of X" names a person, not the company they founded.
@pytest.mark.parametrize(
    ("text", "language", "company", "investee"),
    [
        ("Zorvex raised $3m in a round led by the former CEO of Quorbly Labs.", "en", "Quorbly Labs", "Zorvex"),
        ("Brimlow has secured $2 million in seed funding headed by the co-founder of Dravix Systems.", "en",
         "Dravix Systems", "Brimlow"),
        ("Pravolt a levé 2 millions d'euros auprès du fondateur de Keldora Group.", "fr", "Keldora Group", "Pravolt"),
    ],
)  # fmt: skip
def test_a_founder_of_a_company_leading_a_round_is_no_company_investing(
    text: str, language: str, company: str, investee: str
) -> None:
    assert (company, investee) not in investments(text, language)


def test_a_company_right_after_the_intro_still_invests() -> None:
    assert ("Quorbly Labs", "Zorvex") in investments("Zorvex raised $3m in a round led by Quorbly Labs.")


# invest_portfolio: a list told as a company's investors ("are the other existing investors in X") backs it.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Insight Partners, Steadview Capital and Sequoia Capital are the other existing investors in Quorbly, the "
         "person said.", "en",
         [("Insight Partners", "Quorbly"), ("Sequoia Capital", "Quorbly"), ("Steadview Capital", "Quorbly")]),
        ("Accel and Index Ventures were early backers of Quorbly Labs.", "en",
         [("Accel", "Quorbly Labs"), ("Index Ventures", "Quorbly Labs")]),
        ("Kima Ventures et Bpifrance sont les investisseurs historiques de Pravolt Technologies.", "fr",
         [("Bpifrance", "Pravolt Technologies"), ("Kima Ventures", "Pravolt Technologies")]),
        ("Eurazeo est aussi l'un des investisseurs de Keldora Robotics, selon le journal.", "fr",
         [("Eurazeo", "Keldora Robotics")]),
    ],
)  # fmt: skip
def test_a_list_told_as_a_companys_investors_backs_it(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert investments(text, language) == pairs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Accel and Index Ventures are the largest shareholders of Quorbly Labs.", "en"),
        ("Accel and Index Ventures are investors in the round, said Quorbly Labs.", "en"),
        ("Accel and Index Ventures are investors in Europe and Asia.", "en"),
        ("Kima Ventures et Bpifrance sont les actionnaires de Pravolt Technologies.", "fr"),
        ("Les investisseurs de Pravolt Technologies sont inquiets.", "fr"),
    ],
)  # fmt: skip
def test_shareholders_a_round_or_a_place_are_no_listed_backing(text: str, language: str) -> None:
    assert investments(text, language) == []


# investor_list._BACKED_BY: a company's backers told by its copula ("X is backed by A"), not only in an apposition.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("OurCrowd a investi dans Zorvex, tandis que Finistere est soutenu par Bayer, Nutrien et PepsiCo.", "fr",
         [("Bayer", "Finistere"), ("Nutrien", "Finistere"), ("PepsiCo", "Finistere")]),
        ("Dravix Labs was funded by Index Ventures and Accel.", "en",
         [("Accel", "Dravix Labs"), ("Index Ventures", "Dravix Labs")]),
        ("Quorbly Labs has been backed by Sequoia Capital since its seed round.", "en",
         [("Sequoia Capital", "Quorbly Labs")]),
        ("Pravolt Technologies est financée par Kima Ventures depuis 2020.", "fr",
         [("Kima Ventures", "Pravolt Technologies")]),
    ],
)  # fmt: skip
def test_a_company_told_as_backed_by_its_copula_gets_its_backers(
    text: str, language: str, pairs: list[tuple[str, str]]
) -> None:
    assert [pair for pair in investments(text, language) if pair in pairs] == pairs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Airbus is supported by Safran in the bid.", "en"),
        ("The deal is backed by Goldman Sachs.", "en"),
        ("Le candidat est soutenu par Renault.", "fr"),
        ("Quorbly Labs is funded by its own revenue, said Accel.", "en"),
    ],
)  # fmt: skip
def test_support_a_deal_backed_or_no_named_backer_is_no_investment(text: str, language: str) -> None:
    assert investments(text, language) == []


# funding_noun.noun_investments: an investment told as a noun, its investor and its company around it.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("The probe concerns a $25 million joint investment by Arvex Ventures and Polder Ventures in TaniFarm.", "en",
         [("Arvex Ventures", "TaniFarm"), ("Polder Ventures", "TaniFarm")]),
        ("Accel's 2015 investment of $6.7 million in Quorbly Labs paid off.", "en", [("Accel", "Quorbly Labs")]),
        ("The $10 million investment by Sequoia Capital in Quorbly Labs closed in May.", "en",
         [("Sequoia Capital", "Quorbly Labs")]),
        ("Pravolt Technologies a bénéficié d'un investissement de 2 millions d'euros réalisé par Bpifrance.", "fr",
         [("Bpifrance", "Pravolt Technologies")]),
        ("L'investissement de Bpifrance dans Pravolt Technologies s'élève à 3 M€.", "fr",
         [("Bpifrance", "Pravolt Technologies")]),
        ("MITC Capital devra passer en pertes son investissement dans Yallah Xash.", "fr",
         [("MITC Capital", "Yallah Xash")]),
    ],
)  # fmt: skip
def test_an_investment_noun_names_its_investor_and_company(
    text: str, language: str, pairs: list[tuple[str, str]]
) -> None:
    assert investments(text, language) == pairs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The investment in Quorbly Labs was large.", "en"),
        ("Accel's investment chief joined Quorbly Labs.", "en"),
        ("Foreign investment in Quorbly Labs' home country fell, said Accel.", "en"),
        ("Le plan d'investissement de Renault dans ses usines est de 2 milliards.", "fr"),
        ("Pravolt Technologies profite d'un investissement de l'État dans ses usines.", "fr"),
    ],
)  # fmt: skip
def test_an_investment_noun_without_both_parties_reads_nothing(text: str, language: str) -> None:
    assert investments(text, language) == []
