"""Acquisitions and stakes read as classes of sentences (session 14, round 11, helper deals).

Each sentence is written for this file, as other reporters would tell the facts. The classes:

- a list of targets whose members carry something of their own before the next comma or "and": a price ("A for
  $3 billion, B and C"), a place or kind in brackets ("A (Loire) et B (Vendée)"), or joined by "ainsi que"; every
  listed company is bought, the price stays on the first.
- a bid told without "takeover" ("was considering a bid for BT", "Microsoft's bid for X", « une offre pour X »): a
  planned, denied or rumoured acquisition as the clause tells it; a bid for a contract or a share of a business is
  none.
- a held company told by a description in the next sentence ("Eiffage's holding in the tunnel company", « 18,8 % de
  l'opérateur du tunnel », "its stake in the bank"): the company the block was bought in, never the fund it was
  bought from ("from hedge fund TCI", « auprès du fonds TCI ») nor the parent in the holder's apposition ("Koor, a
  subsidiary of IDB Holding, said").
- a French buyer named after its kind and a complement with elided words or an adjective ("le fabricant de films
  d'emballage X", "le spécialiste de l'emballage X", "le distributeur indépendant de matériel X"): X is a company and
  the subject of the deal.
"""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples


def _deals(text: str, language: str) -> list[tuple[str, str | None, str | None, str]]:
    item = NewsItem(  # type: ignore[arg-type]
        id="t", title="", body=text, language=language, published_at=datetime(2021, 3, 1, tzinfo=UTC)
    )
    return sorted(
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality or "")
        for e in extract(item).events
        if e.type in ("acquisition", "stake")
    )


# --- a list of targets whose members carry a price or a bracket ---------------------------------------------------


def test_price_after_the_first_target_keeps_the_list() -> None:
    text = "Walmart bought Jet.com for $3 billion, Bonobos and ModCloth."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Walmart", "Bonobos"),
        ("acquisition", "Walmart", "Jet.com"),
        ("acquisition", "Walmart", "ModCloth"),
    ]


def test_price_after_a_target_in_a_participle_phrase() -> None:
    text = "Walmart has been on a spree, buying Jet.com for $3.3 billion and ModCloth."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Walmart", "Jet.com"),
        ("acquisition", "Walmart", "ModCloth"),
    ]


def test_french_price_after_the_first_target() -> None:
    text = "Salesforce a racheté Slack pour 27 milliards de dollars et Tableau."
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "Salesforce", "Slack"),
        ("acquisition", "Salesforce", "Tableau"),
    ]


def test_places_in_brackets_after_each_target() -> None:
    text = "Danone a racheté Maubrac (Loire) et Tessande (Vendée). Maubrac et Tessande gardent leurs dirigeants."
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "Danone", "Maubrac"),
        ("acquisition", "Danone", "Tessande"),
    ]


def test_english_bracket_after_a_target_in_a_noun_phrase() -> None:
    text = "Cisco completed the purchase of Duo Security (Michigan) and Kenna Security."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Cisco", "Duo Security"),
        ("acquisition", "Cisco", "Kenna Security"),
    ]


def test_ainsi_que_closes_a_list_of_targets() -> None:
    text = "Essilor reprend Empire Optical ainsi que Futures Optics, deux laboratoires américains."
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "EssilorLuxottica", "Empire Optical"),
        ("acquisition", "EssilorLuxottica", "Futures Optics"),
    ]


def test_the_amount_stays_on_the_first_target() -> None:
    item = NewsItem(  # type: ignore[arg-type]
        id="t",
        title="",
        body="Walmart bought Jet.com for $3 billion, Bonobos and ModCloth.",
        language="en",
        published_at=datetime(2021, 3, 1, tzinfo=UTC),
    )
    amounts = {
        e.object.name: (e.amount.value if e.amount else None)
        for e in extract(item).events
        if e.type == "acquisition" and e.object
    }
    assert amounts == {"Jet.com": 3e9, "Bonobos": None, "ModCloth": None}


# near misses: the next name after the price or bracket is another clause's subject, or no list at all


