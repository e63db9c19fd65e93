"""Session 17 (deals): frames of acquisitions and investments whose parties and cue were found but not joined.

Every sentence here is invented; each group has positives and near misses that must not give the event.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def _of(text: str, kind: str, language: str = "en") -> set[tuple[str, str | None, str | None]]:
    return set(triples(text, language, types=(kind,)))


# Group 1: money received in a roundup ("Y got $N from A and B", "Y received funding from A"), read like "raised".
@pytest.mark.parametrize(
    ("text", "backers", "company"),
    [
        (
            "Language app Zentrova got $12M from Parcelon Ventures and Helmridge Capital.",
            {"Parcelon Ventures", "Helmridge Capital"},
            "Zentrova",
        ),
        (
            "Zentrova received funding from Parcelon Ventures, Helmridge Capital and Korvex Partners, but later "
            "closed its doors.",
            {"Parcelon Ventures", "Helmridge Capital", "Korvex Partners"},
            "Zentrova",
        ),
        ("Zentrova has obtained $4 million in a round led by Helmridge Capital.", {"Helmridge Capital"}, "Zentrova"),
        (
            "Booking site Zentrova, founded in 2000, received $20m in a 2014 series B round that featured Helmridge "
            "Capital.",
            {"Helmridge Capital"},
            "Zentrova",
        ),
    ],
)
def test_money_received_is_a_round(text: str, backers: set[str], company: str) -> None:
    assert _of(text, "investment") == {("investment", backer, company) for backer in backers}


@pytest.mark.parametrize(
    "text",
    [
        "Zentrova received a $40 million order from Helmridge Capital.",  # a contract won, no funds
        "Zentrova got approval from Helmridge Capital to build the plant.",  # no money received
        "Zentrova got into the Helmridge Capital accelerator last year.",
        "Zentrova gets $20 million up front from Helmridge Capital under the licence.",  # a licence's payment
        "Zentrova got a $2 million grant from Helmridge Capital.",  # a grant, no equity
    ],
)
def test_receipt_without_funds_is_no_round(text: str) -> None:
    assert _of(text, "investment") == set()


# Group 2: a roundup's next deal after ", while": its own subject, its own investors.
def test_while_opens_the_next_rounds_clause() -> None:
    text = (
        "Childcare software maker Tindro raised $21M from Parcelon Ventures, while language app Zentrova got $12M "
        "from Helmridge Capital and Korvex Partners."
    )
    assert _of(text, "investment") == {
        ("investment", "Parcelon Ventures", "Tindro"),
        ("investment", "Helmridge Capital", "Zentrova"),
        ("investment", "Korvex Partners", "Zentrova"),
    }


def test_while_before_a_gerund_keeps_the_subject() -> None:
    """Near miss: ", while also taking a stake" has no subject of its own; the buyer of the first clause holds it."""
    text = "Parcelon Ventures bought Tindro for $20 million, while also taking a stake in Zentrova."
    assert ("acquisition", "Parcelon Ventures", "Tindro") in _of(text, "acquisition")
    assert _of(text, "stake") == {("stake", "Parcelon Ventures", "Zentrova")}


# Group 3: a deal noun's buyers listed after "by" ("the takeover of Y by A and B"); "and" there joins names, unless
# a verb follows the second one.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The takeover of Tindro by ArcelorMittal and Helmridge Capital looks more solid than ever, and a tie-up "
            "between Parcelon Group and Korvex Partners remains possible.",
            "en",
        ),
        (
            "Le rachat de Tindro par ArcelorMittal et Helmridge Capital a été validé, et un rapprochement entre "
            "Parcelon Group et Korvex Partners reste possible.",
            "fr",
        ),
    ],
)
def test_buyers_listed_after_a_deal_noun(text: str, language: str) -> None:
    assert _of(text, "acquisition", language) == {
        ("acquisition", "ArcelorMittal", "Tindro"),
        ("acquisition", "Helmridge Capital", "Tindro"),
    }


def test_agent_followed_by_its_own_verb_is_not_listed() -> None:
    """Near miss: "... by A and B bought C": B buys C, it did not buy the first target."""
    text = "Tindro was bought by ArcelorMittal and Helmridge Capital bought Korvex Partners."
    assert _of(text, "acquisition") == {
        ("acquisition", "ArcelorMittal", "Tindro"),
        ("acquisition", "Helmridge Capital", "Korvex Partners"),
    }


def test_complement_list_before_while_keeps_both_customers() -> None:
    """ "the tender of A and B, while C got nothing": A and B are both the tender's owners."""
    text = (
        "Ericsson won a 3% share of the joint tender of China Telecom and China Unicom, while Nokia got nothing, "
        "Reuters reported."
    )
    assert _of(text, "customer_start") == {
        ("customer_start", "China Telecom", "Ericsson"),
        ("customer_start", "China Unicom", "Ericsson"),
    }


# Group 4: a deal or alliance noun owned by a possessor the recogniser does not name: the possessor is the party,
# never the clause's subject.
def test_unnamed_possessor_owns_the_alliance() -> None:
    text = "Tindro's chief tied the break-up to the chipmaker's newly announced alliance with BMW and Intel."
    assert _of(text, "partnership") == {("partnership", "BMW", "Intel")}


