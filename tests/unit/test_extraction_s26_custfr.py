"""Session 26 (custfr): French customer relations read with unknown firms, negated renewals and major-customer weights.

Paraphrases with invented names, after the structures of a blind probe of French, Belgian, Swiss, Québec and African
articles: a lower-case brand capitalised at a sentence's start, a non-renewal told as a noun (never a renewal), the
agent of an ending noun past its article and kind noun or past the contract's description, the two parties a contract
« binds », a supplier keeping its unnamed customer's business, a supplier's contracts renewed in the plural, and a
customer's weight told as a share of its supplier's « activité ». Each has a near miss that must read nothing.
"""

from __future__ import annotations

from streams.extraction.knowledge_base import load_knowledge_base
from tests.unit.extraction_helpers import END, RISK, event_pairs, extract_body

CONTINUE = "customer_continue"


def _major_ends(body: str) -> set[tuple[str | None, str | None, bool]]:
    """(customer, supplier, major) of every customer_end."""
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None, bool(e.major_customer))
        for e in extract_body(body).events
        if e.type == END
    }


def test_lower_case_brand_is_read_when_a_sentence_capitalises_it() -> None:
    kb = load_knowledge_base()
    assert any(m.company_id == "bpost" for m in kb.find("Bpost a perdu un appel d'offres."))
    ends = event_pairs("D'ici l'été, Bpost perdra le marché au profit d'un rival.", END)
    assert ends == {(None, "bpost")}


def test_capitalised_common_word_is_no_lower_case_brand() -> None:
    kb = load_knowledge_base()
    assert not [m for m in kb.find("Goes et Abri ont signé.") if m.company_id in ("goeasy", "abrdn")]


def test_non_renewal_noun_is_an_ending_with_the_agent_past_its_kind_noun() -> None:
    body = "La société Tavernel regrette la non-reconduction du contrat par le groupe Ostrava."
    assert event_pairs(body, END) == {("Ostrava", "Tavernel")}
    assert event_pairs(body, CONTINUE) == set()


def test_non_renewal_by_a_major_customer_named_in_apposition_is_major() -> None:
    body = "La société Tavernel a subi la non-prolongation de son contrat par le groupe Ostrava, son premier client."
    assert _major_ends(body) == {("Ostrava", "Tavernel", True)}
    assert event_pairs(body, CONTINUE) == set()


def test_non_renewal_by_a_described_customer_past_the_contract_description() -> None:
    body = "La société Tavernel déplore la non-reconduction d'un contrat de maintenance par son principal client."
    assert _major_ends(body) == {(None, "Tavernel", True)}


def test_renewal_noun_is_not_read_as_an_ending() -> None:
    body = "La société Tavernel se réjouit de la reconduction de son contrat par le groupe Ostrava."
    assert event_pairs(body, END) == set()


def test_contract_binding_two_unknown_firms_is_ended() -> None:
    assert event_pairs("Le contrat liant Ostrava à Tavernel a été résilié au printemps.", END) == {
        ("Ostrava", "Tavernel")
    }
    assert event_pairs(
        "Le contrat de nettoyage qui liait Ostrava à Tavernel depuis 2014 ne sera pas reconduit.", END
    ) == {("Ostrava", "Tavernel")}


def test_contract_binding_two_unknown_firms_is_renewed() -> None:
    assert event_pairs("Le contrat liant Ostrava à Tavernel a été prolongé de quatre ans.", CONTINUE) == {
        ("Ostrava", "Tavernel")
    }


def test_bond_between_two_places_is_no_contract() -> None:
    assert not extract_body("Le contrat de ville liant Nantes à Rennes a été prolongé de deux ans.").events


def test_supplier_keeping_the_business_of_an_unnamed_customer_continues() -> None:
    body = "La société Tavernel conserve toutefois l'exploitation du réseau de tramway jusqu'en 2031."
    assert event_pairs(body, CONTINUE) == {(None, "Tavernel")}


def test_keeping_its_own_assets_is_no_customer() -> None:
    assert event_pairs("La société Tavernel conserve la gestion de son parc immobilier.", CONTINUE) == set()


def test_supplier_contracts_renewed_in_the_plural() -> None:
    body = "Le groupe Ostrava a prolongé de trois ans les contrats de la société Tavernel."
    assert event_pairs(body, CONTINUE) == {("Ostrava", "Tavernel")}
    assert event_pairs("Le groupe Ostrava a reconduit les concessions de la société Tavernel.", CONTINUE) == {
        ("Ostrava", "Tavernel")
    }


