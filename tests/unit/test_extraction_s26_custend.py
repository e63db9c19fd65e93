"""Session 26 (custend): customer losses and their major cues in wordings a real-article audit found unread.

Each class is proved on invented names and sentences, with near misses that must not fire:

- a customer telling its supplier it will end the contract ("X told Y it would be ending the contract at its mine"):
  "it" is the teller, so the one told supplies, and the end is announced (a plan);
- a retailer's delisting: goods pulled off its shelves in a dispute (at risk, with a rough count or "has taken ...
  off"), or a maker's goods it will no longer sell or has delisted (an end).

Second shift: a relation's amount told by the month or quarter is valued per year; "the loss of $X in revenue" after
an end sizes it; a short form opening a later sentence is the full name told before; an end told in a conjunct of a
notice ("informed Y of its decision and is expected to cut off ...") is the teller's; goods used from a supplier
"instead" start a relation.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import END, RISK, event_pairs, extract_body, losses
from tests.unit.extraction_helpers import loss_pairs as pairs


@pytest.mark.parametrize(
    "text",
    [
        "Brennox Mining told Korvane Holdings it would end the drilling contract at its Vella mine by June.",
        "In a filing on Friday, Brennox Mining told Korvane Holdings that it would be ending the contract at the "
        "Vella Ridge project by April.",
        "Brennox Mining told Korvane Holdings in March it would terminate their supply agreement.",
        "Brennox Mining told Korvane Holdings it would not renew the agreement.",
    ],
)
def test_a_customer_telling_its_supplier_it_will_end_the_contract_is_a_planned_end(text: str) -> None:
    events = [e for e in losses(text) if e.type == END]
    assert {(e.subject.name if e.subject else "", e.object.name if e.object else "") for e in events} == {
        ("Brennox Mining", "Korvane")
    }
    assert {e.modality for e in events} == {"plan"}


@pytest.mark.parametrize(
    "text",
    [
        # the teller told the press, not a company: the one told is no supplier
        "Brennox Mining told reporters it would end the contract with Korvane Holdings.",
        # a contract that grows is no loss
        "Brennox Mining told Korvane Holdings it would expand the contract.",
    ],
)
def test_telling_the_press_or_an_expansion_names_no_supplier_told(text: str) -> None:
    assert ("customer_end", "Korvane", "Brennox Mining") not in pairs(text)
    assert all(e.subject is None or e.subject.name != "Korvane" for e in losses(text))


def test_a_done_end_told_in_the_past_stays_a_fact() -> None:
    (event,) = [e for e in losses("Brennox Mining told Korvane Holdings in March that it had stopped using its rigs.")]
    assert (event.subject.name if event.subject else "", event.modality) == ("Brennox Mining", "fact")


@pytest.mark.parametrize(
    "text",
    [
        "Brennox Stores has taken Korvane Foods products off its shelves.",
        "Brennox Stores has removed about 300 Korvane Foods products from the shelves in its Belgian stores.",
    ],
)
def test_goods_pulled_off_the_shelves_put_the_maker_at_risk(text: str) -> None:
    assert pairs(text) == {(RISK, "Brennox Stores", "Korvane Foods")}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Brennox Stores will no longer sell Korvane Foods products because they cost too much.", "plan"),
        ("Brennox Stores delisted dozens of Korvane Foods items last year.", "fact"),
    ],
)
def test_goods_a_retailer_no_longer_sells_end_the_relation(text: str, modality: str) -> None:
    (event,) = losses(text)
    assert (event.type, event.subject.name if event.subject else "", event.object.name if event.object else "") == (
        END,
        "Brennox Stores",
        "Korvane Foods",
    )
    assert event.modality == modality


@pytest.mark.parametrize(
    "text",
    [
        # a stake taken is no delisting
        "Brennox Capital has taken a 12% stake in Korvane Foods.",
        # a lawsuit is no delisting
        "Brennox Stores has taken Korvane Foods to court over unpaid invoices.",
        # its own goods: no maker named
        "Brennox Stores will no longer sell its own-brand products in Spain.",
    ],
)
def test_stakes_lawsuits_and_own_goods_are_no_delisting(text: str) -> None:
    assert losses(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Korvane Holdings lost a major, multi-million dollar iron ore mining contract with Brennox Mining.", None),
        ("Korvane Holdings lost a major multi-million dollar drilling contract with Brennox Mining.", None),
        ("Korvane Holdings lost a 10-year, $4 billion maintenance contract with Brennox Mining.", 4e9),
    ],
)
def test_a_lost_contract_with_its_terms_before_the_noun_names_its_customer(text: str, amount: float | None) -> None:
    (event,) = losses(text)
    assert (event.type, event.subject.name if event.subject else "", event.object.name if event.object else "") == (
        END,
        "Brennox Mining",
        "Korvane",
    )
    assert (event.amount.value if event.amount else None) == amount
    assert event.major_customer or amount is not None


def test_money_lost_in_dealings_is_no_lost_contract() -> None:
    assert losses("Korvane Holdings lost a large amount of money in its dealings with Brennox Mining.") == []


def test_ties_cut_off_with_no_other_side_named_make_no_customer_of_the_teller() -> None:
    text = (
        "Brennox Networks is expected to completely cut off its manufacturing relationship by the end of the year, "
        "Korvane Electronics said."
    )
    assert losses(text) == []


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        (
            "Brennox Networks will cut off its manufacturing relationship with Korvane Electronics by June.",
            "Brennox Networks",
            "Korvane Electronics",
        ),
        ("Korvane Electronics will cut off Brennox Networks next month.", "Brennox Networks", "Korvane Electronics"),
    ],
)
def test_ties_cut_off_with_the_other_side_named_keep_their_reading(text: str, customer: str, supplier: str) -> None:
    assert pairs(text) == {(END, customer, supplier)}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Brennox Motors' deal with Korvane Energy for the supply of batteries will end this year.", "plan"),
        ("Brennox Motors' supply contract with Korvane Energy ends in June.", "plan"),
        ("Brennox Motors' deal with Korvane Energy ended last year.", "fact"),
        ("Brennox Motors ends battery supply deal with Korvane Energy.", "fact"),
    ],
)
def test_a_deal_with_a_supplier_that_ends_is_the_customers_end(text: str, modality: str) -> None:
    (event,) = losses(text)
    assert (event.type, event.subject.name if event.subject else "", event.object.name if event.object else "") == (
        END,
        "Brennox Motors",
        "Korvane Energy",
    )
    assert event.modality == modality


@pytest.mark.parametrize(
    "text",
    [
        # the deal ends something else: no end of the deal
        "Brennox Motors' deal with Korvane Energy ended a long dispute over prices.",
        # a contract expiring at its term is no decision to end it
        "Brennox Motors' supply contract with Korvane Energy will expire in June.",
        # a merger or talks ended are no supplier's loss
        "Brennox Motors ends merger deal with Korvane Energy.",
        "Brennox Motors ends talks with Korvane Energy.",
    ],
)
def test_a_deal_ending_something_else_or_a_merger_ended_is_no_loss(text: str) -> None:
    assert losses(text) == []


def test_production_halted_for_an_unnamed_customers_order_is_a_major_loss_at_risk() -> None:
    (event,) = losses(
        'Korvane Acoustics Inc disclosed that it suspended production of an audio product from "a major overseas '
        'customer."'
    )
    assert (event.subject, event.object.name if event.object else "") == (None, "Korvane Acoustics")
    assert event.major_customer


def test_production_halted_from_a_date_names_no_customer() -> None:
    assert losses("Korvane Acoustics Inc suspended production of its speakers from next week.") == []


def test_the_teller_not_the_one_told_ends_its_contract_with_a_third_company() -> None:
    found = pairs("Brennox Air told Korvane Holdings it would end its contract with Dalmora Logistics.")
    assert (END, "Brennox Air", "Dalmora Logistics") in found
    assert all(customer != "Korvane" for _, customer, _ in found)


def test_a_company_saying_it_will_end_its_contract_stays_the_customer() -> None:
    assert pairs("Korvane Holdings said it would end its contract with Dalmora Logistics.") == {
        (END, "Korvane", "Dalmora Logistics")
    }


def test_firms_counted_in_a_title_case_headline_are_no_supplier() -> None:
    event_parties = {
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None)
        for e in extract_body(
            "Brennox is ending relationships with some regional delivery partners, a report said.",
            "Brennox Ends Contracts With Some Regional Couriers",
        ).events
    }
    assert all(supplier is None or "Some" not in supplier for _, _, supplier in event_parties)


def test_a_named_supplier_in_a_title_case_headline_is_still_read() -> None:
    events = extract_body(
        "Brennox said it would stop working with Korvane Logistics.", "Brennox Ends Contract With Korvane Logistics"
    ).events
    assert {(e.type, e.object.name if e.object else None) for e in events} == {(END, "Korvane Logistics")}


@pytest.mark.parametrize(
    ("text", "suppliers"),
    [
        (
            "Weeks ago Brennox Stores Ltd sacked both Korvane Dairy Ltd and Dalmora Milk Ltd as suppliers, handing the "
            "contract to Arvo Foods Ltd.",
            {"Korvane Dairy", "Dalmora Milk"},
        ),
        ("Brennox Stores Ltd axed Korvane Dairy Ltd as its milk supplier.", {"Korvane Dairy"}),
    ],
)
def test_suppliers_sacked_by_their_role_end_the_relation(text: str, suppliers: set[str]) -> None:
    assert {(t, c, s) for t, c, s in pairs(text) if t == END} == {(END, "Brennox Stores", s) for s in suppliers}


def test_a_firm_fired_as_auditor_or_a_person_fired_is_no_supplier_sacked() -> None:
    assert losses("Brennox Stores Ltd fired Korvane Dairy Ltd as its auditor.") == []
    assert losses("Brennox Stores Ltd fired its chief executive John Roe as part of a shake-up.") == []


def _amounts(text: str) -> set[tuple[str, str, float | None]]:
    """(customer, supplier, amount) of every customer_end ``text`` tells."""
    return {
        (e.subject.name if e.subject else "", e.object.name if e.object else "", e.amount.value if e.amount else None)
        for e in extract_body(text).events
        if e.type == END
    }


@pytest.mark.parametrize(
    ("text", "yearly"),
    [
        ("Tessaro Foods dropped Halvin Packaging as its supplier, ending a contract worth $2 million a month.", 24e6),
        ("Tessaro Foods terminated its $3 million-a-quarter contract with Halvin Packaging.", 12e6),
        ("Tessaro Foods dropped Halvin Packaging as its supplier, ending a contract worth $30 million a year.", 30e6),
        # "a month ago" dates the end, it is no rate
        ("Tessaro Foods terminated its $40 million contract with Halvin Packaging a month ago.", 40e6),
    ],
)
def test_a_relation_told_by_the_month_or_quarter_is_valued_per_year(text: str, yearly: float) -> None:
    assert _amounts(text) == {("Tessaro Foods", "Halvin Packaging", yearly)}


def test_the_loss_of_revenue_told_after_an_end_sizes_it_and_the_short_form_is_the_supplier() -> None:
    told = "Skyvale Airways will end its regional flying contract with Corrin Air. "
    assert _amounts(
        told + "Corrin said the loss of $15 million in monthly revenue from the contract could hurt it."
    ) == {("Skyvale Airways", "Corrin Air", 180e6)}
    # a lost asset or a net loss is no revenue the customer brought
    assert _amounts(told + "Corrin Air said the loss of $15 million in inventory could hurt it.") == {
        ("Skyvale Airways", "Corrin Air", None)
    }
    assert _amounts(told + "The company reported the loss of $15 million in the first quarter.") == {
        ("Skyvale Airways", "Corrin Air", None)
    }


def test_a_short_form_opening_a_later_sentence_is_the_full_name_told_before() -> None:
    entities = extract_body(
        "Skyvale Airways will end its contract with Corrin Air. Corrin said the loss of $15 million in monthly "
        "revenue from the contract could hurt it."
    ).entities
    assert {e.name for e in entities} == {"Skyvale Airways", "Corrin Air"}
    # a longer name told after the short one is a unit of its own, not the firm's full name
    entities = extract_body(
        "Without a fight, Norvex and Tallo have renewed their carriage deals covering Tallo-owned stations, Showtime "
        "and Tallo Sports Network."
    ).entities
    assert {"Tallo", "Tallo Sports Network"} <= {e.name for e in entities}


@pytest.mark.parametrize(
    "text",
    [
        "Tessaro Foods informed Halvin Packaging of its decision and is expected to cut off the supply deal by March.",
        "Tessaro Foods told Halvin Packaging last week that it had reviewed its suppliers and will stop buying from it "
        "next year.",
    ],
)
def test_an_end_told_in_a_conjunct_of_a_notice_is_the_tellers(text: str) -> None:
    events = [e for e in losses(text) if e.type == END]
    assert {(e.subject.name if e.subject else "", e.object.name if e.object else "") for e in events} == {
        ("Tessaro Foods", "Halvin Packaging")
    }
    assert {e.modality for e in events} == {"plan"}


@pytest.mark.parametrize(
    "text",
    [
        # another firm opens the conjunct: it is no end of the teller's
        "Tessaro Foods told Halvin Packaging about its plans and Ormond Plastics will end the contract.",
        # the conjunct grows the deal
        "Tessaro Foods informed Halvin Packaging of its results and will expand the supply deal.",
    ],
)
def test_a_conjunct_with_its_own_subject_or_no_end_is_no_notice_of_an_end(text: str) -> None:
    assert ("customer_end", "Tessaro Foods", "Halvin Packaging") not in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tessaro Foods will use packaging from Ormond Plastics instead of Halvin Packaging from next year.",
        "Tessaro Foods said it will use network equipment from Ormond Plastics instead.",
    ],
)
def test_goods_used_from_a_supplier_instead_start_a_relation(text: str) -> None:
    assert ("Tessaro Foods", "Ormond Plastics") in event_pairs(text, "customer_start")


@pytest.mark.parametrize(
    "text",
    [
        "Tessaro Foods uses data from Ormond Plastics to price its goods.",
        "Tessaro Foods will use money from Ormond Plastics instead of a bank loan.",
    ],
)
def test_a_standing_use_or_money_used_instead_starts_no_relation(text: str) -> None:
    assert event_pairs(text, "customer_start") == set()
