"""Session 24 (custfr): French customer relations seen in real articles, read on invented names.

- a supplier that loses a contract told by its scope before its public customer ("perd la DSP eau et assainissement
  de l'agglomération X", "la gestion de l'assainissement de X"), the winner after "au bénéfice de";
- "est en passe de / sur le point de perdre": the customer is at risk; "en passe de racheter": a plan;
- a failed merger ("l'échec de sa fusion avec X") is denied, no acquisition done;
- a customer that stops using a supplier's network or selling its goods ("ne devrait plus utiliser le réseau mobile
  de X", "va arrêter de commercialiser les yaourts X");
- a supplier that has stopped supplying ("ne fournit plus les centrales d'achats de X"): the customer is at risk;
- "X collabore avec Y", said of the contract the article reads, is no alliance beside it.

Near misses must read nothing of the kind: a subsidiary's management lost, a figure lost "au bénéfice de", a firm
that no longer gives a forecast or no longer uses a material, a merger announced.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import event_pairs as _events
from tests.unit.extraction_helpers import extract_body as _extract


@pytest.mark.parametrize(
    ("body", "customer", "loser", "winner"),
    [
        (
            "La société Korvia perd la DSP eau et assainissement de l'agglomération Dorvane Métropole, au bénéfice "
            "de Brelmont.",
            "Dorvane Métropole",
            "Korvia",
            "Brelmont",
        ),
        (
            "Après trente ans, Korvia a perdu la gestion de l'assainissement de Dorvane Métropole au profit de "
            "Brelmont.",
            "Dorvane Métropole",
            "Korvia",
            "Brelmont",
        ),
        (
            "Korvia a perdu la concession des parkings de la Ville de Tessaline au profit de Brelmont.",
            "Ville de Tessaline",
            "Korvia",
            "Brelmont",
        ),
    ],
)
def test_contract_lost_past_its_scope_names_the_public_customer(
    body: str, customer: str, loser: str, winner: str
) -> None:
    assert (customer, loser) in _events(body, "customer_end")
    assert (customer, winner) in _events(body, "customer_start")


def test_scope_of_a_lost_contract_needs_a_contract_noun() -> None:
    # the management of its own unit, a share of its value: no customer lost
    own_unit = "Korvia a perdu la gestion de sa filiale Dorvane après le vote des actionnaires."
    assert not _events(own_unit, "customer_end")
    assert not _events("Korvia a perdu 20 % de sa valeur au bénéfice de Brelmont SA.", "customer_end")
    assert not _events("Korvia a perdu 20 % de sa valeur au bénéfice de Brelmont SA.", "customer_start")


@pytest.mark.parametrize(
    "body",
    [
        "Korvia est en passe de perdre le contrat de Dorvane Métropole au profit de Brelmont.",
        "Korvia est sur le point de perdre le marché de Dorvane Métropole.",
    ],
)
def test_a_loss_on_the_verge_is_a_risk(body: str) -> None:
    assert ("Dorvane Métropole", "Korvia") in _events(body, "customer_at_risk")
    assert not _events(body, "customer_end")


def test_on_the_verge_of_buying_is_a_plan() -> None:
    deals = [e for e in _extract("Korvia SA est en passe de racheter Tessaline SA.").events if e.type == "acquisition"]
    assert deals and all(e.modality == "plan" for e in deals)


@pytest.mark.parametrize(
    "body",
    [
        "Une fin d'année difficile pour Korvia SA qui souffre depuis l'échec de sa fusion avec Brelmont.",
        "Depuis l'échec de la fusion entre Korvia SA et Brelmont SA, le secteur se réorganise.",
    ],
)
def test_a_failed_merger_is_no_deal_done(body: str) -> None:
    deals = [e for e in _extract(body).events if e.type == "acquisition"]
    assert all(e.modality == "denied" for e in deals)


def test_a_merger_announced_stays_a_fact() -> None:
    deals = [e for e in _extract("Korvia SA annonce sa fusion avec Brelmont SA.").events if e.type == "acquisition"]
    assert deals and all(e.modality == "fact" for e in deals)


@pytest.mark.parametrize(
    ("body", "customer", "supplier"),
    [
        (
            "A terme, Korvia SA ne devrait plus utiliser le réseau mobile de Brelmont SA pour acheminer les appels.",
            "Korvia",
            "Brelmont",
        ),
        ("Korvia SA n'utilisera plus le réseau de Brelmont SA.", "Korvia", "Brelmont"),
        (
            "Korvia SA va arrêter de commercialiser les yaourts Brelmont SA dans ses 1 800 magasins.",
            "Korvia",
            "Brelmont",
        ),
    ],
)
def test_customer_stops_using_or_selling_the_supplier(body: str, customer: str, supplier: str) -> None:
    assert (customer, supplier) in _events(body, "customer_end")


@pytest.mark.parametrize(
    "body",
    [
        "Le groupe Korvia SA ne devrait plus utiliser le cuivre d'ici 2030.",
        "Korvia SA ne commercialise plus de forfaits sans engagement depuis mars.",
        "Brelmont SA ne fournit plus de prévisions annuelles depuis 2020.",
    ],
)
def test_stopping_a_material_an_offer_or_a_forecast_is_no_customer_lost(body: str) -> None:
    assert not _events(body, "customer_end")
    assert not _events(body, "customer_at_risk")


def test_supplier_halt_puts_its_customers_at_risk() -> None:
    body = "Brelmont SA ne fournit plus les centrales d'achats de Korvia SA et de Tessaline SA depuis une semaine."
    assert {("Korvia", "Brelmont"), ("Tessaline", "Brelmont")} <= _events(body, "customer_at_risk")
    assert not _events(body, "customer_end")


def test_working_with_the_supplier_renewed_is_no_alliance() -> None:
    body = (
        "Tessaline SA a renouvelé pour trois ans son contrat avec Korvia SA. "
        "Tessaline SA collabore avec Korvia SA depuis 2016."
    )
    assert ("Tessaline", "Korvia") in _events(body, "customer_continue")
    assert not _events(body, "partnership")


def test_working_together_alone_stays_an_alliance() -> None:
    assert _events("Tessaline SA collabore avec Korvia SA depuis 2016 sur les moteurs.", "partnership")


def test_biggest_contract_lost_is_a_major_loss_folded_into_the_named_customer() -> None:
    body = (
        "Korvia SA perd la DSP de l'agglomération Dorvane Métropole, au bénéfice de Brelmont SA. "
        "Après 51 ans de délégation, Korvia SA perd son plus ancien et plus important contrat d'eau, au bénéfice de "
        "Brelmont SA."
    )
    ends = [e for e in _extract(body).events if e.type == "customer_end"]
    assert [(e.subject.name if e.subject else None, e.major_customer) for e in ends] == [("Dorvane Métropole", True)]


@pytest.mark.parametrize(
    "body",
    [
        "Korvia SA perd son directeur financier, parti chez Brelmont SA.",
        "Korvia SA a perdu son procès contre Brelmont SA.",
        "Korvia SA a perdu ses parts de marché au profit de Brelmont SA.",
    ],
)
def test_losing_a_manager_a_lawsuit_or_market_share_is_no_customer_lost(body: str) -> None:
    assert not _events(body, "customer_end")
    assert not _events(body, "customer_start")


@pytest.mark.parametrize(
    ("body", "customer"),
    [
        (
            "En 2006, Saint-Dorvane Agglomération a choisi Korvia SA pour exploiter le réseau de bus.",
            "Saint-Dorvane Agglomération",
        ),
        ("Tessaline Agglo a choisi Korvia SA pour exploiter le réseau de bus.", "Tessaline Agglo"),
    ],
)
def test_an_agglomeration_named_by_its_place_is_a_public_customer(body: str, customer: str) -> None:
    events = [e for e in _extract(body).events if e.type == "customer_start"]
    assert [(e.subject.name, e.subject.kind, e.object.name) for e in events if e.subject and e.object] == [
        (customer, "public_body", "Korvia")
    ]


def test_the_agglomeration_as_a_common_noun_is_no_body() -> None:
    body = "Korvia SA a choisi Brelmont SA pour desservir l'agglomération lyonnaise."
    names = {e.subject.name for e in _extract(body).events if e.subject}
    assert not any("agglomération" in name.lower() for name in names)


def test_a_yes_no_question_asks_and_tells_no_fact() -> None:
    ends = [
        e
        for e in _extract("Korvia SA a-t-elle perdu le contrat de Dorvane Métropole ?").events
        if e.type == "customer_end"
    ]
    assert ends and all(e.modality == "rumor" for e in ends)


@pytest.mark.parametrize(
    "body",
    [
        "Pourquoi Korvia SA a-t-elle perdu le contrat de Dorvane Métropole ?",
        "Korvia SA a perdu le contrat de Dorvane Métropole.",
    ],
)
def test_a_why_question_or_a_statement_stays_a_fact(body: str) -> None:
    ends = [e for e in _extract(body).events if e.type == "customer_end"]
    assert ends and all(e.modality == "fact" for e in ends)


def test_a_choice_in_the_pluperfect_over_a_rival() -> None:
    body = "En 2010, Dorvane SA avait préféré l'Allemand Korvia SA au compatriote Brelmont SA."
    assert _events(body, "customer_start") == {("Dorvane", "Korvia")}


@pytest.mark.parametrize(
    "body",
    [
        "Pour Korvia SA, la perte du contrat de Dorvane Métropole serait un vrai coup dur.",
        "For Korvia Inc, the loss of its contract with Dorvane Corp would be a heavy blow.",
    ],
)
def test_a_loss_weighed_in_the_conditional_is_a_risk(body: str) -> None:
    assert _events(body, "customer_at_risk")
    assert not _events(body, "customer_end")


@pytest.mark.parametrize(
    "body",
    [
        "Korvia Inc confirmed the loss of its contract with Dorvane Corp.",
        "Korvia SA a confirmé la perte du contrat de Dorvane Métropole, qui serait attribué à Brelmont SA.",
    ],
)
def test_a_loss_told_as_done_stays_an_end(body: str) -> None:
    assert _events(body, "customer_end")


def test_a_french_first_name_that_is_also_a_place_names_a_person() -> None:
    body = "Le groupe piloté par Maurice Roe conserve les budgets de Tessaline SA dans une quarantaine de pays."
    parties = {
        name
        for e in _extract(body).events
        for name in (e.subject.name if e.subject else None, e.object.name if e.object else None)
    }
    assert "Maurice Roe" not in parties


def test_the_island_alone_is_still_no_company() -> None:
    names = {
        entity.name for entity in _extract("Korvia SA a ouvert une filiale à Maurice pour servir Brelmont SA.").entities
    }
    assert "Maurice" not in names