def test_prolonging_something_other_than_a_contract_is_no_renewal() -> None:
    assert event_pairs("Le groupe Ostrava veut prolonger la durée de vie de ses fours.", CONTINUE) == set()


def test_share_of_the_supplier_activity_makes_the_customer_major() -> None:
    body = "Le groupe Ostrava, qui pèse 35 % de l'activité de Tavernel, a résilié son contrat."
    assert _major_ends(body) == {("Ostrava", "Tavernel", True)}


def test_small_share_of_the_supplier_activity_is_not_major() -> None:
    body = "Le groupe Ostrava, qui pèse 4 % de l'activité de Tavernel, a résilié son contrat."
    assert _major_ends(body) == {("Ostrava", "Tavernel", False)}


def test_supplier_named_as_owner_of_its_ending_major_customer_fr() -> None:
    body = "Le premier client de la société Tavernel a décidé de ne pas reconduire son contrat."
    assert _major_ends(body) == {("premier client", "Tavernel", True)}


def test_supplier_named_as_owner_of_its_ending_major_customer_en() -> None:
    assert _major_ends("Tavernel's biggest customer has cancelled its contract.") == {
        ("biggest customer", "Tavernel", True)
    }
    assert _major_ends("The main customer of Tavernel Ltd has terminated its contract.") == {
        ("main customer", "Tavernel", True)
    }


def test_owner_of_a_major_customer_renewing_is_no_loss() -> None:
    assert event_pairs("Le premier client de la société Tavernel a renouvelé son contrat.", END) == set()


def test_major_customer_named_in_apposition_keeps_its_name() -> None:
    assert _major_ends("Tavernel's biggest customer, Ostrava, has cancelled its contract.") == {
        ("Ostrava", "Tavernel", True)
    }


def test_supplier_apposition_names_the_customer_of_the_lost_contract() -> None:
    body = "La société Tavernel, prestataire historique du groupe Ostrava, a perdu ce marché en juin."
    assert event_pairs(body, END) == {("Ostrava", "Tavernel")}
    body = "Tavernel, a longtime supplier to Ostrava Corp, lost the contract last week."
    assert event_pairs(body, END) == {("Ostrava", "Tavernel")}


def test_customer_apposition_names_the_supplier_it_leaves() -> None:
    body = "Le groupe Ostrava, client de Tavernel depuis douze ans, a décidé de changer de fournisseur."
    assert event_pairs(body, END) == {("Ostrava", "Tavernel")}


def test_losing_something_pointed_back_to_that_is_no_contract() -> None:
    assert extract_body("La société Tavernel a perdu ce procès contre le groupe Ostrava.").events == ()
    assert extract_body("La société Tavernel a perdu cette année 20 millions d'euros.").events == ()


def test_story_company_loses_the_major_customer_it_owns_by_kind() -> None:
    body = (
        "La société Tavernel va supprimer trente postes. Ces départs découlent de la non-reconduction d'un contrat "
        "de transport par le premier client de l'entreprise, selon les syndicats."
    )
    assert _major_ends(body) == {(None, "Tavernel", True)}


def test_won_contract_described_before_its_customer() -> None:
    body = "La société Tavernel a décroché le marché d'entretien des espaces verts du groupe Ostrava."
    assert event_pairs(body, "customer_start") == {("Ostrava", "Tavernel")}
    body = "La société Tavernel vient de remporter le nouveau contrat de collecte des déchets de la ville de Morlaix."
    assert event_pairs(body, "customer_start") == {("ville de Morlaix", "Tavernel")}


def test_lost_contract_described_before_a_public_body() -> None:
    body = "La société Tavernel a perdu le contrat de restauration scolaire de la commune de Morlaix."
    assert event_pairs(body, END) == {("commune de Morlaix", "Tavernel")}


def test_won_market_with_no_owner_named_is_no_customer() -> None:
    assert event_pairs("La société Tavernel a obtenu le marché de l'emploi de Paris.", "customer_start") == set()


def test_order_placed_chez_its_seller() -> None:
    body = "La compagnie Ostrava a confirmé une commande de 45 rames chez Tavernel."
    assert event_pairs(body, "customer_start") == {("Ostrava", "Tavernel")}


