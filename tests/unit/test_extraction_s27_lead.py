"""Session 27 (lead): leadership precision on real stories rich in executives who are not the company's new leader.

Each class is written in the project's own words, with invented firms: a title held today after "actuellement" /
"presently" (the post the newcomer keeps or leaves, never the change's company); a subject pronoun that stands for the
clause's subject, not for a firm read as a name after "the board of"; a headline's compound surname told alone
("names Van der Berg as CEO") is the body's full name, one change and one alert.
"""

from __future__ import annotations

from schemas.events import DealEvent
from tests.unit.extraction_helpers import extract_body


def _changes(body: str, title: str = "") -> list[DealEvent]:
    return [e for e in extract_body(body, title).events if e.type == "leadership_change"]


def _people(body: str, title: str = "") -> set[tuple[str | None, str | None, str | None, str | None]]:
    """(company, person, role, previous person) of every leadership change."""
    return {(e.subject.name if e.subject else None, e.person, e.role, e.previous_person) for e in _changes(body, title)}


class TestTitleHeldToday:
    def test_actuellement_a_la_tete_de_a_unit_is_no_change_there(self) -> None:
        body = (
            "Le groupe Vexor a annoncé l'arrivée d'un nouveau membre au sein du directoire, Paul Marchand, "
            "actuellement à la tête de Vexor Media."
        )
        assert not any(company == "Vexor Media" for company, *_ in _people(body))

    def test_actuellement_directeur_general_names_the_post_held(self) -> None:
        body = (
            "Le conseil de Vexor a choisi Paul Marchand, actuellement directeur général de Orvane, pour présider le "
            "groupe."
        )
        assert not any(company == "Orvane" for company, *_ in _people(body))

    def test_presently_chief_executive_is_the_post_held(self) -> None:
        body = "Vexor named Paul Marchand, presently chief executive of Orvane Systems, as its new chairman."
        assert _people(body) == {("Vexor", "Paul Marchand", "chair", None)}

    def test_a_naming_without_the_adverb_still_reads(self) -> None:
        body = "Le groupe Vexor a nommé Paul Marchand directeur général, a annoncé l'entreprise mardi."
        assert ("Vexor", "Paul Marchand", "CEO", None) in _people(body)


class TestSubjectPronoun:
    def test_she_is_the_subject_not_the_firm_after_board_of(self) -> None:
        body = (
            "Claire Dubois is standing down from the board of Northgate Albion (NGA) as she waits for approval to "
            "join Vexor as its chairman."
        )
        assert _people(body) == {("Vexor", "Claire Dubois", "chair", None)}

    def test_he_after_a_colleague_named_with_a_preposition(self) -> None:
        body = "Paul Marchand, who worked for years with Anne Leroy, said he will join Orvane Systems as its CEO."
        assert ("Orvane Systems", "Paul Marchand", "CEO", None) in _people(body)

    def test_a_pronoun_after_a_subject_leaver_still_names_him(self) -> None:
        body = "Vexor said Paul Marchand will step down and that he will be replaced by Anne Leroy as CEO."
        assert ("Vexor", "Anne Leroy", "CEO", "Paul Marchand") in _people(body)


class TestCompoundSurnameInHeadline:
    def test_headline_particle_surname_is_the_body_full_name(self) -> None:
        title = "Danone names Nestle's Van der Berg as chief executive"
        body = "Danone said on Tuesday it had hired Pieter Van der Berg as chief executive, succeeding Paul Marchand."
        assert _people(body, title) == {("Danone", "Pieter Van der Berg", "CEO", "Paul Marchand")}

    def test_headline_double_barrelled_surname_is_one_change(self) -> None:
        title = "Danone names Lenoir Castaing as chief executive"
        body = (
            "Danone said on Tuesday it had appointed Claire Lenoir Castaing as chief executive, succeeding Paul "
            "Marchand."
        )
        assert _people(body, title) == {("Danone", "Claire Lenoir Castaing", "CEO", "Paul Marchand")}

    def test_two_people_sharing_a_surname_stay_two(self) -> None:
        body = "Danone appointed Anne Martin as chief executive and Paul Martin as chief financial officer on Tuesday."
        people = {person for _, person, _, _ in _people(body)}
        assert {"Anne Martin", "Paul Martin"} <= people