def test_named_possessor_is_each_allys_partner() -> None:
    """A possessor the recogniser names (a firm's possessive before "alliance") is the partner, never the subject."""
    text = "Tindro's chief tied the break-up to Zorbix's newly announced alliance with BMW and Intel."
    found = _of(text, "partnership")
    assert {("partnership", "Zorbix", "BMW"), ("partnership", "Zorbix", "Intel")} <= found
    assert not any("Tindro" in pair for pair in found)


def test_unnamed_possessor_with_one_partner_gives_no_pair() -> None:
    """Near miss: the subject is not the possessor's stand-in ("Tesla ... Mobileye's alliance with BMW")."""
    text = "Tesla chief Elon Musk tied the break-up to the chipmaker's new alliance with BMW."
    assert _of(text, "partnership") == set()
    named = "Tesla chief Elon Musk tied the break-up to Zorbix's new alliance with BMW."
    assert _of(named, "partnership") == {("partnership", "Zorbix", "BMW")}


def test_named_possessor_keeps_its_alliance() -> None:
    assert _of("Toyota's alliance with Mazda was renewed last year.", "partnership") == {
        ("partnership", "Toyota", "Mazda")
    }


def test_possessive_description_takes_up_the_company_before() -> None:
    text = (
        "McKesson could lose a major customer in Rite Aid Corp. if the drugstore chain's planned acquisition by "
        "Walgreens is approved, an analyst wrote."
    )
    assert _of(text, "acquisition") == {("acquisition", "Walgreens", "Rite Aid")}


def test_unnamed_capitalised_possessor_is_sold_not_the_subject() -> None:
    """Near miss: "Zorbix's acquisition by Walgreens" sells Zorbix (not recognised), never McKesson."""
    text = "McKesson shares fell after Zorbix's planned acquisition by Walgreens was approved."
    assert _of(text, "acquisition") == set()


# Group 5: a round raised from a group of investors whose members a relative lists ("auprès de ses investisseurs
# historiques, dont A, B et C", "from its existing backers, including A and B").
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La biotech Zentrova boucle 25 millions d'euros en série B auprès de ses investisseurs historiques, dont "
            "Helmridge Capital, Korvex Partners et Parcelon Ventures.",
            "fr",
        ),
        (
            "Zentrova lève 25 millions d'euros auprès de plusieurs fonds, dont Helmridge Capital, Korvex Partners et "
            "Parcelon Ventures.",
            "fr",
        ),
        (
            "Zentrova raised $25 million from its existing backers, including Helmridge Capital, Korvex Partners and "
            "Parcelon Ventures.",
            "en",
        ),
    ],
)
def test_members_of_the_investor_group(text: str, language: str) -> None:
    assert _of(text, "investment", language) == {
        ("investment", backer, "Zentrova") for backer in ("Helmridge Capital", "Korvex Partners", "Parcelon Ventures")
    }


def test_clients_listed_after_dont_are_no_investors() -> None:
    """Near miss: a relative listing a company's clients names no backer of its round."""
    text = "Zentrova lève 25 millions d'euros et compte plusieurs clients, dont Helmridge Capital et Korvex Partners."
    assert _of(text, "investment", "fr") == {("investment", None, "Zentrova")}


# Group 6: the backers named with their group after "with" ("with earlier backers A and B also joining").
def test_backers_listed_after_their_group_word() -> None:
    text = (
        "Zentrova closed a $27.5 million series B led by Parcelon Ventures, with earlier backers Helmridge Capital "
        "and Korvex Partners also joining."
    )
    assert _of(text, "investment") == {
        ("investment", backer, "Zentrova") for backer in ("Parcelon Ventures", "Helmridge Capital", "Korvex Partners")
    }


# Group 7: a round's relative whose subject is a pair ("a round that A and B led"): both lead it.
def test_pair_subject_of_a_rounds_relative() -> None:
    text = (
        "Zentrova has raised roughly $100 million in a private round that Helmridge Capital and Korvex Partners led, "
        "to grow its team."
    )
    assert _of(text, "investment") == {
        ("investment", "Helmridge Capital", "Zentrova"),
        ("investment", "Korvex Partners", "Zentrova"),
    }


def test_two_reported_deals_after_that_stay_apart() -> None:
    """Near miss: "that A bought B and C bought D" are two deals, not a pair buying twice."""
    text = "Analysts said that Tindro bought Zentrova and Parcelon Ventures bought Korvex Partners."
    assert _of(text, "acquisition") == {
        ("acquisition", "Tindro", "Zentrova"),
        ("acquisition", "Parcelon Ventures", "Korvex Partners"),
    }


# Group 8: a round told by its backers' support only, the round named as the subject's own.
def test_support_for_its_own_round() -> None:
    text = (
        "Pour sa deuxième levée, de 25 millions de dollars, Zentrova Therapeutics a pu compter sur Helmridge Capital, "
        "Korvex Partners et Parcelon Ventures."
    )
    backers = ("Helmridge Capital", "Korvex Partners", "Parcelon Ventures")
    assert _of(text, "investment", "fr") == {("investment", backer, "Zentrova Therapeutics") for backer in backers}


def test_relying_on_suppliers_is_no_round() -> None:
    """Near miss: « peut compter sur » with no round of its own is reliance, not funding."""
    assert _of("Pour son nouveau programme, Airbus peut compter sur Safran et Thales.", "investment", "fr") == set()
