"""Acquisitions read as classes of sentences (session 13, round 10b, helper deals4).

Each sentence is written for this file. The classes: a passive deal in a time clause hung on another fact ("who
left LinkedIn after it was acquired by Microsoft", "Salesforce rose after LinkedIn was bought by Microsoft"), whose
target is the time clause's subject, never the sentence's, and whose pronoun form is background.
"""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

_PUBLISHED = datetime(2021, 3, 1, tzinfo=UTC)


def _history(text: str, language: str) -> list[tuple[str | None, str | None, bool]]:
    item = NewsItem(id="t", title="", body=text, language=language, published_at=_PUBLISHED)  # type: ignore[arg-type]
    return [
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.history)
        for e in extract(item).events
        if e.type == "acquisition"
    ]


# --- a passive deal in a time clause: its subject is the company bought --------------------------------------------


def test_pronoun_in_time_clause_stands_for_the_company_named_before() -> None:
    text = "Salesforce hired John Roe, who left LinkedIn after it was acquired by Microsoft."
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Microsoft", "LinkedIn")]


def test_pronoun_in_time_clause_with_an_adverb_and_another_verb() -> None:
    text = "Salesforce hired John Roe, who had run LinkedIn until it was later taken over by Microsoft."
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Microsoft", "LinkedIn")]


def test_named_subject_of_time_clause_is_the_target() -> None:
    text = "Salesforce shares rose after LinkedIn was bought by Microsoft."
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Microsoft", "LinkedIn")]


def test_french_pronoun_in_time_clause() -> None:
    text = "Jean Dupont a quitté Alstom après qu'elle a été rachetée par Siemens."
    assert triples(text, "fr", prefix="acquisition") == [("acquisition", "Siemens", "Alstom")]


def test_pronoun_time_clause_in_the_past_is_background() -> None:
    text = "Salesforce hired John Roe, who left LinkedIn after it was acquired by Microsoft."
    assert _history(text, "en") == [("Microsoft", "LinkedIn", True)]


def test_pronoun_without_a_company_before_the_clause_gives_no_target() -> None:
    text = "Salesforce won a deal with Oracle. John Roe left soon after it was acquired by Microsoft."
    assert ("acquisition", "Microsoft", "Salesforce") not in triples(text, "en", prefix="acquisition")


def test_time_clause_opening_the_sentence_is_left_to_the_subject() -> None:
    # near miss: the clause opens the sentence, so "it" is no company named before it in the sentence
    text = "LinkedIn grew fast. When it was acquired by Microsoft, LinkedIn kept its brand."
    assert all(not hist for *_, hist in _history(text, "en"))


def test_agreed_to_be_acquired_in_time_clause_is_news() -> None:
    # near miss: no past passive, the deal is the story's news
    text = "Shares of LinkedIn rose after it agreed to be acquired by Microsoft."
    assert _history(text, "en") == [("Microsoft", "LinkedIn", False)]


def test_plain_passive_is_news() -> None:
    assert _history("LinkedIn was acquired by Microsoft.", "en") == [("Microsoft", "LinkedIn", False)]


# --- one deal told with a party's full name, then with its initials ------------------------------------------------


def test_deal_told_again_with_the_targets_initials_is_one_deal() -> None:
    text = (
        "Xerox agreed to buy Affiliated Computer Services for $6.4 billion. "
        "Xerox said its purchase of ACS would help growth."
    )
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Xerox", "Affiliated Computer Services")]


def test_initials_in_a_passive_retelling_fold_into_the_full_name() -> None:
    text = "Xerox agreed to buy Affiliated Computer Services. The takeover of ACS by Xerox should close in March."
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Xerox", "Affiliated Computer Services")]


def test_initials_bought_by_another_buyer_stay_apart() -> None:
    # near miss: the initials are bought by someone else, another deal
    text = "Xerox agreed to buy Affiliated Computer Services. Separately, Siemens agreed to buy ACS."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Siemens", "ACS"),
        ("acquisition", "Xerox", "Affiliated Computer Services"),
    ]


def test_a_name_sharing_the_first_letters_is_another_target() -> None:
    # near miss: "AC Systems" is no acronym of the first target
    text = "Xerox agreed to buy Affiliated Computer Services. Xerox also bought AC Systems."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Xerox", "AC Systems"),
        ("acquisition", "Xerox", "Affiliated Computer Services"),
    ]


# --- a measure of goods bought from a company: a purchase of goods, no takeover --------------------------------------


