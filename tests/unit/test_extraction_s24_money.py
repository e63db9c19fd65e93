"""Session 24 (money): funding rounds and results stories as real articles write them.

Paraphrases with invented names: common first names make people, not firms ("Lucie", "Travis"); "Total" before a
metric is the adjective; a results headline names the company a figure-only body is about; segment revenue, analysts'
estimates and a consensus provider are not the company's; round sizes are no valuation; participants after "and
supported by", headline verbs of money raised ("snags"), "X ended up leading Y's round", "X led rounds in A, B and C",
"le site X", and a fronted French lead of a round that sets a price. Near misses must keep their old reading.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import event_amounts as _events
from tests.unit.extraction_helpers import event_pairs as _parties
from tests.unit.extraction_helpers import extract_body as _extract


def _companies(body: str, title: str = "") -> set[str]:
    return {e.name for e in _extract(body, title).entities if e.type == "company"}


# --- first names: people, not firms ---------------------------------------------------------------------------


def test_added_first_name_makes_a_person_not_the_company_of_an_anaphor() -> None:
    body = (
        "Deux semaines après le lancement de Korvia par Lucie Vantoux, c'est une autre startup qui annonce une levée. "
        "Aujourd'hui, la société annonce un tour de table de 5 millions d'euros mené par Dorvane Capital."
    )
    assert "Lucie Vantoux" not in _companies(body)
    assert not any(o == "Lucie Vantoux" for _, o in _parties(body, "investment"))


def test_added_first_name_speaker_is_no_company_of_a_later_round() -> None:
    body = (
        "Brelmont a récolté 1,2 milliard de dollars. Selon Travis Kellner, directeur général de Brelmont, les fonds "
        "permettront à l'entreprise d'investir. Travis Kellner, s'exprimant sur un forum, n'a pas voulu dire qui a "
        "investi dans Brelmont. Lorsque l'entreprise avait levé en juin 1 milliard de dollars, elle avait été "
        "valorisée à 18,2 milliards."
    )
    assert "Travis Kellner" not in _companies(body)
    assert ("Brelmont", None, 18.2e9) in _events(body, "valuation")


# --- "Total" as an adjective ---------------------------------------------------------------------------------


def test_total_before_a_described_metric_is_no_company() -> None:
    body = (
        "Korvia Inc said its quarterly revenue rose 11% to $1.01 billion. Total advertising revenue was $885 million, "
        "an increase of 12%."
    )
    assert "TotalEnergies" not in _companies(body)


def test_total_series_funding_leaves_the_round_to_its_company() -> None:
    body = (
        "Korvia has extended its Series B round, raising $86 million led by Dorvane Capital. Total Series B funding "
        "now stands at €131 million. Previous investors include Brelmont Ventures and Tessaline Partners."
    )
    assert "TotalEnergies" not in _companies(body)
    assert ("Brelmont Ventures", "Korvia") in _parties(body, "investment")


def test_total_the_company_before_a_verb_stays_the_company() -> None:
    assert "TotalEnergies" in _companies("Total plans investments of $3 billion in Korvia's solar farms.")


def test_orange_before_a_french_verb_stays_the_company() -> None:
    body = "Orange aurait ouvert des discussions préliminaires avec Bouygues en vue de racheter le groupe."
    assert any(s == "Orange" for s, _ in _parties(body, "acquisition"))


# --- results stories ---------------------------------------------------------------------------------------------


def test_results_headline_names_the_company_of_a_figure_only_body() -> None:
    body = (
        "The company has announced its annual results for the year to 31 March and these have revealed a 15.4% "
        "increase in revenue to $372.1m (2018: $322.4m) whilst underlying pre-tax profits more than doubled to $20.2m."
    )
    revenue = _events(body, "revenue", title="Brelvox \u2013 final results")
    assert ("Brelvox", None, 372.1e6) in revenue


def test_french_results_headline_names_its_company() -> None:
    body = (
        "Soutenu par une croissance solide en Europe, le chiffre d'affaires a augmenté de 17% pour atteindre "
        "630 millions d'euros au cours du semestre clos fin juin."
    )
    title = "Les ventes de Dorvello dépassent les prévisions au premier semestre"
    assert ("Dorvello", None, 630e6) in _events(body, "revenue", title=title)


def test_headline_without_results_words_names_no_owner() -> None:
    body = "Le chiffre d'affaires a augmenté de 17% pour atteindre 630 millions d'euros au premier semestre."
    assert "Dorvello" not in _companies(body, title="Dorvello \u2013 un nouveau chapitre")


def test_turnover_opening_a_subtitle_is_no_company() -> None:
    body = (
        "Turnover up 30% to £1.3bn with solid growth in all divisions\n\n"
        "Support services group Korvia Ltd has reported a 12% rise in pre-tax profit to £56.6m for the year."
    )
    assert "Turnover" not in _companies(body)


def test_segment_revenue_named_by_its_line_is_not_the_company_total() -> None:
    body = (
        "Korvia Holdings reported turnover of £261.3 million in the year to March while construction revenue was "
        "£193.5 million."
    )
    amounts = {a for _, _, a in _events(body, "revenue")}
    assert 193.5e6 not in amounts
    assert 261.3e6 in amounts


def test_a_kind_word_before_the_company_keeps_its_revenue() -> None:
    body = "Korvia Holdings, a construction group, posted revenue of £300 million last year."
    assert {a for _, _, a in _events(body, "revenue")} == {300e6}


def test_consensus_figure_governed_by_the_estimate_is_not_a_forecast() -> None:
    body = (
        "Korvia Inc posted revenue of $16.6 billion for the fourth quarter. Revenue of $16.6 billion in Q4 beat a "
        "consensus analyst forecast for revenue to rise 26% year over year to $16.4 billion."
    )
    assert 16.4e9 not in {round(a or 0, -7) for _, _, a in _events(body, "revenue")}


def test_consensus_provider_is_not_the_owner_of_a_label_line() -> None:
    body = (
        "Korvia Inc beat on earnings and revenue in its fourth-quarter report on Thursday. That may not compare "
        "with the $39.18 billion expected by Dorvane Data. Revenue: $40.1 billion."
    )
    assert not any(s == "Dorvane Data" for s, _, _ in _events(body, "revenue"))


# --- rounds and valuations ---------------------------------------------------------------------------------------


def test_participants_after_and_supported_by() -> None:
    body = (
        "Korvia has raised $12.5 million in a seed funding round led by Dorvane Capital and supported by Brelmont "
        "Ventures, Tessaline Partners and Vantor Capital."
    )
    parties = _parties(body, "investment")
    assert {("Brelmont Ventures", "Korvia"), ("Tessaline Partners", "Korvia"), ("Vantor Capital", "Korvia")} <= parties


def test_headline_verb_snags_raises_money_from_its_investor() -> None:
    assert ("Dorvane Capital", "Korvia", 40e6) in _events(
        "Korvia snags $40 million from Dorvane Capital.", "investment"
    )


def test_snags_a_contract_stays_no_round() -> None:
    body = "Korvia bags $40 million contract from Dorvane Capital."
    assert not _events(body, "investment")


def test_ended_up_leading_a_possessive_round_carries_its_amount() -> None:
    body = "Dorvane Capital ended up leading Korvia's $33 million Series B round, which was announced this month."
    assert ("Dorvane Capital", "Korvia", 33e6) in _events(body, "investment")


def test_led_rounds_in_several_companies() -> None:
    body = "This week Dorvane Capital led rounds in Korvia Inc, Brelmont Labs and Tessaline Inc."
    assert _parties(body, "investment") == {
        ("Dorvane Capital", "Korvia"),
        ("Dorvane Capital", "Brelmont Labs"),
        ("Dorvane Capital", "Tessaline"),
    }


def test_leading_talks_is_no_round() -> None:
    assert not _events("Dorvane Capital is expected to lead the talks with Korvia Inc on a merger.", "investment")


def test_a_round_worth_its_size_is_no_valuation() -> None:
    body = "Grab raised $1.46 billion from Korvia Fund. Grab's Series H is now worth $4.5 billion in total."
    assert not _events(body, "valuation")
    assert ("Korvia Fund", "Grab", 1.46e9) in _events(body, "investment")


def test_le_site_names_a_company() -> None:
    body = "Le site Korvia a annoncé, mercredi 22 septembre, avoir levé 178 millions d'euros."
    assert (None, "Korvia", 178e6) in _events(body, "investment")


def test_le_site_of_a_place_names_no_company() -> None:
    assert not _companies("Le site de Dunkerque emploie 300 personnes et le site sera agrandi en 2027.")


def test_fronted_french_leads_of_a_round_that_sets_a_price() -> None:
    body = (
        "Menée par des fonds renommés comme Dorvane Capital, Brelmont Partners et Tessaline Ventures, aux côtés "
        "d'autres investisseurs, cette opération valorise Databricks à 62 milliards de dollars."
    )
    parties = _parties(body, "investment")
    assert {("Dorvane Capital", "Databricks"), ("Brelmont Partners", "Databricks")} <= parties
    assert ("Tessaline Ventures", "Databricks") in parties
    assert ("Databricks", None, 62e9) in _events(body, "valuation")


def test_fronted_lead_without_a_price_reads_no_round() -> None:
    body = "Menée par Dorvane Capital, cette opération a permis à Databricks de recruter 200 personnes."
    assert not _events(body, "investment")


# --- headline and label words -------------------------------------------------------------------------------------


def test_headline_subject_set_off_by_a_description() -> None:
    title = "Korvelle, le jeu vidéo qui aide les enfants, lève 5 millions d'euros"
    body = "Des milliers d'enfants utilisent Korvelle depuis 2018 pour apprendre à lire."
    assert (None, "Korvelle", 5e6) in _events(body, "investment", title=title)


def test_headline_description_without_a_verb_after_it_names_no_company() -> None:
    title = "Korvelle, le jeu vidéo qui aide les enfants"
    body = "Des milliers d'enfants utilisent Korvelle depuis 2018 pour apprendre à lire."
    assert "Korvelle" not in _companies(body, title=title)


def test_french_tech_is_an_ecosystem_not_a_company() -> None:
    body = (
        "L'esprit d'innovation règne sur la French Tech en ce moment. Aujourd'hui, Korvia annonce un tour de table "
        "de 5 millions d'euros mené par Dorvane Capital."
    )
    assert "French Tech" not in _companies(body)


def test_demonstrative_pronoun_is_no_company() -> None:
    body = (
        "Korvia a levé 5 millions d'euros auprès de Dorvane Capital. Celle-ci porte à 20 millions d'euros le montant "
        "total levé par l'entreprise."
    )
    assert "Celle-ci" not in _companies(body)


def test_french_company_counting_its_shareholders() -> None:
    body = "Korvia compte Dorvane Capital et Brelmont Partners parmi ses actionnaires."
    assert _parties(body, "investment") == {("Dorvane Capital", "Korvia"), ("Brelmont Partners", "Korvia")}


def test_french_company_counting_its_customers_is_no_investment() -> None:
    body = "Korvia compte Dorvane Capital et Brelmont Partners parmi ses clients."
    assert not _events(body, "investment")


def test_listed_investor_with_a_second_name_after_a_dash() -> None:
    body = (
        "Korvia a levé 6 millions d'euros auprès de la Banque des Territoires - Caisse des Dépôts, Dorvane Capital, "
        "Brelmont Partners et Tessaline Ventures."
    )
    parties = _parties(body, "investment")
    assert {("Dorvane Capital", "Korvia"), ("Brelmont Partners", "Korvia"), ("Tessaline Ventures", "Korvia")} <= parties


def test_lower_case_rubric_names_no_company() -> None:
    title = "Du jamais-vu : Korvia lève 1 milliard d'euros"
    body = "Du jamais-vu. Korvia a bouclé un tour de table de 1 milliard d'euros mené par Dorvane Capital."
    assert "jamais-vu" not in {c.casefold() for c in _companies(body, title=title)}
    assert "du jamais-vu" not in {c.casefold() for c in _companies(body, title=title)}


def test_sales_to_be_in_a_range_is_an_outlook() -> None:
    body = "Korvia Inc said it expects first-quarter sales to be in the range of $34.5 billion to $37 billion."
    assert ("Korvia", None, 35.75e9) in _events(body, "revenue")


def test_sales_to_a_customer_is_no_outlook() -> None:
    body = "Korvia Inc's sales to be made to Brelmont Corp include turbines and spare parts."
    assert not _events(body, "revenue")


def test_rubric_name_opening_like_an_article_stays_a_company() -> None:
    title = "Lavrelle : croissance de plus de 7% du CA en 2023"
    body = "Lavrelle affiche pour l'année écoulée un chiffre d'affaires de 761,2 millions d'euros. Lavrelle vise plus."
    assert ("Lavrelle", None, 761.2e6) in _events(body, "revenue", title=title)
