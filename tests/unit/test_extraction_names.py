"""Company names within one story: aliases share one id, named by the form the story uses (our own sentences).

A story that introduces "Long Name Ltd (LN)" and then writes "LN" throughout is about LN: every mention
carries one id, so events and alerts about the company agree whichever form a sentence uses.
"""

from __future__ import annotations

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.text import fold_case, normalise


def _ids(text: str) -> dict[str, str]:
    kb = load_knowledge_base()
    body = normalise(text)
    return {body[m.start : m.end]: m.id for m in find_companies(body, fold_case(body), kb)}


def test_an_acronym_used_more_than_its_long_name_names_the_company() -> None:
    ids = _ids(
        "Cable maker Vantari Optical Systems Ltd (VOS) said it won an order. VOS will deliver in May,"
        " and VOS shares rose."
    )
    assert ids["Vantari Optical Systems"] == ids["VOS"] == "vos"


def test_a_long_name_used_as_often_keeps_its_name() -> None:
    ids = _ids("Le groupe Orvalis Mesures (OMG) signe un contrat. OMG confirme. Orvalis Mesures emploie 300 personnes.")
    assert ids["OMG"] == ids["Orvalis Mesures"] == "orvalis-mesures"


def test_a_public_body_keeps_its_title_however_often_abbreviated() -> None:
    ids = _ids(
        "Britain's Harbour Dredging Authority (HDA) ended its deal with Keltmarine. The HDA said it would retender,"
        " HDA added."
    )
    assert ids["HDA"] == ids["Harbour Dredging Authority"] != "hda"


def test_a_name_abbreviated_then_speaking_is_a_company() -> None:
    ids = _ids(
        "Le spécialiste savoyard des capteurs de pression Talvéra Mesures (TVM) grimpe en Bourse. TVM précise"
        " que la commande sera livrée en 2025."
    )
    assert ids["Talvéra Mesures"] == ids["TVM"]


def test_an_abbreviated_term_is_no_company() -> None:
    ids = _ids(
        "An Initial Public Offering (IPO) of Brenmoor drew demand; the IPO was covered 40 times, IPO said the desk."
    )
    assert "Initial Public Offering" not in ids and "IPO" not in ids


def test_a_short_form_of_a_known_company_takes_its_id() -> None:
    ids = _ids("Aozora Bank shares rose. The lender said profit held; Aozora will buy back stock.")
    assert ids["Aozora"] == ids["Aozora Bank"] == "aozora-bank"


def test_words_opening_a_sentence_and_recurring_mid_sentence_name_a_company() -> None:
    ids = _ids(
        "Medlane slides after Chemist Depot moves its business to Brevo\n\nChemist Depot has handed its supply"
        " contract to Brevo, Medlane said."
    )
    assert ids["Chemist Depot"] == "chemist-depot"


def test_people_and_places_opening_sentences_are_no_company() -> None:
    ids = _ids(
        "Wall Street has had a dull week. Central banker Joan Harlow said rates would hold, and Joan Harlow was"
        " calm. Market Analysts said Wall Street was quiet."
    )
    assert not {"Wall Street", "Joan Harlow", "Market Analysts"} & set(ids)


def test_a_brand_opening_with_a_lower_case_letter_and_a_digit_is_one_name() -> None:
    ids = _ids("Shares of the b4 Dairy Company Ltd rose after the b4 Dairy board renewed its supply deal.")
    assert ids["b4 Dairy Company"] == ids["b4 Dairy"]


def test_a_legal_form_after_two_names_joined_by_and_names_one_company() -> None:
    ids = _ids(
        "The order came from Coastal Freight and Harbour Logistics Services Ltd. Brenlo NV and Tarvik Labs Inc agreed."
    )
    assert "Coastal Freight and Harbour Logistics Services" in ids
    assert "Brenlo NV and Tarvik Labs" not in ids and "Tarvik Labs" in ids
