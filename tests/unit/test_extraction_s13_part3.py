"""Session 13, partnerships and modality: pairs on one side of an alliance, ventures described by a relative
clause, hearsay that makes a reported plan a rumour, and negations that stay in their aside."""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples


def _partnerships(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    return triples(text, language, types=("partnership",))


def _modalities(text: str, language: str, kind: str) -> list[str]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [event.modality for event in extraction.events if event.type == kind]


# --- a pair of companies on one side of a partnership --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vexora Corp and Brightline Ltd have signed a partnership with Norvik Systems Inc, the companies said."),
        ("en", "Vexora Corp and Brightline Ltd partnered with Norvik Systems Inc on Tuesday to build battery plants."),
        ("en", "Vexora Corp and its rival Brightline Ltd have teamed up with Norvik Systems Inc to build plants."),
        ("fr", "Vexora SA et Brightline SA s'associent à Norvik SA pour construire une usine de batteries."),
    ],
)
def test_a_pair_subject_partners_the_company_after_the_cue(language: str, text: str) -> None:
    """ "A and B signed a partnership with C": A-C and B-C, never A-B."""
    assert _partnerships(text, language) == [
        ("partnership", "Brightline", "Norvik" if language == "fr" else "Norvik Systems"),
        ("partnership", "Vexora", "Norvik" if language == "fr" else "Norvik Systems"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Norvik Systems Inc partnered with Vexora Corp and Brightline Ltd on Tuesday."),
        ("en", "Norvik Systems Inc signed a strategic alliance with Vexora Corp and Brightline Ltd to share plants."),
        ("fr", "Norvik SA a noué un partenariat avec Vexora SA et Brightline SA pour distribuer ses produits."),
    ],
)
def test_a_listed_pair_after_the_cue_are_both_partners(language: str, text: str) -> None:
    norvik = "Norvik" if language == "fr" else "Norvik Systems"
    assert _partnerships(text, language) == [
        ("partnership", norvik, "Brightline"),
        ("partnership", norvik, "Vexora"),
    ]


def test_a_pair_with_no_third_company_stays_one_partnership() -> None:
    """Near miss: "A and B announced a partnership" and « A et B s'associent » are one alliance of A and B."""
    assert _partnerships("Vexora Corp and Brightline Ltd announced a partnership on Monday.") == [
        ("partnership", "Vexora", "Brightline")
    ]
    assert _partnerships("Vexora SA et Brightline SA s'associent pour construire une usine.", "fr") == [
        ("partnership", "Vexora", "Brightline")
    ]


def test_a_company_after_and_that_starts_a_new_clause_is_no_partner() -> None:
    """Near miss: "partnered with A and B bought C": B is the subject of another clause, not a second partner."""
    text = "Norvik Systems Inc partnered with Vexora Corp and Brightline Ltd bought Kestrel Inc."
    assert ("partnership", "Norvik Systems", "Brightline") not in _partnerships(text)
    text = "Norvik Systems Inc partnered with Vexora Corp, and Brightline Ltd said it would sue."
    assert _partnerships(text) == [("partnership", "Norvik Systems", "Vexora")]


# --- a venture described by a relative clause ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Every cell now comes from Kestrel Power, the venture Vexora Corp set up in 2009 with Brightline Ltd."),
        ("en", "Norvik sells cathodes to Kestrel Cells, the battery venture Vexora Corp runs with Brightline Ltd."),
        ("en", "The plant belongs to Kestrel Power, a joint venture that Vexora Corp formed with Brightline Ltd."),
        ("fr", "L'usine appartient à Kestrel, la coentreprise que Vexora SA a créée avec Brightline SA en 2015."),
    ],
)
def test_a_venture_described_by_a_relative_clause_names_its_partners(language: str, text: str) -> None:
    assert ("partnership", "Vexora", "Brightline") in _partnerships(text, language)


