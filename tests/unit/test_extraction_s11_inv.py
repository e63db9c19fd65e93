"""Investment and valuation read by the structure of their sentences, not by phrases (session 11).

Each test gives sentences of one class worded differently (EN and FR, one invented at least) and a near miss
that must stay silent or keep its reading.
"""

from __future__ import annotations

from schemas import NewsItem
from streams.extraction import extract


def _events(body: str, kind: str) -> set[tuple[str | None, str | None, float | None]]:
    """(subject id, object id, amount or valuation) of every ``kind`` event read in ``body``."""
    extraction = extract(NewsItem(id="s11-inv", body=body))
    found = set()
    for event in extraction.events:
        if event.type != kind:
            continue
        money = event.valuation if kind == "valuation" else event.amount
        found.add(
            (
                event.subject.id if event.subject else None,
                event.object.id if event.object else None,
                money.value if money else None,
            )
        )
    return found


def _valued(body: str) -> set[tuple[str | None, float | None]]:
    return {(subject, value) for subject, _, value in _events(body, "valuation")}


def test_a_valuation_told_next_to_an_investor_prices_the_company_it_invested_in() -> None:
    """ "GV, which first invested at a $1.12bn valuation": Slack's price, never GV's."""
    backers = (
        "Salesforce agreed to buy Slack for $27.7bn. Its backers include GV, which first invested at a $1.12bn "
        "valuation, and Comcast Ventures, which initially invested at a $3.8bn valuation."
    )
    assert _valued(backers) == {("slack", 1_120_000_000), ("slack", 3_800_000_000)}
    provided = (
        "Stripe raised $600m last year. The capital was provided by Accel and Index Ventures at a reported $3.8bn "
        "valuation."
    )
    assert _valued(provided) == {("stripe", 3_800_000_000)}
    french = (
        "Mistral AI a levé 600 millions d'euros auprès de General Catalyst. Les autres investisseurs sont Lightspeed "
        "et Bpifrance, qui avait investi à une valorisation de 2 milliards d'euros."
    )
    assert _valued(french) == {("mistral-ai", 2_000_000_000)}
    assert _valued("Stripe, backed by Sequoia, is valued at $2bn.") == {("stripe", 2_000_000_000)}


def test_a_valuation_beside_investors_of_no_round_read_values_nobody() -> None:
    assert _valued("The capital was provided by Accel and Index Ventures at a reported $3.8bn valuation.") == set()


def test_a_company_after_an_intro_word_that_opens_no_investor_list_keeps_its_valuation() -> None:
    """ "Avec 50 M€ levés, la jeune pousse X serait valorisée": "avec" opens no list of investors here."""
    assert _valued(
        "Avec 50 millions d'euros levés, la jeune pousse Doctolib serait valorisée à 900 millions d'euros."
    ) == {("doctolib", 900_000_000)}
    assert _valued("With fresh money from the round, Stripe is valued at $95bn.") == {("stripe", 95_000_000_000)}


def test_a_company_described_by_a_relative_that_invests_nothing_keeps_its_valuation() -> None:
    assert _valued("Sequoia, which manages $85bn for its clients, is valued at $10bn.") == {
        ("sequoia-capital", 10_000_000_000)
    }


def _pairs(body: str) -> set[tuple[str | None, str | None, float | None]]:
    return _events(body, "investment")


def test_an_investor_verb_naming_the_round_of_the_company_after_it_is_a_round() -> None:
    """ "X led Y's $200m round", "X co-led a round for Y with Z", "X a mené le tour de table de Y"."""
    assert ("dst-global", "chime", 200_000_000) in _pairs(
        "DST Global led Chime's $200 million March 2019 funding round too."
    )
    found = _pairs(
        "SoftBank co-led a $600m series D round for UK-based surgical robot developer CMR Surgical with healthcare "
        "investment group Ally Bridge."
    )
    assert {("softbank-group", "cmr-surgical", 600_000_000), ("ally-bridge", "cmr-surgical", 600_000_000)} <= found
    french = _pairs("Eurazeo a mené le tour de table de 12 millions d'euros de Doctolib, aux côtés de Bpifrance.")
    assert {("eurazeo", "doctolib", 12_000_000), ("bpifrance", "doctolib", None)} <= french
    assert {("accel", "stripe", None), ("index-ventures", "stripe", None)} <= _pairs(
        "Accel and Index Ventures co-led Stripe's Series B."
    )
    assert ("tencent", "lydia", None) in _pairs("Tencent has joined Lydia's $45 million series B round.")