def test_minimum_volume_of_goods_from_a_company_is_no_takeover() -> None:
    text = "Boral is required to purchase a minimum volume of cement from Wagners each year."
    assert triples(text, "en", prefix="acquisition") == []


def test_fixed_quantity_of_goods_is_no_takeover() -> None:
    assert triples("Engie buys a fixed quantity of gas from Gazprom every winter.", "en", prefix="acquisition") == []


def test_french_measured_goods_are_no_takeover() -> None:
    text = "Vicat achète un volume minimum de ciment auprès de Lafarge chaque année."
    assert triples(text, "fr", prefix="acquisition") == []


def test_company_bought_from_its_owners_stays_a_takeover() -> None:
    # near miss: the company itself is bought, from its founders
    assert triples("Vicat a racheté Lafarge auprès de ses fondateurs.", "fr", prefix="acquisition") == [
        ("acquisition", "Vicat", "Lafarge")
    ]


def test_stake_bought_from_a_seller_stays_a_stake() -> None:
    # near miss: a holding bought from its seller is no measure of goods
    assert triples("Holcim bought a 40% stake in Wagners from Boral.", "en", prefix="stake") == [
        ("stake", "Holcim", "Wagners")
    ]


# --- a deal dated before the story by an opening date or a year past an apposition: background ---------------------


def _deal_history(text: str, language: str) -> list[tuple[str, bool]]:
    item = NewsItem(id="t", title="", body=text, language=language, published_at=_PUBLISHED)  # type: ignore[arg-type]
    return [(e.type, e.history) for e in extract(item).events if e.type in ("acquisition", "stake", "investment")]


def test_sentence_opening_late_in_a_past_year_is_background() -> None:
    text = "Late in 2018, Altria closed its own brand and bought a 35% stake in Juul Labs."
    assert _deal_history(text, "en") == [("stake", True)]


def test_sentence_opening_in_mid_past_year_is_background() -> None:
    assert _deal_history("In mid-2018, Altria bought a 35% stake in Juul.", "en") == [("stake", True)]


def test_french_sentence_opening_fin_past_year_is_background() -> None:
    assert _deal_history("Fin 2018, Altria a pris 35 % du capital de Juul.", "fr") == [("stake", True)]


def test_past_year_after_an_apposition_dates_the_deal() -> None:
    text = "Altria invested $12.8 billion in Juul, the e-cigarette start-up, in 2018."
    assert _deal_history(text, "en") == [("investment", True)]


def test_year_inside_the_apposition_dates_the_company_not_the_deal() -> None:
    # near miss: "founded in 2015" dates the target, the deal is news
    text = "Altria bought Juul, a start-up founded in 2015, for $12.8 billion."
    assert _deal_history(text, "en") == [("acquisition", False)]


def test_sentence_opening_late_in_the_articles_year_is_news() -> None:
    # near miss: the story's own year
    assert _deal_history("Late in 2021, Altria bought a 35% stake in Juul.", "en") == [("stake", False)]


# --- French « reprendre » after a quotation: speech, no takeover ---------------------------------------------------


def test_a_repris_after_a_quote_reports_speech() -> None:
    assert triples("« Airbus va changer de fournisseur », a repris Natixis dans une note.", "fr", prefix="acq") == []


def test_a_repris_after_a_quote_and_a_circumstance() -> None:
    text = (
        '"Safran va perdre ce contrat" en raison des retards, a repris le courtier Natixis en citant Zodiac Aerospace.'
    )
    assert triples(text, "fr", prefix="acquisition") == []


def test_reprend_in_the_present_after_a_quote() -> None:
    assert triples("« Airbus devra revoir ses prix », reprend Natixis dans sa note.", "fr", prefix="acquisition") == []


def test_a_repris_after_a_quoted_word_in_an_aside_is_a_takeover() -> None:
    # near miss: the quote does not open the sentence; Safran is the subject
    text = "Safran, qui avait « promis » de le faire, a repris Zodiac Aerospace."
    assert triples(text, "fr", prefix="acquisition") == [("acquisition", "Safran", "Zodiac Aerospace")]


def test_a_repris_after_a_quoted_sentence_is_a_takeover() -> None:
    # near miss: the quote is another sentence
    text = "« C'est une étape », a dit le patron. Safran a repris Zodiac Aerospace."
    assert triples(text, "fr", prefix="acquisition") == [("acquisition", "Safran", "Zodiac Aerospace")]


# --- « l'acquisition du groupe X »: a French deal noun fused with its article, then a described target -------------