def test_venture_capital_and_a_venture_sold_tell_no_partnership() -> None:
    """Near misses: "venture" of venture capital, or a venture whose clause names no partner after "with"."""
    assert _partnerships("Accel, the venture capital firm, invested in Vexora Corp with Brightline Ltd.") == []
    assert _partnerships("Vexora Corp sold its stake in the venture to Brightline Ltd.") == []


# --- modality ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vexora Corp reportedly plans to buy Brightline Ltd."),
        ("en", "Vexora Corp is said to be in talks to buy Brightline Ltd."),
        ("fr", "Vexora SA serait en discussions pour racheter Brightline SA, selon des sources proches du dossier."),
        ("fr", "Vexora SA envisagerait de racheter Brightline SA."),
    ],
)
def test_a_plan_told_by_hearsay_is_a_rumour(language: str, text: str) -> None:
    """The intent itself is hedged: a conditional (« serait en discussions ») or "reportedly" before the verb."""
    assert _modalities(text, language, "acquisition") == ["rumor"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vexora Corp is in talks to buy Brightline Ltd, the company said."),
        ("fr", "Vexora SA songe à racheter Brightline SA, selon des sources proches du dossier."),
        ("fr", "Selon des sources proches du dossier, Vexora SA songe à racheter Brightline SA."),
        ("fr", "Vexora SA est en discussions pour racheter Brightline SA."),
        ("fr", "Vexora SA envisage de racheter Brightline SA, a indiqué la société."),
    ],
)
def test_a_plan_the_company_states_stays_a_plan(language: str, text: str) -> None:
    """Near misses: talks the buyer states ("is in talks" is no hearsay), or a plain intent with a trailing source,
    stay a plan (the project's convention for a reported intent)."""
    assert _modalities(text, language, "acquisition") == ["plan"]


@pytest.mark.parametrize(
    "text",
    [
        "Vexora Corp, a firm not yet three years old, agreed to buy Brightline Ltd.",
        "Vexora Corp, which has not yet turned a profit, agreed to buy Brightline Ltd.",
    ],
)
def test_a_negation_in_an_aside_does_not_deny_the_deal(text: str) -> None:
    assert _modalities(text, "en", "acquisition") == ["fact"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vexora Corp is not in talks to buy Brightline Ltd."),
        ("en", "Vexora Corp said it has not entered into any negotiations to acquire Brightline Ltd."),
        ("en", "Vexora Corp denied, in a statement, that it would buy Brightline Ltd."),
        ("fr", "Vexora SA n'est pas en discussions pour racheter Brightline SA."),
        (
            "en",
            "Vexora Corp said it has not entered into any negotiation or agreement to acquire Brightline Ltd.",
        ),
        ("fr", "Vexora SA a indiqué n'avoir engagé aucune négociation en vue de racheter Brightline SA."),
    ],
)
def test_a_denial_before_the_deal_still_denies_it(language: str, text: str) -> None:
    """Near misses for the aside rule: a negation of the talks themselves, or "denied" before a comma, denies."""
    assert _modalities(text, language, "acquisition") == ["denied"]


# --- a joint agreement told of one company, with its partner after "with" -------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vexora Corp signed a collaboration agreement with Brightline Ltd, the company said."),
        ("en", "Vexora Corp signed a partnership agreement with Brightline Ltd."),
        ("en", "Vexora Corp signed a joint development agreement with Brightline Ltd in October."),
        ("fr", "Vexora SA a signé un accord de partenariat avec Brightline SA."),
    ],
)
def test_a_joint_agreement_signed_with_a_company_is_a_partnership_not_a_sale(language: str, text: str) -> None:
    found = triples(text, language, types=("partnership", "customer_start"))
    assert found == [("partnership", "Vexora", "Brightline")]


def test_a_supply_agreement_stays_a_customer_start() -> None:
    """Near misses: a supply agreement makes a customer; a joint agreement with no partner named makes nothing."""
    text = "Vexora Corp signed a $300 million supply agreement with Brightline Ltd."
    assert triples(text, "en", types=("partnership", "customer_start")) == [("customer_start", "Vexora", "Brightline")]
    assert _partnerships("Vexora Corp signed a collaboration agreement, the company said.") == []


def test_a_renewed_partnership_told_with_our_is_no_new_one() -> None:
    """Near miss: « Prolonger notre partenariat avec Y » renews a tie; it starts no partnership."""
    text = "« Prolonger notre partenariat avec Brightline SA nous garantit du cuivre », a commenté le PDG de Vexora SA."
    assert _partnerships(text, "fr") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vexora Corp said it would form a joint venture valued at $275 million with Brightline Ltd."),
        ("fr", "Vexora SA va créer une coentreprise valorisée à 275 millions d'euros avec Brightline SA."),
    ],
)
def test_a_joint_venture_valued_at_values_no_founder(language: str, text: str) -> None:
    assert triples(text, language, types=("valuation",)) == []


def test_a_company_valued_at_stays_a_valuation() -> None:
    """Near miss: the company itself valued in a round keeps its valuation."""
    text = "Vexora Corp raised $50 million in a round that valued the company at $275 million."
    assert triples(text, "en", types=("valuation",)) == [("valuation", "Vexora", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Vexora Corp on Tuesday said it would form a joint venture valued at $275 million with Brightline Ltd.",
        "Vexora Corp signed a partnership agreement last week with Brightline Ltd.",
    ],
)
def test_the_partner_of_a_joint_cue_may_follow_a_date_or_a_worth(text: str) -> None:
    assert _partnerships(text) == [("partnership", "Vexora", "Brightline")]


def test_a_purpose_against_a_company_names_no_partner() -> None:
    """Near miss: "formed a joint venture to compete with C": C is the rival, the partners are A and B."""
    text = "Vexora Corp and Brightline Ltd formed a joint venture to compete with Norvik Systems Inc."
    assert _partnerships(text) == [("partnership", "Vexora", "Brightline")]


# --- a takeover told as talks with its target ----------------------------------------------------------------


def _acquisitions(text: str, language: str) -> list[tuple[str | None, str | None, str]]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.modality)
        for e in extraction.events
        if e.type == "acquisition"
    ]


@pytest.mark.parametrize(
    ("language", "text", "modality"),
    [
        (
            "fr",
            "Vexora SA aurait ouvert des discussions préliminaires avec Brightline SA en vue de racheter le "
            "conglomérat, rapporte Bloomberg.",
            "rumor",
        ),
        ("fr", "Vexora SA a engagé des discussions avec Brightline SA en vue de lui racheter ses actifs.", "plan"),
        ("en", "Vexora Corp has held talks with Brightline Ltd about buying the company.", "plan"),
    ],
)
def test_the_company_talked_with_about_a_takeover_is_the_target(language: str, text: str, modality: str) -> None:
    assert _acquisitions(text, language) == [("Vexora", "Brightline", modality)]


def test_talks_about_another_company_or_a_contract_make_no_target_of_the_one_talked_with() -> None:
    """Near misses: "talks with Y about buying Z" buys Z; "talks with Y about a supply contract" buys nothing."""
    text = "Vexora Corp is in talks with Brightline Ltd about buying Norvik Systems Inc."
    assert _acquisitions(text, "en") == [("Vexora", "Norvik Systems", "plan")]
    assert _acquisitions("Vexora Corp held talks with Brightline Ltd about a supply contract.", "en") == []
    assert _acquisitions("Vexora Corp is in talks with Brightline Ltd to buy its Polish unit.", "en") == []


def test_talks_that_did_not_fail_leave_the_deal_undenied() -> None:
    """Near miss: a negation about something else before the talks ("no longer a start-up") denies nothing."""
    text = "Vexora Corp, no longer a start-up, entered into negotiations to acquire Brightline Ltd."
    modalities = _modalities(text, "en", "acquisition")
    assert len(modalities) == 1 and modalities != ["denied"]