def test_a_round_named_after_an_investor_verb_prices_the_round_s_company() -> None:
    valued = _valued("DST Global led Chime's $200 million round, which gave the bank its $1.5 billion valuation.")
    assert valued == {("chime", 1_500_000_000)}


def test_a_lead_verb_without_a_company_s_round_after_it_reads_no_round() -> None:
    assert _pairs("Accel led a round of layoffs in Paris last year.") == set()
    assert _pairs("Shares of Stripe led the gains on Tuesday, ahead of Adyen.") == set()
    assert _pairs("Sequoia joined the board of Stripe.") == set()


def test_a_fronted_round_phrase_names_the_leads_and_the_company_after_its_comma() -> None:
    """ "In a round led by A and B, Y raised $N": A and B invest in Y, never Y in A."""
    assert _pairs("In a round led by Index Ventures and Accel, Stripe raised $30 million.") == {
        ("index-ventures", "stripe", 30_000_000),
        ("accel", "stripe", 30_000_000),
    }
    assert _pairs("As part of a Series B led by Sequoia, with participation from Accel, Doctolib has raised $50m.") == {
        ("sequoia-capital", "doctolib", 50_000_000),
        ("accel", "doctolib", None),
    }
    assert _pairs("Dans le cadre d'un tour de table mené par Eurazeo, Doctolib lève 20 millions d'euros.") == {
        ("eurazeo", "doctolib", 20_000_000)
    }
    told = _pairs("Doctolib a été créée en 2013. Lors d'un tour de table mené par Eurazeo, la start-up a levé 20 M€.")
    assert told == {("eurazeo", "doctolib", 20_000_000)}


def test_a_fronted_round_phrase_leads_only_the_first_round_after_it() -> None:
    found = _pairs("In a round led by Index Ventures, Stripe raised $30 million, while Adyen raised $10m from Accel.")
    assert found == {("index-ventures", "stripe", 30_000_000), ("accel", "adyen", 10_000_000)}


def test_a_company_in_a_fronted_phrase_that_is_no_round_raises_nothing() -> None:
    """ "In a market led by Adyen, Stripe raised": Stripe raised, Adyen neither raised nor invested."""
    assert _pairs("In a market led by Adyen, Stripe raised $30 million.") == {(None, "stripe", 30_000_000)}
    fronted_list = "Lors d'une phase menée par Nvidia, Samsung et Salesforce, la startup a levé 600 millions d'euros."
    assert _pairs(fronted_list) == set()


def test_money_summed_over_several_rounds_is_no_new_round() -> None:
    """ "raised $29.2 million in four funding rounds": the company's funding so far."""
    assert _pairs("Prior to this funding round, Lydia raised $29.2 million in four funding rounds.") == set()
    assert _pairs("Doctolib a levé 12 millions d'euros en trois levées de fonds.") == set()
    assert _pairs("Stripe has raised $400m across several rounds.") == set()


def test_money_raised_in_one_round_is_still_a_round() -> None:
    assert _pairs("Stripe raised $40m in its Series B round.") == {(None, "stripe", 40_000_000)}
    assert _pairs("Stripe raised $40m in a funding round led by Accel.") == {("accel", "stripe", 40_000_000)}


def test_backers_of_an_investment_fund_join_no_company_s_round() -> None:
    """ "X contributed to the fund": a limited partner of a fund, not a co-investor of the round told before."""
    round_ = "Kahoot has secured $215m from SoftBank. "
    only_softbank = {("softbank-group", "kahoot", 215_000_000)}
    assert _pairs(round_ + "Banca Sella and Banco BPM contributed to the fund along with Aviva.") == only_softbank
    assert _pairs(round_ + "Accel also invested in the new €100m fund.") == only_softbank
    assert _pairs("Doctolib a levé 20 M€ auprès d'Eurazeo. Bpifrance a participé au fonds de 50 M€.") == {
        ("eurazeo", "doctolib", 20_000_000)
    }


def test_a_co_investor_of_the_round_itself_still_joins_it() -> None:
    assert ("accel", "kahoot", None) in _pairs(
        "Kahoot has secured $215m from SoftBank. Accel also invested in the round."
    )
    assert ("bpifrance", "doctolib", None) in _pairs(
        "Doctolib a levé 20 M€ auprès d'Eurazeo. Bpifrance a également participé."
    )


def test_a_round_headed_or_dirige_by_an_investor_is_led_by_it() -> None:
    """ "dirigé par", "headed by": plain synonyms of "mené par" / "led by", with and without a raise verb."""
    assert _pairs("Cette semaine, Doctolib a levé 600 millions d'euros. Cette phase a été dirigée par Eurazeo.") == {
        ("eurazeo", "doctolib", 600_000_000)
    }
    assert _pairs("Doctolib annonce 40 millions d'euros de financement dirigé par Eurazeo et Bpifrance.") == {
        ("eurazeo", "doctolib", 40_000_000),
        ("bpifrance", "doctolib", 40_000_000),
    }
    assert _pairs("Stripe raised $30m in a round headed by Accel.") == {("accel", "stripe", 30_000_000)}


