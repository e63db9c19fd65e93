"""Funding rounds whose investors stand where round 9's readers did not look (session 13, inv3).

Each test gives invented sentences of one structure worded as different reporters would, and near misses that
must stay silent or keep their reading.
"""

from __future__ import annotations

from tests.support.extraction import triples


def _investments(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The investment triples read in ``text``."""
    return triples(text, language, types=("investment",))


def test_a_lead_glued_to_the_round_invests_in_the_raiser() -> None:
    """ "X raised $N in a Y-led round": the name before the hyphen leads the round of the verb's subject."""
    for text, lead in (
        ("Norvana raised $60 million in a SoftBank-led round.", "SoftBank Group"),
        ("Norvana has secured $60m in a Tencent-backed Series B round.", "Tencent"),
        ("Norvana said it had pulled in $60m through an Accel-led financing.", "Accel"),
    ):
        assert ("investment", lead, "Norvana") in _investments(text), text


def test_a_glued_backer_of_another_company_or_sentence_is_no_lead() -> None:
    """A prefix glued to a company, or to a round told in another sentence, names no investor of the raise."""
    assert _investments("Norvana raised $60m, while Tencent-backed Helix cut jobs.") == [
        ("investment", None, "Norvana"),
        ("investment", "Tencent", "Helix"),
    ]
    found = _investments("Norvana raised $60 million. A Tencent-led round had valued rival Helix at $1bn.")
    assert ("investment", "Tencent", "Norvana") not in found


def test_a_round_that_included_names_its_investors() -> None:
    """ "a round that/which included A and venture firm B": the relative clause lists the round's investors."""
    assert _investments("Helix closed a $12m round that included Kestrel Partners.") == [
        ("investment", "Kestrel Partners", "Helix")
    ]
    assert _investments(
        "Helix raised $12m in a seed round which included Kestrel Partners and venture firm Orbis Capital."
    ) == [("investment", "Kestrel Partners", "Helix"), ("investment", "Orbis Capital", "Helix")]
    assert ("investment", "Orbis Capital", "Helix") in _investments(
        "Helix has secured $12m in a series C round that included Kestrel Partners and corporate venturing unit "
        "Orbis Capital."
    )


def test_a_group_that_included_a_firm_is_no_round() -> None:
    """ "a group that included A's partner" tells no funding."""
    assert _investments("Helix hired two directors, a group that included Kestrel Partners' Anna Berg.") == []


def test_an_unnamed_member_does_not_end_the_investor_list() -> None:
    """« auprès de business angels et de X »: the angels are skipped, the named fund after them invests."""
    for text in (
        "La start-up Oé lève 2 millions d'euros auprès de business angels et de Vexia Capital.",
        "La start-up Oé lève 2 millions d'euros auprès de particuliers et du fonds Vexia Capital.",
    ):
        assert _investments(text, "fr") == [("investment", "Vexia Capital", "Oé")], text
    assert _investments(
        "Acme raised $20m. The funding comes from a host of firms such as Betaworks and Code Advisors."
    ) == [
        ("investment", "Betaworks", "Acme"),
        ("investment", "Code Advisors", "Acme"),
    ]


def test_angels_alone_name_no_investor() -> None:
    """Angels only: a round of unnamed investors."""
    assert _investments("Helix raised $12m from business angels.") == [("investment", None, "Helix")]
    assert _investments("La start-up Oé lève 2 millions d'euros auprès de business angels.", "fr") == [
        ("investment", None, "Oé")
    ]


def test_an_investing_arm_keeps_its_own_name() -> None:
    """ "Cisco Investments", "Permira Advisers", "Lilly Asia Ventures": the arm invests, not its known parent."""
    assert _investments("Acme raised $50m in a round led by Cisco Investments.") == [
        ("investment", "Cisco Investments", "Acme")
    ]
    assert _investments("Acme raised $50m in a round led by Permira Advisers and Lilly Asia Ventures.") == [
        ("investment", "Lilly Asia Ventures", "Acme"),
        ("investment", "Permira Advisers", "Acme"),
    ]
    assert _investments("Acme raised $50m in a round led by Goldman Sachs Merchant Banking Division.") == [
        ("investment", "Goldman Sachs Merchant Banking Division", "Acme")
    ]


def test_a_known_name_alone_stays_the_parent() -> None:
    """Without an arm's head noun the known company invests; "investments" in lower case is no name."""
    assert _investments("Acme raised $50m from Cisco.") == [("investment", "Cisco", "Acme")]
    assert _investments("Cisco said investments in Acme grew.") == []


def test_a_family_fund_is_the_investor_not_the_family() -> None:
    """« X, le fonds d'investissement de la famille Y »: X invests; the family only owns X."""
    assert _investments(
        "Helix lève 20 millions d'euros auprès de Creadev, le fonds d'investissement de la famille Mulliez.", "fr"
    ) == [("investment", "Creadev", "Helix")]


def test_a_later_sentence_with_the_money_as_subject_names_the_backers() -> None:
    """« Ces fonds ont été levés auprès de A », "The money was raised from A", "The largest contribution came
    from A": the round told before, its investors in the next sentence."""
    assert _investments(
        "La start-up Oé vient de lever 2,5 millions d'euros. Ces fonds ont été levés auprès de Vexia Capital et de "
        "Kestrel Partners.",
        "fr",
    ) == [("investment", "Kestrel Partners", "Oé"), ("investment", "Vexia Capital", "Oé")]
    assert _investments(
        "Helix raised $12m last week. The money was raised from Kestrel Partners and Orbis Capital."
    ) == [
        ("investment", "Kestrel Partners", "Helix"),
        ("investment", "Orbis Capital", "Helix"),
    ]
    for text in (
        "Helix has closed a $25 million round of funding. The largest contribution came from Kestrel Partners.",
        "Helix raised $12m last week. The biggest cheque came from Kestrel Partners.",
    ):
        assert _investments(text) == [("investment", "Kestrel Partners", "Helix")], text
    assert _investments(
        "Helix a levé 12 millions d'euros. Le plus gros ticket provient de Kestrel Partners.", "fr"
    ) == [("investment", "Kestrel Partners", "Helix")]


def test_a_fund_or_another_contribution_is_no_backer_of_the_round() -> None:
    """« Ce fonds » is an investor, not the money; a contribution to something else or a customer's is no
    backing."""
    assert _investments(
        "La start-up Oé vient de lever 2,5 millions d'euros. Ce fonds a été levé auprès de Vexia Capital.", "fr"
    ) == [("investment", None, "Oé")]
    for text in (
        "Helix raised $12m last week. The largest contribution to its pension plan came from Kestrel Partners.",
        "Helix raised $12m last week. Its largest customer contribution came from Kestrel Partners.",
    ):
        assert _investments(text) == [("investment", None, "Helix")], text
    assert _investments("Orbis Capital raised $300m for its third fund. The money was raised from pension funds.") == []


def test_closing_its_own_round_raises_money() -> None:
    """ "has closed its first round at $N", "closed its Series B at $N": any round of its own."""
    for text in (
        "Acme Robotics has closed its first round at $350 million.",
        "Acme Robotics closed its Series B at $40 million.",
    ):
        assert _investments(text) == [("investment", None, "Acme Robotics")], text


def test_closing_its_plant_or_fund_raises_nothing() -> None:
    """A plant, a deal or its own fund closed is no round in the company."""
    for text in (
        "Acme closed its plant in Ohio, which cost $350 million.",
        "Acme closed its acquisition of Beta for $2bn.",
        "Acme has closed its third fund at $500m.",
    ):
        assert _investments(text) == [], text


def test_an_amount_a_roundup_credits_with_its_backers_is_a_round() -> None:
    """« X suit avec 6 M€ apportés par A et B », « X ferme la marche avec 5 M€, levés auprès de A »."""
    assert _investments(
        "La start-up eLichens suit avec 6 millions d'euros apportés par Bpifrance et Demeter.", "fr"
    ) == [
        ("investment", "Bpifrance", "eLichens"),
        ("investment", "Demeter", "eLichens"),
    ]
    assert _investments(
        "La start-up Vexia ferme la marche avec 5 millions d'euros, levés auprès de Kestrel Partners.", "fr"
    ) == [("investment", "Kestrel Partners", "Vexia")]


def test_an_amount_earned_from_a_client_is_no_round() -> None:
    """Sales or an amount without a raising participle before « auprès de » tell no funding."""
    for text in (
        "La PME Lisi termine avec 5 millions d'euros auprès de Renault.",
        "La PME Lisi termine l'année avec 5 millions d'euros de ventes obtenus auprès de Renault.",
        "Airbus termine l'année avec 5 milliards d'euros de commandes auprès de Qantas.",
    ):
        assert _investments(text, "fr") == [], text


def test_the_owner_of_a_named_investing_arm_is_no_investor() -> None:
    """ "NVIDIA's venture capital arm NVentures": the arm invests, its owner does not."""
    for text in (
        "Acme Robotics raised $350 million. The extension was bankrolled by NVIDIA's venture capital arm NVentures, "
        "along with Analog Devices.",
        "Acme raised $50m. The round was led by Google's growth fund CapitalG.",
    ):
        names = {subject for _, subject, _ in _investments(text)}
        assert names & {"NVentures", "CapitalG"}, text
        assert not names & {"Nvidia", "Google"}, text


def test_a_lead_glued_to_an_earlier_round_is_not_the_next_raiser() -> None:
    """ "when it raised $535m in a SoftBank-led round, but has now raised $250m": SoftBank raised nothing."""
    found = _investments(
        "DoorDash is one of the success stories of 2018. The company was valued at $1.4bn when it raised $535m in a "
        "SoftBank-led round in March, but has now raised another $250m."
    )
    assert ("investment", "SoftBank Group", "DoorDash") in found
    assert all(target != "SoftBank Group" for _, _, target in found)


def test_a_capital_increase_is_a_round_and_its_new_investor_joins_it() -> None:
    """« annonce une augmentation de capital de N », then « X vient de rejoindre les investisseurs du groupe »."""
    assert _investments(
        "Parrot, le constructeur de drones, vient d'annoncer une augmentation de capital de 300 millions d'euros. "
        "Bpifrance vient de rejoindre les investisseurs du groupe.",
        "fr",
    ) == [("investment", None, "Parrot"), ("investment", "Bpifrance", "Parrot")]
    assert _investments("Parrot a réalisé une augmentation de capital de 300 millions d'euros.", "fr") == [
        ("investment", None, "Parrot")
    ]


def test_a_past_or_proposed_capital_increase_is_no_round_told() -> None:
    """A capital increase recalled with its year or proposed to a vote tells no round now."""
    for text in (
        "L'augmentation de capital de 2019 avait coûté cher aux actionnaires de Parrot.",
        "Le conseil de Parrot proposera une augmentation de capital de 300 millions d'euros en juin.",
    ):
        assert _investments(text, "fr") == [], text


def test_a_name_set_off_by_an_apposition_before_its_raise_verb_is_a_company() -> None:
    """ "X, which runs an app, has raised", « X, l'éleveur d'insectes, a bouclé », "X, a spinout of Y, has closed a"."""
    assert _investments("Lumora, which runs a podcast app, has raised $210m from Tencent.") == [
        ("investment", "Tencent", "Lumora")
    ]
    assert _investments("Ynsect, l'éleveur d'insectes, a bouclé 160 millions d'euros auprès de Bpifrance.", "fr") == [
        ("investment", "Bpifrance", "Ynsect")
    ]
    assert _investments(
        "Trellis Bio, a gene editing spinout from the University of Edinburgh, has closed a $95m series B round that "
        "included Casdin Capital."
    ) == [("investment", "Casdin Capital", "Trellis Bio")]


def test_a_person_set_off_by_an_apposition_raises_nothing() -> None:
    """ "Smith, the former banker, has raised", "Dupont, who runs a bakery, has raised": people, not companies."""
    for text in (
        "Smith, the former banker, has raised $50m from Tencent.",
        "Dupont, who runs a bakery, has raised $5m from Tencent.",
    ):
        assert _investments(text) == [], text
