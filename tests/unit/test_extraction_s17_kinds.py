"""Company recognition, round 14 (session 17): organisations a description introduces.

A kind noun before a name says it is a firm's, whatever stands between them: English modifiers ("online ticket
service X", "media buyer X"), French adjectives of trade or status after the noun ("l'opérateur privé X", "la
compagnie ferroviaire X"), a plural kind before several names ("Munich firms A and B", « leurs filiales A et B »).
Each reader has near misses that must not give a name: a person's name after a person-like kind, a generic noun
("financial services", "aux services de"), a verb after the French kind ("le groupe cède X" gives X, never "cède").
Every sentence is invented.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


_KIND_BEFORE_NAME = [
    ("Halvern settled its quarrel with caterer Brissow Sky Kitchens last week.", "Brissow Sky Kitchens"),
    ("Dorvane touted the benefits of its merger with media buyer Ostrel.", "Ostrel"),
    ("Pelham Ventures led a $12 million round in online ticket service Tikkora.", "Tikkora"),
    ("Varnel sold its catering arm Galvest Gourmet to a buyout fund.", "Galvest Gourmet"),
    ("Trelby is at odds with discounter Norvik over prices.", "Norvik"),
    ("Milk co-operative Dalefold Farmers won a contract to supply Brantley.", "Dalefold Farmers"),
    ("Brantwell and Munich firms Kestrelhaus and Ovendal also joined the round.", "Kestrelhaus"),
    ("Brantwell and Munich firms Kestrelhaus and Ovendal also joined the round.", "Ovendal"),
    ("Clothing maker Martin International said it would stop making knitwear.", "Martin International"),
    ("La région attribue la ligne à l'opérateur privé Travelis, sans appel d'offres.", "Travelis"),
    ("Corvel livrera vingt rames à la compagnie ferroviaire Ferralia.", "Ferralia"),
    ("Le réseau de bus est exploité par ses filiales Korbus et Valtrans.", "Korbus"),
    ("Le réseau de bus est exploité par ses filiales Korbus et Valtrans.", "Valtrans"),
    ("Les CFR et leurs filiales Alpibus et Rhodal ont attribué le contrat à Stavel.", "Alpibus"),
    ("Ce mardi, le voyagiste Framoza a annoncé sa vente à un groupe chinois.", "Framoza"),
    ("Le fonds veut racheter sa concurrente Belvair pour 300 millions d'euros.", "Belvair"),
    ("Le groupe Korvel a repris en juillet le négoce Tourvelle.", "Tourvelle"),
]


@pytest.mark.parametrize(("text", "name"), _KIND_BEFORE_NAME)
def test_name_a_kind_introduces_is_a_company(text: str, name: str) -> None:
    assert name in _names(text)


_NOT_INTRODUCED = [
    # A generic noun, not a kind: "services" and "Financial Services" name no firm on their own.
    ("Bolloré, dont le siège est à Puteaux, aura recours aux services d'Alibaba Cloud.", "Puteaux"),
    ("Kalitta offers Dedicated, ACMI and International Charter services across North America.", "Dedicated"),
    ("The Financial Services Authority fined Barclays on Monday.", "Authority"),
    # A plural of a kind that points to another party or to people: no firm's name follows.
    ("Victory over rivals Manchester City in the cup final changed the mood.", "Manchester City"),
    ("Applied Optoelectronics Lets Investors Down, Again", "Down"),
    # A French verb after the kind is no adjective: the name is the verb's object, the verb no part of it.
    ("Le groupe cède Xyzal à un fonds américain.", "Cède Xyzal"),
    # A date opening a French sentence names no company.
    ("Fin 2014, le verrier Arc International a été repris par PHP, un fonds américain.", "Fin 2014"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_INTRODUCED)
def test_no_name_without_a_kind_before_it(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Pelham Ventures invested $12 million in online ticket service Tikkora.",
            "en",
            ("investment", "Pelham Ventures", "Tikkora"),
        ),
        (
            "La région Bretagne a attribué la ligne Rennes-Brest à l'opérateur privé Travelis.",
            "fr",
            ("customer_start", "région Bretagne", "Travelis"),
        ),
        (
            "Velmora a confié la gestion de sa flotte à l'opérateur privé Travelis.",
            "fr",
            ("customer_start", "Velmora", "Travelis"),
        ),
        (
            "Fin 2014, le verrier Arc International a été repris par PHP, un fonds américain.",
            "fr",
            ("acquisition", "PHP", "Arc International"),
        ),
    ],
)
def test_introduced_name_reaches_the_fact(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


# A group's possessive names its unit: after a legal form or "Group" the group's match left out, with a plural's bare
# apostrophe, or before the unit's head noun (which makes even a one-word, common-looking name a unit's).
_UNITS = [
    ("Brantley ended its wholesale partnership with Tesco's Halbrook unit.", "Halbrook"),
    ("Siemens will deliver trains to Go-Ahead Group's Verland Midlines and other operators.", "Verland Midlines"),
    ("The Navy may turn to United Technologies Corp's Sikorsky Aircraft, sources said.", "Sikorsky Aircraft"),
    ("Suppliers could not keep Yum! Brands Inc.'s KFC from severing ties with the plant.", "KFC"),
    ("Telesat picked Maxar Technologies' Space Systems Loral unit to design its satellites.", "Space Systems Loral"),
]


@pytest.mark.parametrize(("text", "name"), _UNITS)
def test_unit_a_group_possessive_names_is_a_company(text: str, name: str) -> None:
    assert name in _names(text)


_NOT_UNITS = [
    # A product or a one-word name with no unit's head noun: the possessive says nothing of a firm.
    ("Samsung's Galaxy and Huawei's phones sold well in the quarter.", "Galaxy"),
    ("Google's Android kept its lead over rival systems.", "Android"),
    ("Microsoft's Xbox business grew by a fifth.", "Xbox"),
    # A family's bare apostrophe owns a home, not a unit.
    ("The Joneses' Halbrook home was sold last year.", "Halbrook"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_UNITS)
def test_no_unit_without_a_unit_shape(text: str, name: str) -> None:
    assert name not in _names(text)


def test_possessed_unit_reaches_the_fact() -> None:
    assert ("customer_end", "Brantley", "Halbrook") in triples(
        "Brantley has ended a 15-year wholesale partnership with Tesco's Halbrook unit.", "en"
    )


# An apposition may describe the firm in four words before its kind ("a Silicon Valley battery chemistry start-up"),
# never across a clause's verb or agent ("a été reprise par la biscuiterie"), nor from a word that merely opens on
# an article's letter ("actionnaire de référence du groupe" is no "a ... groupe").
@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Daimvel is teaming up with Silvane Nano, a Silicon Valley battery chemistry start-up.", "Silvane Nano", True),
        ("Corvane signed with Maltby Nets, the news and financial data group, on Monday.", "Maltby Nets", True),
        ("La Biscuiterie de Bretagne, installée à Grâces, a été reprise par la biscuiterie Le Dréan.", "Grâces", False),
        ("Ce conseil est celui du Monde, actionnaire de référence du groupe.", "Monde", False),
        ("Helge Lund, the head of engineering group Aker, met Statoil.", "Helge Lund", False),
    ],
)
def test_apposition_describing_a_firm(text: str, name: str, found: bool) -> None:
    assert (name in _names(text)) is found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The largest award went to privately owned Halbeck Atomics, which will build drones.", "Halbeck Atomics"),
        ("Le tour est mené par la société de capital-investissement IRDQ et la Caisse.", "IRDQ"),
    ],
)
def test_status_or_long_complement_before_a_name(text: str, name: str) -> None:
    assert name in _names(text)


# " + " joins the words of one name as "&" does ("Bausch + Lomb"); a "+" glued to a brand or before a number does not.
@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Eye-care group Halvey + Lomb and Istrel Pharmaceuticals agreed to merge.", "Halvey + Lomb", True),
        ("Eye-care group Halvey + Lomb and Istrel Pharmaceuticals agreed to merge.", "Lomb", False),
        ("The score of Orvane + 3 points was a record.", "Orvane + 3", False),
    ],
)
def test_plus_joins_one_name(text: str, name: str, found: bool) -> None:
    assert (name in _names(text)) is found


def test_plus_name_reaches_the_fact() -> None:
    assert ("customer_end", "Brantley", "Wieden + Kessel") in triples(
        "Brantley has parted ways with Wieden + Kessel, its agency for four years.", "en"
    )


# A plural kind and "such as" / « comme » introduce firms of that kind; people's examples are no firms.
@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Norvair codeshares with carriers such as Kestrel Pacific and Virgel Australia.", "Kestrel Pacific", True),
        ("Norvair codeshares with carriers such as Kestrel Pacific and Virgel Australia.", "Virgel Australia", True),
        ("Marsel stopped supplying chains such as Rewlo and Pennat last week.", "Rewlo", True),
        ("Sofinvel a investi dans des deeptechs comme Bioptal, Moon Surgel ou encore Deepra.", "Bioptal", True),
        ("Sofinvel a investi dans des deeptechs comme Bioptal, Moon Surgel ou encore Deepra.", "Moon Surgel", True),
        ("He admired leaders such as Winston Churchill and Charles de Gaulle.", "Winston Churchill", False),
        ("Analysts such as Morvane Keller expect a cut.", "Morvane Keller", False),
    ],
)
def test_examples_of_a_plural_kind(text: str, name: str, found: bool) -> None:
    assert (name in _names(text)) is found