def test_a_new_clause_after_the_price_is_no_target() -> None:
    text = "Walmart bought Jet.com for $3 billion, and Amazon later bought Whole Foods."
    assert triples(text, "en", prefix="acquisition") == [
        ("acquisition", "Amazon", "Whole Foods Market"),
        ("acquisition", "Walmart", "Jet.com"),
    ]


def test_french_second_buyer_after_a_bracket_is_no_target() -> None:
    text = "Danone a racheté Maubrac (Loire), et Lactalis a repris Tessande. Maubrac et Tessande recrutent."
    assert triples(text, "fr", prefix="acquisition") == [
        ("acquisition", "Danone", "Maubrac"),
        ("acquisition", "Lactalis", "Tessande"),
    ]


def test_a_seller_after_the_price_is_no_target() -> None:
    text = "Walmart bought Jet.com for $3 billion from Marc Lore, Amazon said."
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Walmart", "Jet.com")]


# --- a bid told without "takeover" ---------------------------------------------------------------------------------


def test_a_bid_for_a_company_is_a_planned_acquisition() -> None:
    text = "Microsoft made a bid for Activision Blizzard."
    assert _deals(text, "en") == [("acquisition", "Microsoft", "Activision Blizzard", "plan")]


def test_a_denied_bid_for_a_described_company() -> None:
    text = "Reliance denied Monday it was considering a bid for British telecoms giant BT."
    assert _deals(text, "en") == [("acquisition", "Reliance", "BT", "denied")]


def test_possessive_bid_for_a_company() -> None:
    text = "Microsoft's bid for Activision Blizzard drew a rival offer."
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Microsoft", "Activision Blizzard")]


def test_the_bidder_not_the_rival_it_outbid() -> None:
    text = "Microsoft outbid Google in its bid for Activision Blizzard."
    assert triples(text, "en", prefix="acquisition") == [("acquisition", "Microsoft", "Activision Blizzard")]


def test_french_offer_pour_is_a_plan() -> None:
    assert _deals("Orange envisage une offre pour Bouygues Telecom.", "fr") == [
        ("acquisition", "Orange", "Bouygues Telecom", "plan")
    ]


def test_french_denied_offer_pour() -> None:
    assert _deals("Orange a démenti préparer une offre pour Bouygues Telecom.", "fr") == [
        ("acquisition", "Orange", "Bouygues Telecom", "denied")
    ]


def test_french_reported_offer_pour_is_a_rumour() -> None:
    assert _deals("Selon Bloomberg, Orange préparerait une offre pour Bouygues Telecom.", "fr") == [
        ("acquisition", "Orange", "Bouygues Telecom", "rumor")
    ]


# near misses: a bid for a contract or for a share of a business buys no company


def test_a_bid_for_a_company_contract_is_no_acquisition() -> None:
    assert triples("Alstom lost its bid for the Eurostar contract.", "en", prefix="acquisition") == []


def test_an_offer_for_a_contract_with_a_company_is_no_acquisition() -> None:
    text = "Thales won its offer for a Navy contract with BAE Systems."
    assert triples(text, "en", prefix="acquisition") == []


def test_a_bid_for_a_share_of_a_business_is_no_acquisition() -> None:
    text = "Nvidia bid for a share of the Microsoft cloud business."
    assert triples(text, "en", prefix="acquisition") == []


def test_french_offer_for_a_contract_is_no_acquisition() -> None:
    assert triples("Alstom a remis une offre pour le contrat de la SNCF.", "fr", prefix="acquisition") == []


# --- a held company told by a description: not the seller, not the holder's parent -----------------------------------


def test_description_of_the_held_company_is_not_the_fund_that_sold() -> None:
    text = (
        "Eiffage signed an agreement to buy a 13.71% stake in Getlink from hedge fund TCI Fund Management. "
        "Once the purchase closes, Eiffage's holding in the tunnel company would reach 18.79%, the group said."
    )
    assert triples(text, "en", prefix="stake") == [("stake", "Eiffage", "Getlink")]


def test_french_description_of_the_held_company_after_aupres_du_fonds() -> None:
    text = (
        "Eiffage a racheté une participation de 13,7 % dans Getlink auprès du fonds TCI. "
        "Après l'opération, Eiffage détiendra 18,8 % de l'opérateur du tunnel."
    )
    assert {t for t in triples(text, "fr", prefix="stake")} == {("stake", "Eiffage", "Getlink")}


