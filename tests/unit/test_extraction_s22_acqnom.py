"""Session 22 (acqnom): ownership told in passing, read as the owner's acquisition of the company it owns.

Each frame is proved on invented names the knowledge base does not hold, and on near misses: people, governments
used as adjectives, places, products, openers and a stake of a firm that is no company must give no ownership.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def deals(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(type, owner or buyer, company) of every acquisition and stake of ``text``."""
    return triples(text, language, types=("acquisition", "stake"))


# acq_ownership, `owned` frame: the company right before the cue, its owner right after.
@pytest.mark.parametrize(
    ("text", "language", "owner", "owned"),
    [
        ("Korvia, owned by Dorvane, raised its prices in March.", "en", "Dorvane", "Korvia"),
        ("Bellmark, which is owned by Quentaro, saw its market share slip last year.", "en", "Quentaro", "Bellmark"),
        ("Tellavo has been wholly owned by Harlow Industries since May 2015.", "en", "Harlow Industries", "Tellavo"),
        ("Ostrel is owned by Varnow, which bought control from Dorvane in 2005.", "en", "Varnow", "Ostrel"),
        ("Meanwhile Korvia, a unit of Italian aerospace group Dorvane, won the order.", "en", "Dorvane", "Korvia"),
        ("Tellavo, premier groupe laitier contrôlé par le chinois Dorvane, a signé.", "fr", "Dorvane", "Tellavo"),
        ("Korvia, détenue majoritairement par Bellmark, a ouvert deux usines.", "fr", "Bellmark", "Korvia"),
        ("La société Bellmark, filiale à 100 % de Quentaro, importe du fioul.", "fr", "Quentaro", "Bellmark"),
    ],
)
def test_a_company_told_with_its_owner_is_owned(text: str, language: str, owner: str, owned: str) -> None:
    found = deals(text, language)
    assert ("acquisition", owner, owned) in found, found


# acq_ownership, `owner` frame: the owner right before the cue, its companies listed right after.
@pytest.mark.parametrize(
    ("text", "language", "owner", "owned"),
    [
        ("Dorvane, the Japanese parent of Korvia, agreed to replace its gear.", "en", "Dorvane", ["Korvia"]),
        (
            "Quentaro, the parent of Bellmark, Tellavo and Ostrel, said on Wednesday it had stopped buying food "
            "from Varnow.",
            "en",
            "Quentaro",
            ["Bellmark", "Ostrel", "Tellavo"],
        ),
        (
            "Zenvalo contrôle également Bellmark et Tellavo depuis 2019.",
            "fr",
            "Zenvalo",
            ["Bellmark", "Tellavo"],
        ),
        ("Quentaro contrôle notamment Bellmark ainsi que la Tellavo.", "fr", "Quentaro", ["Bellmark", "Tellavo"]),
    ],
)
def test_an_owner_told_with_its_companies_owns_each(text: str, language: str, owner: str, owned: list[str]) -> None:
    found = deals(text, language)
    assert all(("acquisition", owner, company) in found for company in owned), found


# acq_ownership, unit nouns: "Y's X unit", "X, Y's chip unit".
@pytest.mark.parametrize(
    ("text", "owner", "unit"),
    [
        ("Nerdrazen has ended a long partnership with Dorvane's Korvia unit.", "Dorvane", "Korvia"),
        ("Korvia, Dorvane's chip unit, has been making the processors.", "Dorvane", "Korvia"),
        ("Ostrel dropped Bellmark's Tellavo unit as its packaging supplier.", "Bellmark", "Tellavo"),
    ],
)
def test_a_unit_named_with_its_owner_is_owned(text: str, owner: str, unit: str) -> None:
    found = deals(text)
    assert ("acquisition", owner, unit) in found, found


# A share below control inside the phrase, or a partial owner: a stake.
@pytest.mark.parametrize(
    ("text", "language", "holder", "company"),
    [
        ("The move by Korvia, which is partly owned by Dorvane, follows talks this year.", "en", "Dorvane", "Korvia"),
        ("Bellmark, détenue à 40 % par Quentaro, a publié ses comptes.", "fr", "Quentaro", "Bellmark"),
        ("Tellavo, 30%-owned by Varnow, posted a loss.", "en", "Varnow", "Tellavo"),
    ],
)
def test_a_partial_owner_holds_a_stake(text: str, language: str, holder: str, company: str) -> None:
    found = deals(text, language)
    assert ("stake", holder, company) in found, found
    assert ("acquisition", holder, company) not in found, found


# The speaker of a sentence opening on "X, the parent of A, B and C," is X, not the last listed unit.
def test_the_owner_in_apposition_stays_the_speaker() -> None:
    text = "Quentaro, the parent of Bellmark, Tellavo and Ostrel, said it had stopped buying food from Varnow."
    customers = triples(text, "en", prefix="customer_")
    assert [(kind, who) for kind, who, _ in customers] == [("customer_end", "Quentaro")], customers


