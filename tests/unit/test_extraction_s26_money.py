"""Session 26 (money): funding rounds as real articles write them, in English and French.

Paraphrases with invented names: investors listed after their nationality (« auprès de l'américain A et du
britannique B », « auprès d'investisseurs déjà actionnaires - les Américains A et B et le Français C - »), an
investor let into the company's capital (« en faisant entrer le fonds A à son capital », "brought in A as a new
investor"), a round's lead or its roster as the subject of a copula in the sentence after the round ("The lead
investor in the new round is A", "The Series B investors featured A and B"). Near misses must keep their old
reading.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import event_amounts as _events
from tests.unit.extraction_helpers import event_pairs as _parties
from tests.unit.extraction_helpers import extract_body as _extract

# --- investors named after their nationality -----------------------------------------------------------------


def test_french_investors_each_after_a_nationality() -> None:
    body = (
        "La biotech lilloise Varneo a levé 18 millions d'euros auprès de l'américain Quillmark Partners et du "
        "britannique Dornhill Capital."
    )
    found = _events(body, "investment")
    assert ("Quillmark Partners", "Varneo", 18e6) in found
    assert ("Dornhill Capital", "Varneo") in {(s, o) for s, o, _ in found}


def test_french_existing_investors_in_a_dash_aside() -> None:
    body = (
        "La medtech Varneo annonce avoir levé 32 millions d'euros auprès d'investisseurs déjà actionnaires - les "
        "Américains Quillmark Partners et Dornhill Capital et le Français Selvane Gestion - et d'autres fonds."
    )
    assert {
        ("Quillmark Partners", "Varneo"),
        ("Dornhill Capital", "Varneo"),
        ("Selvane Gestion", "Varneo"),
    } <= _parties(body, "investment")


def test_a_client_after_the_list_is_no_nationality() -> None:
    # "du client" is no nationality: the list of investors stops at the first one.
    body = "La start-up Varneo a levé 5 millions d'euros auprès de Quillmark Partners et du client Dornhill Capital."
    assert ("Dornhill Capital", "Varneo") not in _parties(body, "investment")


# --- an investor let into the company's capital --------------------------------------------------------------


def test_fund_let_into_the_capital_by_a_gerund() -> None:
    body = (
        "La start-up Varneo a réalisé une extension de son amorçage, en faisant entrer le fonds Quillmark Partners "
        "à son capital."
    )
    found = _extract(body).events
    investments = [(e.subject.name, e.object.name, e.modality) for e in found if e.type == "investment"]
    assert ("Quillmark Partners", "Varneo", "fact") in [(s, o, m) for s, o, m in investments if s and o]


def test_two_investors_welcomed_into_the_capital_and_a_planned_entry() -> None:
    assert {("Quillmark Partners", "Varneo"), ("Dornhill Capital", "Varneo")} <= _parties(
        "La société Varneo accueille Quillmark Partners et Dornhill Capital dans son capital.", "investment"
    )
    planned = _extract("La start-up Varneo va faire entrer Quillmark Partners au capital.").events
    assert [(e.subject and e.subject.name, e.modality) for e in planned if e.type == "investment"] == [
        ("Quillmark Partners", "plan")
    ]


def test_letting_a_firm_into_a_market_is_no_investment() -> None:
    body = "La start-up Varneo a fait entrer Quillmark Partners dans le marché chinois l'an dernier."
    assert ("Quillmark Partners", "Varneo") not in _parties(body, "investment")


# --- the lead or the roster as the copula's subject after the round ---------------------------------------------


def test_lead_investor_as_the_subject_of_a_copula() -> None:
    body = (
        "Logistics startup Harvo has raised $6 million in a Series A round. The lead investor in the new round is "
        "Quillmark Partners, a Singapore-based firm. Other participants include Dornhill Capital."
    )
    pairs = _parties(body, "investment")
    assert {("Quillmark Partners", "Harvo"), ("Dornhill Capital", "Harvo")} <= pairs


def test_round_investors_featured_after_the_round() -> None:
    body = (
        "Harvo, a freight app, raised $30 million in a Series B round. The Series B investors featured Quillmark "
        "Partners, Dornhill Capital and Selvane Ventures."
    )
    assert {
        ("Quillmark Partners", "Harvo"),
        ("Dornhill Capital", "Harvo"),
        ("Selvane Ventures", "Harvo"),
    } <= _parties(body, "investment")


def test_a_lead_investor_of_another_story_is_no_round() -> None:
    # A copula about a fund's own role, with no round told in the story, invents no investee.
    body = "Quillmark Partners said its lead investor is a pension fund."
    assert _parties(body, "investment") == set()


# --- a fronted place, then the subject and its apposition ------------------------------------------------------


def test_subject_after_a_fronted_place_keeps_its_round() -> None:
    body = (
        "In Portugal, Harvo, a Lisbon-based startup founded in 2022, secured a $12 million Series A round led by "
        "Quillmark Partners."
    )
    assert ("Quillmark Partners", "Harvo", 12e6) in _events(body, "investment")


def test_a_company_inside_the_fronted_phrase_is_still_no_subject() -> None:
    # "After Quillmark Partners, Dornhill Capital bought ...": the company after the closing comma acts.
    body = "After Quillmark Partners, Dornhill Capital bought Selvane Gestion for $40 million."
    pairs = _parties(body, "acquisition")
    assert ("Dornhill Capital", "Selvane Gestion") in pairs
    assert ("Quillmark Partners", "Selvane Gestion") not in pairs


# --- "from" after a movement verb names a place, no investor -----------------------------------------------------


def test_expanding_from_a_country_names_no_investor() -> None:
    body = (
        "Dutch health company Harvo has raised €60 million in Series B funding to expand from the Netherlands into "
        "other European markets."
    )
    assert _parties(body, "investment") == {(None, "Harvo")}


def test_an_investor_before_the_purpose_is_still_read() -> None:
    body = "Harvo has raised €8 million from Quillmark Partners to expand into Spain."
    assert ("Quillmark Partners", "Harvo", 8e6) in _events(body, "investment")


# --- a startup hub's possessive places the company -------------------------------------------------------------


def test_city_possessive_before_the_raiser() -> None:
    body = "Leipzig\u2019s Harvo has raised $14 million in a Series A funding round."
    assert _parties(body, "investment") == {(None, "Harvo")}


def test_a_known_firm_named_after_a_city_keeps_its_name() -> None:
    body = "Harvo raised $3 million from Halifax Ventures and Quillmark Partners."
    assert ("Halifax Ventures", "Harvo") in _parties(body, "investment")


# --- a known firm the raiser is likened to is no party -----------------------------------------------------------


def test_the_model_of_a_comparison_does_not_take_the_round() -> None:
    body = (
        "Harvo, a payments provider sometimes described as \u2018Stripe for Africa,\u2019 raised a $12M Series A. "
        "Quillmark Partners led the round."
    )
    pairs = _parties(body, "investment")
    assert ("Quillmark Partners", "Harvo") in pairs
    assert not any(o == "Stripe" for _, o in pairs)


def test_a_known_firm_named_without_a_comparison_stays_a_party() -> None:
    body = "Harvo raised $12 million from Stripe and Quillmark Partners."
    assert ("Stripe", "Harvo") in _parties(body, "investment")


# --- French kind nouns and the money's own noun --------------------------------------------------------------------


def test_marketplace_as_a_french_kind_noun() -> None:
    body = "La marketplace Varneo a levé 60 millions d'euros auprès de Quillmark Partners."
    assert ("Quillmark Partners", "Varneo", 60e6) in _events(body, "investment")


def test_envelope_brought_by_investors_after_a_valuation() -> None:
    body = (
        "La fintech Varneo vaut désormais 2,2 milliards d'euros grâce à une enveloppe de 210 millions d'euros "
        "apportée par Quillmark Partners et Dornhill Capital."
    )
    found = _events(body, "investment")
    assert ("Quillmark Partners", "Varneo", 210e6) in found
    assert ("Dornhill Capital", "Varneo") in {(s, o) for s, o, _ in found}


def test_an_envelope_with_no_backer_is_no_round() -> None:
    body = "La fintech Varneo a prévu une enveloppe de 2 millions d'euros pour ses salariés."
    assert _parties(body, "investment") == set()


# --- a plural relative values both coordinated companies -----------------------------------------------------------


def _valued(body: str) -> set[tuple[str | None, float | None]]:
    return {
        (e.subject.name if e.subject else None, e.valuation.value if e.valuation else None)
        for e in _extract(body).events
        if e.type == "valuation"
    }


def test_two_rivals_valued_by_one_plural_relative() -> None:
    body = (
        "With the round, Harvo overtakes rivals Quillmark and Dornhill, which have recently been valued at $2 billion."
    )
    assert {("Quillmark", 2e9), ("Dornhill", 2e9)} <= _valued(body)


def test_a_singular_relative_values_only_the_last_company() -> None:
    body = "With the round, Harvo overtakes rivals Quillmark and Dornhill, which was valued at $2 billion."
    assert ("Quillmark", 2e9) not in _valued(body)


# --- more raise verbs, and a described first member of the investors' group ---------------------------------------


def test_raked_in_from_existing_investors_with_a_described_member() -> None:
    body = (
        "Munich grocery app Harvo has raked in €90 million from existing investors including Dutch retail giant "
        "Quillmark Partners."
    )
    assert ("Quillmark Partners", "Harvo", 90e6) in _events(body, "investment")


def test_raked_in_revenue_stays_revenue() -> None:
    assert _parties("Harvo raked in $900 million in revenue last year.", "investment") == set()


def test_founders_of_a_firm_are_no_member_of_the_group() -> None:
    body = "Harvo raised $10 million from existing investors including founders of rival Quillmark Partners."
    assert ("Quillmark Partners", "Harvo") not in _parties(body, "investment")


# --- a hyphenated place heading a revenue clause ------------------------------------------------------------------


def _revenues(body: str) -> set[tuple[str | None, float | None]]:
    return {
        (e.subject.name if e.subject else None, e.amount.value if e.amount else None)
        for e in _extract(body).events
        if e.type == "revenue"
    }


def test_revenue_of_a_hyphenated_region_is_no_company_revenue() -> None:
    body = (
        "Sur l'ensemble de l'année 2024, la société Varneo a réalisé un chiffre d'affaires de 64 millions d'euros. "
        "Aux Etats-Unis et au Canada, le chiffre d'affaires s'inscrit en 2024 en hausse de 8 % à 5,2 millions d'euros."
    )
    found = _revenues(body)
    assert ("Varneo", 64e6) in found
    assert ("Varneo", 5.2e6) not in found


def test_company_revenue_after_the_year_is_still_read() -> None:
    body = "Sur l'ensemble de l'année 2024, la société Varneo a réalisé un chiffre d'affaires de 64 millions d'euros."
    assert ("Varneo", 64e6) in _revenues(body)


# --- an origin adjective before a name is no part of it ---------------------------------------------------------


def test_focused_and_born_adjectives_are_no_part_of_the_name() -> None:
    assert ("Quillmark Partners", "Harvo") in _parties(
        "Africa-focused Harvo raised $9 million from Quillmark Partners.", "investment"
    )
    assert ("Dornhill Ventures", "Harvo") in _parties(
        "US-born Dornhill Ventures led a $9 million round in Harvo.", "investment"
    )


def test_a_name_with_a_hyphen_inside_keeps_it() -> None:
    body = "Harvo raised $9 million from Quillmark-Dornhill Partners."
    assert ("Quillmark-Dornhill Partners", "Harvo") in _parties(body, "investment")


# --- a brand written with a lower-case head and an inner capital ---------------------------------------------------


def test_lower_headed_camel_case_brand_raises_and_invests() -> None:
    assert ("Quillmark Partners", "zorvaPay", 9e6) in _events(
        "zorvaPay, a remittance app, raised $9 million from Quillmark Partners.", "investment"
    )
    assert ("northWind Capital", "Tarvelo", 12e6) in _events(
        "Tarvelo has raised $12 million from northWind Capital and Dornhill Ventures.", "investment"
    )


def test_all_lower_case_words_mid_sentence_are_still_no_firm() -> None:
    found = _events("Tarvelo raised $9 million from northwind capital and Dornhill Ventures.", "investment")
    assert ("Dornhill Ventures", "Tarvelo", 9e6) in found
    assert all(s is None or "northwind" not in s.lower() for s, _, _ in found)


# --- the money as a passive verb's subject ---------------------------------------------------------------------------


def test_amount_raised_by_a_company_is_its_round_without_investor() -> None:
    assert (None, "Tarvelo", 40e6) in _events(
        "Last spring, $40 million was raised by Tarvelo in its Series A.", "investment"
    )
    assert (None, "Tarvelo", 12e6) in _events(
        "Some $12 million has been secured by fintech startup Tarvelo.", "investment"
    )


def test_amount_raised_by_several_companies_is_a_shared_total() -> None:
    found = _events("In 2025, $79 million was raised by Tarvelo, Brenquist and Dornhill.", "investment")
    assert {(None, "Tarvelo", None), (None, "Brenquist", None), (None, "Dornhill", None)} <= found
    assert all(amount is None for _, _, amount in found)


def test_a_contract_or_a_target_raised_by_a_firm_is_no_round() -> None:
    assert not _events("A $40 million contract was secured by Tarvelo.", "investment")
    assert not _events("Its price target was raised by Quillmark Partners to $40.", "investment")


def test_raiser_described_with_an_acronym_before_its_kind_noun() -> None:
    found = _events("Of the total, $79 million was raised by B2B freight startup Tarvelo alone.", "investment")
    assert (None, "Tarvelo", 79e6) in found
    assert all(o != "B2B" for _, o, _ in found)


# --- a round told as its company's possession, no verb ------------------------------------------------------------


def test_possessive_rounds_in_a_roundup_are_one_investment_each() -> None:
    found = _events(
        "The week's largest deals included Tarvelo's $11 million round and Brenquist's $8 million Series A.",
        "investment",
    )
    assert {(None, "Tarvelo", 11e6), (None, "Brenquist", 8e6)} <= found


def test_possessive_round_led_by_an_investor_keeps_its_investor() -> None:
    assert _events("Quillmark Partners led Tarvelo's $11 million round.", "investment") == {
        ("Quillmark Partners", "Tarvelo", 11e6)
    }


def test_possessive_amount_that_is_no_round_is_no_investment() -> None:
    assert not _events("Tarvelo's $40 million revenue rose by a third.", "investment")


def test_possessive_round_with_its_own_passive_lead_is_the_leads_only() -> None:
    found = _events(
        "Brenquist's $6 million seed round was co-led by Quillmark Partners and Dornhill Capital.", "investment"
    )
    assert ("Quillmark Partners", "Brenquist") in {(s, o) for s, o, _ in found}
    assert all(s is not None for s, _, _ in found)
