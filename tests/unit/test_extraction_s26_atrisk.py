"""Session 26 (atrisk): customers put at risk in frames a blind probe of real articles missed.

Sentences are invented (companies too, where the knowledge base need not know them); each class has a near miss
that must not fire.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import RISK, extract_body


def _risks(body: str) -> set[tuple[str | None, str | None, str]]:
    """(customer, supplier, modality) of every customer_at_risk event of ``body``."""
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extract_body(body).events
        if e.type == RISK
    }


def _types(body: str) -> set[str]:
    """The event types ``body`` gives."""
    return {e.type for e in extract_body(body).events}


# A site of the customer's after its possessive: the goods go to Ford's plant, Ford stays the customer.


def test_halt_to_a_customers_plant_keeps_the_customer() -> None:
    body = "Seat maker Dorvane briefly halted shipments to Ford's Louisville assembly plant in a pricing dispute."
    assert _risks(body) == {("Ford", "Dorvane", "fact")}


def test_deliveries_to_a_customers_factory_in_a_row() -> None:
    body = "Supplier Velcor suspended deliveries to Kelmar Motors Co.'s Ohio factory amid a row over prices."
    assert _risks(body) == {("Kelmar Motors", "Velcor", "fact")}


def test_a_customers_person_after_the_possessive_is_no_site() -> None:
    body = "Brennick hired Kelmar Motors's Anna Volte as chief financial officer."
    assert _risks(body) == set()


# A quarrel whose first side is taken up by a role noun, or whose second side carries a customer apposition.


def test_contractor_taking_up_the_first_side_of_a_dispute() -> None:
    body = "Shares in Dorvex slid after the drilling contractor froze its payout over a dispute with Orvane Resources."
    assert _risks(body) == {("Orvane Resources", "Dorvex", "fact")}


def test_customer_apposition_orders_a_legal_dispute() -> None:
    body = "Velcor is locked in a legal dispute with Brennick Foods, its largest customer, over unpaid invoices."
    assert ("Brennick Foods", "Velcor", "fact") in _risks(body)


def test_dispute_between_two_sides_with_no_role_gives_nothing() -> None:
    body = "Shares in Tarrow Labs fell after the company disclosed a legal dispute with Orvane Systems over patents."
    assert _risks(body) == set()


# A supplier's refusal to supply.


def test_supplier_refusing_to_supply_its_customer() -> None:
    body = "Velcor refused to supply Kelmar Motors with brake calipers after the carmaker rejected a price rise."
    assert _risks(body) == {("Kelmar Motors", "Velcor", "fact")}


def test_supplier_declining_to_keep_shipping() -> None:
    body = "Dorvane declined to keep shipping parts to Brennick Trucks until its invoices are paid."
    assert _risks(body) == {("Brennick Trucks", "Dorvane", "fact")}


def test_refusing_to_supply_details_is_no_relation() -> None:
    assert _risks("Kelmar Motors refused to supply any further details on the recall.") == set()


# French: the end of a contract raised, threatened, weighed or started; goods a customer refuses.


def test_fr_rupture_evoquee() -> None:
    body = "La RATP a évoqué une éventuelle rupture de contrat avec Alstom après de nouvelles pannes."
    assert _risks(body) == {("RATP", "Alstom", "fact")}


def test_fr_procedure_de_resiliation_lancee() -> None:
    body = "La métropole de Lyon a lancé une procédure de résiliation anticipée du contrat avec Keolis."
    assert {(customer, supplier) for customer, supplier, _ in _risks(body)} == {("métropole de Lyon", "Keolis")}


def test_fr_livraison_refusee() -> None:
    body = "La RATP a refusé la livraison de dix rames construites par Alstom pour des défauts de portes."
    assert _risks(body) == {("RATP", "Alstom", "fact")}


def test_en_delivery_refused() -> None:
    body = "Transdale Transit refused delivery of 40 buses built by Kelmar Motors last month."
    assert _risks(body) == {("Transdale Transit", "Kelmar Motors", "fact")}


def test_fr_rupture_with_a_person_is_no_customer() -> None:
    body = "Le groupe Brennick a évoqué une rupture de contrat avec son ancien directeur général."
    assert _risks(body) == set()


def test_fr_signed_contract_is_no_risk() -> None:
    assert "customer_at_risk" not in _types("La RATP a signé un contrat avec Alstom pour quarante rames.")


# A supplier marking down a contract it holds; a customer reviewing its supplier's performance on its contracts.


def test_supplier_slashes_the_value_of_a_contract() -> None:
    body = "Dorvex slashed the expected value of its drilling contract with Orvane Resources by half."
    assert _risks(body) == {("Orvane Resources", "Dorvex", "fact")}


def test_coordinated_markdown_takes_no_company_before_and() -> None:
    body = (
        "The results beat forecasts at Orvane Resources and downgraded expectations from a contract with Kelmar Motors."
    )
    assert _risks(body) == set()


def test_customer_reviews_its_suppliers_performance_on_contracts() -> None:
    body = "The Cabinet Office is reviewing Serco's performance on its prison contracts after the audit."
    assert _risks(body) == {("Cabinet Office", "Serco", "fact")}


def test_rater_reviewing_performance_is_no_customer() -> None:
    assert _risks("Moody's is reviewing Ford's performance this year before a rating decision.") == set()


# A supplier suspended as one; an end only threatened, which the end row inside it must not read as done.


def test_customer_suspends_a_supplier() -> None:
    body = "Brennick Foods has suspended Velcor as a supplier while auditors check its plants."
    assert _risks(body) == {("Brennick Foods", "Velcor", "fact")}


def test_suspending_an_executive_is_no_supplier() -> None:
    assert _risks("Kelmar Motors suspended its chief executive as a precaution.") == set()


def test_threatened_cancellation_is_a_risk_not_an_end() -> None:
    extraction = extract_body("Kelmar Motors threatened to cancel its contract with Dorvex over late deliveries.")
    assert {
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None) for e in extraction.events
    } == {(RISK, "Kelmar Motors", "Dorvex")}


def test_cancelled_contract_stays_an_end() -> None:
    assert _types("Kelmar Motors cancelled its contract with Dorvex last month.") == {"customer_end"}


def test_refusing_to_hand_over_information_is_no_relation() -> None:
    assert _risks("Velcor refused to supply Kelmar Motors with any details of the recall.") == set()


# A refusal to supply starts no supply; a supplier's performance to be reviewed, the customer telling it.


def test_refusal_to_supply_is_no_start() -> None:
    body = "Brennick Trucks halted two plants following a local supplier's refusal to supply axles, Velcor said."
    assert "customer_start" not in _types(body)


def test_future_supply_stays_a_start() -> None:
    assert _types("Dorvex will supply Kelmar Motors with brakes from 2027.") == {"customer_start"}


def test_supplier_performance_to_be_reviewed_by_its_teller() -> None:
    body = "The performance of caterer Velcor is being reviewed, Brennick Foods said on Monday."
    assert _risks(body) == {("Brennick Foods", "Velcor", "fact")}


def test_performance_reviewed_by_a_rater_is_no_customer() -> None:
    assert _risks("The record of Dorvex will be reviewed by analysts at Moody's.") == set()


def test_retailer_orders_a_makers_goods_off_its_shelves() -> None:
    body = "Brennick Foods ordered some Velcor goods off its shelves in a dispute over promotions."
    assert _risks(body) == {("Brennick Foods", "Velcor", "fact")}


def test_ordering_a_makers_goods_for_its_stores_is_no_risk() -> None:
    assert _risks("Brennick Foods ordered more Velcor products for its stores.") == set()


# A headline's capitalised common noun is no leaver ("Shortage leaves X partners high and dry").


def _leavers(title: str, body: str) -> set[str | None]:
    return {e.previous_person for e in extract_body(body, title).events if e.type == "leadership_change"}


def test_headline_common_noun_is_no_leaver() -> None:
    title = "Backlog leaves Velcor dealers stranded"
    body = "Dealers of Velcor say the backlog of orders has grown since spring. The backlogs hurt their sales."
    assert _leavers(title, body) == set()


def test_leaver_named_in_full_is_kept() -> None:
    title = "Velcor chief executive John Price leaves"
    body = "John Price, chief executive of Velcor, leaves at the end of the month, the company said."
    assert _leavers(title, body) == {"John Price"}


# French: an end only threatened is a risk; the end done stays an end.


def test_fr_threatened_cancellation_is_a_risk() -> None:
    extraction = extract_body("La RATP menace de résilier le contrat de Alstom après une série de pannes.")
    assert {(e.type, e.subject.name if e.subject else None) for e in extraction.events} == {(RISK, "RATP")}


def test_fr_threatened_order_cancellation_is_a_risk() -> None:
    assert _risks("Air France a menacé d'annuler sa commande auprès d'Airbus.") == {("Air France", "Airbus", "fact")}


def test_fr_cancelled_contract_stays_an_end() -> None:
    assert _types("La RATP a résilié le contrat d'Alstom en mars.") == {"customer_end"}


# A warning reports a clause like "said": the one who warns is no party to the contract it warns about.


def test_warned_that_speaker_is_no_supplier() -> None:
    body = "Brokers at Halden have warned that Velcor may lose its cleaning contract with Kelmar Motors."
    assert {(c, s) for c, s, _ in _risks(body)} == {("Kelmar Motors", "Velcor")}


def test_cautioned_that_speaker_is_no_supplier() -> None:
    body = "Siemens cautioned that Alstom could lose its signalling contract with SNCF next year."
    assert {(c, s) for c, s, _ in _risks(body)} == {("SNCF", "Alstom")}


def test_fr_a_prevenu_que_speaker_is_no_supplier() -> None:
    body = "Siemens a prévenu qu'Alstom pourrait perdre son contrat de maintenance avec la SNCF."
    assert {(c, s) for c, s, _ in _risks(body)} == {("SNCF", "Alstom")}


def test_supplier_warning_of_its_own_customer_stays_the_supplier() -> None:
    body = "Alstom warned that its largest customer, SNCF, would cut orders this year."
    assert {(c, s) for c, s, _ in _risks(body)} == {("SNCF", "Alstom")}


# A trailing concession (", although X will keep using ...") is a clause of its own: its subject is the customer.


def _continues(body: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None)
        for e in extract_body(body).events
        if e.type == "customer_continue"
    }


def test_trailing_although_clause_keeps_its_own_customer() -> None:
    body = "Nokia was shut out of the new tender at Vodafone, although Vodafone will keep using the firm's radios."
    assert _continues(body) == {("Vodafone", "Nokia")}


def test_trailing_even_though_clause_reads_apart_from_the_main_one() -> None:
    body = "Vodafone will stop buying Nokia radios, even though Vodafone will continue to use Ericsson's antennas."
    assert _continues(body) == {("Vodafone", "Ericsson")}


def test_leading_although_clause_is_unchanged() -> None:
    body = "Although Vodafone will continue to use Nokia's equipment, it will stop buying its radios."
    assert _continues(body) == {("Vodafone", "Nokia")}


def test_supplier_warning_of_an_unnamed_customer_stays_the_supplier() -> None:
    extraction = extract_body("Dorvane warned that a large customer is weighing other suppliers for next year.")
    risks = [e for e in extraction.events if e.type == RISK]
    assert [(e.subject.kind if e.subject else None, e.object.name if e.object else None) for e in risks] == [
        ("unnamed", "Dorvane")
    ]
