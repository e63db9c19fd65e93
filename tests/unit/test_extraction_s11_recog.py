"""Companies recognised by their role and markers, read in regional and trade business news (session 11).

Each class reads a structure, not a name: a town of several words before "-based" ("Grand Rapids-based X"), a
town before ", <State>-based"; a legal form set off by a comma ("X and Y, Inc."), after a possessive ("Dayton's
X Co.") or before the town that follows it ("X LLC of Greenville"); market talk after a name in any tense or a
Reuters code ("X shares sink", "X Inc XXXX.O", "X chute en Bourse"); a relative or an apposition that says what
a business does or where it is based ("X, which makes", "X, qui installe", "X, a Sunnyvale-based vendor", "X,
installé à"); a group's unit after its possessive ("WPP's MediaCom and ..."); a lower-case brand opening its
sentence before a deal verb ("neon raised"); head nouns of firms' names ("X Products", "X Machinery", "Renault
Trucks"). Each has sentences it must read and near misses (people, places, products, common words) it must not.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


@pytest.mark.parametrize(
    ("text", "company", "not_company"),
    [
        ("Grand Rapids-based Lambert Global LLC has acquired a Detroit advocacy firm.", "Lambert Global", None),
        ("Cascade Township-based Tack Electronics Inc. makes wire harnesses.", "Tack Electronics", None),
        ("New Canton-based Velnor Systems said it would buy Quenby.", "Velnor Systems", None),
        ("Winston, Ga.-based RedRock Custom Carpet Inc. was sold to a rival.", "RedRock Custom Carpet", "Winston"),
    ],
)
def test_a_town_of_several_words_before_based_is_no_part_of_the_name(
    text: str, company: str, not_company: str | None
) -> None:
    """ "Grand Rapids-based X": the name starts after the origin; "Winston, Ga.-based": Winston is a town."""
    names = _names(text)
    assert company in names
    assert not any(name.endswith("-based " + company) or name == not_company for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wauseon Machine and Manufacturing, Inc., a provider of automation, bought a rival.",
            {"Wauseon Machine and Manufacturing"},
        ),
        (
            "The buyer agreed to acquire Dayton's Precision Manufacturing Co. Inc. last week.",
            {"Precision Manufacturing"},
        ),
        ("Orvane Tooling bought Kelmar Tooling LLC of Greenville.", {"Kelmar Tooling"}),
        ("Velmora and Brixton, Inc. signed the lease.", {"Velmora and Brixton"}),
    ],
)
def test_a_legal_form_closes_one_name(text: str, expected: set[str]) -> None:
    """A form after a comma joins "and"; after a possessive it names the owned firm; before "of" it ends the name."""
    names = _names(text)
    assert expected <= names
    assert not names & {"Dayton", "Wauseon Machine", "Manufacturing", "Kelmar Tooling LLC of Greenville"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Partex NV and Fortress Biotech Inc agreed to merge.", {"Partex", "Fortress Biotech"}),
        ("Bellamy's Australia Ltd (ASX: BAL), its closest listed rival, was flat.", {"Bellamy"}),
    ],
)
def test_near_misses_of_legal_forms_keep_their_reading(text: str, expected: set[str]) -> None:
    """Two forms are two firms; a place after a possessive is part of the firm's name, never a firm of its own."""
    names = _names(text)
    assert expected <= names
    assert "Australia" not in names


