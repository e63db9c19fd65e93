"""Company recognition on classes read in real EN/FR business news of round 9 (our own sentences).

Each case names the parties a reader marks and the words that must NOT become a party (openers, ordinals,
diseases, products, people): an unrecognised firm loses its events, a word read as a firm invents some.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.text import fold_case, normalise

CASES = [
    # A known company written in capitals, as some outlets and press releases do; not in a shouted headline.
    ("L'accord lie le motoriste SAFRAN et la société ALSTOM pour dix ans.", {"SAFRAN", "ALSTOM"}, set()),
    ("La commande revient à ALSTOM SA, selon le ministère.", {"ALSTOM SA"}, set()),
    ("SAFRAN AND AIRBUS SIGN SUPPLY DEAL\nThe two groups agreed on Monday.", set(), {"SAFRAN", "AIRBUS"}),
    # A French apposition without article after the name: "X, groupe ...", "X, startup ...", "X, jeune pousse ...".
    ("Orvique, groupe laitier spécialisé dans les desserts, a lancé un partenariat.", {"Orvique"}, set()),
    ("« Tout va vite », dit Jeanne Roux, CEO de Parvela, startup de la logistique.", {"Parvela"}, {"Jeanne Roux"}),
    ("La cession de Bastide, société familiale de Dijon, est bouclée.", {"Bastide"}, set()),
    # A firm after a person's full title.
    ("said Jane Roe, Chief Executive Officer of BiomAxis, in a statement.", {"BiomAxis"}, {"Jane Roe"}),
    # The unit of a parent in an apposition with a dotted word.
    ("It signed a pact with Zentrova, the U.S. arm of Swiss group Helvax.", {"Zentrova"}, set()),
    # A listing makes a lower-case name a name; a town before its country is no firm.
    ("Shares of Dunmore, UK based kelvatec (AIM: KLV.L) rose 5%.", {"kelvatec"}, {"Dunmore"}),
    ("Shares of e-lumio (Euronext: ELUM) fell; e-lumio said sales slowed.", {"e-lumio"}, set()),
    # Ordinals opening a round-up's entries, and diseases after "including", are no firms.
    ("Troisième, la plateforme Velrio obtient 6 millions d'euros.", set(), {"Troisième"}),
    ("Its sensors detect diseases including COVID-19 and flu.", set(), {"COVID-19"}),
    # A weekly round-up's ranking names the next firm; a sector, a period are no firm.
    ("En tête, Varnelle boucle 12 millions d'euros.", {"Varnelle"}, set()),
    ("Sur la troisième marche, Opaline et Drevon Labs ont chacun levé 4 millions.", {"Opaline", "Drevon Labs"}, set()),
    ("La FoodTech a pu compter sur trois fonds.", set(), {"La FoodTech", "FoodTech"}),
    ("Deals in Q3 2016 rose, according to a report by Kalvera.", set(), {"Q3 2016"}),
    # A US state or Canadian province after a town, and "OK" in a quote, are no firms.
    ("Brannock, based in Dayton, Ohio, said IBM was OK with the plan.", {"IBM"}, {"Ohio", "OK", "Dayton"}),
    # A name in quotes after a kind noun; a quoted title after "including" stays no firm.
    ("La société « Vermile » a signé avec la banque Orvalis.", {"Vermile", "Orvalis"}, set()),
    ('Its hits, including "Bright Harbour", sold well.', set(), {"Bright Harbour"}),
    # A platform is a kind of firm before its name; the army's branches are public bodies, not "Terre".
    ("Dutch trading platform kTrade said it had bought Gantry.", {"kTrade"}, set()),
    ("L'armée de Terre a commandé 20 drones à la société Tarsel.", {"armée de Terre", "Tarsel"}, {"Terre"}),
    # Lower-case particles inside a name; a title before "of" still ends the name.
    ("En bourse, Forges des Hautes Terres, une holding familiale, a pris 6 %.", {"Forges des Hautes Terres"}, set()),
    (
        "Its largest holder is the Ernst Maler von Rieden Foundation, with 21%.",
        {"Ernst Maler von Rieden Foundation"},
        set(),
    ),
    ("said John Roe, CEO of Tarsel, in a statement.", {"Tarsel"}, {"CEO of Tarsel"}),
]

UNITS = [
    # A known company's research, games or operations arm, or its U.S. unit, is a party of its own.
    ("Velnor licensed its sensors to IBM Research last year.", "IBM Research"),
    ("The order came from Airbus Operations, the group's French arm.", "Airbus Operations"),
    ("Orange USA signed a deal with Kelvix.", "Orange USA"),
    # A known name, capitalised words, then a fund's or institute's head noun: its named arm, which lists go on from.
    ("Brief\nThe round drew Danone Harvest Ventures, Tolvane and Brisquet.", "Danone Harvest Ventures"),
    ("Brief\nIt was led by SoftBank Vision Fund 2 last year.", "SoftBank Vision Fund 2"),
    ("Brief\nNestlé Health Science ended its licence with Marbiotix.", "Nestlé Health Science"),
]


@pytest.mark.parametrize(("text", "parties", "not_parties"), CASES, ids=[case[0][:40] for case in CASES])
def test_recognises_parties(text: str, parties: set[str], not_parties: set[str]) -> None:
    kb = load_knowledge_base()
    body = normalise(text)
    found = {body[mention.start : mention.end] for mention in find_companies(body, fold_case(body), kb)}
    assert parties <= found, f"missed {parties - found} in {found}"
    assert not (not_parties & found), f"wrongly read {not_parties & found} as parties"


@pytest.mark.parametrize(("text", "unit"), UNITS, ids=[case[1] for case in UNITS])
def test_a_known_company_s_unit_is_named_whole(text: str, unit: str) -> None:
    """The title line is left out of the longer forms (a Title Case headline runs on): the cases open with one."""
    kb = load_knowledge_base()
    body = normalise(text)
    names = {mention.name for mention in find_companies(body, fold_case(body), kb)}
    assert unit in names, names


@pytest.mark.parametrize(
    ("text", "not_a_unit"),
    [
        ("Google Bets On Partners\nGoogle said it would expand.", "Google Bets On Partners"),
        ("Google Bets on Partners for AI\nGoogle said it would expand.", "Google Bets on Partners"),
    ],
)
def test_a_title_case_headline_makes_no_unit(text: str, not_a_unit: str) -> None:
    """Title Case capitalises every word but short function words: a headline, not a company's named arm."""
    kb = load_knowledge_base()
    body = normalise(text)
    names = {mention.name for mention in find_companies(body, fold_case(body), kb)}
    assert not any(name.startswith(not_a_unit) for name in names), names


def test_a_one_line_story_still_names_a_unit() -> None:
    """Prose on the first line is not a headline: "Danone Manifesto Ventures" is read whole there too."""
    kb = load_knowledge_base()
    body = normalise("Babynest a levé 8 millions d'euros auprès de Danone Manifesto Ventures et de Capagro.")
    assert "Danone Manifesto Ventures" in {mention.name for mention in find_companies(body, fold_case(body), kb)}
