"""Session 15, precision: structures that made the readers emit a false event on ordinary business news.

Invented sentences only; each group has paraphrases that must give the right event (and no false one) and near
misses that must keep the event they tell.
"""

from __future__ import annotations

from tests.support.extraction import triples

# --- "X's rival Y": the possessive owner modifies the name after it; the party is Y, not X ----------------------


def test_vendor_named_through_its_rivals_possessive() -> None:
    text = "General Motors picked Oracle's rival Microsoft for its cloud."
    assert triples(text, "en", prefix="customer_") == [("customer_start", "General Motors", "Microsoft")]


def test_possessive_rival_as_the_subject_who_signs() -> None:
    text = "Ford's longtime rival General Motors picked Microsoft for its cloud."
    assert triples(text, "en", prefix="customer_") == [("customer_start", "General Motors", "Microsoft")]


def test_buying_a_company_named_through_its_rival() -> None:
    text = "HP agreed to buy Apple's old rival Palm for $1.2 billion."
    assert triples(text, "en", types=("acquisition", "stake")) == [("acquisition", "HP", "Palm")]


def test_near_miss_a_possessive_client_keeps_both_parties() -> None:
    text = "The departure of M&C Saatchi's founding client British Airways shows the danger of one big client."
    assert triples(text, "en", prefix="customer_") == [("customer_end", "British Airways", "M&C Saatchi")]


def test_relative_clause_works_with_a_competitor_named_through_a_possessive() -> None:
    text = "In Europe it ranks third behind Amazon, which already works with Renault's competitor Volkswagen."
    found = triples(text, "en", prefix="customer_")
    assert all("Renault" not in (subject, obj) for _, subject, obj in found)


def test_french_twin_rival_in_apposition_is_the_party() -> None:
    text = "General Motors a choisi Microsoft, le concurrent d'Oracle, pour son cloud."
    assert triples(text, "fr", prefix="customer_") == [("customer_start", "General Motors", "Microsoft")]


def test_near_miss_owner_and_unit_still_names_the_unit() -> None:
    text = "Walmart picked Alphabet's Google Cloud for its stores."
    found = triples(text, "en", prefix="customer_")
    assert found and all(obj != "Alphabet" for _, _, obj in found)


def test_near_miss_owner_before_its_unit_is_still_skipped() -> None:
    text = "UnitedHealth's pharmacy benefit unit OptumRx picked McKesson as its drug wholesaler."
    assert triples(text, "en", prefix="customer_") == [("customer_start", "OptumRx", "McKesson")]


def test_near_miss_buying_a_rivals_business_still_buys_from_the_owner() -> None:
    text = "SCA said it would buy Georgia-Pacific's European tissue operations for 1.32 billion euros."
    assert triples(text, "en", types=("acquisition",)) == [("acquisition", "SCA", "Georgia-Pacific")]


# --- "a deal that could be valued at $X": the deal's size, not a valuation of the company ----------------------


def test_rumoured_deal_that_could_be_valued_at() -> None:
    text = "Oracle is in talks to buy Cerner in a deal that could be valued at $30 billion."
    assert triples(text, "en", types=("acquisition", "valuation")) == [("acquisition", "Oracle", "Cerner")]


def test_transaction_that_would_be_valued_at() -> None:
    text = "Oracle is in talks to buy Cerner in a transaction that would be valued at about $30 billion."
    assert triples(text, "en", types=("acquisition", "valuation")) == [("acquisition", "Oracle", "Cerner")]


def test_merger_that_is_expected_to_be_valued_at() -> None:
    text = "Oracle confirmed talks with Cerner on a merger that is expected to be valued at about $28 billion."
    assert triples(text, "en", types=("valuation",)) == []


def test_french_operation_qui_pourrait_etre_valorisee() -> None:
    text = (
        "Oracle serait en discussions pour racheter Cerner dans le cadre d'une opération qui pourrait être "
        "valorisée à 30 milliards de dollars."
    )
    assert triples(text, "fr", types=("acquisition", "valuation")) == [("acquisition", "Oracle", "Cerner")]


def test_french_transaction_qui_devrait_etre_valorisee() -> None:
    text = "Oracle va racheter Cerner, une transaction qui devrait être valorisée à 28 milliards de dollars."
    assert triples(text, "fr", types=("valuation",)) == []


def test_near_miss_deal_that_values_the_company_keeps_its_valuation() -> None:
    text = "Oracle has agreed to buy Cerner in a deal that values Cerner at $28 billion."
    assert ("valuation", "Cerner", None) in triples(text, "en", types=("valuation",))


