"""Session 26 (lead): leadership precision on real stories that name executives without a change at the company.

Each class is written in the project's own words: a former title before a name ("l'ex-patron de X"), a recalled
arrival ("depuis l'arrivée de X à la tête de Y"), a title-case headline participle ("New Chief Named For ..."), a
newcomer given a unit's post after his name, a founder's title that no successor takes, and a report the same
sentence calls false.
"""

from __future__ import annotations

from schemas.events import DealEvent
from tests.unit.extraction_helpers import extract_body


def _changes(body: str, title: str = "") -> list[DealEvent]:
    return [e for e in extract_body(body, title).events if e.type == "leadership_change"]


def _people(body: str, title: str = "") -> set[tuple[str | None, str | None, str | None, str]]:
    """(company, person, role, modality) of every leadership change."""
    return {(e.subject.name if e.subject else None, e.person, e.role, e.modality) for e in _changes(body, title)}


class TestFormerTitleApposition:
    def test_ex_boss_of_another_firm_is_named_at_the_story_company(self) -> None:
        body = (
            "Le constructeur Stellantis a désigné jeudi un nouveau duo à sa tête. L'ex-patron de Valeo, Jean "
            "Dufresne, a été nommé au poste de président, tandis que Paul Marchal a été nommé directeur général du "
            "groupe."
        )
        found = _people(body)
        assert ("Stellantis", "Jean Dufresne", "chair", "fact") in found
        assert ("Stellantis", "Paul Marchal", "CEO", "fact") in found
        assert not any(company == "Valeo" for company, *_ in found)

    def test_a_current_boss_title_still_names_his_company(self) -> None:
        # near miss: no "ex-", the title is held and names where he is appointed
        body = "Le patron de Valeo, Jean Dufresne, a été nommé président du conseil de Valeo."
        assert ("Valeo", "Jean Dufresne", "chair", "fact") in _people(body)


class TestRecalledArrival:
    def test_since_the_arrival_of_a_boss_is_a_tenure(self) -> None:
        body = (
            "L'Etat veut un industriel chez Renault. Depuis l'arrivée de Marc Dutoit à la tête d'Air France, le "
            "gouvernement a changé d'avis sur les profils à recruter."
        )
        assert not any(person == "Marc Dutoit" for _, person, *_ in _people(body))

    def test_an_announced_arrival_is_news(self) -> None:
        body = "Valeo a annoncé mardi l'arrivée de Marc Dutoit à la tête du groupe."
        assert ("Valeo", "Marc Dutoit", "CEO", "fact") in _people(body)


class TestHeadlineParticiple:
    def test_named_in_a_title_case_headline_is_nobody(self) -> None:
        title = "New Chief Named For 'A Fresh Start' At Valeo, Company Says"
        body = "Jane Roe, Valeo's current head of lighting, was announced as the company's new CEO."
        people = {person for _, person, *_ in _people(body, title)}
        assert people == {"Jane Roe"}


class TestUnitPostAfterNewcomer:
    def test_replaced_by_someone_at_the_head_of_a_branch(self) -> None:
        body = (
            "Jean Dufresne a quitté mercredi le directoire de Safran. Il sera remplacé par Paul Marchal, membre du "
            "conseil de surveillance, à la tête de la branche Défense du groupe."
        )
        assert not any(person == "Paul Marchal" for _, person, *_ in _people(body))

    def test_replaced_by_someone_with_no_unit_post(self) -> None:
        body = (
            "Jean Dufresne a quitté la direction générale de Safran. Il sera remplacé par Paul Marchal, membre du "
            "conseil de surveillance."
        )
        assert ("Safran", "Paul Marchal", "CEO", "plan") in _people(body)


class TestFounderIsNoPost:
    def test_the_successor_of_a_founder_and_ceo_takes_the_ceo_post_only(self) -> None:
        body = (
            "Le co-fondateur et directeur général de Valmora, Jean Dufresne, a démissionné mercredi et a été "
            "remplacé par Paul Marchal."
        )
        changes = _changes(body, "Jean Dufresne quitte Valmora, Paul Marchal prend la tête de Valmora")
        assert {(e.person, e.role, e.previous_person) for e in changes} == {("Paul Marchal", "CEO", "Jean Dufresne")}


class TestReportCalledFalse:
    def test_french_report_called_pure_rumour_is_denied(self) -> None:
        body = (
            "Les informations selon lesquelles le patron de Valmora Jean Dufresne serait pressenti pour remplacer "
            'Paul Marchal à la tête de Corbel sont "de pures rumeurs", a affirmé le ministère.'
        )
        assert _people(body) == {("Corbel", "Jean Dufresne", "CEO", "denied")}

    def test_english_report_called_false_is_denied(self) -> None:
        body = "Press reports that Valmora chief Jane Roe would replace John Doe as CEO of Corbel are false, it said."
        assert _people(body) == {("Corbel", "Jane Roe", "CEO", "denied")}

    def test_a_report_not_called_false_stays_a_rumour(self) -> None:
        body = (
            "Selon les informations du Parisien, Jean Dufresne serait pressenti pour remplacer Paul Marchal à la tête "
            "de Corbel."
        )
        assert _people(body) == {("Corbel", "Jean Dufresne", "CEO", "rumor")}
