"""Session 27 (custend, second shift): names told with their origin after a verb, and facts told as hearsay.

Sentences written for these tests; the firms are invented.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import extract_body


def _events(body: str, title: str = "") -> set[tuple[str, str | None, str | None, str]]:
    """(type, subject, object, modality) of every event."""
    return {
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extract_body(body, title).events
    }


# --- a firm's origin between the verb and its name ("dropped Paris-based X") ---


def test_origin_between_end_verb_and_supplier() -> None:
    body = "Ford has dropped Lyon-based Zentrix Logistics as its parts carrier after two late deliveries."
    assert ("customer_end", "Ford", "Zentrix Logistics", "fact") in _events(body)


def test_origin_with_dotted_country_and_two_word_town() -> None:
    assert ("customer_start", "Ford", "Zentrix Logistics", "fact") in _events(
        "Ford has picked U.K.-based Zentrix Logistics as its new parts carrier."
    )
    assert ("customer_end", "Ford", "Zentrix Logistics", "fact") in _events(
        "Ford replaced San Diego-based Zentrix Logistics with Vexor Freight at its Ohio plant."
    )


def test_origin_of_the_customer_after_a_loss_verb() -> None:
    body = "Zentrix Logistics lost Detroit-based Ford as a customer last quarter."
    assert ("customer_end", "Ford", "Zentrix Logistics", "fact") in _events(body)


def test_origin_opening_a_sentence_is_left_alone() -> None:
    # Near miss: no verb before the origin; the name is still read, and no event comes from the description.
    events = _events("Lyon-based Zentrix Logistics said its hiring would slow this year.")
    assert events == set()


# --- hearsay: a report or unnamed sources tell the fact ---

_NO_COMMENT = "Neither firm replied to requests for comment."


def test_headline_source_tag_makes_a_rumour() -> None:
    title = "Korvia picks Zentrix Logistics to run its European warehouses - sources"
    assert ("customer_start", "Korvia", "Zentrix Logistics", "rumor") in _events(_NO_COMMENT, title)
    title = "Korvia raises $40 million in series B round, report says"
    rounds = {(o, m) for t, _, o, m in _events(_NO_COMMENT, title) if t == "investment"}
    assert rounds == {("Korvia", "rumor")}


def test_headline_speaker_tag_is_no_source() -> None:
    # Near miss: the tag names a person of the firm, who speaks for it.
    title = "Korvia picks Zentrix Logistics to run its European warehouses - CEO"
    assert ("customer_start", "Korvia", "Zentrix Logistics", "fact") in _events(_NO_COMMENT, title)


def test_report_whose_content_is_the_event() -> None:
    body = "A Tokyo daily ran a report on Monday that claims Apple is dropping Zentrix Logistics as its parts carrier."
    assert ("customer_end", "Apple", "Zentrix Logistics", "rumor") in _events(body)
    body = "Zentrix shares slid after a story suggesting that Apple had dropped Zentrix Logistics as its carrier."
    assert ("customer_end", "Apple", "Zentrix Logistics", "rumor") in _events(body)


def test_dated_report_after_the_event() -> None:
    body = "Apple has picked Zentrix Logistics as its parts carrier, according to a weekend report by a trade paper."
    assert ("customer_start", "Apple", "Zentrix Logistics", "rumor") in _events(body)


def test_company_own_report_stays_a_fact() -> None:
    # Near miss: the firm's own annual report is its word, not the press's.
    body = "Apple's annual report said it has dropped Zentrix Logistics as its parts carrier."
    assert ("customer_end", "Apple", "Zentrix Logistics", "fact") in _events(body)


def test_named_outlet_alone_is_no_rumour() -> None:
    # Near miss: a named outlet relaying the act (often confirmed) leaves it told as a fact.
    body = "Apple has picked Zentrix Logistics as its parts carrier, the Financial Times reported on Monday."
    assert ("customer_start", "Apple", "Zentrix Logistics", "fact") in _events(body)