@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        ("Healthways shares sink as Cigna winds down contract.", "en", "Healthways"),
        ("Shares of Healthways Inc HWAY.O lost more than 30 percent.", "en", "Healthways"),
        ("Velmora stock drops after the profit warning.", "en", "Velmora"),
        ("Novacyt chute en Bourse après la perte du contrat britannique.", "fr", "Novacyt"),
        ("Velquin dévisse de 12 % en Bourse après l'avertissement.", "fr", "Velquin"),
    ],
)
def test_market_talk_after_a_name_in_any_tense_marks_a_company(text: str, language: str, company: str) -> None:
    """Share moves ("sink", "drops", "chute en Bourse") and a Reuters code mark the name before them."""
    names = _names(text)
    assert company in names
    assert not any("HWAY" in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "The shares opened lower on Monday.",
        "Les actions ont chuté en Bourse lundi.",
        "Shares of the group rose 3 percent.",
    ],
)
def test_market_talk_without_a_name_adds_none(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Cricut, which makes electronic crafting machines, said it took the accusations seriously.", "Cricut"),
        ("Sprout Social, whose software lets businesses run their accounts, has raised $8M.", "Sprout Social"),
        ("Medadom, qui installe des cabines de téléconsultation en pharmacie, a levé 4 millions d'euros.", "Medadom"),
        ("Plumgrid, a Sunnyvale, Ca.-based network software vendor, raised new money.", "Plumgrid"),
        ("Sport Ngin, Minneapolis, Mn.-based company that builds websites, raised money.", "Sport Ngin"),
        ("Tarvelle, installée à Clermont-Ferrand, a reçu une offre de reprise.", "Tarvelle"),
    ],
)
def test_an_apposition_that_says_what_a_business_does_or_where_it_is_based(text: str, company: str) -> None:
    """ "X, which makes", "X, qui installe", "X, a Sunnyvale-based vendor", "X, installée à": X is a firm."""
    assert company in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "John Smith, a London-based analyst, said the deal was cheap.",
        "Labour, which now runs the council, promised to take services back.",
        "Marie Dupont, basée à Lyon, a signé le livre.",
    ],
)
def test_people_and_parties_in_such_appositions_stay_silent(text: str) -> None:
    """A person's trade after "-based", a party that "runs" a council, a person "basée à": no company."""
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Ebay has worked with WPP's MediaCom and Publicis Media's Blue 449 since 2014.", {"MediaCom", "Blue 449"}),
        ("In 2017, IPG's Momentum Worldwide picked up the sponsorship duties.", {"Momentum Worldwide"}),
        ("Accenture's Droga5 won the creative account after a review.", {"Droga5"}),
    ],
)
def test_a_groups_possessive_names_its_unit_as_a_party(text: str, units: set[str]) -> None:
    """A group's unit standing as a party (a verb, a coordination next) is a company of its own."""
    assert units <= _names(text)


@pytest.mark.parametrize(
    ("text", "not_units"),
    [
        ("Google's Android kept taking market share.", {"Android"}),
        ("Google's Mara Velloso named Microsoft chief executive.", {"Mara Velloso"}),
        ("Microsoft's Xbox business grew 8 percent.", {"Xbox"}),
        ("The round was led by Ondrel Capital's Nordic Growth Fund and Pellion Ventures.", {"Nordic Growth Fund"}),
        ("Lenovo's PC and services businesses grew.", {"PC"}),
    ],
)
def test_a_groups_products_people_adjectives_and_funds_are_no_units(text: str, not_units: set[str]) -> None:
    """A product, a person, an adjectival name and a fund (the group invests through it) stay out."""
    assert not _names(text) & not_units


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Deutsche Borse bought a stake.  neon raised £3.9m in an hour via crowdfunding.", "neon"),
        ("Bronte holds 1% in the company. abrdn owns 0.3%.", "abrdn"),
        ("Also of note: klarvo signed a supply deal with Velmora.", "klarvo"),
    ],
)
def test_a_lower_case_brand_opening_its_sentence_before_a_deal_verb(text: str, brand: str) -> None:
    assert brand in _names(text)


@pytest.mark.parametrize(
    "text",
    ["Also of note: shares rose 3% on the news.", "They said so. it raised money.", "Note: investors bought."],
)
def test_common_words_opening_a_sentence_in_lower_case_stay_silent(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Armstrong said it purchased Parallel Architectural Products, its 14th acquisition.",
            "Parallel Architectural Products",
        ),
        ("L'entreprise SAG France va perdre son plus gros client, Renault Trucks.", "Renault Trucks"),
        ("The deal adds Dunmore Machinery to its growing portfolio.", "Dunmore Machinery"),
        ("Ridgeline Products has hired a new chief executive.", "Ridgeline Products"),
    ],
)
def test_head_nouns_of_firms_names(text: str, company: str) -> None:
    """ "Products", "Machinery", "Manufacturing" end a firm's name; "Trucks" names a known maker's unit."""
    assert company in _names(text)


def test_a_head_noun_alone_is_no_company() -> None:
    """ "Parks, Experiences and Products": divisions in a list, no company called "Products"."""
    assert "Products" not in _names("Disney said its Parks, Experiences and Products unit grew 7 percent.")


@pytest.mark.parametrize(
    ("text", "town", "company"),
    [
        (
            "L'Horme : les salariés de SAG France en grève\nA L'Horme, l'entreprise SAG France perd un client.",
            "Horme",
            "SAG France",
        ),
        (
            "In Tulsa, the plant of Velmora Systems won a contract. Tulsa, the city said, agreed.",
            "Tulsa",
            "Velmora Systems",
        ),
        ("À Cholet, la société Brevanne a signé un contrat. Cholet, la ville, s'en réjouit.", "Cholet", "Brevanne"),
    ],
)
def test_a_place_a_sentence_opens_on_is_no_company(text: str, town: str, company: str) -> None:
    """ "A L'Horme, l'entreprise X": the town, with or without its article, names no firm; X still does."""
    names = _names(text)
    assert company in names
    assert not any(name.endswith(town) for name in names)


def test_a_company_after_a_preposition_inside_a_sentence_is_still_read() -> None:
    """Only a sentence's opening place is set aside: "cédé ... à Kelvane, une PME" still names Kelvane."""
    assert "Kelvane" in _names("Le fondateur a cédé sa société à Kelvane, une PME de Cholet.")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Philippe Merdrignac a cédé sa société à un groupe franco-belge, Dufour, pour partir à la retraite.",
            "Dufour",
        ),
        ("The founders sold the business to a Belgian group, Dufour, last month.", "Dufour"),
        ("Il a vendu à une société lyonnaise, Brevanne, en 2019.", "Brevanne"),
        ("Le site a été repris par un groupe familial, Kervella, l'an dernier.", "Kervella"),
    ],
)
def test_an_indefinite_kind_set_off_before_a_name_describes_it(text: str, company: str) -> None:
    """ "à un groupe franco-belge, X,": the apposition after an indefinite kind noun names a firm."""
    assert company in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is a French company, Jean Dupont said.",
        "C'est une entreprise familiale, explique Marie Durand.",
        "He joined a rival, Mr Hale said.",
    ],
)
def test_a_speaker_after_an_indefinite_kind_is_no_company(text: str) -> None:
    assert _names(text) == set()


def test_a_company_a_sentence_opens_at_is_still_read() -> None:
    """ "At Harlowe Foods, sales rose": "at" opens on a firm as often as on a place; only "In" / "À" set one aside."""
    assert "Harlowe Foods" in _names("At Harlowe Foods, sales rose 6.2% to £4.1 billion in 2023.")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It handed the experiential work to IPG's Momentum Worldwide after a separate review.", "Momentum Worldwide"),
        ("The account moved to KVH's Larchmont Digital, which had pitched twice.", "Larchmont Digital"),
        ("Le budget revient à TBWA's Bastide Conseil et à deux agences locales.", "Bastide Conseil"),
    ],
)
def test_an_acronyms_possessive_names_its_unit(text: str, unit: str) -> None:
    """An acronym owns like a found group ("IPG's X after ..."), capitals naming no person."""
    assert unit in _names(text)


@pytest.mark.parametrize(
    ("text", "not_unit"),
    [
        ("The CEO's Chief Of Staff quit on Monday.", "Chief Of Staff"),
        ("Analysts said the FDA's Orphan Drug Act and other rules weigh.", "Orphan Drug Act"),
    ],
)
def test_a_title_or_a_place_owns_no_unit(text: str, not_unit: str) -> None:
    assert not_unit not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wellington leads with 5.1%, followed by Capital Group and BlackRock with 4.8% and 4.6% respectively.",
        "BlackRock and Capital Group each hold about 5% of the shares.",
        "Le tour de table réunit BlackRock et Capital Group aux côtés des fondateurs.",
    ],
)
def test_a_name_that_is_a_head_noun_and_a_suffix_keeps_both(text: str) -> None:
    """ "Capital Group" is a firm: stripping its "Group" would leave "Capital", a word naming nothing alone."""
    assert "Capital Group" in _names(text)


@pytest.mark.parametrize("text", ["Ltd and Group said so.", "Group revenue rose 4% and Capital spending fell."])
def test_suffixes_and_head_nouns_alone_name_nothing(text: str) -> None:
    assert _names(text) == set()