# Near misses: a person, a place, a thing or a people as the owner, a verb inside the apposition, a stake verb.
@pytest.mark.parametrize(
    ("text", "language", "wrong"),
    [
        ("Korvia, owned by John Smith, raised its prices.", "en", ("acquisition", "John Smith", "Korvia")),
        ("Korvia, owned by Chinese investors, raised its prices.", "en", ("acquisition", "Chinese", "Korvia")),
        ("The plant, owned by Dorvane, was closed in May.", "en", ("acquisition", "Dorvane", None)),
        ("However, Korvia said the brand is owned by its founders.", "en", ("acquisition", None, "Korvia")),
        ("The Quentaro tablet, owned by millions of families, sold out.", "en", ("acquisition", None, "Quentaro")),
        (
            "Selon Bellmark, le festival est contrôlé par la ville de Lyon.",
            "fr",
            ("acquisition", "ville de Lyon", "Bellmark"),
        ),
        (
            "Korvia, dont le siège est détenu par la mairie de Paris, a déménagé.",
            "fr",
            ("acquisition", "mairie de Paris", "Korvia"),
        ),
        ("Par ailleurs, Dorvane contrôle 51 % de Korvia depuis 2019.", "fr", ("acquisition", "Dorvane", "Korvia")),
        (
            "Meanwhile, Korvia, which owns about 8 percent of Dorvane, cut its outlook.",
            "en",
            ("acquisition", "Korvia", "Dorvane"),
        ),
        (
            "Signalling group Korvia, once a venture of Dorvane and Bellmark, has been wholly owned by Quentaro.",
            "en",
            ("acquisition", "Quentaro", "Bellmark"),
        ),
    ],
)
def test_no_firm_beside_the_cue_gives_no_ownership(
    text: str, language: str, wrong: tuple[str, str | None, str | None]
) -> None:
    found = deals(text, language)
    kind, owner, owned = wrong
    assert not [deal for deal in found if deal[0] == kind and owner in (None, deal[1]) and owned in (None, deal[2])], (
        found
    )


# A stake verb keeps its reading: "which owns about 8 percent of X" is a stake, not an ownership.
def test_a_holding_verb_with_its_share_stays_a_stake() -> None:
    found = deals("Meanwhile, Korvia, which owns about 8 percent of Dorvane, cut its outlook.")
    assert ("stake", "Korvia", "Dorvane") in found, found


# acq_fronted: a fronted phrase names the buyer's purchases or the target's buyer; the main clause's subject is the
# other party.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "With the successive purchases of Dorvane, Bellmark and Tellavo, Korvia said its sales doubled.",
            "en",
            [
                ("acquisition", "Korvia", "Bellmark"),
                ("acquisition", "Korvia", "Dorvane"),
                ("acquisition", "Korvia", "Tellavo"),
            ],
        ),
        (
            "Avec les rachats successifs de Dorvane, de Bellmark et du polonais Tellavo, le volailler Korvia a annoncé "
            "des ventes en hausse.",
            "fr",
            [
                ("acquisition", "Korvia", "Bellmark"),
                ("acquisition", "Korvia", "Dorvane"),
                ("acquisition", "Korvia", "Tellavo"),
            ],
        ),
        (
            "Through its acquisitions of Dorvane and Bellmark, Korvia became the largest grocer.",
            "en",
            [("acquisition", "Korvia", "Bellmark"), ("acquisition", "Korvia", "Dorvane")],
        ),
        (
            "Before its takeover by Dorvane, Korvia was known for flexible dealmaking.",
            "en",
            [("acquisition", "Dorvane", "Korvia")],
        ),
        (
            "Citing the pending takeover by Quentaro, Bellmark said it does not plan to update its outlook.",
            "en",
            [("acquisition", "Quentaro", "Bellmark")],
        ),
        ("Dorvane va s'emparer de Korvia pour 250 millions d'euros.", "fr", [("acquisition", "Dorvane", "Korvia")]),
        ("L'absorption de Korvia par Dorvane sera achevée en juin.", "fr", [("acquisition", "Dorvane", "Korvia")]),
        (
            "La prise de contrôle exclusive de Bellmark par Quentaro a été autorisée.",
            "fr",
            [("acquisition", "Quentaro", "Bellmark")],
        ),
    ],
)
def test_a_fronted_deal_names_the_subjects_party(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    found = deals(text, language)
    assert all(deal in found for deal in expected), found


# Near misses: a fronted phrase naming places, people or a time gives no earlier purchase.
@pytest.mark.parametrize(
    ("text", "language", "wrong"),
    [
        ("After Paris and London, Korvia has bought Quentaro.", "en", "Paris"),
        ("After John Smith left, Korvia bought Quentaro.", "en", "John Smith"),
        ("The acquisitions of Paris and London were blocked, Korvia said.", "en", "Paris"),
        ("Meanwhile, after Easter, Korvia bought Quentaro.", "en", "Easter"),
        ("Selon Dorvane, après la Bretagne, Korvia a racheté Quentaro.", "fr", "Bretagne"),
        ("L'absorption de la hausse des coûts par Korvia pèse sur ses marges.", "fr", "Korvia"),
    ],
)
def test_a_fronted_place_or_person_is_no_purchase(text: str, language: str, wrong: str) -> None:
    found = deals(text, language)
    assert not [deal for deal in found if wrong in (deal[2] or "") or (wrong == "Korvia" and deal[1] == wrong)], found
