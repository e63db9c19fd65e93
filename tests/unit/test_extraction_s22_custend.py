"""Session 22 (custend): customers lost or at risk in the frames the rows could not spell.

Each reader is proved on paraphrases with invented names the knowledge base does not know, and on near misses that
must give nothing (a person, a place, a market that is no customer's, a quantity that does not stop):

- a French contract lost or ended with its description between the verb and the other party (« perd le budget achat
  d'espace de X », « n'a pas prolongé le contrat qui le liait à X »), and a date or manner after the ending verb
  (« a résilié dès janvier son contrat avec X »);
- a halt of deliveries made in a price quarrel: a risk, not an end;
- a customer turning wholly to the rivals of the supplier that tells it ("will rely solely on competitors' modems");
- the relation itself that stops ("its dealings with X would not continue beyond the current contract").
"""

from __future__ import annotations

import pytest

from schemas.events import DealEvent
from schemas.news import NewsItem
from streams.extraction.engine import extract

END = "customer_end"
RISK = "customer_at_risk"


def losses(text: str, language: str = "en") -> list[DealEvent]:
    """The customer_end and customer_at_risk events of ``text``."""
    item = NewsItem(id="t", body=text, language=language)  # type: ignore[call-arg]
    return [e for e in extract(item).events if e.type in (END, RISK)]


def pairs(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    """(type, customer, supplier) of every loss ``text`` tells, names as written."""
    return {
        (e.type, e.subject.name if e.subject else "", e.object.name if e.object else "") for e in losses(text, language)
    }


# « Y perd le <contrat> <description> de X »: the customer is the name after the description's last "de".
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Dorvane perd le budget achat d'espace de Korvia, un contrat estimé à 60 millions d'euros.", "Korvia"),
        ("Selon nos informations, Dorvane a perdu le contrat de maintenance des ascenseurs de Bellmark.", "Bellmark"),
        ("Le groupe Dorvane perdrait le marché de nettoyage des gares de Quentaro au profit d'un rival.", "Quentaro"),
        ("Dorvane a perdu la délégation des transports publics de Korvia, qu'il détenait depuis 1990.", "Korvia"),
        ("Dorvane perd la délégation de Korvia.", "Korvia"),
    ],
)
def test_lost_contract_described_before_customer(text: str, customer: str) -> None:
    assert (END, customer, "Dorvane") in pairs(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        # The market of a place, of a trade, of a person: no customer.
        "Dorvane perd le marché de l'emploi de Paris.",
        "Dorvane a perdu le contrat de son directeur Jean Dupont.",
        "Dorvane perd des parts sur le marché des puces en Europe.",
        "Par ailleurs, Dorvane perd le marché des puces de France.",
    ],
)
def test_lost_contract_with_no_customer_named(text: str) -> None:
    assert not [e for e in losses(text, "fr") if e.subject is not None and e.subject.name != "Dorvane"]


# « X <ending verb> le contrat <description> qui le liait à Y »: the supplier is the name after « à ».
@pytest.mark.parametrize(
    "text",
    [
        "Korvia n'a pas prolongé le contrat de fourniture qui le liait à Dorvane, faute d'accord sur les prix.",
        "Korvia a résilié l'accord qui l'unissait depuis 2015 à Dorvane.",
        "Korvia a mis fin au contrat de maintenance qui le liait à Dorvane.",
        "Korvia ne renouvellera pas le contrat qui le lie à Dorvane.",
    ],
)
def test_contract_that_bound_customer_to_supplier(text: str) -> None:
    assert (END, "Korvia", "Dorvane") in pairs(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        # A person bound by the contract, a place: no supplier.
        "Korvia a résilié le contrat qui le liait à Jean Dupont.",
        "Korvia a résilié le contrat qui le liait à Marseille.",
        # A contract signed, not ended.
        "Korvia a signé le contrat qui le lie à Dorvane.",
    ],
)
def test_bound_contract_near_misses(text: str) -> None:
    assert not [e for e in losses(text, "fr") if e.type == END and e.object is not None and e.object.name == "Dorvane"]
    assert not [e for e in losses(text, "fr") if e.object is not None and e.object.name in ("Jean Dupont", "Marseille")]


