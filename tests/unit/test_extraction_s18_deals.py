"""Session 18 (deals): stakes read with the wrong holder or the wrong holding, and frames of acquisitions.

Every sentence here is invented; each group has positives and near misses that must not give the event.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def _of(text: str, kind: str, language: str = "en") -> set[tuple[str, str | None, str | None]]:
    return set(triples(text, language, types=(kind,)))


# Group 1: an owner prefix ("-owned") is glued to the one name right after it, or to a short description of it.
@pytest.mark.parametrize(
    "text",
    [
        "Alphabet-owned Parcelon Networks said it would expand.",
        "Alphabet-owned news site Parcelon Networks said it would expand.",
    ],
)
def test_owner_prefix_owns_the_name_glued_to_it(text: str) -> None:
    assert _of(text, "stake") == {("stake", "Alphabet", "Parcelon Networks")}


@pytest.mark.parametrize(
    "text",
    [
        # the prefix's noun is a common one: the names listed after it are only covered by the same deal
        "Zentrova renewed its carriage deal covering Alphabet-owned stations, Helmridge Media and Parcelon Networks.",
        "Zentrova renewed its carriage deal covering Alphabet-owned stations and Parcelon Networks.",
    ],
)
def test_owner_prefix_before_a_common_noun_owns_no_company(text: str) -> None:
    assert _of(text, "stake") == set()


def test_owner_prefix_owns_only_the_first_name_of_a_list() -> None:
    text = "Shares of Alphabet-owned Parcelon Networks, Helmridge Media and Korvex rose."
    assert _of(text, "stake") == {("stake", "Alphabet", "Parcelon Networks")}


# Group 2: a percentage of a buyer's purchases or orders is a share of its business, not a stake in the seller.
@pytest.mark.parametrize(
    "text",
    [
        "Parcelon Telecom bought about 150 routers from Zentrova Networks, or about 30 percent of its purchases, last "
        "year.",
        "Parcelon Telecom bought 150 routers from Zentrova Networks, some 30% of its total spending on equipment.",
    ],
)
def test_share_of_purchases_is_no_stake(text: str) -> None:
    assert _of(text, "stake") == set()
    assert _of(text, "acquisition") == set()


def test_percentage_of_the_company_is_still_a_stake() -> None:
    text = "Parcelon Telecom bought 30 percent of Zentrova Networks last year."
    assert _of(text, "stake") == {("stake", "Parcelon Telecom", "Zentrova Networks")}


# Group 3: a sentence opening with a participle clause has its subject after the clause's comma; the seller named in
# the clause ("bought earlier from X") holds nothing.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Adding a 3.4 per cent stake bought earlier from Helmridge Capital, Parcelon Holdings will own 19.9 per "
            "cent of Zentrova Networks.",
            "stake",
        ),
        (
            "Drawing on its purchase of Helmridge Capital last year, Parcelon Holdings bought 60 per cent of Zentrova "
            "Networks.",
            "acquisition",
        ),
    ],
)
def test_participle_clause_opening_the_sentence_is_no_subject(text: str, kind: str) -> None:
    assert _of(text, kind) == {(kind, "Parcelon", "Zentrova Networks")}


@pytest.mark.parametrize(
    "text",
    [
        # the subject opens the sentence; the participle clause is an aside
        "Parcelon Holdings, adding a stake bought from Helmridge Capital, will own 19.9 per cent of Zentrova Networks.",
        # a kind word ending in -ing before the name is no participle clause
        "Shipping group Parcelon Holdings will own 19.9 per cent of Zentrova Networks.",
    ],
)
def test_subject_not_behind_a_participle_keeps_its_stake(text: str) -> None:
    assert _of(text, "stake") == {("stake", "Parcelon", "Zentrova Networks")}


# Group 4: a count of a company's shares held, or "<name> shares" bought, is a stake of untold size.
@pytest.mark.parametrize(
    ("text", "language", "stakes"),
    [
        (
            "A filing showed that Helmridge Capital owned 10.5 million shares of Zentrova Networks and almost 6.4 "
            "million shares of Parcelon Telecom.",
            "en",
            {("Helmridge Capital", "Zentrova Networks"), ("Helmridge Capital", "Parcelon Telecom")},
        ),
        (
            "Helmridge Capital holds 2 million Zentrova Networks shares.",
            "en",
            {("Helmridge Capital", "Zentrova Networks")},
        ),
        ("Le groupe Bolloré détient 30 millions d'actions de Vivendi.", "fr", {("Bolloré", "Vivendi")}),
        (
            "Helmridge Capital intends to buy Zentrova Networks shares worth 48 billion yen on the market.",
            "en",
            {("Helmridge Capital", "Zentrova Networks")},
        ),
    ],
)
def test_counted_or_named_shares_are_a_stake(text: str, language: str, stakes: set[tuple[str, str]]) -> None:
    assert _of(text, "stake", language) == {("stake", holder, held) for holder, held in stakes}
    assert _of(text, "acquisition", language) == set()


@pytest.mark.parametrize(
    "text",
    [
        # shares owned without a count: a passing remark, no stake read
        "The publisher noted that Helmridge Capital owns shares of Zentrova Networks.",
        # goods of the company's brand, not its shares
        "Helmridge Capital bought Zentrova Networks chips worth $48 million.",
    ],
)
def test_uncounted_shares_or_goods_are_no_stake(text: str) -> None:
    assert _of(text, "stake") == set()
    assert _of(text, "acquisition") == set()


# Group 5: money put "into" a company is an investment in it; paid "for" it stays a purchase.
@pytest.mark.parametrize(
    ("text", "backer", "company"),
    [
        ("Helmridge Capital put $15 million into shoe retailer Zentrova Networks last year.", "Helmridge Capital",
         "Zentrova Networks"),
        ("Helmridge Capital will put $100 million into Zentrova Networks' new round, people familiar said.",
         "Helmridge Capital", "Zentrova Networks"),
    ],
)  # fmt: skip
def test_money_put_into_a_company_is_an_investment(text: str, backer: str, company: str) -> None:
    assert _of(text, "investment") == {("investment", backer, company)}
    assert _of(text, "acquisition") == set()


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # paid for the company: a purchase
        (
            "Helmridge Capital paid $600 million for Zentrova Networks.",
            "acquisition",
            {("acquisition", "Helmridge Capital", "Zentrova Networks")},
        ),
        # put into the company's shares: a stake, as before
        (
            "Helmridge Capital put $150 million into non-voting Zentrova Networks shares.",
            "stake",
            {("stake", "Helmridge Capital", "Zentrova Networks")},
        ),
        # put into the company's plant: neither
        ("Helmridge Capital put $1.6 billion into Zentrova Networks' Nevada factory.", "investment", set()),
    ],
)
def test_money_paid_for_or_into_shares_keeps_its_reading(
    text: str, kind: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _of(text, kind) == expected


# Group 6: a bare purchase participle right after a plural common noun describes things bought, not a company.
@pytest.mark.parametrize(
    "text",
    [
        "Korvex has been picked to power 20 A350s bought by Parcelon Airlines, its biggest order this year.",
        "Zentrova Networks, with billions of dollars of lithography machines bought from Korvex, is a threat to "
        "Helmridge Capital.",
    ],
)
def test_participle_on_goods_is_no_takeover(text: str) -> None:
    assert _of(text, "acquisition") == set()
    assert _of(text, "stake") == set()


@pytest.mark.parametrize(
    "text",
    [
        # the participle on the company itself, or with its auxiliary: a takeover
        "Zentrova Networks, bought by Helmridge Capital in 2012, makes routers.",
        "Zentrova Networks was bought by Helmridge Capital in 2012.",
    ],
)
def test_participle_on_a_company_keeps_its_reading(text: str) -> None:
    assert _of(text, "acquisition") == {("acquisition", "Helmridge Capital", "Zentrova Networks")}


def test_capitalised_plural_before_the_participle_ends_a_name() -> None:
    text = "Bramwell Foods bought the snack maker Tollycorp last year."
    assert _of(text, "acquisition") == {("acquisition", "Bramwell Foods", "Tollycorp")}