def test_french_percentage_of_a_described_company_after_a_block_bought_from_a_fund() -> None:
    text = (
        "Eiffage a acheté 13,7 % de Getlink auprès du fonds TCI Fund Management. "
        "Eiffage détiendra ensuite 18,8 % de l'opérateur du tunnel."
    )
    assert ("stake", "Eiffage", "TCI Fund Management") not in triples(text, "fr", prefix="stake")


def test_the_parent_in_the_holders_apposition_is_not_the_bank() -> None:
    text = (
        "Koor Industries said it had raised its stake in Credit Suisse to 2.12 percent. "
        "Koor, a subsidiary of IDB Holding Corp, said it now held 25.17 million shares in the bank. "
        "Koor last week lowered its stake in the bank to 2 percent from 2.22 percent."
    )
    assert triples(text, "en", prefix="stake") == [("stake", "Koor Industries", "Credit Suisse")]


def test_block_bought_from_a_fund_then_told_by_the_publisher() -> None:
    text = "Vivendi bought a block of Lagardère shares from Amber Capital. Vivendi's stake in the publisher is now 27%."
    assert ("stake", "Vivendi", "Amber Capital") not in triples(text, "en", prefix="stake")


# near misses: a company named plainly before the description is still the one held


def test_described_company_with_no_seller_is_the_one_named_before() -> None:
    text = "Eiffage first bought into Getlink in 2018. Its holding in the tunnel company now stands at 18.79%."
    assert ("stake", "Eiffage", "Getlink") in triples(text, "en", prefix="stake")


def test_pronoun_holder_keeps_the_company_named_before() -> None:
    text = "Eiffage bought a stake in Getlink last year. It now holds 18.79% of the tunnel company."
    assert triples(text, "en", prefix="stake") == [("stake", "Eiffage", "Getlink")]


def test_the_bidder_of_a_contrast_clause_is_not_what_it_stands_for() -> None:
    text = "Although Google had made a bid for the division, Microsoft agreed to buy it."
    assert ("acquisition", "Microsoft", "Google") not in triples(text, "en", prefix="acquisition")


def test_french_bidder_of_a_contrast_clause_is_not_what_it_stands_for() -> None:
    text = "Bien qu'Amazon ait fait une offre pour la division, Siemens a accepté de la racheter."
    assert ("acquisition", "Siemens", "Amazon") not in triples(text, "fr", prefix="acquisition")


# --- a French buyer named after a complement with elided words ----------------------------------------------------


def test_buyer_after_a_complement_with_an_elided_noun() -> None:
    text = "Le fabricant de films d'emballage Leygatech a annoncé l'acquisition de Propyplast."
    assert triples(text, "fr", prefix="acquisition") == [("acquisition", "Leygatech", "Propyplast")]


def test_buyer_after_de_l_and_a_noun() -> None:
    text = "Le spécialiste de l'emballage Leygatech a racheté Propyplast."
    assert triples(text, "fr", prefix="acquisition") == [("acquisition", "Leygatech", "Propyplast")]


def test_buyer_after_two_complements_in_the_present() -> None:
    text = "L'éditeur de logiciels d'entreprise Sorvane rachète Keltio."
    assert triples(text, "fr", prefix="acquisition") == [("acquisition", "Sorvane", "Keltio")]


def test_buyer_after_an_adjective_and_a_complement() -> None:
    text = "Le distributeur indépendant de matériel Brovane a repris Keltio."
    assert triples(text, "fr", prefix="acquisition") == [("acquisition", "Brovane", "Keltio")]


# near misses: the described company names no buyer, or the company is a customer


def test_a_described_seller_without_a_name_buys_nothing() -> None:
    text = "Le spécialiste de l'emballage a vendu une usine à Keltio."
    assert triples(text, "fr", prefix="acquisition") == []


def test_a_customer_after_the_description_is_no_target() -> None:
    text = "Le fabricant de films d'emballage a perdu son client Propyplast."
    assert triples(text, "fr", prefix="acquisition") == []
