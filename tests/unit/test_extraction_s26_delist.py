"""Session 26 (delist): a retailer pulling several makers' goods at once, and a supplier swap at an unnamed customer.

Sentences are invented; each fix has a near miss that must not fire.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import event_pairs

START = "customer_start"
END = "customer_end"


def test_place_fronted_swap_is_the_unnamed_customer_starting_and_ending() -> None:
    body = "Keolis exploite déjà le tramway de Nancy. À Brive, Keolis remplace Transdev depuis janvier."
    assert (None, "Transdev") in event_pairs(body, END)
    assert (None, "Keolis") in event_pairs(body, START)
    assert ("Keolis", "Transdev") not in event_pairs(body, END)


def test_customer_replacing_its_supplier_stays_the_customer() -> None:
    # « X remplace Y par Z »: X is the customer, no unnamed swap
    body = "Carrefour remplace Danone par Lactalis pour ses yaourts."
    assert (None, "Danone") not in event_pairs(body, END)


def test_listed_maker_with_elided_article_is_listed() -> None:
    body = "Intermarché a retiré de ses rayons les produits de Danone, L'Oréal et Lactalis."
    assert event_pairs(body, END) >= {
        ("Intermarché", "Danone"),
        ("Intermarché", "L'Oréal"),
        ("Intermarché", "Lactalis"),
    }


def test_retailer_pulling_products_from_several_makers() -> None:
    body = "Sainsbury's pulled products from Unilever, Nestlé and PepsiCo over a pricing row."
    assert event_pairs(body, END) >= {
        ("Sainsbury's", "Unilever"),
        ("Sainsbury's", "Nestlé"),
        ("Sainsbury's", "PepsiCo"),
    }


def test_products_removed_from_a_catalogue_end_nothing() -> None:
    assert event_pairs("Sainsbury's removed products from its website after a recall.", END) == set()


def test_brands_delisted_with_their_owner_named_end_with_the_owner() -> None:
    body = "Auchan a retiré de ses rayons les marques Lotus et Okay de la société Essity."
    assert event_pairs(body, END) == {("Auchan", "Essity")}
    body = "Sainsbury's pulled products from Dove and Lynx, both made by Unilever."
    assert event_pairs(body, END) == {("Sainsbury's", "Unilever")}


def test_makers_listed_without_an_owner_keep_their_own_events() -> None:
    body = "Auchan a rompu avec Bel, Danone et Lactalis."
    assert event_pairs(body, END) == {("Auchan", "Bel"), ("Auchan", "Danone"), ("Auchan", "Lactalis")}


def test_a_dropped_supplier_owned_by_a_parent_keeps_the_supplier() -> None:
    body = (
        "Ryanair ordered 200 engines from Safran, snubbing its existing supplier Rolls-Royce, owned by Vantor Holdings."
    )
    assert ("Ryanair", "Vantor Holdings") not in event_pairs(body, END)