# A date or a manner between the ending verb and the customer's own contract.
@pytest.mark.parametrize(
    "text",
    [
        "Korvia a résilié dès janvier son contrat avec Dorvane.",
        "Korvia a rompu unilatéralement son contrat de maintenance avec Dorvane.",
        "Korvia a dénoncé pour 2026 son accord avec Dorvane.",
    ],
)
def test_ending_verb_with_date_or_manner(text: str) -> None:
    assert (END, "Korvia", "Dorvane") in pairs(text, "fr")


def test_ending_verb_with_date_near_miss() -> None:
    # The verb ends a person's contract ("son contrat" of a manager is no customer's).
    assert not losses("Selon Jean Dupont, Korvia a résilié en 2019 son contrat avec Paul Martin.", "fr")


# A halt of deliveries already made, in a sentence that names a price quarrel: the customer is at risk.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dorvane has stopped supplying Korvia after months of failed price negotiations.", "en"),
        ("Dorvane stopped shipping to Korvia amid a pricing dispute.", "en"),
        ("Dorvane has halted shipments to Korvia as the two sides remain locked in a row over prices.", "en"),
        ("Dorvane a cessé de livrer Korvia, faute d'accord sur les prix.", "fr"),
    ],
)
def test_halt_in_quarrel_is_a_risk(text: str, language: str) -> None:
    found = pairs(text, language)
    assert (RISK, "Korvia", "Dorvane") in found
    assert (END, "Korvia", "Dorvane") not in found


@pytest.mark.parametrize(
    "text",
    [
        # A halt with no quarrel told, and a stop to come: the supplier's decision, an end.
        "Dorvane stopped supplying Korvia in 2019.",
        "Dorvane will stop supplying Korvia because of a pricing dispute.",
    ],
)
def test_halt_without_quarrel_or_to_come_stays_an_end(text: str) -> None:
    assert (END, "Korvia", "Dorvane") in pairs(text)


# A customer turning wholly to the rivals of the supplier that tells it.
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Dorvane said on Tuesday that Korvia will depend entirely on rivals' chips next year.", "Korvia"),
        ("Dorvane warned that Bellmark would rely solely on competitors' modems in its next phone.", "Bellmark"),
        ("Dorvane said on Monday that Quentaro will rely exclusively on other suppliers for its displays.", "Quentaro"),
    ],
)
def test_rely_solely_on_rivals(text: str, customer: str) -> None:
    assert (END, customer, "Dorvane") in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # No supplier telling it: a country, a person, a plain dependence.
        "The country relies solely on rivals of Dorvane.",
        "Jane Roe said Korvia relies entirely on its own engineers.",
        "However, Korvia will rely solely on competitors' modems, analysts said.",
    ],
)
def test_rely_solely_near_misses(text: str) -> None:
    assert not [e for e in losses(text) if e.subject is not None and e.object is not None]


# The relation itself is the subject that stops ("its dealings with X would not continue beyond ...").
@pytest.mark.parametrize(
    "text",
    [
        "Korvia said its dealings with Dorvane would not continue beyond the current contract.",
        "Korvia said its relationship with Dorvane will not continue past March, when the contract runs out.",
        "Korvia has used chips made by Dorvane since 2014, but the current contract will not carry over to the next "
        "model.",
    ],
)
def test_relation_that_does_not_continue(text: str) -> None:
    assert (END, "Korvia", "Dorvane") in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # Growth, a person's tenure and a festival do not stop a customer relation.
        "Korvia said its growth would not continue beyond the current quarter.",
        "Korvia said Jane Roe would not continue beyond March as chief executive.",
        "Meanwhile, the Dorvane Festival will not continue beyond this year.",
    ],
)
def test_relation_that_does_not_continue_near_misses(text: str) -> None:
    assert not losses(text)


