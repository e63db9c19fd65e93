"""Deal readings that the exact-events sample format cannot state: what must NOT be read."""

from __future__ import annotations

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.quantities import find_percents


def test_english_and_in_a_french_name_joins_no_second_target() -> None:
    """ "le rachat de Rohm and Haas": one company named with an English "and", never a purchase of "Haas"."""
    extraction = extract(NewsItem(id="fr-and", body="Dow Chemical a finalisé le rachat de Rohm and Haas l'an dernier."))
    assert extraction.language == "fr"
    targets = {event.object.id for event in extraction.events if event.type == "acquisition" and event.object}
    assert targets and "haas" not in targets


def _stakes(body: str) -> list[tuple[str | None, str | None, float | None]]:
    extraction = extract(NewsItem(id="stake-words", body=body))
    return [
        (event.subject.id if event.subject else None, event.object.id if event.object else None, event.stake_pct)
        for event in extraction.events
        if event.type in ("stake", "acquisition")
    ]


def test_a_share_in_french_words_is_a_stake_of_that_size() -> None:
    """ "un tiers de X" is 33.3 %; the unknown name after "% de" / "un tiers de" is a company."""
    [(holder, company, pct)] = _stakes("Le fonds Orbiel a acquis un tiers de Kervalis pour se renforcer.")
    assert (holder, company) == ("orbiel", "kervalis")
    assert pct is not None and abs(pct - 100 / 3) < 0.01
    [(_, company, pct)] = _stakes("Le fonds Orbiel détient 15 % de Kervalis depuis mars.")
    assert (company, pct) == ("kervalis", 15.0)


def test_percent_with_three_decimals_and_fractions_in_words_are_read() -> None:
    values = [
        p.value for p in find_percents("It holds 39.775 percent; it may buy a fifth of the group, or half of it.")
    ]
    assert values == [39.775, 20.0, 50.0]
    assert find_percents("In the first half of 2024 and the third quarter of 2023, sales rose.") == []


def test_a_modal_before_a_bare_buy_makes_a_rumoured_stake() -> None:
    """ "could buy as much as a fifth of X": the modal stays a separate cue, so the deal is not a fact."""
    extraction = extract(NewsItem(id="could-buy", body="Vivendi could buy as much as a fifth of Lagardere this year."))
    [event] = [event for event in extraction.events if event.type == "stake"]
    assert event.object is not None and event.object.id == "lagardere"
    assert event.stake_pct == 20.0 and event.modality == "rumor"


def test_a_french_stake_told_by_its_price_names_the_company_after_dans() -> None:
    """ "une participation de N millions d'euros dans X": a stake in X carrying that amount."""
    extraction = extract(
        NewsItem(id="prix", body="Vivendi prend une participation de 40 millions d'euros dans Lagardère.")
    )
    [event] = [event for event in extraction.events if event.type == "stake"]
    assert (event.subject and event.subject.id, event.object and event.object.id) == ("vivendi", "lagardere")
    assert event.amount is not None and (event.amount.value, event.amount.currency) == (40_000_000, "EUR")


def test_a_holding_in_a_company_under_its_former_name_is_in_the_company() -> None:
    """ "23 % de l'ancien France Télécom": the former name is an alias of Orange in the knowledge base."""
    extraction = extract(NewsItem(id="ancien", body="Bpifrance possède 5 % de l'ancien France Télécom depuis 2012."))
    assert [(e.subject and e.subject.id, e.object and e.object.id, e.stake_pct) for e in extraction.events] == [
        ("bpifrance", "orange", 5.0)
    ]


def _deals(body: str, title: str = "") -> list[tuple[str, str | None, str | None, float | None, float | None, str]]:
    extraction = extract(NewsItem(id="deal-words", title=title, body=body))
    return [
        (
            event.type,
            event.subject.name if event.subject else None,
            event.object.name if event.object else None,
            event.amount.value if event.amount else None,
            event.stake_pct,
            event.modality,
        )
        for event in extraction.events
        if event.type in ("acquisition", "stake", "investment")
    ]


def test_a_price_for_each_share_and_a_premium_are_no_stake() -> None:
    """ "$41 in cash for each Norvane share, a 30% premium": a per-share price, no amount and no 30% stake;
    "the transaction is valued at" a few sentences later prices the deal told first."""
    body = (
        "Norvane Labs said it had agreed to be bought by an affiliate of Kestrel Equity Partners. "
        "Shares rose 20%.\n\nDetails\n\n"
        "The Kestrel affiliate will pay $41 in cash for each outstanding Norvane share, a 30% premium to the close. "
        "The transaction is valued at about $2.2 billion."
    )
    assert _deals(body) == [("acquisition", "Kestrel Equity Partners", "Norvane Labs", 2.2e9, None, "fact")]


