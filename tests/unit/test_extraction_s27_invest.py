"""Session 27 (invest): funding-round phrasings read on real articles, each tested with sentences of our own."""

from __future__ import annotations

from tests.unit.extraction_helpers import event_pairs

INVESTMENT = "investment"


def test_a_co_investor_described_by_its_kind_after_a_connector_joins_the_round() -> None:
    # "X also participated, along with investment firm Y" / "as did internet group Z": the member's own kind noun
    # stands between the connector and its name.
    body = (
        "Acme Robotics raised $40 million in a Series B led by Accel. Index Ventures also took part in the round, "
        "along with buyout firm Warburg Pincus."
    )
    assert ("Warburg Pincus", "Acme Robotics") in event_pairs(body, INVESTMENT)
    body = (
        "Acme Robotics raised $40 million in a Series B led by Accel. Index Ventures also participated, "
        "as did internet group Tencent."
    )
    assert ("Tencent", "Acme Robotics") in event_pairs(body, INVESTMENT)


def test_a_french_co_investor_described_by_its_kind_joins_the_round() -> None:
    body = (
        "Acme Robotique a levé 12 millions d'euros auprès de Partech. Eurazeo a également participé au tour, "
        "ainsi que l'assureur Axa."
    )
    assert ("AXA", "Acme Robotique") in event_pairs(body, INVESTMENT)


def test_a_description_with_a_preposition_names_no_co_investor() -> None:
    # "staff from rival group Tencent" are people of Tencent, not Tencent investing.
    body = (
        "Acme Robotics raised $40 million in a Series B led by Accel. Index Ventures also took part in the round, "
        "along with staff from rival group Tencent."
    )
    pairs = event_pairs(body, INVESTMENT)
    assert ("Index Ventures", "Acme Robotics") in pairs
    assert ("Tencent", "Acme Robotics") not in pairs


def test_a_serial_comma_before_and_keeps_a_legal_form_name_apart() -> None:
    # "A, B Capital, and C Holdings Corporation": the last member alone carries the legal form; the comma before "and"
    # ends the member before it, so the two are never read as one joint name.
    body = "Acme Robotics raised $12 million from Accel, Brightwater Capital, and Quillon Harbour Holdings Corporation."
    pairs = event_pairs(body, INVESTMENT)
    assert ("Brightwater Capital", "Acme Robotics") in pairs
    assert any(subject and subject.startswith("Quillon Harbour") for subject, _ in pairs)
    assert not any(subject and ", and " in subject for subject, _ in pairs)


def test_a_joint_name_without_a_serial_comma_stays_one_company() -> None:
    # "Northgate Projects and Harbour Logistics Services Ltd" is one company (no comma before "and").
    body = "Acme Robotics raised $12 million from Northgate Projects and Harbour Logistics Services Ltd."
    assert ("Northgate Projects and Harbour Logistics Services", "Acme Robotics") in event_pairs(body, INVESTMENT)


def test_returning_backers_join_the_round_told_before() -> None:
    # "earlier investors such as A and B returned for the round", "A returned for a Series B": the investors stand
    # before the verb, the round is the one the story just told.
    body = (
        "Acme Robotics raised $30 million in a round led by Accel. Existing backers such as Index Ventures and "
        "Balderton Capital returned for the round."
    )
    pairs = event_pairs(body, INVESTMENT)
    assert {("Index Ventures", "Acme Robotics"), ("Balderton Capital", "Acme Robotics")} <= pairs
    body = "Acme Robotics raised $30 million from Accel. Index Ventures returned for a $12 million Series B in 2021."
    assert ("Index Ventures", "Acme Robotics") in event_pairs(body, INVESTMENT)


def test_a_round_of_talks_is_no_round_to_return_for() -> None:
    body = "Acme Robotics raised $30 million from Accel. Index Ventures returned for a second round of talks with Acme."
    assert ("Index Ventures", "Acme Robotics") not in event_pairs(body, INVESTMENT)
