"""Session 21 (recogsubj): an unknown organisation read as the subject that opens a deal, customer or partner sentence.

The names are invented (the knowledge base knows none of them); the near misses put a person, a politician, a place,
a nationality, a common noun or an opener where the subject stands, and must read no company there.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.recog_subjects import subject_names
from tests.support.extraction import triples


def companies(text: str) -> list[str]:
    """The names of the companies recognised in an English ``text``."""
    return [mention.name for mention in Article(text, "en", None, load_knowledge_base()).companies]


def subjects(text: str) -> list[str]:
    """The names the subject reader offers in an English ``text`` (before the recogniser's checks)."""
    article = Article(text, "en", None, load_knowledge_base())
    return [name for _, name, _ in subject_names(article.text, article.cues)]


# recog_subjects: an auxiliary or a verb of intent after the subject, the cue further on in the sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorvane is leading a $40 million Series B in Korvia, a battery startup, a newsletter reports.",
         ("investment", "Dorvane", "Korvia")),
        ("Quentaro has agreed to form a joint venture with Indian chemicals maker Bellmark to export dyes.",
         ("partnership", "Quentaro", "Bellmark")),
        ("Korvia intends to shift more of its work to the partnership with Dorvane that it unveiled in May.",
         ("partnership", "Korvia", "Dorvane")),
        ("Brevik was the biggest customer of Talmora, accounting for a third of its turnover.",
         ("customer_continue", "Brevik", "Talmora")),
    ],
)  # fmt: skip
def test_an_unknown_subject_before_its_verb_is_a_party(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en")


# recog_subjects: a possessive before what a firm owns (an offer, a bid, a purchase).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quentaro's $3 billion offer for Bellmark was rejected.", ("acquisition", "Quentaro", "Bellmark")),
        ("Tarnis's £1.2 billion cash bid for Velmora has raised hopes of a bidding war.",
         ("acquisition", "Tarnis", "Velmora")),
        ("Brinley's $900 million purchase of Talmora closed on Friday.", ("acquisition", "Brinley", "Talmora")),
    ],
)  # fmt: skip
def test_an_unknown_possessive_before_a_deal_noun_is_the_buyer(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en")


# recog_subjects: a relative "which" or an apposition that describes a firm sets the subject off.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corvella, long Tessaro's largest customer, accounted for a fifth of the parts maker's sales.",
         ("customer_continue", "Corvella", "Tessaro")),
        ("Lumatek, widely seen as Quessa's biggest customer, told its assemblers to shelve plans.",
         ("customer_continue", "Lumatek", "Quessa")),
        ("Dorvane, which employs about 9,000 people in Spain, intends to finance the purchase of Korvia with debt.",
         ("acquisition", "Dorvane", "Korvia")),
    ],
)  # fmt: skip
def test_an_unknown_subject_set_off_by_a_relative_or_a_firm_apposition(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, "en")