def test_an_accepted_takeover_offer_from_a_buyer_is_an_agreed_acquisition() -> None:
    """ "accepted a raised $N takeover offer from X": "raised" is an adjective, the offer is the buyer's."""
    body = "Halvex Optics Inc said it had accepted a raised $3.1 billion takeover offer from Dorran Systems Inc."
    assert _deals(body) == [("acquisition", "Dorran Systems", "Halvex Optics", 3.1e9, None, "fact")]


def test_co_leads_through_a_fund_and_existing_investors_are_all_investors() -> None:
    """ "led by A's Growth Fund and B, with participation from existing investors C and D": four investors."""
    body = (
        "Tessaly raised $20 million in a Series A round led by Ondrel Capital's Nordic Growth Fund and Pellion "
        "Ventures, with participation from existing investors Brimley Ventures and Quenby."
    )
    found = _deals(body)
    assert {(subject, amount) for _, subject, _, amount, _, _ in found} == {
        ("Ondrel Capital", 20e6),
        ("Pellion Ventures", 20e6),
        ("Brimley Ventures", None),
        ("Quenby", None),
    }


def test_existing_backers_after_as_did_join_the_round() -> None:
    body = (
        "Veridane raised $90 million led by Halvard Partners. Ondrel Capital joined the round, as did existing "
        "backers Pellion Ventures and Astrelle Capital."
    )
    subjects = {subject for _, subject, _, _, _, _ in _deals(body)}
    assert subjects == {"Halvard Partners", "Ondrel Capital", "Pellion Ventures", "Astrelle Capital"}


def test_a_headline_rubric_is_the_target_of_a_stake_told_after_the_colon() -> None:
    """ "Y : X International acquiert 12 % du capital": X (the body's "X") buys into Y, the rubric."""
    body = "Le groupe italien a conclu l'achat mardi. Ondrelli a payé comptant. Ondrelli vise davantage de Kervalis."
    found = _deals(body, title="Kervalis : Ondrelli International acquiert 12 % du capital")
    assert [(kind, subject, target, pct) for kind, subject, target, _, pct, _ in found] == [
        ("stake", "Ondrelli International", "Kervalis", 12.0)
    ]


def test_a_friendly_tender_offer_and_its_bill_in_the_next_sentence() -> None:
    """ "offre publique d'achat amicale sur X", then "La facture atteint N": the offer's price."""
    body = (
        "Vinci a lancé une offre publique d'achat amicale sur le groupe belge Dorranco. "
        "La facture atteint 1,2 milliard d'euros, dont la moitié en actions."
    )
    [(kind, subject, target, amount, _, _)] = _deals(body)
    assert (kind, subject, target, amount) == ("acquisition", "Vinci", "Dorranco", 1.2e9)


def test_a_protocol_to_take_over_a_unit_named_with_its_initials_is_a_plan() -> None:
    """ "un protocole en vue de reprendre Sodexo Facilities (SF)": a plan on the unit, "SF" later is the unit."""
    body = (
        "Orbiel a signé un protocole en vue de reprendre Sodexo Facilities (SF), filiale du groupe Sodexo. "
        "La transaction valorise SF à 80 millions d'euros. Sodexo verrait sa participation au capital d'Orbiel "
        "portée à 30 %."
    )
    extraction = extract(NewsItem(id="protocole", body=body))
    read = {
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extraction.events
    }
    assert ("acquisition", "Orbiel", "Sodexo Facilities", "plan") in read
    assert ("valuation", "Sodexo Facilities", None, "fact") in read
    assert ("stake", "Sodexo", "Orbiel", "fact") in read


def test_a_place_owning_a_fund_names_the_fund() -> None:
    """ "Beijing's CDH Investments": the place is no owner, the fund is the investor."""
    body = "Tessaly raised $40 million led by Beijing's CDH Investments and Halvard Partners."
    assert {subject for _, subject, _, _, _, _ in _deals(body)} == {"CDH Investments", "Halvard Partners"}


def test_funding_to_date_is_no_new_round() -> None:
    """ "has now raised some $120 million" / "en cinq ans": the running total, not a round of its own."""
    body = (
        "London-based Tessaly has raised $40 million in Series B funding. "
        "Founded in 2019, Tessaly has now raised some $120 million."
    )
    assert [amount for _, _, _, amount, _, _ in _deals(body)] == [40e6]
    french = (
        "La start-up Kervalis lève 6 millions d'euros. "
        "L'opération porte à 9 millions d'euros les fonds levés en cinq ans."
    )
    assert [amount for _, _, _, amount, _, _ in _deals(french)] == [6e6]


