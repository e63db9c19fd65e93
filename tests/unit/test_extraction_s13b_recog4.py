"""Company recognition, round 10b: French trade nouns and more origin adjectives introduce a name.

A French story introduces a firm the knowledge base does not know by its trade ("le sous-traitant Kelvor", "la
biscuiterie Le Garrec", "l'agence Marc Lavoine" - a firm noun, so a founder's name stays a firm) or by a kind and an
adjective of origin the tables lacked ("le fournisseur bosniaque Drevik", "the Icelandic fintech Vexa"). Alone, a
supplier noun points to another party than the story's company, so "le fournisseur" is no anaphor. Each reader has
paraphrases it must read and near misses it must not.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le fournisseur bosniaque Drevik a cessé ses livraisons en août.", "Drevik"),
        ("Le sous-traitant Kelvor a été mis en redressement judiciaire.", "Kelvor"),
        ("Le prestataire Quenby gère les paiements depuis 2019.", "Quenby"),
        ("Elle appartient désormais à la biscuiterie Le Garrec, installée près de Vannes.", "Le Garrec"),
        ("Il a repris les activités françaises du façadier Ortalis Structures en mai.", "Ortalis Structures"),
        ("La coopérative Terrena a signé l'accord mardi.", "Terrena"),
        ("L'agence Marc Lavoine a remporté le budget.", "Marc Lavoine"),
        ("The Icelandic fintech Vexa closed its seed round on Monday.", "Vexa"),
    ],
)
def test_trade_or_origin_introduces_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le fournisseur a cessé ses livraisons en août.",  # a kind alone names nobody
        "La biscuiterie a fermé ses portes en mai.",
        "Marc Lavoine a remporté le prix du meilleur disque.",  # a person's name without a firm noun
    ],
)
def test_no_name_without_one(text: str) -> None:
    assert not _names(text) - {"Le Garrec"}


def test_agency_named_by_its_founder_loses_the_account() -> None:
    text = "L'agence Marc Lavoine a perdu le budget de Carrefour, qu'elle détenait depuis 2012."
    assert ("customer_end", "Carrefour", "Marc Lavoine") in triples(text, "fr")


def test_bought_by_a_biscuit_maker() -> None:
    text = "La société Kerbiscuit a été rachetée par la biscuiterie Le Garrec, installée à Guégon."
    assert ("acquisition", "Le Garrec", "Kerbiscuit") in triples(text, "fr", prefix="acq")


def test_supplier_noun_is_no_anaphor() -> None:
    """ "le fournisseur" after a story about Renault points to its supplier, not to Renault."""
    text = "Renault a perdu un procès. Le fournisseur a cessé ses livraisons."
    assert "Le fournisseur" not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mara Sciences raised $40m in a round led by Flagship.", "Mara Sciences"),  # a head noun: no person
        ("Julia Medical has agreed to be acquired by Stryker.", "Julia Medical"),
        ("Shares in Robert Kellan plummeted after the retailer dropped it.", "Robert Kellan"),
        ("The grocer dropped Robert Kellan; shares of Robert Kellan fell 20 per cent.", "Robert Kellan"),
        ("La néobanque Vexa a été rachetée par la Société Générale.", "Vexa"),
    ],
)
def test_firm_named_like_a_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Robert Kellan sold his shares in the company last year.",  # a person who holds shares
        "Julia Roberts raised $2m for charity.",
    ],
)
def test_person_stays_a_person(text: str) -> None:
    assert not {"Robert Kellan", "Julia Roberts"} & _names(text)


def test_head_noun_name_raises() -> None:
    text = "Mara Sciences raised $40m in a round led by Flagship Pioneering."
    assert ("investment", "Flagship Pioneering", "Mara Sciences") in triples(text, "en", prefix="inv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tout a changé lorsqu'Orvane a choisi Siemens pour ses rames.", ("customer_start", "Orvane", "Siemens")),
        ("C'est lorsqu'Orvane a racheté Kelvor que tout a basculé.", ("acquisition", "Orvane", "Kelvor")),
        ("Il a fallu attendre qu'Orvane rachète Kelvor.", ("acquisition", "Orvane", "Kelvor")),
        ("Puisqu'Orvane a racheté Kelvor, la donne change.", ("acquisition", "Orvane", "Kelvor")),
    ],
)
def test_name_glued_to_an_elided_conjunction(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Il faudra attendre jusqu'Octobre pour le savoir.",  # a month, no firm
        "Lorsqu'Internet a tout changé, les libraires ont souffert.",  # a common noun with a capital
    ],
)
def test_elided_conjunction_opens_no_name_alone(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Western Digital would buy SanDisk for $19 billion.", "Sandisk"),  # the base writes "Sandisk"
        ("Des pourparlers entre SanDisk et Micron ont eu lieu.", "Sandisk"),
        ("Microsoft a investi dans OpenAi en janvier.", "OpenAI"),
    ],
)
def test_known_name_with_another_inner_capital(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "McKellan said the plant would close.",  # a camel-cased surname the base does not know
        "The retailer sells the iPhone and the MacBook.",
    ],
)
def test_unknown_camel_word_is_not_a_known_company(text: str) -> None:
    assert not {"Sandisk", "OpenAI"} & _names(text)


def test_camel_cased_target_is_bought() -> None:
    assert ("acquisition", "Western Digital", "Sandisk") in triples(
        "Western Digital agreed to buy SanDisk for $19 billion.", "en", prefix="acq"
    )
