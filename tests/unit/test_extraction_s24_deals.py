"""Session 24 (deals): takeovers and stakes as real business news words them, read on invented names.

French public offers with what a notice puts between the offer and its target, stakes sized before « dans »,
threshold crossings of several levels at once, "all of the outstanding capital stock of" a company, the future of
« racheter / acquérir », and a block bought from a list of holders. Near misses must read nothing of the kind.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import Extraction, NewsItem
from streams.extraction import extract


def _extract(body: str) -> Extraction:
    return extract(
        NewsItem(
            id="s24-deals",
            url="https://example.test/s24-deals",
            body=body,
            published_at=datetime(2026, 12, 3, tzinfo=UTC),
        )
    )


def _deals(body: str) -> set[tuple[str, str | None, str | None, float | None, str]]:
    return {
        (
            e.type,
            e.subject.name if e.subject else None,
            e.object.name if e.object else None,
            e.stake_pct,
            e.modality,
        )
        for e in _extract(body).events
        if e.type in ("acquisition", "stake")
    }


def _pairs(body: str) -> set[tuple[str, str | None, str | None]]:
    return {(kind, subject, target) for kind, subject, target, _, _ in _deals(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Korvia a déposé auprès de l'AMF un projet d'offre publique d'achat simplifiée visant les actions Dorvane.",
        "Korvia a lancé une offre publique d'achat (OPA) sur le capital de son concurrent Dorvane.",
        "Le groupe Korvia a déposé une offre publique d'achat volontaire en numéraire auprès de l'Autorité des "
        "marchés financiers (AMF) visant le solde des actions du français Dorvane.",
        "Korvia a confirmé son intention de lancer une OPA amicale sur Dorvane.",
    ],
)
def test_french_public_offer_with_words_between_is_a_planned_takeover(body: str) -> None:
    assert ("acquisition", "Korvia", "Dorvane", None, "plan") in _deals(body)


def test_a_complaint_filed_with_the_regulator_is_no_offer() -> None:
    assert _pairs("Korvia a déposé un recours auprès de l'AMF visant Dorvane.") == set()


@pytest.mark.parametrize(
    ("body", "kind", "size"),
    [
        ("Korvia prend une participation de 30 % dans Dorvane.", "stake", 30.0),
        ("Korvia a acquis une participation d'environ 12 % dans Dorvane.", "stake", 12.0),
        ("Korvia va acquérir une participation de 89 % dans Dorvane.", "acquisition", 89.0),
    ],
)
def test_stake_sized_before_dans_names_its_company(body: str, kind: str, size: float) -> None:
    assert {(k, s, o, p) for k, s, o, p, _ in _deals(body)} == {(kind, "Korvia", "Dorvane", size)}


def test_growth_in_a_place_is_no_stake() -> None:
    assert _pairs("Les ventes de Korvia ont progressé de 12 % dans Paris l'an dernier.") == set()


def test_several_thresholds_crossed_at_once_give_the_last_level() -> None:
    body = (
        "Korvia a déclaré à l'AMF avoir franchi en hausse, le 4 avril, les seuils de 5 % et 10 % du capital et des "
        "droits de vote de Dorvane."
    )
    assert {(k, s, o, p) for k, s, o, p, _ in _deals(body)} == {("stake", "Korvia", "Dorvane", 10.0)}


def test_threshold_of_voting_rights_alone_is_still_no_stake() -> None:
    assert _pairs("Korvia a franchi en hausse le seuil de 10 % des droits de vote de Dorvane.") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Brelmont has agreed to acquire all of the outstanding capital stock of Dorvane.",
        "Brelmont will acquire the capital stock of Dorvane.",
        "Brelmont rachètera toutes les actions de Dorvane.",
        "Brelmont va acquérir la totalité des actions en circulation de Dorvane.",
    ],
)
def test_all_of_a_companys_stock_is_the_company(body: str) -> None:
    assert ("acquisition", "Brelmont", "Dorvane") in _pairs(body)


def test_a_count_of_shares_stays_no_takeover() -> None:
    assert all(kind != "acquisition" for kind, _, _ in _pairs("Brelmont a acheté 2 millions d'actions Dorvane."))


@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Korvia rachètera Dorvane d'ici la fin de l'année, selon le communiqué.", "plan"),
        ("Korvia acquerra Dorvane d'ici juin, a indiqué le groupe.", "plan"),
    ],
)
def test_french_future_of_buy_is_a_planned_takeover(body: str, modality: str) -> None:
    assert ("acquisition", "Korvia", "Dorvane", None, modality) in _deals(body)


def test_buying_back_own_shares_in_the_future_is_no_takeover() -> None:
    assert _pairs("Korvia rachètera ses propres actions en bourse.") == set()


def test_block_held_by_a_list_of_holders_is_not_bought_from_the_last_one() -> None:
    body = "Korvia rachètera le bloc de 63 % détenu par la famille fondatrice et le fonds Brelmont."
    assert all(target != "Brelmont" for _, _, target in _pairs(body))


def test_name_opening_a_quoted_statement_keeps_its_first_word() -> None:
    body = '"Brelmont Pharmaceuticals USA has agreed to acquire Dorvane," Korvia said in a filing on Monday.'
    assert ("acquisition", "Brelmont Pharmaceuticals USA", "Dorvane") in _pairs(body)


def test_quoted_pronoun_is_no_name() -> None:
    body = '"We have agreed to acquire Dorvane," Korvia said in a filing on Monday.'
    assert all(buyer not in ("We", '"We') for _, buyer, _ in _pairs(body))


def _holdings(body: str) -> set[tuple[str | None, str | None, float | None, bool]]:
    return {
        (e.subject.name if e.subject else None, e.object.name if e.object else None, e.stake_pct, e.history)
        for e in _extract(body).events
        if e.type == "stake"
    }


def test_holding_already_held_beside_a_takeover_is_background() -> None:
    body = (
        "Brelmont Participations, qui détient déjà 43,08 % du capital de Dorvane, a déposé auprès de l'AMF une "
        "offre publique d'achat visant les actions Dorvane."
    )
    assert ("Brelmont Participations", "Dorvane", 43.08, True) in _holdings(body)


def test_holding_currently_held_beside_a_larger_stake_is_background() -> None:
    body = (
        "Korvia will raise its stake in Dorvane to 45%, the companies said on Thursday. Korvia, which currently holds "
        "a 9% stake in Dorvane, will subscribe to new shares."
    )
    held = _holdings(body)
    assert ("Korvia", "Dorvane", 9.0, True) in held
    assert ("Korvia", "Dorvane", 45.0, False) in held


def test_holding_already_held_beside_a_smaller_block_stays_news() -> None:
    body = (
        "Korvia, qui possède déjà 27 % de Dorvane, a accepté de racheter la participation de 12 % détenue par le "
        "fonds Brelmont."
    )
    assert ("Korvia", "Dorvane", 27.0, False) in _holdings(body)


def test_stake_already_bought_is_no_holding_state() -> None:
    assert ("Korvia", "Dorvane", 20.0, False) in _holdings("Korvia has already bought a 20% stake in Dorvane.")


def test_bidder_of_a_subordinate_clause_bids_for_the_main_clauses_company() -> None:
    body = (
        "Dorvane Holdings (NYSE:DOR) shares gained in premarket trading as Korvia (NYSE:KOR) confirmed a "
        "multi-billion dollar offer for the chain."
    )
    pairs = _pairs(body)
    assert ("acquisition", "Korvia", "Dorvane") in pairs
    assert ("acquisition", "Dorvane", "Korvia") not in pairs


def test_main_clauses_company_is_never_the_bidder_for_the_description() -> None:
    pairs = _pairs("Dorvane shares gained as Korvia confirmed an offer for the chain.")
    assert ("acquisition", "Dorvane", "Korvia") not in pairs
