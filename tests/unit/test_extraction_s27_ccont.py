"""Session 27 (ccont): accounts kept after a review, and the holders of accounts under review.

Sentences are invented; each class has a near miss that must not fire.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import RISK, extract_body

CONTINUE = "customer_continue"


def _events(body: str, kind: str) -> set[tuple[str | None, str | None, str]]:
    """(customer, supplier, modality) of every ``kind`` event of ``body``."""
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extract_body(body).events
        if e.type == kind
    }


# An account kept after a review: the agency keeps it, or the client keeps it with the agency.


def test_agency_in_apposition_keeps_its_assignment() -> None:
    body = "Starcom, the lead media agency for Kelmar Motors since 2004, kept its assignment after a four-month pitch."
    assert _events(body, CONTINUE) == {("Kelmar Motors", "Starcom", "fact")}


def test_agency_defends_the_accounts_its_clients_name() -> None:
    body = "After closed pitches, Starcom successfully defended its Dorvane Foods and Brennick accounts."
    assert _events(body, CONTINUE) == {("Dorvane Foods", "Starcom", "fact"), ("Brennick", "Starcom", "fact")}


def test_agency_defends_responsibilities_on_its_client() -> None:
    body = "Mindshare has successfully defended global media responsibilities on Kelmar Motors, the carmaker said."
    assert _events(body, CONTINUE) == {("Kelmar Motors", "Mindshare", "fact")}


def test_client_keeps_its_account_with_the_agency() -> None:
    body = "Kelmar Motors decided to keep its $120 million media account with Mindshare after a long review."
    assert _events(body, CONTINUE) == {("Kelmar Motors", "Mindshare", "fact")}


def test_a_kept_stake_or_forecast_is_no_account() -> None:
    assert _events("Kelmar Motors kept its forecast for the year and retained its stake in Dorvane.", CONTINUE) == set()
    assert _events("Mindshare kept its office in Leeds open.", CONTINUE) == set()
    assert _events("Kelmar Motors kept its savings account with Barclays.", CONTINUE) == set()


# The holder of accounts under review: several accounts at once, and a participle after an adverb.


def test_accounts_under_review_at_two_agencies() -> None:
    body = "Kelmar Motors is reviewing its creative and media accounts at JWT and Mindshare respectively."
    assert _events(body, RISK) == {("Kelmar Motors", "JWT", "fact"), ("Kelmar Motors", "Mindshare", "fact")}


def test_two_reviews_in_one_sentence_each_name_their_own_holder() -> None:
    body = (
        "Kelmar Motors is reviewing its accounts at JWT and Dorvane Foods is reviewing its global account at MediaCom,"
        " a WPP agency."
    )
    assert _events(body, RISK) == {("Kelmar Motors", "JWT", "fact"), ("Dorvane Foods", "MediaCom", "fact")}


def test_a_participle_after_an_adverb_reviews_too() -> None:
    body = "Kelmar Motors, reportedly reviewing its media accounts at JWT, declined to comment."
    assert _events(body, RISK) == {("Kelmar Motors", "JWT", "rumor")}


def test_reviewing_its_strategy_is_no_account_review() -> None:
    assert _events("Kelmar Motors, reviewing its strategy in Asia, kept its guidance.", RISK) == set()


# An order only threatened with cancelling, told with an article: the supplier after "with / for" or in the order.


def test_could_cancel_an_order_with_its_maker() -> None:
    body = "Kelmar Air could cancel a $2.1 billion order with Dorvane Aerospace if delivery delays continue."
    assert _events(body, RISK) == {("Kelmar Air", "Dorvane Aerospace", "rumor")}


def test_not_ruling_out_cancelling_an_order_named_by_its_maker() -> None:
    body = "Kelmar Air's chief executive is not ruling out cancelling a Boeing 777X order if certification slips again."
    assert {(customer, supplier) for customer, supplier, _ in _events(body, RISK)} == {("Kelmar Air", "Boeing")}


def test_cancelling_an_order_without_a_maker_is_no_risk() -> None:
    assert _events("Customers could cancel an order for 20 seats at any time before boarding.", RISK) == set()


# An extension won by a contractor, its customer after "with" or as the owner of the site the work is at.


def test_extension_at_the_customers_mine() -> None:
    assert _events("Thiess won a five-year contract extension at BHP's Mt Arthur mine.", CONTINUE) == {
        ("BHP", "Thiess", "fact")
    }


def test_extension_to_provide_services_at_the_customers_mine() -> None:
    body = "Macmahon secured an extension to provide drilling services at Newmont's Tanami mine."
    assert _events(body, CONTINUE) == {("Newmont", "Macmahon", "fact")}


def test_extension_with_the_customer() -> None:
    body = "Macmahon has been granted a two-year extension with Newmont to keep drilling at Tanami."
    assert _events(body, CONTINUE) == {("Newmont", "Macmahon", "fact")}


def test_a_loan_extension_or_an_unowned_site_is_no_customer() -> None:
    assert _events("Macmahon secured a loan extension with HSBC last week.", CONTINUE) == set()
    assert _events("Macmahon won an extension at the Tanami mine.", CONTINUE) == set()