def test_acquisition_du_groupe_names_the_target() -> None:
    assert triples("Eurazeo annonce l'acquisition du groupe Altaïr.", "fr", prefix="acquisition") == [
        ("acquisition", "Eurazeo", "Altaïr")
    ]


def test_rachat_du_fabricant_with_its_buyer_after() -> None:
    assert triples("Le rachat du fabricant Picard par Eurazeo est bouclé.", "fr", prefix="acquisition") == [
        ("acquisition", "Eurazeo", "Picard")
    ]


def test_reprise_du_specialiste_with_an_adjective() -> None:
    text = "Eurazeo a finalisé la reprise du spécialiste français Picard."
    assert triples(text, "fr", prefix="acquisition") == [("acquisition", "Eurazeo", "Picard")]


def test_recovery_of_a_sector_is_no_takeover() -> None:
    # near miss: « la reprise du secteur » is a recovery, the company after it is no target
    text = "Peugeot compte sur la reprise du secteur pour dépasser Renault."
    assert triples(text, "fr", prefix="acquisition") == []


def test_recovery_of_a_market_before_a_comparison_is_no_takeover() -> None:
    # near miss: a comma and a comparison stand between the noun and the company
    text = "Peugeot profite de la reprise du marché automobile, tout comme Renault."
    assert triples(text, "fr", prefix="acquisition") == []


def test_two_spellings_of_the_buyer_are_one_deal() -> None:
    text = (
        "Parlevliet & Vander Plas rachète Compagnie Thonière. "
        "Le groupe Parlevliet & Van der Plas a racheté Compagnie Thonière en juillet, selon Parlevliet & Van der Plas."
    )
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "Parlevliet & Van der Plas", "Compagnie Thonière")
    ]


def test_two_spellings_buying_two_targets_are_two_deals() -> None:
    # near miss: one buyer spelt twice, but two companies bought
    text = (
        "Parlevliet & Vander Plas rachète Compagnie Thonière. "
        "Le groupe Parlevliet & Van der Plas a aussi racheté la société Saupiquet."
    )
    assert sorted(t[2] or "" for t in triples(text, "fr", prefix="acquisition")) == ["Compagnie Thonière", "Saupiquet"]


# --- wire headlines: "pct" and a holding moved without "its" ("Porsche raises Volkswagen stake to 31 pct") ----------


def _stakes(text: str) -> list[tuple[str | None, str | None, float | None]]:
    item = NewsItem(id="t", title="", body=text, language="en")  # type: ignore[arg-type]
    return [
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.stake_pct)
        for e in extract(item).events
        if e.type == "stake"
    ]


def test_headline_moves_a_named_holding_without_its() -> None:
    assert _stakes("Porsche raises Volkswagen stake to 31 pct") == [("Porsche", "Volkswagen", 31.0)]


def test_headline_lifts_a_named_stake_in_pct() -> None:
    assert _stakes("Toyota lifts Subaru stake to 20 pct") == [("Toyota", "Subaru", 20.0)]


def test_stake_in_a_company_sized_in_pct() -> None:
    assert _stakes("Bollore ups stake in Vivendi to 10 pct") == [("Bolloré", "Vivendi", 10.0)]


def test_share_move_in_pct_is_no_stake() -> None:
    # near miss: a price move in "pct" sizes no holding
    assert _stakes("Vivendi shares rose 3 pct after Bollore bought Havas.") == []


def test_headline_moved_holding_without_a_size_gives_none() -> None:
    # near miss: no percentage after "to"
    assert _stakes("Porsche raises Volkswagen stake to record") == []


_EVERGRANDE = (
    "HONG KONG - China Evergrande Group now owns 10 percent of developer Vanke after doubling its holding, "
    "according to a filing."
)


def _titled_stakes(title: str, text: str) -> list[tuple[str | None, str | None, float | None]]:
    item = NewsItem(id="t", title=title, body=text, language="en")  # type: ignore[arg-type]
    return sorted(
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.stake_pct)
        for e in extract(item).events
        if e.type == "stake"
    )


def test_holder_named_by_part_of_its_name_is_one_stake() -> None:
    title = "Evergrande lifts Vanke holding to 10%"
    assert _titled_stakes(title, _EVERGRANDE) == [("China Evergrande", "Vanke", 10.0)]


def test_part_of_a_name_with_another_size_is_another_stake() -> None:
    # near miss: two sizes are two facts
    title = "Evergrande lifts Vanke holding to 5%"
    assert _titled_stakes(title, _EVERGRANDE) == [
        ("China Evergrande", "Vanke", 5.0),
        ("China Evergrande", "Vanke", 10.0),
    ]