def test_a_company_headed_by_a_person_has_no_investor() -> None:
    assert _pairs("La filiale dirigée par Jean Dupont a levé 2 M€.") == set()
    assert _pairs("Stripe, headed by Patrick Collison, raised $30m.") <= {(None, "stripe", 30_000_000)}


def test_an_investor_list_closed_by_and_keeps_its_members_when_the_last_name_is_unread() -> None:
    """ "with participation from A, B and New Alpha": the closing "and" proves the list, so A and B invest."""
    found = _pairs(
        "Lydia closed a $45 million round led by Tencent, with participation from existing investors CNP Assurances, "
        "XAnge and New Alpha Asset Management."
    )
    assert {("cnp-assurances", "lydia", None), ("xange", "lydia", None)} <= found
    french = _pairs("Doctolib lève 20 M€ auprès d'Eurazeo, de Bpifrance et de New Wave Capital.")
    assert {("eurazeo", "doctolib"), ("bpifrance", "doctolib")} <= {(s, o) for s, o, _ in french}
    invented = _pairs("Kervalis raised $8m from Accel, Index Ventures and the New Forge fund.")
    assert {("accel", "kervalis"), ("index-ventures", "kervalis")} <= {(s, o) for s, o, _ in invented}


def test_a_comma_list_without_its_closing_and_lists_no_investor() -> None:
    """ "from Accel, Stripe said": a comma alone does not make a list."""
    assert ("stripe", "doctolib") not in {(s, o) for s, o, _ in _pairs("Doctolib raised $5m from Accel, Stripe said.")}


def test_a_backer_that_came_in_at_a_valuation_is_no_company_valued() -> None:
    body = (
        "Salesforce agreed to buy Slack for $27.7bn. Its backers include SoftBank Vision Fund, which owned 7.3% "
        "before the listing; GV, which came in at a $1.12bn valuation."
    )
    assert ("softbank-vision-fund", 1_120_000_000) not in _valued(body)
    assert ("gv", 1_120_000_000) not in _valued(body)


def test_a_valuation_in_a_list_item_of_backers_prices_the_company_they_back() -> None:
    """ "Its backers include A, owner of 7.3%; B, which first invested at a $1.12bn valuation": the company's price,
    whether or not B is recognised; never A's, which stands in an earlier item of the list."""
    body = (
        "Slack hit the public markets 18 months ago with a guidance price valuing it at $13.1bn. Its backers include "
        "SoftBank Vision Fund, owner of a 7.3% stake pre-listing; GV, which first invested at a $1.12bn valuation; "
        "and Comcast Ventures, which initially invested at a $3.8bn valuation."
    )
    assert {("slack", 1_120_000_000), ("slack", 3_800_000_000)} <= _valued(body)
    french = (
        "Doctolib a été créée en 2013. Ses investisseurs historiques sont Eurazeo, qui détient 12 % ; Bpifrance, qui "
        "avait investi sur la base d'une valorisation de 400 millions d'euros."
    )
    assert _valued(french) <= {("doctolib", 400_000_000)}  # never an investor's


def test_a_valuation_in_a_list_item_with_no_investing_relative_values_nobody_before_it() -> None:
    assert _valued("Its rivals include Stripe, which has 500 staff; Zelphi, which was valued at $1bn.") == set()


def test_a_company_glued_to_backed_before_another_invested_in_it() -> None:
    """ "Tencent-backed Swiggy": an investment of untold size; the round a sentence tells keeps no named investor."""
    assert _pairs("Zomato is fighting Swiggy, and just like Tencent-backed Swiggy, it has a Chinese backer.") == {
        ("tencent", "swiggy", None)
    }
    assert _pairs("SoftBank-backed Oyo raised $1bn.") == {("softbank-group", "oyo", None), (None, "oyo", 1_000_000_000)}
    assert _pairs("Kervalis, a Lyon company, is growing. Index Ventures-funded Kervalis hired 40 engineers.") == {
        ("index-ventures", "kervalis", None)
    }


def test_a_backer_glued_to_a_description_is_not_the_company_that_raised() -> None:
    assert _pairs("Doctolib was founded in 2013. The Sequoia-backed startup raised $5m.") == {
        (None, "doctolib", 5_000_000)
    }
    assert _pairs("VC-backed companies are struggling to raise money this year.") == set()