def test_near_miss_round_that_could_value_the_startup() -> None:
    text = "Mistral AI is in talks to raise $600 million in a round that could value the startup at $6 billion."
    assert ("valuation", "Mistral AI", None) in triples(text, "en", types=("valuation",))


def test_near_miss_deal_that_valued_it_is_a_valuation() -> None:
    text = "Quorvo raised $40 million from Harrow Capital in a deal that valued it at $500 million."
    assert ("valuation", "Quorvo", None) in triples(text, "en", types=("valuation",))


# --- A choice verb whose object takes a post ("chose X as its next chief executive") hires a leader, not a vendor --


def test_bank_chose_a_person_as_next_chief_executive() -> None:
    text = "Royal Bank of Scotland chose Ross McEwan, who runs its retail banking arm, as its next chief executive."
    assert triples(text, "en", prefix="customer_") == []


def test_picked_as_chief_executive_gives_no_vendor() -> None:
    text = "Barclays picked Ross McEwan as chief executive on Friday."
    assert triples(text, "en", prefix="customer_") == []


def test_turned_to_a_former_boss_of_another_firm_as_new_ceo() -> None:
    text = "Nestle turned to Mark Schneider, the former Fresenius boss, as its new CEO."
    assert triples(text, "en", prefix="customer_") == []


def test_french_choisi_comme_directeur_general() -> None:
    text = "Renault a choisi Luca de Meo comme directeur général."
    assert triples(text, "fr", prefix="customer_") == []


def test_french_se_tourne_vers_pour_sa_succession() -> None:
    text = "Le groupe Luc Durand se tourne vers Charier pour sa succession."
    assert triples(text, "fr", prefix="customer_") == []


def test_near_miss_chose_a_vendor_as_its_new_cloud_provider() -> None:
    text = "Albertsons chose Microsoft as its new cloud provider."
    assert triples(text, "en", prefix="customer_") == [("customer_start", "Albertsons", "Microsoft")]


def test_near_miss_french_choisi_comme_fournisseur() -> None:
    text = "Renault a choisi Atos comme nouveau prestataire informatique."
    assert triples(text, "fr", prefix="customer_") == [("customer_start", "Renault", "Atos")]


# --- An investor's firm told as a person's affiliation ("Jean Dupont (co-founder of X)") is not an investor ------


def test_angel_with_founder_affiliation_in_parentheses() -> None:
    text = (
        "Medium raised $25 million in a round led by Betaworks. Angels such as Pierre Martin "
        "(co-founder of PriceMinister) and Nicolas Brusson, chief executive of BlaBlaCar, also invested."
    )
    backers = {subject for kind, subject, _ in triples(text, "en", types=("investment",))}
    assert "Betaworks" in backers and not backers & {"PriceMinister", "BlaBlaCar"}


def test_french_personalities_with_cofondateur_de() -> None:
    text = (
        "Doctolib a levé 20 millions d'euros. Parmi les investisseurs, on retrouve Bpifrance et plusieurs "
        "personnalités du digital, comme Pierre Martin (co-fondateur de PriceMinister) et Nicolas Brusson "
        "(co-fondateur de BlaBlaCar)."
    )
    backers = {subject for kind, subject, _ in triples(text, "fr", types=("investment",))}
    assert "Bpifrance" in backers and not backers & {"PriceMinister", "BlaBlaCar"}


def test_french_angel_fondateur_de_in_apposition() -> None:
    text = "Lydia lève 10 millions d'euros auprès d'Accel et de Marc Simoncini, fondateur de Meetic."
    backers = {subject for kind, subject, _ in triples(text, "fr", types=("investment",))}
    assert "Accel" in backers and "Meetic" not in backers


def test_angel_the_former_ceo_of() -> None:
    text = "Qonto raised €20 million from Valar Ventures and Jean Dupont, the former chief executive of Sigfox."
    backers = {subject for kind, subject, _ in triples(text, "en", types=("investment",))}
    assert "Valar Ventures" in backers and "Sigfox" not in backers


def test_near_miss_fund_of_a_founder_still_invests() -> None:
    text = "Lydia raised €10 million from Accel and Kima Ventures, the fund of the founder of Free."
    backers = {subject for kind, subject, _ in triples(text, "en", types=("investment",))}
    assert backers == {"Accel", "Kima Ventures"}


def test_near_miss_french_fonds_du_fondateur_still_invests() -> None:
    text = "Lydia lève 10 millions d'euros auprès d'Accel et de Kima Ventures, le fonds du fondateur de Free."
    backers = {subject for kind, subject, _ in triples(text, "fr", types=("investment",))}
    assert backers == {"Accel", "Kima Ventures"}
