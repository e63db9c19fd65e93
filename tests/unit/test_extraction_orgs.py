"""Company recognition on phrasings of regional and foreign business news (our own sentences, EN and FR).

Each case names the parties a reader marks and the words that must NOT become a party (people, places,
services): a firm outside the knowledge base is only an event's party when it is recognised, and a person
or town read as a company costs precision.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.text import fold_case, normalise

CASES = [
    # A French kind noun, then its complement or an adjective of origin, then the name.
    ("Le groupe de travaux publics Vortane rachète un concurrent breton.", {"Vortane"}, set()),
    ("Le spécialiste des fondations spéciales Brameur emploie 300 personnes.", {"Brameur"}, set()),
    ("Le groupement héraultais Kelvidor reprendra le service au 1er janvier.", {"Kelvidor"}, set()),
    ("Le fabricant de forets de Castelbrune a été placé en redressement.", set(), {"Castelbrune"}),
    ("Le fonds du milliardaire Yuri Tamberg entre au capital.", set(), {"Yuri Tamberg"}),
    # A firm named after its founder or family; the boss of the same name stays a person.
    ("Le groupe Luc Marivaux négocie la cession de ses activités.", {"Luc Marivaux"}, set()),
    (
        "Le sort du groupe Pellerin est scellé, regrette son dirigeant, Vincent Pellerin.",
        {"Pellerin"},
        {"Vincent Pellerin"},
    ),
    ("La directrice générale Anne Morvan et le groupe Morvan ont signé.", {"Morvan"}, {"Anne Morvan"}),
    ("The company Jason Wendt founded was sold last year.", set(), {"Jason Wendt"}),
    # Lists with an article before the next name, and names with "du".
    (
        "Le groupe Quorvel, Tastrid et la Financière du Brion reprennent l'usine.",
        {"Quorvel", "Tastrid", "Financière du Brion"},
        set(),
    ),
    # A comma then "de <town>" is no list: the town is no firm.
    (
        "Il négocie avec l'entreprise Charvolle, de Montoir-de-Bretagne, la cession.",
        {"Charvolle"},
        {"Montoir-de-Bretagne"},
    ),
    ("La PME installée à Servon-sur-Vilaine, Dacrel, emploie 200 salariés.", set(), {"Servon-sur-Vilaine"}),
    # A subject verb in a relative clause after the name.
    ("Deuxième place pour Tessaly, qui boucle 15 millions d'euros.", {"Tessaly"}, set()),
    ("Bronze for Orbisense, which raised $12 million from angels.", {"Orbisense"}, set()),
    # Winning verbs name their subject.
    ("La PME n'est pas seule. Ravenel a obtenu une commande de l'armée.", {"Ravenel"}, set()),
    ("Brief. Kestrova landed a contract with the port authority.", {"Kestrova"}, set()),
    # An appositive that opens with a role describes a person, not a company.
    (
        "Oil company Statvik has chosen Helge Brandt, the head of engineering group Aker Moss, as CEO.",
        {"Statvik", "Aker Moss"},
        {"Helge Brandt"},
    ),
    ("Marta Lindqvist, the founder of the Swedish retailer, resigned.", set(), {"Marta Lindqvist"}),
    ("Le groupe de BTP Ravelin poursuit ses achats.", {"Ravelin"}, {"BTP Ravelin"}),
    ("Le breton Quintel et le vendéen Morlaix Embal signent.", {"Quintel", "Morlaix Embal"}, set()),
    # The initials of a party named before are that party.
    (
        "The contract with Northgate Revenue Service ends in June, and NRS will not renew it.",
        {"Northgate Revenue Service", "NRS"},
        set(),
    ),
    # The company of a founder's or a president's title is a company.
    ("Claire Ombredane, fondatrice de Veltria, recrute.", {"Veltria"}, {"Claire Ombredane"}),
    ("Paul Drent, founder of Quillmark, said sales doubled.", {"Quillmark"}, set()),
    ("Councilor Gary Holm voted against the Drayfield contract.", set(), {"Councilor", "Councilor Gary Holm"}),
    # A town's demonym, a plural kind noun, a merger, an appositive kind without article.
    ("Le vannetais Sorelec lève 12 millions d'euros.", {"Sorelec"}, set()),
    ("Le mois Prochain sera décisif.", set(), {"Prochain"}),
    ("Les groupes Marvaux et Tiercelin se rapprochent.", {"Marvaux", "Tiercelin"}, set()),
    ("La fusion de Brenhal et de Cotrelle est bouclée.", {"Brenhal", "Cotrelle"}, set()),
    ("Orvandi Grain Company (OGC), géant américain du négoce, prend le contrôle.", {"Orvandi Grain Company"}, set()),
    # A size in parentheses after a name; a manager's company; a common word in a headline's capitals.
    ("Fabrice Dorel dirige Brasselec (40 salariés) depuis 2010.", {"Brasselec"}, set()),
    ("Selon Anne Vidal, gérante de Toupiq, la reprise est faite.", {"Toupiq"}, set()),
    ("LE RACHAT D'UNE ENTREPRISE\n\nLe rachat d'une entreprise prend du temps.", set(), {"ENTREPRISE"}),
    # A possessive names the owner; an eponymous disease is no company; a place's possessive is no part of a name.
    (
        "Siena Biotech takes a stake in Aptuit's Italian unit, including Alzheimer's and Huntington's diseases.",
        {"Siena Biotech", "Aptuit"},
        {"Aptuit's Italian", "Alzheimer's", "Alzheimer", "Huntington's"},
    ),
    ("The co-leads are Beijing's Qintai Investments and Shenzhen Capital Group.", {"Qintai Investments"}, set()),
    # Subjects of plural, conditional and passive verbs; a firm before a title and a person.
    ("Tessaly et Norvik ont chacun levé 3 millions d'euros.", {"Tessaly", "Norvik"}, set()),
    ("Selon Les Échos, Astrelle aurait choisi un autre fournisseur.", {"Astrelle"}, set()),
    ("Tessaly agreed to be acquired by an affiliate of Halvard.", {"Tessaly", "Halvard"}, set()),
    ("Halvard made a minority investment in Pellion.", {"Pellion"}, set()),
    ("Orvane poached Quenby chief Claire Dufrenne.", {"Quenby"}, {"Claire Dufrenne"}),
    ("Former CEO Jane Roe left; group chief executive Paul Brand stays.", set(), {"Former"}),
    # A syndicate named in lower case is a public buyer; a union's acronym is not.
    ("Le syndicat Valmont a voté la résiliation du contrat avec Lumerra.", {"Valmont", "Lumerra"}, set()),
    ("Le syndicat CGT a appelé à la grève chez Lumerra.", {"Lumerra"}, {"CGT"}),
    # A listing in parentheses names no exchange operator.
    (
        "Partex NV and Fortress Biotech, Inc. (Nasdaq: FBIO) announced a collaboration.",
        {"Partex", "Fortress Biotech"},
        {"Nasdaq"},
    ),
    # A known group's name and a unit's head noun name the unit.
    ("Allianz Partners a choisi un nouveau prestataire.", {"Allianz Partners"}, {"Allianz"}),
    ("Siemens Energy cut its forecast again.", {"Siemens Energy"}, {"Siemens"}),
    ("Tencent Auto signed a cooperation deal with a chipmaker.", {"Tencent Auto"}, {"Tencent"}),
    # A name read alone first gives way to the longer one a list names.
    (
        "Les accords concernent Pelvor Renard Industries, Thomsal et Vitrex. Jean Dumas, président de Pelvor, a signé.",
        {"Pelvor Renard Industries", "Thomsal", "Vitrex"},
        set(),
    ),
    # A family that holds shares is a party; a family named as a holding's owner, or in a possessive, is not.
    ("La famille Dorval détient 40 % du capital.", {"famille Dorval"}, {"Dorval"}),
    ("The Brennan family sold its stake to a fund.", {"Brennan family"}, set()),
    ("Tessaly, la holding de la famille Dorval, a investi.", set(), {"famille Dorval"}),
    ("The Brennan family's Orvex bought it.", set(), {"Brennan family"}),
    # A sentence-opening name with a lower-case link is not cut to its last word.
    ("Research in Motion reported a higher profit on Wednesday.", set(), {"Motion"}),
    # A public body's own name after "syndicat (mixte)".
    (
        "Le contrat a été approuvé par le syndicat mixte Ondine et Vélora Métropole, qui réunit 80 communes.",
        {"Ondine et Vélora Métropole"},
        {"Ondine", "Vélora"},
    ),
]


def test_a_short_form_read_first_is_the_longer_name() -> None:
    kb = load_knowledge_base()
    body = normalise(
        "Jean Dumas, président de Pelvor, a signé. Les accords concernent Pelvor Renard Industries, Thomsal et Vitrex."
        " Pelvor Renard Industries emploie 900 personnes."
    )
    ids = {body[m.start : m.end]: m.id for m in find_companies(body, fold_case(body), kb)}
    assert ids["Pelvor"] == ids["Pelvor Renard Industries"] == "pelvor-renard-industries"


def test_initials_name_the_party_they_abbreviate() -> None:
    kb = load_knowledge_base()
    body = normalise("The contract with Northgate Revenue Service ends in June, and NRS will not renew it.")
    ids = {body[m.start : m.end]: m.id for m in find_companies(body, fold_case(body), kb)}
    assert ids["NRS"] == ids["Northgate Revenue Service"]


@pytest.mark.parametrize(("text", "parties", "not_parties"), CASES, ids=[case[0][:40] for case in CASES])
def test_recognises_parties(text: str, parties: set[str], not_parties: set[str]) -> None:
    kb = load_knowledge_base()
    body = normalise(text)
    found = {body[mention.start : mention.end] for mention in find_companies(body, fold_case(body), kb)}
    assert parties <= found, f"missed {parties - found} in {found}"
    assert not (not_parties & found), f"wrongly read {not_parties & found} as parties"


def _ids(text: str) -> dict[str, str]:
    kb = load_knowledge_base()
    body = normalise(text)
    return {body[m.start : m.end]: m.id for m in find_companies(body, fold_case(body), kb)}


def test_and_spelled_out_names_the_ampersand_company() -> None:
    ids = _ids("Shares of Marks and Spencer rose after Johnson and Johnson said it would sell a brand.")
    assert ids["Marks and Spencer"] == "marks-and-spencer"
    assert ids["Johnson and Johnson"] == "johnson-johnson"


def test_ampersand_initials_name_the_company() -> None:
    ids = _ids("Marks & Spencer opened 20 food halls. M&S said margins held; Tallow & Brine and T&B agreed.")
    assert ids["M&S"] == "marks-and-spencer"
    assert ids["T&B"] == ids["Tallow & Brine"]


def test_a_legal_suffix_loses_its_dot_at_the_end_of_a_sentence() -> None:
    ids = _ids("The carmaker will build cells with Korean battery maker Dunmore Innovation Co.")
    assert "Dunmore Innovation" in ids and not any(name.endswith(" Co") for name in ids)
