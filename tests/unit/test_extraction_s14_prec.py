"""Session 14, precision: structures that made the readers emit events the story does not tell.

Invented sentences only; each group has paraphrases that must give the event and near misses that must not
lose it.
"""

from __future__ import annotations

from tests.support.extraction import triples

# --- A wire's headline label ("Group : its unit did X") is no party when the unit after the colon acts --------


def test_french_label_then_agency_losing_a_budget() -> None:
    title = "PUBLICIS : l'agence Leo Burnett perd le budget McDonald's"
    text = "L'agence Leo Burnett, qui fait partie de la galaxie Publicis, a perdu le budget McDonald's."
    assert triples(text, "fr", prefix="customer_", title=title) == [("customer_end", "McDonald's", "Leo Burnett")]


def test_french_label_then_unit_named_right_after_the_colon() -> None:
    title = "WPP: Mindshare aurait perdu le budget média HSBC"
    text = "Mindshare, agence du géant britannique WPP, aurait perdu le budget média de HSBC."
    assert triples(text, "fr", prefix="customer_", title=title) == [("customer_end", "HSBC", "Mindshare")]


def test_french_label_with_an_unnamed_lost_client() -> None:
    title = "Havas : l'agence BETC perd le budget Peugeot"
    text = "L'agence BETC, filiale de Havas, a perdu le budget Peugeot au profit de Publicis."
    vendors = {obj for kind, _, obj in triples(text, "fr", prefix="customer_", title=title) if kind == "customer_end"}
    assert vendors == {"BETC"}


def test_english_label_then_agency_losing_an_account() -> None:
    title = "Publicis: agency Leo Burnett loses McDonald's account"
    text = "Leo Burnett, which is part of Publicis, has lost the McDonald's account to Omnicom."
    assert triples(text, "en", prefix="customer_", title=title) == [
        ("customer_end", "McDonald's", "Leo Burnett"),
        ("customer_start", "McDonald's", "Omnicom"),
    ]


def test_label_then_a_unit_buying_keeps_the_unit_as_buyer() -> None:
    title = "Vivendi : Canal+ rachète le groupe MultiChoice"
    text = "Canal+ a annoncé le rachat de MultiChoice."
    assert triples(text, "fr", types=("acquisition",), title=title) == [("acquisition", "Canal+", "MultiChoice")]


def test_near_miss_label_followed_by_the_verb_is_the_buyer() -> None:
    title = "Halma : acquiert Firetrace USA"
    text = "Le groupe britannique Halma a racheté Firetrace USA."
    assert triples(text, "fr", types=("acquisition",), title=title) == [("acquisition", "Halma", "Firetrace USA")]


def test_near_miss_english_label_followed_by_the_verb_is_the_buyer() -> None:
    title = "Halma: acquires Firetrace USA, LLC"
    text = "Halma plc said it bought Firetrace USA, LLC."
    assert triples(text, "en", types=("acquisition",), title=title) == [("acquisition", "Halma", "Firetrace USA")]


def test_near_miss_label_followed_by_a_person_keeps_the_company() -> None:
    title = "Renault : le numéro deux Patrick Pélata démissionne"
    text = "Le directeur général délégué de Renault quitte le groupe."
    assert triples(text, "fr", types=("leadership_change",), title=title) == [
        ("leadership_change", "Renault", None),
    ]
