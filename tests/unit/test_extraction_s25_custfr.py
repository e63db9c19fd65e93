"""Session 25 (custfr): French customer relations seen in real articles, read on invented names.

- a customer swapping out the gear its supplier's name marks, the successor's gear after « par » (« remplacer leurs
  équipements X par des équipements de la marque Y »): the old supplier ends (a plan after « en passe de »), the new
  one starts;
- the infinitive « avoir opté pour » after a verb of saying;
- « travaillait auparavant avec X »: a former supplier;
- the holder of a decision told in a relative clause (« la décision de X qui a retenu Y »): X chose, not the subject
  that contests the decision;
- an order a supplier won "with" its buyer (« a décroché une commande avec le loueur X »);
- a supplier named after « aux » by its trade word (« a confié aux Transports X »).

Near misses must read nothing of the kind: office gear replaced by newer models, a decision that chose nobody, a
person who worked with a firm, public transport after « aux ».
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import event_pairs as _events
from tests.unit.extraction_helpers import extract_body as _extract


def _customer_events(body: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None)
        for e in _extract(body).events
        if e.type.startswith("customer_")
    }


def test_gear_swapped_for_another_makers() -> None:
    body = "Korvia remplace ses équipements Dorvane Networks par des équipements Brelmont Systems."
    assert ("Korvia", "Dorvane Networks") in _events(body, "customer_end")
    assert ("Korvia", "Brelmont Systems") in _events(body, "customer_start")


def test_gear_swap_under_way_is_a_plan() -> None:
    body = (
        "Korvia et Tessaline sont en passe de remplacer progressivement leurs équipements Dorvane Networks par des "
        "équipements de la marque Brelmont Systems."
    )
    events = _extract(body).events
    ended = {(e.subject.name if e.subject else None, e.modality) for e in events if e.type == "customer_end"}
    started = {(e.subject.name if e.subject else None, e.object.name if e.object else None) for e in events
               if e.type == "customer_start"}  # fmt: skip
    assert ended == {("Korvia", "plan"), ("Tessaline", "plan")}
    assert ("Korvia", "Brelmont Systems") in started and ("Tessaline", "Brelmont Systems") in started


def test_office_gear_replaced_by_newer_models_is_no_supplier_change() -> None:
    assert _customer_events("Korvia remplace ses équipements de bureau par des modèles plus récents.") == set()


def test_opted_for_after_a_verb_of_saying() -> None:
    body = "Korvia a annoncé avoir opté pour Dorvane pour la partie radio de son réseau."
    assert ("Korvia", "Dorvane") in _events(body, "customer_start")


def test_former_supplier_worked_with_before() -> None:
    assert ("Korvia", "Dorvane") in _events("Korvia travaillait auparavant avec Dorvane.", "customer_end")


def test_person_who_worked_with_a_firm_is_no_customer() -> None:
    body = "Jane Roe travaillait auparavant avec Dorvane Services comme consultante."
    assert _customer_events(body) == set()


def test_decision_holder_in_a_relative_clause_chooses() -> None:
    body = "Dorvane a fait appel de la décision de la société Korvia qui a retenu le constructeur Brelmont."
    started = _events(body, "customer_start")
    assert ("Korvia", "Brelmont") in started
    assert ("Dorvane", "Brelmont") not in started


def test_decision_that_chose_nobody_reads_nothing() -> None:
    assert _customer_events("Dorvane conteste la décision de la société Korvia qui a surpris le marché.") == set()


@pytest.mark.parametrize("buyer", ["le loueur Korvia", "le loueur d'avions Korvia", "la compagnie Korvia"])
def test_order_won_with_its_buyer(buyer: str) -> None:
    body = f"Dorvane a également décroché une commande avec {buyer} pour vingt appareils."
    assert ("Korvia", "Dorvane") in _events(body, "customer_start")


def test_supplier_named_after_aux_by_its_trade_word() -> None:
    body = "Brelmont Agglo a confié aux Transports Dorvane l'exploitation d'un circuit urbain."
    assert ("Brelmont Agglo", "Transports Dorvane") in _events(body, "customer_start")


def test_public_transport_after_aux_is_no_supplier() -> None:
    body = "Brelmont Agglo a confié aux Transports publics de la région l'exploitation du réseau."
    assert _events(body, "customer_start") == set()


@pytest.mark.parametrize(
    "body",
    [
        "La communauté d'agglomération de Brelmont a décidé de mettre fin unilatéralement au contrat de gestion de "
        "l'eau signé en 1992 avec Dorvane Services.",
        "Brelmont Agglo a mis fin brutalement à son contrat avec Dorvane Services.",
    ],
)
def test_ending_told_with_its_manner(body: str) -> None:
    ended = _events(body, "customer_end")
    assert len(ended) == 1 and next(iter(ended))[1] == "Dorvane Services"


def test_ending_a_strike_or_a_job_is_no_supplier_loss() -> None:
    assert _customer_events("Korvia a mis fin brutalement à la grève de ses salariés.") == set()
    assert _customer_events("Korvia a mis fin définitivement au contrat de travail de Jane Roe.") == set()


def test_choice_told_as_a_decision() -> None:
    body = "Brelmont Agglo a décidé de choisir Korvia comme prestataire de restauration."
    assert ("Brelmont Agglo", "Korvia") in _events(body, "customer_start")


def test_decision_to_choose_no_firm_reads_nothing() -> None:
    assert _customer_events("Jane Roe a décidé de choisir la prudence.") == set()


def test_several_new_contracts_value_is_no_revenue() -> None:
    body = (
        "Brelmont Agglo a décidé de choisir Korvia pour la restauration de ses employés. Ces 4 nouveaux contrats "
        "représentent un chiffre d'affaires annuel de 2,8 millions d'euros."
    )
    assert [e for e in _extract(body).events if e.type == "revenue"] == []


def test_own_sales_figure_stays_revenue() -> None:
    body = "Korvia a publié ses comptes. Ses ventes représentent un chiffre d'affaires annuel de 28 millions d'euros."
    assert [e.subject.name for e in _extract(body).events if e.type == "revenue" and e.subject] == ["Korvia"]


def test_owner_apposed_to_a_described_supplier_is_not_the_supplier() -> None:
    body = (
        "Le constructeur Korvia est favori. Le constructeur français, filiale du groupe belge Dorvane depuis 2024, "
        "aurait remporté l'appel d'offres lancé par Brelmont Agglo."
    )
    started = _events(body, "customer_start")
    assert ("Brelmont Agglo", "Korvia") in started
    assert ("Brelmont Agglo", "Dorvane") not in started


def test_named_supplier_with_its_owner_apposed_still_supplies() -> None:
    body = "Korvia, filiale du groupe belge Dorvane, aurait remporté l'appel d'offres lancé par Brelmont Agglo."
    assert ("Brelmont Agglo", "Korvia") in _events(body, "customer_start")


def test_owner_apposed_after_a_fronted_source_is_not_the_supplier() -> None:
    body = (
        "Korvia a raflé la mise. Selon le site Tessaline Info, le constructeur français de blindés, filiale du groupe "
        "belge Dorvane depuis 2024, aurait remporté l'appel d'offres lancé par Brelmont Agglo."
    )
    assert ("Brelmont Agglo", "Dorvane") not in _events(body, "customer_start")