def test_orders_falling_chez_a_maker_is_no_customer() -> None:
    assert extract_body("La baisse des commandes chez Tavernel inquiète le groupe Ostrava.").events == ()


def test_tender_won_told_with_when_its_customer_launched_it() -> None:
    body = "Le constructeur Tavernel a remporté l'appel d'offre lancé il y a deux ans par la compagnie Ostrava."
    assert event_pairs(body, "customer_start") == {("Ostrava", "Tavernel")}
    body = "Le constructeur Tavernel a remporté l'appel d'offres lancé en 2021 par la commune de Morlaix."
    assert event_pairs(body, "customer_start") == {("commune de Morlaix", "Tavernel")}


def test_tender_launched_without_a_winner_is_no_customer() -> None:
    body = "La compagnie Ostrava a lancé il y a deux ans un appel d'offres, auquel répondent Tavernel et Quarteo."
    assert event_pairs(body, "customer_start") == set()


def test_market_of_a_public_body_without_description_keeps_its_row() -> None:
    body = "Le groupe Tavernel remporte un marché de la commune de Morlaix."
    assert event_pairs(body, "customer_start") == {("commune de Morlaix", "Tavernel")}


def test_rival_replacing_another_at_a_place_is_no_customer_end() -> None:
    # the place's unnamed customer swaps suppliers (session 26, delist): no Tavernel -> Quarteo end
    body = "En revanche, à Brignac, Tavernel remplace Quarteo."
    assert event_pairs(body, END) == {(None, "Quarteo")}
    assert event_pairs(body, "customer_start") == {(None, "Tavernel")}
    body = "À Brignac, Tavernel remplace Quarteo comme exploitant du réseau de tramway."
    assert event_pairs(body, END) == set()
    body = "In Brignac, Tavernel replaces Quarteo as operator of the tram network."
    assert event_pairs(body, END) == set()


def test_rival_replacing_a_supplier_named_elsewhere_is_no_customer_end() -> None:
    body = "La commune de Morlaix a retenu Tavernel. Plus tard, Tavernel remplace Quarteo."
    assert event_pairs(body, END) == set()
    assert event_pairs(body, "customer_start") == {("commune de Morlaix", "Tavernel")}


def test_customer_replacing_its_supplier_still_ends_it() -> None:
    assert event_pairs("Le distributeur Ostrava remplace Quarteo.", END) == {("Ostrava", "Quarteo")}
    body = "À Brignac, le distributeur Ostrava remplace Quarteo par Tavernel."
    assert event_pairs(body, END) == {("Ostrava", "Quarteo")}


def test_name_spelled_in_lower_case_before_its_acronym_is_read_whole() -> None:
    body = (
        "Tavernel a remporté l'appel d'offres lancé par les Transports publics brignacois (TPB) pour 40 rames. "
        "Les TPB exploitent le réseau régional, et les TPB ont choisi Tavernel."
    )
    assert event_pairs(body, "customer_start") == {("TPB", "Tavernel")}
    body = "Tavernel a remporté l'appel d'offres lancé par la Régie autonome des bus morlaisiens (RABM) pour 40 bus."
    assert event_pairs(body, "customer_start") == {("Régie autonome des bus morlaisiens", "Tavernel")}
    body = "Tavernel a remporté l'appel d'offres lancé par la Société des rédacteurs du Brignac (SRB) pour 40 bus."
    assert ("Société des rédacteurs du Brignac", "Tavernel") not in event_pairs(body, "customer_start")


def test_words_that_do_not_spell_the_acronym_make_no_name() -> None:
    body = "Tavernel a remporté l'appel d'offres lancé par les Chemins de fer brignacois (TPB) pour 40 rames."
    assert ("Chemins de fer brignacois", "Tavernel") not in event_pairs(body, "customer_start")


def test_one_of_its_markets_is_no_customer() -> None:
    body = "Le groupe Tavernel risque de perdre un de ses plus importants marchés en Asie."
    assert extract_body(body).events == ()
    assert extract_body("Tavernel could lose one of its key markets in Asia.").events == ()


def test_one_of_its_important_customers_is_still_a_major_loss() -> None:
    events = extract_body("Le groupe Tavernel risque de perdre un de ses importants clients en Asie.").events
    assert [(e.type, e.subject, e.major_customer) for e in events] == [(RISK, None, True)]
