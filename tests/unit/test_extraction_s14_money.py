"""Rounds, backers and revenue told in structures other reporters use (session 14, money).

Each test gives invented sentences of one structure worded as different reporters would, and near misses that
must stay silent or keep their reading.
"""

from __future__ import annotations

from tests.support.extraction import triples


def _investments(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The investment triples read in ``text``."""
    return triples(text, language, types=("investment",))


def test_an_extended_round_is_a_raise_whose_backers_follow() -> None:
    """ "X extended its Series A to $N": the round grew, so X raised money, and the backers told next are its own."""
    for text, language in (
        (
            "Norvana Inc. has extended its Series A to $90 million. The top-up was bankrolled by Kestrel Partners, "
            "alongside Brightwater Capital.",
            "en",
        ),
        (
            "Norvana Inc. extended its series B round to $90m with commitments from Kestrel Partners and Brightwater "
            "Capital.",
            "en",
        ),
        (
            "Norvana Inc. expanded its seed round to $9 million. The extension was led by Kestrel Partners, with "
            "Brightwater Capital joining.",
            "en",
        ),
        (
            "Norvana Inc. is upsizing its Series C financing to $120 million; Kestrel Partners and Brightwater "
            "Capital also participated.",
            "en",
        ),
        (
            "Norvana SA a prolongé sa série B pour la porter à 90 millions d'euros. Cette extension a été menée par "
            "Kestrel Partners et Brightwater Capital.",
            "fr",
        ),
        (
            "Norvana SA étend son tour de table à 90 millions d'euros, mené par Kestrel Partners et Brightwater "
            "Capital.",
            "fr",
        ),
    ):
        found = _investments(text, language)
        assert ("investment", "Kestrel Partners", "Norvana") in found, text
        assert ("investment", "Brightwater Capital", "Norvana") in found, text


def test_an_extension_of_something_else_is_no_round() -> None:
    """A contract, a loan or a lead extended is no raise; a contract extension stays a continuing relation."""
    for text, language in (
        ("Norvana Inc. extended its contract with Kestrel Partners to 2028.", "en"),
        ("Norvana Inc. extended its loan to Kestrel Partners by $90 million.", "en"),
        ("Norvana Inc. has extended its lead over Kestrel Partners in the market.", "en"),
        ("Norvana SA a prolongé son contrat avec Kestrel Partners jusqu'en 2028.", "fr"),
    ):
        assert _investments(text, language) == [], text
    assert triples("Norvana Inc. extended its contract with Kestrel Partners to 2028.", "en", prefix="customer_") == [
        ("customer_continue", "Norvana", "Kestrel Partners")
    ]


def test_the_top_up_backers_take_the_round_they_bankrolled() -> None:
    """ "The top-up was bankrolled by A": A is the round's backer, so no unnamed round is left beside it."""
    found = _investments(
        "Norvana Inc. has extended its Series A to $90 million. The top-up was bankrolled by Kestrel Partners, "
        "alongside Brightwater Capital."
    )
    assert ("investment", None, "Norvana") not in found


def test_backers_listed_before_their_verb_are_firms() -> None:
    """ "Harnmoor, Veltris and Quorbane also participated": names no table knows, listed as the verb's subject."""
    for text, language in (
        (
            "Norvana Inc. has raised $20m in a round led by Kestrel Partners. Harnmoor, Veltris and Quorbane also "
            "participated, the newspaper reported.",
            "en",
        ),
        (
            'Norvana Inc. has raised $20m in a round led by Kestrel Partners. "Harnmoor and Veltris are other new '
            'investors who have come on board with this round," it said.',
            "en",
        ),
        (
            "Norvana Inc. has raised $20m in a round led by Kestrel Partners. Harnmoor and Veltris joined as new "
            "backers, and existing investors Quorbane and Dellavi put in more money.",
            "en",
        ),
        (
            "Norvana Inc. has raised $20m from Kestrel Partners. Existing investors Harnmoor and Veltris also took "
            "part in the round.",
            "en",
        ),
        (
            "Norvana SA a levé 20 millions d'euros auprès de Kestrel Partners. Harnmoor, Veltris et Quorbane ont "
            "également participé au tour.",
            "fr",
        ),
    ):
        found = _investments(text, language)
        assert ("investment", "Harnmoor", "Norvana") in found, text
        assert ("investment", "Veltris", "Norvana") in found, text


def test_names_before_a_participation_verb_without_a_round_or_a_list_stay_unread() -> None:
    """No round before, the names not the whole subject, or one bare name: nobody invests."""
    for text in (
        "Harnmoor, Veltris and Quorbane also participated in the panel on Tuesday.",
        "Norvana Inc. has raised $20m in a round led by Kestrel Partners. Analysts at Harnmoor said Veltris also "
        "participated.",
    ):
        found = _investments(text)
        assert ("investment", "Veltris", "Norvana") not in found, text
        assert all(subject != "Harnmoor" for _, subject, _ in found), text


def test_an_earlier_round_told_of_the_same_company_keeps_the_backers_on_the_latest() -> None:
    """ "The bank originally raised", "It had previously raised", a licence bought: the round told first stays."""
    for text, language in (
        (
            "Norvana Inc. has raised an additional €20m by extending its Series B round. The bank originally raised "
            "€26m in its Series B in 2023. It had previously raised €4m in 2021. Kestrel Partners returned to lead the "
            "extension. Harnmoor, Veltris and Quorbane also participated.",
            "en",
        ),
        (
            "Norvana Inc. has raised an additional €20m by extending its Series B round. At the same time it said it "
            "had acquired its banking licence from Kestrel Partners. Harnmoor, Veltris and Quorbane also "
            "participated.",
            "en",
        ),
        (
            "La néobanque Norvana a levé 20 millions d'euros. Elle avait déjà levé 4 millions d'euros en 2021. "
            "Harnmoor, Veltris et Quorbane ont également participé au tour.",
            "fr",
        ),
    ):
        found = _investments(text, language)
        assert ("investment", "Harnmoor", "Norvana") in found, text
        assert ("investment", "Veltris", "Norvana") in found, text


def test_a_round_of_another_company_takes_the_backers_named_after_it() -> None:
    """A later round of another company, told by its name, is the one the next backers joined."""
    found = _investments(
        "Norvana Inc. raised $20m last week. Rival Brightwater Labs raised $12m on Tuesday. Harnmoor and Veltris "
        "also participated."
    )
    assert ("investment", "Harnmoor", "Brightwater Labs") in found
    assert ("investment", "Harnmoor", "Norvana") not in found


def test_a_total_raised_is_no_new_round_and_keeps_the_backers_on_the_round() -> None:
    """ "brings the total raised to N", « porte le montant total levé à N »: the funds so far, not another raise."""
    for text, language in (
        (
            "Norvana Inc. has raised $20m in a round led by Kestrel Partners. The new money brings the total raised "
            "in this round to $46m. Harnmoor and Veltris also participated.",
            "en",
        ),
        (
            "Norvana Inc. has raised $20m in a round led by Kestrel Partners. The new total raised in the round is "
            "$46m. Harnmoor and Veltris also participated.",
            "en",
        ),
        (
            "Norvana Inc. has raised $20m in a round led by Kestrel Partners. The financing takes its total raised to "
            "$55m since its founding. Harnmoor and Veltris also participated.",
            "en",
        ),
        (
            "Norvana SA a levé 20 millions d'euros auprès de Kestrel Partners, ce qui porte le montant total levé à 46 "
            "millions. Harnmoor et Veltris ont également participé au tour.",
            "fr",
        ),
    ):
        found = _investments(text, language)
        assert ("investment", "Harnmoor", "Norvana") in found, text
        assert ("investment", None, "Norvana") not in found, text


def test_backers_joined_to_one_who_took_part_are_firms() -> None:
    """ "B also took part in the financing, alongside C and D": C and D, names no table knows, back the round too."""
    for text, language in (
        (
            "Norvana Inc. has raised $20m in a round led by Kestrel Partners. Brightwater Capital also took part in "
            "the financing, alongside Harnmoor Growth, Veltris Advisors and existing investors Quorbane.",
            "en",
        ),
        (
            "Norvana Inc. has raised $20m in a round led by Kestrel Partners. Brightwater Capital also participated, "
            "along with Harnmoor Growth and Veltris Advisors.",
            "en",
        ),
        (
            "Norvana SA a levé 20 millions d'euros auprès de Kestrel Partners. Brightwater Capital a également "
            "participé au tour de table, aux côtés de Harnmoor Growth et Veltris Advisors.",
            "fr",
        ),
    ):
        found = _investments(text, language)
        assert ("investment", "Harnmoor Growth", "Norvana") in found, text
        assert ("investment", "Veltris Advisors", "Norvana") in found, text


def test_people_beside_one_who_took_part_in_something_else_invest_nothing() -> None:
    """A panel or a ceremony taken part in, with people beside: no round, no backer."""
    for text in (
        "Norvana Inc. has raised $20m in a round led by Kestrel Partners. Its chief executive took part in the "
        "ceremony alongside Harnmoor Growth.",
        "Brightwater Capital took part in the panel, alongside Harnmoor Growth and Veltris Advisors.",
    ):
        found = _investments(text)
        assert all(subject != "Harnmoor Growth" for _, subject, _ in found), text


_ASIDES = (
    "Its app is used in forty cities. Rivals are smaller. Most of them lose money. The market grows fast. Analysts "
    "expect more deals. Prices have fallen. Regulators are watching. "
)


def test_backers_of_the_round_named_far_after_it_join_it() -> None:
    """ "the backers of the round", « qui y ont participé »: the round told many sentences before, however far."""
    for text, language in (
        (
            "Norvana Inc. wrapped up a fresh round of close to $1 billion in May. " + _ASIDES + "Citing a newspaper, "
            "the backers of the round include Harnmoor Growth and Veltris Advisors.",
            "en",
        ),
        (
            "Norvana SA vient de lever un milliard de dollars. Son appli est présente dans quarante villes. Ses "
            "rivaux sont plus petits. La plupart perdent de l'argent. Le marché croît vite. Les prix baissent. Les "
            "régulateurs surveillent. Les analystes attendent d'autres opérations. D'après le quotidien, les "
            "investisseurs qui y ont participé sont entre autres Harnmoor Growth et Veltris Advisors.",
            "fr",
        ),
    ):
        found = _investments(text, language)
        assert ("investment", "Harnmoor Growth", "Norvana") in found, text
        assert ("investment", "Veltris Advisors", "Norvana") in found, text


def test_backers_far_after_a_round_without_pointing_back_join_nothing() -> None:
    """Without "the round", backers told many sentences later are not tied to it; a contract wrapped up is no round."""
    found = _investments(
        "Norvana Inc. raised $20m in May. " + _ASIDES + "Harnmoor Growth and Veltris Advisors also participated."
    )
    assert ("investment", "Harnmoor Growth", "Norvana") not in found
    assert _investments("Norvana Inc. wrapped up a $1 billion contract with Harnmoor Growth.") == []


def test_a_round_whose_backers_are_named_later_is_theirs_alone() -> None:
    """The round told first without investors is the named backers' investments, not one more event of nobody."""
    for text, language in (
        (
            "Norvana Inc. wrapped up a fresh round of close to $1 billion in May. The backers of the round include "
            "Harnmoor Growth and Veltris Advisors.",
            "en",
        ),
        ("Norvana Inc. has raised $20m. Harnmoor Growth and Veltris Advisors took part in the round.", "en"),
        ("Norvana SA a levé 20 millions d'euros. Harnmoor Growth et Veltris Advisors ont participé au tour.", "fr"),
    ):
        found = _investments(text, language)
        assert ("investment", None, "Norvana") not in found, text
        assert ("investment", "Harnmoor Growth", "Norvana") in found, text


def test_a_round_without_named_backers_stays_unnamed() -> None:
    """No backer named, backers of another company's round, or backers who join others ("also", "other investors",
    maybe an unread lead): the unnamed round stays."""
    assert _investments("Norvana Inc. has raised $20m. The money will fund its first plant.") == [
        ("investment", None, "Norvana")
    ]
    for text in (
        "Norvana Inc. has raised $20m. Harnmoor Growth and Veltris Advisors also participated.",
        "Norvana Inc. has raised $20m. Other investors in the round included Harnmoor Growth.",
    ):
        assert ("investment", None, "Norvana") in _investments(text), text
    found = _investments(
        "Norvana Inc. has raised $20m last week. Rival Brightwater Labs raised $12m on Tuesday. Harnmoor Growth and "
        "Veltris Advisors also participated."
    )
    assert ("investment", None, "Norvana") in found


def test_standing_backers_leave_the_round_told_without_investors() -> None:
    """ "whose backers include A", "A was among the backers", « A rejoint les investisseurs du groupe »: the company's
    investors, maybe from before; the round told without its investors stays an event of its own."""
    for text, language in (
        ("Norvana Inc., whose backers include Harnmoor Growth, has raised $1bn from existing investors.", "en"),
        ("Norvana Inc. has raised a further $128m. Harnmoor Growth was among the backers this time.", "en"),
        (
            "Norvana SA a levé 300 millions d'euros. Harnmoor Growth vient de rejoindre les investisseurs du groupe.",
            "fr",
        ),
    ):
        assert ("investment", None, "Norvana") in _investments(text, language), text


def test_the_lead_of_an_extension_invests_in_it() -> None:
    """ "A led the extension", "A returned to lead the extension", « A a mené l'extension »."""
    for text, language in (
        ("Norvana Inc. has extended its Series B round to $46m. Kestrel Partners led the extension.", "en"),
        (
            "Norvana Inc. has raised an additional $20m by extending its Series B round. Kestrel Partners, the firm "
            "that backed its first close, returned to lead the extension of the raise.",
            "en",
        ),
        ("Norvana SA a prolongé sa série B de 20 millions d'euros. Kestrel Partners a mené l'extension.", "fr"),
    ):
        assert ("investment", "Kestrel Partners", "Norvana") in _investments(text, language), text


def _revenue(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The revenue triples read in ``text``."""
    return triples(text, language, types=("revenue",))


def test_the_revenue_of_the_group_a_deal_makes_is_no_company_revenue() -> None:
    """The figure of the group a deal creates ("to create an entity with revenue of", "after the purchase, X expects
    revenue of", « pour créer un groupe de N de chiffre d'affaires »)."""
    for text, language in (
        (
            "Norvana Oyj will buy the rest of Kestrel Oy, a deal the companies expect to complete in January to create "
            "an entity with a revenue of 4.3 billion euros.",
            "en",
        ),
        (
            "Norvana AG agreed to buy Kestrel Corp. After the purchase, Norvana expects annual revenue of about $44 "
            "billion, its chief executive said.",
            "en",
        ),
        (
            "Norvana SA rachète Kestrel SA pour créer un groupe de 4,3 milliards d'euros de chiffre d'affaires.",
            "fr",
        ),
        (
            "Norvana SA rachète Kestrel SA. Après le rachat, Norvana vise un chiffre d'affaires de 4,3 milliards "
            "d'euros.",
            "fr",
        ),
    ):
        assert _revenue(text, language) == [], text


def test_a_company_revenue_told_beside_a_deal_stays() -> None:
    """The buyer's or the target's own figure, told in the same story, is still revenue."""
    for text, language in (
        ("Norvana AG agreed to buy Kestrel Corp., which had revenue of $4 billion last year.", "en"),
        ("Norvana SA rachète Kestrel SA, qui a réalisé un chiffre d'affaires de 400 millions d'euros en 2023.", "fr"),
    ):
        assert _revenue(text, language) == [("revenue", "Kestrel", None)], text