def test_a_potential_acquisition_and_a_buyout_offer_in_french_are_plans() -> None:
    english = (
        "Vodafone is in early discussions with Kestrel Telecom about the potential acquisition of Kestrel Telecom."
    )
    assert [(kind, modality) for kind, _, _, _, _, modality in _deals(english)] == [("acquisition", "plan")]
    french = "Le groupe Orbiel a émis une offre de rachat sur Atos, à 12 euros par action."
    assert [(kind, subject, target, modality) for kind, subject, target, _, _, modality in _deals(french)] == [
        ("acquisition", "Orbiel", "Atos", "plan")
    ]


def test_a_french_round_gathered_from_investors() -> None:
    """ "12 millions d'euros rassemblés auprès de X": a round of the company named before, led by X."""
    body = (
        "La start-up Kervalis signe la levée de la semaine avec 12 millions d'euros rassemblés auprès "
        "d'Idinvest Partners."
    )
    assert _deals(body) == [("investment", "Idinvest Partners", "Kervalis", 12e6, None, "fact")]


def test_a_french_digest_round_signed_with_its_investors() -> None:
    """ "X signe la plus grosse levée, N, avec A, B et C": one investment per investor, the first carries N."""
    body = "Kervalis signe la plus grosse levée de la semaine, 7 millions d'euros, avec Bpifrance, Demeter et Idinvest."
    found = _deals(body)
    assert {(subject, target, amount) for _, subject, target, amount, _, _ in found} == {
        ("Bpifrance", "Kervalis", 7e6),
        ("Demeter", "Kervalis", None),
        ("Idinvest", "Kervalis", None),
    }


def test_a_market_value_is_no_valuation() -> None:
    """ "X is worth about $1.4 billion on the market": a market capitalisation, not a valuation event."""
    extraction = extract(NewsItem(id="cap", body="Polycom is worth about $1.4 billion on the market, analysts said."))
    assert [event.type for event in extraction.events] == []


def test_a_sale_told_as_a_noun_names_its_buyer_after_a() -> None:
    """ "la cession de X au britannique Y pour N": Y buys X; "visé par une offre hostile du canadien Z": Z bids."""
    body = (
        "Après la cession de Kervalis au britannique Prudential pour 2 milliards de dollars, les regards se tournent "
        "vers Atos. Atos est lui-même visé par une offre hostile du canadien Dorranco Capital."
    )
    found = {(kind, subject, target, amount, modality) for kind, subject, target, amount, _, modality in _deals(body)}
    assert found == {
        ("acquisition", "Prudential", "Kervalis", 2e9, "fact"),
        ("acquisition", "Dorranco Capital", "Atos", None, "plan"),
    }


def test_a_bid_report_shot_down_by_the_buyer_is_denied() -> None:
    body = "Vivendi shot down a report that it was in merger talks with Lagardere, sending Lagardere shares lower."
    assert [(kind, subject, target, modality) for kind, subject, target, _, _, modality in _deals(body)] == [
        ("acquisition", "Vivendi", "Lagardère", "denied")
    ]


def test_french_and_english_holdings_told_around_the_verb() -> None:
    """Shareholder named after "is", "actionnaire à hauteur de", "a pris N % de", "s'invite au capital de"."""
    assert _stakes("Lagardere's biggest shareholder is Vivendi, with 27 percent.") == [("vivendi", "lagardere", 27.0)]
    assert _stakes("Vivendi est actionnaire à hauteur de 15 % de Lagardère.") == [("vivendi", "lagardere", 15.0)]
    assert _stakes("Vivendi a pris 10 % de Lagardère en Bourse.") == [("vivendi", "lagardere", 10.0)]
    assert _stakes("Vivendi s'invite au capital de Lagardère.") == [("vivendi", "lagardere", None)]
    assert _stakes("Vivendi a pris la décision de céder Lagardère.") == []


def test_a_buyer_already_owning_a_share_of_the_capital_sold() -> None:
    """ "X vend Y. L'acquéreur est Z, déjà propriétaire de 49 % du capital": Z held 49 % of Y."""
    body = (
        "Eurazeo cède le solde de sa participation dans Kervalis. "
        "L'acquéreur est l'australien Carsales, déjà propriétaire de 49 % du capital."
    )
    assert ("carsales", "kervalis", 49.0) in _stakes(body)


def test_taking_a_majority_in_a_headline_is_control() -> None:
    """ "X prend 51 % de Y": a majority taken is control, as in "X a acquis 51 % de Y"; holding 60 % stays a stake."""
    assert _deals("Vivendi prend 51 % de Lagardère.") == [("acquisition", "Vivendi", "Lagardère", None, 51.0, "fact")]
    assert _stakes("Vivendi détient 60 % de Lagardère.") == [("vivendi", "lagardere", 60.0)]


