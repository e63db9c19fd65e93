"""Round 13 (session 16), customer relations in French sentences: readers for structures of labelled sentences.

Every sentence here is invented; each group has paraphrases as other reporters would write the same fact and near
misses that must not give it.
"""

from __future__ import annotations

import pytest

from streams.extraction.determined_acronyms import determined_acronyms
from tests.support.extraction import triples

# The giving verbs in every tense of a new contract: "ont attribué à", "confieront ... à", "a notamment accordé à".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les CFF ont attribué à Stadler Rail les 120 rames mises au concours.",
         ("customer_start", "CFF", "Stadler Rail")),
        ("Airbus confiera l'entretien de ses bancs d'essai au groupe Spie dès 2025.",
         ("customer_start", "Airbus", "Spie")),
        ("Safran va attribuer la maintenance de son usine de Gennevilliers au groupe Spie.",
         ("customer_start", "Safran", "Spie")),
        ("En 2019, Hydro-Québec a notamment accordé à Hitachi Energy un contrat de 60 millions $.",
         ("customer_start", "Hydro-Québec", "Hitachi Energy")),
        ("La Ville de Nantes a définitivement attribué à Elior la restauration scolaire.",
         ("customer_start", "Ville de Nantes", "Elior")),
        ("Hydro-Québec a accordé le contrat de maintenance des postes à Hitachi Energy.",
         ("customer_start", "Hydro-Québec", "Hitachi Energy")),
    ],
)
def test_giving_verbs_in_every_tense(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "fr", prefix="customer")


@pytest.mark.parametrize(
    "text",
    [
        # "accorder" gives anything: a loan, an interview, a delay.
        "Le groupe Orange a accordé un prêt à Vivendi pour financer un contrat.",
        "Orange accorde une interview exclusive à Reuters.",
        "Renault a accordé un délai de paiement à Valeo.",
        # The imperfect tells a standing supply, not a new contract.
        "Jusqu'ici, Apple confiait à Dialog Semiconductor la totalité de ses puces.",
    ],
)
def test_giving_verbs_near_misses(text: str) -> None:
    assert ("customer_start" not in {kind for kind, _, _ in triples(text, "fr", prefix="customer")})


# An acronym after a French article names an organisation: "la SNCB", "l'ONEE", "les CFF", "du CNES".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le constructeur Talgo a été choisi par la SNCB pour remplacer 300 automotrices.",
         ("customer_start", "SNCB", "Talgo")),
        ("Les CFF ont choisi Siemens pour leurs trains régionaux.", ("customer_start", "CFF", "Siemens")),
        ("Stadler livre à la STIB des trams depuis 2015.", ("customer_continue", "STIB", "Stadler")),
    ],
)
def test_determined_acronym_is_a_party(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "fr", prefix="customer")


def test_determined_acronyms_skip_common_nouns() -> None:
    text = "Le PDG a parlé de la TVA, de l'OPA et du TGV devant l'AMF, puis de la SNCB et de l'ONEE."
    assert [name for _, name, _ in determined_acronyms(text)] == ["SNCB", "ONEE"]


def test_spelled_out_acronym_keeps_its_long_name() -> None:
    text = "La Société des rédacteurs du Monde (SRM) a réuni ses membres ; la SRM votera lundi."
    assert determined_acronyms(text) == []


# The supplier named after "à", a few words past a giving or ordering verb, is a company even if nobody knows it:
# "commandait 125 voitures à deux niveaux à Bombardier", "a commandé 70 bus articulés à Evobus".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le loueur américain ILFC commandait 50 A320 Neo à Airbus.", ("customer_start", "ILFC", "Airbus")),
        (
            "Pour remplacer ses A380, Air France a décidé de commander à Airbus dix A350 de plus.",
            ("customer_start", "Air France", "Airbus"),
        ),
        (
            "Safran a attribué la maintenance de son usine de Gennevilliers à Spie.",
            ("customer_start", "Safran", "Spie"),
        ),
        ("Air France a commandé 40 navettes électriques à Ebusco.", ("customer_start", "Air France", "Ebusco")),
    ],
)
def test_receiver_after_a_giving_or_ordering_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "fr", prefix="customer")


@pytest.mark.parametrize(
    "text",
    [
        # A place after "à" is no supplier; a prize is no contract.
        "La RATP a commandé 70 bus qui seront livrés à Paris.",
        "La Ville a attribué un prix à Lyon.",
    ],
)
def test_receiver_near_misses(text: str) -> None:
    assert triples(text, "fr", prefix="customer") == []


# The supplier ranked among its customer's: "ABB, de loin le premier fournisseur d'Hydro-Québec, ...".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Depuis 2015, ABB, de loin le premier fournisseur d'Hydro-Québec, a obtenu des contrats.",
            [("customer_continue", "Hydro-Québec", "ABB")],
        ),
        ("ABB est le principal fournisseur de Metrolinx.", [("customer_continue", "Metrolinx", "ABB")]),
        (
            "Siemens et Hitachi Energy comptent parmi les plus importants fournisseurs d'Hydro-Québec.",
            [("customer_continue", "Hydro-Québec", "Hitachi Energy"), ("customer_continue", "Hydro-Québec", "Siemens")],
        ),
    ],
)
def test_supplier_ranked_among_its_customers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "fr", prefix="customer") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Rivals named after a supplier noun that opens the sentence; a market, not a customer.
        "Parmi les fournisseurs de la SNCB, Alstom et Siemens se disputent le marché.",
        "TSMC, le premier fournisseur mondial de puces, a publié ses résultats.",
        "Foxconn est le premier fournisseur de la région.",
    ],
)
def test_supplier_ranked_near_misses(text: str) -> None:
    assert triples(text, "fr", prefix="customer") == []


def test_confiding_to_a_reporter_is_no_contract() -> None:
    """"confier à X que ..." tells X something; "confier à X la maintenance" gives X a contract."""
    confided = "Le patron de Tencent a confié à Tech Crunch que la valeur avait augmenté."
    assert triples(confided, "fr", prefix="customer") == []
    assert triples("Airbus a confié à Capgemini la maintenance qu'assurait Atos.", "fr", prefix="customer") == [
        ("customer_start", "Airbus", "Capgemini")
    ]
