"""Acquisitions, stakes and partnerships read as classes of sentences (session 12, round 9).

Each sentence is written for this file. The classes: a takeover whose target a later sentence reveals ("X a
annoncé une acquisition ... Sa cible est Y", "The target is Y"); a purchase of a company's shares, which is no
takeover of the company ("l'acquisition d'actions X sur le marché", "$50 million of X's common stock": an
investment); an earlier step of a holding told as background ("X, which held 25% of Y, raised it to 30%",
"originally handed a 20% stake", "dans une précédente déclaration, X avait indiqué détenir"), which raises no
alert; a company named by its rank in a country ("Japan's No. 1 carmaker") and a newspaper as a story's source
(rumour); and the pair of an alliance whose second partner carries an apposition ("X and Y, the maker of Z, have
announced a new strategic alliance") or which "the two automakers" stands for.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

Deal = tuple[str, str | None, str | None, float | None]
"""(type, buyer / holder / first partner, target / second partner, stake_pct)."""


def _deals(text: str, language: str, title: str = "") -> list[Deal]:
    extraction = extract(NewsItem(id="t", title=title, body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (
            event.type,
            event.subject.name if event.subject else None,
            event.object.name if event.object else None,
            event.stake_pct,
        )
        for event in extraction.events
        if event.type in ("acquisition", "stake", "investment", "partnership")
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le groupe Sopra Steria a dévoilé mardi une acquisition importante en Allemagne. Sa cible est l'éditeur "
            "munichois Softwerk, qui emploie 300 personnes.",
            [("acquisition", "Sopra Steria", "Softwerk", None)],
        ),
        (
            "en",
            "Capgemini announced an acquisition on Monday that doubles its size in Norway. The target is Fjordline "
            "Systems, a maker of ferry booking software.",
            [("acquisition", "Capgemini", "Fjordline Systems", None)],
        ),
        (
            "en",
            "Unilever has agreed its largest purchase in a decade, people briefed on the deal said. Its target is "
            "the Dutch snack maker Crispo, which sells crisps in 12 countries.",
            [("acquisition", "Unilever", "Crispo", None)],
        ),
    ],
)
def test_target_revealed_after_the_announcement(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a goal, not a company bought
        ("fr", "Atos a annoncé une acquisition en Inde. La cible est le marché allemand, où domine Siemens."),
        # no deal announced: "target" means customers
        ("en", "Vodafone said its target is the small business customers of BT in Wales."),
    ],
)
def test_target_without_an_announced_deal_is_nothing(language: str, text: str) -> None:
    assert [d for d in _deals(text, language) if d[0] == "acquisition"] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Shell has agreed to purchase $40 million of Tesla's common stock in a private placement.",
            [("investment", "Shell", "Tesla", None)],
        ),
        (
            "fr",
            "TotalEnergies va acquérir 25 millions d'euros d'actions Tesla lors d'un placement privé.",
            [("investment", "TotalEnergies", "Tesla", None)],
        ),
        (
            "en",
            "Norges Bank bought $300 million of Nestlé's ordinary shares on the market last quarter.",
            [("stake", "Norges Bank", "Nestlé", None)],
        ),
    ],
)
def test_priced_purchase_of_shares_is_a_stake_or_an_investment(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "A la suite de l'acquisition d'actions Lagardère sur le marché, le fonds a franchi un seuil."),
        ("fr", "Le fonds pourrait poursuivre l'acquisition d'instruments financiers relatifs aux actions Lagardère."),
        ("en", "Norges Bank said the purchase of shares in Nestlé was routine."),
    ],
)
def test_purchase_of_shares_is_no_takeover(language: str, text: str) -> None:
    assert [d for d in _deals(text, language) if d[0] == "acquisition"] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Amber Capital a augmenté sa participation dans Lagardère, dont il détient désormais 15,27 % du capital.",
            [("stake", "Amber Capital", "Lagardère", 15.27)],
        ),
        (
            "en",
            "Amber Capital raised its stake in Lagardère, of which it now owns 15.27%.",
            [("stake", "Amber Capital", "Lagardère", 15.27)],
        ),
        (
            "fr",
            "Vivendi a renforcé sa participation dans Mediaset, dont il possède déjà près de 29 %.",
            [("stake", "Vivendi", "Mediaset", 29.0)],
        ),
    ],
)
def test_size_of_a_raised_holding_in_a_relative(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


def test_size_in_a_relative_of_another_company_is_not_the_stake() -> None:
    text = "Vivendi a renforcé sa participation dans Mediaset, dont Fininvest possède 45 %."
    assert ("stake", "Vivendi", "Mediaset", 45.0) not in _deals(text, "fr")


def _history(text: str, language: str, title: str = "") -> dict[float | None, bool]:
    extraction = extract(NewsItem(id="t", title=title, body=text, language=language))  # type: ignore[arg-type]
    return {e.stake_pct: e.history for e in extraction.events if e.type == "stake"}


@pytest.mark.parametrize(
    ("language", "text", "earlier", "news"),
    [
        (
            "en",
            "Renault, which held a 25% interest in Dacia, has increased that to 30%, the company said on Monday.",
            25.0,
            None,
        ),
        ("en", "Renault was originally handed a 20% stake in Dacia. It now owns 30% of Dacia.", 20.0, 30.0),
        (
            "fr",
            "Amber Capital a franchi le seuil de 15 % du capital de Lagardère. Dans une précédente déclaration, "
            "Amber Capital avait indiqué détenir 13,98 % du capital de la société.",
            13.98,
            15.0,
        ),
    ],
)
def test_earlier_step_of_a_holding_is_background(language: str, text: str, earlier: float, news: float | None) -> None:
    history = _history(text, language)
    assert history[earlier] is True
    if news is not None:
        assert history[news] is False


def test_holding_told_now_is_news() -> None:
    history = _history("Toyota said it now owns 30% of Subaru.", "en")
    assert history.get(30.0) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan's No. 1 carmaker already owns about 17 per cent of Subaru.",
            [("stake", "Toyota", "Subaru", 17.0)],
        ),
        (
            "Germany's largest carmaker already owns 20 per cent of Scania.",
            [("stake", "Volkswagen", "Scania", 20.0)],
        ),
    ],
)
def test_ranked_description_stands_for_the_story_company(text: str, expected: list[Deal]) -> None:
    lead = {
        "Subaru": "Toyota Motor said on Friday it would build cars in Texas. ",
        "Scania": "Volkswagen said on Friday it would build trucks in Texas. ",
    }
    company = "Subaru" if "Subaru" in text else "Scania"
    assert _deals(lead[company] + text, "en") == expected


def test_no_rank_is_no_company() -> None:
    assert all(d[1] != "No" for d in _deals("Japan's No. 1 carmaker owns 17% of Subaru.", "en"))


def _modality(text: str, language: str) -> list[str]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [e.modality for e in extraction.events if e.type == "stake"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Toyota is raising its stake in Subaru to 20 per cent, the Nikkei newspaper reported."),
        ("en", "Toyota is raising its stake in Subaru to 20 per cent, according to the newspaper."),
        ("fr", "Toyota va porter sa participation dans Subaru à 20 %, rapporte le quotidien Nikkei."),
    ],
)
def test_newspaper_as_source_is_a_rumour(language: str, text: str) -> None:
    assert _modality(text, language) == ["rumor"]


def test_company_statement_is_no_rumour() -> None:
    assert _modality("Toyota said it raised its stake in Subaru to 20 per cent.", "en") == ["fact"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Japanese auto giant Toyota and Tesla, builder of the Roadster EV, have announced a new strategic "
            "alliance.",
            [("partnership", "Toyota", "Tesla", None)],
        ),
        (
            "fr",
            "Renault et Nissan, déjà liés par leurs participations croisées, ont signé un nouveau partenariat.",
            [("partnership", "Renault", "Nissan", None)],
        ),
        (
            "en",
            "Toyota said on Friday it owns 17% of Subaru. The two automakers have jointly developed sports cars.",
            [("partnership", "Toyota", "Subaru", None), ("stake", "Toyota", "Subaru", 17.0)],
        ),
    ],
)
def test_alliance_of_a_pair(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the pair is no subject of the alliance: a third company's alliance is told
        ("en", "Shares of Toyota and Tesla fell after Ford announced a new alliance."),
        # a list, not a pair, before the noun with its own subject
        ("en", "Toyota and Honda, rivals of Nissan, said sales fell; the alliance talks stalled."),
    ],
)
def test_no_alliance_of_a_pair(language: str, text: str) -> None:
    assert [d for d in _deals(text, language) if d[0] == "partnership" and d[1:3] == ("Toyota", "Tesla")] == []
    assert [d for d in _deals(text, language) if d[0] == "partnership" and d[1:3] == ("Toyota", "Honda")] == []


def test_alliance_told_again_the_other_way_round_is_one() -> None:
    text = (
        "Renault a noué une alliance mondiale avec le constructeur japonais Nissan. Nissan fournira les moteurs "
        "tandis que Renault fournira les châssis. Ils ont aussi signé un protocole d'accord sur les batteries."
    )
    assert [d for d in _deals(text, "fr") if d[0] == "partnership"] == [("partnership", "Renault", "Nissan", None)]


def test_two_alliances_of_different_pairs_stay_two() -> None:
    text = "Renault a noué une alliance avec Nissan. Renault a aussi noué une alliance avec Geely."
    assert [d for d in _deals(text, "fr") if d[0] == "partnership"] == [
        ("partnership", "Renault", "Geely", None),
        ("partnership", "Renault", "Nissan", None),
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Sodexo se lance dans un rachat de 500 millions d'euros. Le spécialiste de la restauration a jeté son "
            "dévolu sur le britannique Compass Group, numéro un du secteur.",
            [("acquisition", "Sodexo", "Compass Group", None)],
        ),
        (
            "en",
            "Unilever unveiled its biggest takeover in a decade on Monday. The consumer goods group has set its "
            "sights on Crispo, a Dutch snack maker.",
            [("acquisition", "Unilever", "Crispo", None)],
        ),
    ],
)
def test_company_chosen_after_a_bare_deal_is_its_target(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected
    assert "customer_start" not in {e[0] for e in triples(text, language)}


def test_company_chosen_without_a_deal_is_a_supplier() -> None:
    text = "Airbus a jeté son dévolu sur Thales pour équiper ses avions de radars."
    assert _deals(text, "fr") == []
    assert ("customer_start", "Airbus", "Thales") in triples(text, "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiat lifts its Chrysler holding to 30%.", [("stake", "Fiat", "Chrysler", 30.0)]),
        (
            "Porsche has raised its Volkswagen stake to 50.8 percent, the carmaker said.",
            [("stake", "Porsche", "Volkswagen", 50.8)],
        ),
        ("SoftBank cut its Alibaba holding to about 14% on Tuesday.", [("stake", "SoftBank Group", "Alibaba", 14.0)]),
    ],
)
def test_holding_named_before_its_noun(text: str, expected: list[Deal]) -> None:
    assert _deals(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vivendi sold its stake to Bolloré.",  # a sale, no size
        "Fiat's Chrysler holding to be reviewed, 30% of analysts said.",  # no verb moving the holding
    ],
)
def test_no_named_holding(text: str) -> None:
    assert [d for d in _deals(text, "en") if d[0] == "stake"] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Tesla already has a carmaker on board: Daimler owns about 10 percent of the company.",
            [("stake", "Daimler", "Tesla", 10.0)],
        ),
        ("fr", "Bonne nouvelle pour Nestlé : L'Oréal rachète Aesop.", [("acquisition", "L'Oréal", "Aesop", None)]),
    ],
)
def test_clause_after_a_colon_has_its_own_subject(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Toyota owns 17% of Subaru. Toyota may boost its holding to 21% next year.",
        "Toyota owns 17% of Subaru. Toyota will up its stake to 21% next year, the company said.",
    ],
)
def test_every_form_of_a_moved_holding(text: str) -> None:
    assert ("stake", "Toyota", "Subaru", 21.0) in _deals(text, "en")


def test_moved_holding_without_its_company_reads_nothing() -> None:
    assert _deals("The fund may boost its holding to 51% next year.", "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Subaru's owners agreed to sell the company to Toyota."),
        ("en", "The owners of Subaru sold their shares to Toyota on Friday."),
        ("fr", "Les actionnaires de Subaru ont accepté de céder l'entreprise à Toyota."),
        ("fr", "Les fondateurs de Subaru cèdent leurs parts à Toyota."),
    ],
)
def test_company_sold_by_its_owners(language: str, text: str) -> None:
    assert _deals(text, language) == [("acquisition", "Toyota", "Subaru", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Subaru sold the company's Denver plant to Toyota."),  # an asset of the seller, not its owners
        ("en", "Subaru's owners sold a plant to Toyota."),  # the owners sell an asset, not the company
    ],
)
def test_owners_selling_something_else(language: str, text: str) -> None:
    assert [d for d in _deals(text, language) if d[0] == "acquisition" and d[2] == "Subaru"] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Toyota is snapping up Subaru for $1bn.", [("acquisition", "Toyota", "Subaru", None)]),
        ("en", "Subaru will be folded into Toyota next year.", [("acquisition", "Toyota", "Subaru", None)]),
        ("fr", "Subaru sera absorbé par Toyota l'an prochain.", [("acquisition", "Toyota", "Subaru", None)]),
        ("en", "Toyota will buy all outstanding shares of Subaru.", [("acquisition", "Toyota", "Subaru", None)]),
        ("fr", "Toyota va acquérir l'intégralité du capital de Subaru.", [("acquisition", "Toyota", "Subaru", None)]),
        (
            "en",
            "Renault and Nissan said on Monday they had struck a partnership on batteries.",
            [("partnership", "Renault", "Nissan", None)],
        ),
    ],
)
def test_takeover_and_alliance_wordings(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Toyota will absorb Subaru's losses under the plan."),  # costs absorbed, no takeover
        ("en", "Shares of Renault and Nissan rose after Ford said it had struck a partnership."),
    ],
)
def test_no_takeover_nor_alliance_of_the_pair(language: str, text: str) -> None:
    assert [d for d in _deals(text, language) if d[1:3] in (("Toyota", "Subaru"), ("Renault", "Nissan"))] == []
