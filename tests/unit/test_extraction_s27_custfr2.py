"""Session 27 (custfr2): a contract's giver told in a participle after « par », the winner told elsewhere.

Paraphrases with invented names. A contract won in one sentence and told again at the head of the next, its giver in
a participle (« Ce contrat, attribué par X, ... »), maybe named after its description in apposition; a won contract
or tender whose giver follows « attribué / lancé par » in the winner's own sentence. Near misses: the contract told
again after a sentence where nobody won it, and a product (not a contract) launched by a company.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import event_pairs

START = "customer_start"


def test_contract_told_again_with_its_giver_starts_the_winner_of_the_sentence_before() -> None:
    body = (
        "Le groupe Keolis a remporté mardi un nouveau contrat de bus dans la banlieue de Perth. "
        "Ce contrat, attribué par la société Kestrel Dredging, démarrera en avril."
    )
    assert event_pairs(body, START) == {("Kestrel Dredging", "Keolis")}


def test_giver_named_after_its_description_in_apposition() -> None:
    body = (
        "Keolis a décroché un contrat d'exploitation de trams. "
        "« Le contrat, confié par l'autorité des transports de la capitale, Transport for London, durera huit ans »."
    )
    assert event_pairs(body, START) == {("Transport for London", "Keolis")}


def test_contract_told_again_after_no_win_reads_nothing() -> None:
    body = "Keolis conteste un contrat de bus devant le juge. Ce contrat, attribué par Transdev, démarrera en avril."
    assert event_pairs(body, START) == set()


def test_tender_launched_by_the_giver_and_won_by_the_subject() -> None:
    body = "Keolis a remporté l'appel d'offres lancé par la société Kestrel Dredging pour ses navettes."
    assert event_pairs(body, START) == {("Kestrel Dredging", "Keolis")}


def test_contract_given_by_the_giver_and_won_in_the_same_clause() -> None:
    body = "Keolis a décroché le contrat de maintenance attribué par Kestrel Dredging en mars."
    assert event_pairs(body, START) == {("Kestrel Dredging", "Keolis")}


def test_product_launched_by_a_company_is_no_contract() -> None:
    body = "Le service lancé par Keolis a remporté un prix de l'innovation à Lyon."
    assert event_pairs(body, START) == set()
