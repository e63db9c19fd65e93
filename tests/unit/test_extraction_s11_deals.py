"""Stakes, acquisitions and partnerships read as classes of sentences (session 11, round 8).

Each sentence is written for this file. The classes: a partnership whose subject stands for a pair named before
("the two companies", "they", "ils ... ainsi": the pair an earlier sentence joins by "and / et", else the
headline's); a pair subject with a verb of joining ("will partner", "unir leurs forces", "se rapprochent") and "à"
contracted before the partner ("s'associe au groupe X"); a purchase of goods, never a deal ("bought chips from the
company", "buys from an X subsidiary", "to buy 12 Boeing 737 jets", "put $1bn into X's plant"); a sale whose "to" opens
a purpose, not a buyer ("to help finance its takeover of X"); a target passing under its buyer's control ("passe sous
le contrôle du groupe X", "came under the control of X"); and a holding moved up or down ("trimmed its stake in X to
4.1%", "a ramené sa participation dans X à 4 %"), of untold size when no size follows.
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

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
        if event.type in ("acquisition", "stake", "partnership")
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a subject standing for the pair the sentence before joins by "and / et"
        (
            "fr",
            "Les constructeurs Renault et Valeo annoncent un programme commun. Ils scellent ainsi un partenariat de "
            "dix ans dans les moteurs électriques.",
            [("partnership", "Renault", "Valeo", None)],
        ),
        (
            "en",
            "Ford and Toyota met in Detroit on Monday. The two carmakers will jointly develop battery cells for "
            "pickups.",
            [("partnership", "Ford", "Toyota", None)],
        ),
        (
            "en",
            "Airbus and Thales presented their plans to investors. They agreed to form a joint venture for satellite "
            "payloads.",
            [("partnership", "Airbus", "Thales", None)],
        ),
        (
            "fr",
            "Michelin et Safran ont présenté leurs résultats. Les deux groupes vont créer une coentreprise dans les "
            "composites.",
            [("partnership", "Michelin", "Safran", None)],
        ),
        # near miss: the sentence before lists investors, so "les deux entreprises" is not its last two
        (
            "fr",
            "Les autres participants sont Bpifrance, Orange, Thales et Safran. Les deux entreprises signent un "
            "partenariat de cinq ans.",
            [],
        ),
        # near miss: "they" with no pair named before it
        (
            "en",
            "Airbus shares rose 3% on Monday. They agreed to form a joint venture, analysts said.",
            [],
        ),
    ],
)
def test_a_pair_named_before_is_the_subject_of_they(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Les constructeurs BMW et Jaguar Land Rover annoncent unir leurs forces dans les moteurs électriques.",
            [("partnership", "BMW", "Jaguar Land Rover", None)],
        ),
        (
            "fr",
            "Renault et Valeo se rapprochent pour produire des batteries en France.",
            [("partnership", "Renault", "Valeo", None)],
        ),
        (
            "fr",
            "Renault s'associe au groupe Valeo pour produire des batteries.",
            [("partnership", "Renault", "Valeo", None)],
        ),
        (
            "en",
            "Ford and Toyota said on Monday they will partner to build two battery plants.",
            [("partnership", "Ford", "Toyota", None)],
        ),
        (
            "en",
            "Ford will partner with Toyota on hydrogen trucks.",
            [("partnership", "Ford", "Toyota", None)],
        ),
        # near misses: a move of share prices, and a company alone
        ("fr", "Les cours de Renault se rapprochent de leur plus haut de l'année.", []),
        ("en", "Ford said it would partner on more projects next year.", []),
    ],
)
def test_a_pair_joining_forces(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # goods bought from a seller named after "from / auprès de", whoever the target was read to be
        ("en", "GlobalFoundries said that Ford has already bought chips from the company.", []),
        ("en", "Schneider Electric, which buys from an ATA IMS subsidiary, said it would keep watching.", []),
        ("fr", "Renault achète des composants auprès de Valeo depuis dix ans.", []),
        # so many of a maker's products
        ("en", "Okay Airways signed a commitment to buy 12 Boeing 737 jets, a deal worth $1.3 billion.", []),
        ("fr", "Air France va acheter 30 Airbus A350 pour sa flotte long-courrier.", []),
        # money put into a company's plant, not into the company
        ("en", "Panasonic put $1.6 billion into Tesla's Nevada gigafactory.", []),
        # near misses: the company itself bought from its owners, a stake bought from its seller, shares paid for
        (
            "en",
            "Vivendi bought Telecom Italia from its founders for $3 billion.",
            [("acquisition", "Vivendi", "Telecom Italia", None)],
        ),
        (
            "en",
            "Vivendi bought a 5% stake in Telecom Italia from Mediobanca.",
            [("stake", "Vivendi", "Telecom Italia", 5.0)],
        ),
        ("en", "Panasonic put $1.6 billion into Tesla's shares.", [("stake", "Panasonic", "Tesla", None)]),
    ],
)
def test_goods_bought_are_no_deal(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A&P said it plans to sell its stake in Canadian retailer Metro to help finance its takeover of Pathmark.",
            [],
        ),
        ("Dow Chemical will sell its stake in Styron to fund the purchase of Rohm and Haas.", []),
        ("Vivendi sold its holding in Telecom Italia to pay for its acquisition of Mediaset.", []),
        # near miss: a buyer after "to", described
        (
            "Dow Chemical sold its stake in Styron to private equity firm Bain Capital.",
            [("stake", "Bain Capital", "Styron", None)],
        ),
    ],
)
def test_a_sale_whose_to_opens_a_purpose_names_no_buyer(text: str, expected: list[Deal]) -> None:
    assert _deals(text, "en") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La société Latécoère passe sous le contrôle du fonds Searchlight.",
            [("acquisition", "Searchlight", "Latécoère", None)],
        ),
        (
            "fr",
            "Fondée en 1982, Atos est passée sous le contrôle du groupe Onepoint en 2025.",
            [("acquisition", "Onepoint", "Atos", None)],
        ),
        (
            "en",
            "Latecoere came under the control of Searchlight Capital in 2019.",
            [("acquisition", "Searchlight Capital", "Latecoere", None)],
        ),
        # near miss: control kept, not passed
        ("fr", "Latécoère reste sous le contrôle de ses fondateurs.", []),
    ],
)
def test_a_target_passing_under_control(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Vivendi trimmed its stake in Telecom Italia to 4.1 percent.",
            [("stake", "Vivendi", "Telecom Italia", 4.1)],
        ),
        (
            "en",
            "Mediobanca said Vivendi has reduced its holding in Telecom Italia to 17 percent.",
            [("stake", "Vivendi", "Telecom Italia", 17.0)],
        ),
        (
            "en",
            "Mubadala Development Co has cut its holding in Advanced Micro Devices by almost a third.",
            [("stake", "Mubadala", "AMD", None)],
        ),
        (
            "fr",
            "Vivendi a ramené sa participation dans Telecom Italia à 4 %.",
            [("stake", "Vivendi", "Telecom Italia", 4.0)],
        ),
        (
            "fr",
            "Groupama a allégé sa participation dans Société Générale.",
            [("stake", "Groupama", "Société Générale", None)],
        ),
        # near misses: an analyst's target and a forecast moved "to" a figure
        ("en", "Jefferies trimmed its price target on Telecom Italia to 0.40 euros.", []),
        ("fr", "Vivendi a ramené sa prévision de croissance à 4 %.", []),
    ],
)
def test_a_holding_moved_up_or_down(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Vivendi acquired a controlling stake in Telecom Italia last year.",
            [("acquisition", "Vivendi", "Telecom Italia", None)],
        ),
        (
            "en",
            "Vivendi took a majority stake in Telecom Italia.",
            [("acquisition", "Vivendi", "Telecom Italia", None)],
        ),
        (
            "fr",
            "Vivendi a pris une participation majoritaire dans Telecom Italia.",
            [("acquisition", "Vivendi", "Telecom Italia", None)],
        ),
        (
            "fr",
            "Vivendi a cédé sa participation de contrôle dans Telecom Italia au fonds KKR.",
            [("acquisition", "KKR", "Telecom Italia", None)],
        ),
        # near misses: a minority stake, and a majority only mentioned next to a smaller stake's size
        ("en", "Vivendi took a minority stake in Telecom Italia.", [("stake", "Vivendi", "Telecom Italia", None)]),
        (
            "en",
            "Vivendi bought a 40% stake in Telecom Italia, short of a majority stake.",
            [("stake", "Vivendi", "Telecom Italia", 40.0)],
        ),
    ],
)
def test_a_controlling_stake_is_an_acquisition(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare gerund, with a described group whose members follow "including"
        (
            "Vivendi has been busy buying media groups, including Lagardère and Mediaset.",
            [("acquisition", "Vivendi", "Lagardère", None), ("acquisition", "Vivendi", "Mediaset", None)],
        ),
        ("Bouygues is said to be buying Alstom for $12 billion.", [("acquisition", "Bouygues", "Alstom", None)]),
        (
            "Vivendi ended up buying Mediaset for $3 billion last year.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        # near misses: a buyback and goods
        ("Vivendi is buying back its own shares from Bolloré.", []),
        ("Ford has been buying chips from GlobalFoundries for years.", []),
    ],
)
def test_buying_is_a_purchase_verb(text: str, expected: list[Deal]) -> None:
    assert _deals(text, "en") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the price between a participle and its buyer
        (
            "fr",
            "PartnerRe, cédé pour 9 milliards de dollars à la mutuelle française Covéa en 2021, reste un gros achat.",
            [("acquisition", "Covéa", "PartnerRe", None)],
        ),
        (
            "en",
            "Styron, sold for $1.6 billion to Bain Capital in 2010, makes plastics.",
            [("acquisition", "Bain Capital", "Styron", None)],
        ),
        (
            "en",
            "Mediaset was acquired for $3 billion by Vivendi in 2016.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        (
            "fr",
            "Mediaset a été racheté pour 3 milliards d'euros par Vivendi.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        # near misses: the same words as an active verb, and a share price
        (
            "en",
            "Vivendi acquired for $3 billion the French group Lagardère.",
            [("acquisition", "Vivendi", "Lagardère", None)],
        ),
        ("fr", "Vivendi a cédé pour 3 milliards d'euros sa participation dans Mediaset.", []),
        ("en", "Mediaset shares sold for $3 each on Monday.", []),
    ],
)
def test_a_participle_then_its_price_then_its_buyer(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the seller named between the verb and what it sold
        (
            "fr",
            "Zodiac a racheté cet été au groupe allemand Premium Aircraft Interior la société Sell GmbH.",
            [("acquisition", "Zodiac", "Sell", None)],
        ),
        ("fr", "Safran rachète à Zodiac sa filiale Sell GmbH.", [("acquisition", "Safran", "Sell", None)]),
        (
            "fr",
            "Vivendi a racheté en mars au fonds KKR la société Mediaset.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        (
            "en",
            "Vivendi bought from KKR the broadcaster Mediaset last year.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        # near miss: a purchase from the seller alone buys no company
        ("fr", "Vivendi a racheté ses parts à Bolloré.", []),
    ],
)
def test_a_seller_named_before_what_it_sold(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a recap naming the price first, then the payer, then what it bought
        (
            "en",
            "The deal tops the $600 million Vivendi paid for the broadcaster Mediaset in 2016.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        (
            "en",
            "That is twice the $2 billion that Vivendi paid for Telecom Italia.",
            [("acquisition", "Vivendi", "Telecom Italia", None)],
        ),
        (
            "fr",
            "C'est plus que les 2 milliards d'euros qu'Orange a payés pour Telecom Italia en 2015.",
            [("acquisition", "Orange", "Telecom Italia", None)],
        ),
        # near misses: a bill paid, and a price with no payer before the verb
        ("en", "Vivendi paid for the lunch, Telecom Italia said.", []),
        ("en", "The $2 billion was paid for by Vivendi shareholders, Telecom Italia said.", []),
    ],
)
def test_a_price_told_before_its_payer(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # two named parties merging: after the noun, or as the pair subject of the verb
        (
            "en",
            "The merger of Vivendi and Mediaset will create a media giant.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        (
            "en",
            "Vivendi and Mediaset agreed to merge in an all-share deal.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        (
            "en",
            "Vivendi and Mediaset met in Paris. The two groups agreed to merge.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        (
            "fr",
            "La fusion entre Vivendi et Mediaset donnera naissance à un géant.",
            [("acquisition", "Vivendi", "Mediaset", None)],
        ),
        ("fr", "Vivendi et Mediaset ont annoncé leur fusion.", [("acquisition", "Vivendi", "Mediaset", None)]),
        # the verb with one party before it still reads as before
        ("en", "Vivendi agreed to merge with Mediaset.", [("acquisition", "Vivendi", "Mediaset", None)]),
        # near misses: a company's origin, and a merger of unnamed units
        ("en", "Wavemaker, the media agency formed from the merger of Vivendi and Mediaset, is the incumbent.", []),
        ("fr", "La fusion de ses deux filiales a coûté 3 millions d'euros à Vivendi.", []),
    ],
)
def test_a_merger_of_two_named_parties(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected
