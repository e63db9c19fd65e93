"""Companies named by how a story writes them (session 12b): the signals round 9a saw in real text and left.

A month's name before a legal form is a firm ("Mars Inc."); "R&D" opens no name; a headline that writes
the long form keeps it over the acronym; a name before "brand" is a product; a short name defined in
parentheses ('("Firetrace")', "hereinafter Halvorn") names its party; a Title Case headline's verbs and deal
nouns end names; a one-line headline "Name verb Name" names both; a possessive name of several words before
a title ("X Y Z's executive chairman") is an organisation. Each has invented names it must find and near
misses (people, places, products, months, openers, headline capitals) it must not.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.text import normalise
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _mentions(text: str) -> list[tuple[str, str]]:
    """(identity name, surface) of each company mention of the normalised ``text``."""
    text = normalise(text)
    return [(m.name, text[m.start : m.end]) for m in find_companies(text, text.casefold(), _KB)]


def _names(text: str) -> set[str]:
    return {name for name, _ in _mentions(text)}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Mars Inc. agreed to buy Kellanova for $36 billion.", "Mars"),
        ("Supplies to Tesco stopped after Mars Inc. halted deliveries. Mars said prices had to rise.", "Mars"),
        ("August Ltd, a Leeds printer, was bought by Quorvane Group.", "August"),
        ("Le distributeur a cessé ses commandes à Mai SAS, qui fabrique des jouets.", "Mai"),
    ],
)
def test_a_month_before_a_legal_form_is_a_firm(text: str, company: str) -> None:
    """A month's name is a date alone, a company when a legal form follows it."""
    assert company in _names(text)


@pytest.mark.parametrize(
    ("text", "not_company"),
    [
        ("En mars, Kellanova a cédé une usine. Mars 2024 a été un bon mois pour Danone.", "Mars"),
        ("In March, Kellanova raised prices. March sales rose 3%.", "March"),
        ("Kellanova signed the lease in May. May was also when it hired.", "May"),
    ],
)
def test_a_month_without_a_legal_form_is_no_firm(text: str, not_company: str) -> None:
    assert not_company not in _names(text)


def test_the_dot_of_a_legal_form_ends_no_sentence() -> None:
    """ "Zorvex Inc. agreed": the verb after the dot is no lower-case brand opening a sentence."""
    names = _names("Zorvex Inc. agreed to buy Kellanova for $36 billion.")
    assert "agreed" not in names
    assert "Zorvex" in names
    assert "bpost" in _names("Zorvex made gains. bpost agreed to buy Kellanova for $36 billion.")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The deal with R&D Nspyre was signed on Monday.", "Nspyre"),
        ("Altran a acquis R&D Nspyre, une société néerlandaise d'ingénierie.", "Nspyre"),
        ("Quorvane bought R&D Halvex Partners, a Dutch engineering firm.", "Halvex Partners"),
    ],
)
def test_r_and_d_opens_no_name(text: str, company: str) -> None:
    """ "R&D" is research and development: the name it stands before starts after it."""
    names = _names(text)
    assert company in names
    assert not any(name.startswith("R&D") for name in names)


def test_r_and_d_alone_is_no_company() -> None:
    assert "R&D" not in _names("Altran devient le leader de la R&D externalisée. Altran a annoncé la R&D.")


def test_a_headline_writing_the_long_form_keeps_it_over_the_acronym() -> None:
    """ "British Airways could ..." in the headline, then "BA" all through the body: readers know the long name."""
    text = (
        "Brindle Airways could drop its caterer\n\n"
        "Brindle Airways (BRA) may keep using Gate Gourmet. A spokesman for BRA said no. BRA staff walked out. "
        "BRA said it would decide later."
    )
    assert {name for name, surface in _mentions(text) if surface == "BRA"} == {"Brindle Airways"}


@pytest.mark.parametrize(
    "title",
    ["", "Haulier wins a contract\n\n", "ZHL profits rise\n\n"],
)
def test_an_acronym_the_story_prefers_still_names_the_company_when_the_headline_does_not_write_it(title: str) -> None:
    text = title + "Zelmont Haulage (ZHL) said it won a contract. ZHL said it would hire. ZHL shares rose."
    assert {name for name, surface in _mentions(text) if surface == "ZHL"} == {"ZHL"}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Rivals Spicers and Ringtons will take over the supply of the much-loved Red Label brand.", "Red Label"),
        ("Mars Inc. halted deliveries of Whiskas-brand cat food to Tesco shops. Whiskas sold well.", "Whiskas"),
        ("Kellanova said the Crunchy Oat brand lost its Aldi contract after Crunchy Oat sales fell.", "Crunchy Oat"),
    ],
)
def test_a_name_before_brand_is_a_product(text: str, product: str) -> None:
    assert product not in _names(text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Zorvex's brand suffered. Zorvex said sales fell. Zorvex added nothing.", "Zorvex"),
        (
            "Abercrombie & Fitch announced it. The office includes Abercrombie & Fitch brand president Jo Roe.",
            "Abercrombie & Fitch",
        ),
    ],
)
def test_an_owner_of_a_brand_or_a_brand_title_is_still_a_company(text: str, company: str) -> None:
    """A possessive owns the brand; "X brand president" may be the firm's title: neither makes X a product."""
    assert company in _names(text)


@pytest.mark.parametrize(
    ("text", "short", "company"),
    [
        (
            'Halvorn Systems Ltd (hereinafter "Halvorn") signed with Airbus. Halvorn will deliver in 2025.',
            "Halvorn",
            "Halvorn",
        ),
        (
            "Halvorn Systems Ltd (hereinafter Halvorn) signed with Airbus. Halvorn will deliver in 2025.",
            "Halvorn",
            "Halvorn",
        ),
        (
            "Quelmont Capital (« Quelcap ») a cédé sa filiale à Danone. Quelcap a confirmé la vente.",
            "Quelcap",
            "Quelcap",
        ),
        (
            "Tarvik Networks Oy (\u201cTarnet\u201d) signed a contract with Boeing. Tarnet will supply radios.",
            "Tarnet",
            "Tarnet",
        ),
    ],
)
def test_a_short_name_defined_in_parentheses_names_its_party(text: str, short: str, company: str) -> None:
    """The story's own short form is the party's name, for the long form too."""
    mentions = _mentions(text)
    assert {name for name, surface in mentions if surface == short} == {company}
    assert {name for name, surface in mentions if surface.startswith(short[:3])} == {company}


def test_a_known_company_keeps_its_name_over_a_defined_short_form() -> None:
    text = "Airbus SE (« Airco ») a signé avec Danone. Airco a confirmé."
    assert {name for name, surface in _mentions(text) if surface == "Airco"} == {"Airbus"}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('Zorvex Holdings Ltd (the "Company") agreed terms. The Company will list.', "Company"),
        ('Zorvex Holdings Ltd ("Buyer") agreed terms with Kellanova. The buyer will pay cash. Buyer said so.', "Buyer"),
        ('Zorvex Holdings Ltd ("Purchaser") agreed terms. Purchaser will pay.', "Purchaser"),
    ],
)
def test_a_defined_term_is_no_short_name(text: str, term: str) -> None:
    """An article, a common word or another first letter: a contract's defined term, not the party's name."""
    assert all(surface != term for _, surface in _mentions(text))


@pytest.mark.parametrize(
    ("text", "company", "not_company"),
    [
        ("Kosc Telecom Loses Bouygues Deal\n\nThe operator said the contract ended.", "Bouygues", "Bouygues Deal"),
        ("Zembla Networks Loses Quorvane Contract\n\nZembla said it ended.", "Quorvane", "Quorvane Contract"),
        ("Nordavia Secures Airbus Order\n\nThe order is worth $5 million.", "Airbus", "Airbus Order"),
    ],
)
def test_a_title_case_headline_ends_a_name_at_its_verb_and_deal_noun(text: str, company: str, not_company: str) -> None:
    names = _names(text)
    assert company in names
    assert not_company not in names


def test_prose_keeps_a_known_name_after_a_capitalised_word() -> None:
    """ "shareholders of NYSE Euronext": the capital before is no headline verb, the known name ends another."""
    assert "Euronext" not in _names("Shareholders of NYSE Euronext voted on Monday.")


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        (
            "Bulletin du jour\n\nAltitude Infrastructure sauve Kosc\n\nAprès des mois d'attente, c'est finalement "
            "Altitude Infrastructure qui a été retenue. Elle prévoit que Kosc revienne à l'équilibre.",
            {"Altitude Infrastructure", "Kosc"},
        ),
        (
            "Nordavia keeps Trelvik contract\n\nThe airline said it would keep Trelvik as its caterer, after "
            "Nordavia reviewed bids.",
            {"Nordavia", "Trelvik"},
        ),
        (
            "Weekly digest\n\nPelgrane rachète Ostrava Logistique\n\nLe groupe paiera 20 millions. Selon Pelgrane, "
            "Ostrava Logistique restera autonome.",
            {"Pelgrane", "Ostrava Logistique"},
        ),
    ],
)
def test_both_names_of_a_one_line_headline_named_again_are_companies(text: str, companies: set[str]) -> None:
    assert companies <= _names(text)


