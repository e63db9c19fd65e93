"""Company recognition, round 10: classes of unknown organisations read in real EN/FR news (our own sentences).

Each class reads several phrasings (English and French where both write it) and leaves a near miss silent: a
firm not recognised loses its events, a word read as a firm invents some.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.text import fold_case, normalise


def _parties(text: str) -> set[str]:
    body = normalise(text)
    mentions = find_companies(body, fold_case(body), load_knowledge_base())
    return {body[mention.start : mention.end] for mention in mentions}


FOREIGN_CAPITALS = [
    ("La start-up Ÿnsect a levé 160 millions d'euros.", {"Ÿnsect"}),
    ("Le groupe Škorvan a signé un accord avec Tarsel.", {"Škorvan", "Tarsel"}),
    ("The shipper Ølvik Marine won the contract from Tarsel.", {"Ølvik Marine", "Tarsel"}),
]

LOWER_CASE_FIRST = [
    ("Le spécialiste de l'IoT eLichens arrive deuxième avec 6 millions d'euros.", {"eLichens"}),
    ("L'éditeur de SaaS iKarvo a été racheté par Tarsel.", {"iKarvo"}),
    ("Its backers include the IoT eSantia, a maker of air sensors.", {"eSantia"}),
]

ASIDES = [
    ("Yooji a, quant à elle, levé 7,5 millions d'euros.", {"Yooji"}),
    ("Parvela a, de son côté, bouclé une levée de 3 millions d'euros.", {"Parvela"}),
    ("Cometh, fondé à Neuilly en 2020, boucle un tour de 10 millions d'euros.", {"Cometh"}),
    ("Wujiang Hotels, founded in 2019, had raised money from travel sites.", {"Wujiang Hotels"}),
    ("Brisquet, for its part, signed a supply deal on Monday.", {"Brisquet"}),
]

FUNDING_SOURCES = [
    ("La biotech a reçu l'appui de BB Pureos Bioventures.", {"BB Pureos Bioventures"}),
    ("Elle a bénéficié du soutien financier de Norvane pour ce tour.", {"Norvane"}),
    ("The start-up secured backing from Tolvane and Brisquet.", {"Tolvane", "Brisquet"}),
    ("It expanded with funding from Harlow Road last year.", {"Harlow Road"}),
]

ROUNDS_OF = [
    ("La levée de 5 millions d'euros de Quarkslab a été réalisée auprès d'Ace Management.", {"Quarkslab"}),
    ("Le tour de table de 90 millions d'euros de Selvio porte le secteur.", {"Selvio"}),
    ("L'opération de 12 millions d'euros d'Orvane arrive en tête.", {"Orvane"}),
]

PLACE_POSSESSIVES = [
    ("South Africa's TymeBank pulled in $109 million in February.", {"TymeBank"}),
    ("Nigeria's Kuvera raised $3 million from local backers.", {"Kuvera"}),
    ("London's Brindle Foods has signed a deal with Tarsel.", {"Brindle Foods", "Tarsel"}),
]

TRADE_COMPOUNDS = [
    ("Norwegian shipowner Solstad Offshore has won a frame agreement.", {"Solstad Offshore"}),
    ("The order went to shipbuilder Fincantieri and toolmaker Kelvor.", {"Fincantieri", "Kelvor"}),
    ("Shares of homebuilder Persimmon rose after the update.", {"Persimmon"}),
]

TIME_PHRASE_SUBJECTS = [
    ("A few months earlier Kuda said it had raised $55 million.", {"Kuda"}),
    ("In Nigeria, the two-year-old Sparkle recently raised $3.1 million.", {"Sparkle"}),
    ("Deux semaines plus tard Orvane a signé avec Tarsel.", {"Orvane", "Tarsel"}),
]

FIRM_AFTER_ORIGIN = [
    ("Le groupe québécois Jean Coutu a conclu l'achat de 1 539 pharmacies.", {"Jean Coutu"}),
    ("La société lyonnaise Marc Berthier a signé un contrat.", {"Marc Berthier"}),
    ("Le groupe familial savoyard Léon Grosse rachète une PME.", {"Léon Grosse"}),
]

OWNERS_OF_WHAT_THEY_MOVE = [
    ("In a separate filing, Hiroshima Unyu lifted its joint holding in Daiwa to 17%.", {"Hiroshima Unyu"}),
    ("Last week Orvane cut its guidance for the year.", {"Orvane"}),
    ("On Monday Tarsel Marine raised its offer for Kelvor.", {"Tarsel Marine"}),
]

LOST_PARTIES = [
    ("Sigma Healthcare announced the loss of Chemist Warehouse on Monday.", {"Chemist Warehouse"}),
    ("After losing Tarsel Logistics, the carrier cut jobs.", {"Tarsel Logistics"}),
    ("La perte de Kelvane, son premier client, pèse sur les comptes.", {"Kelvane"}),
]

KIND_NOUNS = [
    ("Le studio de jeux vidéo Kylotonn a reçu 5 millions d'euros.", {"Kylotonn"}),
    ("Troisième, la plateforme de freelances LeHibou obtient 6 millions d'euros.", {"LeHibou"}),
    ("U.S. lessor Aerolease Aviation ordered ten jets.", {"Aerolease Aviation"}),
    ("La holding a cédé le réassureur PartnerRe pour 9 milliards de dollars.", {"PartnerRe"}),
]

DEAL_VERBS = [
    ("Avec un tour de 9 millions de dollars, Linkfluence conclut la plus grosse levée.", {"Linkfluence"}),
    ("En mars, Orvane a conclu un accord avec Tarsel.", {"Orvane", "Tarsel"}),
]


@pytest.mark.parametrize(
    ("text", "parties"),
    FOREIGN_CAPITALS
    + LOWER_CASE_FIRST
    + ASIDES
    + FUNDING_SOURCES
    + ROUNDS_OF
    + PLACE_POSSESSIVES
    + KIND_NOUNS
    + DEAL_VERBS
    + TRADE_COMPOUNDS
    + TIME_PHRASE_SUBJECTS
    + FIRM_AFTER_ORIGIN
    + OWNERS_OF_WHAT_THEY_MOVE
    + LOST_PARTIES,
)
def test_reads_the_organisation(text: str, parties: set[str]) -> None:
    found = _parties(text)
    assert parties <= found, f"missed {parties - found} in {found}"


@pytest.mark.parametrize(
    ("text", "not_parties"),
    [
        # A person whose first name opens with a foreign capital, after a role.
        ("« Nous grandissons », a dit Łukasz Nowak, directeur général de Tarsel.", {"Łukasz Nowak", "Łukasz"}),
        # A product in lower case with an inner capital, no anchor: no firm.
        ("Sales of the iPhone rose in the quarter.", {"iPhone"}),
        # People after a compound noun of people: a lawmaker, a filmmaker.
        ("The bill was backed by lawmaker Ro Khanna and filmmaker Ava Duvernay.", {"Ro Khanna", "Ava Duvernay"}),
        # A bare participle without an aside names no subject; a person's aside stays a person.
        ("Le montant levé sera investi en Europe.", {"Le"}),
        ("Marie Dupont a, quant à elle, signé la préface.", {"Marie Dupont"}),
        # Support from people or places is no investor.
        ("The plan won support from Paris and backing from its staff.", {"Paris"}),
        # A round of own funds names no company; a mayor after a city's possessive is a person.
        ("La levée de 5 millions d'euros de fonds propres est close.", {"fonds propres"}),
        ("Paris's mayor Anne Hidalgo approved the plan.", {"Anne Hidalgo", "Paris"}),
        # A venture capitalist is a person; a body's title holding "and" is one party, not its first word.
        ("Brad Feld, a venture capitalist for two decades, agreed.", {"Brad Feld"}),
        ("Dubai's Roads and Transport Authority plans to test drones.", {"Roads"}),
        # A billionaire owning a fund stays a person; a number with thousands separators is no firm.
        ("Le fonds du milliardaire Yuri Milner a investi.", {"Yuri Milner"}),
        ("Jean Coutu a conclu l'achat de 1 539 pharmacies.", {"1 539"}),
        # A person moving "his" forecast is no firm.
        ("Last week Smithers raised his forecast for the year.", {"Smithers"}),
        # A person lost, or a loss of something, is no party.
        ("The loss of Marie Dupont hurt the team; the loss of Revenue was small.", {"Marie Dupont", "Revenue"}),
        # A kind noun alone, opening a sentence, is no name.
        ("La plateforme a séduit 10 000 clients. The studio said sales rose.", {"La plateforme", "The studio"}),
    ],
)
def test_leaves_near_misses_silent(text: str, not_parties: set[str]) -> None:
    found = _parties(text)
    assert not (not_parties & found), f"wrongly read {not_parties & found} as parties"


@pytest.mark.parametrize(
    ("text", "not_party"),
    [
        ("Engie, l'ancien GDF Suez, a officialisé le changement.", "Suez"),
        ("Le directeur général délégué, Thierry Bolloré, a été promu.", "Bolloré"),
        ("Estée Lauder and Coty are both pursuing the Tom Ford licence.", "Ford"),
        ("The order names the supply vessel Skarven Shell for three months.", "Shell"),
    ],
)
def test_a_known_name_ending_a_longer_name_is_not_read_alone(text: str, not_party: str) -> None:
    """A known company's name after a capitalised word inside a sentence ends another name: a group, a person."""
    assert not_party not in _parties(text)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The deal with rival Google and Chinese Tencent was signed.", {"Google", "Tencent"}),
        ("Le contrat a été signé par le groupe Renault et le japonais Nissan.", {"Renault", "Nissan"}),
        ("Analysts said Tuesday Apple would gain.", {"Apple"}),
    ],
)
def test_a_known_name_after_a_descriptive_word_stays(text: str, parties: set[str]) -> None:
    assert parties <= _parties(text)
