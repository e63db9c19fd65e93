"""Session 27 (lead2): leadership changes told by an infinitive, read on the project's own sentences.

French successions told by an infinitive after a modal or a purpose (« pourrait d'ici deux ans succéder à », « devrait
prendre la succession de »): the newcomer, the one replaced and the modality of the modal. English boards' decisions
told by an infinitive ("voted to remove Jane Roe as chairman"): a departure only when the leaver follows at once.
"""

from __future__ import annotations

from schemas.events import DealEvent
from tests.unit.extraction_helpers import extract_body


def _changes(body: str) -> list[DealEvent]:
    return [e for e in extract_body(body).events if e.type == "leadership_change"]


def _people(body: str) -> set[tuple[str | None, str | None, str | None, str | None]]:
    """(company, newcomer, previous person, modality) of every leadership change."""
    return {(e.subject.name if e.subject else None, e.person, e.previous_person, e.modality) for e in _changes(body)}


class TestFrenchSuccessionInfinitive:
    def test_pourrait_succeder_is_a_rumour_with_both_people(self) -> None:
        body = "Chez Vexor, Paul Martin pourrait d'ici deux ans succéder à Jean Durand, l'actuel PDG."
        assert ("Vexor", "Paul Martin", "Jean Durand", "rumor") in _people(body)

    def test_va_succeder_a_la_tete_de_is_a_plan(self) -> None:
        body = "Paul Martin va succéder à Jean Durand à la tête du groupe Vexor."
        assert ("Vexor", "Paul Martin", "Jean Durand", "plan") in _people(body)

    def test_devrait_prendre_la_succession_de_names_the_newcomer(self) -> None:
        body = "Paul Martin devrait prendre la succession de Jean Durand à la tête du groupe Vexor."
        changes = _people(body)
        assert any(c[:3] == ("Vexor", "Paul Martin", "Jean Durand") for c in changes)

    def test_succession_of_a_contract_is_no_change(self) -> None:
        body = "Le groupe Vexor va succéder à Orvane comme fournisseur de la ville de Lyon."
        assert _changes(body) == []


class TestBoardRemovalInfinitive:
    def test_voted_to_remove_a_chairman(self) -> None:
        body = "The board of Vexor Systems voted to remove Tom Reed as chairman."
        (change,) = _changes(body)
        assert (change.subject.name if change.subject else None, change.previous_person, change.role) == (
            "Vexor Systems",
            "Tom Reed",
            "chair",
        )

    def test_voted_to_remove_a_titled_leaver(self) -> None:
        body = "Vexor Systems' board voted unanimously to remove chairman Tom Reed."
        assert [c.previous_person for c in _changes(body)] == ["Tom Reed"]

    def test_to_remove_a_thing_is_no_departure(self) -> None:
        body = "Tom Reed, the chief executive of Vexor Systems, said the group would work to remove bottlenecks."
        assert _changes(body) == []

    def test_to_oust_rivals_is_no_departure(self) -> None:
        body = "Tom Reed, the chief executive of Vexor Systems, vowed to oust rivals from the home market."
        assert _changes(body) == []