@pytest.mark.parametrize(
    ("text", "not_company"),
    [
        ("Emmanuel Macron visite Toulouse\n\nLe président a rencontré à Toulouse des salariés.", "Toulouse"),
        ("Sales rise in Germany\n\nDemand grew in Germany, where sales rose.", "Germany"),
        ("Zorvex lance Quorva\n\nZorvex a lancé mardi son nouveau produit.", "Quorva"),
    ],
)
def test_people_places_and_names_told_once_in_a_headline_line_are_no_company(text: str, not_company: str) -> None:
    assert not_company not in _names(text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "After the vote, Walgreens Boots Alliance's executive chairman said the deal was done.",
            "Walgreens Boots Alliance",
        ),
        ("Quelmont Capital's board of directors approved the deal on Friday.", "Quelmont Capital"),
        ("After the vote, Zorvex Kelmar's acting chairman Jo Roe said the deal was done.", "Zorvex Kelmar"),
        ("After the vote, Zorvex's executive chairman Stefano Pessina said the deal was done.", "Zorvex"),
    ],
)
def test_a_name_owning_a_title_is_a_company(text: str, company: str) -> None:
    assert company in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the vote, John Smith's executive chairman said the deal was done.",
        "South Africa's chief executive officer said no to the deal.",
        "Later, Paris's chairman of the council spoke.",
    ],
)
def test_people_and_places_owning_a_title_are_no_company(text: str) -> None:
    assert _names(text) == set()


def test_a_month_firm_takes_part_in_its_deal() -> None:
    assert triples("Mars Inc. agreed to buy Kellanova for $36 billion.", "en", prefix="acquisition") == [
        ("acquisition", "Mars", "Kellanova")
    ]


@pytest.mark.parametrize(
    ("text", "products"),
    [
        (
            "Carrefour retire Pepsi, Lays, Doritos et Quaker de ses rayons\n\nL'enseigne retire des marques telles "
            "que Lays, Quaker, Pepsi, ou encore Doritos de ses rayons.",
            {"Lays", "Doritos", "Quaker"},
        ),
        ("En novembre, certains produits Crunchos et Pepsi avaient disparu des rayons de Carrefour.", {"Crunchos"}),
        ("Tesco delisted brands such as Velvo, Crunchos and Pepsi after PepsiCo raised prices.", {"Velvo", "Crunchos"}),
    ],
)
def test_names_listed_after_products_or_brands_are_no_company(text: str, products: set[str]) -> None:
    names = _names(text)
    assert not products & names
    assert "PepsiCo" in names


def test_a_list_of_suppliers_still_names_companies() -> None:
    """Only products and brands make a list of products: the firms of any other list stay firms."""
    names = _names("Carrefour, Auchan et Casino ont signé. Les fournisseurs Zorvex, Quelmont et Tarvik ont protesté.")
    assert {"Carrefour", "Auchan"} <= names


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Dana's Supplier Sypris May Seek Damages Over Contract Dispute\n\nSypris says it will sue Dana.", "Sypris"),
        ("Quorvane Could Lose Airbus Deal\n\nQuorvane said talks go on.", "Quorvane"),
        ("Halvex Must Repay Grant\n\nHalvex said it would appeal.", "Halvex"),
    ],
)
def test_a_title_case_headline_ends_a_name_at_its_modal(text: str, company: str) -> None:
    names = _names(text)
    assert company in names
    assert not any(name.startswith(company + " ") for name in names)


def test_a_month_inside_a_prose_name_is_kept() -> None:
    """Prose is no headline: "Cinq May Partners" keeps its month."""
    assert "Cinq May Partners" in _names("The fund was raised by Cinq May Partners, a London firm, in 2020.")


@pytest.mark.parametrize(
    "text",
    [
        "Hofy avait levé 30,2 millions auprès de VCs avant son rachat par Deel.",
        "Quorvane raised $4 million from VCs and angels.",
        "Tarvik sells software to SMEs across Europe, Tarvik said.",
    ],
)
def test_a_plural_acronym_is_no_company(text: str) -> None:
    assert not {"VCs", "SMEs"} & _names(text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Hofy avait levé 30,2 millions auprès de Kelvion Capital.", "Kelvion Capital"),
        ("Quorvane raised $4 million from BPCE and angels.", "BPCE"),
        ("Quorvane raised $4 million from HFCL, HFCL said.", "HFCL"),
    ],
)
def test_an_acronym_ending_in_a_capital_still_names_a_funder(text: str, company: str) -> None:
    assert company in _names(text)
