"""Investment rounds as roundups and wires tell them: without a raise verb, with their investors in the next
sentence, fronted, or next to advisers and lenders who invest nothing (session 10)."""

from __future__ import annotations

from schemas import NewsItem
from streams.extraction import extract


def _investments(body: str) -> set[tuple[str | None, str | None, float | None]]:
    """(investor id, investee id, amount) of every investment read in ``body``."""
    extraction = extract(NewsItem(id="s10-inv", body=body))
    return {
        (
            event.subject.id if event.subject else None,
            event.object.id if event.object else None,
            event.amount.value if event.amount else None,
        )
        for event in extraction.events
        if event.type == "investment"
    }


def _pairs(body: str) -> set[tuple[str | None, str | None]]:
    return {(subject, target) for subject, target, _ in _investments(body)}


def test_a_round_told_by_its_amount_and_lead_is_read_without_a_raise_verb() -> None:
    """ "announced $680m in Series B funding led by X": the amount and the round noun before the lead make a raise."""
    found = _investments(
        "Kervalis, a Lyon-based maker of battery software, on Tuesday announced a whopping $30 million in Series B "
        "funding led by Index Ventures, with participation from Accel."
    )
    assert ("index-ventures", "kervalis", 30_000_000) in found
    assert ("accel", "kervalis", None) in found
    seed = "Doctolib in July announced a $4.5 million seed round, led by Sequoia."
    assert ("sequoia-capital", "doctolib") in _pairs(seed)
    assert ("eurazeo", "kervalis") in _pairs("Kervalis annonce 12 millions d'euros de financement mené par Eurazeo.")


def test_an_amount_with_no_round_noun_before_a_lead_is_no_round() -> None:
    assert _investments("Kervalis reported $30 million in quarterly sales, led by demand from Airbus.") == set()


def test_a_later_sentence_with_the_round_as_subject_names_its_investors() -> None:
    """ "The funding was provided by A and B": the round's own investors, with its amount."""
    found = _investments("Kervalis has raised $10 million. The funding was provided by Index Ventures and Accel.")
    assert {("index-ventures", "kervalis", 10_000_000), ("accel", "kervalis", 10_000_000)} <= found
    assert {("eurazeo", "kervalis"), ("bpifrance", "kervalis")} <= _pairs(
        "Kervalis a levé 5 millions d'euros. La levée a été réalisée auprès d'Eurazeo et de Bpifrance."
    )


def test_a_lender_named_in_the_rounds_sequel_invests_nothing() -> None:
    """ "$50m of equity from A and a $150m credit facility from B": A invests its own part, B only lends."""
    found = _investments(
        "Kervalis has raised $200 million. The raise includes $50 million of Series B equity from Index Ventures "
        "and a $150 million credit facility from Accel."
    )
    assert ("index-ventures", "kervalis", 50_000_000) in found
    assert not {pair for pair in found if pair[0] == "accel"}


def test_a_sequel_verb_after_another_subject_names_no_investor() -> None:
    """ "Most of its growth came from Airbus": the subject is no round, so Airbus is a customer at most."""
    found = _pairs("Kervalis raised $10 million in March. Most of its growth came from Airbus.")
    assert ("airbus", "kervalis") not in found


def test_a_fronted_round_goes_to_the_subject_after_the_comma() -> None:
    """ "Avec 9,3 millions levés, X occupe la tête": X raised the money, though named after the verb."""
    assert (None, "kervalis", 9_300_000) in _investments(
        "Avec 9,3 millions d'euros levés, Kervalis occupe la première place du classement."
    )
    assert {("bpifrance", "kervalis")} <= _pairs(
        "Avec 9,3 millions d'euros levés, Kervalis occupe la première place. "
        "La jeune pousse a pu compter sur Bpifrance."
    )
    assert (None, "doctolib", 12_000_000) in _investments("With $12 million raised, Doctolib tops this week's table.")
    assert _investments("Avec 9,3 millions levés, la semaine reste calme pour les start-up.") == set()


def test_investors_after_a_round_with_an_unread_investee_are_not_the_earlier_rounds() -> None:
    """The Foodtech of "Yooji a levé 7,5 M€" is not the round read before it, though Yooji itself is not read."""
    found = _pairs(
        "Kervalis a levé 9 millions d'euros. Plus loin, quelque part a, quant à elle, levé 7 millions d'euros. "
        "La Foodtech a pu compter sur Bpifrance et Eurazeo pour boucler ce tour."
    )
    assert ("bpifrance", "kervalis") not in found and ("eurazeo", "kervalis") not in found


def test_a_round_told_by_a_description_keeps_the_earlier_round_in_reach() -> None:
    """ "la start-up franco-allemande clôture un tour de 90 M€" retells the headline's round: its investors follow."""
    found = _pairs(
        "SiPearl lève 90 millions d'euros.\n\nFondée en 2019, la start-up franco-allemande clôture un tour de table de "
        "90 millions d'euros. Parmi les investisseurs figurent le concepteur de puces Arm et le groupe Atos."
    )
    assert {("arm", "sipearl"), ("atos", "sipearl")} <= found


def test_a_partys_advisers_are_not_the_rounds_backers() -> None:
    """ "L'investisseur Arm a été accompagné par Bird & Bird": a law firm advising an investor, not an investor."""
    found = _pairs(
        "SiPearl lève 90 millions d'euros auprès d'Arm. L'investisseur Arm a été accompagné par Bird & Bird. "
        "Atos a reçu l'appui de Darrois Villey pour l'opération."
    )
    assert ("arm", "sipearl") in found
    assert {subject for subject, _ in found} == {"arm"}
    assert ("bpifrance", "kervalis") in _pairs(
        "Kervalis lève 5 millions d'euros. La jeune pousse a reçu l'appui de Bpifrance."
    )


def test_a_cited_source_is_never_a_co_investor() -> None:
    found = _pairs(
        "Kervalis lève 145 millions de dollars. Ce tour de table a été mené par le fonds Eurazeo, selon Le Figaro."
    )
    assert ("eurazeo", "kervalis") in found
    assert not {pair for pair in found if pair[0] and "figaro" in pair[0]}


def test_co_investors_listed_after_included_or_who_all_took_part() -> None:
    assert {("accel", "kervalis"), ("index-ventures", "kervalis"), ("sequoia-capital", "kervalis")} <= _pairs(
        "Kervalis raised €9m led by Accel and included Index Ventures and Sequoia."
    )
    assert {("eurazeo", "kervalis"), ("bpifrance", "kervalis"), ("sofinnova-partners", "kervalis")} <= _pairs(
        "Kervalis a levé 8 millions d'euros. Eurazeo, Bpifrance et Sofinnova Partners ont tous participé à l'opération."
    )


def test_a_listed_investor_may_be_told_by_its_kind() -> None:
    """ "auprès de A et de la société de gestion B", "from A and the venture firm B": B is listed all the same."""
    assert {("bpifrance", "kervalis"), ("eurazeo", "kervalis")} <= _pairs(
        "La jeune pousse Kervalis lève 7 millions d'euros auprès de Bpifrance et de la société de gestion Eurazeo."
    )
    assert ("index-ventures", "kervalis") in _pairs(
        "Kervalis has raised $12 million from Accel and the venture firm Index Ventures."
    )
    assert ("eurazeo", "kervalis") in _pairs("Kervalis obtient 6 millions d'euros de la part du fonds Eurazeo.")


def test_the_last_investor_of_a_list_cut_by_the_clause_splitter_is_kept() -> None:
    found = _pairs(
        "Kervalis décroche 9 millions d'euros. La start-up boucle son tour avec le soutien d'Eurazeo, de Bpifrance "
        "et de Sofinnova Partners, de quoi lancer une nouvelle génération de batteries."
    )
    assert ("sofinnova-partners", "kervalis") in found


def test_the_rounds_subject_may_carry_its_amount_in_apposition() -> None:
    """ "The bulk of the money, £50 million, comes from a round led by X": still the round's sequel."""
    found = _pairs(
        "Kervalis has pulled in £75 million. The bulk of the money, £50 million, comes from a Series C round led "
        "by Index Ventures."
    )
    assert ("index-ventures", "kervalis") in found
    assert ("index-ventures", "kervalis") not in _pairs(
        "Kervalis has pulled in £75 million. The bulk of its sales, £50 million, comes from Index Ventures."
    )


def test_the_company_announcing_a_round_without_a_raise_verb_is_its_investee() -> None:
    """ "X, the Paris game maker, announced $680m in funding led by Y": the speaker opens the sentence."""
    found = _pairs(
        "Doctolib, the Paris booking platform founded in 2013, announced $680 million in Series B funding led by "
        "Index Ventures, with participation from Accel."
    )
    assert {("index-ventures", "doctolib"), ("accel", "doctolib")} <= found
    assert not _pairs("Analysts said Doctolib announced $680 million in Series B funding led by Index Ventures.") & {
        ("index-ventures", "analysts")
    }


def test_a_company_inside_the_description_of_the_subject_does_not_raise_the_round() -> None:
    """ "La jeune entreprise, créée par un ancien de X et d'Atos, annonce un tour": the round is not Atos's."""
    found = _pairs(
        "SiPearl boucle sa première levée. La jeune entreprise franco-allemande, créée en 2019 par un ancien de "
        "STMicroelectronics et d'Atos, annonce un tour de table de série A de 90 millions d'euros mené par Arm."
    )
    assert ("arm", "sipearl") in found
    assert not {pair for pair in found if pair[1] == "atos"}


def test_investors_who_all_took_part_share_the_rounds_amount() -> None:
    found = _investments(
        "Avec 8 millions d'euros levés, Kervalis prend la tête du classement. Eurazeo et Bpifrance ont tous participé "
        "à l'opération."
    )
    assert {("eurazeo", "kervalis", 8_000_000), ("bpifrance", "kervalis", 8_000_000)} <= found


def test_an_investor_raising_its_own_fund_raises_no_round() -> None:
    """ "has closed a fifth fund of $175M", "lève un nouveau fonds": limited partners, no company's round."""
    assert _investments("First Round Capital, the seed investor, has closed a fifth fund of $175M.") == set()
    assert _investments("Serena Capital lève un nouveau fonds de 80 millions d'euros.") == set()
    assert _investments("Accel raised $500 million for its third fund.") == set()
    assert ("accel", "kervalis") in _pairs("Kervalis has raised $30 million in funding from Accel.")
    assert ("eurazeo", "kervalis") in _pairs("Kervalis a levé 5 millions d'euros auprès du fonds Eurazeo.")


def test_a_kind_noun_written_as_a_name_is_no_anaphor() -> None:
    """ "The Bank of London has closed its round": a name the knowledge base lacks, not "the bank" told before."""
    found = _pairs(
        "HMRC filed a petition on Monday.\n\nThe Bank of London has closed its latest funding round at £42 million. "
        "Mangrove Capital Partners led the round."
    )
    assert not {pair for pair in found if pair[1] == "hmrc"}


def test_a_round_noun_sized_before_its_lead_is_a_round() -> None:
    """ "un nouveau tour de table de 2,5 milliards de dollars, mené par X", "a Series B round of $25M led by X"."""
    assert ("t-rowe-price", "rivian") in _pairs(
        "Rivian a confirmé avoir bouclé un nouveau tour de table de 2,5 milliards de dollars, mené par T. Rowe Price."
    )
    assert ("accel", "doctolib") in _pairs("Doctolib closed a Series B round of $25 million led by Accel.")
    assert _investments("Doctolib signed a contract of $25 million led by Accel.") == set()