def test_unknown_targets_after_a_deal_verb_and_investors_among_the_backers() -> None:
    """ "will acquire Zoox": a capitalised name after a deal verb is a company; "with A and B among the investors"."""
    assert _deals("Amazon said it will acquire Zoox for about $1.2 billion.") == [
        ("acquisition", "Amazon", "Zoox", 1.2e9, None, "plan")
    ]
    body = "Databricks closed a $500 million round, with Nvidia and Capital One Ventures among the investors."
    assert {subject for _, subject, _, _, _, _ in _deals(body)} == {None, "Nvidia", "Capital One Ventures"}


def test_an_abandoned_acquisition_told_by_the_targets_name_is_denied() -> None:
    """ "X's proposed acquisition by Y was abandoned": Y's deal, denied; an abandonment in an "after" clause is not."""
    assert _deals("Figma's proposed acquisition by Adobe was abandoned.") == [
        ("acquisition", "Adobe", "Figma", None, None, "denied")
    ]
    assert _deals("Le rachat de Lagardère par Vivendi a capoté.") == [
        ("acquisition", "Vivendi", "Lagardère", None, None, "denied")
    ]
    later = "Vivendi bought Lagardere for $1 billion after an earlier plan with Amber was abandoned."
    assert [modality for *_, modality in _deals(later)] == ["fact"]


def test_a_french_round_announced_as_une_levee_and_a_founders_we() -> None:
    """ "X prépare une levée de fonds de N" (a plan, "une" is no adjective); « on a levé N » is the story's company."""
    body = (
        "La start-up Kervalis prépare une levée de fonds de 50 millions d'euros. Son fondateur l'a confirmé. "
        "« L'an dernier, on a levé 8 millions d'euros », a-t-il rappelé. Kervalis emploie 40 personnes."
    )
    found = {(target, amount, modality) for _, _, target, amount, _, modality in _deals(body)}
    assert found == {("Kervalis", 50e6, "plan"), ("Kervalis", 8e6, "fact")}


def test_va_racheter_is_a_plan() -> None:
    assert _deals("Sanofi va racheter Bioverativ pour 11,6 milliards de dollars.") == [
        ("acquisition", "Sanofi", "Bioverativ", 11.6e9, None, "plan")
    ]


def test_a_holding_level_and_the_groups_biggest_shareholder() -> None:
    """ "X's holding stood at N %": the company of X's stake told before; "the group's biggest shareholder is X"."""
    body = "Vivendi now holds 15.1 percent of Lagardere. Vivendi's holding stood at about 11 percent in December."
    assert _stakes(body) == [("vivendi", "lagardere", 15.1), ("vivendi", "lagardere", 11.0)]
    body = "Lagardere fell 2% on Monday. The group's biggest shareholder remains Vivendi, with about 25 percent."
    assert _stakes(body) == [("vivendi", "lagardere", 25.0)]


def test_a_price_with_an_earn_out_aside_and_a_takeover_approach() -> None:
    """ "pay up to $N, including an earn-out of $M, for Y": N is the price; "made a takeover approach to Y"."""
    assert _deals(
        "Vivendi agreed to pay up to $500 million, including an earn-out of $100 million, for Lagardere."
    ) == [("acquisition", "Vivendi", "Lagardère", 500e6, None, "fact")]
    rumoured = "Vivendi made a takeover approach to Lagardere last month, people familiar with the matter said."
    assert _deals(rumoured) == [("acquisition", "Vivendi", "Lagardère", None, None, "rumor")]


def test_a_market_value_and_a_valuation_that_moved() -> None:
    """ "market value stands at" is a capitalisation; "valuation fell to $N" / "est passée à N" is a valuation."""
    assert extract(NewsItem(id="mv", body="Apple's market value stands at about $2.7 trillion.")).events == ()
    for body, value in (
        ("Klarna's valuation fell to $6.7 billion in the round.", 6.7e9),
        ("La valorisation de Mistral AI est passée à 11,7 milliards d'euros.", 11.7e9),
    ):
        [event] = extract(NewsItem(id="val", body=body)).events
        assert event.type == "valuation" and event.valuation is not None and event.valuation.value == value


def test_idioms_of_a_company_changing_hands() -> None:
    """ "X tombe dans le giron de Y", "X was snapped up by Y": the target first, the buyer after."""
    assert _deals("Le spécialiste lyonnais Kervalis SAS tombe dans le giron de Vinci pour 40 millions d'euros.") == [
        ("acquisition", "Vinci", "Kervalis", 40e6, None, "fact")
    ]
    assert _deals("Lagardere was snapped up by Vivendi for $2 billion.") == [
        ("acquisition", "Vivendi", "Lagardère", 2e9, None, "fact")
    ]


def test_exclusive_talks_with_a_buyer_over_a_sale() -> None:
    """ "X est en négociations exclusives avec Y pour la cession de Z": Y plans to buy Z, X only sells."""
    body = "Atos est entré en négociations exclusives avec Airbus pour la cession de sa filiale Worldgrid."
    assert _deals(body) == [("acquisition", "Airbus", "Worldgrid", None, None, "plan")]