# « Y se voit retirer par X son contrat », « s'est vu retirer le marché de X »: the contract taken from the supplier.
@pytest.mark.parametrize(
    "text",
    [
        "Au terme de trente ans, Dorvane se voit retirer par Korvia son contrat d'eau, au profit d'un rival.",
        "Dorvane s'est vu retirer le marché de Korvia au profit de Bellmark.",
        "Dorvane s'est vue retirer par Korvia le contrat de maintenance de ses trains.",
    ],
)
def test_contract_taken_from_supplier(text: str) -> None:
    assert (END, "Korvia", "Dorvane") in pairs(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        # A licence or an approval withdrawn by a regulator or a firm: no contract.
        "Dorvane s'est vu retirer par l'Arcep sa licence d'opérateur.",
        "Dorvane s'est vu retirer par Korvia son agrément.",
        "Par ailleurs, Jean Dupont s'est vu retirer par Korvia son mandat de directeur.",
    ],
)
def test_taken_licence_is_no_contract(text: str) -> None:
    assert not losses(text, "fr")


# A supplier's fellow contractor listed after it: "with A and its US partner B" names two suppliers.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Korvia decided to end its clean-up contract with Dorvane and its US partner Bellmark Corp this year.",
            "en",
        ),
        ("Korvia has stopped buying from Dorvane and its partner Bellmark Group.", "en"),
        ("Korvia a résilié son contrat avec Dorvane et son partenaire Bellmark.", "fr"),
    ],
)
def test_fellow_contractor_listed_after_supplier(text: str, language: str) -> None:
    found = pairs(text, language)
    assert {(END, "Korvia", "Dorvane"), (END, "Korvia", "Bellmark")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # A rival, a person, a place after "and its": no second supplier.
        "Korvia has stopped buying from Dorvane and its rival Bellmark.",
        "Korvia has stopped buying from Dorvane and its partner Jane Roe.",
        "Korvia has stopped buying from Dorvane and its partners in Germany.",
        # Before a supplier-first verb the partner is not told to supply.
        "Dorvane Group and its partner Bellmark stopped supplying Korvia in 2019.",
    ],
)
def test_fellow_contractor_near_misses(text: str) -> None:
    found = pairs(text)
    assert (END, "Korvia", "Dorvane") in found
    assert not [pair for pair in found if pair[2] != "Dorvane"]


# A business noun moved from one supplier to another, with no possessive before it.
@pytest.mark.parametrize(
    "text",
    [
        "Korvia moved production from Dorvane to Bellmark last year.",
        "Korvia will shift payroll work from Dorvane to Bellmark in January.",
        "Korvia is moving media planning and buying from Dorvane to Bellmark.",
    ],
)
def test_business_moved_from_supplier(text: str) -> None:
    found = pairs(text)
    assert (END, "Korvia", "Dorvane") in found
    starts = {
        (e.subject.name, e.object.name)
        for e in extract(NewsItem(id="t", body=text, language="en")).events  # type: ignore[call-arg]
        if e.type == "customer_start" and e.subject is not None and e.object is not None
    }
    assert ("Korvia", "Bellmark") in starts


@pytest.mark.parametrize(
    "text",
    [
        # A person's career, investors' attention, a plant's place: no supplier left.
        "Jane Roe moved from Dorvane to Bellmark in 2019.",
        "Investors shifted attention from Dorvane to Bellmark.",
        "Korvia moved production from Texas to Mexico last year.",
    ],
)
def test_business_moved_near_misses(text: str) -> None:
    assert not losses(text)


# The years an account under review spent with its holder name the supplier at risk.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Korvia has put its media account up for review after eight years with Dorvane Media.", "en"),
        ("Korvia has put its advertising business up for review after a decade with agency Dorvane.", "en"),
        ("Korvia a lancé un appel d'offres pour son budget publicitaire, après dix ans avec l'agence Dorvane.", "fr"),
    ],
)
def test_review_after_years_with_holder(text: str, language: str) -> None:
    found = pairs(text, language)
    assert any(
        kind == RISK and customer == "Korvia" and supplier.startswith("Dorvane") for kind, customer, supplier in found
    )


@pytest.mark.parametrize(
    "text",
    [
        # Years with a person, or in a place, name no holder.
        "Korvia has put its media account up for review after ten years with Jane Roe at the helm.",
        "Korvia has put its media account up for review after ten years in Germany.",
    ],
)
def test_review_after_years_near_misses(text: str) -> None:
    assert not [e for e in losses(text) if e.object is not None]