# recog_subjects: "A and B" with a plural verb names both partners.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorvane and Korvia are preparing to launch a joint venture next year.", ("partnership", "Dorvane", "Korvia")),
        ("Velmora and Quessa have said they will spend billions to jointly develop electric vans.",
         ("partnership", "Velmora", "Quessa")),
        ("Brevik and Talmora came together this year to set up a joint venture for batteries.",
         ("partnership", "Brevik", "Talmora")),
    ],
)  # fmt: skip
def test_two_unknown_subjects_joined_by_and_are_partners(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en")


# recog_subjects: the subject after an opener ("Last year,", "When"), an introductory phrase or a firm's description.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year, Dorvane's $2 billion bid for Korvia failed.", ("acquisition", "Dorvane", "Korvia")),
        ("When Quentaro acquired Bellmark in 1998, it kept the brand.", ("acquisition", "Quentaro", "Bellmark")),
        ("Meanwhile, Harlow Mills is leading a $15 million round in Korvia, a fintech.",
         ("investment", "Harlow Mills", "Korvia")),
        ("In October 2011, Gormant had already announced a deal to purchase Finland's Corrivel for 20 billion yen.",
         ("acquisition", "Gormant", "Corrivel")),
        ("Australian pay-TV leader Vancorzen has renewed and widened its long-running content deal with Morgorrix.",
         ("customer_continue", "Vancorzen", "Morgorrix")),
        ("The Harbour Office is due to tell Ogilvane and incumbent Marlowe which of them has won its account.",
         ("customer_at_risk", "Harbour Office", "Marlowe")),
    ],
)  # fmt: skip
def test_an_unknown_subject_after_an_opener_is_a_party(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, "en")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Smith said the deal with Korvia would close next year.", "Smith"),  # a surname speaks of a deal
        ("John Marlow has agreed to buy a stake in Korvia.", "John Marlow"),  # a first name
        ("Senator Blake has agreed to buy a stake in Korvia.", "Blake"),  # a title before the surname
        ("Trump's decision to block the takeover of Korvia surprised investors.", "Trump"),  # no firm's belonging
        ("Germany's offer for Korvia shares was rejected.", "Germany"),  # a country
        ("Chinese investors have agreed to buy Korvia.", "Chinese"),  # a nationality
        ("Texas, which has long courted Korvia, signed a deal with Bellmark.", "Texas"),  # a place
        ("However, analysts said Korvia would acquire Bellmark.", "However"),  # an opener
        ("Staff recommended that Korvia approve a contract extension with Bellmark.", "Staff"),  # a common noun
        ("Spending rose after Korvia signed a deal with Bellmark.", "Spending"),  # a gerund
        ("Christmas is when Korvia signs most contracts with Bellmark.", "Christmas"),  # a festival
        ("Marlow, the former chief executive, said Korvia had agreed to buy Bellmark.", "Marlow"),  # a person described
        ("Demand rose after Korvia signed a supply deal; demand for steel is high.", "Demand"),  # also in lower case
        ("Tessaro, who has advised Korvia on the takeover of Bellmark, declined to comment.", "Tessaro"),  # "who"
        ("Sir Alan Marsh is leading a $40 million round in Korvia, a fintech.", "Sir Alan Marsh"),  # an honorific
        ("Brill was named heir apparent to the chairman of Korvia, due to take over the top job in April.", "Brill"),
        ("Talia Brennick runs Korvia. Brennick is leading a $40 million round in Bellmark, a fintech.", "Brennick"),
        ("Talks are continuing about Korvia's supply contract with Bellmark.", "Talks"),  # a plural noun
        ("Summer is usually quiet for deals, but Korvia agreed to buy Bellmark.", "Summer"),  # a season
        ("The Dutchman has led Korvia since 2020, when it bought a stake in Bellmark.", "Dutchman"),  # a person's noun
        ("On Jan. 9, Rosenblatt argued that Korvia was ceding business to rival Bellmark.", "Rosenblatt"),  # a speaker
        ("Brenlow refused to end its contract with Korvia.", "Brenlow"),  # a refusal tells no deal
        ("Jane Roe has also invested in Korvia.", "Jane Roe"),  # two plain words before a verb: a person
        ("Brussels and Paris have agreed to back the merger of Korvia and Bellmark.", "Brussels"),  # places
        ("Larkin, the shop's biggest client, said Korvia had agreed to buy Bellmark.", "Larkin"),  # customer: a person
        ("Marsh said on Tuesday he would not buy Korvia after all.", "Marsh"),  # "he": the speaker is a person
    ],
)
def test_no_company_where_a_person_place_or_common_word_opens_the_sentence(text: str, absent: str) -> None:
    assert absent not in companies(text)


def test_no_subject_is_read_in_a_sentence_without_a_party_cue() -> None:
    assert subjects("Dorvane has opened a new office in Lisbon.") == []
