"""Session 27 (custfr): French customer relations as a blind probe of French business news tells them.

Paraphrases with invented names of the structures that probe missed, each checked on other real articles before it
was read: a supplier halting its deliveries to retail banners (one delivery, a list of brands, « stopper », customers
after « auprès de »); a contract given in the passive with its giver told first (« a été attribué hier par X à Y »);
an award told as a noun with its scope, then its giver and its receiver (« l'attribution du marché des ... par X au
duo A et B »). Each shape has a near miss that must read nothing.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import RISK, event_pairs

START = "customer_start"


def test_deliveries_halted_to_banners_after_aupres_de_put_both_at_risk() -> None:
    body = "Le brasseur Dorvalis a arrêté net les livraisons de ses bières auprès des enseignes Marquette et Solvane."
    assert event_pairs(body, RISK) == {("Marquette", "Dorvalis"), ("Solvane", "Dorvalis")}


def test_one_delivery_of_listed_brands_halted_puts_the_customer_at_risk() -> None:
    body = "Le groupe Dorvalis a suspendu la livraison des marques Brisa, Lumo, Kesto et Vanta à la chaîne Marquette."
    assert event_pairs(body, RISK) == {("Marquette", "Dorvalis")}


def test_stopped_deliveries_put_the_customer_at_risk() -> None:
    body = "En représailles, le groupe Dorvalis a stoppé toutes ses livraisons de produits à la chaîne Marquette."
    assert event_pairs(body, RISK) == {("Marquette", "Dorvalis")}


def test_a_home_delivery_service_stopped_is_no_supplier_halt() -> None:
    body = "La chaîne Marquette a arrêté la livraison à domicile dans ses magasins de Lyon."
    assert event_pairs(body, RISK) == set()


def test_passive_award_with_the_giver_first_starts_the_receiver() -> None:
    body = "Le contrat des nouveaux trams a été attribué lundi par la société Korvane au constructeur breton Meltrac."
    assert event_pairs(body, START) == {("Korvane", "Meltrac")}


def test_a_prize_given_in_the_passive_is_no_contract() -> None:
    body = "Le prix de l'innovation a été attribué hier par la société Korvane au groupe Meltrac."
    assert event_pairs(body, START) == set()


def test_award_noun_with_scope_giver_and_two_receivers_starts_both() -> None:
    body = "La société Dalvène conteste l'attribution du marché des radars par Korvane au duo Thales et Safran."
    assert event_pairs(body, START) == {("Korvane", "Thales"), ("Korvane", "Safran")}


def test_award_noun_with_a_described_receiver() -> None:
    body = "La société Dalvène conteste l'attribution du marché des serveurs par Korvane à la société Meltrac."
    assert event_pairs(body, START) == {("Korvane", "Meltrac")}


def test_award_noun_whose_par_names_no_giver_reads_nothing() -> None:
    body = "La société Dalvène conteste l'attribution du marché par la commission à la fin de l'année."
    assert event_pairs(body, START) == set()
