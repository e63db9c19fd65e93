"""Session 25 (money): funding rounds and results stories as real articles write them.

Paraphrases with invented names: a round's lead told by a copula in the sentence after it ("X was the lead
investor"), its partners in a later list ("Investor partners included A and B"), participants after "new investors
including" or after a lead's own verb ("X led the Series B, with participation from A and B"); revenue told of a
division, a segment named after « chiffre d'affaires », a region « dans la zone », the market's estimate after the
figure, "US dollars" and "Swiss francs", and "EPS" as no company. Near misses must keep their old reading.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import event_amounts as _events
from tests.unit.extraction_helpers import event_pairs as _parties
from tests.unit.extraction_helpers import extract_body as _extract


def _revenues(body: str, title: str = "") -> set[tuple[str | None, float | None, str | None]]:
    return {
        (e.subject.name if e.subject else None, e.amount.value if e.amount else None, e.amount and e.amount.currency)
        for e in _extract(body, title).events
        if e.type == "revenue"
    }


# --- the round's investors in the sentences after it ---------------------------------------------------------


def test_copula_lead_and_investor_partners_after_the_round() -> None:
    body = (
        "Korvia, a Berlin-based payments startup, said it raised $40 million in a Series C funding. Dorvane Capital "
        "was the lead investor. Investor partners included Brelmont Ventures, Tessaline Capital and Quorra Partners."
    )
    found = _events(body, "investment")
    assert ("Dorvane Capital", "Korvia", 40e6) in found
    assert {("Brelmont Ventures", "Korvia"), ("Tessaline Capital", "Korvia"), ("Quorra Partners", "Korvia")} <= {
        (s, o) for s, o, _ in found
    }
    assert (None, "Korvia", 40e6) not in found  # the unnamed round folds into its lead


def test_other_participants_included_after_the_lead() -> None:
    body = (
        "Korvia has raised $150 million in a Series B round led by Dorvane Capital. Other participants included "
        "Brelmont Ventures and Tessaline Capital."
    )
    assert {("Brelmont Ventures", "Korvia"), ("Tessaline Capital", "Korvia")} <= _parties(body, "investment")


def test_new_investors_including_a_list() -> None:
    body = (
        "Korvia said it closed a $75 million series C financing led by Dorvane Capital, with participation from new "
        "investors including Brelmont Ventures, Tessaline Capital and Quorra Partners."
    )
    assert {("Brelmont Ventures", "Korvia"), ("Tessaline Capital", "Korvia"), ("Quorra Partners", "Korvia")} <= (
        _parties(body, "investment")
    )


def test_participants_after_a_later_lead_verb() -> None:
    body = (
        "Korvia announced today that it has closed a $25 million Series B. Dorvane Capital led the Series B, with "
        "participation from returning investors Brelmont Ventures and Tessaline Capital."
    )
    found = _parties(body, "investment")
    assert {("Dorvane Capital", "Korvia"), ("Brelmont Ventures", "Korvia"), ("Tessaline Capital", "Korvia")} <= found


def test_near_miss_lead_investor_elsewhere_names_no_round_backer() -> None:
    # No round told before: a fund described as a lead investor in general backs nothing here.
    body = "Dorvane Capital was the lead investor in many European rounds last year, its partners said."
    assert not _parties(body, "investment")


def test_near_miss_participants_of_a_conference_are_no_investors() -> None:
    body = "Korvia hosted its annual summit in Lisbon. Participants included Brelmont Ventures and Tessaline Capital."
    assert not _parties(body, "investment")


# --- revenue of a part, the market's estimate, currencies --------------------------------------------------------


def test_division_revenue_in_its_unit_is_not_the_company_figure() -> None:
    body = (
        "Korvia Holding said third-quarter sales rose to CHF13.1 billion. Revenue in its diagnostics division rose "
        "6.1% to CHF2.98 billion. Revenue at Korvia's pharmaceuticals division increased to CHF10.1 billion."
    )
    found = {v for _, v, _ in _revenues(body)}
    assert 13.1e9 in found
    assert 2.98e9 not in found and 10.1e9 not in found


def test_defence_revenue_is_a_line_of_business() -> None:
    body = "Korvia Aerospace said revenue rose to $20bn from $17.7bn. Defence revenue fell 4% to $7.8bn."
    found = {v for _, v, _ in _revenues(body)}
    assert 20e9 in found and 7.8e9 not in found


def test_segment_named_after_chiffre_d_affaires() -> None:
    body = (
        "Le chiffre d'affaires 2023 du groupe Korvia s'établit à 27 608 millions d'euros. Le chiffre d'affaires "
        "Gaz & Services atteint 26 360 millions d'euros en 2023."
    )
    found = {v for _, v, _ in _revenues(body)}
    assert 27_608e6 in found and 26_360e6 not in found


def test_near_miss_quarter_after_chiffre_d_affaires_stays_the_company_figure() -> None:
    body = "Korvia Industries a publié ses comptes. Le chiffre d'affaires T3 atteint 26 millions d'euros."
    assert ("Korvia Industries", 26e6, "EUR") in _revenues(body)


def test_regional_target_dans_la_zone_is_no_company_revenue() -> None:
    body = (
        "Korvia Industries ouvre une usine en Chine. L'entreprise vise 20 millions d'euros de revenus dans la zone "
        "dans cinq ans, contre 7 millions aujourd'hui."
    )
    found = {v for _, v, _ in _revenues(body)}
    assert 20e6 not in found and 7e6 not in found


def test_market_estimate_after_the_figure_and_us_dollars() -> None:
    body = (
        "Korvia Systems raised its forecast. Net revenue grew 8% to 11.9 billion US dollars in the July-September "
        "period, topping the 11.4 billion dollars that Wall Street had forecast."
    )
    found = _revenues(body)
    assert ("Korvia Systems", 11.9e9, "USD") in found
    assert not any(v == 11.4e9 for _, v, _ in found)


def test_swiss_francs_spelt_out() -> None:
    body = "Korvia Holding reported third-quarter sales of 13.09 billion Swiss francs, up 4.9%."
    assert any(v == 13.09e9 and c == "CHF" for _, v, c in _revenues(body))


def test_near_miss_topping_a_threshold_without_an_estimate_keeps_the_figure() -> None:
    body = "Korvia Systems said revenue rose to $12.5 billion, topping $12 billion for the first time."
    assert ("Korvia Systems", 12.5e9, "USD") in _revenues(body)


def test_eps_is_no_company_of_a_bullet_figure() -> None:
    body = (
        "Korvia reports fourth quarter results.\n- Fourth quarter diluted EPS was $0.06 on a GAAP basis.\n"
        "- Fiscal year 2018 revenue of $1,020.7 million increased 18.9% year-over-year."
    )
    owners = {s for s, _, _ in _revenues(body, "Korvia reports fourth quarter results")}
    assert "EPS" not in owners


# --- the round's company: a unit in apposition, a fund's participation told from its side ------------------------


def test_unit_in_apposition_raises_the_round_not_its_parent() -> None:
    body = (
        "Brelmont Pharmaceutical Holding Co. Ltd., of New Haven, Conn., said its Asia-Pacific subsidiary, "
        "Shanghai-based Korvia Ltd., has closed a $60 million series A investment round led by Dorvane Capital."
    )
    found = _parties(body, "investment")
    assert ("Dorvane Capital", "Korvia") in found
    assert not any(o and o.startswith("Brelmont") for _, o in found)


def test_near_miss_parent_raising_keeps_the_parent() -> None:
    body = "Brelmont Pharmaceutical, the parent of Korvia, has raised $60 million in a round led by Dorvane Capital."
    assert ("Dorvane Capital", "Brelmont Pharmaceutical") in _parties(body, "investment")


def test_fund_participated_in_a_round_pour_the_company() -> None:
    body = (
        "Ce mois-ci, le fonds Dorvane Capital a participé à une levée de fonds de 25 millions d'euros pour la "
        "fintech Korvia."
    )
    found = _parties(body, "investment")
    assert ("Dorvane Capital", "Korvia") in found
    assert (None, "Dorvane Capital") not in found  # the fund raised nothing


def test_historical_backers_listed_after_a_new_one() -> None:
    body = "Korvia a levé 450 M€ auprès de Dorvane Capital et des historiques Brelmont Partners et Tessaline Ventures."
    found = _parties(body, "investment")
    assert {("Dorvane Capital", "Korvia"), ("Brelmont Partners", "Korvia"), ("Tessaline Ventures", "Korvia")} <= found


def test_passe_simple_raise_and_feminine_apportee_par() -> None:
    assert ("Dorvane Capital", "Korvia", 450e6) in _events(
        "Korvia releva 450 M€ auprès de Dorvane Capital.", "investment"
    )
    assert ("Dorvane Capital", "Korvia", 486e6) in _events(
        "La fintech Korvia a bouclé un tour de table de 486 M€ apportée par Dorvane Capital.", "investment"
    )


# --- the company raising: an age apposition, a fronted French round, a participle's agent -------------------------


def test_age_apposition_is_no_company_name() -> None:
    body = (
        "Korvia, a 1.5-year-old, Bangalore, India-based cloud kitchen startup, has raised $13 million in debt and "
        "equity funding led by Dorvane Capital."
    )
    found = _parties(body, "investment")
    assert ("Dorvane Capital", "Korvia") in found
    assert not any(o and "year-old" in o for _, o in found)


def test_fronted_levee_de_fonds_credits_the_subject() -> None:
    body = "Avec une levée de fonds de 230 millions de dollars, Meero a rejoint le club."
    assert (None, "Meero", 230e6) in _events(body, "investment")


def test_round_noun_concretisee_par_its_raiser() -> None:
    body = (
        "Avec la levée de fonds de 185 millions d'euros concrétisée par Meero, la France vient d'accoucher d'une "
        "nouvelle licorne."
    )
    assert (None, "Meero", 185e6) in _events(body, "investment")


def test_near_miss_realisee_aupres_de_names_investors_not_the_raiser() -> None:
    body = "Meero annonce une levée de fonds de 20 millions d'euros réalisée auprès de Dorvane Capital."
    found = _parties(body, "investment")
    assert ("Dorvane Capital", "Meero") in found
    assert (None, "Dorvane Capital") not in found


def test_valuation_hiked_from_one_figure_to_another_keeps_the_new_one() -> None:
    body = "Korvia has raised $350m in a series E round that hiked its valuation from $4.5bn to $6.2bn."
    assert ("Korvia", None, 6.2e9) in _events(body, "valuation")
    assert ("Korvia", None, 4.5e9) not in _events(body, "valuation")
